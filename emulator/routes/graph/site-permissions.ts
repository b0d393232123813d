/**
 * Graph application permissions on SharePoint sites (the `Sites.Selected` model): `sites/{hostname}:{path}` to find a
 * site's Graph ID, `sites/{id}/permissions` to list, grant (read or write only: manage and full control are set by an
 * update), update and revoke them, and `servicePrincipals` by `appId` or `displayName` (how the CLI names the app).
 */
import { randomUUID } from 'node:crypto';
import type { EmulatorRequest, EmulatorResponse, Route, TenantState } from '../../types.js';
import type { SharePointSite } from '../sharepoint/site.js';
import { GRAPH, graphError, ok, project, unquote } from './graph-odata.js';

/** One application permission of a site. */
export interface SitePermission {
  id: string;
  roles: string[];
  app: { id: string; displayName: string };
}

const SITES_READ = ['Sites.Read.All', 'Sites.ReadWrite.All', 'Sites.Manage.All', 'Sites.FullControl.All'];
const SITES_FULL = ['Sites.FullControl.All'];
const APPS_READ = ['Application.Read.All', 'Application.ReadWrite.All', 'Directory.Read.All', 'Directory.ReadWrite.All'];
const ROLES = ['read', 'write', 'manage', 'fullcontrol'];

function graphSiteId(state: TenantState, site: SharePointSite): string {
  return `${state.sharePointHost},${site.Id},${site.rootWeb.Id}`;
}

function siteNotFound(): EmulatorResponse {
  return graphError(404, 'itemNotFound', 'Requested site could not be found');
}

/** `GET sites/{hostname}:{server-relative path}`: the site collection at that path. */
function getSiteByPath(request: EmulatorRequest, params: Record<string, string>, state: TenantState): EmulatorResponse {
  if (params.host.toLowerCase() !== state.sharePointHost) return siteNotFound();
  const path = params.path.replace(/\/+$/, '').toLowerCase();
  const site = state.sites.find((s) => new URL(s.Url).pathname.replace(/\/+$/, '').toLowerCase() === path);
  if (!site) return siteNotFound();
  const json = {
    '@odata.context': `${GRAPH}/v1.0/$metadata#sites/$entity`,
    createdDateTime: site.created ?? '2024-01-15T09:30:00Z',
    description: site.rootWeb.Description,
    id: graphSiteId(state, site),
    lastModifiedDateTime: '2024-01-15T09:30:00Z',
    name: new URL(site.Url).pathname.split('/').pop() ?? '',
    webUrl: site.Url,
    displayName: site.rootWeb.Title,
    siteCollection: { hostname: state.sharePointHost },
  };
  return ok(project(json, request.query.get('$select')));
}

function siteOfId(state: TenantState, id: string): SharePointSite | undefined {
  return state.sites.find((s) => graphSiteId(state, s).toLowerCase() === id.toLowerCase());
}

function permissionJson(permission: SitePermission): Record<string, unknown> {
  const identity = [{ application: { displayName: permission.app.displayName, id: permission.app.id } }];
  return { id: permission.id, roles: permission.roles, grantedToIdentitiesV2: identity, grantedToIdentities: identity };
}

/** A handler on `sites/{siteId}/permissions…`: the site, or Graph's 404. */
function onSite(handler: (request: EmulatorRequest, site: SharePointSite, params: Record<string, string>, state: TenantState) => EmulatorResponse) {
  return (request: EmulatorRequest, params: Record<string, string>, state: TenantState): EmulatorResponse => {
    const site = siteOfId(state, params.siteId);
    return site ? handler(request, site, params, state) : siteNotFound();
  };
}

function findPermission(site: SharePointSite, id: string): SitePermission | undefined {
  return (site.permissions ?? []).find((p) => p.id === id);
}

function permissionNotFound(): EmulatorResponse {
  return graphError(404, 'itemNotFound', 'Item not found');
}

function bodyOf(request: EmulatorRequest): Record<string, unknown> | undefined {
  try {
    const text = request.body.toString('utf8').trim();
    return text === '' ? {} : (JSON.parse(text) as Record<string, unknown>);
  } catch {
    return undefined;
  }
}

function rolesOf(body: Record<string, unknown>): string[] | undefined {
  const roles = body.roles;
  return Array.isArray(roles) && roles.length > 0 && roles.every((r) => typeof r === 'string' && ROLES.includes(r)) ? (roles as string[]) : undefined;
}

const listPermissions = onSite((_request, site, params) =>
  ok({ '@odata.context': `${GRAPH}/v1.0/$metadata#sites('${params.siteId}')/permissions`, value: (site.permissions ?? []).map(permissionJson) }),
);

const getPermission = onSite((_request, site, params) => {
  const permission = findPermission(site, params.permissionId);
  return permission ? ok(permissionJson(permission)) : permissionNotFound();
});

