import { endpoint, opt, trimSlashes } from '../kit/index.js';

/** `spo site get`: the site collection's properties (`/_api/site`). */
export const spoSiteGet = endpoint({
  name: 'spo site get',
  description: 'Gets information about the specific site collection',
  resource: 'sharepoint',
  permissions: { sharepoint: ['Sites.Read.All', 'Sites.FullControl.All'] },
  options: { url: opt.site('URL of the site collection.', { short: 'u', required: true }) },
  url: ({ url }) => `${trimSlashes(url)}/_api/site`,
});
