/**
 * List items: read one (by ID or unique ID) or all (paged by ID with `odata.nextLink` and `$skiptoken`, as SharePoint
 * does, with `$select`, `$filter` and the list view threshold of lists above 5,000 items), query them with CAML
 * (`GetItems`), add them (classic `POST …/items` or `AddValidateUpdateItemUsingPath()`), change them
 * (`ValidateUpdateListItem()`, or CSOM's `SystemUpdate` through `_vti_bin/client.svc/ProcessQuery`), delete and recycle
 * them. Only fields the list has are accepted; values are checked against the field's type.
 */
import { randomUUID } from 'node:crypto';
import type { EmulatorRequest, EmulatorResponse, Route, TenantState } from '../../types.js';
import { seedGuid } from '../../seed-content.js';
import { contentTypesOf } from './contenttype.js';
import { fieldNamed, unescapeXml } from './field.js';
import type { StoredFile, StoredFolder } from './file.js';
import { bodyOf, entityTypeName, LIST, methodOf, withList, type SharePointList } from './list.js';
import { applySelect, collection, entity, filterOf, spError, topOf, unsupportedFilter, type SelectExpander } from './odata.js';
import type { StoredPage } from './page.js';
import { now, READ, siteOf, sp, webOf, WRITE, type SpContext } from './route.js';
import { siteGrantAllows } from './site-grants.js';

export interface ListItem {
  Id: number;
  Title: string | null;
  /** Field values by internal name. */
  [field: string]: unknown;
  /** The file of a library item (`FSObjType` 0). */
  file?: StoredFile;
  /** A folder (`FSObjType` 1). */
  folder?: StoredFolder;
  /** A modern page of a Site Pages library (its canvas as the pages API keeps it). */
  page?: StoredPage;
}

/** The app principal SharePoint shows as author of app-only changes. */
export const APP_PRINCIPAL_ID = 1073741822;

/** SharePoint's list view threshold: queries over more items must use an indexed column or page by ID. */
export const VIEW_THRESHOLD = 5000;

const SYSTEM_FIELDS = new Set(['Id', 'ID', 'Created', 'Modified', 'GUID', 'ContentTypeId', 'AuthorId', 'EditorId']);
/** Kept on the item, shown only when `$select` asks (as SharePoint's default item JSON leaves them out). */
const PATH_FIELDS = ['FileRef', 'FileLeafRef', 'FileDirRef', 'FSObjType'];
const INTERNAL = new Set(['file', 'folder', 'page', ...PATH_FIELDS]);

export function itemJson(list: SharePointList, item: ListItem): Record<string, unknown> {
  const fields = Object.fromEntries(Object.entries(item).filter(([k]) => !SYSTEM_FIELDS.has(k) && !INTERNAL.has(k)));
  return {
    FileSystemObjectType: item.FSObjType ?? 0,
    Id: item.Id,
    ServerRedirectedEmbedUri: null,
    ServerRedirectedEmbedUrl: '',
    ContentTypeId: item.ContentTypeId ?? contentTypesOf(list)[0].Id.StringValue,
    ...fields,
    Modified: item.Modified ?? '2024-01-15T09:30:00Z',
    Created: item.Created ?? '2024-01-15T09:30:00Z',
    AuthorId: APP_PRINCIPAL_ID,
    EditorId: APP_PRINCIPAL_ID,
    OData__UIVersionString: item.file ? `${item.file.MajorVersion}.${item.file.MinorVersion}` : '1.0',
    Attachments: false,
    GUID: item.GUID ?? seedGuid(`item:${list.Id}:${item.Id}`),
    ComplianceAssetId: null,
    ID: item.Id,
  };
}

const PRINCIPAL = { Id: APP_PRINCIPAL_ID, Title: 'SharePoint App', Name: 'i:0i.t|00000003-0000-0ff1-ce00-000000000000|app@sharepoint' };
const expandPrincipal: SelectExpander = (head, sub, selected) =>
  ['author', 'editor'].includes(head.toLowerCase())
    ? [head, { ...(selected[head] as object | undefined), [sub]: PRINCIPAL[sub as keyof typeof PRINCIPAL] ?? null }]
    : undefined;

