/**
 * Graph `applications` (app registrations): list (`$filter`, `$select`, paging), get, create, update, delete,
 * `addPassword` and `appRoles`, under `/v1.0/` or `/v1.0/myorganization/` like the CLI calls them. The tenant's apps
 * (`TenantState.apps`, which also sign in) carry the Graph-only properties in `GraphState.registrations`.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { registeredCertificateOf } from '../../demo-app.js';
import { seedGuid } from '../../seed-content.js';
import type { EmulatorRequest, EmulatorResponse, EntraApp, Route, TenantState } from '../../types.js';
import { GRAPH, created, directoryNotFound, filterOf, graphError, hasRole, insufficientPrivileges, isResponse, jsonBody, noContent, ok, pagedCollection, project } from './graph-odata.js';
import { graphOf } from './state.js';

/** The properties of an app registration beyond what sign-in needs (`EntraApp`). */
export interface AppRegistration {
  createdDateTime: string;
  description: string | null;
  signInAudience: string;
  identifierUris: string[];
  isFallbackPublicClient: boolean | null;
  web: { redirectUris: string[]; homePageUrl: string | null; logoutUrl: string | null; implicitGrantSettings: { enableAccessTokenIssuance: boolean; enableIdTokenIssuance: boolean } };
  spa: { redirectUris: string[] };
  publicClient: { redirectUris: string[] };
  api: { requestedAccessTokenVersion: number | null; oauth2PermissionScopes: Record<string, unknown>[]; preAuthorizedApplications: Record<string, unknown>[] };
  appRoles: Record<string, unknown>[];
  requiredResourceAccess: { resourceAppId: string; resourceAccess: { id: string; type: 'Scope' | 'Role' }[] }[];
  passwordCredentials: { keyId: string; displayName: string | null; hint: string; startDateTime: string; endDateTime: string }[];
  /** Other properties set through create or update (the CLI passes unknown options on). */
  extra: Record<string, unknown>;
  /** App ids of the apps that own this one: with only `Application.ReadWrite.OwnedBy`, an app writes its own apps. */
  ownerAppIds: string[];
}

/** Least privileged first, as in Graph's permission tables. */
export const APP_READ_ROLES = ['Application.Read.All', 'Application.ReadWrite.OwnedBy', 'Application.ReadWrite.All', 'Directory.Read.All'];
const APP_CREATE_ROLES = ['AppRegistration.Create', 'Application.ReadWrite.OwnedBy', 'Application.ReadWrite.All'];
const APP_WRITE_ROLES = ['Application.ReadWrite.OwnedBy', 'Application.ReadWrite.All'];

export function emptyRegistration(createdDateTime: string): AppRegistration {
  return {
    createdDateTime,
    description: null,
    signInAudience: 'AzureADMyOrg',
    identifierUris: [],
    isFallbackPublicClient: null,
    web: { redirectUris: [], homePageUrl: null, logoutUrl: null, implicitGrantSettings: { enableAccessTokenIssuance: false, enableIdTokenIssuance: false } },
    spa: { redirectUris: [] },
    publicClient: { redirectUris: [] },
    api: { requestedAccessTokenVersion: null, oauth2PermissionScopes: [], preAuthorizedApplications: [] },
    appRoles: [],
    requiredResourceAccess: [],
    passwordCredentials: [],
    extra: {},
    ownerAppIds: [],
  };
}

function registrationOf(app: EntraApp, state: TenantState): AppRegistration {
  const registrations = graphOf(state).registrations;
  registrations[app.id] ??= emptyRegistration('2024-01-15T09:30:00Z');
  return registrations[app.id];
}

function applicationJson(app: EntraApp, state: TenantState): Record<string, unknown> {
  const r = registrationOf(app, state);
  return {
    id: app.id,
    deletedDateTime: null,
    appId: app.appId,
    applicationTemplateId: null,
    createdDateTime: r.createdDateTime,
    description: r.description,
    displayName: app.displayName,
    identifierUris: r.identifierUris,
    isFallbackPublicClient: r.isFallbackPublicClient,
    publisherDomain: state.domain,
    signInAudience: r.signInAudience,
    tags: [],
    api: { acceptMappedClaims: null, knownClientApplications: [], ...r.api },
    appRoles: r.appRoles,
    info: { logoUrl: null, marketingUrl: null, privacyStatementUrl: null, supportUrl: null, termsOfServiceUrl: null },
    keyCredentials: app.certificates.map((c) => ({
      customKeyIdentifier: Buffer.from(c.thumbprintSha1, 'base64url').toString('hex').toUpperCase(),
      displayName: `CN=${app.displayName}`,
      key: null,
      keyId: seedGuid(`key:${c.thumbprintSha256}`),
      type: 'AsymmetricX509Cert',
      usage: 'Verify',
    })),
    passwordCredentials: r.passwordCredentials.map((p) => ({ customKeyIdentifier: null, secretText: null, ...p })),
    publicClient: r.publicClient,
    requiredResourceAccess: r.requiredResourceAccess,
    web: r.web,
    spa: r.spa,
    ...r.extra,
  };
}

