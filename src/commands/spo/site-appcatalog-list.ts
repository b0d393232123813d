import { ACCEPT, command, isHttpStatus, opt, query } from '../kit/index.js';
import { tenantRoot } from './shared-sites.js';

interface SiteCatalog {
  AbsoluteUrl: string;
  ErrorMessage: string;
  SiteID: string;
}

/**
 * `spo site appcatalog list`: every site collection app catalog of the tenant. With `--excludeDeletedSites`, sites
 * that no longer answer (404 or 403, e.g. deleted) are left out, as the CLI does.
 */
export const spoSiteAppCatalogList = command({
  name: 'spo site appcatalog list',
  description: 'List all site collection app catalogs within the tenant',
  resource: 'sharepoint',
  readOnly: true,
  permissions: { sharepoint: ['Sites.Read.All', 'Sites.FullControl.All'] },
  options: { excludeDeletedSites: opt.boolean('Exclude site collections that are no longer active.') },
  async run(context, { excludeDeletedSites }) {
    const catalogs = await context.http.getAll<SiteCatalog>(`${tenantRoot(context)}/_api/Web/TenantAppCatalog/SiteCollectionAppCatalogsSites`, { ...ACCEPT.sharepoint });
    if (!excludeDeletedSites) return catalogs;
    const active: SiteCatalog[] = [];
    for (const catalog of catalogs) {
      try {
        await context.http.request({ url: `${catalog.AbsoluteUrl}/_api/web${query({ $select: 'Id' })}`, headers: { ...ACCEPT.sharepoint } });
        active.push(catalog);
      } catch (error) {
        if (!isHttpStatus(error, 404) && !isHttpStatus(error, 403)) throw error;
        context.log.debug(`Site at '${catalog.AbsoluteUrl}' is inaccessible; left out.`);
      }
    }
    return active;
  },
});
