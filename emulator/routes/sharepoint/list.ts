/**
 * SharePoint lists of a web: `web/lists` (with `$filter` and `$select`, `RootFolder/ServerRelativeUrl` included), one
 * list by any of its three names (`LIST`), which the list's own nouns (items, fields, content types, folders) build on,
 * the web's default document library, and lists created, changed (MERGE), deleted and recycled.
 */
import { randomUUID } from 'node:crypto';
import type { EmulatorRequest, EmulatorResponse, Route } from '../../types.js';
import type { SpField } from './field.js';
import type { ListItem } from './listitem.js';
import { applySelect, badJson, collection, entity, filterOf, jsonBody, spError, unquote, unsupportedFilter, type SelectExpander } from './odata.js';
import { now, pathOf, READ, sp, type SpContext, type SpHandler } from './route.js';

export interface SharePointList {
  Id: string;
  Title: string;
  BaseTemplate: number;
  Hidden: boolean;
  /** The number of items (kept with `items`; a lazily seeded list knows it before its items exist). */
  ItemCount: number;
  RootFolderServerRelativeUrl: string;
  items: ListItem[];
  Description?: string;
  Created?: string;
  /** Settings written by list add / set (`EnableVersioning`, `OnQuickLaunch`…), shown over the defaults. */
  settings?: Record<string, unknown>;
  /** Its columns, created from the template and the seeded items on first use (see field.ts). */
  fields?: SpField[];
}

/** Creating, changing and deleting lists takes the Manage level (Sites.Manage.All, or a manage grant with Sites.Selected). */
export const MANAGE = ['Sites.Manage.All', 'Sites.FullControl.All', 'Sites.Selected'];

/** One of the three ways to name a list: getByTitle('…'), lists(guid'…'), GetList('<server-relative url>'). */
export const LIST =
  "(?:lists/getByTitle\\('(?<title>(?:[^']|'')*)'\\)|lists\\(guid'(?<listId>[0-9a-f-]{36})'\\)|GetList\\('(?<listUrl>(?:[^']|'')*)'\\))";

function findList(c: SpContext): SharePointList | EmulatorResponse {
  const lists = c.web.lists;
  const { title, listId, listUrl } = c.params;
  if (title !== undefined) {
    const wanted = unquote(title).toLowerCase();
    const found = lists.find((l) => l.Title.toLowerCase() === wanted);
    return found ?? spError(c.request, 404, '-1, System.ArgumentException', `List '${unquote(title)}' does not exist at site with URL '${c.web.Url}'.`);
  }
  if (listId !== undefined) {
    const found = lists.find((l) => l.Id.toLowerCase() === listId.toLowerCase());
    return found ?? spError(c.request, 404, '-1, System.ArgumentException', 'List does not exist.\n\nThe page you selected contains a list that does not exist.  It may have been deleted by another user.');
  }
  const wanted = unquote(listUrl).replace(/\/+$/, '').toLowerCase();
  const found = lists.find((l) => l.RootFolderServerRelativeUrl.toLowerCase() === wanted);
  return found ?? spError(c.request, 404, '-2147024894, System.IO.FileNotFoundException', 'File Not Found.');
}

/** A handler that needs the list of the path (a route with `LIST` in it); SharePoint's 404 when there is none. */
export function withList(handler: (c: SpContext, list: SharePointList) => EmulatorResponse): SpHandler {
  return (c) => {
    const list = findList(c);
    return 'Title' in list ? handler(c, list) : list;
  };
}

export function isLibrary(list: SharePointList): boolean {
  return [101, 109, 119, 330].includes(list.BaseTemplate);
}

export function entityTypeName(list: SharePointList): string {
  const leaf = list.RootFolderServerRelativeUrl.split('/').pop() ?? list.Title;
  const name = leaf.replace(/ /g, '_x0020_');
  return isLibrary(list) ? name : `${name}List`;
}

