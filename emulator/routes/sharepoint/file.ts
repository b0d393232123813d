/**
 * Files of document libraries: each is a list item holding its content (`StoredFile`), found by server-relative path,
 * by unique ID or by name in a folder. Read (properties, `$value`, its list item, its list), list a folder's files,
 * upload (`Files/Add`, and the chunked `StartUpload` / `ContinueUpload` / `FinishUpload` of large files), change its
 * list item, check out and in, approve and publish, delete and recycle, and copy or move through copy jobs
 * (`Site/CreateCopyJobs` + `Site/GetCopyJobProgress`). The `AppCatalog` library of an app catalog answers from the
 * catalog's apps (the CLI looks an app's ID up by file name there).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { EmulatorRequest, EmulatorResponse, Route, TenantState } from '../../types.js';
import { seedGuid } from '../../seed-content.js';
import type { CatalogApp } from './app.js';
import { contentTypesOf } from './contenttype.js';
import { bodyOf, listJson, methodOf, type SharePointList } from './list.js';
import { addItem, selectItem, touched, validateUpdate, type ListItem } from './listitem.js';
import { applySelect, collection, entity, filterOf, pageBySkip, spError, unquote, unsupportedFilter } from './odata.js';
import { now, pathOf, READ, siteOf, sp, webOf, WRITE, type SpContext, type SpHandler } from './route.js';
import type { SharePointWeb } from './web.js';

export interface StoredFile {
  UniqueId: string;
  content: Buffer;
  TimeCreated: string;
  TimeLastModified: string;
  MajorVersion: number;
  MinorVersion: number;
  /** 0: checked out; 2: not checked out. */
  CheckOutType: number;
  CheckInComment: string;
  /** 1: published; 2: draft (minor version); 255: checked out. */
  Level: number;
}

export interface StoredFolder {
  UniqueId: string;
  TimeCreated: string;
  TimeLastModified: string;
  /** The folder's colour (`foldercoloring/createfolder`). */
  ColorHex?: string;
}

/** Where a path lies: a list's root folder (no item), or a file or folder item of the list. */
export interface Place {
  readonly list: SharePointList;
  readonly item?: ListItem;
}

/** A quoted path or name from the URL: `'…'` inline, or `@alias` with `?@alias='…'` in the query (as the CLI sends). */
export const Q = "(?:[^']|'')*";
export const FOLDER_REF = `(?:GetFolderByServerRelativePath\\(DecodedUrl=(?:'(?<folderPath>${Q})'|@(?<folderAlias>\\w+))\\)|GetFolderByServerRelativeUrl\\('(?<folderUrl>${Q})'\\)|GetFolderById\\('(?<folderId>[0-9a-f-]{36})'\\))`;
export const FILE_REF = `(?:GetFileByServerRelativePath\\(DecodedUrl=(?:'(?<filePath>${Q})'|@(?<fileAlias>\\w+))\\)|GetFileByServerRelativeUrl\\('(?<fileUrl>${Q})'\\)|GetFileById\\((?:guid)?'(?<fileId>[0-9a-f-]{36})'\\)|${FOLDER_REF}/Files\\('(?<fileName>${Q})'\\))`;

/** The value of a quoted parameter, inline or through its alias. */
export function quoted(request: EmulatorRequest, inline: string | undefined, alias: string | undefined): string | undefined {
  if (inline !== undefined) return unquote(inline);
  if (alias === undefined) return undefined;
  const value = request.query.get(`@${alias}`) ?? '';
  return unquote(value.replace(/^'|'$/g, ''));
}

/** A path as SharePoint resolves it: server-relative, or relative to the web when it does not start with `/`. */
export function absolutePath(web: SharePointWeb, path: string): string {
  const clean = path.replace(/\/+$/, '');
  return clean.startsWith('/') ? clean : `${pathOf(web.Url)}/${clean}`;
}

function same(a: unknown, b: string): boolean {
  return typeof a === 'string' && a.toLowerCase() === b.toLowerCase();
}

