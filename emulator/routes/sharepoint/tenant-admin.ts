/**
 * The tenant admin site (`https://<tenant>-admin.sharepoint.com`): the tenant recycle bin of site collections
 * (`GroupSiteManager/Delete`, `Tenant/RemoveDeletedSite`), the hidden list of every site collection the admin center
 * reads (`DO_NOT_DELETE_SPLIST_TENANTADMIN_AGGREGATED_SITECOLLECTIONS`: items and `RenderListDataAsStream`), and the
 * CSOM endpoint for what only CSOM offers (tenant-csom.ts). The admin host has no site collection of its own here:
 * its routes answer from the tenant state.
 */
import type { EmulatorRequest, EmulatorResponse, Route, TenantState } from '../../types.js';
import { parseXml, type XmlNode } from './csom.js';
import type { HomeSite } from './homesite.js';
import { applySelect, badJson, collection, jsonBody, spError, unquote } from './odata.js';
import { FULL, READ, sp, type SpContext } from './route.js';
import { groupIdOf, newSite, recycleSite, siteByUrl, type SharePointSite } from './site.js';

/** What the tenant admin holds beyond the active sites: deleted sites and home sites. */
export interface TenantAdminState {
  /** Deleted site collections, until they are removed for good. */
  recycleBin: { site: SharePointSite; deleted: string }[];
  homeSites: HomeSite[];
  /** Long-running operations by CSOM identity: how many more polls until each reports complete. */
  operations: Record<string, number>;
}

export function emptyTenantAdmin(): TenantAdminState {
  return { recycleBin: [], homeSites: [], operations: {} };
}

const ZERO_GUID = '00000000-0000-0000-0000-000000000000';

export function isAdminHost(host: string): boolean {
  return /^[a-z0-9]+-admin\./i.test(host);
}

function notOnThisHost(request: EmulatorRequest): EmulatorResponse {
  return spError(request, 404, '-1, Microsoft.SharePoint.Client.ResourceNotFoundException', `Cannot find resource for the request ${request.path.replace(/^.*\/_api\//i, '')}.`);
}

/** A route of the tenant admin site only (`/_api/<rest>` of the `-admin` host). */
export function adminOnly(method: string, rest: string, roles: readonly string[], handler: (request: EmulatorRequest, state: TenantState) => EmulatorResponse): Route {
  return {
    method,
    host: 'sharepoint',
    path: new RegExp(`^/_api/${rest}/?$`, 'i'),
    roles,
    handler: (request, _params, state) => (isAdminHost(request.host) ? handler(request, state) : notOnThisHost(request)),
  };
}

/** A site route that the admin host serves too, answering there with the tenant's root site as context. */
export function tenantWide(method: string, rest: string, roles: readonly string[], handler: (c: SpContext) => EmulatorResponse): Route {
  const route = sp(method, rest, roles, handler);
  return {
    ...route,
    handler: (request, params, state) => {
      if (!isAdminHost(request.host)) return route.handler(request, params, state);
      const root = state.sites[0];
      return handler({ request, site: root, web: root.rootWeb, params, state });
    },
  };
}

/** Active and deleted sites, as the aggregated list knows them. */
function allSites(state: TenantState): { site: SharePointSite; deleted?: string }[] {
  return [...state.sites.map((site) => ({ site })), ...state.admin.recycleBin];
}

function braced(id: string): string {
  return `{${id.toUpperCase()}}`;
}

/** One item of the aggregated site list (REST item shape; GUIDs plain). */
function aggregatedItem(entry: { site: SharePointSite; deleted?: string }, index: number): Record<string, unknown> {
  const { site, deleted } = entry;
  return {
    ID: index + 1,
    Title: site.rootWeb.Title,
    SiteUrl: site.Url,
    SiteId: site.Id,
    GroupId: groupIdOf(site),
    HubSiteId: site.hub?.ID ?? site.hubSiteId ?? ZERO_GUID,
    TemplateName: `${site.rootWeb.WebTemplate}#0`,
    TimeDeleted: deleted ?? null,
    State: 1,
  };
}

const AGGREGATED = "web/lists/GetByTitle\\('DO_NOT_DELETE_SPLIST_TENANTADMIN_AGGREGATED_SITECOLLECTIONS'\\)";

