import { ActionError } from '../../errors.js';
import { ACCEPT, command, opt, rules, serverRelativePath } from '../kit/index.js';
import { listApiUrl } from '../kit/lookups.js';
import type { CommandContext } from '../types.js';
import { assertValuesAccepted, contentTypeName, ensureFolder, formValues, POST_HEADERS, withoutId, type FieldValueResult } from './shared-content.js';

/**
 * `spo listitem add`: creates an item through `AddValidateUpdateItemUsingPath` (every option outside the schema is a
 * field value; a missing folder is created first), then reads it back; the result is the item as the CLI prints it
 * (without the duplicate `ID`) (spo/listitem/listitem-add).
 */
export const spoListItemAdd = command({
  name: 'spo listitem add',
  description: 'Creates a list item in the specified list',
  resource: 'sharepoint',
  readOnly: false,
  permissions: { sharepoint: ['Sites.ReadWrite.All', 'Sites.Manage.All', 'Sites.FullControl.All'] },
  options: {
    webUrl: opt.site('URL of the site holding the list.', { short: 'u', required: true }),
    listId: opt.guid('ID of the list. Specify listId, listTitle or listUrl.', { short: 'l' }),
    listTitle: opt.string('Title of the list.', { short: 't' }),
    listUrl: opt.string('Server- or site-relative URL of the list.'),
    contentType: opt.string('Name or ID of the content type of the item.', { short: 'c' }),
    folder: opt.string('List-relative folder to create the item in (created when missing).'),
  },
  rules: [rules.exactlyOne('listId', 'listTitle', 'listUrl')],
  allowUnknownOptions: true,
  async run(context, options, fields) {
    const listApi = listApiUrl(options.webUrl, options);
    const values = formValues(fields);
    // The CLI reads the content types first, whether or not one is asked for.
    const contentType = await contentTypeOrNothing(context, listApi, options.contentType);
    if (contentType !== undefined) values.push({ FieldName: 'ContentType', FieldValue: contentType });
    const body: Record<string, unknown> = { formValues: values };
    if (options.folder !== undefined) {
      const root = await context.http.request<{ ServerRelativeUrl: string }>({ url: `${listApi}/rootFolder`, headers: { ...ACCEPT.sharepoint } });
      const folder = serverRelativePath(root.body.ServerRelativeUrl, options.folder);
      await ensureFolder(context, options.webUrl, folder, root.body.ServerRelativeUrl);
      body.listItemCreateInfo = { FolderPath: { DecodedUrl: folder } };
    }
    const added = await context.http.request<{ value: FieldValueResult[] }>({ method: 'POST', url: `${listApi}/AddValidateUpdateItemUsingPath()`, headers: { ...POST_HEADERS }, body });
    assertValuesAccepted(added.body.value, 'Creating the item failed with the following errors:');
    const item = await context.http.request({ url: `${listApi}/items(${createdId(added.body.value)})`, headers: { ...ACCEPT.sharepoint } });
    return withoutId(item.body);
  },
});

async function contentTypeOrNothing(context: CommandContext, listApi: string, wanted: string | undefined): Promise<string | undefined> {
  if (wanted !== undefined) return contentTypeName(context, listApi, wanted);
  await context.http.request({ url: `${listApi}/contenttypes?$select=Name,Id`, headers: { ...ACCEPT.sharepoint } });
  return undefined;
}

function createdId(values: readonly FieldValueResult[]): number {
  const id = Number(values.find((v) => v.FieldName === 'Id')?.FieldValue);
  // The id goes into the next URL: only a positive integer may.
  if (!Number.isSafeInteger(id) || id <= 0) throw new ActionError('SharePoint created the item but returned no valid Id.');
  return id;
}
