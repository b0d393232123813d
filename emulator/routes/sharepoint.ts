/**
 * SharePoint REST as the catalogue (and the CLI for Microsoft 365) uses it: `web`, `site`, `SP_TenantSettings_Current`,
 * lists and list items, and the tenant / site collection app catalogs (Add, AvailableApps, GetById, deploy, retract,
 * install, uninstall, remove) with state. The site of a request is the longest site URL of the tenant that prefixes its
 * path. Responses honour `odata=verbose` (`{ d: … }`), `odata=nometadata` / `odata.metadata=none` (plain objects) and
 * default to minimal metadata (plain objects plus `odata.metadata`). Errors have SharePoint's `odata.error` shape.
 */
import { randomUUID } from 'node:crypto';
import { seedGuid } from '../seed-content.js';
import type {
  CatalogApp,
  EmulatorRequest,
  EmulatorResponse,
  ListItem,
  Route,
  SharePointList,
  SharePointSite,
  TenantState,
} from '../types.js';

const READ = ['Sites.Read.All', 'Sites.ReadWrite.All', 'Sites.Manage.All', 'Sites.FullControl.All'];
const WRITE = ['Sites.ReadWrite.All', 'Sites.Manage.All', 'Sites.FullControl.All'];
const FULL = ['Sites.FullControl.All'];
/** The app principal SharePoint shows as author of app-only changes. */
const APP_PRINCIPAL_ID = 1073741822;

type Format = 'verbose' | 'nometadata' | 'minimal';

/** What a handler gets: the request, its site, the path parameters and the tenant. */
interface SpContext {
  request: EmulatorRequest;
  site: SharePointSite;
  params: Record<string, string>;
  state: TenantState;
}

type SpHandler = (c: SpContext) => EmulatorResponse;

function formatOf(request: EmulatorRequest): Format {
  const accept = String(request.headers.accept ?? '').toLowerCase();
  if (accept.includes('odata=verbose')) return 'verbose';
  if (accept.includes('odata=nometadata') || accept.includes('odata.metadata=none')) return 'nometadata';
  return 'minimal';
}

function contentType(format: Format): string {
  return `application/json;odata=${format === 'minimal' ? 'minimalmetadata' : format};streaming=true;charset=utf-8`;
}

/** SharePoint's error body, in the shape the caller asked for. */
export function spError(request: EmulatorRequest, status: number, code: string, message: string): EmulatorResponse {
  const error = { code, message: { lang: 'en-US', value: message } };
  const format = formatOf(request);
  return { status, headers: { 'content-type': contentType(format) }, body: format === 'verbose' ? { error } : { 'odata.error': error } };
}

function entity(c: SpContext, type: string, body: Record<string, unknown>, status = 200): EmulatorResponse {
  const format = formatOf(c.request);
  const headers = { 'content-type': contentType(format) };
  if (format === 'verbose') return { status, headers, body: { d: { __metadata: { type }, ...body } } };
  if (format === 'minimal') return { status, headers, body: { 'odata.metadata': `${c.site.Url}/_api/$metadata#${type}`, ...body } };
  return { status, headers, body };
}

function collection(c: SpContext, type: string, items: Record<string, unknown>[], next?: string): EmulatorResponse {
  const format = formatOf(c.request);
  const headers = { 'content-type': contentType(format) };
  if (format === 'verbose') {
    const results = items.map((i) => ({ __metadata: { type }, ...i }));
    return { status: 200, headers, body: { d: next ? { results, __next: next } : { results } } };
  }
  const v4 = String(c.request.headers.accept ?? '').includes('odata.metadata=');
  const body: Record<string, unknown> = format === 'minimal' ? { 'odata.metadata': `${c.site.Url}/_api/$metadata#${type}` } : {};
  body.value = items;
  if (next) body[v4 ? '@odata.nextLink' : 'odata.nextLink'] = next;
  return { status: 200, headers, body };
}