export function listJson(c: SpContext, list: SharePointList): Record<string, unknown> {
  return {
    AllowContentTypes: true,
    BaseTemplate: list.BaseTemplate,
    BaseType: isLibrary(list) ? 1 : 0,
    ContentTypesEnabled: isLibrary(list),
    Created: list.Created ?? '2024-01-15T09:30:00Z',
    Description: list.Description ?? '',
    DraftVersionVisibility: 0,
    EnableAttachments: !isLibrary(list),
    EnableFolderCreation: isLibrary(list),
    EnableMinorVersions: false,
    EnableModeration: false,
    EnableVersioning: true,
    EntityTypeName: entityTypeName(list),
    ForceCheckout: false,
    Hidden: list.Hidden,
    Id: list.Id,
    ItemCount: list.ItemCount,
    LastItemModifiedDate: '2024-01-15T09:30:00Z',
    ListExperienceOptions: 0,
    ListItemEntityTypeFullName: `SP.Data.${entityTypeName(list)}Item`,
    MajorVersionLimit: isLibrary(list) ? 500 : 50,
    OnQuickLaunch: true,
    ParentWebUrl: pathOf(c.web.Url) || '/',
    Title: list.Title,
    ...list.settings,
  };
}

/** A library's version policy (what `$expand=VersionPolicies` adds). */
function versionPolicies(list: SharePointList): Record<string, unknown> {
  return { DefaultExpireAfterDays: 0, DefaultTrimMode: 0, MajorVersionLimit: Number(list.settings?.MajorVersionLimit ?? 500) };
}

/**
 * `$select` on a list: `*` keeps everything; `RootFolder/ServerRelativeUrl` adds the expanded folder; `$expand` of
 * `VersionPolicies` (libraries only, as in SharePoint) and `RoleAssignments` adds them.
 */
function selectList(c: SpContext, list: SharePointList): Record<string, unknown> {
  const rootFolder: SelectExpander = (head, sub, selected) =>
    head.toLowerCase() === 'rootfolder'
      ? ['RootFolder', { ...(selected.RootFolder as object | undefined), [sub]: sub.toLowerCase() === 'serverrelativeurl' ? list.RootFolderServerRelativeUrl : null }]
      : undefined;
  const full = listJson(c, list);
  const expand = (c.request.query.get('$expand') ?? '').toLowerCase();
  if (expand.includes('versionpolicies') && isLibrary(list)) full.VersionPolicies = versionPolicies(list);
  return applySelect(full, c.request.query.get('$select') || null, rootFolder);
}

const getLists: SpHandler = (c) => {
  const test = filterOf(c.request.query.get('$filter'));
  if (!test) return unsupportedFilter(c.request);
  const lists = c.web.lists.filter((l) => test(listJson(c, l)));
  return collection(c, 'SP.List', lists.map((l) => selectList(c, l)));
};

const getList = withList((c, list) => entity(c, 'SP.List', selectList(c, list)));

const getDefaultLibrary: SpHandler = (c) => {
  const library = c.web.lists.find((l) => l.BaseTemplate === 101);
  return library ? entity(c, 'SP.List', selectList(c, library)) : spError(c.request, 404, '-2147024894, System.IO.FileNotFoundException', 'File Not Found.');
};

/** The method a POST stands for (`X-HTTP-Method: MERGE` / `DELETE`), or the request's own. */
export function methodOf(request: EmulatorRequest): string {
  const header = request.headers['x-http-method'];
  return (typeof header === 'string' ? header : request.method).toUpperCase();
}

/** The JSON body of a POST, or SharePoint's answer to a body that is not JSON. */
export function bodyOf(request: EmulatorRequest): { body: Record<string, unknown> } | { error: EmulatorResponse } {
  try {
    return { body: jsonBody(request) ?? {} };
  } catch {
    return { error: badJson(request) };
  }
}

/** The list template numbers SharePoint accepts when creating a list (the CLI's ListTemplateType). */
const TEMPLATES = new Set([100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 115, 117, 118, 119, 120, 140, 150, 1100]);

