/**
 * Folders of lists and libraries: a list's root folder, a folder by path or unique ID (with `$select`, e.g.
 * `Exists`), its subfolders (paged with `$skip`/`$top`), and new folders through `folders/addUsingPath`,
 * `AddSubFolderUsingPath` and `foldercoloring/createfolder` (a coloured folder). A folder is a list item with
 * `FSObjType` 1 (see file.ts); its parent must exist.
 */
import type { EmulatorResponse, Route } from '../../types.js';
import { seedGuid } from '../../seed-content.js';
import { addDocument, absolutePath, childrenOf, FOLDER_REF, listChildren, locate, pathOfPlace, Q, quoted, targetFolder, type Place } from './file.js';
import { bodyOf, LIST, withList } from './list.js';
import { selectItem } from './listitem.js';
import { applySelect, entity, spError, unquote } from './odata.js';
import { READ, sp, WRITE, type SpContext, type SpHandler } from './route.js';

/** The `SP.Folder` of a list's root folder or of a folder item. */
export function folderJson(place: Place): Record<string, unknown> {
  const path = pathOfPlace(place);
  const folder = place.item?.folder;
  const created = folder?.TimeCreated ?? place.list.Created ?? '2024-01-15T09:30:00Z';
  return {
    Exists: true,
    ExistsAllowThrowForPolicyFailures: true,
    IsWOPIEnabled: false,
    ItemCount: childrenOf(place).length,
    Name: path.split('/').pop(),
    ProgID: null,
    ServerRelativeUrl: path,
    TimeCreated: created,
    TimeLastModified: folder?.TimeLastModified ?? created,
    UniqueId: folder?.UniqueId ?? seedGuid(`folder:${place.list.Id}`),
    WelcomePage: '',
  };
}

/** `$expand=ListItemAllFields` adds a folder item's fields (a root folder has none). */
function withListItem(c: SpContext, place: Place, body: Record<string, unknown>): Record<string, unknown> {
  if (!/listitemallfields/i.test(c.request.query.get('$expand') ?? '')) return body;
  return { ...body, ListItemAllFields: place.item ? selectItem(place.list, place.item, null) : null };
}

const getFolder: SpHandler = (c) => {
  const place = targetFolder(c);
  // Asked only whether it exists, SharePoint answers a folder that is not there with Exists false instead of 404.
  if ('status' in place) return (c.request.query.get('$select') ?? '').trim().toLowerCase() === 'exists' && place.status === 404 ? entity(c, 'SP.Folder', { Exists: false }) : place;
  return entity(c, 'SP.Folder', applySelect(withListItem(c, place, folderJson(place)), c.request.query.get('$select') || null));
};

const getRootFolder = withList((c, list) => entity(c, 'SP.Folder', applySelect(folderJson({ list }), c.request.query.get('$select') || null)));

const getFolders: SpHandler = (c) => {
  const place = targetFolder(c);
  if ('status' in place) return place;
  const folders = childrenOf(place).filter((i) => i.folder !== undefined);
  return listChildren(c, folders, 'SP.Folder', (item) => withListItem(c, { list: place.list, item }, folderJson({ list: place.list, item })));
};

/** Creates `<parent>/<name>` (or answers the folder that is already there, as SharePoint does). */
function createFolder(c: SpContext, parent: Place, name: string, colorHex?: string): EmulatorResponse {
  if (name === '' || /[~"#%&*:<>?\\{|}]/.test(name) || name.startsWith('.') || name.endsWith('.')) {
    return spError(c.request, 400, '-2147024809, System.ArgumentException', `The folder name '${name}' contains characters that are not allowed.`);
  }
  const existing = locate(c.web, `${pathOfPlace(parent)}/${name}`);
  if (existing?.item?.file) return spError(c.request, 400, '-2130575257, Microsoft.SharePoint.SPException', `A file with the name ${pathOfPlace(existing)} already exists.`);
  const place = existing ?? { list: parent.list, item: addDocument(parent, name) };
  if (colorHex !== undefined && place.item?.folder) place.item.folder.ColorHex = colorHex;
  return entity(c, 'SP.Folder', folderJson(place));
}

/** The parent folder of a server-relative path, and the new folder's name; 404 when the parent does not exist. */
function parentOf(c: SpContext, rawPath: string): { parent: Place; name: string } | EmulatorResponse {
  const path = absolutePath(c.web, rawPath);
  const cut = path.lastIndexOf('/');
  const parent = locate(c.web, path.slice(0, cut));
  if (!parent || parent.item?.file) return spError(c.request, 404, '-2147024894, System.IO.FileNotFoundException', 'File Not Found.');
  return { parent, name: path.slice(cut + 1) };
}

const addUsingPath: SpHandler = (c) => {
  const target = parentOf(c, unquote(c.params.newFolder));
  return 'status' in target ? target : createFolder(c, target.parent, target.name);
};

const addSubFolder: SpHandler = (c) => {
  const parent = targetFolder(c);
  if ('status' in parent) return parent;
  return createFolder(c, parent, quoted(c.request, c.params.subName, c.params.subAlias) ?? '');
};

const createColoredFolder: SpHandler = (c) => {
  const parsed = bodyOf(c.request);
  if ('error' in parsed) return parsed.error;
  const info = parsed.body.coloringInformation as { ColorHex?: unknown } | undefined;
  const target = parentOf(c, unquote(c.params.newFolder));
  if ('status' in target) return target;
  return createFolder(c, target.parent, target.name, info?.ColorHex === undefined ? undefined : String(info.ColorHex));
};

export const folderRoutes: Route[] = [
  sp('GET', `web/${LIST}/rootFolder`, READ, getRootFolder),
  sp('GET', `web/${FOLDER_REF}`, READ, getFolder),
  sp('GET', `web/${FOLDER_REF}/Folders`, READ, getFolders),
  sp('POST', `web/folders/addUsingPath\\(decodedUrl='(?<newFolder>${Q})'\\)`, WRITE, addUsingPath),
  sp('POST', `web/${FOLDER_REF}/AddSubFolderUsingPath\\(DecodedUrl=(?:'(?<subName>${Q})'|@(?<subAlias>\\w+))\\)`, WRITE, addSubFolder),
  sp('POST', `foldercoloring/createfolder\\(DecodedUrl='(?<newFolder>${Q})',\\s*overwrite=(?:true|false)\\)`, WRITE, createColoredFolder),
];
