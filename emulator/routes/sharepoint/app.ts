/**
 * The tenant and site collection app catalogs (`tenantappcatalog` / `sitecollectionappcatalog`): AvailableApps,
 * GetById, Add (upload, with overwrite; title, product ID and version read from the package's manifest), deploy,
 * retract, install, upgrade, uninstall and remove, with state; the apps installed in a site (`web/AppTiles`) and the
 * tenant's site collection app catalogs (`web/TenantAppCatalog/SiteCollectionAppCatalogsSites`).
 */
import { randomUUID } from 'node:crypto';
import type { EmulatorResponse, Route } from '../../types.js';
import { isNewerVersion, readManifest } from './app-package.js';
import { fileJson } from './file.js';
import { badJson, collection, entity, filterOf, jsonBody, pageBySkip, spError, unquote, unsupportedFilter } from './odata.js';
import { FULL, now, READ, sp, type SpContext, type SpHandler } from './route.js';

/** A SharePoint app in an app catalog (shape close to the REST `AvailableApps` entity). */
export interface CatalogApp {
  ID: string;
  Title: string;
  /** File name in the catalog, e.g. `app.sppkg`. */
  FileName: string;
  Deployed: boolean;
  Enabled: boolean;
  AppCatalogVersion: string;
  InstalledVersion: string;
  CanUpgrade: boolean;
  IsClientSideSolution: boolean;
  ProductId: string;
  SkipDeploymentFeature: boolean;
  ContainsTenantWideExtension: boolean;
  IsEnabled: boolean;
  IsValidAppPackage: boolean;
  ShortDescription: string;
  /** Site URLs where the app is installed. */
  installedIn: string[];
  /** Version installed per site URL (lower case); absent: the catalog version at the time (the seed's apps). */
  installedVersions?: Record<string, string>;
  content: Buffer;
}

const APP_TYPE = 'Microsoft.SharePoint.Marketplace.CorporateCuratedGallery.CorporateCatalogAppMetadata';

/** The catalog a request addresses: the tenant's, or the site collection's own (404 when it has none). */
function catalogOf(c: SpContext): CatalogApp[] | EmulatorResponse {
  if (c.params.scope.toLowerCase() === 'tenant') return c.state.tenantAppCatalog;
  return c.site.appCatalog ?? spError(c.request, 404, '-1, Microsoft.SharePoint.Client.ResourceNotFoundException', 'Cannot find resource for the request SP.RequestContext.current/web/sitecollectionappcatalog/.');
}

/** The site holding a catalog's `AppCatalog` library (for file URLs). */
function catalogSiteUrl(c: SpContext): string {
  return c.params.scope?.toLowerCase() === 'tenant' ? c.state.tenantAppCatalogUrl : c.site.Url;
}

/** The version of the app installed in the site, or undefined when it is not installed there. */
function installedVersion(app: CatalogApp, siteUrl: string): string | undefined {
  if (!app.installedIn.some((u) => u.toLowerCase() === siteUrl.toLowerCase())) return undefined;
  return app.installedVersions?.[siteUrl.toLowerCase()] ?? app.AppCatalogVersion;
}

