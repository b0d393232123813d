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

/** `spo app get`: one app of an app catalog (the `AvailableApps` entity, as the CLI prints it). */
export const spoAppGet: CommandDefinition = {
  name: 'spo app get',
  description: 'Gets information about the specific app from the specified app catalog',
  resource: 'sharepoint',
  sharePointUrlOption: 'appCatalogUrl',
  readOnly: true,
  permissions: ['Sites.Read.All'],
  options: [...APP_ID_OR_NAME_OPTIONS, APP_CATALOG_URL_OPTION, APP_CATALOG_SCOPE_OPTION],
  rules: [APP_ID_OR_NAME_RULE],
  validate: validateCatalogScope,
  async run(context, options) {
    const catalogUrl = await resolveAppCatalogUrl(context, options);
    const appId = await resolveAppId(context, catalogUrl, options);
    const url = `${catalogUrl}/_api/web/${catalogScope(options)}appcatalog/AvailableApps/GetById(${odataString(appId)})`;
    const response = await context.http.request<Record<string, unknown>>({ url, headers: { ...NO_METADATA } });
    return response.body;
  },
};
