/**
 * Graph `servicePrincipals` (enterprise applications): list (`$filter` on appId, displayName, tags and
 * servicePrincipalNames; `$select`; paging), get, `appRoles` and `oauth2PermissionScopes`, create for an app, and the
 * two admin-consent writes: `appRoleAssignments` (application permissions) and `oauth2PermissionGrants` (delegated).
 */
import { randomUUID } from 'node:crypto';
import type { EmulatorRequest, EmulatorResponse, Route, TenantState } from '../../types.js';
import { API_APP_IDS, MANIFEST_APIS } from '../app-roles.js';
import { GRAPH, created, directoryNotFound, filterOf, graphError, isResponse, jsonBody, ok, pagedCollection, project } from './graph-odata.js';
import { graphOf } from './state.js';

/** An app role or a delegated permission scope a service principal exposes. */
export interface Permission {
  id: string;
  value: string;
  displayName: string;
  description: string;
}

export interface ServicePrincipal {
  id: string;
  appId: string;
  displayName: string;
  appOwnerOrganizationId: string | null;
  servicePrincipalNames: string[];
  servicePrincipalType: 'Application' | 'ManagedIdentity';
  tags: string[];
  appRoles: Permission[];
  oauth2PermissionScopes: Permission[];
  createdDateTime: string;
  /** Application permissions granted to this principal: resource service principal id → app role ids. */
  appRoleAssignments: { id: string; resourceId: string; appRoleId: string }[];
}

export interface OAuth2PermissionGrant {
  id: string;
  clientId: string;
  consentType: 'AllPrincipals' | 'Principal';
  principalId: string | null;
  resourceId: string;
  scope: string;
}

const SP_READ_ROLES = ['Application.Read.All', 'Application.ReadWrite.OwnedBy', 'Application.ReadWrite.All', 'Directory.Read.All'];
const SP_CREATE_ROLES = ['Application.ReadWrite.OwnedBy', 'Application.ReadWrite.All'];
const APP_ROLE_ASSIGNMENT_ROLES = ['AppRoleAssignment.ReadWrite.All'];
const GRANT_ROLES = ['DelegatedPermissionGrant.ReadWrite.All', 'Directory.ReadWrite.All'];

function appRoleJson(role: Permission): Record<string, unknown> {
  return { allowedMemberTypes: ['Application'], description: role.description, displayName: role.displayName, id: role.id, isEnabled: true, origin: 'Application', value: role.value };
}

function scopeJson(scope: Permission): Record<string, unknown> {
  return {
    adminConsentDescription: scope.description,
    adminConsentDisplayName: scope.displayName,
    id: scope.id,
    isEnabled: true,
    type: 'Admin',
    userConsentDescription: null,
    userConsentDisplayName: null,
    value: scope.value,
  };
}

export function servicePrincipalJson(sp: ServicePrincipal): Record<string, unknown> {
  return {
    id: sp.id,
    deletedDateTime: null,
    accountEnabled: true,
    alternativeNames: [],
    appDisplayName: sp.displayName,
    appDescription: null,
    appId: sp.appId,
    applicationTemplateId: null,
    appOwnerOrganizationId: sp.appOwnerOrganizationId,
    appRoleAssignmentRequired: false,
    createdDateTime: sp.createdDateTime,
    description: null,
    disabledByMicrosoftStatus: null,
    displayName: sp.displayName,
    homepage: null,
    loginUrl: null,
    logoutUrl: null,
    notes: null,
    notificationEmailAddresses: [],
    preferredSingleSignOnMode: null,
    preferredTokenSigningKeyThumbprint: null,
    replyUrls: [],
    servicePrincipalNames: sp.servicePrincipalNames,
    servicePrincipalType: sp.servicePrincipalType,
    signInAudience: 'AzureADMyOrg',
    tags: sp.tags,
    tokenEncryptionKeyId: null,
    appRoles: sp.appRoles.map(appRoleJson),
    oauth2PermissionScopes: sp.oauth2PermissionScopes.map(scopeJson),
  };
}

function findSp(state: TenantState, id: string): ServicePrincipal | undefined {
  return graphOf(state).servicePrincipals.find((s) => s.id === id.toLowerCase());
}

function listServicePrincipals(request: EmulatorRequest, _params: Record<string, string>, state: TenantState): EmulatorResponse {
  const test = filterOf(request);
  if (typeof test !== 'function') return test;
  const principals = graphOf(state).servicePrincipals.filter((s) => test(servicePrincipalJson(s)));
  return pagedCollection(request, 'servicePrincipals', principals, servicePrincipalJson);
}

function getServicePrincipal(request: EmulatorRequest, params: Record<string, string>, state: TenantState): EmulatorResponse {
  const sp = findSp(state, params.id);
  if (!sp) return directoryNotFound(params.id);
  return ok({ '@odata.context': `${GRAPH}/v1.0/$metadata#servicePrincipals/$entity`, ...project(servicePrincipalJson(sp), request.query.get('$select')) });
}

function listPermissions(kind: 'appRoles' | 'oauth2PermissionScopes') {
  return (request: EmulatorRequest, params: Record<string, string>, state: TenantState): EmulatorResponse => {
    const sp = findSp(state, params.id);
    if (!sp) return directoryNotFound(params.id);
    return pagedCollection(request, `servicePrincipals('${sp.id}')/${kind}`, sp[kind], kind === 'appRoles' ? appRoleJson : scopeJson);
  };
}

