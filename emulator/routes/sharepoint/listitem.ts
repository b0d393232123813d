/**
 * List items: read (paged by ID as SharePoint does), and add through the classic `POST …/items` or through
 * `AddValidateUpdateItemUsingPath()`, which the CLI's `spo listitem add` calls. Only fields the list knows are accepted.
 */
import { randomUUID } from 'node:crypto';
import type { EmulatorResponse, Route } from '../../types.js';
import { seedGuid } from '../../seed-content.js';
import { contentTypesOf } from './contenttype.js';
import { entityTypeName, LIST, withList, type SharePointList } from './list.js';
import { badJson, collection, entity, jsonBody, pageByItemId, spError } from './odata.js';
import { now, READ, sp, WRITE, type SpContext } from './route.js';

export interface ListItem {
  Id: number;
  Title: string;
  [field: string]: unknown;
}

/** The app principal SharePoint shows as author of app-only changes. */
const APP_PRINCIPAL_ID = 1073741822;

const SYSTEM_FIELDS = new Set(['Id', 'ID', 'Created', 'Modified', 'GUID', 'ContentTypeId', 'AuthorId', 'EditorId']);

function itemJson(list: SharePointList, item: ListItem): Record<string, unknown> {
  const fields = Object.fromEntries(Object.entries(item).filter(([k]) => !SYSTEM_FIELDS.has(k)));
  return {
    FileSystemObjectType: 0,
    Id: item.Id,
    ServerRedirectedEmbedUri: null,
    ServerRedirectedEmbedUrl: '',
    ContentTypeId: item.ContentTypeId ?? contentTypesOf(list)[0].Id.StringValue,
    ...fields,
    Modified: item.Modified ?? '2024-01-15T09:30:00Z',
    Created: item.Created ?? '2024-01-15T09:30:00Z',
    AuthorId: APP_PRINCIPAL_ID,
    EditorId: APP_PRINCIPAL_ID,
    OData__UIVersionString: '1.0',
    Attachments: false,
    GUID: item.GUID ?? seedGuid(`item:${list.Id}:${item.Id}`),
    ComplianceAssetId: null,
    ID: item.Id,
  };
}

/** Field names an item may set: those seen on the list's items, plus the standard ones. */
function unknownField(list: SharePointList, names: string[]): string | undefined {
  if (list.items.length === 0) return undefined;
  const known = new Set(['title', 'contenttype', 'fileleafref', ...list.items.flatMap((i) => Object.keys(i).map((k) => k.toLowerCase()))]);
  return names.find((n) => !known.has(n.toLowerCase()));
}

function addItem(list: SharePointList, fields: Record<string, unknown>): ListItem {
  const id = list.items.reduce((max, i) => Math.max(max, i.Id), 0) + 1;
  const time = now();
  const { ContentType: contentTypeName, ...values } = fields;
  const contentType = contentTypesOf(list).find((ct) => ct.Name === contentTypeName) ?? contentTypesOf(list)[0];
  const item: ListItem = { Id: id, Title: '', ...values, ContentTypeId: contentType.Id.StringValue, Created: time, Modified: time, GUID: randomUUID() };
  list.items.push(item);
  list.ItemCount = list.items.length;
  return item;
}

const getItems = withList((c, list) => {
  const { page, next } = pageByItemId(c.request, list.items);
  return collection(c, `SP.Data.${entityTypeName(list)}Item`, page.map((i) => itemJson(list, i)), next);
});

const getItem = withList((c, list) => {
  const item = list.items.find((i) => i.Id === Number(c.params.itemId));
  if (!item) return spError(c.request, 404, '-2147024809, System.ArgumentException', 'Item does not exist. It may have been deleted by another user.');
  return entity(c, `SP.Data.${entityTypeName(list)}Item`, itemJson(list, item));
});

function missingColumn(c: SpContext, list: SharePointList, name: string): EmulatorResponse {
  return spError(c.request, 400, '-2147024809, System.ArgumentException', `Column '${name}' does not exist. It may have been deleted by another user.  ${list.RootFolderServerRelativeUrl}`);
}

/** The classic `POST …/items` with the field values as the JSON body. */
const postItem = withList((c, list) => {
  let body: Record<string, unknown> | undefined;
  try {
    body = jsonBody(c.request);
  } catch {
    return badJson(c.request);
  }
  const { __metadata: _type, ...fields } = body ?? {};
  const unknown = unknownField(list, Object.keys(fields));
  if (unknown !== undefined) return missingColumn(c, list, unknown);
  return entity(c, `SP.Data.${entityTypeName(list)}Item`, itemJson(list, addItem(list, fields)), 201);
});

interface FormValue {
  FieldName: string;
  FieldValue: string;
}

/** What the CLI's `spo listitem add` calls: one result per field, plus the new item's `Id`. */
const addValidateUpdateItem = withList((c, list) => {
  let body: { formValues?: FormValue[] } | undefined;
  try {
    body = jsonBody(c.request) as { formValues?: FormValue[] } | undefined;
  } catch {
    return badJson(c.request);
  }
  const formValues = body?.formValues ?? [];
  const unknown = unknownField(list, formValues.map((f) => f.FieldName));
  if (unknown !== undefined) return missingColumn(c, list, unknown);
  const item = addItem(list, Object.fromEntries(formValues.map((f) => [f.FieldName, f.FieldValue])));
  const result = (name: string, value: string): Record<string, unknown> => ({ ErrorCode: 0, ErrorMessage: null, FieldName: name, FieldValue: value, HasException: false, ItemId: item.Id });
  const value = [...formValues.map((f) => result(f.FieldName, f.FieldValue)), result('Id', String(item.Id))];
  return collection(c, 'SP.ListItemFormUpdateValue', value);
});

export const listItemRoutes: Route[] = [
  sp('GET', `web/${LIST}/items`, READ, getItems),
  sp('GET', `web/${LIST}/items\\((?<itemId>\\d+)\\)`, READ, getItem),
  sp('POST', `web/${LIST}/items`, WRITE, postItem),
  sp('POST', `web/${LIST}/AddValidateUpdateItemUsingPath\\(\\)`, WRITE, addValidateUpdateItem),
];