function appJson(c: SpContext, app: CatalogApp): Record<string, unknown> {
  const installed = installedVersion(app, c.site.Url);
  return {
    AadAppId: '00000000-0000-0000-0000-000000000000',
    AadPermissions: '',
    AppCatalogVersion: app.AppCatalogVersion,
    CanUpgrade: installed !== undefined && isNewerVersion(app.AppCatalogVersion, installed),
    CDNLocation: 'SharePoint Online',
    ContainsTenantWideExtension: app.ContainsTenantWideExtension,
    CurrentVersionDeployed: app.Deployed,
    Deployed: app.Deployed,
    ErrorMessage: 'No errors.',
    ID: app.ID,
    InstalledVersion: installed ?? '',
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

const listApps: SpHandler = (c) => {
  const catalog = catalogOf(c);
  if (!Array.isArray(catalog)) return catalog;
  return collection(c, APP_TYPE, catalog.map((a) => appJson(c, a)));
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
  return 'ID' in app ? entity(c, APP_TYPE, appJson(c, app)) : app;
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
  const manifest = readManifest(app.content);
  if (manifest.title) app.Title = manifest.title;
  if (manifest.productId) app.ProductId = manifest.productId;
  if (manifest.version) app.AppCatalogVersion = manifest.version;
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

/** deploy / retract / install / upgrade / uninstall / remove on `AvailableApps/GetById('…')`. */
const appAction: SpHandler = (c) => {
  const app = findApp(c);
  if (!('ID' in app)) return app;
  const action = c.params.action.toLowerCase();
  const fail = (message: string): EmulatorResponse => spError(c.request, 400, '-2146232832, Microsoft.SharePoint.SPException', message);
  const siteUrl = c.site.Url;
  const installedHere = installedVersion(app, siteUrl) !== undefined;
  const versions = (app.installedVersions ??= {});
  if (action === 'deploy') {
    let body: Record<string, unknown> | undefined;
    try {
      body = jsonBody(c.request);
    } catch {
      return badJson(c.request);
    }
    app.Deployed = true;
    app.SkipDeploymentFeature = body?.skipFeatureDeployment === true;
  } else if (action === 'retract') {
    app.Deployed = false;
  } else if (action === 'install') {
    if (!app.Deployed) return fail(`The app '${app.Title}' is not deployed. Deploy it in the app catalog first.`);
    if (installedHere) return fail(`The app '${app.Title}' is already installed on the site ${siteUrl}.`);
    app.installedIn.push(siteUrl);
    versions[siteUrl.toLowerCase()] = app.AppCatalogVersion;
  } else if (action === 'upgrade') {
    if (!installedHere) return fail(`The app '${app.Title}' is not installed on the site ${siteUrl}.`);
    if (!app.Deployed) return fail(`The app '${app.Title}' is not deployed. Deploy it in the app catalog first.`);
    versions[siteUrl.toLowerCase()] = app.AppCatalogVersion;
  } else if (action === 'uninstall') {
    if (!installedHere) return fail(`The app '${app.Title}' is not installed on the site ${siteUrl}.`);
    app.installedIn = app.installedIn.filter((u) => u.toLowerCase() !== siteUrl.toLowerCase());
    delete versions[siteUrl.toLowerCase()];
  } else {
    const catalog = catalogOf(c);
    if (Array.isArray(catalog)) catalog.splice(catalog.indexOf(app), 1);
  }
  return entity(c, 'SP.Null', { 'odata.null': true });
};

const APP = '(?<scope>tenant|sitecollection)appcatalog';
const BY_ID = `${APP}/AvailableApps/GetById\\('(?<appId>(?:[^']|'')*)'\\)`;

/** An installed SharePoint Framework solution as `web/AppTiles` lists it (AppType 3). */
function appTileJson(c: SpContext, app: CatalogApp, fromSiteCatalog: boolean): Record<string, unknown> {
  return {
    AppId: app.ID,
    AppPrincipalId: '',
    AppSource: fromSiteCatalog ? 3 : 2,
    AppStatus: 4,
    AppType: 3,
    AssetId: null,
    BaseTemplate: -1,
    ChildCount: -1,
    ContentMarket: null,
    CustomSettingsUrl: null,
    Description: app.ShortDescription,
    IsCorporateCatalogSite: false,
    LastModified: '2024-01-15 09:30',
    LastModifiedDate: '2024-01-15T09:30:00Z',
    ProductId: app.ProductId,
    Target: '',
    Thumbnail: `${c.site.Url}/_layouts/15/images/spstorefrontappdefault.96x96x32.png`,
    Title: app.Title,
    Version: installedVersion(app, c.site.Url) ?? '',
  };
}

/** `web/AppTiles`: the apps installed in the site (from either catalog), with `$filter` and paging. */
const listAppTiles: SpHandler = (c) => {
  const test = filterOf(c.request.query.get('$filter'));
  if (!test) return unsupportedFilter(c.request);
  const installed = (catalog: CatalogApp[]): CatalogApp[] => catalog.filter((a) => installedVersion(a, c.site.Url) !== undefined);
  const tiles = [...installed(c.state.tenantAppCatalog).map((a) => appTileJson(c, a, false)), ...installed(c.site.appCatalog ?? []).map((a) => appTileJson(c, a, true))].filter(test);
  const { page, next } = pageBySkip(c.request, tiles);
  return collection(c, 'SP.AppTile', page, next);
};

/** `web/TenantAppCatalog/SiteCollectionAppCatalogsSites`: every site collection of the tenant with its own app catalog. */
const listSiteCatalogs: SpHandler = (c) => {
  const sites = c.state.sites.filter((s) => s.appCatalog !== undefined);
  const items = sites.map((s) => ({ AbsoluteUrl: s.Url, ErrorMessage: 'Success', SiteID: s.Id }));
  const { page, next } = pageBySkip(c.request, items);
  return collection(c, 'SP.SiteCollectionAppCatalogAllowedItem', page, next);
};

export const appRoutes: Route[] = [
  sp('GET', `web/${APP}/AvailableApps`, READ, listApps),
  sp('GET', `web/${BY_ID}`, READ, getApp),
  sp('POST', `web/${APP}/Add\\(overwrite=(?<overwrite>true|false),\\s*url='(?<fileName>(?:[^']|'')*)'\\)`, FULL, addApp),
  sp('POST', `web/${BY_ID}/(?<action>deploy|retract|install|upgrade|uninstall|remove)`, FULL, appAction),
  sp('GET', 'web/AppTiles', READ, listAppTiles),
  sp('GET', 'web/TenantAppCatalog/SiteCollectionAppCatalogsSites', READ, listSiteCatalogs),
];
