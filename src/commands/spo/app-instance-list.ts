import { endpoint, opt, trimSlashes } from '../kit/index.js';

/** `spo app instance list`: the SharePoint Framework apps installed in a site (`AppTiles` of type 3), every page. */
export const spoAppInstanceList = endpoint({
  name: 'spo app instance list',
  description: 'Retrieve apps installed in a site',
  resource: 'sharepoint',
  permissions: { sharepoint: ['Sites.Read.All', 'Sites.FullControl.All'] },
  options: { siteUrl: opt.site('URL of the site collection to retrieve the apps for.', { short: 'u', required: true }) },
  paged: true,
  url: ({ siteUrl }) => `${trimSlashes(siteUrl)}/_api/web/AppTiles?$filter=AppType eq 3`,
});
