/**
 * API permissions of app registrations, shared by `entra app add` and `entra app permission add`: resolving names
 * such as `https://graph.microsoft.com/Group.Read.All` to the ids an app registration stores
 * (`requiredResourceAccess`), merging them into what the app already asks for, and granting admin consent
 * (application permissions as app role assignments, delegated ones as one tenant-wide grant per API).
 */
import { ActionError } from '../../errors.js';
import { literal, query, segment } from '../kit/index.js';
import type { CommandContext } from '../types.js';
import { GRAPH_JSON, graphUrl } from './shared.js';

export type PermissionType = 'Scope' | 'Role';

export interface ResourceAccess {
  id: string;
  type: PermissionType;
}

/** What an app registration asks for on one API (Graph's `requiredResourceAccess` entry). */
export interface RequiredResourceAccess {
  resourceAppId: string;
  resourceAccess: ResourceAccess[];
}

/** What admin consent grants on one API's service principal. */
export interface Consent {
  resourceId: string;
  scopes: string[];
  roleIds: string[];
}

interface ExposedPermission {
  id: string;
  value: string;
}

/** The service principal of an API, as the resolution needs it. */
export interface ApiPrincipal {
  id: string;
  appId: string;
  displayName?: string;
  servicePrincipalNames?: string[];
  appRoles?: ExposedPermission[];
  oauth2PermissionScopes?: ExposedPermission[];
}

const PRINCIPAL_FIELDS = ['appId', 'appRoles', 'id', 'oauth2PermissionScopes', 'servicePrincipalNames', 'displayName'];

/** The service principal whose names include `name` (or `name/`), asked once per run. */
async function principalNamed(context: CommandContext, name: string): Promise<ApiPrincipal> {
  const find = async (candidate: string): Promise<ApiPrincipal | undefined> => {
    const url = graphUrl(context, `servicePrincipals${query({ $filter: `servicePrincipalNames/any(c:c eq ${literal(candidate)})`, $select: PRINCIPAL_FIELDS })}`);
    return (await context.http.getAll<ApiPrincipal>(url, { ...GRAPH_JSON }))[0];
  };
  const principal = await context.once(`servicePrincipal:${name.toLowerCase()}`, async () => (await find(name)) ?? (await find(`${name}/`)));
  if (!principal) throw new ActionError(`Service principal ${name} not found`, { hint: 'Name the API by its identifier URI, e.g. https://graph.microsoft.com/User.Read.All.' });
  return principal;
}

/** The service principal of an API by its appId (for listing what an app asks for), or undefined. */
export async function principalOfApp(context: CommandContext, appId: string, fields = PRINCIPAL_FIELDS): Promise<ApiPrincipal | undefined> {
  const url = graphUrl(context, `servicePrincipals${query({ $filter: `appId eq ${literal(appId)}`, $select: fields })}`);
  return (await context.http.getAll<ApiPrincipal>(url, { ...GRAPH_JSON }))[0];
}

/**
 * Resolves fully qualified permission names (`<API identifier>/<permission>`) of one type, adding them to `required`
 * (grouped per API) and to `consent` (what admin consent would grant).
 */
export async function resolvePermissions(context: CommandContext, names: readonly string[], type: PermissionType, required: RequiredResourceAccess[], consent: Consent[]): Promise<void> {
  for (const qualified of names) {
    const slash = qualified.lastIndexOf('/');
    const [api, value] = [qualified.slice(0, slash), qualified.slice(slash + 1)];
    if (slash <= 0 || value === '') throw new ActionError(`'${qualified}' is not a fully qualified permission; write it as <API>/<permission>, e.g. https://graph.microsoft.com/User.Read.All.`);
    const principal = await principalNamed(context, api);
    const exposed = (type === 'Scope' ? principal.oauth2PermissionScopes : principal.appRoles) ?? [];
    const permission = exposed.find((p) => p.value === value);
    if (!permission) throw new ActionError(`Permission ${value} for service principal ${api} not found`);
    addAccess(required, principal.appId, { id: permission.id, type });
    addConsent(consent, principal.id, type, permission);
  }
}

function addAccess(required: RequiredResourceAccess[], resourceAppId: string, access: ResourceAccess): void {
  let entry = required.find((r) => r.resourceAppId === resourceAppId);
  if (!entry) {
    entry = { resourceAppId, resourceAccess: [] };
    required.push(entry);
  }
  if (!entry.resourceAccess.some((a) => a.id === access.id)) entry.resourceAccess.push(access);
}

function addConsent(consent: Consent[], resourceId: string, type: PermissionType, permission: ExposedPermission): void {
  let entry = consent.find((c) => c.resourceId === resourceId);
  if (!entry) {
    entry = { resourceId, scopes: [], roleIds: [] };
    consent.push(entry);
  }
  const list = type === 'Scope' ? entry.scopes : entry.roleIds;
  const value = type === 'Scope' ? permission.value : permission.id;
  if (!list.includes(value)) list.push(value);
}

/** `resolved` merged into `existing`: a permission the app already asks for is not added twice. */
export function mergeRequiredAccess(existing: readonly RequiredResourceAccess[], resolved: readonly RequiredResourceAccess[]): RequiredResourceAccess[] {
  const merged = existing.map((r) => ({ resourceAppId: r.resourceAppId, resourceAccess: [...r.resourceAccess] }));
  for (const entry of resolved) for (const access of entry.resourceAccess) addAccess(merged, entry.resourceAppId, access);
  return merged;
}

/** The app's service principal: the existing one, or a new one (admin consent is granted to a service principal). */
export async function ensurePrincipal(context: CommandContext, appId: string): Promise<string> {
  const existing = await principalOfApp(context, appId, ['id']);
  if (existing) return existing.id;
  const created = await context.http.request<{ id: string }>({ method: 'POST', url: graphUrl(context, 'servicePrincipals'), headers: { ...GRAPH_JSON }, body: { appId } });
  return created.body.id;
}

/** Grants admin consent for the resolved permissions to the app's service principal. */
export async function grantAdminConsent(context: CommandContext, principalId: string, consent: readonly Consent[]): Promise<void> {
  for (const { resourceId, scopes, roleIds } of consent) {
    if (scopes.length > 0) {
      const body = { clientId: principalId, consentType: 'AllPrincipals', principalId: null, resourceId, scope: scopes.join(' ') };
      await context.http.request({ method: 'POST', url: graphUrl(context, 'oauth2PermissionGrants'), headers: { ...GRAPH_JSON }, body });
    }
    for (const appRoleId of roleIds) {
      const url = graphUrl(context, `servicePrincipals/${segment(principalId)}/appRoleAssignments`);
      await context.http.request({ method: 'POST', url, headers: { ...GRAPH_JSON }, body: { appRoleId, principalId, resourceId } });
    }
  }
}

/** Application permissions needed to grant admin consent, beside writing the app (least privileged first). */
export const CONSENT_PERMISSIONS = ['AppRoleAssignment.ReadWrite.All', 'DelegatedPermissionGrant.ReadWrite.All'] as const;