/** The list root folder, file or folder at a server-relative path of the web. */
export function locate(web: SharePointWeb, path: string): Place | undefined {
  const wanted = path.replace(/\/+$/, '');
  for (const list of web.lists) {
    const root = list.RootFolderServerRelativeUrl;
    if (same(root, wanted)) return { list };
    if (!wanted.toLowerCase().startsWith(`${root.toLowerCase()}/`)) continue;
    const item = list.items.find((i) => same(i.FileRef, wanted));
    return item ? { list, item } : undefined;
  }
  return undefined;
}

/** A file or folder by its unique ID. */
function locateById(web: SharePointWeb, id: string): Place | undefined {
  for (const list of web.lists) {
    if (seedGuid(`folder:${list.Id}`) === id.toLowerCase()) return { list };
    const item = list.items.find((i) => i.file?.UniqueId === id.toLowerCase() || i.folder?.UniqueId === id.toLowerCase());
    if (item) return { list, item };
  }
  return undefined;
}

/** The server-relative path of a place. */
export function pathOfPlace(place: Place): string {
  return place.item ? String(place.item.FileRef) : place.list.RootFolderServerRelativeUrl;
}

/** The files and folders directly in a folder. */
export function childrenOf(place: Place): ListItem[] {
  const path = pathOfPlace(place).toLowerCase();
  return place.list.items.filter((i) => i.FileRef !== undefined && same(i.FileDirRef, path));
}

/** Adds a file or folder item in a folder. */
export function addDocument(place: Place, name: string, content?: Buffer, extra: Record<string, unknown> = {}): ListItem {
  const dir = pathOfPlace(place);
  const time = now();
  const doc = content
    ? { file: { UniqueId: randomUUID(), content, TimeCreated: time, TimeLastModified: time, MajorVersion: 1, MinorVersion: 0, CheckOutType: 2, CheckInComment: '', Level: 1 } }
    : { folder: { UniqueId: randomUUID(), TimeCreated: time, TimeLastModified: time } };
  const contentType = contentTypesOf(place.list).find((ct) => ct.Name === (content ? 'Document' : 'Folder'));
  return addItem(place.list, { ...extra, ...(contentType ? { ContentType: contentType.Name } : {}) }, {
    Title: null,
    FileLeafRef: name,
    FileRef: `${dir}/${name}`,
    FileDirRef: dir,
    FSObjType: content ? 0 : 1,
    ...doc,
  });
}

/** The `SP.File` of a file item. */
export function documentJson(item: ListItem, file: StoredFile): Record<string, unknown> {
  const tag = `{${file.UniqueId.toUpperCase()}},${file.MajorVersion * 512 + file.MinorVersion}`;
  return {
    CheckInComment: file.CheckInComment,
    CheckOutType: file.CheckOutType,
    ContentTag: `${tag},1`,
    CustomizedPageStatus: 0,
    ETag: `"${tag}"`,
    Exists: true,
    IrmEnabled: false,
    Length: String(file.content.length),
    Level: file.Level,
    LinkingUri: null,
    LinkingUrl: '',
    MajorVersion: file.MajorVersion,
    MinorVersion: file.MinorVersion,
    Name: item.FileLeafRef,
    ServerRelativeUrl: item.FileRef,
    TimeCreated: file.TimeCreated,
    TimeLastModified: file.TimeLastModified,
    Title: item.Title,
    UIVersion: file.MajorVersion * 512 + file.MinorVersion,
    UIVersionLabel: `${file.MajorVersion}.${file.MinorVersion}`,
    UniqueId: file.UniqueId,
  };
}

