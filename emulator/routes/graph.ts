/**
 * Microsoft Graph as the catalogue uses it: `sites/root` (SharePoint discovery), `groups` (filters, `$select`, `$top`,
 * `$skiptoken` paging, the advanced-query rule for `not()`), and `applications`. Errors have Graph's shape.
 */
import { randomUUID } from 'node:crypto';
import { seedGuid } from '../seed-content.js';
import type { EmulatorRequest, EmulatorResponse, EntraApp, Group, Route, TenantState } from '../types.js';

const GRAPH = 'https://graph.microsoft.com';
const DEFAULT_PAGE = 100;
const MAX_PAGE = 999;

const GROUP_ROLES = ['Group.Read.All', 'Group.ReadWrite.All', 'Directory.Read.All', 'Directory.ReadWrite.All'];
const APP_ROLES = ['Application.Read.All', 'Application.ReadWrite.All', 'Application.ReadWrite.OwnedBy', 'Directory.Read.All', 'Directory.ReadWrite.All'];
const SITE_ROLES = ['Sites.Read.All', 'Sites.ReadWrite.All', 'Sites.Manage.All', 'Sites.FullControl.All'];

/** A Graph error body: `{ error: { code, message, innerError } }`. */
export function graphError(status: number, code: string, message: string): EmulatorResponse {
  const innerError = { date: new Date().toISOString().replace(/\.\d+Z$/, ''), 'request-id': randomUUID() };
  return { status, body: { error: { code, message, innerError } } };
}

function ok(body: unknown): EmulatorResponse {
  return { status: 200, headers: { 'content-type': 'application/json;odata.metadata=minimal;charset=utf-8' }, body };
}

/** Keeps only the `$select`ed properties (and OData annotations). */
function project(entity: Record<string, unknown>, select: string | null): Record<string, unknown> {
  if (!select) return entity;
  const wanted = new Set(select.split(',').map((p) => p.trim().toLowerCase()));
  return Object.fromEntries(Object.entries(entity).filter(([k]) => k.startsWith('@') || wanted.has(k.toLowerCase())));
}

function sitesRoot(request: EmulatorRequest, _params: Record<string, string>, state: TenantState): EmulatorResponse {
  const root = state.sites.find((s) => new URL(s.Url).pathname === '/') ?? state.sites[0];
  const site = {
    '@odata.context': `${GRAPH}/v1.0/$metadata#sites/$entity`,
    createdDateTime: '2024-01-15T09:30:00Z',
    description: root.rootWeb.Description,
    id: `${state.sharePointHost},${root.Id},${root.rootWeb.Id}`,
    lastModifiedDateTime: '2024-01-15T09:30:00Z',
    name: '',
    webUrl: root.Url,
    displayName: root.rootWeb.Title,
    root: {},
    siteCollection: { hostname: state.sharePointHost },
  };
  return ok(project(site, request.query.get('$select')));
}

type GroupTest = (group: Group) => boolean;

/** One `$filter` clause of the forms the CLI sends; undefined when unsupported. */
function clause(text: string): GroupTest | undefined {
  const unquote = (s: string): string => s.replace(/''/g, "'");
  let m = /^startswith\((\w+)\s*,\s*'((?:[^']|'')*)'\)$/i.exec(text);
  if (m) {
    const [prop, prefix] = [m[1], unquote(m[2]).toLowerCase()];
    return (g) => String(propOf(g, prop) ?? '').toLowerCase().startsWith(prefix);
  }
  m = /^(\w+) eq '((?:[^']|'')*)'$/i.exec(text);
  if (m) {
    const [prop, value] = [m[1], unquote(m[2]).toLowerCase()];
    return (g) => String(propOf(g, prop) ?? '').toLowerCase() === value;
  }
  m = /^(\w+) eq (true|false)$/i.exec(text);
  if (m) {
    const [prop, value] = [m[1], m[2].toLowerCase() === 'true'];
    return (g) => propOf(g, prop) === value;
  }
  m = /^groupTypes\/any\((\w+):\s*\1 eq '(\w+)'\)$/i.exec(text);
  if (m) {
    const type = m[2].toLowerCase();
    return (g) => g.groupTypes.some((t) => t.toLowerCase() === type);
  }
  return undefined;
}

function propOf(group: Group, name: string): unknown {
  const key = Object.keys(group).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : group[key as keyof Group];
}

/** Splits on ` and ` outside parentheses. */
function conjuncts(filter: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < filter.length; i++) {
    if (filter[i] === '(') depth++;
    else if (filter[i] === ')') depth--;
    else if (depth === 0 && filter.slice(i, i + 5).toLowerCase() === ' and ') {
      parts.push(filter.slice(start, i).trim());
      start = i + 5;
    }
  }
  parts.push(filter.slice(start).trim());
  return parts;
}