/** Granting: `read` or `write` only (higher roles are set by updating the permission, as Graph requires). */
const addPermission = onSite((request, site, _params, state) => {
  const body = bodyOf(request);
  const roles = body && rolesOf(body);
  const app = (body?.grantedToIdentities as { application?: { id?: unknown; displayName?: unknown } }[] | undefined)?.[0]?.application;
  if (!roles || typeof app?.id !== 'string') return graphError(400, 'invalidRequest', 'Invalid request: roles and grantedToIdentities with an application id are required.');
  if (roles.some((r) => r !== 'read' && r !== 'write')) return graphError(400, 'invalidRequest', `Invalid role '${roles.join(',')}': an application permission is granted with 'read' or 'write' and raised by an update.`);
  const known = state.apps.find((a) => a.appId.toLowerCase() === String(app.id).toLowerCase());
  const permission: SitePermission = {
    // Graph's IDs are base64 of the app's claim; base64url here, so that an ID is always one path segment.
    id: Buffer.from(`i:0i.t|ms.sp.ext|${String(app.id)}@${state.tenantId}`).toString('base64url'),
    roles,
    app: { id: String(app.id), displayName: typeof app.displayName === 'string' ? app.displayName : known?.displayName ?? '' },
  };
  site.permissions = [...(site.permissions ?? []).filter((p) => p.id !== permission.id), permission];
  return { ...ok(permissionJson(permission)), status: 201 };
});

const updatePermission = onSite((request, site, params) => {
  const permission = findPermission(site, params.permissionId);
  if (!permission) return permissionNotFound();
  const body = bodyOf(request);
  const roles = body && rolesOf(body);
  if (!roles) return graphError(400, 'invalidRequest', `Invalid request: roles must be some of ${ROLES.join(', ')}.`);
  permission.roles = roles;
  return ok(permissionJson(permission));
});

const removePermission = onSite((_request, site, params) => {
  if (!findPermission(site, params.permissionId)) return permissionNotFound();
  site.permissions = (site.permissions ?? []).filter((p) => p.id !== params.permissionId);
  return { status: 204 };
});

/** `servicePrincipals?$filter=appId eq '…'` or `displayName eq '…'`, from the tenant's app registrations. */
function listServicePrincipals(request: EmulatorRequest, _params: Record<string, string>, state: TenantState): EmulatorResponse {
  const filter = request.query.get('$filter');
  const m = filter ? /^(appId|displayName) eq '((?:[^']|'')*)'$/i.exec(filter.trim()) : null;
  if (filter && !m) return graphError(400, 'Request_UnsupportedQuery', `Unsupported or invalid query filter clause specified: '${filter}'.`);
  const wanted = m ? unquote(m[2]).toLowerCase() : undefined;
  const apps = state.apps.filter((a) => !m || (m[1].toLowerCase() === 'appid' ? a.appId : a.displayName).toLowerCase() === wanted);
  const value = apps.map((a) => project({ id: randomUUID(), appId: a.appId, displayName: a.displayName, servicePrincipalType: 'Application', accountEnabled: true }, request.query.get('$select')));
  return ok({ '@odata.context': `${GRAPH}/v1.0/$metadata#servicePrincipals`, value });
}

const SITE = '(?<siteId>[^/]+,[0-9a-f-]{36},[0-9a-f-]{36})';

export const sitePermissionRoutes: Route[] = [
  { method: 'GET', host: 'graph', path: /^\/v1\.0\/sites\/(?<host>[a-z0-9-]+\.[a-z0-9.-]+):(?<path>\/[^:]*)$/i, roles: SITES_READ, handler: getSiteByPath },
  { method: 'GET', host: 'graph', path: new RegExp(`^/v1\\.0/sites/${SITE}/permissions/?$`, 'i'), roles: SITES_FULL, handler: listPermissions },
  { method: 'POST', host: 'graph', path: new RegExp(`^/v1\\.0/sites/${SITE}/permissions/?$`, 'i'), roles: SITES_FULL, handler: addPermission },
  { method: 'GET', host: 'graph', path: new RegExp(`^/v1\\.0/sites/${SITE}/permissions/(?<permissionId>[^/]+)$`, 'i'), roles: SITES_FULL, handler: getPermission },
  { method: 'PATCH', host: 'graph', path: new RegExp(`^/v1\\.0/sites/${SITE}/permissions/(?<permissionId>[^/]+)$`, 'i'), roles: SITES_FULL, handler: updatePermission },
  { method: 'DELETE', host: 'graph', path: new RegExp(`^/v1\\.0/sites/${SITE}/permissions/(?<permissionId>[^/]+)$`, 'i'), roles: SITES_FULL, handler: removePermission },
  { method: 'GET', host: 'graph', path: /^\/v1\.0\/(?:myorganization\/)?servicePrincipals\/?$/i, roles: APPS_READ, handler: listServicePrincipals },
];
