import { endpoint, literal, opt, trimSlashes } from '../kit/index.js';
import { catalogPath } from '../kit/lookups.js';

/** `spo app install`: installs a deployed app in a site. Like the CLI, it prints nothing: the result is empty. */
export const spoAppInstall = endpoint({
  name: 'spo app install',
  description: 'Installs an app from the specified app catalog in the site',
  resource: 'sharepoint',
  permissions: { sharepoint: ['Sites.FullControl.All'] },
  options: {
    id: opt.guid('ID (UniqueId) of the app to install.', { short: 'i', required: true }),
    siteUrl: opt.site('URL of the site to install the app in.', { short: 's', required: true }),
    appCatalogScope: opt.enum(['tenant', 'sitecollection'], "Scope of the app catalog: 'tenant' (default) or 'sitecollection'."),
  },
  method: 'POST',
  url: (o) => `${trimSlashes(o.siteUrl)}/_api/web/${catalogPath(o)}/AvailableApps/GetById(${literal(o.id)})/install`,
  empty: true,
});
