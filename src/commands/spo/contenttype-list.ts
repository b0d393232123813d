import { endpoint, literal, opt, query, trimSlashes } from '../kit/index.js';

/** `spo contenttype list`: the content types of a site with their parents, optionally of one group (spo/contenttype/contenttype-list). */
export const spoContentTypeList = endpoint({
  name: 'spo contenttype list',
  description: 'Lists content types from specified site',
  resource: 'sharepoint',
  permissions: { sharepoint: ['Sites.Read.All', 'Sites.FullControl.All'] },
  options: {
    webUrl: opt.site('URL of the site.', { short: 'u', required: true }),
    category: opt.string('Group of the content types to list.', { short: 'c' }),
  },
  paged: true,
  url: ({ webUrl, category }) =>
    `${trimSlashes(webUrl)}/_api/web/ContentTypes${query({ $expand: 'Parent', $filter: category === undefined ? undefined : `Group eq ${literal(category)}` })}`,
});
