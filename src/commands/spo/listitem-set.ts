import { ACCEPT, command, opt, rules } from '../kit/index.js';
import { listApiUrl } from '../kit/lookups.js';
import { assertValuesAccepted, contentTypeName, formValues, positiveInteger, POST_HEADERS, systemUpdateItem, withoutId, type FieldValueResult } from './shared-content.js';

/**
 * `spo listitem set`: changes an item's fields (every option outside the schema is a field value) through
 * `ValidateUpdateListItem`, or with `--systemUpdate` without a new version nor a new Modified (CSOM, like the CLI); then
 * reads it back without `ID` (spo/listitem/listitem-set).
 */
export const spoListItemSet = command({
  name: 'spo listitem set',
  description: 'Updates a list item in the specified list',
  resource: 'sharepoint',
  readOnly: false,
  permissions: { sharepoint: ['Sites.ReadWrite.All', 'Sites.Manage.All', 'Sites.FullControl.All'] },
  options: {
    webUrl: opt.site('URL of the site where the item is.', { short: 'u', required: true }),
    id: opt.number('ID of the item to update.', { short: 'i', required: true }),
    listId: opt.guid('ID of the list. Specify listId, listTitle or listUrl.', { short: 'l' }),
    listTitle: opt.string('Title of the list.', { short: 't' }),
    listUrl: opt.string('Server- or site-relative URL of the list.'),
    contentType: opt.string('Name or ID of the content type of the item.', { short: 'c' }),
    systemUpdate: opt.boolean('Update without a new version and without changing Modified and Modified By.', { short: 's' }),
  },
  rules: [rules.exactlyOne('listId', 'listTitle', 'listUrl')],
  allowUnknownOptions: true,
  validate: (o) => positiveInteger('id', o.id),
  async run(context, o, fields) {
    const listApi = listApiUrl(o.webUrl, o);
    const contentType = o.contentType === undefined ? undefined : await contentTypeName(context, listApi, o.contentType);
    const values = { ...fields, ...(contentType !== undefined ? { ContentType: contentType } : {}) };
    if (o.systemUpdate) {
      await systemUpdateItem(context, o.webUrl, listApi, o.id, values);
    } else {
      const url = `${listApi}/items(${o.id})/ValidateUpdateListItem()`;
      const updated = await context.http.request<{ value: FieldValueResult[] }>({ method: 'POST', url, headers: { ...POST_HEADERS }, body: { formValues: formValues(values) } });
      assertValuesAccepted(updated.body.value, 'Updating the items has failed with the following errors:');
    }
    return withoutId((await context.http.request({ url: `${listApi}/items(${o.id})`, headers: { ...ACCEPT.sharepoint } })).body);
  },
});
