/**
 * Modern pages (the SharePoint pages API, `_api/sitepages/pages`): create, list, read by ID or URL, check out, save
 * (`SavePage`, `SavePageAsDraft`, `SavePageAsTemplate`), the client-side web parts a page can hold
 * (`web/getclientsidewebparts()`), the web's welcome page (`web/rootfolder`) and the Site Pages library's files. A page
 * is a file of the Site Pages library (see file.ts): its canvas is kept as the pages API shows it (`CanvasContent1`, a
 * JSON array of controls) and its list item shows the HTML SharePoint renders from it. Publishing goes through the
 * file (`CheckIn` with type 1, or `Publish()`).
 */
import { randomUUID } from 'node:crypto';
import type { EmulatorResponse, Route, TenantState } from '../../types.js';
import { seedGuid } from '../../seed-content.js';
import { ensureField } from './field.js';
import { addDocument, documentJson, fixSeeded, locate, type Place, type StoredFile } from './file.js';
import { bodyOf, methodOf, type SharePointList } from './list.js';
import { selectItem, type ListItem } from './listitem.js';
import { applySelect, collection, entity, spError, unquote } from './odata.js';
import { now, pathOf, READ, sp, WRITE, type SpContext, type SpHandler } from './route.js';
import type { SharePointWeb } from './web.js';

export interface StoredPage {
  /** The canvas as the pages API holds it: the JSON text of an array of controls. */
  canvas: string;
  layoutWebparts: string | null;
}

/** The application ID of modern pages (`ClientSideApplicationId`). */
export const MODERN_PAGE_APP = 'b6917cb1-93a0-4b97-a84d-7cf49975d4ec';
const PAGE_CONTENT_TYPE = '0x0101009D1CB255DA76424F860D91F20E6C411800';
const EMPTY_CANVAS = '[{"controlType":0,"pageSettingsSlice":{"isDefaultDescription":true,"isDefaultThumbnail":true}}]';
const LAYOUTS = ['Article', 'Home', 'SingleWebPartAppPage', 'RepostPage', 'HeaderlessSearchResults', 'Spaces', 'Topic'];

/** The web's Site Pages library (template 119). */
function sitePagesOf(web: SharePointWeb): SharePointList | undefined {
  return web.lists.find((l) => l.BaseTemplate === 119);
}

/** The page columns of a Site Pages library. */
function ensurePageFields(list: SharePointList): void {
  for (const [name, type] of [['ClientSideApplicationId', 'Guid'], ['PageLayoutType', 'Text'], ['CanvasContent1', 'Note'], ['BannerImageUrl', 'URL'], ['Description', 'Note'],
    ['PromotedState', 'Number'], ['FirstPublishedDate', 'DateTime'], ['LayoutWebpartsContent', 'Note'], ['CommentsDisabled', 'Boolean'], ['_SPIsRetired', 'Boolean']] as const) {
    ensureField(list, name, name, type);
  }
}

/** `{`, `}`, `:` and quotes as SharePoint encodes JSON inside the canvas HTML's attributes. */
function attributeJson(value: unknown): string {
  return JSON.stringify(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/\{/g, '&#123;').replace(/\}/g, '&#125;').replace(/:/g, '&#58;');
}

/** The HTML SharePoint keeps in the list item's `CanvasContent1` for a canvas. */
export function canvasHtml(canvas: string): string {
  let controls: Record<string, unknown>[];
  try {
    controls = JSON.parse(canvas) as Record<string, unknown>[];
  } catch {
    return canvas;
  }
  const open = (data: unknown): string => `<div data-sp-canvascontrol="" data-sp-canvasdataversion="1.0" data-sp-controldata="${attributeJson(data)}">`;
  const html = controls.map((control) => {
    const { innerHTML, webPartData, ...data } = control;
    if (control.controlType === 4) return `${open(data)}<div data-sp-rte="">${String(innerHTML ?? '')}</div></div>`;
    if (control.controlType === 3) {
      return `${open(data)}<div data-sp-webpart="" data-sp-webpartdataversion="1.0" data-sp-webpartdata="${attributeJson(webPartData)}"><div data-sp-componentid="">${String(control.webPartId ?? '')}</div><div data-sp-htmlproperties=""></div></div></div>`;
    }
    return `${open(control)}</div>`;
  });
  return `<div>${html.join('')}</div>`;
}

