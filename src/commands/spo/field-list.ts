import { endpoint, opt, rules } from '../kit/index.js';
import { webOrListApi } from './shared-content.js';

/** `spo field list`: the site columns, or a list's columns when a list is named; every page (spo/field/field-list). */
export const spoFieldList = endpoint({
  name: 'spo field list',
  description: 'Retrieves columns for the specified list or site',
  resource: 'sharepoint',
  permissions: { sharepoint: ['Sites.Read.All', 'Sites.FullControl.All'] },
  options: {
    webUrl: opt.site('URL of the site where the fields are.', { short: 'u', required: true }),
    listTitle: opt.string('Title of the list, for its columns.', { short: 't' }),
    listId: opt.guid('ID of the list, for its columns.', { short: 'i' }),
    listUrl: opt.string('Server- or site-relative URL of the list, for its columns.'),
  },
  rules: [rules.atMostOne('listTitle', 'listId', 'listUrl')],
  paged: true,
  url: (o) => `${webOrListApi(o.webUrl, o)}/fields`,
});