/**
 * `items?$filter=<Field> eq '<value>'` (text compared case-insensitively, as SharePoint does) with `$select`, paged as
 * list items are: `$top` items (default 100, at most 5,000), then `odata.nextLink` with `$skiptoken=Paged=TRUE&p_ID=<last
 * ID>` and the rest of the query.
 */
function aggregatedItems(request: EmulatorRequest, state: TenantState): EmulatorResponse {
  const filter = request.query.get('$filter');
  const m = filter ? /^\s*(\w+)\s+eq\s+'((?:[^']|'')*)'\s*$/i.exec(filter) : null;
  if (filter && !m) return spError(request, 400, '-1, Microsoft.SharePoint.SPException', `The expression "${filter}" is not supported.`);
  const top = Number(request.query.get('$top') ?? ITEMS_PAGE);
  if (!Number.isInteger(top) || top < 1 || top > MAX_ITEMS_PAGE) return spError(request, 400, '-1, Microsoft.SharePoint.SPException', `The $top value '${request.query.get('$top')}' is not valid.`);
  const after = Number(/p_ID=(\d+)/i.exec(request.query.get('$skiptoken') ?? '')?.[1] ?? 0);
  const items = allSites(state)
    .map(aggregatedItem)
    .filter((item) => Number(item.ID) > after && (!m || String(item[m[1]] ?? '').toLowerCase() === unquote(m[2]).toLowerCase()));
  const page = items.slice(0, top);
  const web = { Url: `https://${request.host}` };
  const next = items.length > top ? nextItemsLink(request, top, Number(page[page.length - 1].ID)) : undefined;
  return collection({ request, web }, 'SP.Data.DO_x005f_NOT_x005f_DELETE_x005f_SPLIST_x005f_TENANTADMIN_x005f_AGGREGATED_x005f_SITECOLLECTIONSListItem', page.map((i) => applySelect(i, request.query.get('$select'))), next);
}

/** Items per page of the list's REST items, by default and at most (SharePoint's list view threshold). */
const ITEMS_PAGE = 100;
const MAX_ITEMS_PAGE = 5000;

/** The next page: the same query with the page's last ID as `$skiptoken`. */
function nextItemsLink(request: EmulatorRequest, top: number, lastId: number): string {
  const url = new URL(`https://${request.host}${request.path}`);
  for (const [key, value] of request.query) if (key !== '$skiptoken' && key !== '$top') url.searchParams.append(key, value);
  url.searchParams.set('$top', String(top));
  url.searchParams.set('$skiptoken', `Paged=TRUE&p_ID=${lastId}`);
  return url.toString();
}

/** A CAML `<Where>` condition (And, Or, IsNull, IsNotNull, Eq, Neq on text) as a predicate; undefined when unsupported. */
function camlTest(node: XmlNode): ((row: Record<string, unknown>) => boolean) | undefined {
  const field = node.children.find((c) => c.name === 'FieldRef')?.attrs.Name ?? '';
  const value = (node.children.find((c) => c.name === 'Value')?.text ?? '').toLowerCase();
  const text = (row: Record<string, unknown>): string => (row[field] === null || row[field] === undefined ? '' : String(row[field]).toLowerCase());
  switch (node.name) {
    case 'And':
    case 'Or': {
      const parts = node.children.map(camlTest);
      if (parts.length !== 2 || parts.some((p) => p === undefined)) return undefined;
      const [a, b] = parts as ((row: Record<string, unknown>) => boolean)[];
      return node.name === 'And' ? (row) => a(row) && b(row) : (row) => a(row) || b(row);
    }
    case 'IsNull':
      return (row) => text(row) === '';
    case 'IsNotNull':
      return (row) => text(row) !== '';
    case 'Eq':
      return (row) => text(row) === value;
    case 'Neq':
      return (row) => text(row) !== value;
    default:
      return undefined;
  }
}

