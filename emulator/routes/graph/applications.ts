/** Graph `applications`: by `appId` or `displayName` filter, and by object id (what `entra app get` calls). */
import { seedGuid } from '../../seed-content.js';
import type { EmulatorRequest, EmulatorResponse, EntraApp, Route, TenantState } from '../../types.js';
import { GRAPH, graphError, ok, project, unquote } from './graph-odata.js';

const APP_ROLES = ['Application.Read.All', 'Application.ReadWrite.All', 'Application.ReadWrite.OwnedBy', 'Directory.Read.All', 'Directory.ReadWrite.All'];

function applicationJson(app: EntraApp, state: TenantState): Record<string, unknown> {
  return {
    id: app.id,
    deletedDateTime: null,
    appId: app.appId,
    createdDateTime: '2024-01-15T09:30:00Z',
    description: null,
    displayName: app.displayName,
    identifierUris: [],
    publisherDomain: state.domain,
    signInAudience: 'AzureADMyOrg',
    tags: [],
    api: { acceptMappedClaims: null, knownClientApplications: [], oauth2PermissionScopes: [], preAuthorizedApplications: [], requestedAccessTokenVersion: null },
    appRoles: [],
    info: { logoUrl: null, marketingUrl: null, privacyStatementUrl: null, supportUrl: null, termsOfServiceUrl: null },
    keyCredentials: app.certificates.map((c) => ({
      customKeyIdentifier: Buffer.from(c.thumbprintSha1, 'base64url').toString('hex').toUpperCase(),
      displayName: `CN=${app.displayName}`,
      key: null,
      keyId: seedGuid(`key:${c.thumbprintSha256}`),
      type: 'AsymmetricX509Cert',
      usage: 'Verify',
    })),
    passwordCredentials: [],
    publicClient: { redirectUris: [] },
    requiredResourceAccess: [],
    web: { homePageUrl: null, logoutUrl: null, redirectUris: [], implicitGrantSettings: { enableAccessTokenIssuance: false, enableIdTokenIssuance: false } },
    spa: { redirectUris: [] },
  };
}

function listApplications(request: EmulatorRequest, _params: Record<string, string>, state: TenantState): EmulatorResponse {
  const filter = request.query.get('$filter');
  let apps = state.apps;
  if (filter) {
    const m = /^(appId|displayName) eq '((?:[^']|'')*)'$/i.exec(filter.trim());
    if (!m) return graphError(400, 'Request_UnsupportedQuery', `Unsupported or invalid query filter clause specified: '${filter}'.`);
    const value = unquote(m[2]).toLowerCase();
    apps = apps.filter((a) => (m[1].toLowerCase() === 'appid' ? a.appId : a.displayName).toLowerCase() === value);
  }
  const value = apps.map((a) => project(applicationJson(a, state), request.query.get('$select')));
  return ok({ '@odata.context': `${GRAPH}/v1.0/$metadata#applications`, value });
}

function getApplication(request: EmulatorRequest, params: Record<string, string>, state: TenantState): EmulatorResponse {
  const app = state.apps.find((a) => a.id.toLowerCase() === params.id.toLowerCase());
  if (!app) {
    return graphError(404, 'Request_ResourceNotFound', `Resource '${params.id}' does not exist or one of its queried reference-property objects are not present.`);
  }
  return ok({ '@odata.context': `${GRAPH}/v1.0/$metadata#applications/$entity`, ...project(applicationJson(app, state), request.query.get('$select')) });
}

export const applicationRoutes: Route[] = [
  { method: 'GET', host: 'graph', path: /^\/v1\.0\/applications\/?$/i, roles: APP_ROLES, handler: listApplications },
  { method: 'GET', host: 'graph', path: /^\/v1\.0\/applications\/(?<id>[0-9a-f-]{36})$/i, roles: APP_ROLES, handler: getApplication },
];
