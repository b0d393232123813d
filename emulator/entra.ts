/**
 * Entra ID on every cloud's login host: instance discovery, OpenID configuration, signing keys and the v2 token
 * endpoint for the client credentials grant. The tenant lives in one directory (its cloud's); the worldwide and US
 * Government directories know of each other's tenants but refuse a confidential client across them (AADSTS900382),
 * and China's directory and the others do not know each other's tenants at all (AADSTS90002). Client assertions are verified for real: a certificate assertion against
 * the app's registered certificates (x5t#S256 / x5t, RS256 / PS256), a federated assertion against a trusted issuer's
 * key and the app's federated credentials (issuer, subject and audience matched exactly and case-sensitively). Errors
 * carry Entra's AADSTS codes, wording and JSON shape, because the action turns them into hints.
 */
import { createPublicKey, randomUUID, X509Certificate } from 'node:crypto';
import jwt, { type JwtHeader, type JwtPayload } from 'jsonwebtoken';
import { areLinked, EMULATED_CLOUDS, instanceOfLoginHost, type EmulatedCloud, type EntraInstance } from './clouds.js';
import type { Federation } from './federation.js';
import { apiOfAudience, nowSeconds, type TokenService } from './tokens.js';
import type { EmulatorRequest, EmulatorResponse, EntraApp, Route, TenantState } from './types.js';

const CERT_DOCS = 'Review the documentation at https://learn.microsoft.com/entra/identity-platform/certificate-credentials .';
const WIF_DOCS = 'https://learn.microsoft.com/entra/workload-id/workload-identity-federation';
const CHECK_FIC = 'Check your federated identity credential Subject, Audience and Issuer against the presented assertion.';
const JWT_BEARER = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';
const SKEW_SECONDS = 300;

export interface EntraContext {
  tokens: TokenService;
  federation: Federation;
}

/** An Entra ID error, answered as its JSON shape. */
class EntraError extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

function entraTimestamp(date: Date): string {
  return date.toISOString().replace('T', ' ').replace(/\.\d+Z$/, 'Z');
}

function errorResponse(err: EntraError, request: EmulatorRequest): EmulatorResponse {
  const traceId = randomUUID();
  const header = request.headers['client-request-id'];
  const correlationId = typeof header === 'string' && header ? header : randomUUID();
  const timestamp = entraTimestamp(new Date());
  return {
    status: err.status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store, no-cache' },
    body: {
      error: err.error,
      error_description: `AADSTS${err.code}: ${err.message}\r\nTrace ID: ${traceId}\r\nCorrelation ID: ${correlationId}\r\nTimestamp: ${timestamp}`,
      error_codes: [err.code],
      timestamp,
      trace_id: traceId,
      correlation_id: correlationId,
      error_uri: `https://${request.host}/error?code=${err.code}`,
    },
  };
}

function tenantNotFound(tenant: string): EntraError {
  return new EntraError(
    400,
    'invalid_tenant',
    90002,
    `Tenant '${tenant}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud. Check with your subscription administrator, this may happen if there are no active subscriptions for the tenant.`,
  );
}

/** Whether `tenant` (id or verified domain, any case) names the emulated tenant. */
function isTenant(state: TenantState, tenant: string): boolean {
  const name = tenant.toLowerCase();
  return name === state.tenantId.toLowerCase() || name === state.domain.toLowerCase();
}

/** The cloud the tenant lives in. */
export function cloudOf(state: TenantState): EmulatedCloud {
  return EMULATED_CLOUDS[state.cloud ?? 'Public'];
}

/**
 * Where the tenant stands for the directory that answers this login host: 'home' in its own directory, 'linked' in
 * the other of the worldwide and US Government pair (discovery answers, a token request does not); unknown anywhere
 * else (AADSTS90002).
 */
function assertTenant(state: TenantState, tenant: string, request: EmulatorRequest): 'home' | 'linked' {
  if (!isTenant(state, tenant)) throw tenantNotFound(tenant);
  const asked = instanceOfLoginHost(request.host) ?? cloudOf(state).instance;
  const home = cloudOf(state).instance;
  if (asked === home) return 'home';
  if (areLinked(asked, home)) return 'linked';
  throw tenantNotFound(tenant);
}

function crossCloud(): EntraError {
  return new EntraError(400, 'invalid_request', 900382, 'Confidential Client is not supported in Cross Cloud request.');
}