/** `RenderListDataAsStream` of the aggregated list: the view's `<Where>`, `<ViewFields>` and paged `<RowLimit>`. */
function renderAggregated(request: EmulatorRequest, state: TenantState): EmulatorResponse {
  let view: XmlNode | undefined;
  try {
    const viewXml = (jsonBody(request)?.parameters as { ViewXml?: unknown } | undefined)?.ViewXml;
    view = parseXml(String(viewXml ?? '')).children.find((c) => c.name === 'View');
  } catch {
    return badJson(request);
  }
  const where = view?.children.find((c) => c.name === 'Query')?.children.find((c) => c.name === 'Where')?.children[0];
  const test = where ? camlTest(where) : () => true;
  if (!view || !test) return spError(request, 400, '-2130575340, Microsoft.SharePoint.SPException', 'The query is not supported.');
  const fields = view.children.find((c) => c.name === 'ViewFields')?.children.map((f) => f.attrs.Name) ?? [];
  const limit = Number(view.children.find((c) => c.name === 'RowLimit')?.text ?? 30) || 30;
  // The list renders GUID fields braced and in upper case.
  const rows = allSites(state)
    .map((entry, i): Record<string, unknown> => {
      const item = aggregatedItem(entry, i);
      return { ...item, SiteId: braced(String(item.SiteId)), HubSiteId: braced(String(item.HubSiteId)) };
    })
    .filter(test)
    .sort((a, b) => String(a.Title).localeCompare(String(b.Title)));
  const first = Number(request.query.get('PageFirstRow') ?? 1);
  const page = rows.slice(first - 1, first - 1 + limit).map((row) => ({ ID: row.ID, ...Object.fromEntries(fields.map((f) => [f, row[f]])) }));
  const body: Record<string, unknown> = { Row: page, FirstRow: first, LastRow: first + page.length - 1, RowLimit: limit };
  if (first - 1 + limit < rows.length) body.NextHref = `?Paged=TRUE&p_ID=${String(page[page.length - 1].ID)}&PageFirstRow=${first + limit}&View=${ZERO_GUID}`;
  return { status: 200, headers: { 'content-type': 'application/json;odata=nometadata;charset=utf-8' }, body };
}

function listMissing(request: EmulatorRequest): EmulatorResponse {
  const site = `https://${request.host}${request.path.replace(/\/_api\/.*$/i, '')}`;
  return spError(request, 404, '-1, System.ArgumentException', `List 'DO_NOT_DELETE_SPLIST_TENANTADMIN_AGGREGATED_SITECOLLECTIONS' does not exist at site with URL '${site}'.`);
}

/** The aggregated list lives on the admin site only; elsewhere it does not exist, as on any other site. */
function aggregatedRoute(method: string, rest: string, handler: (request: EmulatorRequest, state: TenantState) => EmulatorResponse): Route {
  return {
    method,
    host: 'sharepoint',
    path: new RegExp(`^(?:/[^/]+)*?/_api/${AGGREGATED}/${rest}/?$`, 'i'),
    roles: READ,
    handler: (request, _params, state) => (isAdminHost(request.host) && request.path.toLowerCase().startsWith('/_api/') ? handler(request, state) : listMissing(request)),
  };
}

function noSite(request: EmulatorRequest, url: string): EmulatorResponse {
  return spError(request, 404, '-1, Microsoft.Online.SharePoint.Common.SpoNoSiteException', `Cannot get site ${url}.`);
}

/** `POST GroupSiteManager/Delete?siteUrl='…'`: deletes a group-connected site and its Microsoft 365 group. */
function deleteGroupSite(request: EmulatorRequest, state: TenantState): EmulatorResponse {
  const url = unquote(/^'(.*)'$/.exec(request.query.get('siteUrl') ?? '')?.[1] ?? '');
  const site = siteByUrl(state, url);
  if (!site) return noSite(request, url);
  const groupId = groupIdOf(site);
  if (groupId === ZERO_GUID) return spError(request, 400, '-2147024809, System.ArgumentException', `The site ${site.Url} is not connected to a Microsoft 365 group.`);
  recycleSite(state, site);
  state.groups = state.groups.filter((g) => g.id !== groupId);
  return { status: 200, headers: { 'content-type': 'application/json;odata=nometadata;charset=utf-8' }, body: { 'odata.null': true } };
}

