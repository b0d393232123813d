import {
  APP_CATALOG_SCOPE_OPTION,
  APP_CATALOG_URL_OPTION,
  catalogScope,
  resolveAppCatalogUrl,
  validateCatalogScope,
} from '../shared/app-catalog.js';
import type { CommandDefinition } from '../types.js';

/** OData v4 without metadata, the way the CLI pages through `AvailableApps`. */
const ODATA_V4_NO_METADATA = { accept: 'application/json;odata.metadata=none', 'odata-version': '4.0' };

/** `spo app list`: every app of an app catalog (all pages). */
export const spoAppList: CommandDefinition = {
  name: 'spo app list',
  description: 'Lists apps from the specified app catalog',
  resource: 'sharepoint',
  sharePointUrlOption: 'appCatalogUrl',
  readOnly: true,
  permissions: ['Sites.Read.All'],
  options: [APP_CATALOG_SCOPE_OPTION, APP_CATALOG_URL_OPTION],
  validate: validateCatalogScope,
  async run(context, options) {
    const catalogUrl = await resolveAppCatalogUrl(context, options);
    const url = `${catalogUrl}/_api/web/${catalogScope(options)}appcatalog/AvailableApps`;
    return context.http.getAll<Record<string, unknown>>(url, { ...ODATA_V4_NO_METADATA });
  },
};
