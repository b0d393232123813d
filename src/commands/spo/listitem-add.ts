import { ActionError } from '../../errors.js';
import { ACCEPT, command, opt, rules, serverRelativePath } from '../kit/index.js';
import { listApiUrl } from '../kit/lookups.js';
import type { CommandContext } from '../types.js';

interface FieldValueResult {
  FieldName: string;
  FieldValue: string | null;
  HasException: boolean;
  ErrorMessage: string | null;
}

/**
 * `spo listitem add`: creates an item through `AddValidateUpdateItemUsingPath` (every option outside the schema is a
 * field value), then reads it back; the result is the item as the CLI prints it (without the duplicate `ID`).
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
    folder: opt.string('List-relative folder to create the item in (must exist).'),
  },
  rules: [rules.exactlyOne('listId', 'listTitle', 'listUrl')],
  allowUnknownOptions: true,
  async run(context, options, fields) {
    const listApi = listApiUrl(options.webUrl, options);
    const formValues = Object.entries(fields).map(([FieldName, FieldValue]) => ({ FieldName, FieldValue }));
    const contentType = await contentTypeName(context, listApi, options.contentType);
    if (contentType !== undefined) formValues.push({ FieldName: 'ContentType', FieldValue: contentType });
    const body: Record<string, unknown> = { formValues };
    if (options.folder !== undefined) {
      const root = await context.http.request<{ ServerRelativeUrl: string }>({ url: `${listApi}/rootFolder`, headers: { ...ACCEPT.sharepoint } });
      body.listItemCreateInfo = { FolderPath: { DecodedUrl: serverRelativePath(root.body.ServerRelativeUrl, options.folder) } };
    }
    const added = await context.http.request<{ value: FieldValueResult[] }>({
      method: 'POST',
      url: `${listApi}/AddValidateUpdateItemUsingPath()`,
      headers: { ...ACCEPT.sharepoint },
      body,
    });
    const id = createdId(added.body.value);
    const item = await context.http.request<Record<string, unknown>>({ url: `${listApi}/items(${id})`, headers: { ...ACCEPT.sharepoint } });
    const { ID: _duplicate, ...result } = item.body;
    return result;
  },
});

/** The content type's name (by name or ID), like the CLI; an unknown one is an error. */
async function contentTypeName(context: CommandContext, listApi: string, wanted: string | undefined): Promise<string | undefined> {
  const url = `${listApi}/contenttypes?$select=Name,Id`;
  const response = await context.http.request<{ value: { Name: string; Id: { StringValue: string } }[] }>({ url, headers: { ...ACCEPT.sharepoint } });
  if (wanted === undefined) return undefined;
  const found = response.body.value.find((ct) => ct.Id.StringValue === wanted || ct.Name === wanted);
  if (found === undefined) {
    throw new ActionError(`Specified content type '${wanted}' doesn't exist on the target list`, {
      hint: `Content types of the list: ${response.body.value.map((ct) => ct.Name).join(', ')}.`,
    });
  }
  return found.Name;
}

function createdId(values: FieldValueResult[]): number {
  const failed = values.filter((v) => v.HasException);
  if (failed.length > 0) {
    const lines = failed.map((v) => `- ${v.FieldName} - ${v.ErrorMessage ?? ''}`);
    throw new ActionError(`Creating the item failed with the following errors: \n${lines.join('\n')}`);
  }
  const id = Number(values.find((v) => v.FieldName === 'Id')?.FieldValue);
  // The id goes into the next URL: only a positive integer may.
  if (!Number.isSafeInteger(id) || id <= 0) throw new ActionError('SharePoint created the item but returned no valid Id.');
  return id;
}