/** Wraps a handler so that an EntraError becomes Entra's JSON error. */
function entraHandler(handler: Route['handler']): Route['handler'] {
  return async (request, params, state) => {
    try {
      return await handler(request, params, state);
    } catch (error) {
      if (error instanceof EntraError) return errorResponse(error, request);
      throw error;
    }
  };
}

/**
 * The tenant's OpenID configuration as the login host `host` serves it: endpoints on that host, the issuer and cloud
 * instance of the tenant's own directory, its region and Graph host (how a client can tell the tenant's cloud).
 */
function openIdConfiguration(tid: string, host: string, cloud: EmulatedCloud): Record<string, unknown> {
  const base = `https://${host}/${tid}`;
  const { instance } = cloud;
  return {
    token_endpoint: `${base}/oauth2/v2.0/token`,
    token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt', 'client_secret_basic'],
    jwks_uri: `${base}/discovery/v2.0/keys`,
    response_modes_supported: ['query', 'fragment', 'form_post'],
    subject_types_supported: ['pairwise'],
    id_token_signing_alg_values_supported: ['RS256'],
    response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
    scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
    issuer: `https://${instance.v2IssuerHost}/${tid}/v2.0`,
    request_uri_parameter_supported: false,
    userinfo_endpoint: `https://${cloud.graphHost}/oidc/userinfo`,
    authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
    device_authorization_endpoint: `${base}/oauth2/v2.0/devicecode`,
    http_logout_supported: true,
    frontchannel_logout_supported: true,
    end_session_endpoint: `${base}/oauth2/v2.0/logout`,
    claims_supported: ['sub', 'iss', 'cloud_instance_name', 'cloud_instance_host_name', 'cloud_graph_host_name',
      'msgraph_host', 'aud', 'exp', 'iat', 'auth_time', 'acr', 'nonce', 'preferred_username', 'name', 'tid', 'ver',
      'at_hash', 'c_hash', 'email'],
    kerberos_endpoint: `${base}/kerberos`,
    tenant_region_scope: cloud.region.scope,
    ...(cloud.region.subScope ? { tenant_region_sub_scope: cloud.region.subScope } : {}),
    cloud_instance_name: instance.cloudInstanceName,
    msgraph_host: cloud.graphHost,
  };
}

function openIdConfigurationV1(tid: string, host: string, cloud: EmulatedCloud): Record<string, unknown> {
  const base = `https://${host}/${tid}`;
  return {
    ...openIdConfiguration(tid, host, cloud),
    token_endpoint: `${base}/oauth2/token`,
    jwks_uri: `${base}/discovery/keys`,
    issuer: `https://${cloud.instance.v1IssuerHost}/${tid}/`,
    authorization_endpoint: `${base}/oauth2/authorize`,
    device_authorization_endpoint: `${base}/oauth2/devicecode`,
    end_session_endpoint: `${base}/oauth2/logout`,
  };
}

/** The aliases instance discovery lists per directory. */
const ALIASES: Readonly<Record<EntraInstance['name'], { preferred_network: string; preferred_cache: string; aliases: string[] }>> = {
  worldwide: {
    preferred_network: 'login.microsoftonline.com',
    preferred_cache: 'login.windows.net',
    aliases: ['login.microsoftonline.com', 'login.windows.net', 'login.microsoft.com', 'sts.windows.net'],
  },
  usgov: {
    preferred_network: 'login.microsoftonline.us',
    preferred_cache: 'login.microsoftonline.us',
    aliases: ['login.microsoftonline.us', 'login.usgovcloudapi.net'],
  },
  china: {
    preferred_network: 'login.chinacloudapi.cn',
    preferred_cache: 'login.chinacloudapi.cn',
    aliases: ['login.chinacloudapi.cn', 'login.partner.microsoftonline.cn'],
  },
};

function instanceDiscovery(request: EmulatorRequest): EmulatorResponse {
  const base = `https://${request.host}`;
  const authorize = request.query.get('authorization_endpoint') ?? `${base}/common/oauth2/v2.0/authorize`;
  const tenant = /^https:\/\/[^/]+\/([^/]+)\//.exec(authorize)?.[1] ?? 'common';
  const instance = instanceOfLoginHost(request.host);
  return {
    status: 200,
    body: {
      tenant_discovery_endpoint: `${base}/${tenant}/v2.0/.well-known/openid-configuration`,
      'api-version': '1.1',
      metadata: instance ? [ALIASES[instance.name]] : [],
    },
  };
}

