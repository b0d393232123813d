import { endpoint, opt, trimSlashes } from '../kit/index.js';

/** `spo hubsite register`: makes a site collection a hub site (`_api/site/RegisterHubSite`); the result is the hub. */
export const spoHubSiteRegister = endpoint({
  name: 'spo hubsite register',
  description: 'Registers the specified site collection as a hub site',
  resource: 'sharepoint',
  permissions: { sharepoint: ['Sites.FullControl.All'] },
  options: { siteUrl: opt.site('URL of the site collection to register as a hub site.', { short: 'u', required: true }) },
  method: 'POST',
  url: ({ siteUrl }) => `${trimSlashes(siteUrl)}/_api/site/RegisterHubSite`,
});