/** The site collection whose URL is the longest prefix of the request's web path. */
function siteOf(state: TenantState, host: string, webPath: string): SharePointSite | undefined {
  const url = `https://${host}${webPath}`.toLowerCase().replace(/\/+$/, '');
  return state.sites
    .filter((s) => url === s.Url.toLowerCase() || url.startsWith(`${s.Url.toLowerCase()}/`))
    .sort((a, b) => b.Url.length - a.Url.length)[0];
}

/** A route under `<web>/_api/`; the handler gets the resolved site (404 when there is none). */
function sp(method: string, rest: string, roles: readonly string[], handler: SpHandler): Route {
  return {
    method,
    host: 'sharepoint',
    path: new RegExp(`^(?<web>(?:/[^/]+)*?)/_api/${rest}/?$`, 'i'),
    roles,
    handler: (request, params, state) => {
      const site = siteOf(state, request.host, params.web ?? '');
      if (!site) return spError(request, 404, '-2147024894, System.IO.FileNotFoundException', 'File Not Found.');
      return handler({ request, site, params, state });
    },
  };
}

/** The body of a POST as JSON (undefined when empty); throws on bad JSON. */
function jsonBody(request: EmulatorRequest): Record<string, unknown> | undefined {
  const text = request.body.toString('utf8').trim();
  return text === '' ? undefined : (JSON.parse(text) as Record<string, unknown>);
}

function unquote(value: string | undefined): string {
  return (value ?? '').replace(/''/g, "'");
}

/** The server-relative path of a URL without trailing slash ('' for the root site). */
function pathOf(url: string): string {
  return new URL(url).pathname.replace(/\/+$/, '');
}

function now(): string {
  return new Date().toISOString().replace(/\.\d+Z$/, 'Z');
}

// ---- web, site, tenant settings ------------------------------------------------------------------------------------

function webJson(site: SharePointSite): Record<string, unknown> {
  const web = site.rootWeb;
  return {
    AllowRssFeeds: true,
    AlternateCssUrl: '',
    AppInstanceId: '00000000-0000-0000-0000-000000000000',
    ClassicWelcomePage: null,
    Configuration: 0,
    Created: '2024-01-15T09:30:00',
    CustomMasterUrl: `${pathOf(web.Url)}/_catalogs/masterpage/seattle.master`,
    Description: web.Description,
    EnableMinimalDownload: false,
    HorizontalQuickLaunch: false,
    Id: web.Id,
    IsMultilingual: true,
    Language: web.Language,
    LastItemModifiedDate: '2024-01-15T09:30:00Z',
    LastItemUserModifiedDate: '2024-01-15T09:30:00Z',
    MasterUrl: `${pathOf(web.Url)}/_catalogs/masterpage/seattle.master`,
    NoCrawl: false,
    QuickLaunchEnabled: true,
    RecycleBinEnabled: true,
    ServerRelativeUrl: pathOf(web.Url) || '/',
    SiteLogoUrl: null,
    SyndicationEnabled: true,
    Title: web.Title,
    TreeViewEnabled: false,
    UIVersion: 15,
    UIVersionConfigurationEnabled: false,
    Url: web.Url,
    WebTemplate: web.WebTemplate,
    WelcomePage: 'SitePages/Home.aspx',
  };
}

function spGroup(site: SharePointSite, id: number, role: string): Record<string, unknown> {
  const title = `${site.rootWeb.Title} ${role}`;
  return { Id: id, IsHiddenInUI: false, LoginName: title, Title: title, PrincipalType: 8, AllowMembersEditMembership: role !== 'Visitors', Description: null, OwnerTitle: `${site.rootWeb.Title} Owners` };
}

const getWeb: SpHandler = (c) => {
  const body = webJson(c.site);
  const expand = (c.request.query.get('$expand') ?? '').toLowerCase();
  if (expand.includes('associatedownergroup')) body.AssociatedOwnerGroup = spGroup(c.site, 3, 'Owners');
  if (expand.includes('associatedmembergroup')) body.AssociatedMemberGroup = spGroup(c.site, 5, 'Members');
  if (expand.includes('associatedvisitorgroup')) body.AssociatedVisitorGroup = spGroup(c.site, 4, 'Visitors');
  return entity(c, 'SP.Web', body);
};

