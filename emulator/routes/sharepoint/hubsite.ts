/**
 * Hub sites (the documented hub site REST API): `_api/hubsites` on any site of the tenant (the admin site included),
 * `hubsites/getbyid('…')` to read one and, with its `If-Match` ETag, to update it (a hub joins a parent hub through
 * `ParentHubSiteId`), and `_api/site/RegisterHubSite`.
 */
import type { EmulatorRequest, EmulatorResponse, Route, TenantState } from '../../types.js';
import { applySelect, badJson, collection, entity, formatOf, jsonBody, spError, unquote } from './odata.js';
import { FULL, READ, sp, type SpContext } from './route.js';
import { tenantWide } from './tenant-admin.js';
import type { SharePointSite } from './site.js';

/** The hub of a site registered as hub site (its ID is the site's ID, as in SharePoint). */
export interface HubSite {
  ID: string;
  Description: string | null;
  LogoUrl: string | null;
  ParentHubSiteId: string;
  SiteDesignId: string;
  /** Incremented by each update: the `odata.etag` a PATCH must match. */
  version: number;
}

const ZERO_GUID = '00000000-0000-0000-0000-000000000000';
const HUB_TYPE = 'SP.HubSite';

export function hubSites(state: TenantState): SharePointSite[] {
  return state.sites.filter((s) => s.hub !== undefined);
}

function hubJson(state: TenantState, site: SharePointSite, hub: HubSite): Record<string, unknown> {
  return {
    Description: hub.Description,
    EnablePermissionsSync: false,
    EnforcedECTs: null,
    EnforcedECTsVersion: 0,
    HideNameInNavigation: false,
    ID: hub.ID,
    LogoUrl: hub.LogoUrl,
    ParentHubSiteId: hub.ParentHubSiteId,
    PermissionsSyncTag: 0,
    RequiresJoinApproval: false,
    SiteDesignId: hub.SiteDesignId,
    SiteId: site.Id,
    SiteUrl: site.Url,
    Targets: null,
    TenantInstanceId: state.tenantId,
    Title: site.rootWeb.Title,
  };
}

/** Minimal metadata carries each hub's `odata.etag` (what an update must send back in `If-Match`). */
function withEtag(request: EmulatorRequest, hub: HubSite, json: Record<string, unknown>): Record<string, unknown> {
  return formatOf(request) === 'minimal' ? { 'odata.type': HUB_TYPE, 'odata.etag': `"${hub.version}"`, ...json } : json;
}

function hubJsonFor(c: SpContext, site: SharePointSite): Record<string, unknown> {
  const hub = site.hub as HubSite;
  return withEtag(c.request, hub, applySelect(hubJson(c.state, site, hub), c.request.query.get('$select')));
}

function notFound(request: EmulatorRequest): EmulatorResponse {
  return spError(request, 404, '-1, Microsoft.SharePoint.Client.ResourceNotFoundException', "Exception of type 'Microsoft.SharePoint.Client.ResourceNotFoundException' was thrown.");
}

function findHub(c: SpContext): SharePointSite | undefined {
  const id = unquote(c.params.hubId).toLowerCase();
  return hubSites(c.state).find((s) => s.hub?.ID.toLowerCase() === id);
}

function listHubs(c: SpContext): EmulatorResponse {
  return collection(c, HUB_TYPE, hubSites(c.state).map((s) => hubJsonFor(c, s)));
}

function getHub(c: SpContext): EmulatorResponse {
  const site = findHub(c);
  return site ? entity(c, HUB_TYPE, hubJsonFor(c, site)) : notFound(c.request);
}

/** `PATCH hubsites/getbyid('…')`: `If-Match` must be the current ETag (or `*`); only `ParentHubSiteId` is kept here. */
function updateHub(c: SpContext): EmulatorResponse {
  const site = findHub(c);
  if (!site?.hub) return notFound(c.request);
  const hub = site.hub;
  const match = String(c.request.headers['if-match'] ?? '');
  if (match !== '*' && match !== `"${hub.version}"`) {
    return spError(c.request, 412, '-1, Microsoft.SharePoint.Client.ClientServiceException', 'The request ETag value does not match the object\'s ETag value.');
  }
  let body;
  try {
    body = jsonBody(c.request);
  } catch {
    return badJson(c.request);
  }
  const parent = String(body?.ParentHubSiteId ?? ZERO_GUID).toLowerCase();
  if (parent !== ZERO_GUID && (parent === hub.ID.toLowerCase() || !hubSites(c.state).some((s) => s.hub?.ID.toLowerCase() === parent))) {
    return spError(c.request, 400, '-2147024809, System.ArgumentException', `The hub site '${parent}' cannot be the parent of hub site '${hub.ID}'.`);
  }
  hub.ParentHubSiteId = parent;
  hub.version += 1;
  return { status: 204 };
}

/** `POST <site>/_api/site/RegisterHubSite`: the site becomes a hub site; registering twice is an error. */
function registerHub(c: SpContext): EmulatorResponse {
  if (c.site.hub) return spError(c.request, 400, '-1, System.InvalidOperationException', 'This site is already a HubSite.');
  c.site.hub = { ID: c.site.Id, Description: null, LogoUrl: null, ParentHubSiteId: ZERO_GUID, SiteDesignId: ZERO_GUID, version: 1 };
  c.site.hubSiteId = c.site.Id;
  return entity(c, HUB_TYPE, withEtag(c.request, c.site.hub, hubJson(c.state, c.site, c.site.hub)));
}

const BY_ID = "hubsites/getbyid\\('(?<hubId>(?:[^']|'')*)'\\)";

export const hubSiteRoutes: Route[] = [
  tenantWide('GET', 'hubsites', READ, listHubs),
  tenantWide('GET', BY_ID, READ, getHub),
  tenantWide('PATCH', BY_ID, FULL, updateHub),
  sp('POST', 'site/RegisterHubSite', FULL, registerHub),
];