/** An item as `$select` asks (an absent or empty `$select` gives the default JSON). */
export function selectItem(list: SharePointList, item: ListItem, select: string | null): Record<string, unknown> {
  if (!select) return itemJson(list, item);
  const paths = Object.fromEntries(PATH_FIELDS.filter((f) => item[f] !== undefined).map((f) => [f, item[f]]));
  return applySelect({ ...itemJson(list, item), ...paths }, select, expandPrincipal);
}

/** Sets `list.items` to be made on first use: a list of thousands of items costs nothing until a request reads it. */
export function lazyItems(list: SharePointList, count: number, make: (id: number) => ListItem): void {
  let items: ListItem[] | undefined;
  Object.defineProperty(list, 'items', {
    get: () => (items ??= Array.from({ length: count }, (_, i) => make(i + 1))),
    set: (value: ListItem[]) => (items = value),
    enumerable: true,
    configurable: true,
  });
  list.ItemCount = count;
}

/** Records the item count after a change. */
export function touched(list: SharePointList): void {
  list.ItemCount = list.items.length;
}

function nextId(list: SharePointList): number {
  return list.items.reduce((max, i) => Math.max(max, i.Id), 0) + 1;
}

/** Adds an item with checked values (see `applyValues`); the caller has checked the field names. */
export function addItem(list: SharePointList, values: Record<string, unknown>, extra: Partial<ListItem> = {}): ListItem {
  const time = now();
  const { ContentType: contentTypeName, ...fields } = values;
  const contentType = contentTypesOf(list).find((ct) => ct.Name === contentTypeName) ?? contentTypesOf(list)[0];
  const item: ListItem = { Id: nextId(list), Title: null, ...fields, ...extra, ContentTypeId: contentType.Id.StringValue, Created: time, Modified: time, GUID: randomUUID() };
  if (item.Title === null && item.file === undefined && item.folder === undefined) item.Title = '';
  list.items.push(item);
  touched(list);
  return item;
}

/** The first field name the list does not have (form values may also name the content type or the file name). */
export function unknownField(list: SharePointList, names: string[]): string | undefined {
  return names.find((n) => !['contenttype', 'fileleafref', 'title'].includes(n.toLowerCase()) && fieldNamed(list, n) === undefined);
}

export function missingColumn(c: SpContext, list: SharePointList, name: string): EmulatorResponse {
  return spError(c.request, 400, '-2147024809, System.ArgumentException', `Column '${name}' does not exist. It may have been deleted by another user.  ${list.RootFolderServerRelativeUrl}`);
}

export interface FormValue {
  FieldName: string;
  FieldValue: string;
}

/** One value as its field's type holds it, or the message SharePoint gives for a value that type cannot take. */
function typedValue(list: SharePointList, name: string, text: string): { value: unknown } | { error: string } {
  const type = fieldNamed(list, name)?.TypeAsString;
  if (text === '' || type === undefined) return { value: text === '' && type !== 'Text' && type !== undefined ? null : text };
  if (type === 'Number' || type === 'Currency') {
    const n = Number(text);
    return Number.isFinite(n) ? { value: n } : { error: 'You must specify a number.' };
  }
  if (type === 'Boolean') return /^(1|0|true|false|yes|no)$/i.test(text) ? { value: /^(1|true|yes)$/i.test(text) } : { error: 'You must specify Yes or No.' };
  if (type === 'URL') {
    const [url, description] = text.split(/,\s*/);
    return { value: { Description: description ?? url, Url: url } };
  }
  if (type === 'DateTime') return Number.isNaN(Date.parse(text)) ? { error: 'Invalid date/time value' } : { value: new Date(text).toISOString().replace('.000Z', 'Z') };
  return { value: text };
}

/** SharePoint's answer to form values: one result per value, failed ones with the reason. */
export function applyValues(list: SharePointList, item: ListItem | undefined, formValues: FormValue[]): { values: Record<string, unknown>; results: Record<string, unknown>[]; failed: boolean } {
  const values: Record<string, unknown> = {};
  const results = formValues.map((f) => {
    const name = f.FieldName === 'ContentType' ? f.FieldName : fieldNamed(list, f.FieldName)?.InternalName ?? f.FieldName;
    const typed = name === 'ContentType' ? { value: f.FieldValue } : typedValue(list, name, String(f.FieldValue ?? ''));
    if ('value' in typed) values[name] = typed.value;
    const error = 'error' in typed ? typed.error : null;
    return { ErrorCode: error ? -2146232832 : 0, ErrorMessage: error, FieldName: f.FieldName, FieldValue: f.FieldValue, HasException: error !== null, ItemId: item?.Id ?? 0 };
  });
  return { values, results, failed: results.some((r) => r.HasException) };
}

