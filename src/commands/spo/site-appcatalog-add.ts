import { command, opt } from '../kit/index.js';
import { setSiteAppCatalog } from './shared-sites.js';

/**
 * `spo site appcatalog add`: creates the site collection app catalog of a site. SharePoint offers this only through
 * CSOM on the tenant admin site. Like the CLI, it prints nothing: the result is empty.
 */
export const spoSiteAppCatalogAdd = command({
  name: 'spo site appcatalog add',
  description: 'Creates a site collection app catalog in the specified site',
  resource: 'sharepoint',
  readOnly: false,
  permissions: { sharepoint: ['Sites.FullControl.All'] },
  options: { siteUrl: opt.site('URL of the site collection where the app catalog should be added.', { short: 'u', required: true }) },
  async run(context, { siteUrl }) {
    await setSiteAppCatalog(context, siteUrl, true);
    return undefined;
  },
});
