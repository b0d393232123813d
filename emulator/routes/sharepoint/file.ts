/**
 * Files and folders: a list's root folder, and `GetFolderByServerRelativePath(…)/files('…')`, which today knows the
 * files of the `AppCatalog` library (the CLI looks an app's ID up by file name this way).
 */
import type { Route } from '../../types.js';
import { seedGuid } from '../../seed-content.js';
import type { CatalogApp } from './app.js';
import { LIST, withList } from './list.js';
import { entity, spError, unquote } from './odata.js';
import { pathOf, READ, sp, type SpHandler } from './route.js';

/** The `SP.File` of an app package in the `AppCatalog` library of the site at `siteUrl`. */
export function fileJson(siteUrl: string, app: CatalogApp, time: string): Record<string, unknown> {
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

/** `…/files('<name>')` of the `AppCatalog` library of the tenant's or the site collection's catalog. */
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

export const fileRoutes: Route[] = [
  sp('GET', `web/${LIST}/rootFolder`, READ, getRootFolder),
  sp('GET', "web/GetFolderByServerRelativePath\\(DecodedUrl='(?<folder>(?:[^']|'')*)'\\)/files\\('(?<file>(?:[^']|'')*)'\\)", READ, getCatalogFile),
];