/** The item of the path (`items(<id>)` or `GetItemByUniqueId(guid'…')`), or SharePoint's 404. */
function findItem(c: SpContext, list: SharePointList): ListItem | EmulatorResponse {
  const { itemId, uniqueId } = c.params;
  const item = itemId !== undefined ? list.items.find((i) => i.Id === Number(itemId)) : list.items.find((i) => String(i.GUID ?? seedGuid(`item:${list.Id}:${i.Id}`)).toLowerCase() === uniqueId?.toLowerCase() || i.file?.UniqueId === uniqueId?.toLowerCase());
  return item ?? spError(c.request, 404, '-2147024809, System.ArgumentException', 'Item does not exist. It may have been deleted by another user.');
}

function withItem(handler: (c: SpContext, list: SharePointList, item: ListItem) => EmulatorResponse) {
  return withList((c, list) => {
    const item = findItem(c, list);
    return 'Id' in item ? handler(c, list, item) : item;
  });
}

/** The names a `$filter` compares (`Status eq 'x' and Id eq 3` → Status, Id). */
function filteredFields(filter: string): string[] {
  return [...filter.matchAll(/(\w+)\s+(?:eq|ne|gt|ge|lt|le)\s/gi)].map((m) => m[1]);
}

export function thresholdError(c: SpContext): EmulatorResponse {
  return spError(c.request, 500, '-2147024860, Microsoft.SharePoint.SPQueryThrottledException', 'The attempted operation is prohibited because it exceeds the list view threshold.');
}

/** Above the threshold, a filter must use indexed columns only. */
function exceedsThreshold(list: SharePointList, fields: string[]): boolean {
  return list.ItemCount > VIEW_THRESHOLD && fields.some((f) => !['id', 'ID'].includes(f) && fieldNamed(list, f)?.Indexed !== true);
}

/**
 * One page of items by ID, as SharePoint pages lists: `$skiptoken=Paged=TRUE&p_ID=<last ID>`; the link to the next page
 * keeps the rest of the query (`$select`, `$filter`, `$top`).
 */
function pageItems(c: SpContext, items: ListItem[]): { page: ListItem[]; next?: string } {
  const { request } = c;
  const top = topOf(request);
  const after = Number(/p_ID=(\d+)/i.exec(request.query.get('$skiptoken') ?? '')?.[1] ?? 0);
  const rest = items.filter((i) => i.Id > after);
  const page = rest.slice(0, top);
  if (rest.length <= top) return { page };
  const pairs = [...request.query.entries()].filter(([k]) => k !== '$skiptoken' && k !== '$top');
  pairs.push(['$skiptoken', `Paged=TRUE&p_ID=${page[page.length - 1].Id}`], ['$top', String(top)]);
  return { page, next: `https://${request.host}${request.path}?${pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')}` };
}

const getItems = withList((c, list) => {
  const filter = c.request.query.get('$filter');
  const test = filterOf(filter);
  if (!test) return unsupportedFilter(c.request);
  if (filter && exceedsThreshold(list, filteredFields(filter))) return thresholdError(c);
  const matching = filter ? list.items.filter((i) => test(itemJson(list, i))) : list.items;
  const { page, next } = pageItems(c, matching);
  const select = c.request.query.get('$select');
  return collection(c, `SP.Data.${entityTypeName(list)}Item`, page.map((i) => selectItem(list, i, select)), next);
});

const getItem = withItem((c, list, item) => entity(c, `SP.Data.${entityTypeName(list)}Item`, selectItem(list, item, c.request.query.get('$select'))));

/** The classic `POST …/items` with the field values as the JSON body. */
const postItem = withList((c, list) => {
  const parsed = bodyOf(c.request);
  if ('error' in parsed) return parsed.error;
  const { __metadata: _type, ...fields } = parsed.body;
  const unknown = unknownField(list, Object.keys(fields));
  if (unknown !== undefined) return missingColumn(c, list, unknown);
  return entity(c, `SP.Data.${entityTypeName(list)}Item`, itemJson(list, addItem(list, fields)), 201);
});

function formValuesOf(body: Record<string, unknown>): FormValue[] {
  return Array.isArray(body.formValues) ? (body.formValues as FormValue[]) : [];
}