const getSite: SpHandler = (c) =>
  entity(c, 'SP.Site', {
    AllowDesigner: true,
    AllowExternalEmbeddingWrapper: 1,
    Classification: '',
    CompatibilityLevel: 15,
    Id: c.site.Id,
    GroupId: c.site.rootWeb.WebTemplate === 'GROUP' ? seedGuid(`m365group:${c.site.Url}`) : '00000000-0000-0000-0000-000000000000',
    HubSiteId: '00000000-0000-0000-0000-000000000000',
    IsHubSite: false,
    LockIssue: null,
    MaxItemsPerThrottledOperation: 5000,
    ReadOnly: false,
    RelatedGroupId: '00000000-0000-0000-0000-000000000000',
    SensitivityLabelId: null,
    ServerRelativeUrl: pathOf(c.site.Url) || '/',
    ShareByEmailEnabled: false,
    StatusBarText: null,
    Url: c.site.Url,
  });

const getTenantSettings: SpHandler = (c) =>
  entity(c, 'SP.TenantSettings', { CorporateCatalogUrl: c.state.tenantAppCatalogUrl || null });

// ---- lists ---------------------------------------------------------------------------------------------------------

/** One of the three ways to name a list: getByTitle('…'), lists(guid'…'), GetList('<server-relative url>'). */
const LIST =
  "(?:lists/getByTitle\\('(?<title>(?:[^']|'')*)'\\)|lists\\(guid'(?<listId>[0-9a-f-]{36})'\\)|GetList\\('(?<listUrl>(?:[^']|'')*)'\\))";

function findList(c: SpContext): SharePointList | EmulatorResponse {
  const lists = c.site.rootWeb.lists;
  const { title, listId, listUrl } = c.params;
  if (title !== undefined) {
    const wanted = unquote(title).toLowerCase();
    const found = lists.find((l) => l.Title.toLowerCase() === wanted);
    return found ?? spError(c.request, 404, '-1, System.ArgumentException', `List '${unquote(title)}' does not exist at site with URL '${c.site.Url}'.`);
  }
  if (listId !== undefined) {
    const found = lists.find((l) => l.Id.toLowerCase() === listId.toLowerCase());
    return found ?? spError(c.request, 404, '-1, System.ArgumentException', 'List does not exist.\n\nThe page you selected contains a list that does not exist.  It may have been deleted by another user.');
  }
  const wanted = unquote(listUrl).replace(/\/+$/, '').toLowerCase();
  const found = lists.find((l) => l.RootFolderServerRelativeUrl.toLowerCase() === wanted);
  return found ?? spError(c.request, 404, '-2147024894, System.IO.FileNotFoundException', 'File Not Found.');
}

/** A handler that needs the list of the path. */
function withList(handler: (c: SpContext, list: SharePointList) => EmulatorResponse): SpHandler {
  return (c) => {
    const list = findList(c);
    return 'Title' in list ? handler(c, list) : list;
  };
}

function isLibrary(list: SharePointList): boolean {
  return [101, 109, 119, 330].includes(list.BaseTemplate);
}

function entityTypeName(list: SharePointList): string {
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
    ParentWebUrl: pathOf(c.site.Url) || '/',
    Title: list.Title,
  };
}

/** `$select` on a list: `*` keeps everything; `RootFolder/ServerRelativeUrl` adds the expanded folder. */
function selectList(c: SpContext, list: SharePointList): Record<string, unknown> {
  const full = listJson(c, list);
  const select = (c.request.query.get('$select') ?? '*').split(',').map((s) => s.trim()).filter((s) => s !== '');
  const result: Record<string, unknown> = select.includes('*') ? { ...full } : {};
  for (const property of select) {
    const [head, sub] = property.split('/');
    if (head.toLowerCase() === 'rootfolder' && sub) {
      result.RootFolder = { ...(result.RootFolder as object | undefined), [sub]: sub.toLowerCase() === 'serverrelativeurl' ? list.RootFolderServerRelativeUrl : null };
    } else if (head !== '*') {
      const key = Object.keys(full).find((k) => k.toLowerCase() === head.toLowerCase());
      if (key !== undefined) result[key] = full[key];
    }
  }
  return result;
}