/** The URL name SharePoint gives a new list: its title without the characters a URL segment cannot hold. */
function urlNameOf(title: string): string {
  return title.replace(/[~"#%&*:<>?/\\{|}.\s]/g, '') || 'List';
}

function duplicateTitle(c: SpContext): EmulatorResponse {
  return spError(c.request, 500, '-2130575342, Microsoft.SharePoint.SPException', 'A list, survey, discussion board, or document library with the specified title already exists in this Web site.  Please choose another title.');
}

const addList: SpHandler = (c) => {
  const parsed = bodyOf(c.request);
  if ('error' in parsed) return parsed.error;
  const { Title: title, BaseTemplate: template = 100, Description: description, __metadata: _type, ...settings } = parsed.body;
  if (typeof title !== 'string' || title.trim() === '') return spError(c.request, 400, '-2147024809, System.ArgumentException', 'Value does not fall within the expected range.');
  if (typeof template !== 'number' || !TEMPLATES.has(template)) return spError(c.request, 500, '-2130575306, Microsoft.SharePoint.SPException', 'Invalid list template.');
  if (c.web.lists.some((l) => l.Title.toLowerCase() === title.toLowerCase())) return duplicateTitle(c);
  const webPath = pathOf(c.web.Url);
  const isLib = [101, 109, 119].includes(template);
  const list: SharePointList = {
    Id: randomUUID(),
    Title: title,
    BaseTemplate: template,
    Hidden: settings.Hidden === true,
    ItemCount: 0,
    RootFolderServerRelativeUrl: `${webPath}${isLib ? '' : '/Lists'}/${urlNameOf(title)}`,
    items: [],
    Description: typeof description === 'string' ? description : '',
    Created: now(),
    settings,
  };
  c.web.lists.push(list);
  return entity(c, 'SP.List', listJson(c, list), 201);
};

/** MERGE changes the settings (and the title); DELETE removes the list. */
const changeList = withList((c, list) => {
  const method = methodOf(c.request);
  if (method === 'DELETE') {
    c.web.lists.splice(c.web.lists.indexOf(list), 1);
    return { status: 200 };
  }
  if (method !== 'MERGE' && method !== 'PATCH') return spError(c.request, 400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', `The HTTP method '${method}' cannot be used on a list.`);
  const parsed = bodyOf(c.request);
  if ('error' in parsed) return parsed.error;
  const { Title: title, Description: description, __metadata: _type, ...settings } = parsed.body;
  if (typeof title === 'string' && title.toLowerCase() !== list.Title.toLowerCase() && c.web.lists.some((l) => l.Title.toLowerCase() === title.toLowerCase())) return duplicateTitle(c);
  if (typeof title === 'string') list.Title = title;
  if (typeof description === 'string') list.Description = description;
  if (typeof settings.Hidden === 'boolean') list.Hidden = settings.Hidden;
  list.settings = { ...list.settings, ...settings };
  return { status: 204 };
});

const deleteList = withList((c, list) => {
  c.web.lists.splice(c.web.lists.indexOf(list), 1);
  return { status: 200 };
});

/** Recycling answers the recycle bin item's ID. */
const recycleList = withList((c, list) => {
  c.web.lists.splice(c.web.lists.indexOf(list), 1);
  return entity(c, 'Edm.Guid', { value: randomUUID() });
});

export const listRoutes: Route[] = [
  sp('GET', 'web/lists', READ, getLists),
  sp('POST', 'web/lists', MANAGE, addList),
  sp('GET', `web/${LIST}`, READ, getList),
  sp('POST', `web/${LIST}`, MANAGE, changeList),
  sp('DELETE', `web/${LIST}`, MANAGE, deleteList),
  sp('POST', `web/${LIST}/recycle(?:\\(\\))?`, MANAGE, recycleList),
  sp('GET', 'web/DefaultDocumentLibrary', READ, getDefaultLibrary),
];
