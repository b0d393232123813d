import { ACCEPT, command, literal, rules, SHAREPOINT_JSON_BODY, opt } from '../kit/index.js';
import { appCatalogOptions, appCatalogUrl, appId, appIdOrNameOptions, catalogPath, validateCatalogScope } from '../kit/lookups.js';

/**
 * `spo app deploy`: makes an app of the catalog available to sites (optionally tenant-wide with
 * `--skipFeatureDeployment`). Like the CLI, it prints nothing: the result is empty.
 */
export const spoAppDeploy = command({
  name: 'spo app deploy',
  description: 'Deploys the specified app in the specified app catalog',
  resource: 'sharepoint',
  readOnly: false,
  permissions: { sharepoint: ['Sites.FullControl.All'] },
  options: {
    ...appIdOrNameOptions,
    ...appCatalogOptions,
    skipFeatureDeployment: opt.boolean('Make the app available to all sites at once.'),
  },
  rules: [rules.exactlyOne('id', 'name')],
  validate: validateCatalogScope,
  async run(context, options) {
    const catalog = await appCatalogUrl(context, options);
    const id = await appId(context, catalog, options);
    await context.http.request({
      method: 'POST',
      url: `${catalog}/_api/web/${catalogPath(options)}/AvailableApps/GetById(${literal(id)})/deploy`,
      headers: { ...ACCEPT.sharepoint, ...SHAREPOINT_JSON_BODY },
      body: { skipFeatureDeployment: options.skipFeatureDeployment ?? false },
    });
    return undefined;
  },
});