/** The `SP.File` of an app package in the `AppCatalog` library of the site at `siteUrl`. */
export function fileJson(siteUrl: string, app: CatalogApp, time: string): Record<string, unknown> {
  const file: StoredFile = { UniqueId: app.ID, content: app.content, TimeCreated: time, TimeLastModified: time, MajorVersion: 1, MinorVersion: 0, CheckOutType: 2, CheckInComment: '', Level: 1 };
  return documentJson({ Id: 0, Title: app.Title, FileLeafRef: app.FileName, FileRef: `${pathOf(siteUrl)}/AppCatalog/${app.FileName}` }, file);
}

function fileNotFound(c: SpContext, path?: string): EmulatorResponse {
  if (path !== undefined) return spError(c.request, 404, '-2130575338, Microsoft.SharePoint.SPException', `The file ${path} does not exist.`);
  return spError(c.request, 404, '-2147024894, System.IO.FileNotFoundException', 'File Not Found.');
}

/** The folder a request names (`GetFolderByServerRelativePath`, `…Url`, `GetFolderById`). */
export function targetFolder(c: SpContext): Place | EmulatorResponse {
  const { folderId } = c.params;
  if (folderId !== undefined) return locateById(c.web, folderId) ?? fileNotFound(c);
  const raw = quoted(c.request, c.params.folderPath ?? c.params.folderUrl, c.params.folderAlias) ?? '';
  const place = locate(c.web, absolutePath(c.web, raw));
  return place && place.item?.file === undefined ? place : fileNotFound(c);
}

interface FileTarget {
  readonly list: SharePointList;
  readonly item: ListItem;
  readonly file: StoredFile;
}

/** The file a request names; a name in a folder gets "The file … does not exist." like SharePoint. */
function targetFile(c: SpContext): FileTarget | EmulatorResponse {
  const { fileId, fileName } = c.params;
  let place: Place | undefined;
  let shownPath: string | undefined;
  if (fileId !== undefined) {
    place = locateById(c.web, fileId);
  } else if (fileName !== undefined) {
    const folder = targetFolder(c);
    if ('status' in folder) return folder;
    shownPath = `${pathOfPlace(folder)}/${unquote(fileName)}`;
    place = locate(c.web, shownPath);
  } else {
    place = locate(c.web, absolutePath(c.web, quoted(c.request, c.params.filePath ?? c.params.fileUrl, c.params.fileAlias) ?? ''));
  }
  const item = place?.item;
  return place && item?.file ? { list: place.list, item, file: item.file } : fileNotFound(c, shownPath);
}

/** A handler for a file of the path, or SharePoint's 404 (an app catalog's `AppCatalog` library answers from the catalog). */
export function withFile(handler: (c: SpContext, target: FileTarget) => EmulatorResponse): SpHandler {
  return (c) => {
    const catalog = catalogFile(c);
    if (catalog) return catalog;
    const target = targetFile(c);
    return 'status' in target ? target : handler(c, target);
  };
}

/** `$expand=ListItemAllFields` (and `ListItemAllFields/<field>`) adds the file's list item. */
function withListItem(c: SpContext, target: FileTarget, body: Record<string, unknown>): Record<string, unknown> {
  const expand = c.request.query.get('$expand') ?? '';
  if (!/listitemallfields/i.test(expand)) return body;
  return { ...body, ListItemAllFields: selectItem(target.list, target.item, null) };
}

const getFile = withFile((c, target) => entity(c, 'SP.File', applySelect(withListItem(c, target, documentJson(target.item, target.file)), c.request.query.get('$select') || null)));

const getContent = withFile((_c, { file }) => ({ status: 200, headers: { 'content-type': 'application/octet-stream' }, body: file.content }));

const getServerRelativePath = withFile((c, { item }) => entity(c, 'SP.ResourcePath', { DecodedUrl: item.FileRef }));

const getListItem = withFile((c, { list, item }) => entity(c, 'SP.ListItem', selectItem(list, item, c.request.query.get('$select') || null)));

const getParentList = withFile((c, { list }) => entity(c, 'SP.List', applySelect(listJson(c, list), c.request.query.get('$select') || c.request.query.get('$Select') || null)));

