/**
 * SharePoint lists of a web: `web/lists` (with `$filter` and `$select`, `RootFolder/ServerRelativeUrl` included) and one
 * list by any of its three names (`LIST`), which the list's own nouns (items, content types, root folder) build on.
 */
import type { EmulatorResponse, Route } from '../../types.js';
import type { ListItem } from './listitem.js';
import { applySelect, collection, entity, filterOf, spError, unquote, unsupportedFilter, type SelectExpander } from './odata.js';
import { pathOf, READ, sp, type SpContext, type SpHandler } from './route.js';

export interface SharePointList {
  Id: string;
  Title: string;
  BaseTemplate: number;
  Hidden: boolean;
  ItemCount: number;
  RootFolderServerRelativeUrl: string;
  items: ListItem[];
}

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

function listJson(c: SpContext, list: SharePointList): Record<string, unknown> {
  return {
    AllowContentTypes: true,
    BaseTemplate: list.BaseTemplate,
    BaseType: isLibrary(list) ? 1 : 0,
    ContentTypesEnabled: isLibrary(list),
    Created: '2024-01-15T09:30:00Z',
    Description: '',
    EnableAttachments: !isLibrary(list),
    EnableFolderCreation: isLibrary(list),
    EnableVersioning: true,
    EntityTypeName: entityTypeName(list),
    Hidden: list.Hidden,
    Id: list.Id,
    ItemCount: list.items.length,
    LastItemModifiedDate: '2024-01-15T09:30:00Z',
    ListItemEntityTypeFullName: `SP.Data.${entityTypeName(list)}Item`,
    ParentWebUrl: pathOf(c.web.Url) || '/',
    Title: list.Title,
  };
}

/** `$select` on a list: `*` keeps everything; `RootFolder/ServerRelativeUrl` adds the expanded folder. */
function selectList(c: SpContext, list: SharePointList): Record<string, unknown> {
  const rootFolder: SelectExpander = (head, sub, selected) =>
    head.toLowerCase() === 'rootfolder'
      ? ['RootFolder', { ...(selected.RootFolder as object | undefined), [sub]: sub.toLowerCase() === 'serverrelativeurl' ? list.RootFolderServerRelativeUrl : null }]
      : undefined;
  return applySelect(listJson(c, list), c.request.query.get('$select'), rootFolder);
}

const getLists: SpHandler = (c) => {
  const test = filterOf(c.request.query.get('$filter'));
  if (!test) return unsupportedFilter(c.request);
  const lists = c.web.lists.filter((l) => test(listJson(c, l)));
  return collection(c, 'SP.List', lists.map((l) => selectList(c, l)));
};

const getList = withList((c, list) => entity(c, 'SP.List', selectList(c, list)));

export const listRoutes: Route[] = [
  sp('GET', 'web/lists', READ, getLists),
  sp('GET', `web/${LIST}`, READ, getList),
];
