import { command, opt } from '../kit/index.js';
import { setSiteAppCatalog } from './shared-sites.js';

/**
 * `spo site appcatalog remove`: disables the site collection app catalog of a site (its "Apps for SharePoint" library
 * stays), through CSOM on the tenant admin site. Like the CLI, it prints nothing: the result is empty.
 */
export const spoSiteAppCatalogRemove = command({
  name: 'spo site appcatalog remove',
  description: 'Removes site collection scoped app catalog from site',
  resource: 'sharepoint',
  readOnly: false,
  permissions: { sharepoint: ['Sites.FullControl.All'] },
  options: {
    siteUrl: opt.site('URL of the site collection containing the app catalog to disable.', { short: 'u', required: true }),
    force: opt.boolean("Don't prompt for confirmation (there is never a prompt here).", { short: 'f' }),
  },
  async run(context, { siteUrl }) {
    await setSiteAppCatalog(context, siteUrl, false);
    return undefined;
  },
});
