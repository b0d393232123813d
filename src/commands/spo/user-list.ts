import { endpoint, opt, trimSlashes } from '../kit/index.js';
import { valueOf } from './shared-config-b.js';

/** `spo user list`: the users of a site (spo/user/user-list). */
export const spoUserList = endpoint({
  name: 'spo user list',
  description: 'Lists all the users within specific web',
  resource: 'sharepoint',
  permissions: { sharepoint: ['Sites.Read.All', 'Sites.FullControl.All'] },
  options: { webUrl: opt.site('URL of the site.', { short: 'u', required: true }) },
  url: ({ webUrl }) => `${trimSlashes(webUrl)}/_api/web/siteusers`,
  result: valueOf,
});
