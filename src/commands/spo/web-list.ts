import { endpoint, opt, trimSlashes } from '../kit/index.js';

/** `spo web list`: the subsites of a site, every page (spo/web/web-list). */
export const spoWebList = endpoint({
  name: 'spo web list',
  description: 'Lists subsites of the specified site',
  resource: 'sharepoint',
  permissions: { sharepoint: ['Sites.Read.All', 'Sites.FullControl.All'] },
  options: { url: opt.site('URL of the parent site.', { short: 'u', required: true }) },
  paged: true,
  url: ({ url }) => `${trimSlashes(url)}/_api/web/webs`,
});
