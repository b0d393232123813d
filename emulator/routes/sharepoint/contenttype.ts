/** Content types of a list: Item (or Document in a library) and Folder, with IDs derived from the list's ID. */
import type { EmulatorResponse, Route } from '../../types.js';
import { isLibrary, LIST, withList, type SharePointList } from './list.js';
import { badJson, collection, entity, filterOf, jsonBody, pageBySkip, spError, unquote, unsupportedFilter } from './odata.js';
import { pathOf, READ, sp, type SpContext, type SpHandler } from './route.js';
import type { SharePointSite } from './site.js';
import type { SharePointWeb } from './web.js';

/** Managing content types (Manage Lists) needs Sites.Manage.All or full control. */
const MANAGE = ['Sites.Manage.All', 'Sites.FullControl.All', 'Sites.Selected'];

export interface ListContentType {
  Id: { StringValue: string };
  Name: string;
}

/** The list's content types, its default (the one new items get) first. */
export function contentTypesOf(list: SharePointList): ListContentType[] {
  const types: [string, string][] = isLibrary(list) ? [['0x0101', 'Document'], ['0x0120', 'Folder']] : [['0x01', 'Item'], ['0x0120', 'Folder']];
  const suffix = list.Id.replace(/-/g, '').toUpperCase();
  return types.map(([id, name]) => ({ Id: { StringValue: `${id}00${suffix}` }, Name: name }));
}

const getContentTypes = withList((c, list) => {
  const value = contentTypesOf(list).map((ct) => ({ ...ct, Description: `Create a new ${ct.Name.toLowerCase()}.`, Group: 'List Content Types' }));
  return collection(c, 'SP.ContentType', value);
});

export const contentTypeRoutes: Route[] = [sp('GET', `web/${LIST}/contenttypes`, READ, getContentTypes)];

/** A content type of a web (`web/contenttypes`): the standard ones of a site's root web, and those added to a web. */
export interface WebContentType {
  id: string;
  name: string;
  description: string;
  group: string;
  hidden?: boolean;
}

/** The root web's standard content types (a few of those every site has). */
const STANDARD: readonly WebContentType[] = [
  { id: '0x01', name: 'Item', description: 'Create a new list item.', group: 'List Content Types' },
  { id: '0x0101', name: 'Document', description: 'Create a new document.', group: 'Document Content Types' },
  { id: '0x0102', name: 'Event', description: 'Create a new meeting, deadline or other event.', group: 'List Content Types' },
  { id: '0x0104', name: 'Announcement', description: 'Create a new news item, status or other short piece of information.', group: 'List Content Types' },
  { id: '0x0120', name: 'Folder', description: 'Create a new folder.', group: 'Folder Content Types' },
];

const webTypes = new WeakMap<SharePointWeb, WebContentType[]>();

/** A web's own content types; a site's root web starts with the standard ones. */
export function webContentTypesOf(site: SharePointSite, web: SharePointWeb): WebContentType[] {
  let found = webTypes.get(web);
  if (!found) {
    found = web === site.rootWeb ? STANDARD.map((t) => ({ ...t })) : [];
    webTypes.set(web, found);
  }
  return found;
}

/** The content types a web can use: its own and those of the webs above it (the root web's included). */
function availableTypes(site: SharePointSite, web: SharePointWeb): WebContentType[] {
  const chain: SharePointWeb[] = [];
  const walk = (w: SharePointWeb): boolean => {
    chain.push(w);
    if (w === web) return true;
    if (w.webs.some(walk)) return true;
    chain.pop();
    return false;
  };
  walk(site.rootWeb);
  return chain.flatMap((w) => webContentTypesOf(site, w));
}

/**
 * The parent of a content type ID: its ID without the last step, which is two hex digits or `00` and a GUID's 32
 * (`0x0101` → `0x01`, `0x0100<guid>` → `0x01`); undefined when no available type has that ID.
 */
function parentOf(types: WebContentType[], id: string): WebContentType | undefined {
  const parentId = /^0x[0-9a-f]+00[0-9a-f]{32}$/i.test(id) ? id.slice(0, -34) : id.slice(0, -2);
  return parentId.length < 4 ? undefined : types.find((t) => t.id.toUpperCase() === parentId.toUpperCase());
}