/** Files and folders page 5,000 at a time by default (the CLI asks `$skip` / `$top` itself). */
export function listChildren(c: SpContext, children: ListItem[], type: string, toJson: (item: ListItem) => Record<string, unknown>): EmulatorResponse {
  const test = filterOf(c.request.query.get('$filter'));
  if (!test) return unsupportedFilter(c.request);
  const matching = children.map(toJson).filter(test);
  const { page, next } = pageBySkip(c.request, matching);
  const select = c.request.query.get('$select') || null;
  return collection(c, type, page.map((f) => applySelect(f, select)), next);
}

const getFiles: SpHandler = (c) => {
  const folder = targetFolder(c);
  if ('status' in folder) return folder;
  const files = childrenOf(folder).filter((i) => i.file !== undefined);
  return listChildren(c, files, 'SP.File', (item) => withListItem(c, { list: folder.list, item, file: item.file as StoredFile }, documentJson(item, item.file as StoredFile)));
};

/** Removes a file or folder item (and, for a folder, everything under it). */
export function removeDocument(list: SharePointList, item: ListItem): void {
  const path = `${String(item.FileRef).toLowerCase()}/`;
  list.items = list.items.filter((i) => i !== item && !String(i.FileRef ?? '').toLowerCase().startsWith(path));
  touched(list);
}