/** `POST …Tenant/RemoveDeletedSite` with `{ siteUrl }`: removes a deleted site from the recycle bin for good. */
function removeDeletedSite(request: EmulatorRequest, state: TenantState): EmulatorResponse {
  let body;
  try {
    body = jsonBody(request);
  } catch {
    return badJson(request);
  }
  const url = String(body?.siteUrl ?? '').replace(/\/+$/, '').toLowerCase();
  const index = state.admin.recycleBin.findIndex((r) => r.site.Url.toLowerCase() === url);
  if (index < 0) return noSite(request, String(body?.siteUrl ?? ''));
  state.admin.recycleBin.splice(index, 1);
  return { status: 200, headers: { 'content-type': 'application/json;odata=nometadata;charset=utf-8' }, body: { 'odata.null': true } };
}

/**
 * Seeds what the tenant admin knows: the root site is the tenant's home site, and an intranet communication site is a
 * hub site that the marketing site is associated with.
 */
export function seedTenantAdmin(state: TenantState): void {
  state.admin = emptyTenantAdmin();
  const root = state.sites[0];
  state.admin.homeSites.push({ siteUrl: root.Url, audiences: [], isInDraftMode: false, vivaConnectionsDefaultStart: true, targetedLicenseType: 0 });
  const intranet = newSite(`${root.Url}/sites/intranet`, { Title: 'Intranet', Description: 'News and links for everyone', Owner: `admin@${state.domain}` }, 'seed');
  intranet.hub = { ID: intranet.Id, Description: 'Intranet hub site', LogoUrl: null, ParentHubSiteId: ZERO_GUID, SiteDesignId: ZERO_GUID, version: 1 };
  intranet.hubSiteId = intranet.Id;
  intranet.created = '2024-01-15T09:30:00Z';
  state.sites.push(intranet);
  const marketing = siteByUrl(state, `${root.Url}/sites/marketing`);
  if (marketing) marketing.hubSiteId = intranet.Id;
  for (const site of state.sites) site.created ??= '2024-01-15T09:30:00Z';
}

/** `POST SPOGroup/UpdateGroupPropertiesBySiteId` with `{ groupId, siteId, displayName }`: renames a group and its site. */
function updateGroupProperties(request: EmulatorRequest, state: TenantState): EmulatorResponse {
  let body;
  try {
    body = jsonBody(request);
  } catch {
    return badJson(request);
  }
  const site = state.sites.find((s) => s.Id.toLowerCase() === String(body?.siteId ?? '').toLowerCase());
  if (!site || groupIdOf(site).toLowerCase() !== String(body?.groupId ?? '').toLowerCase()) {
    return spError(request, 400, '-2147024809, System.ArgumentException', 'The site and the group do not belong together.');
  }
  if (typeof body?.displayName === 'string' && body.displayName !== '') {
    site.rootWeb.Title = body.displayName;
    const group = state.groups.find((g) => g.id === groupIdOf(site));
    if (group) group.displayName = body.displayName;
  }
  return { status: 200, headers: { 'content-type': 'application/json;odata=nometadata;charset=utf-8' }, body: { 'odata.null': true } };
}

/** `GET SPO.Tenant/GetBrandCenterConfiguration`: whether the tenant has its brand center already. */
function brandCenterConfiguration(_request: EmulatorRequest, state: TenantState): EmulatorResponse {
  const site = state.sites.find((s) => s.properties?.BrandCenter === true);
  const body = { BrandColorsListId: ZERO_GUID, BrandFontLibraryId: ZERO_GUID, IsBrandCenterSiteFeatureEnabled: site !== undefined, IsPublicCdnEnabled: false, SiteId: site?.Id ?? ZERO_GUID, SiteUrl: site?.Url ?? null };
  return { status: 200, headers: { 'content-type': 'application/json;odata=nometadata;charset=utf-8' }, body };
}

export const tenantAdminRoutes: Route[] = [
  adminOnly('GET', 'SPO.Tenant/GetBrandCenterConfiguration', READ, brandCenterConfiguration),
  aggregatedRoute('GET', 'items', aggregatedItems),
  aggregatedRoute('POST', 'RenderListDataAsStream', renderAggregated),
  adminOnly('POST', 'GroupSiteManager/Delete', FULL, deleteGroupSite),
  adminOnly('POST', 'SPOGroup/UpdateGroupPropertiesBySiteId', FULL, updateGroupProperties),
  adminOnly('POST', 'Microsoft\\.Online\\.SharePoint\\.TenantAdministration\\.Tenant/RemoveDeletedSite', FULL, removeDeletedSite),
];