/** What the CLI's `spo listitem add` calls: one result per field, plus the new item's `Id`. */
const addValidateUpdateItem = withList((c, list) => {
  const parsed = bodyOf(c.request);
  if ('error' in parsed) return parsed.error;
  const formValues = formValuesOf(parsed.body);
  const unknown = unknownField(list, formValues.map((f) => f.FieldName));
  if (unknown !== undefined) return missingColumn(c, list, unknown);
  const { values, results, failed } = applyValues(list, undefined, formValues);
  const info = parsed.body.listItemCreateInfo as { FolderPath?: { DecodedUrl?: string } } | undefined;
  const folder = info?.FolderPath?.DecodedUrl;
  if (folder !== undefined && !folderExists(list, folder)) return spError(c.request, 404, '-2147024894, System.IO.FileNotFoundException', 'File Not Found.');
  if (failed) return collection(c, 'SP.ListItemFormUpdateValue', results);
  const item = addItem(list, values, folder !== undefined ? { FileDirRef: folder.replace(/\/+$/, '') } : {});
  const value = [...results.map((r) => ({ ...r, ItemId: item.Id })), { ErrorCode: 0, ErrorMessage: null, FieldName: 'Id', FieldValue: String(item.Id), HasException: false, ItemId: item.Id }];
  return collection(c, 'SP.ListItemFormUpdateValue', value);
});

function folderExists(list: SharePointList, path: string): boolean {
  const wanted = path.replace(/\/+$/, '').toLowerCase();
  return wanted === list.RootFolderServerRelativeUrl.toLowerCase() || list.items.some((i) => i.folder !== undefined && String(i.FileRef).toLowerCase() === wanted);
}

/** Changes an item through form values (`bNewDocumentUpdate` keeps the version, as SharePoint does). */
export function validateUpdate(c: SpContext, list: SharePointList, item: ListItem): EmulatorResponse {
  const parsed = bodyOf(c.request);
  if ('error' in parsed) return parsed.error;
  const formValues = formValuesOf(parsed.body);
  const unknown = unknownField(list, formValues.map((f) => f.FieldName));
  if (unknown !== undefined) return missingColumn(c, list, unknown);
  const { values, results, failed } = applyValues(list, item, formValues);
  if (!failed) updateItem(list, item, values, parsed.body.bNewDocumentUpdate !== true);
  return collection(c, 'SP.ListItemFormUpdateValue', results);
}

/** Writes checked values onto an item; `touch` sets Modified (a system update does not). */
export function updateItem(list: SharePointList, item: ListItem, values: Record<string, unknown>, touch: boolean): void {
  const { ContentType: contentTypeName, ...fields } = values;
  Object.assign(item, fields);
  const contentType = contentTypesOf(list).find((ct) => ct.Name === contentTypeName);
  if (contentType) item.ContentTypeId = contentType.Id.StringValue;
  if (touch) item.Modified = now();
}

const validateUpdateItem = withItem(validateUpdate);

