import { command, literal, rules, ACCEPT } from '../kit/index.js';
import { appCatalogOptions, appCatalogUrl, appId, appIdOrNameOptions, catalogPath, validateCatalogScope } from '../kit/lookups.js';

/** `spo app get`: one app of an app catalog (the `AvailableApps` entity, as the CLI prints it). */
export const spoAppGet = command({
  name: 'spo app get',
  description: 'Gets information about the specific app from the specified app catalog',
  resource: 'sharepoint',
  readOnly: true,
  permissions: { sharepoint: ['Sites.Read.All', 'Sites.FullControl.All'] },
  options: { ...appIdOrNameOptions, ...appCatalogOptions },
  rules: [rules.exactlyOne('id', 'name')],
  validate: validateCatalogScope,
  async run(context, options) {
    const catalog = await appCatalogUrl(context, options);
    const id = await appId(context, catalog, options);
    const url = `${catalog}/_api/web/${catalogPath(options)}/AvailableApps/GetById(${literal(id)})`;
    return (await context.http.request({ url, headers: { ...ACCEPT.sharepoint } })).body;
  },
});
