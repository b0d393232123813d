import { endpoint, literal, opt, trimSlashes } from '../kit/index.js';
import { catalogPath } from '../kit/lookups.js';

/**
 * `spo app uninstall`: removes an installed app from a site. `--force` is accepted for pasted lines (a pipeline never
 * prompts). Like the CLI, it prints nothing: the result is empty.
 */
export const spoAppUninstall = endpoint({
  name: 'spo app uninstall',
  description: 'Uninstalls an app from the site',
  resource: 'sharepoint',
  permissions: { sharepoint: ['Sites.FullControl.All'] },
  options: {
    id: opt.guid('ID of the app to uninstall.', { short: 'i', required: true }),
    siteUrl: opt.site('Absolute URL of the site to uninstall the app from.', { short: 's', required: true }),
    appCatalogScope: opt.enum(['tenant', 'sitecollection'], "Scope of the app catalog: 'tenant' (default) or 'sitecollection'."),
    force: opt.boolean("Don't prompt for confirmation (there is never a prompt here).", { short: 'f' }),
  },
  method: 'POST',
  url: (o) => `${trimSlashes(o.siteUrl)}/_api/web/${catalogPath(o)}/AvailableApps/GetById(${literal(o.id)})/uninstall`,
  empty: true,
});