/** `Prop eq|ne value [and …]`, enough for `BaseTemplate eq 100`, `Hidden eq false`, `Title eq 'x'`. */
function listFilter(filter: string | null): ((l: Record<string, unknown>) => boolean) | undefined {
  if (!filter) return () => true;
  const tests: ((l: Record<string, unknown>) => boolean)[] = [];
  for (const part of filter.split(/\s+and\s+/i)) {
    const m = /^(\w+)\s+(eq|ne)\s+(?:'((?:[^']|'')*)'|(true|false)|(-?\d+))$/i.exec(part.trim());
    if (!m) return undefined;
    const value: unknown = m[3] !== undefined ? unquote(m[3]) : m[4] !== undefined ? m[4].toLowerCase() === 'true' : Number(m[5]);
    const negate = m[2].toLowerCase() === 'ne';
    tests.push((l) => (l[m[1]] === value) !== negate);
  }
  return (l) => tests.every((t) => t(l));
}

const getLists: SpHandler = (c) => {
  const test = listFilter(c.request.query.get('$filter'));
  if (!test) return spError(c.request, 400, '-1, Microsoft.SharePoint.SPException', `The expression "${c.request.query.get('$filter')}" is not supported.`);
  const lists = c.site.rootWeb.lists.filter((l) => test(listJson(c, l)));
  return collection(c, 'SP.List', lists.map((l) => selectList(c, l)));
};

const getList = withList((c, list) => entity(c, 'SP.List', selectList(c, list)));

const getRootFolder = withList((c, list) =>
  entity(c, 'SP.Folder', {
    Exists: true,
    IsWOPIEnabled: false,
    ItemCount: list.items.length,
    Name: list.RootFolderServerRelativeUrl.split('/').pop(),
    ProgID: null,
    ServerRelativeUrl: list.RootFolderServerRelativeUrl,
    TimeCreated: '2024-01-15T09:30:00Z',
    TimeLastModified: '2024-01-15T09:30:00Z',
    UniqueId: seedGuid(`folder:${list.Id}`),
    WelcomePage: '',
  }),
);

function contentTypesOf(list: SharePointList): { Id: { StringValue: string }; Name: string }[] {
  const types: [string, string][] = isLibrary(list) ? [['0x0101', 'Document'], ['0x0120', 'Folder']] : [['0x01', 'Item'], ['0x0120', 'Folder']];
  const suffix = list.Id.replace(/-/g, '').toUpperCase();
  return types.map(([id, name]) => ({ Id: { StringValue: `${id}00${suffix}` }, Name: name }));
}

const getContentTypes = withList((c, list) => {
  const value = contentTypesOf(list).map((ct) => ({ ...ct, Description: `Create a new ${ct.Name.toLowerCase()}.`, Group: 'List Content Types' }));
  return collection(c, 'SP.ContentType', value);
});

// ---- list items ----------------------------------------------------------------------------------------------------

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

const PAGE = 100;

const getItems = withList((c, list) => {
  const top = Number(c.request.query.get('$top') ?? PAGE);
  const after = Number(/p_ID=(\d+)/i.exec(c.request.query.get('$skiptoken') ?? '')?.[1] ?? 0);
  const rest = list.items.filter((i) => i.Id > after);
  const page = rest.slice(0, top);
  let next: string | undefined;
  if (rest.length > top) {
    const url = new URL(`https://${c.request.host}${c.request.path}`);
    url.search = `$top=${top}&$skiptoken=${encodeURIComponent(`Paged=TRUE&p_ID=${page[page.length - 1].Id}`)}`;
    next = url.toString();
  }
  return collection(c, `SP.Data.${entityTypeName(list)}Item`, page.map((i) => itemJson(list, i)), next);
});