const deleteFile = withFile((c, { list, item }) => {
  if (methodOf(c.request) !== 'DELETE') return spError(c.request, 400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', 'Use X-HTTP-Method: DELETE to delete a file.');
  removeDocument(list, item);
  return { status: 200 };
});

const recycleFile = withFile((c, { list, item }) => {
  removeDocument(list, item);
  return entity(c, 'Edm.Guid', { value: randomUUID() });
});

function alreadyExists(c: SpContext, path: string): EmulatorResponse {
  return spError(c.request, 400, '-2130575257, Microsoft.SharePoint.SPException', `A file with the name ${path} already exists. It was last modified by SHAREPOINT\\system on ${now()}.`);
}

/** Writes content to `<folder>/<name>`: a new file, or a new version of the existing one. */
function storeFile(folder: Place, name: string, content: Buffer): ListItem {
  const existing = locateIn(folder, name);
  if (existing?.file) {
    const file = existing.file;
    Object.assign(file, { content, TimeLastModified: now(), MajorVersion: file.MajorVersion + 1, MinorVersion: 0, Level: file.CheckOutType === 0 ? 255 : 1 });
    return existing;
  }
  return addDocument(folder, name, content);
}

function locateIn(folder: Place, name: string): ListItem | undefined {
  const path = `${pathOfPlace(folder)}/${name}`;
  return folder.list.items.find((i) => same(i.FileRef, path));
}

const addFile: SpHandler = (c) => {
  const folder = targetFolder(c);
  if ('status' in folder) return folder;
  const name = unquote(c.params.addName);
  const existing = locateIn(folder, name);
  if (existing && c.params.overwrite.toLowerCase() !== 'true') return alreadyExists(c, String(existing.FileRef));
  if (existing?.folder) return alreadyExists(c, String(existing.FileRef));
  const item = storeFile(folder, name, c.request.body);
  return entity(c, 'SP.File', documentJson(item, item.file as StoredFile));
};

interface UploadSession {
  readonly folder: Place;
  readonly name: string;
  readonly chunks: Buffer[];
  size: number;
}

const uploads = new WeakMap<TenantState, Map<string, UploadSession>>();

function sessionsOf(state: TenantState): Map<string, UploadSession> {
  let sessions = uploads.get(state);
  if (!sessions) uploads.set(state, (sessions = new Map()));
  return sessions;
}

/** `Files/GetByPathOrAddStub(DecodedUrl='<name>')/StartUpload(uploadId=guid'…')`: opens a session (the body is the first chunk). */
const startUpload: SpHandler = (c) => {
  const folder = targetFolder(c);
  if ('status' in folder) return folder;
  const session: UploadSession = { folder, name: unquote(c.params.stubName), chunks: [], size: 0 };
  if (c.request.body.length > 0) session.chunks.push(c.request.body);
  session.size = c.request.body.length;
  sessionsOf(c.state).set(c.params.uploadId.toLowerCase(), session);
  return entity(c, 'Edm.Int64', { value: String(session.size) });
};

/** The session of `uploadId` for the file the path names, with the chunk appended at the expected offset. */
function appendChunk(c: SpContext): UploadSession | EmulatorResponse {
  const session = sessionsOf(c.state).get(c.params.uploadId.toLowerCase());
  const folder = targetFolder(c);
  if ('status' in folder) return folder;
  if (!session || !same(`${pathOfPlace(session.folder)}/${session.name}`, `${pathOfPlace(folder)}/${unquote(c.params.fileName ?? '')}`)) {
    return spError(c.request, 404, '-2147024809, System.ArgumentException', 'The upload session was not found. Start the upload first.');
  }
  if (Number(c.params.offset) !== session.size) {
    return spError(c.request, 400, '-2147024809, System.ArgumentException', `The file offset ${c.params.offset} does not match the uploaded size ${session.size}.`);
  }
  session.chunks.push(c.request.body);
  session.size += c.request.body.length;
  return session;
}

const continueUpload: SpHandler = (c) => {
  const session = appendChunk(c);
  return 'status' in session ? session : entity(c, 'Edm.Int64', { value: String(session.size) });
};

const finishUpload: SpHandler = (c) => {
  const session = appendChunk(c);
  if ('status' in session) return session;
  sessionsOf(c.state).delete(c.params.uploadId.toLowerCase());
  const item = storeFile(session.folder, session.name, Buffer.concat(session.chunks));
  return entity(c, 'SP.File', documentJson(item, item.file as StoredFile));
};

const cancelUpload: SpHandler = (c) => {
  sessionsOf(c.state).delete(c.params.uploadId.toLowerCase());
  return { status: 200 };
};

const updateFileItem = withFile((c, { list, item }) => validateUpdate(c, list, item));

const checkOut = withFile((c, { file }) => {
  if (file.CheckOutType === 0) return spError(c.request, 400, '-2130575306, Microsoft.SharePoint.SPFileCheckOutException', 'The file is already checked out.');
  Object.assign(file, { CheckOutType: 0, Level: 255 });
  return { status: 200 };
});

const undoCheckOut = withFile((_c, { file }) => {
  Object.assign(file, { CheckOutType: 2, Level: file.MinorVersion > 0 ? 2 : 1 });
  return { status: 200 };
});

/** `CheckIn(comment, checkintype)`: 0 minor, 1 major (publishes), 2 overwrite; the values may come as `@a1`/`@a2` aliases. */
const checkIn = withFile((c, { file }) => {
  const comment = quoted(c.request, c.params.comment, c.params.commentAlias) ?? '';
  const type = Number(c.params.checkinType ?? quoted(c.request, undefined, c.params.typeAlias) ?? 0);
  if (type === 1) Object.assign(file, { MajorVersion: file.MajorVersion + 1, MinorVersion: 0, Level: 1 });
  else if (type === 0) Object.assign(file, { MinorVersion: file.MinorVersion + 1, Level: 2 });
  else file.Level = file.MinorVersion > 0 ? 2 : 1;
  Object.assign(file, { CheckOutType: 2, CheckInComment: comment, TimeLastModified: now() });
  return { status: 200 };
});

/** Publishing (and approving) checks the file in and makes the current draft the next major version. */
const publish = withFile((c, { file }) => {
  if (file.Level !== 1 || file.MinorVersion > 0) Object.assign(file, { MajorVersion: file.MajorVersion + 1, MinorVersion: 0 });
  Object.assign(file, { Level: 1, CheckOutType: 2, CheckInComment: quoted(c.request, c.params.publishComment, undefined) ?? file.CheckInComment, TimeLastModified: now() });
  return { status: 200 };
});

const setCommentsDisabled = withFile((c, { item }) => {
  item.CommentsDisabled = c.params.disabled.toLowerCase() === 'true';
  return { status: 200 };
});

/** `…/AppCatalog/files('<name>')` of the tenant's or a site collection's app catalog, from the catalog's apps. */
function catalogFile(c: SpContext): EmulatorResponse | undefined {
  if (c.params.fileName === undefined) return undefined;
  const folder = (quoted(c.request, c.params.folderPath ?? c.params.folderUrl, c.params.folderAlias) ?? '').replace(/^\/+|\/+$/g, '').toLowerCase();
  const sitePath = pathOf(c.site.Url).replace(/^\/+/, '').toLowerCase();
  if (folder !== 'appcatalog' && folder !== `${sitePath}/appcatalog`) return undefined;
  const isTenantCatalog = c.site.Url.toLowerCase() === c.state.tenantAppCatalogUrl.toLowerCase();
  const catalog = isTenantCatalog ? c.state.tenantAppCatalog : c.site.appCatalog;
  const name = unquote(c.params.fileName);
  const app = catalog?.find((a) => a.FileName.toLowerCase() === name.toLowerCase());
  if (!app) return fileNotFound(c, `${pathOf(c.site.Url)}/${quoted(c.request, c.params.folderPath ?? c.params.folderUrl, c.params.folderAlias) ?? ''}/${name}`);
  return entity(c, 'SP.File', applySelect(fileJson(c.site.Url, app, '2024-01-15T09:30:00Z'), c.request.query.get('$select') || null));
}

interface CopyJob {
  readonly logs: string[];
}

const copyJobs = new WeakMap<TenantState, Map<string, CopyJob>>();

function jobsOf(state: TenantState): Map<string, CopyJob> {
  let jobs = copyJobs.get(state);
  if (!jobs) copyJobs.set(state, (jobs = new Map()));
  return jobs;
}

/** The web and place of an absolute URL of the tenant. */
function placeOfUrl(state: TenantState, url: string): { web: SharePointWeb; place?: Place } | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const key = `${parsed.origin}${decodeURIComponent(parsed.pathname)}`.toLowerCase().replace(/\/+$/, '');
  const site = siteOf(state, key);
  if (!site) return undefined;
  const web = webOf(site.rootWeb, key);
  return { web, place: locate(web, decodeURIComponent(parsed.pathname)) };
}