/** The Entra ID routes of the emulated tenant. */
export function entraRoutes(ctx: EntraContext): Route[] {
  const keys = (): EmulatorResponse => ({ status: 200, body: { keys: [ctx.tokens.key.jwk] } });
  return [
    { method: 'GET', host: 'login', path: /^\/common\/discovery\/instance$/, handler: instanceDiscovery },
    {
      method: 'GET',
      host: 'login',
      path: /^\/(?<tenant>[^/]+)\/v2\.0\/\.well-known\/openid-configuration$/,
      handler: entraHandler((request, params, state) => {
        assertTenant(state, params.tenant, request);
        return { status: 200, body: openIdConfiguration(state.tenantId, request.host, cloudOf(state)) };
      }),
    },
    {
      method: 'GET',
      host: 'login',
      path: /^\/(?<tenant>[^/]+)\/\.well-known\/openid-configuration$/,
      handler: entraHandler((request, params, state) => {
        assertTenant(state, params.tenant, request);
        return { status: 200, body: openIdConfigurationV1(state.tenantId, request.host, cloudOf(state)) };
      }),
    },
    {
      method: 'GET',
      host: 'login',
      path: /^\/(?<tenant>[^/]+)\/discovery\/(?:v2\.0\/)?keys$/,
      handler: entraHandler((request, params, state) => {
        if (params.tenant.toLowerCase() !== 'common') assertTenant(state, params.tenant, request);
        return keys();
      }),
    },
    {
      method: 'POST',
      host: 'login',
      path: /^\/(?<tenant>[^/]+)\/oauth2\/v2\.0\/token$/,
      handler: entraHandler((request, params, state) => issueToken(ctx, request, params.tenant, state)),
    },
  ];
}

/** The resource a `.default` scope names, normalised, or an EntraError. */
function resourceOf(state: TenantState, scope: string, tenant: string): string {
  const scopes = scope.split(' ').filter((s) => s && !['openid', 'profile', 'offline_access'].includes(s));
  const value = scopes.join(' ');
  if (scopes.length !== 1 || !scopes[0].endsWith('/.default')) {
    throw new EntraError(
      400,
      'invalid_scope',
      1002012,
      `The provided value for scope ${value} is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI).`,
    );
  }
  const resource = scopes[0].slice(0, -'/.default'.length);
  const normalised = resource.toLowerCase().replace(/\/$/, '');
  // The resources of the tenant's own cloud only: a national cloud's directory knows its own Microsoft 365 services.
  const cloud = cloudOf(state);
  const [tenantLabel] = state.sharePointHost.split('.');
  const known = [
    `https://${cloud.graphHost}`,
    `https://${cloud.managementHost}`,
    `https://${cloud.azureHost}`,
    `https://${state.sharePointHost}`,
    `https://${tenantLabel}-admin.${cloud.sharePointSuffix}`,
    `https://${tenantLabel}-my.${cloud.sharePointSuffix}`,
  ];
  if (!known.includes(normalised)) {
    // Includes Viva Engage (https://api.yammer.com): Entra ID issues it no app-only token.
    throw new EntraError(
      400,
      'invalid_resource',
      500011,
      `The resource principal named ${resource} was not found in the tenant named ${tenant}. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You might have sent your authentication request to the wrong tenant.`,
    );
  }
  return normalised;
}

function missingParameter(name: string): EntraError {
  return new EntraError(400, 'invalid_request', 900144, `The request body must contain the following parameter: '${name}'.`);
}

function issueToken(ctx: EntraContext, request: EmulatorRequest, tenant: string, state: TenantState): EmulatorResponse {
  if (assertTenant(state, tenant, request) === 'linked') throw crossCloud();
  const form = new URLSearchParams(request.body.toString('utf8'));
  const grantType = form.get('grant_type');
  if (!grantType) throw missingParameter('grant_type');
  if (grantType !== 'client_credentials') {
    throw new EntraError(400, 'unsupported_grant_type', 70003, `The app requested an unsupported grant type '${grantType}'.`);
  }
  const clientId = form.get('client_id');
  if (!clientId) throw missingParameter('client_id');
  const app = state.apps.find((a) => a.appId.toLowerCase() === clientId.toLowerCase());
  if (!app) {
    throw new EntraError(
      400,
      'unauthorized_client',
      700016,
      `Application with identifier '${clientId}' was not found in the directory '${tenant}'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.`,
    );
  }
  const resource = resourceOf(state, form.get('scope') ?? '', tenant);
  authenticateClient(ctx, form, app, state);
  const api = apiOfAudience(resource);
  const roles = api === undefined ? [] : [...(app.roles[api] ?? [])];
  const { token, expiresIn } = ctx.tokens.issueAccessToken({ aud: resource, appid: app.appId, appDisplayName: app.displayName, roles });
  return {
    status: 200,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store, no-cache' },
    body: { token_type: 'Bearer', expires_in: expiresIn, ext_expires_in: expiresIn, access_token: token },
  };
}