const getItem = withList((c, list) => {
  const item = list.items.find((i) => i.Id === Number(c.params.itemId));
  if (!item) return spError(c.request, 404, '-2147024809, System.ArgumentException', 'Item does not exist. It may have been deleted by another user.');
  return entity(c, `SP.Data.${entityTypeName(list)}Item`, itemJson(list, item));
});

function badJson(c: SpContext): EmulatorResponse {
  return spError(c.request, 400, '-1, Microsoft.OData.ODataException', 'Invalid JSON. A token was not recognized in the JSON content.');
}

function missingColumn(c: SpContext, list: SharePointList, name: string): EmulatorResponse {
  return spError(c.request, 400, '-2147024809, System.ArgumentException', `Column '${name}' does not exist. It may have been deleted by another user.  ${list.RootFolderServerRelativeUrl}`);
}

/** The classic `POST …/items` with the field values as the JSON body. */
const postItem = withList((c, list) => {
  let body: Record<string, unknown> | undefined;
  try {
    body = jsonBody(c.request);
  } catch {
    return badJson(c);
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
    return badJson(c);
  }
  const formValues = body?.formValues ?? [];
  const unknown = unknownField(list, formValues.map((f) => f.FieldName));
  if (unknown !== undefined) return missingColumn(c, list, unknown);
  const item = addItem(list, Object.fromEntries(formValues.map((f) => [f.FieldName, f.FieldValue])));
  const result = (name: string, value: string): Record<string, unknown> => ({ ErrorCode: 0, ErrorMessage: null, FieldName: name, FieldValue: value, HasException: false, ItemId: item.Id });
  const value = [...formValues.map((f) => result(f.FieldName, f.FieldValue)), result('Id', String(item.Id))];
  return collection(c, 'SP.ListItemFormUpdateValue', value);
});

// ---- app catalogs --------------------------------------------------------------------------------------------------

/** The catalog a request addresses: the tenant's, or the site collection's own (404 when it has none). */
function catalogOf(c: SpContext): CatalogApp[] | EmulatorResponse {
  if (c.params.scope.toLowerCase() === 'tenant') return c.state.tenantAppCatalog;
  return c.site.appCatalog ?? spError(c.request, 404, '-1, Microsoft.SharePoint.Client.ResourceNotFoundException', 'Cannot find resource for the request SP.RequestContext.current/web/sitecollectionappcatalog/.');
}

/** The site holding a catalog's `AppCatalog` library (for file URLs). */
function catalogSiteUrl(c: SpContext): string {
  return c.params.scope?.toLowerCase() === 'tenant' ? c.state.tenantAppCatalogUrl : c.site.Url;
}

function appJson(c: SpContext, app: CatalogApp): Record<string, unknown> {
  const installed = app.installedIn.some((u) => u.toLowerCase() === c.site.Url.toLowerCase());
  return {
    AadAppId: '00000000-0000-0000-0000-000000000000',
    AadPermissions: '',
    AppCatalogVersion: app.AppCatalogVersion,
    CanUpgrade: false,
    CDNLocation: 'SharePoint Online',
    ContainsTenantWideExtension: app.ContainsTenantWideExtension,
    CurrentVersionDeployed: app.Deployed,
    Deployed: app.Deployed,
    ErrorMessage: 'No errors.',
    ID: app.ID,
    InstalledVersion: installed ? app.AppCatalogVersion : '',
    IsClientSideSolution: app.IsClientSideSolution,
    IsEnabled: app.IsEnabled,
    IsPackageDefaultSkipFeatureDeployment: false,
    IsValidAppPackage: app.IsValidAppPackage,
    ProductId: app.ProductId,
    ShortDescription: app.ShortDescription,
    SkipDeploymentFeature: app.SkipDeploymentFeature,
    StoreAssetId: '',
    SupportsTeamsTabs: false,
    ThumbnailUrl: '',
    Title: app.Title,
  };
}