/** `name.ext` → `name 1.ext` (what SharePoint does with `rename`). */
function renamed(folder: Place, name: string): string {
  const dot = name.lastIndexOf('.');
  const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  for (let n = 1; ; n++) if (!locateIn(folder, `${stem} ${n}${ext}`)) return `${stem} ${n}${ext}`;
}

/** Runs a copy or move at once and keeps its log for `GetCopyJobProgress` (the job is done when first asked). */
function runCopyJob(state: TenantState, source: string, destination: string, options: Record<string, unknown>, jobId: string): string[] {
  const log = (event: Record<string, unknown>): string => JSON.stringify({ Event: event.Event, JobId: jobId, Time: now(), ...event });
  const failed = (message: string): string[] => [log({ Event: 'JobStart' }), log({ Event: 'JobError', Message: message }), log({ Event: 'JobEnd' })];
  const from = placeOfUrl(state, source);
  const to = placeOfUrl(state, destination);
  const sourceItem = from?.place?.item;
  if (!sourceItem?.file || !from?.place) return failed(`The source file ${source} does not exist.`);
  if (!to?.place || to.place.item?.file) return failed(`The destination folder ${destination} does not exist.`);
  const customName = Array.isArray(options.CustomizedItemName) ? String(options.CustomizedItemName[0]) : undefined;
  let name = customName ?? String(sourceItem.FileLeafRef);
  const conflict = locateIn(to.place, name);
  if (conflict && options.NameConflictBehavior === 2) name = renamed(to.place, name);
  else if (conflict && options.NameConflictBehavior !== 1) return failed(`A file or folder with the name ${String(conflict.FileRef)} already exists.`);
  const target = storeFile(to.place, name, Buffer.from(sourceItem.file.content));
  if (options.IsMoveMode === true) removeDocument(from.place.list, sourceItem);
  const file = target.file as StoredFile;
  const webPath = pathOf(to.web.Url);
  return [
    log({ Event: 'JobStart' }),
    log({
      Event: 'JobFinishedObjectInfo', SourceObjectFullUrl: source, TargetServerUrl: new URL(to.web.Url).origin, TargetWebId: to.web.Id, TargetListId: to.place.list.Id,
      TargetObjectUniqueId: file.UniqueId, TargetObjectSiteRelativeUrl: String(target.FileRef).slice(webPath.length + 1),
    }),
    log({ Event: 'JobEnd', TotalRetryCount: 0, MigrationType: options.IsMoveMode === true ? 'Move' : 'Copy' }),
  ];
}

