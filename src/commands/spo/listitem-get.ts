import { ACCEPT, command, guidLiteral, opt, query, rules } from '../kit/index.js';
import { listApiUrl } from '../kit/lookups.js';
import { positiveInteger, refuseWithPermissions, selection, withoutId, withPermissionsOption } from './shared-content.js';

/** `spo listitem get`: one item by ID or unique ID, optionally only some properties, without `ID` (spo/listitem/listitem-get). */
export const spoListItemGet = command({
  name: 'spo listitem get',
  description: 'Gets a list item from the specified list',
  resource: 'sharepoint',
  readOnly: true,
  permissions: { sharepoint: ['Sites.Read.All', 'Sites.FullControl.All'] },
  options: {
    webUrl: opt.site('URL of the site where the item is.', { short: 'u', required: true }),
    id: opt.number('ID of the item. Specify id or uniqueId.', { short: 'i' }),
    uniqueId: opt.guid('Unique ID (GUID) of the item.'),
    listId: opt.guid('ID of the list. Specify listId, listTitle or listUrl.', { short: 'l' }),
    listTitle: opt.string('Title of the list.', { short: 't' }),
    listUrl: opt.string('Server- or site-relative URL of the list.'),
    properties: opt.string('Comma-separated properties to retrieve.', { short: 'p' }),
    withPermissions: withPermissionsOption,
  },
  rules: [rules.exactlyOne('listId', 'listTitle', 'listUrl'), rules.exactlyOne('id', 'uniqueId')],
  validate: (o) => positiveInteger('id', o.id) ?? refuseWithPermissions(o, 'item'),
  async run(context, o) {
    const item = o.id !== undefined ? `items(${o.id})` : `GetItemByUniqueId(${guidLiteral(o.uniqueId ?? '')})`;
    const url = `${listApiUrl(o.webUrl, o)}/${item}${query(selection(o.properties))}`;
    return withoutId((await context.http.request({ url, headers: { ...ACCEPT.sharepoint } })).body);
  },
});