function findApp(state: TenantState, id: string): EntraApp | undefined {
  return state.apps.find((a) => a.id.toLowerCase() === id.toLowerCase());
}

/** The app to write, or Graph's answer: 404 when unknown, 403 when the caller may only write apps it owns. */
function writableApp(request: EmulatorRequest, id: string, state: TenantState): EntraApp | EmulatorResponse {
  const app = findApp(state, id);
  if (!app) return directoryNotFound(id);
  const owned = registrationOf(app, state).ownerAppIds.includes(request.token?.appid ?? '');
  return owned || hasRole(request, ['Application.ReadWrite.All']) ? app : insufficientPrivileges();
}

function listApplications(request: EmulatorRequest, _params: Record<string, string>, state: TenantState): EmulatorResponse {
  const test = filterOf(request);
  if (typeof test !== 'function') return test;
  const apps = state.apps.filter((a) => test(applicationJson(a, state)));
  return pagedCollection(request, 'applications', apps, (a) => applicationJson(a, state));
}

function getApplication(request: EmulatorRequest, params: Record<string, string>, state: TenantState): EmulatorResponse {
  const app = findApp(state, params.id);
  if (!app) return directoryNotFound(params.id);
  return ok({ '@odata.context': `${GRAPH}/v1.0/$metadata#applications/$entity`, ...project(applicationJson(app, state), request.query.get('$select')) });
}

function listAppRoles(request: EmulatorRequest, params: Record<string, string>, state: TenantState): EmulatorResponse {
  const app = findApp(state, params.id);
  if (!app) return directoryNotFound(params.id);
  return pagedCollection(request, `applications('${app.id}')/appRoles`, registrationOf(app, state).appRoles, (role) => role);
}

function createApplication(request: EmulatorRequest, _params: Record<string, string>, state: TenantState): EmulatorResponse {
  const body = jsonBody(request);
  if (isResponse(body)) return body;
  if (typeof body.displayName !== 'string' || body.displayName.trim() === '') {
    return graphError(400, 'Request_BadRequest', "Property 'displayName' is required for resource 'Application'.");
  }
  const appId = randomUUID();
  const app: EntraApp = { appId, id: randomUUID(), displayName: body.displayName, roles: {}, certificates: [], federatedCredentials: [] };
  state.apps.push(app);
  // The calling app owns what it creates, so that Application.ReadWrite.OwnedBy can go on to update it.
  const registration = emptyRegistration(new Date().toISOString().replace(/\.\d+Z$/, 'Z'));
  registration.ownerAppIds = request.token ? [request.token.appid] : [];
  graphOf(state).registrations[app.id] = registration;
  const problem = applyUpdate(app, body, state);
  if (problem) {
    state.apps.splice(state.apps.indexOf(app), 1);
    return problem;
  }
  return created({ '@odata.context': `${GRAPH}/v1.0/$metadata#applications/$entity`, ...applicationJson(app, state) });
}

function updateApplication(request: EmulatorRequest, params: Record<string, string>, state: TenantState): EmulatorResponse {
  const app = writableApp(request, params.id, state);
  if (isResponse(app)) return app;
  const body = jsonBody(request);
  if (isResponse(body)) return body;
  return applyUpdate(app, body, state) ?? noContent();
}

/** Applies the properties of a create or update body; a key credential's certificate also lets the app sign in. */
function applyUpdate(app: EntraApp, body: Record<string, unknown>, state: TenantState): EmulatorResponse | undefined {
  const r = registrationOf(app, state);
  for (const [key, value] of Object.entries(body)) {
    switch (key) {
      case 'displayName':
        if (typeof value === 'string') app.displayName = value;
        break;
      case 'keyCredentials': {
        const problem = setKeyCredentials(app, value);
        if (problem) return problem;
        break;
      }
      case 'web':
      case 'spa':
      case 'publicClient':
      case 'api':
        Object.assign(r[key], value);
        break;
      case 'identifierUris':
      case 'appRoles':
      case 'requiredResourceAccess':
      case 'signInAudience':
      case 'isFallbackPublicClient':
      case 'description':
        Object.assign(r, { [key]: value });
        break;
      default:
        r.extra[key] = value;
    }
  }
  return undefined;
}