function authenticateClient(ctx: EntraContext, form: URLSearchParams, app: EntraApp, state: TenantState): void {
  if (form.get('client_secret')) {
    throw new EntraError(
      401,
      'invalid_client',
      7000215,
      `Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${app.appId}'.`,
    );
  }
  const assertion = form.get('client_assertion');
  if (!assertion) {
    throw new EntraError(
      401,
      'invalid_client',
      7000216,
      "'client_assertion', 'client_secret' or 'request' is required for the 'client_credentials' grant type.",
    );
  }
  if (form.get('client_assertion_type') !== JWT_BEARER) throw missingParameter('client_assertion_type');
  const decoded = jwt.decode(assertion, { complete: true });
  if (!decoded || typeof decoded.payload === 'string') {
    throw new EntraError(400, 'invalid_request', 50027, 'JWT token is invalid or malformed.');
  }
  // An assertion the app signed itself names the app as issuer; anything else comes from a federated issuer.
  if (decoded.payload.iss === app.appId) verifyCertificateAssertion(assertion, decoded.header, decoded.payload, app, state);
  else verifyFederatedAssertion(ctx, assertion, decoded.header, decoded.payload, app);
}

function hexOf(base64url: string): string {
  return Buffer.from(base64url, 'base64url').toString('hex').toUpperCase();
}

function keyWindow(certificatePem: string): string {
  const cert = new X509Certificate(certificatePem);
  const format = (d: string): string => {
    const date = new Date(d);
    const pad = (n: number): string => String(n).padStart(2, '0');
    return `${pad(date.getUTCMonth() + 1)}/${pad(date.getUTCDate())}/${date.getUTCFullYear()} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
  };
  return `Found key 'Start=${format(cert.validFrom)}, End=${format(cert.validTo)}'`;
}

function invalidSignature(reason: string, thumbprint: string, app: EntraApp, found?: string): EntraError {
  const parts = [`Reason - ${reason}`, `Thumbprint of key used by client: '${thumbprint}'`];
  if (found) parts.push(found);
  parts.push(
    `Please visit the Azure Portal, Graph Explorer or directly use MS Graph to see configured keys for app Id '${app.appId}'. Review the documentation at https://docs.microsoft.com/en-us/graph/deployments to determine the corresponding service endpoint and https://docs.microsoft.com/en-us/graph/api/application-get?view=graph-rest-1.0&tabs=http to build a query request URL, such as 'https://graph.microsoft.com/beta/applications/${app.appId}'`,
  );
  return new EntraError(401, 'invalid_client', 700027, `Client assertion contains an invalid signature. [${parts.join(', ')}]`);
}

function verifyCertificateAssertion(
  assertion: string,
  header: JwtHeader,
  payload: JwtPayload,
  app: EntraApp,
  state: TenantState,
): void {
  const sha256 = header['x5t#S256' as keyof JwtHeader] as string | undefined;
  const sha1 = header.x5t;
  const presented = sha256 ?? sha1;
  if (typeof presented !== 'string') {
    throw new EntraError(400, 'invalid_request', 50027, 'Invalid JWT token. No certificate thumbprint specified in token header.');
  }
  const thumbprint = hexOf(presented);
  const registered = app.certificates.find((c) =>
    sha256 !== undefined ? hexOf(c.thumbprintSha256) === thumbprint : hexOf(c.thumbprintSha1) === thumbprint,
  );
  if (!registered) throw invalidSignature('The key was not found.', thumbprint, app);
  const found = keyWindow(registered.certificatePem);
  const cert = new X509Certificate(registered.certificatePem);
  if (Date.parse(cert.validTo) < Date.now() || Date.parse(cert.validFrom) > Date.now()) {
    throw invalidSignature('The key used is expired.', thumbprint, app, found);
  }
  try {
    jwt.verify(assertion, createPublicKey(registered.certificatePem), {
      algorithms: ['RS256', 'PS256'],
      ignoreExpiration: true,
      ignoreNotBefore: true,
    });
  } catch {
    throw invalidSignature('The provided signature value did not match the expected signature value.', thumbprint, app, found);
  }
  if (payload.sub !== app.appId) {
    throw new EntraError(401, 'invalid_client', 700021, `Client assertion application identifier doesn't match 'client_id' parameter. ${CERT_DOCS}`);
  }
  assertAudience(payload, state);
  assertTimeRange(payload);
}

