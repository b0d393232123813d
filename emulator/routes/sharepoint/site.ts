/**
 * SharePoint site collections: `_api/site`, the tenant settings that name the tenant app catalog, creating and deleting
 * modern sites through `SPSiteManager` (the documented REST API for communication sites), and the site logo.
 */
import type { EmulatorRequest, EmulatorResponse, Route, TenantState } from '../../types.js';
import { seedGuid } from '../../seed-content.js';
import type { CatalogApp } from './app.js';
import type { HubSite } from './hubsite.js';
import type { SharePointList } from './list.js';
import { badJson, entity, jsonBody, spError } from './odata.js';
import { FULL, now, pathOf, READ, sp, type SpHandler } from './route.js';
import type { SitePermission } from '../graph/site-permissions.js';
import type { SharePointWeb } from './web.js';

export interface SharePointSite {
  /** Site collection URL. */
  Url: string;
  Id: string;
  rootWeb: SharePointWeb;
  /** Site collection app catalog, when the site has one. */
  appCatalog?: CatalogApp[];
  /** Set when the site is registered as a hub site. */
  hub?: HubSite;
  /** The hub site this site is associated with. */
  hubSiteId?: string;
  /** Tenant-level properties changed through the admin APIs (LockState, quotas, sharing, Classification…). */
  properties?: Record<string, unknown>;
  /** Primary owner (login name or e-mail) and further site collection administrators. */
  owner?: string;
  admins?: string[];
  created?: string;
  /** Application permissions granted through Graph `/sites/{id}/permissions`. */
  permissions?: SitePermission[];
}

const ZERO_GUID = '00000000-0000-0000-0000-000000000000';

/** The Microsoft 365 group of a group-connected team site (the seed derives it from the URL). */
export function groupIdOf(site: SharePointSite): string {
  return site.rootWeb.WebTemplate === 'GROUP' ? seedGuid(`m365group:${site.Url}`) : ZERO_GUID;
}

/** The site collection of the tenant at exactly this URL (case-insensitive, trailing slash ignored). */
export function siteByUrl(state: TenantState, url: string): SharePointSite | undefined {
  const wanted = url.replace(/\/+$/, '').toLowerCase();
  return state.sites.find((s) => s.Url.toLowerCase() === wanted);
}

const getSite: SpHandler = (c) =>
  entity(c, 'SP.Site', {
    AllowDesigner: true,
    AllowExternalEmbeddingWrapper: 1,
    Classification: String(c.site.properties?.Classification ?? ''),
    CompatibilityLevel: 15,
    Id: c.site.Id,
    GroupId: groupIdOf(c.site),
    HubSiteId: c.site.hub?.ID ?? c.site.hubSiteId ?? ZERO_GUID,
    IsHubSite: c.site.hub !== undefined,
    LockIssue: null,
    MaxItemsPerThrottledOperation: 5000,
    ReadOnly: c.site.properties?.LockState === 'ReadOnly',
    RelatedGroupId: groupIdOf(c.site),
    SensitivityLabelId: null,
    ServerRelativeUrl: pathOf(c.site.Url) || '/',
    ShareByEmailEnabled: c.site.properties?.ShareByEmailEnabled === true,
    StatusBarText: null,
    Url: c.site.Url,
  });

const getTenantSettings: SpHandler = (c) =>
  entity(c, 'SP.TenantSettings', { CorporateCatalogUrl: c.state.tenantAppCatalogUrl || null });

/** `SPSiteManager/create`'s `SiteStatus`: 2 is ready, 3 an error. */
const SITE_READY = 2;
const SITE_ERROR = 3;

export interface CreateRequest {
  Title?: unknown;
  Url?: unknown;
  Lcid?: unknown;
  Description?: unknown;
  Classification?: unknown;
  ShareByEmailEnabled?: unknown;
  WebTemplate?: unknown;
  Owner?: unknown;
  AdditionalSiteFeatureIds?: unknown;
}

