import { command, opt, rules } from '../kit/index.js';
import { listApiUrl } from '../kit/lookups.js';
import { DELETE_HEADERS, forceOption, positiveInteger } from './shared-content.js';

/** `spo listitem remove`: deletes an item, or sends it to the recycle bin. Like the CLI, it prints nothing (spo/listitem/listitem-remove). */
export const spoListItemRemove = command({
  name: 'spo listitem remove',
  description: 'Removes the specified list item',
  resource: 'sharepoint',
  readOnly: false,
  permissions: { sharepoint: ['Sites.ReadWrite.All', 'Sites.Manage.All', 'Sites.FullControl.All'] },
  options: {
    webUrl: opt.site('URL of the site where the item is.', { short: 'u', required: true }),
    id: opt.number('ID of the item to remove.', { short: 'i', required: true }),
    listId: opt.guid('ID of the list. Specify listId, listTitle or listUrl.', { short: 'l' }),
    listTitle: opt.string('Title of the list.', { short: 't' }),
    listUrl: opt.string('Server- or site-relative URL of the list.'),
    recycle: opt.boolean('Send the item to the recycle bin instead of deleting it.'),
    force: forceOption,
  },
  rules: [rules.exactlyOne('listId', 'listTitle', 'listUrl')],
  validate: (o) => positiveInteger('id', o.id),
  async run(context, o) {
    const item = `${listApiUrl(o.webUrl, o)}/items(${o.id})`;
    await context.http.request({ method: 'POST', url: o.recycle ? `${item}/recycle()` : item, headers: { ...DELETE_HEADERS } });
    return undefined;
  },
});
