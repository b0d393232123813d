import {
  APP_CATALOG_SCOPE_OPTION,
  APP_CATALOG_URL_OPTION,
  APP_ID_OR_NAME_OPTIONS,
  APP_ID_OR_NAME_RULE,
  catalogScope,
  resolveAppCatalogUrl,
  resolveAppId,
  validateCatalogScope,
} from '../shared/app-catalog.js';
import { NO_METADATA, odataString } from '../shared/sharepoint.js';
import type { CommandDefinition } from '../types.js';

/**
 * `spo app deploy`: makes an app of the catalog available to sites (optionally tenant-wide with
 * `--skipFeatureDeployment`). Like the CLI, it prints nothing: the result is undefined.
 */
export const spoAppDeploy: CommandDefinition = {
  name: 'spo app deploy',
  description: 'Deploys the specified app in the specified app catalog',
  resource: 'sharepoint',
  sharePointUrlOption: 'appCatalogUrl',
  readOnly: false,
  permissions: ['Sites.FullControl.All'],
  options: [
    ...APP_ID_OR_NAME_OPTIONS,
    APP_CATALOG_URL_OPTION,
    { name: 'skipFeatureDeployment', type: 'boolean', description: 'Make the app available to all sites at once.' },
    APP_CATALOG_SCOPE_OPTION,
  ],
  rules: [APP_ID_OR_NAME_RULE],
  validate: validateCatalogScope,
  async run(context, options) {
    const catalogUrl = await resolveAppCatalogUrl(context, options);
    const appId = await resolveAppId(context, catalogUrl, options);
    await context.http.request({
      method: 'POST',
      url: `${catalogUrl}/_api/web/${catalogScope(options)}appcatalog/AvailableApps/GetById(${odataString(appId)})/deploy`,
      headers: { ...NO_METADATA, 'content-type': 'application/json;odata=nometadata;charset=utf-8' },
      body: { skipFeatureDeployment: options.skipFeatureDeployment === true },
    });
    return undefined;
  },
};