/** Writes the page's canvas and what the list item shows of it. */
function setCanvas(item: ListItem, canvas: string): void {
  const page = item.page as StoredPage;
  page.canvas = canvas;
  item.CanvasContent1 = canvasHtml(canvas);
}

function bannerOf(web: SharePointWeb, item: ListItem): string {
  const banner = item.BannerImageUrl as { Url?: string } | null | undefined;
  return banner?.Url ?? `${new URL(web.Url).origin}/_layouts/15/images/sitepagethumbnail.png`;
}

/** The `SP.Publishing.SitePage` of a page item. */
function pageJson(web: SharePointWeb, item: ListItem): Record<string, unknown> {
  const file = item.file as StoredFile;
  const page = item.page as StoredPage;
  const url = `SitePages/${String(item.FileRef).split('/SitePages/')[1] ?? item.FileLeafRef}`;
  return {
    AbsoluteUrl: `${new URL(web.Url).origin}${String(item.FileRef)}`,
    AuthorByline: null,
    BannerImageUrl: bannerOf(web, item),
    CallToAction: '',
    Categories: null,
    ContentTypeId: item.ContentTypeId,
    Description: item.Description ?? null,
    DoesUserHaveEditPermission: true,
    FileName: item.FileLeafRef,
    FirstPublished: item.FirstPublishedDate ?? '0001-01-01T08:00:00Z',
    Id: item.Id,
    IsPageCheckedOutToCurrentUser: file.CheckOutType === 0,
    IsWebWelcomePage: welcomePageOf(web).toLowerCase() === url.toLowerCase(),
    Modified: file.TimeLastModified,
    PageLayoutType: item.PageLayoutType,
    Path: { DecodedUrl: url },
    PromotedState: item.PromotedState ?? 0,
    Title: item.Title,
    TopicHeader: null,
    UniqueId: file.UniqueId,
    Url: url,
    Version: `${file.MajorVersion}.${file.MinorVersion}`,
    VersionInfo: { LastVersionCreated: file.TimeLastModified, LastVersionCreatedBy: 'SharePoint App' },
    AlternativeUrlMap: '',
    CanvasContent1: page.canvas,
    CoAuthState: null,
    Language: 'en-us',
    LayoutWebpartsContent: page.layoutWebparts,
    SitePageFlags: '',
  };
}

/** Adds a page file to a Site Pages library, as a draft (0.1) with an empty canvas. */
export function addPage(library: SharePointList, folder: Place, name: string, fields: { Title: string; PageLayoutType: string; PromotedState: number; origin: string }): ListItem {
  ensurePageFields(library);
  const { origin } = fields;
  const item = addDocument(folder, name, Buffer.from(`<%@ Page Inherits="Microsoft.SharePoint.WebPartPages.WebPartPage" %><html><body>${name}</body></html>`), {
    ClientSideApplicationId: MODERN_PAGE_APP,
    PageLayoutType: fields.PageLayoutType,
    BannerImageUrl: { Description: '/_layouts/15/images/sitepagethumbnail.png', Url: `${origin}/_layouts/15/images/sitepagethumbnail.png` },
    Description: null,
    PromotedState: fields.PromotedState,
    FirstPublishedDate: null,
    LayoutWebpartsContent: null,
    CommentsDisabled: false,
    _SPIsRetired: false,
  });
  item.Title = fields.Title;
  item.ContentTypeId = `${PAGE_CONTENT_TYPE}${library.Id.replace(/-/g, '').toUpperCase()}`;
  Object.assign(item.file as StoredFile, { MajorVersion: 0, MinorVersion: 1, Level: 2 });
  item.page = { canvas: EMPTY_CANVAS, layoutWebparts: null };
  setCanvas(item, EMPTY_CANVAS);
  return item;
}