const createCopyJobs: SpHandler = (c) => {
  const parsed = bodyOf(c.request);
  if ('error' in parsed) return parsed.error;
  const { destinationUri, exportObjectUris, options } = parsed.body as { destinationUri?: string; exportObjectUris?: string[]; options?: Record<string, unknown> };
  if (typeof destinationUri !== 'string' || !Array.isArray(exportObjectUris) || exportObjectUris.length === 0) {
    return spError(c.request, 400, '-2147024809, System.ArgumentException', 'Value does not fall within the expected range.');
  }
  const value = exportObjectUris.map((source) => {
    const jobId = randomUUID();
    jobsOf(c.state).set(jobId, { logs: runCopyJob(c.state, source, destinationUri, options ?? {}, jobId) });
    return { EncryptionKey: randomBytes(32).toString('base64'), JobId: jobId, JobQueueUri: `https://emulated-queue.queue.core.windows.net/copyjobs?jobId=${jobId}`, SourceListItemUniqueIds: [] };
  });
  return collection(c, 'SP.CopyMigrationInfo', value);
};

const getCopyJobProgress: SpHandler = (c) => {
  const parsed = bodyOf(c.request);
  if ('error' in parsed) return parsed.error;
  const info = parsed.body.copyJobInfo as { JobId?: string } | undefined;
  const job = info?.JobId === undefined ? undefined : jobsOf(c.state).get(info.JobId);
  if (!job) return spError(c.request, 404, '-2147024809, System.ArgumentException', 'The copy job was not found.');
  const logs = job.logs.splice(0);
  return entity(c, 'SP.CopyJobProgress', { JobState: 0, Logs: logs });
};

const FILE_NAME = (group: string): string => `'(?<${group}>${Q})'`;
const UPLOAD_ID = "uploadId=guid'(?<uploadId>[0-9a-f-]{36})'";

