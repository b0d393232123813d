import { ACCEPT, command, literal, opt, rules } from '../kit/index.js';
import { webOrListApi } from './shared-content.js';

/** `spo field get`: a site column, or a list column when a list is named, by ID, title or internal name (spo/field/field-get). */
export const spoFieldGet = command({
  name: 'spo field get',
  description: 'Retrieves information about the specified list- or site column',
  resource: 'sharepoint',
  readOnly: true,
  permissions: { sharepoint: ['Sites.Read.All', 'Sites.FullControl.All'] },
  options: {
    webUrl: opt.site('URL of the site where the field is.', { short: 'u', required: true }),
    listTitle: opt.string('Title of the list, for a list column.', { short: 'l' }),
    listId: opt.guid('ID of the list, for a list column.'),
    listUrl: opt.string('Server- or site-relative URL of the list, for a list column.'),
    id: opt.guid('ID of the field. Specify id, title or internalName.', { short: 'i' }),
    title: opt.string('Display name of the field (case-sensitive).', { short: 't' }),
    internalName: opt.string('Internal name of the field (case-sensitive).'),
  },
  rules: [rules.exactlyOne('id', 'title', 'internalName'), rules.atMostOne('listTitle', 'listId', 'listUrl')],
  async run(context, o) {
    const field = o.id !== undefined ? `getbyid(${literal(o.id)})` : `getbyinternalnameortitle(${literal(o.title ?? o.internalName ?? '')})`;
    return (await context.http.request({ url: `${webOrListApi(o.webUrl, o)}/fields/${field}`, headers: { ...ACCEPT.sharepoint } })).body;
  },
});