/** The page a request names: `pages(<id>)` or `pages/GetByUrl('sitepages/<name>')`. */
function targetPage(c: SpContext): { library: SharePointList; item: ListItem } | EmulatorResponse {
  const library = sitePagesOf(c.web);
  const notFound = spError(c.request, 404, '-2147024894, System.IO.FileNotFoundException', 'File Not Found.');
  if (!library) return notFound;
  const { pageId, pageUrl } = c.params;
  const item =
    pageId !== undefined
      ? library.items.find((i) => i.Id === Number(pageId))
      : locate(c.web, `${pathOf(c.web.Url)}/${unquote(pageUrl)}`)?.item;
  if (item?.page === undefined) return notFound;
  return { library, item };
}

function withPage(handler: (c: SpContext, library: SharePointList, item: ListItem) => EmulatorResponse): SpHandler {
  return (c) => {
    const target = targetPage(c);
    return 'status' in target ? target : handler(c, target.library, target.item);
  };
}

const getPages: SpHandler = (c) => {
  const library = sitePagesOf(c.web);
  const pages = (library?.items ?? []).filter((i) => i.page !== undefined).map((i) => pageJson(c.web, i));
  if (/^title/i.test(c.request.query.get('$orderby') ?? '')) pages.sort((a, b) => String(a.Title).localeCompare(String(b.Title)));
  return collection(c, 'SP.Publishing.SitePage', pages.map((p) => applySelect(p, c.request.query.get('$select') || null)));
};

const getPage = withPage((c, _library, item) => entity(c, 'SP.Publishing.SitePage', applySelect(pageJson(c.web, item), c.request.query.get('$select') || null)));

const createPage: SpHandler = (c) => {
  const parsed = bodyOf(c.request);
  if ('error' in parsed) return parsed.error;
  const { Name: name, Title: title, PageLayoutType: layout = 'Article', PromotedState: promoted = 0 } = parsed.body;
  const library = sitePagesOf(c.web);
  if (!library) return spError(c.request, 404, '-1, Microsoft.SharePoint.Client.ResourceNotFoundException', 'The site has no Site Pages library.');
  if (typeof name !== 'string' || !name.toLowerCase().endsWith('.aspx')) return spError(c.request, 400, '-2147024809, System.ArgumentException', 'The page name must end with .aspx.');
  if (typeof layout !== 'string' || !LAYOUTS.includes(layout)) return spError(c.request, 400, '-2147024809, System.ArgumentException', `'${String(layout)}' is not a page layout.`);
  const path = `${library.RootFolderServerRelativeUrl}/${name}`;
  if (locate(c.web, path)) return spError(c.request, 400, '-2130575257, Microsoft.SharePoint.SPException', `A file or folder with the name ${path} already exists.`);
  const item = addPage(library, { list: library }, name, { Title: typeof title === 'string' ? title : name.replace(/\.aspx$/i, ''), PageLayoutType: layout, PromotedState: Number(promoted), origin: new URL(c.web.Url).origin });
  return entity(c, 'SP.Publishing.SitePage', pageJson(c.web, item), 201);
};

const checkoutPage = withPage((c, _library, item) => {
  Object.assign(item.file as StoredFile, { CheckOutType: 0, Level: 255 });
  return entity(c, 'SP.Publishing.SitePage', pageJson(c.web, item));
});

/** What the save methods may change. */
function applyPageFields(item: ListItem, body: Record<string, unknown>): void {
  if (typeof body.CanvasContent1 === 'string' && body.CanvasContent1 !== '') setCanvas(item, body.CanvasContent1);
  if (typeof body.Title === 'string' && body.Title !== '') item.Title = body.Title;
  if (typeof body.Description === 'string') item.Description = body.Description;
  if (typeof body.LayoutWebpartsContent === 'string') (item.page as StoredPage).layoutWebparts = body.LayoutWebpartsContent;
  if (typeof body.BannerImageUrl === 'string' && body.BannerImageUrl !== '') item.BannerImageUrl = { Description: body.BannerImageUrl, Url: body.BannerImageUrl };
  (item.file as StoredFile).TimeLastModified = now();
}

/** `SavePage` saves and keeps the page checked out (to be checked in or published next); `SavePageAsDraft` checks a draft in. */
function savePage(asDraft: boolean): SpHandler {
  return withPage((c, _library, item) => {
    const parsed = bodyOf(c.request);
    if ('error' in parsed) return parsed.error;
    const file = item.file as StoredFile;
    applyPageFields(item, parsed.body);
    if (asDraft) Object.assign(file, { CheckOutType: 2, Level: 2, MinorVersion: file.MinorVersion + 1 });
    else Object.assign(file, { CheckOutType: 0, Level: 255 });
    return entity(c, 'Edm.Boolean', { value: true });
  });
}