/**
 * Graph replaces the key credentials with the list given. A listed key (base64 DER) becomes a certificate the app can
 * sign in with; an existing credential comes back without its key (Graph never returns it) and is kept by its keyId.
 */
function setKeyCredentials(app: EntraApp, value: unknown): EmulatorResponse | undefined {
  if (!Array.isArray(value)) return graphError(400, 'Request_BadRequest', "Invalid value specified for property 'keyCredentials' of resource 'Application'.");
  const kept = app.certificates.filter((c) => value.some((k: unknown) => k !== null && typeof k === 'object' && 'keyId' in k && k.keyId === seedGuid(`key:${c.thumbprintSha256}`)));
  const added = [];
  for (const credential of value) {
    const key: unknown = credential !== null && typeof credential === 'object' && 'key' in credential ? credential.key : undefined;
    if (typeof key !== 'string') continue;
    try {
      // The key is base64 of the certificate file: DER (.cer) or PEM text.
      const text = Buffer.from(key, 'base64').toString('latin1');
      const pem = text.includes('-----BEGIN CERTIFICATE-----') ? text : `-----BEGIN CERTIFICATE-----\n${key.replace(/(.{64})/g, '$1\n')}\n-----END CERTIFICATE-----\n`;
      added.push(registeredCertificateOf(pem));
    } catch {
      return graphError(400, 'Request_BadRequest', 'Invalid certificate: Key value is invalid certificate');
    }
  }
  app.certificates = [...kept, ...added.filter((a) => !kept.some((k) => k.thumbprintSha256 === a.thumbprintSha256))];
  return undefined;
}

function deleteApplication(request: EmulatorRequest, params: Record<string, string>, state: TenantState): EmulatorResponse {
  const app = writableApp(request, params.id, state);
  if (isResponse(app)) return app;
  state.apps.splice(state.apps.indexOf(app), 1);
  delete graphOf(state).registrations[app.id];
  return noContent();
}

/** A new client secret: Graph returns its text once, in this response only. */
function addPassword(request: EmulatorRequest, params: Record<string, string>, state: TenantState): EmulatorResponse {
  const app = writableApp(request, params.id, state);
  if (isResponse(app)) return app;
  const body = jsonBody(request);
  if (isResponse(body)) return body;
  const wanted = (body.passwordCredential ?? {}) as { displayName?: string; endDateTime?: string };
  const secretText = `${randomBytes(3).toString('hex').slice(0, 3)}8Q~${randomBytes(27).toString('base64url')}`;
  const start = new Date();
  const credential = {
    keyId: randomUUID(),
    displayName: wanted.displayName ?? null,
    hint: secretText.slice(0, 3),
    startDateTime: start.toISOString(),
    endDateTime: wanted.endDateTime ?? new Date(start.getTime() + 2 * 365 * 86_400_000).toISOString(),
  };
  registrationOf(app, state).passwordCredentials.push(credential);
  return ok({ '@odata.context': `${GRAPH}/v1.0/$metadata#microsoft.graph.passwordCredential`, customKeyIdentifier: null, ...credential, secretText });
}

/** `/v1.0/applications…` or `/v1.0/myorganization/applications…`. */
const APPS = String.raw`^\/v1\.0\/(?:myorganization\/)?applications`;
const ID = String.raw`\/(?<id>[0-9a-f-]{36})`;

export const applicationRoutes: Route[] = [
  { method: 'GET', host: 'graph', path: new RegExp(`${APPS}\\/?$`, 'i'), roles: APP_READ_ROLES, handler: listApplications },
  { method: 'POST', host: 'graph', path: new RegExp(`${APPS}\\/?$`, 'i'), roles: APP_CREATE_ROLES, handler: createApplication },
  { method: 'GET', host: 'graph', path: new RegExp(`${APPS}${ID}$`, 'i'), roles: APP_READ_ROLES, handler: getApplication },
  { method: 'PATCH', host: 'graph', path: new RegExp(`${APPS}${ID}$`, 'i'), roles: APP_WRITE_ROLES, handler: updateApplication },
  { method: 'DELETE', host: 'graph', path: new RegExp(`${APPS}${ID}$`, 'i'), roles: APP_WRITE_ROLES, handler: deleteApplication },
  { method: 'GET', host: 'graph', path: new RegExp(`${APPS}${ID}\\/appRoles$`, 'i'), roles: APP_READ_ROLES, handler: listAppRoles },
  { method: 'POST', host: 'graph', path: new RegExp(`${APPS}${ID}\\/addPassword$`, 'i'), roles: APP_WRITE_ROLES, handler: addPassword },
];
