import { endpoint, opt, rules, SHAREPOINT_JSON_BODY, trimSlashes } from '../kit/index.js';

/**
 * `spo contenttype add`: adds a content type to a site (`POST web/contenttypes`); the result is the new content type
 * (spo/contenttype/contenttype-add). List content types (`--listTitle`, `--listId`, `--listUrl`) are not supported
 * yet: they are refused at planning.
 */
export const spoContentTypeAdd = endpoint({
  name: 'spo contenttype add',
  description: 'Adds a new list or site content type',
  resource: 'sharepoint',
  method: 'POST',
  permissions: { sharepoint: ['Sites.Manage.All', 'Sites.FullControl.All'] },
  options: {
    webUrl: opt.site('URL of the site where the content type should be created.', { short: 'u', required: true }),
    listTitle: opt.string('Not supported yet: title of the list for a list content type.', { short: 'l' }),
    listId: opt.guid('Not supported yet: ID of the list for a list content type.'),
    listUrl: opt.string('Not supported yet: URL of the list for a list content type.'),
    id: opt.string('ID of the content type: the ID of its parent followed by its own part (0x0100…).', { short: 'i', required: true }),
    name: opt.string('Name of the content type.', { short: 'n', required: true }),
    description: opt.string('Description of the content type.', { short: 'd' }),
    group: opt.string('Group of the content type.', { short: 'g' }),
  },
  rules: [rules.atMostOne('listTitle', 'listId', 'listUrl')],
  validate(o) {
    if (o.listTitle !== undefined || o.listId !== undefined || o.listUrl !== undefined) {
      return 'List content types (--listTitle, --listId, --listUrl) are not supported yet. Add the content type to the site (leave the list option out), then add it to the list.';
    }
    return /^0x[0-9a-f]{2,}$/i.test(o.id) ? undefined : `'${o.id}' is not a content type ID: it starts with 0x and the ID of its parent (0x0100… for an item).`;
  },
  url: ({ webUrl }) => `${trimSlashes(webUrl)}/_api/web/contenttypes`,
  headers: SHAREPOINT_JSON_BODY,
  body: (o) => ({ Id: { StringValue: o.id }, Name: o.name, ...(o.description === undefined ? {} : { Description: o.description }), ...(o.group === undefined ? {} : { Group: o.group }) }),
});