const BRAND_CENTER_FEATURE = '99cd6e8b-189b-4611-ae89-f89105876e43';

function argumentError(request: EmulatorRequest, message: string): EmulatorResponse {
  return spError(request, 400, '-2147024809, System.ArgumentException', message);
}

/**
 * `POST /_api/SPSiteManager/create`: a communication site (or a team site without group) at the given URL of this
 * tenant. App-only callers must name the owner. A URL already in use answers `SiteStatus` 3, as the service does.
 */
function createSite(request: EmulatorRequest, state: TenantState): EmulatorResponse {
  let body;
  try {
    body = jsonBody(request);
  } catch {
    return badJson(request);
  }
  const create = (body?.request ?? {}) as CreateRequest;
  if (typeof create.Url !== 'string' || typeof create.Title !== 'string' || create.Title === '') return argumentError(request, 'The parameters Title and Url are required.');
  let url: URL;
  try {
    url = new URL(create.Url);
  } catch {
    return argumentError(request, `The URL '${create.Url}' is not valid.`);
  }
  if (url.host.toLowerCase() !== state.sharePointHost || !/^\/(sites|teams)\/[^/]+\/?$/i.test(url.pathname)) {
    return argumentError(request, `The URL '${create.Url}' is not a valid site collection URL of this tenant.`);
  }
  if (typeof create.Owner !== 'string' || create.Owner === '') return argumentError(request, 'Owner is required when the site is created with an app-only token.');
  const siteUrl = `https://${state.sharePointHost}${url.pathname.replace(/\/+$/, '')}`;
  const known = siteByUrl(state, siteUrl) ?? state.admin.recycleBin.find((r) => r.site.Url.toLowerCase() === siteUrl.toLowerCase());
  if (known) return entity({ request, web: state.sites[0].rootWeb }, 'SP.SiteCreationResponse', { SiteId: ZERO_GUID, SiteStatus: SITE_ERROR, SiteUrl: '' });
  const site = newSite(siteUrl, create, now());
  if (Array.isArray(create.AdditionalSiteFeatureIds) && create.AdditionalSiteFeatureIds.includes(BRAND_CENTER_FEATURE)) {
    if (state.sites.some((s) => s.properties?.BrandCenter === true)) return spError(request, 400, '-2146232832, Microsoft.SharePoint.SPException', 'The tenant has a brand center site already.');
    site.properties = { ...site.properties, BrandCenter: true };
  }
  state.sites.push(site);
  return entity({ request, web: site.rootWeb }, 'SP.SiteCreationResponse', { SiteId: site.Id, SiteStatus: SITE_READY, SiteUrl: site.Url });
}

/** A new site collection with a document library and site pages; `stamp` makes its IDs unique (the seed passes a fixed one). */
export function newSite(siteUrl: string, create: CreateRequest, stamp: string): SharePointSite {
  const path = new URL(siteUrl).pathname;
  const template = typeof create.WebTemplate === 'string' ? create.WebTemplate : 'SITEPAGEPUBLISHING#0';
  const lists: SharePointList[] = [
    newList(path, 'Documents', 101, 'Shared Documents', stamp),
    newList(path, 'Site Pages', 119, 'SitePages', stamp, [{ Id: 1, Title: 'Home', FileLeafRef: 'Home.aspx' }]),
  ];
  const web: SharePointWeb = {
    Url: siteUrl,
    Id: seedGuid(`web:${siteUrl}:${stamp}`),
    Title: String(create.Title),
    Description: typeof create.Description === 'string' ? create.Description : '',
    WebTemplate: template.split('#')[0],
    Language: typeof create.Lcid === 'number' ? create.Lcid : Number(create.Lcid ?? 1033) || 1033,
    lists,
    webs: [],
  };
  const properties: Record<string, unknown> = {};
  if (typeof create.Classification === 'string' && create.Classification !== '') properties.Classification = create.Classification;
  if (create.ShareByEmailEnabled === true) properties.ShareByEmailEnabled = true;
  if (typeof create.WebTemplate === 'string') properties.Template = create.WebTemplate;
  return { Url: siteUrl, Id: seedGuid(`site:${siteUrl}:${stamp}`), rootWeb: web, owner: String(create.Owner ?? ''), created: now(), properties };
}