/** The filter as a predicate, or an error response. `not()` is an advanced query, as in Graph. */
function groupFilter(request: EmulatorRequest): GroupTest | EmulatorResponse {
  const filter = request.query.get('$filter');
  if (!filter) return () => true;
  const tests: GroupTest[] = [];
  for (const part of conjuncts(filter)) {
    const negated = /^not\((.*)\)$/i.exec(part);
    if (negated && !isAdvancedQuery(request)) {
      return graphError(400, 'Request_UnsupportedQuery', "Operator 'not' is not supported because the required parameters might be missing. Try adding $count with a value of true and the ConsistencyLevel header with a value of eventual.");
    }
    const test = clause(negated ? negated[1] : part);
    if (!test) return graphError(400, 'Request_UnsupportedQuery', `Unsupported or invalid query filter clause specified: '${part}'.`);
    tests.push(negated ? (g) => !test(g) : test);
  }
  return (g) => tests.every((t) => t(g));
}

function isAdvancedQuery(request: EmulatorRequest): boolean {
  return String(request.headers.consistencylevel ?? '').toLowerCase() === 'eventual' && request.query.get('$count') === 'true';
}

function groupJson(group: Group): Record<string, unknown> {
  return {
    id: group.id,
    deletedDateTime: null,
    classification: null,
    createdDateTime: group.createdDateTime,
    creationOptions: [],
    description: group.description,
    displayName: group.displayName,
    expirationDateTime: null,
    groupTypes: group.groupTypes,
    isAssignableToRole: null,
    mail: group.mail,
    mailEnabled: group.mailEnabled,
    mailNickname: group.mailNickname,
    membershipRule: null,
    membershipRuleProcessingState: null,
    onPremisesSyncEnabled: null,
    preferredDataLocation: null,
    proxyAddresses: group.mail ? [`SMTP:${group.mail}`] : [],
    renewedDateTime: group.createdDateTime,
    resourceBehaviorOptions: [],
    resourceProvisioningOptions: [],
    securityEnabled: group.securityEnabled,
    securityIdentifier: `S-1-12-1-${parseInt(group.id.slice(0, 8), 16)}`,
    theme: null,
    visibility: group.visibility,
  };
}

/** Page position as an opaque token (Graph's are opaque too). */
function skipToken(offset: number): string {
  return Buffer.from(`RFNwdAIAAQAAA${offset}`).toString('base64url');
}

function offsetOf(token: string): number | undefined {
  const m = /^RFNwdAIAAQAAA(\d+)$/.exec(Buffer.from(token, 'base64url').toString());
  return m ? Number(m[1]) : undefined;
}

function listGroups(request: EmulatorRequest, _params: Record<string, string>, state: TenantState): EmulatorResponse {
  const test = groupFilter(request);
  if (typeof test !== 'function') return test;
  const top = request.query.has('$top') ? Number(request.query.get('$top')) : DEFAULT_PAGE;
  if (!Number.isInteger(top) || top < 1 || top > MAX_PAGE) {
    return graphError(400, 'Request_BadRequest', `Invalid page size specified: '${request.query.get('$top')}'. Must be between 1 and 999 inclusive.`);
  }
  const token = request.query.get('$skiptoken');
  const offset = token === null ? 0 : offsetOf(token);
  if (offset === undefined) return graphError(400, 'Directory_ExpiredPageToken', 'The specified page token value has expired and can no longer be included in your request.');
  const matching = state.groups.filter(test);
  const page = matching.slice(offset, offset + top).map((g) => project(groupJson(g), request.query.get('$select')));
  const body: Record<string, unknown> = { '@odata.context': `${GRAPH}/v1.0/$metadata#groups` };
  if (request.query.get('$count') === 'true') body['@odata.count'] = matching.length;
  if (offset + top < matching.length) body['@odata.nextLink'] = nextLink(request, skipToken(offset + top));
  body.value = page;
  return ok(body);
}

/** The same query with the next page's `$skiptoken`. */
function nextLink(request: EmulatorRequest, token: string): string {
  const pairs = [...request.query.entries()].filter(([k]) => k !== '$skiptoken');
  pairs.push(['$skiptoken', token]);
  return `https://${request.host}${request.path}?${pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')}`;
}

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
    const value = m[2].replace(/''/g, "'").toLowerCase();
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

export const graphRoutes: Route[] = [
  { method: 'GET', host: 'graph', path: /^\/v1\.0\/sites\/root\/?$/i, roles: SITE_ROLES, handler: sitesRoot },
  { method: 'GET', host: 'graph', path: /^\/v1\.0\/groups\/?$/i, roles: GROUP_ROLES, handler: listGroups },
  { method: 'GET', host: 'graph', path: /^\/v1\.0\/applications\/?$/i, roles: APP_ROLES, handler: listApplications },
  { method: 'GET', host: 'graph', path: /^\/v1\.0\/applications\/(?<id>[0-9a-f-]{36})$/i, roles: APP_ROLES, handler: getApplication },
];