/** The assertion's `aud` must be this tenant's token endpoint (by id or domain) on a login host of its directory. */
function assertAudience(payload: JwtPayload, state: TenantState): void {
  const aud = typeof payload.aud === 'string' ? payload.aud : '';
  const match = /^https:\/\/([^/]+)\/([^/]+)\/oauth2\/(?:v2\.0\/)?token\/?$/i.exec(aud);
  const ownHost = match !== null && instanceOfLoginHost(match[1]) === cloudOf(state).instance;
  if (!match || !ownHost || !isTenant(state, match[2])) {
    throw new EntraError(
      401,
      'invalid_client',
      50027,
      `Invalid JWT token. The audience '${aud}' of the client assertion is not the token endpoint of this tenant.`,
    );
  }
}

function isoSeconds(seconds: number | undefined): string {
  return new Date((seconds ?? 0) * 1000).toISOString().replace(/\.(\d{3})Z$/, '.$10000Z');
}

function assertTimeRange(payload: JwtPayload): void {
  const now = nowSeconds();
  const exp = typeof payload.exp === 'number' ? payload.exp : 0;
  const nbf = typeof payload.nbf === 'number' ? payload.nbf : undefined;
  if (exp > now && (nbf === undefined || nbf <= now + SKEW_SECONDS)) return;
  throw new EntraError(
    401,
    'invalid_client',
    700024,
    `Client assertion is not within its valid time range. Current time: ${isoSeconds(now)}, assertion valid from ${isoSeconds(nbf)}, expiry time of assertion ${isoSeconds(exp)}. ${CERT_DOCS}`,
  );
}

function noMatch(code: number, what: 'issuer' | 'subject' | 'audience', value: string, extra = ''): EntraError {
  return new EntraError(
    401,
    'invalid_client',
    code,
    `No matching federated identity record found for presented assertion ${what} '${value}'.${extra} ${CHECK_FIC} ${WIF_DOCS}`,
  );
}

function verifyFederatedAssertion(
  ctx: EntraContext,
  assertion: string,
  header: JwtHeader,
  payload: JwtPayload,
  app: EntraApp,
): void {
  const issuer = typeof payload.iss === 'string' ? payload.iss : '';
  const credentials = app.federatedCredentials.filter((c) => c.issuer === issuer);
  if (credentials.length === 0) throw noMatch(700211, 'issuer', issuer);
  const key = ctx.federation.keyFor(issuer, header.kid);
  if (!ctx.federation.knowsIssuer(issuer)) {
    throw new EntraError(401, 'invalid_client', 50166, `Request to External OIDC endpoint failed.`);
  }
  const signatureError = new EntraError(
    401,
    'invalid_client',
    50013,
    `Assertion failed signature validation. [Reason - ${key ? 'Key was found, but use of the key to verify the signature failed.' : 'The key was not found.'}]`,
  );
  if (!key) throw signatureError;
  try {
    jwt.verify(assertion, key.publicKey, { algorithms: ['RS256'], ignoreExpiration: true, ignoreNotBefore: true });
  } catch {
    throw signatureError;
  }
  assertTimeRange(payload);
  const subject = typeof payload.sub === 'string' ? payload.sub : '';
  const bySubject = credentials.filter((c) => c.subject === subject);
  if (bySubject.length === 0) {
    if (credentials.some((c) => c.subject.toLowerCase() === subject.toLowerCase())) {
      throw noMatch(
        7002138,
        'subject',
        subject,
        ' The subject matches with case-insensitive comparison, but not with case-sensitive comparison.',
      );
    }
    throw noMatch(700213, 'subject', subject);
  }
  const audiences = typeof payload.aud === 'string' ? [payload.aud] : (payload.aud ?? []);
  if (!bySubject.some((c) => c.audiences.some((a) => audiences.includes(a)))) {
    throw noMatch(700212, 'audience', audiences.join(', '));
  }
}
