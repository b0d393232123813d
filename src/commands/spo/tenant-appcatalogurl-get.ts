import { ACCEPT, command } from '../kit/index.js';
import { tenantRoot } from './shared-sites.js';

/**
 * `spo tenant appcatalogurl get`: the URL of the tenant app catalog, as a bare string like the CLI prints it. Without
 * a tenant app catalog the CLI prints nothing: the result is empty, and the log says why.
 */
export const spoTenantAppCatalogUrlGet = command({
  name: 'spo tenant appcatalogurl get',
  description: 'Gets the URL of the tenant app catalog',
  resource: 'sharepoint',
  readOnly: true,
  permissions: { sharepoint: ['Sites.Read.All', 'Sites.FullControl.All'] },
  options: {},
  async run(context) {
    const url = `${tenantRoot(context)}/_api/SP_TenantSettings_Current`;
    const response = await context.http.request<{ CorporateCatalogUrl?: string | null }>({ url, headers: { ...ACCEPT.sharepoint } });
    const catalog = response.body?.CorporateCatalogUrl;
    if (catalog) return catalog;
    context.log.info('Tenant app catalog is not configured.');
    return undefined;
  },
});
