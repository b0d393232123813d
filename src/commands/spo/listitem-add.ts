import { ActionError } from '../../errors.js';
import { NO_METADATA, odataString, serverRelativePath, stringOption, trimSlashes } from '../shared/sharepoint.js';
import type { CommandContext, CommandDefinition, OptionSchema, Options } from '../types.js';

interface FieldValueResult {
  FieldName: string;
  FieldValue: string | null;
  HasException: boolean;
  ErrorMessage: string | null;
}

const OPTIONS: readonly OptionSchema[] = [
  { name: 'webUrl', short: 'u', type: 'url', required: true, description: 'URL of the site holding the list.' },
  { name: 'listId', short: 'l', type: 'guid', description: 'ID of the list. Specify listId, listTitle or listUrl.' },
  { name: 'listTitle', short: 't', type: 'string', description: 'Title of the list.' },
  { name: 'listUrl', type: 'string', description: 'Server- or site-relative URL of the list.' },
  { name: 'contentType', short: 'c', type: 'string', description: 'Name or ID of the content type of the item.' },
  { name: 'folder', type: 'string', description: 'List-relative folder to create the item in (must exist).' },
];

/** Options that are never list fields: our schema plus the CLI's global options. */
const NOT_FIELDS = new Set([...OPTIONS.map((o) => o.name), 'output', 'query', 'debug', 'verbose', '_']);

/**
 * `spo listitem add`: creates an item through `AddValidateUpdateItemUsingPath` (every other option is a field value),
 * then reads it back; the result is the item as the CLI prints it (without the duplicate `ID`).
 */
export const spoListItemAdd: CommandDefinition = {
  name: 'spo listitem add',
  description: 'Creates a list item in the specified list',
  resource: 'sharepoint',
  sharePointUrlOption: 'webUrl',
  readOnly: false,
  permissions: ['Sites.ReadWrite.All'],
  options: OPTIONS,
  rules: [{ kind: 'exactlyOne', options: ['listId', 'listTitle', 'listUrl'] }],
  allowUnknownOptions: true,
  async run(context, options) {
    const listApi = listApiUrl(options);
    const formValues = fieldValues(options);
    const contentType = await resolveContentType(context, listApi, stringOption(options.contentType));
    if (contentType !== undefined) formValues.push({ FieldName: 'ContentType', FieldValue: contentType });
    const body: Record<string, unknown> = { formValues };
    const folder = stringOption(options.folder);
    if (folder !== undefined) {
      const root = await context.http.request<{ ServerRelativeUrl: string }>({ url: `${listApi}/rootFolder`, headers: { ...NO_METADATA } });
      body.listItemCreateInfo = { FolderPath: { DecodedUrl: serverRelativePath(root.body.ServerRelativeUrl, folder) } };
    }
    const added = await context.http.request<{ value: FieldValueResult[] }>({
      method: 'POST',
      url: `${listApi}/AddValidateUpdateItemUsingPath()`,
      headers: { ...NO_METADATA },
      body,
    });
    const id = createdId(added.body.value);
    const item = await context.http.request<Record<string, unknown>>({ url: `${listApi}/items(${id})`, headers: { ...NO_METADATA } });
    const { ID: _duplicate, ...result } = item.body;
    return result;
  },
};

/** `<web>/_api/web/lists(guid'…')`, `…/lists/getByTitle('…')` or `…/GetList('…')`. */
function listApiUrl(options: Options): string {
  const webUrl = trimSlashes(String(options.webUrl));
  const listId = stringOption(options.listId);
  if (listId !== undefined) return `${webUrl}/_api/web/lists(guid${odataString(listId)})`;
  const title = stringOption(options.listTitle);
  if (title !== undefined) return `${webUrl}/_api/web/lists/getByTitle(${odataString(title)})`;
  return `${webUrl}/_api/web/GetList(${odataString(serverRelativePath(webUrl, String(options.listUrl)))})`;
}

function fieldValues(options: Options): { FieldName: string; FieldValue: string }[] {
  return Object.entries(options)
    .filter(([name, value]) => !NOT_FIELDS.has(name) && value !== undefined)
    .map(([name, value]) => ({ FieldName: name, FieldValue: typeof value === 'string' ? value : JSON.stringify(value) }));
}

/** The content type's name (by name or ID), like the CLI; an unknown one is an error. */
async function resolveContentType(context: CommandContext, listApi: string, wanted: string | undefined): Promise<string | undefined> {
  const url = `${listApi}/contenttypes?$select=Name,Id`;
  const response = await context.http.request<{ value: { Name: string; Id: { StringValue: string } }[] }>({ url, headers: { ...NO_METADATA } });
  if (wanted === undefined) return undefined;
  const found = response.body.value.find((ct) => ct.Id.StringValue === wanted || ct.Name === wanted);
  if (found === undefined) {
    throw new ActionError(`Specified content type '${wanted}' doesn't exist on the target list`, {
      hint: `Content types of the list: ${response.body.value.map((ct) => ct.Name).join(', ')}.`,
    });
  }
  return found.Name;
}

function createdId(values: FieldValueResult[]): string {
  const failed = values.filter((v) => v.HasException);
  if (failed.length > 0) {
    const lines = failed.map((v) => `- ${v.FieldName} - ${v.ErrorMessage ?? ''}`);
    throw new ActionError(`Creating the item failed with the following errors: \n${lines.join('\n')}`);
  }
  const id = values.find((v) => v.FieldName === 'Id')?.FieldValue;
  if (id === undefined || id === null) throw new ActionError('SharePoint created the item but returned no Id.');
  return id;
}