function newList(webPath: string, title: string, template: number, folder: string, stamp: string, items: SharePointList['items'] = []): SharePointList {
  return { Id: seedGuid(`list:${webPath}/${folder}:${stamp}`), Title: title, BaseTemplate: template, Hidden: false, ItemCount: items.length, RootFolderServerRelativeUrl: `${webPath}/${folder}`, items };
}

/**
 * `POST /_api/SPSiteManager/delete` with `{ siteId }`: moves the site to the tenant recycle bin. A group-connected site
 * is refused, as the service does: deleting its group deletes it.
 */
function deleteSite(request: EmulatorRequest, state: TenantState): EmulatorResponse {
  let body;
  try {
    body = jsonBody(request);
  } catch {
    return badJson(request);
  }
  const id = String(body?.siteId ?? '').toLowerCase();
  const site = state.sites.find((s) => s.Id.toLowerCase() === id);
  if (!site) return spError(request, 404, '-2147024894, System.IO.FileNotFoundException', 'File Not Found.');
  if (groupIdOf(site) !== ZERO_GUID) {
    return spError(request, 400, '-2146232832, Microsoft.SharePoint.SPException', 'This site belongs to a Microsoft 365 group. To delete the site, you must delete the group.');
  }
  if (pathOf(site.Url) === '') return spError(request, 400, '-2146232832, Microsoft.SharePoint.SPException', 'The root site of the tenant cannot be deleted.');
  recycleSite(state, site);
  return { status: 200, headers: { 'content-type': 'application/json;odata=nometadata;charset=utf-8' }, body: { 'odata.null': true } };
}

/** Moves an active site to the tenant recycle bin (sites associated with it as a hub lose the association). */
export function recycleSite(state: TenantState, site: SharePointSite): void {
  state.sites.splice(state.sites.indexOf(site), 1);
  state.admin.recycleBin.push({ site, deleted: now() });
  if (site.hub) for (const other of state.sites) if (other.hubSiteId === site.hub.ID) delete other.hubSiteId;
}

/** `POST <site>/_api/siteiconmanager/setsitelogo` (aspect 1: logo, 0: thumbnail). */
const setSiteLogo: SpHandler = (c) => {
  let body;
  try {
    body = jsonBody(c.request);
  } catch {
    return badJson(c.request);
  }
  const key = body?.aspect === 0 ? 'SiteThumbnailUrl' : 'SiteLogoUrl';
  c.site.properties = { ...c.site.properties, [key]: String(body?.relativeLogoUrl ?? '') };
  return entity(c, 'SP.Null', { 'odata.null': true });
};

/** A route under the tenant's root (`/_api/…` of any SharePoint host, no site path), for tenant-wide APIs. */
function tenantRoot(method: string, rest: string, roles: readonly string[], handler: (request: EmulatorRequest, state: TenantState) => EmulatorResponse): Route {
  return { method, host: 'sharepoint', path: new RegExp(`^/_api/${rest}/?$`, 'i'), roles, handler: (request, _params, state) => handler(request, state) };
}

export const siteRoutes: Route[] = [
  sp('GET', 'site', READ, getSite),
  sp('GET', 'SP_TenantSettings_Current', READ, getTenantSettings),
  sp('POST', 'siteiconmanager/setsitelogo', FULL, setSiteLogo),
  tenantRoot('POST', 'SPSiteManager/create', FULL, createSite),
  tenantRoot('POST', 'SPSiteManager/delete', FULL, deleteSite),
];