/** Saves a copy of the page in `SitePages/Templates` and answers the template page. */
const saveAsTemplate = withPage((c, library, item) => {
  const root: Place = { list: library };
  const templates = locate(c.web, `${library.RootFolderServerRelativeUrl}/Templates`) ?? { list: library, item: addDocument(root, 'Templates') };
  const name = locate(c.web, `${library.RootFolderServerRelativeUrl}/Templates/${String(item.FileLeafRef)}`) ? `${randomUUID()}.aspx` : String(item.FileLeafRef);
  const copy = addPage(library, templates, name, { Title: String(item.Title), PageLayoutType: String(item.PageLayoutType), PromotedState: 0, origin: new URL(c.web.Url).origin });
  setCanvas(copy, (item.page as StoredPage).canvas);
  return entity(c, 'SP.Publishing.SitePage', pageJson(c.web, copy));
});

const welcomePages = new WeakMap<SharePointWeb, string>();

/** The web's home page, relative to the web (`SitePages/Home.aspx` unless set). */
export function welcomePageOf(web: SharePointWeb): string {
  return welcomePages.get(web) ?? 'SitePages/Home.aspx';
}

const getWebRootFolder: SpHandler = (c) => {
  const path = pathOf(c.web.Url) || '/';
  const folder = { Exists: true, IsWOPIEnabled: false, ItemCount: 0, Name: '', ProgID: null, ServerRelativeUrl: path, TimeCreated: '2024-01-15T09:30:00Z', TimeLastModified: '2024-01-15T09:30:00Z', UniqueId: seedGuid(`rootfolder:${c.web.Url}`), WelcomePage: welcomePageOf(c.web) };
  return entity(c, 'SP.Folder', applySelect(folder, c.request.query.get('$select') || null));
};