function createServicePrincipal(request: EmulatorRequest, _params: Record<string, string>, state: TenantState): EmulatorResponse {
  const body = jsonBody(request);
  if (isResponse(body)) return body;
  const app = state.apps.find((a) => a.appId === String(body.appId ?? '').toLowerCase());
  if (!app) return graphError(400, 'Request_BadRequest', `The appId '${String(body.appId)}' of the service principal does not reference a valid application object.`);
  const principals = graphOf(state).servicePrincipals;
  if (principals.some((s) => s.appId === app.appId)) {
    return graphError(409, 'Request_MultipleObjectsWithSameKeyValue', 'The service principal cannot be created, updated, or restored because the service principal name ' + `${app.appId} is already in use.`);
  }
  const sp: ServicePrincipal = {
    id: randomUUID(),
    appId: app.appId,
    displayName: app.displayName,
    appOwnerOrganizationId: state.tenantId,
    servicePrincipalNames: [app.appId],
    servicePrincipalType: 'Application',
    tags: [],
    appRoles: [],
    oauth2PermissionScopes: [],
    createdDateTime: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    appRoleAssignments: [],
  };
  principals.push(sp);
  return created({ '@odata.context': `${GRAPH}/v1.0/$metadata#servicePrincipals/$entity`, ...servicePrincipalJson(sp) });
}

/** Grants an application permission: the resource must expose the app role. */
function assignAppRole(request: EmulatorRequest, params: Record<string, string>, state: TenantState): EmulatorResponse {
  const principal = findSp(state, params.id);
  if (!principal) return directoryNotFound(params.id);
  const body = jsonBody(request);
  if (isResponse(body)) return body;
  const resource = findSp(state, String(body.resourceId ?? ''));
  if (!resource) return directoryNotFound(String(body.resourceId));
  const role = resource.appRoles.find((r) => r.id === String(body.appRoleId ?? '').toLowerCase());
  if (!role) return graphError(400, 'Request_BadRequest', 'Permission being assigned was not found on application');
  const assignment = { id: randomUUID(), resourceId: resource.id, appRoleId: role.id };
  principal.appRoleAssignments.push(assignment);
  // The app gets the role in its next token for that API, like an admin-consented permission.
  const app = state.apps.find((a) => a.appId === principal.appId);
  const api = MANIFEST_APIS.find((name) => API_APP_IDS[name] === resource.appId);
  const granted = app && api ? (app.roles[api] ??= []) : [];
  if (!granted.includes(role.value)) granted.push(role.value);
  return created({
    '@odata.context': `${GRAPH}/v1.0/$metadata#servicePrincipals('${principal.id}')/appRoleAssignments/$entity`,
    id: assignment.id,
    appRoleId: role.id,
    principalDisplayName: principal.displayName,
    principalId: principal.id,
    principalType: 'ServicePrincipal',
    resourceDisplayName: resource.displayName,
    resourceId: resource.id,
  });
}

function grantDelegated(request: EmulatorRequest, _params: Record<string, string>, state: TenantState): EmulatorResponse {
  const body = jsonBody(request);
  if (isResponse(body)) return body;
  const client = findSp(state, String(body.clientId ?? ''));
  const resource = findSp(state, String(body.resourceId ?? ''));
  if (!client || !resource) return directoryNotFound(String(client ? body.resourceId : body.clientId));
  const grant: OAuth2PermissionGrant = {
    id: randomUUID(),
    clientId: client.id,
    consentType: body.consentType === 'Principal' ? 'Principal' : 'AllPrincipals',
    principalId: typeof body.principalId === 'string' ? body.principalId : null,
    resourceId: resource.id,
    scope: String(body.scope ?? ''),
  };
  graphOf(state).oauth2PermissionGrants.push(grant);
  return created({ '@odata.context': `${GRAPH}/v1.0/$metadata#oauth2PermissionGrants/$entity`, ...grant });
}

const SPS = String.raw`^\/v1\.0\/(?:myorganization\/)?servicePrincipals`;
const ID = String.raw`\/(?<id>[0-9a-f-]{36})`;

export const servicePrincipalRoutes: Route[] = [
  { method: 'GET', host: 'graph', path: new RegExp(`${SPS}\\/?$`, 'i'), roles: SP_READ_ROLES, handler: listServicePrincipals },
  { method: 'POST', host: 'graph', path: new RegExp(`${SPS}\\/?$`, 'i'), roles: SP_CREATE_ROLES, handler: createServicePrincipal },
  { method: 'GET', host: 'graph', path: new RegExp(`${SPS}${ID}$`, 'i'), roles: SP_READ_ROLES, handler: getServicePrincipal },
  { method: 'GET', host: 'graph', path: new RegExp(`${SPS}${ID}\\/appRoles$`, 'i'), roles: SP_READ_ROLES, handler: listPermissions('appRoles') },
  { method: 'GET', host: 'graph', path: new RegExp(`${SPS}${ID}\\/oauth2PermissionScopes$`, 'i'), roles: SP_READ_ROLES, handler: listPermissions('oauth2PermissionScopes') },
  { method: 'POST', host: 'graph', path: new RegExp(`${SPS}${ID}\\/appRoleAssignments$`, 'i'), roles: APP_ROLE_ASSIGNMENT_ROLES, handler: assignAppRole },
  { method: 'POST', host: 'graph', path: /^\/v1\.0\/oauth2PermissionGrants\/?$/i, roles: GRANT_ROLES, handler: grantDelegated },
];
