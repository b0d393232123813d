import { ACCEPT, command } from '../kit/index.js';
import { appCatalogOptions, appCatalogUrl, catalogPath, validateCatalogScope } from '../kit/lookups.js';

/** `spo app list`: every app of an app catalog (all pages; `AvailableApps` pages only as OData v4). */
export const spoAppList = command({
  name: 'spo app list',
  description: 'Lists apps from the specified app catalog',
  resource: 'sharepoint',
  readOnly: true,
  permissions: { sharepoint: ['Sites.Read.All', 'Sites.FullControl.All'] },
  options: appCatalogOptions,
  validate: validateCatalogScope,
  async run(context, options) {
    const catalog = await appCatalogUrl(context, options);
    return context.http.getAll(`${catalog}/_api/web/${catalogPath(options)}/AvailableApps`, { ...ACCEPT.sharepointV4 });
  },
});