function fileJson(siteUrl: string, app: CatalogApp, time: string): Record<string, unknown> {
  const tag = `{${app.ID.toUpperCase()}},1`;
  return {
    CheckInComment: '',
    CheckOutType: 2,
    ContentTag: `${tag},1`,
    CustomizedPageStatus: 0,
    ETag: `"${tag}"`,
    Exists: true,
    IrmEnabled: false,
    Length: String(app.content.length),
    Level: 1,
    LinkingUri: null,
    LinkingUrl: '',
    MajorVersion: 1,
    MinorVersion: 0,
    Name: app.FileName,
    ServerRelativeUrl: `${pathOf(siteUrl)}/AppCatalog/${app.FileName}`,
    TimeCreated: time,
    TimeLastModified: time,
    Title: app.Title,
    UIVersion: 512,
    UIVersionLabel: '1.0',
    UniqueId: app.ID,
  };
}

const listApps: SpHandler = (c) => {
  const catalog = catalogOf(c);
  if (!Array.isArray(catalog)) return catalog;
  return collection(c, 'Microsoft.SharePoint.Marketplace.CorporateCuratedGallery.CorporateCatalogAppMetadata', catalog.map((a) => appJson(c, a)));
};

function findApp(c: SpContext): CatalogApp | EmulatorResponse {
  const catalog = catalogOf(c);
  if (!Array.isArray(catalog)) return catalog;
  const id = unquote(c.params.appId).toLowerCase();
  return catalog.find((a) => a.ID.toLowerCase() === id)
    ?? spError(c.request, 404, '-2130575338, Microsoft.SharePoint.SPException', `The app with ID '${unquote(c.params.appId)}' does not exist in the app catalog.`);
}

const getApp: SpHandler = (c) => {
  const app = findApp(c);
  return 'ID' in app ? entity(c, 'Microsoft.SharePoint.Marketplace.CorporateCuratedGallery.CorporateCatalogAppMetadata', appJson(c, app)) : app;
};

/** `…/files('<name>')` of the `AppCatalog` library: the CLI looks an app's ID up by file name this way. */
const getCatalogFile: SpHandler = (c) => {
  const folder = unquote(c.params.folder).replace(/^\/+|\/+$/g, '').toLowerCase();
  const sitePath = pathOf(c.site.Url).replace(/^\/+/, '').toLowerCase();
  const isCatalogFolder = folder === 'appcatalog' || folder === `${sitePath}/appcatalog`;
  const isTenantCatalog = c.site.Url.toLowerCase() === c.state.tenantAppCatalogUrl.toLowerCase();
  const catalog = !isCatalogFolder ? undefined : isTenantCatalog ? c.state.tenantAppCatalog : c.site.appCatalog;
  const name = unquote(c.params.file);
  const app = catalog?.find((a) => a.FileName.toLowerCase() === name.toLowerCase());
  if (!app) {
    return spError(c.request, 404, '-2130575338, Microsoft.SharePoint.SPException', `The file ${pathOf(c.site.Url)}/${unquote(c.params.folder)}/${name} does not exist.`);
  }
  return entity(c, 'SP.File', fileJson(c.site.Url, app, '2024-01-15T09:30:00Z'));
};

/** Uploading a package: a new app (not deployed), or with overwrite=true a new version of the same app. */
const addApp: SpHandler = (c) => {
  const catalog = catalogOf(c);
  if (!Array.isArray(catalog)) return catalog;
  const fileName = unquote(c.params.fileName);
  if (c.request.body.length === 0) return spError(c.request, 400, '-2130575338, Microsoft.SharePoint.SPException', 'The file is empty. Upload a valid app package.');
  const existing = catalog.find((a) => a.FileName.toLowerCase() === fileName.toLowerCase());
  if (existing && c.params.overwrite.toLowerCase() !== 'true') {
    return spError(c.request, 400, '-2130575257, Microsoft.SharePoint.SPException', `A file with the name AppCatalog/${fileName} already exists.`);
  }
  const app = existing ?? newApp(fileName);
  app.content = Buffer.from(c.request.body);
  app.Deployed = false;
  if (!existing) catalog.push(app);
  return entity(c, 'SP.File', fileJson(catalogSiteUrl(c), app, now()));
};