export const fileRoutes: Route[] = [
  sp('GET', `web/${FILE_REF}`, READ, getFile),
  sp('GET', `web/${FILE_REF}/\\$value`, READ, getContent),
  sp('GET', `web/${FILE_REF}/ServerRelativePath`, READ, getServerRelativePath),
  sp('GET', `web/${FILE_REF}/ListItemAllFields`, READ, getListItem),
  sp('GET', `web/${FILE_REF}/ListItemAllFields/ParentList`, READ, getParentList),
  sp('GET', `web/${FOLDER_REF}/Files`, READ, getFiles),
  sp('POST', `web/${FILE_REF}`, WRITE, deleteFile),
  sp('DELETE', `web/${FILE_REF}`, WRITE, deleteFile),
  sp('POST', `web/${FILE_REF}/recycle(?:\\(\\))?`, WRITE, recycleFile),
  sp('POST', `web/${FOLDER_REF}/Files/Add\\(url=${FILE_NAME('addName')},\\s*overwrite=(?<overwrite>true|false)\\)`, WRITE, addFile),
  sp('POST', `web/${FOLDER_REF}/Files/GetByPathOrAddStub\\(DecodedUrl=${FILE_NAME('stubName')}\\)/StartUpload\\(${UPLOAD_ID}\\)`, WRITE, startUpload),
  sp('POST', `web/${FOLDER_REF}/Files\\(${FILE_NAME('fileName')}\\)/ContinueUpload\\(${UPLOAD_ID},\\s*fileOffset=(?<offset>\\d+)\\)`, WRITE, continueUpload),
  sp('POST', `web/${FOLDER_REF}/Files\\(${FILE_NAME('fileName')}\\)/FinishUpload\\(${UPLOAD_ID},\\s*fileOffset=(?<offset>\\d+)\\)`, WRITE, finishUpload),
  sp('POST', `web/${FOLDER_REF}/Files\\(${FILE_NAME('fileName')}\\)/cancelupload\\(${UPLOAD_ID}\\)`, WRITE, cancelUpload),
  sp('POST', `web/${FILE_REF}/ListItemAllFields/ValidateUpdateListItem\\(\\)`, WRITE, updateFileItem),
  sp('POST', `web/${FILE_REF}/ListItemAllFields/SetCommentsDisabled\\((?<disabled>true|false)\\)`, WRITE, setCommentsDisabled),
  sp('POST', `web/${FILE_REF}/CheckOut\\(\\)`, WRITE, checkOut),
  sp('POST', `web/${FILE_REF}/UndoCheckOut\\(\\)`, WRITE, undoCheckOut),
  sp('POST', `web/${FILE_REF}/CheckIn\\(comment=(?:'(?<comment>${Q})'|@(?<commentAlias>\\w+)),\\s*checkintype=(?:(?<checkinType>\\d)|@(?<typeAlias>\\w+))\\)`, WRITE, checkIn),
  sp('POST', `web/${FILE_REF}/(?:approve|publish)(?:\\(comment='(?<publishComment>${Q})'\\)|\\(\\))`, WRITE, publish),
  sp('POST', 'site/CreateCopyJobs', WRITE, createCopyJobs),
  sp('POST', 'site/GetCopyJobProgress', READ, getCopyJobProgress),
];

/** Gives a seeded file or folder stable IDs and the seed's date, so that every run of the seed is the same. */
export function fixSeeded(item: ListItem, file: Partial<StoredFile> = {}): void {
  const time = '2024-01-15T09:30:00Z';
  const id = seedGuid(`document:${String(item.FileRef)}`);
  Object.assign(item, { GUID: seedGuid(`item:${String(item.FileRef)}`), Created: time, Modified: time });
  if (item.file) Object.assign(item.file, { UniqueId: id, TimeCreated: time, TimeLastModified: time, ...file });
  if (item.folder) Object.assign(item.folder, { UniqueId: id, TimeCreated: time, TimeLastModified: time });
}

/** A few documents and folders in the Operations site's library, for the file and folder commands to find. */
export function seedDocuments(state: TenantState): void {
  const library = state.sites.find((s) => pathOf(s.Url) === '/sites/ops')?.rootWeb.lists.find((l) => l.Title === 'Documents');
  if (!library) return;
  const root: Place = { list: library };
  const add = (place: Place, name: string, content?: string): ListItem => {
    const item = addDocument(place, name, content === undefined ? undefined : Buffer.from(content));
    fixSeeded(item);
    return item;
  };
  add(root, 'Runbook.md', '# Runbook\n\nRestart the service, then check the dashboard.\n');
  add(root, 'Architecture.txt', 'Web front end -> API -> queue -> workers\n');
  const reports: Place = { list: library, item: add(root, 'Reports') };
  add(reports, 'Q1 summary.csv', 'quarter,incidents\nQ1,3\n');
  const archive: Place = { list: library, item: add(reports, '2023') };
  add(archive, 'Q4 summary.csv', 'quarter,incidents\nQ4,5\n');
}