/** `POST items(<id>)` with `X-HTTP-Method: DELETE`, or a plain DELETE. */
const deleteItem = withItem((c, list, item) => {
  if (methodOf(c.request) !== 'DELETE') return spError(c.request, 400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', 'The HTTP method POST cannot be used on a list item; use X-HTTP-Method DELETE or MERGE.');
  list.items.splice(list.items.indexOf(item), 1);
  touched(list);
  return { status: 200 };
});

const recycleItem = withItem((c, list, item) => {
  list.items.splice(list.items.indexOf(item), 1);
  touched(list);
  return entity(c, 'Edm.Guid', { value: randomUUID() });
});

/** The parts of a CAML view the emulator reads: one `Eq`/`Neq` condition and the row limit. */
function parseCaml(xml: string): { test: (item: Record<string, unknown>) => boolean; fields: string[]; rowLimit?: number } | undefined {
  const rowLimit = /<RowLimit[^>]*>\s*(\d+)\s*<\/RowLimit>/i.exec(xml)?.[1];
  const where = /<Where>([\s\S]*)<\/Where>/i.exec(xml)?.[1];
  const limit = rowLimit === undefined ? undefined : Number(rowLimit);
  if (where === undefined) return { test: () => true, fields: [], rowLimit: limit };
  const m = /^\s*<(Eq|Neq)>\s*<FieldRef\s+Name=['"](\w+)['"]\s*\/>\s*<Value[^>]*>([\s\S]*?)<\/Value>\s*<\/\1>\s*$/i.exec(where);
  if (!m) return undefined;
  const [, op, name, raw] = m;
  const value = unescapeXml(raw);
  const test = (item: Record<string, unknown>): boolean => (String(item[name] ?? '') === value) === (op.toLowerCase() === 'eq');
  return { test, fields: [name], rowLimit: limit };
}

/** `POST …/GetItems` with a CAML query; pages with `ListItemCollectionPosition.PagingInfo` (`Paged=TRUE&p_ID=<n>`). */
const getItemsByCaml = withList((c, list) => {
  const parsed = bodyOf(c.request);
  if ('error' in parsed) return parsed.error;
  const query = (parsed.body.query ?? {}) as { ViewXml?: string; ListItemCollectionPosition?: { PagingInfo?: string } };
  const caml = parseCaml(query.ViewXml ?? '');
  if (!caml) return spError(c.request, 400, '-2147024809, System.ArgumentException', 'The query is not supported here: use <Where> with one <Eq> or <Neq> on a <FieldRef Name="…"/>.');
  const unknown = caml.fields.find((f) => fieldNamed(list, f) === undefined);
  if (unknown !== undefined) return spError(c.request, 500, '-2130575340, Microsoft.SharePoint.SPException', 'One or more field types are not installed properly. Go to the list settings page to delete these fields.');
  const limited = caml.rowLimit !== undefined && caml.rowLimit <= VIEW_THRESHOLD;
  if (list.ItemCount > VIEW_THRESHOLD && (!limited || exceedsThreshold(list, caml.fields))) return thresholdError(c);
  const after = Number(/p_ID=(\d+)/i.exec(query.ListItemCollectionPosition?.PagingInfo ?? '')?.[1] ?? 0);
  const matching = list.items.filter((i) => i.Id > after && caml.test(itemJson(list, i)));
  const page = caml.rowLimit === undefined ? matching : matching.slice(0, caml.rowLimit);
  return collection(c, `SP.Data.${entityTypeName(list)}Item`, page.map((i) => itemJson(list, i)));
});

const ITEM = `${LIST}/(?:items\\((?<itemId>\\d+)\\)|GetItemByUniqueId\\(guid'(?<uniqueId>[0-9a-f-]{36})'\\))`;

export const listItemRoutes: Route[] = [
  sp('GET', `web/${LIST}/items`, READ, getItems),
  sp('GET', `web/${ITEM}`, READ, getItem),
  sp('POST', `web/${LIST}/items`, WRITE, postItem),
  sp('POST', `web/${LIST}/AddValidateUpdateItemUsingPath\\(\\)`, WRITE, addValidateUpdateItem),
  sp('POST', `web/${ITEM}/ValidateUpdateListItem\\(\\)`, WRITE, validateUpdateItem),
  sp('POST', `web/${ITEM}/recycle(?:\\(\\))?`, WRITE, recycleItem),
  sp('POST', `web/${ITEM}`, WRITE, deleteItem),
  sp('DELETE', `web/${ITEM}`, WRITE, deleteItem),
  sp('POST', `web/${LIST}/GetItems`, READ, getItemsByCaml),
];

/** The header every CSOM answer starts with. */
function csomHeader(error?: { message: string; type: string; code: number }): Record<string, unknown> {
  return {
    SchemaVersion: '15.0.0.0',
    LibraryVersion: '16.0.25000.12002',
    ErrorInfo: error ? { ErrorMessage: error.message, ErrorValue: null, TraceCorrelationId: randomUUID(), ErrorCode: error.code, ErrorTypeName: error.type } : null,
    TraceCorrelationId: randomUUID(),
  };
}

function csom(body: unknown[]): EmulatorResponse {
  return { status: 200, headers: { 'content-type': 'application/json; charset=utf-8' }, body };
}

/**
 * The two CSOM requests the CLI makes to update an item without a new version: the web's object identity, and
 * `ParseAndSetFieldValue` calls followed by `SystemUpdate` on `<identity>:list:<list>:item:<id>,1`. Others are refused.
 */
/** True for the CSOM requests of an item's system update (the rest of CSOM is tenant-csom.ts's). */
export function isSystemUpdateQuery(xml: string): boolean {
  return /<Method Name="SystemUpdate"/.test(xml) || (/Name="Current"/.test(xml) && /Name="Web"/.test(xml) && /Name="ServerRelativeUrl"/.test(xml));
}

export function systemUpdateQuery(state: TenantState, request: EmulatorRequest, url: string): EmulatorResponse {
  const xml = request.body.toString('utf8');
  const site = siteOf(state, url.toLowerCase().replace(/\/+$/, ''));
  if (!site) return csom([csomHeader({ message: 'File Not Found.', type: 'System.IO.FileNotFoundException', code: -2147024894 })]);
  const denied = csom([csomHeader({ message: 'Access denied.', type: 'System.UnauthorizedAccessException', code: -2147024891 })]);
  if (!siteGrantAllows(request, READ, site, state)) return denied;
  const web = webOf(site.rootWeb, url.toLowerCase().replace(/\/+$/, ''));
  const identity = `740c6a0b-85e2-48a0-a494-e0f1759d4aa7|740c6a0b-85e2-48a0-a494-e0f1759d4aa7:site:${site.Id}:web:${web.Id}`;
  if (/Name="Current"/.test(xml) && /Name="Web"/.test(xml) && /Name="ServerRelativeUrl"/.test(xml)) {
    return csom([csomHeader(), 1, { IsNull: false }, { _ObjectType_: 'SP.Web', _ObjectIdentity_: identity, ServerRelativeUrl: new URL(web.Url).pathname }]);
  }
  const target = /<Identity Id="(\d+)" Name="[^"]*:list:([0-9a-f-]{36}):item:(\d+),1"\s*\/>/i.exec(xml);
  if (!target || !/<Method Name="SystemUpdate"/.test(xml)) {
    return csom([csomHeader({ message: 'The emulated tenant does not serve this CSOM request.', type: 'Microsoft.SharePoint.Client.InvalidClientQueryException', code: -1 })]);
  }
  // The route lets any reader in; a system update writes, so it needs a write role (or a write grant on this site).
  if (!(request.token?.roles ?? []).some((r) => WRITE.includes(r)) || !siteGrantAllows(request, WRITE, site, state)) return denied;
  const list = web.lists.find((l) => l.Id.toLowerCase() === target[2].toLowerCase());
  const item = list?.items.find((i) => i.Id === Number(target[3]));
  if (!list || !item) return csom([csomHeader({ message: 'Item does not exist. It may have been deleted by another user.', type: 'System.ArgumentException', code: -2147024809 })]);
  const formValues = [...xml.matchAll(/<Method Name="ParseAndSetFieldValue"[^>]*>\s*<Parameters>\s*<Parameter Type="String">([\s\S]*?)<\/Parameter>\s*<Parameter Type="String">([\s\S]*?)<\/Parameter>/g)].map((m) => ({
    FieldName: unescapeXml(m[1]),
    FieldValue: unescapeXml(m[2]),
  }));
  const unknown = unknownField(list, formValues.map((f) => f.FieldName));
  if (unknown !== undefined) return csom([csomHeader({ message: `Column '${unknown}' does not exist. It may have been deleted by another user.`, type: 'System.ArgumentException', code: -2147024809 })]);
  const { values, results } = applyValues(list, item, formValues);
  const failed = results.find((r) => r.HasException);
  if (failed) return csom([csomHeader({ message: String(failed.ErrorMessage), type: 'Microsoft.SharePoint.SPFieldValidationException', code: -2146232832 })]);
  updateItem(list, item, values, false);
  return csom([csomHeader()]);
}

/** Items of the seeded large list: more than the list view threshold, so that listing it takes more than one page. */
export const INVENTORY_SIZE = 5200;

/** The root site's `Inventory` list of 5,200 items, made when a request first reads them. */
export function seedLargeList(state: TenantState): void {
  const root = state.sites.find((s) => new URL(s.Url).pathname === '/');
  if (!root) return;
  const list: SharePointList = { Id: seedGuid('list:/Lists/Inventory'), Title: 'Inventory', BaseTemplate: 100, Hidden: false, ItemCount: 0, RootFolderServerRelativeUrl: '/Lists/Inventory', items: [] };
  const categories = ['Laptop', 'Monitor', 'Phone', 'Dock'];
  lazyItems(list, INVENTORY_SIZE, (id) => ({ Id: id, Title: `Asset ${String(id).padStart(5, '0')}`, Category: categories[id % categories.length], Quantity: (id % 7) + 1 }));
  root.rootWeb.lists.push(list);
}