function webContentTypeJson(c: SpContext, type: WebContentType, scope: string): Record<string, unknown> {
  const form = { Target: 0, TemplateName: 'ListForm', Url: '', ClientSideComponentId: '', ClientSideComponentProperties: '' };
  const forms = Object.fromEntries(['Display', 'Edit', 'New'].flatMap((f) => Object.entries(form).map(([k, v]) => [`${f}Form${k}`, v])));
  return {
    ClientFormCustomFormatter: '',
    Description: type.description,
    ...forms,
    NewFormClientSideComponentId: null,
    DocumentTemplate: '',
    DocumentTemplateUrl: '',
    Group: type.group,
    Hidden: type.hidden ?? false,
    Id: { StringValue: type.id },
    JSLink: '',
    MobileDisplayFormUrl: '',
    MobileEditFormUrl: '',
    MobileNewFormUrl: '',
    Name: type.name,
    ReadOnly: false,
    SchemaXml: `<ContentType ID="${type.id}" Name="${xmlAttr(type.name)}" Group="${xmlAttr(type.group)}" Description="${xmlAttr(type.description)}" Version="0"><Folder TargetName="_cts/${xmlAttr(type.name)}" /></ContentType>`,
    Scope: scope,
    Sealed: false,
    StringId: type.id,
    ...(expands(c, 'Parent') ? { Parent: parentJson(c, type) } : {}),
  };
}

function parentJson(c: SpContext, type: WebContentType): Record<string, unknown> | null {
  const parent = parentOf(availableTypes(c.site, c.web), type.id);
  return parent ? { StringId: parent.id, Name: parent.name, Group: parent.group, Id: { StringValue: parent.id }, Description: parent.description } : null;
}

function xmlAttr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

function expands(c: SpContext, name: string): boolean {
  return (c.request.query.get('$expand') ?? '').split(',').some((e) => e.trim().toLowerCase() === name.toLowerCase());
}

const TYPE = 'SP.ContentType';

/** `web/contenttypes`: the web's own content types, `$filter`ed and paged. */
const getWebContentTypes: SpHandler = (c) => {
  const test = filterOf(c.request.query.get('$filter'));
  if (!test) return unsupportedFilter(c.request);
  const scope = pathOf(c.web.Url) || '/';
  const all = webContentTypesOf(c.site, c.web).map((t) => webContentTypeJson(c, t, scope)).filter(test);
  const { page, next } = pageBySkip(c.request, all);
  return collection(c, TYPE, page, next);
};

const getWebContentType: SpHandler = (c) => {
  const id = unquote(c.params.id.slice(1, -1)).toUpperCase();
  const type = availableTypes(c.site, c.web).find((t) => t.id.toUpperCase() === id);
  // SharePoint answers a missing content type of a web with an empty object, not a 404.
  if (!type) return entity(c, TYPE, {});
  return entity(c, TYPE, webContentTypeJson(c, type, pathOf(c.web.Url) || '/'));
};

/** `POST web/contenttypes` with `{ Id: { StringValue }, Name, Description, Group }`: the parent must exist, IDs and names unique. */
const addWebContentType: SpHandler = (c) => {
  let body;
  try {
    body = jsonBody(c.request);
  } catch {
    return badJson(c.request);
  }
  const idValue = (body?.Id as { StringValue?: unknown } | undefined)?.StringValue;
  const id = typeof idValue === 'string' ? idValue.trim() : '';
  const name = typeof body?.Name === 'string' ? body.Name.trim() : '';
  const invalid = (message: string): EmulatorResponse => spError(c.request, 400, '-2147024809, System.ArgumentException', message);
  if (!/^0x[0-9a-f]{2,}$/i.test(id)) return invalid('The content type ID is not valid.');
  if (name === '') return invalid('The content type name cannot be empty.');
  const available = availableTypes(c.site, c.web);
  if (!parentOf(available, id)) return invalid('The parent content type of the specified content type identifier does not exist.');
  if (available.some((t) => t.id.toUpperCase() === id.toUpperCase())) return spError(c.request, 400, '-2146232832, Microsoft.SharePoint.SPException', 'A duplicate content type was found.');
  if (available.some((t) => t.name.toLowerCase() === name.toLowerCase())) {
    return spError(c.request, 400, '-2146232832, Microsoft.SharePoint.SPException', `A duplicate content type "${name}" was found.`);
  }
  const type: WebContentType = { id, name, description: typeof body?.Description === 'string' ? body.Description : '', group: typeof body?.Group === 'string' && body.Group !== '' ? body.Group : 'Custom Content Types' };
  webContentTypesOf(c.site, c.web).push(type);
  return entity(c, TYPE, webContentTypeJson(c, type, pathOf(c.web.Url) || '/'), 201);
};

export const webContentTypeRoutes: Route[] = [
  sp('GET', 'web/contenttypes', READ, getWebContentTypes),
  sp('GET', "web/contenttypes\\((?<id>'[^']*')\\)", READ, getWebContentType),
  sp('POST', 'web/contenttypes', MANAGE, addWebContentType),
];
