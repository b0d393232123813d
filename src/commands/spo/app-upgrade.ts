import { endpoint, literal, opt, trimSlashes } from '../kit/index.js';
import { catalogPath } from '../kit/lookups.js';

/**
 * `spo app upgrade`: brings the app installed in a site to the version deployed in the catalog (after `spo app add
 * --overwrite` and `spo app deploy` of a newer package). Like the CLI, it prints nothing: the result is empty.
 */
export const spoAppUpgrade = endpoint({
  name: 'spo app upgrade',
  description: 'Upgrades app in the specified site',
  resource: 'sharepoint',
  permissions: { sharepoint: ['Sites.FullControl.All'] },
  options: {
    id: opt.guid('ID of the app to upgrade.', { short: 'i', required: true }),
    siteUrl: opt.site('Absolute URL of the site to upgrade the app in.', { short: 's', required: true }),
    appCatalogScope: opt.enum(['tenant', 'sitecollection'], "Scope of the app catalog: 'tenant' (default) or 'sitecollection'."),
  },
  method: 'POST',
  url: (o) => `${trimSlashes(o.siteUrl)}/_api/web/${catalogPath(o)}/AvailableApps/GetById(${literal(o.id)})/upgrade`,
  empty: true,
});