function newApp(fileName: string): CatalogApp {
  const title = `${fileName.replace(/\.sppkg$/i, '')}-client-side-solution`;
  return {
    ID: randomUUID(),
    Title: title,
    FileName: fileName,
    Deployed: false,
    Enabled: true,
    AppCatalogVersion: '1.0.0.0',
    InstalledVersion: '',
    CanUpgrade: false,
    IsClientSideSolution: true,
    ProductId: randomUUID(),
    SkipDeploymentFeature: false,
    ContainsTenantWideExtension: false,
    IsEnabled: true,
    IsValidAppPackage: true,
    ShortDescription: `${title} description`,
    installedIn: [],
    content: Buffer.alloc(0),
  };
}

/** deploy / retract / install / uninstall / remove on `AvailableApps/GetById('…')`. */
const appAction: SpHandler = (c) => {
  const app = findApp(c);
  if (!('ID' in app)) return app;
  const action = c.params.action.toLowerCase();
  const fail = (message: string): EmulatorResponse => spError(c.request, 400, '-2146232832, Microsoft.SharePoint.SPException', message);
  const siteUrl = c.site.Url;
  const installedHere = app.installedIn.some((u) => u.toLowerCase() === siteUrl.toLowerCase());
  if (action === 'deploy') {
    let body: Record<string, unknown> | undefined;
    try {
      body = jsonBody(c.request);
    } catch {
      return badJson(c);
    }
    app.Deployed = true;
    app.SkipDeploymentFeature = body?.skipFeatureDeployment === true;
  } else if (action === 'retract') {
    app.Deployed = false;
  } else if (action === 'install') {
    if (!app.Deployed) return fail(`The app '${app.Title}' is not deployed. Deploy it in the app catalog first.`);
    if (installedHere) return fail(`The app '${app.Title}' is already installed on the site ${siteUrl}.`);
    app.installedIn.push(siteUrl);
  } else if (action === 'uninstall') {
    if (!installedHere) return fail(`The app '${app.Title}' is not installed on the site ${siteUrl}.`);
    app.installedIn = app.installedIn.filter((u) => u.toLowerCase() !== siteUrl.toLowerCase());
  } else {
    const catalog = catalogOf(c) as CatalogApp[];
    catalog.splice(catalog.indexOf(app), 1);
  }
  return entity(c, 'SP.Null', { 'odata.null': true });
};

const APP = "(?<scope>tenant|sitecollection)appcatalog";
const BY_ID = `${APP}/AvailableApps/GetById\\('(?<appId>(?:[^']|'')*)'\\)`;

export const sharePointRoutes: Route[] = [
  sp('GET', 'web', READ, getWeb),
  sp('GET', 'site', READ, getSite),
  sp('GET', 'SP_TenantSettings_Current', READ, getTenantSettings),
  sp('GET', 'web/lists', READ, getLists),
  sp('GET', `web/${LIST}`, READ, getList),
  sp('GET', `web/${LIST}/rootFolder`, READ, getRootFolder),
  sp('GET', `web/${LIST}/contenttypes`, READ, getContentTypes),
  sp('GET', `web/${LIST}/items`, READ, getItems),
  sp('GET', `web/${LIST}/items\\((?<itemId>\\d+)\\)`, READ, getItem),
  sp('POST', `web/${LIST}/items`, WRITE, postItem),
  sp('POST', `web/${LIST}/AddValidateUpdateItemUsingPath\\(\\)`, WRITE, addValidateUpdateItem),
  sp('GET', "web/GetFolderByServerRelativePath\\(DecodedUrl='(?<folder>(?:[^']|'')*)'\\)/files\\('(?<file>(?:[^']|'')*)'\\)", READ, getCatalogFile),
  sp('GET', `web/${APP}/AvailableApps`, READ, listApps),
  sp('GET', `web/${BY_ID}`, READ, getApp),
  sp('POST', `web/${APP}/Add\\(overwrite=(?<overwrite>true|false),\\s*url='(?<fileName>(?:[^']|'')*)'\\)`, FULL, addApp),
  sp('POST', `web/${BY_ID}/(?<action>deploy|retract|install|uninstall|remove)`, FULL, appAction),
];