const setWebRootFolder: SpHandler = (c) => {
  if (methodOf(c.request) !== 'MERGE') return spError(c.request, 400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', 'Use X-HTTP-Method: MERGE to change the root folder.');
  const parsed = bodyOf(c.request);
  if ('error' in parsed) return parsed.error;
  if (typeof parsed.body.WelcomePage === 'string') welcomePages.set(c.web, parsed.body.WelcomePage);
  return { status: 204 };
};

/** The Site Pages library's files (`web/lists/SitePages/rootfolder/files`), with their list items on `$expand`. */
const getSitePagesFiles: SpHandler = (c) => {
  const library = sitePagesOf(c.web);
  const expand = /listitemallfields/i.test(c.request.query.get('$expand') ?? '');
  const files = (library?.items ?? []).filter((i) => i.file !== undefined && i.FileDirRef === library?.RootFolderServerRelativeUrl);
  const value = files.map((i): Record<string, unknown> => ({ ...documentJson(i, i.file as StoredFile), ...(expand && library ? { ListItemAllFields: selectItem(library, i, null) } : {}) }));
  if (/^name/i.test(c.request.query.get('$orderby') ?? '')) value.sort((a, b) => String(a.Name).localeCompare(String(b.Name)));
  return collection(c, 'SP.File', value);
};

interface WebPartDefinition {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly properties: Record<string, unknown>;
}

/** The client-side web parts every site offers (a few of SharePoint's own, and the demo app's). */
const WEB_PARTS: readonly WebPartDefinition[] = [
  { id: 'e377ea37-9047-43b9-8cdb-a761be2f8e09', title: 'Bing Maps', description: 'Display a location on a map using Bing Maps.', properties: { pushPins: [], maxNumberOfPushPins: 1, shouldShowPushPinTitle: true, zoomLevel: 12, mapType: 'road' } },
  { id: 'd1d91016-032f-456d-98a4-721247c305e8', title: 'Image', description: 'Add an image, picture or photo to your page.', properties: { imageSourceType: 2, altText: '', overlayText: '' } },
  { id: 'c70391ea-0b10-4ee9-b2b4-006d3fcad0cd', title: 'Quick links', description: 'Add links to important documents and pages.', properties: { items: [], isMigrated: true, layoutId: 'CompactCard' } },
  { id: 'a5df8fdf-b508-4b66-98a6-d83bc2597f63', title: 'News', description: 'Display recent news.', properties: { layoutId: 'FeaturedNews', dataProviderId: 'news' } },
  { id: 'f92bf067-bc19-489e-a556-7fe95f508720', title: 'List', description: 'Display a list from this site.', properties: { isDocumentLibrary: false, showDefaultDocumentLibrary: false } },
  { id: '2161a1c6-db61-4731-b97c-3cdb303f7cbb', title: 'Divider', description: 'Add a line to divide areas on your page.', properties: { length: 100, weight: 1 } },
  { id: '8654b779-4886-46d4-8ffb-b5ed960ee986', title: 'Spacer', description: 'Add space between web parts.', properties: { height: 56 } },
  { id: '4f0b2c5e-8d3a-4e61-9b7c-2a5d8e1f3c40', title: 'Contoso news', description: 'Contoso news from the demo app.', properties: { description: 'Contoso news', maxItems: 5 } },
];

const getClientSideWebParts: SpHandler = (c) => {
  const value = WEB_PARTS.map((w) => ({
    ComponentType: 1,
    Id: `{${w.id}}`,
    Manifest: JSON.stringify({ id: w.id, alias: w.title.replace(/\s/g, ''), componentType: 'WebPart', version: '1.0.0', manifestVersion: 2, preconfiguredEntries: [{ title: { default: w.title }, description: { default: w.description }, officeFabricIconFontName: 'Page', groupId: '5c03119e-3074-46fd-976b-c60198311f70', group: { default: 'Text, media, and content' }, properties: w.properties }] }),
    Name: w.title,
    Status: 0,
  }));
  return collection(c, 'SP.ClientSideComponent.ClientSideComponentQueryResult', value);
};

/** Makes the seeded Site Pages items (the home pages) modern pages with a canvas of one text. */
export function seedPages(state: TenantState): void {
  const webs = (web: SharePointWeb): SharePointWeb[] => [web, ...web.webs.flatMap(webs)];
  for (const web of state.sites.flatMap((s) => webs(s.rootWeb))) {
    const library = sitePagesOf(web);
    if (!library) continue;
    const seeded = library.items.splice(0);
    for (const old of seeded) {
      const item = addPage(library, { list: library }, String(old.FileLeafRef), { Title: String(old.Title), PageLayoutType: 'Home', PromotedState: 0, origin: new URL(web.Url).origin });
      fixSeeded(item, { MajorVersion: 1, MinorVersion: 0, Level: 1 });
      const text = { controlType: 4, displayMode: 2, id: seedGuid(`text:${web.Url}`), position: { zoneIndex: 1, sectionIndex: 1, controlIndex: 1, sectionFactor: 12, layoutIndex: 1 }, emphasis: {}, innerHTML: `<p>Welcome to ${web.Title}.</p>`, editorType: 'CKEditor' };
      setCanvas(item, JSON.stringify([text, JSON.parse(EMPTY_CANVAS)[0]]));
    }
  }
}

const PAGE = "sitepages/pages(?:\\((?<pageId>\\d+)\\)|/GetByUrl\\('(?<pageUrl>(?:[^']|'')*)'\\))";

export const pageRoutes: Route[] = [
  sp('GET', 'sitepages/pages', READ, getPages),
  sp('POST', 'sitepages/pages', WRITE, createPage),
  sp('GET', PAGE, READ, getPage),
  sp('POST', `${PAGE}/checkoutpage`, WRITE, checkoutPage),
  sp('POST', `${PAGE}/savepage`, WRITE, savePage(false)),
  sp('POST', `${PAGE}/SavePageAsDraft`, WRITE, savePage(true)),
  sp('POST', `${PAGE}/SavePageAsTemplate`, WRITE, saveAsTemplate),
  sp('GET', 'web/rootfolder', READ, getWebRootFolder),
  sp('POST', 'web/rootfolder', WRITE, setWebRootFolder),
  sp('GET', 'web/lists/SitePages/rootfolder/files', READ, getSitePagesFiles),
  sp('GET', 'web/getclientsidewebparts\\(\\)', READ, getClientSideWebParts),
];
