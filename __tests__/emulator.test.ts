/**
 * The emulated tenant over real sockets: undici's fetch through the proxy (CONNECT + TLS with the emulator's CA, which
 * the worker trusts through NODE_EXTRA_CA_CERTS set by the global setup — no `ca` option anywhere here).
 */
import { createHash, generateKeyPairSync, randomUUID, X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import jwt from 'jsonwebtoken';
import { ConfidentialClientApplication, type INetworkModule, type NetworkRequestOptions } from '@azure/msal-node';
import { EnvHttpProxyAgent, fetch } from 'undici';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_APP_ID, DEMO_TENANT_DOMAIN, DEMO_TENANT_ID } from '../emulator/constants.js';
import { startEmulator, TOKEN_FILE_SUBJECT, type Emulator } from '../emulator/index.js';

let emulator: Emulator;
let dispatcher: EnvHttpProxyAgent;

const TOKEN_URL = `https://login.microsoftonline.com/${DEMO_TENANT_ID}/oauth2/v2.0/token`;

interface EntraErrorBody {
  error: string;
  error_description: string;
  error_codes: number[];
  trace_id: string;
  correlation_id: string;
  timestamp: string;
  error_uri: string;
}

async function get(url: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Headers; body: unknown }> {
  const response = await fetch(url, { dispatcher, headers });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
}

async function post(url: string, form: Record<string, string>, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    dispatcher,
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(form).toString(),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

function demoKeyAndCert(): { key: string; cert: string } {
  const pem = readFileSync(emulator.demo.pemPath, 'utf8');
  const cert = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/.exec(pem)?.[0] ?? '';
  const key = /-----BEGIN PRIVATE KEY-----[\s\S]+?-----END PRIVATE KEY-----/.exec(pem)?.[0] ?? '';
  return { key, cert };
}

interface AssertionOptions {
  key?: string;
  thumbprint?: string;
  aud?: string;
  exp?: number;
  algorithm?: 'PS256' | 'RS256';
}

/** A client assertion as msal-node builds it with thumbprintSha256: PS256 with x5t#S256. */
function certificateAssertion(options: AssertionOptions = {}): string {
  const demo = demoKeyAndCert();
  const der = new X509Certificate(demo.cert).raw;
  const now = Math.floor(Date.now() / 1000);
  const algorithm = options.algorithm ?? 'PS256';
  const thumbprint =
    options.thumbprint ??
    (algorithm === 'PS256' ? createHash('sha256') : createHash('sha1')).update(der).digest('base64url');
  const header = { alg: algorithm, typ: 'JWT', [algorithm === 'PS256' ? 'x5t#S256' : 'x5t']: thumbprint };
  const payload = {
    aud: options.aud ?? TOKEN_URL,
    iss: DEMO_APP_ID,
    sub: DEMO_APP_ID,
    jti: randomUUID(),
    nbf: now,
    exp: options.exp ?? now + 600,
  };
  return jwt.sign(payload, options.key ?? demo.key, { algorithm, header: header as jwt.JwtHeader });
}

function tokenRequest(assertion: string, scope = 'https://graph.microsoft.com/.default', clientId = DEMO_APP_ID) {
  return post(TOKEN_URL, {
    client_id: clientId,
    scope,
    grant_type: 'client_credentials',
    client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
    client_assertion: assertion,
  });
}

function aadsts(body: Record<string, unknown>): { code: number; message: string; error: string } {
  const error = body as unknown as EntraErrorBody;
  return {
    code: error.error_codes[0],
    message: error.error_description.split('\r\n')[0],
    error: error.error,
  };
}

async function accessToken(scope: string): Promise<string> {
  const { status, body } = await tokenRequest(certificateAssertion(), scope);
  expect(status).toBe(200);
  return body.access_token as string;
}

beforeAll(async () => {
  emulator = await startEmulator();
  dispatcher = new EnvHttpProxyAgent({ httpsProxy: emulator.proxyUrl, httpProxy: emulator.proxyUrl, noProxy: '' });
});

afterAll(async () => {
  await dispatcher.close();
  await emulator.stop();
});

beforeEach(() => {
  emulator.clearRequests();
  emulator.clearFaults();
  emulator.setPlatformTokenLifetime(300);
  emulator.github.setSubject('repo:contoso/app:ref:refs/heads/main');
});

describe('proxy and TLS', () => {
  it('is trusted by a forked worker through NODE_EXTRA_CA_CERTS alone', async () => {
    expect(process.env.NODE_EXTRA_CA_CERTS).toBe(emulator.caCertPath);
    const { status } = await get('https://login.microsoftonline.com/common/discovery/instance?api-version=1.1');
    expect(status).toBe(200);
  });

  it('refuses and records a host it does not emulate', async () => {
    await expect(fetch('https://example.com/', { dispatcher })).rejects.toThrow();
    expect(emulator.requests).toEqual([
      expect.objectContaining({ method: 'CONNECT', host: 'example.com', status: 403, refused: true }),
    ]);
  });

  it('refuses plain HTTP, tunnelled or as an absolute-URI request, and records it', async () => {
    await expect(fetch('http://graph.microsoft.com/v1.0/sites/root', { dispatcher })).rejects.toThrow();
    const status = await new Promise<number | undefined>((resolve, reject) => {
      const request = http.request(
        { host: '127.0.0.1', port: emulator.port, path: 'http://graph.microsoft.com/v1.0/sites/root?$top=1' },
        (response) => resolve(response.resume().statusCode),
      );
      request.on('error', reject).end();
    });
    expect(status).toBe(403);
    expect(emulator.requests).toEqual([
      expect.objectContaining({ method: 'CONNECT', host: 'graph.microsoft.com', refused: true }),
      expect.objectContaining({ method: 'GET', host: 'graph.microsoft.com', path: '/v1.0/sites/root', query: '$top=1', refused: true }),
    ]);
  });

  it('routes literal hosts (with a certificate made on demand) and enforces route roles', async () => {
    const other = await startEmulator({
      extraRoutes: [
        { method: 'GET', host: 'api.contoso.test', path: /^\/hello$/, handler: () => ({ status: 200, body: { hello: 'world' } }) },
        { method: 'GET', host: 'graph', path: /^\/v1\.0\/emulator-secret$/, roles: ['Directory.Read.All'], handler: () => ({ status: 200 }) },
        { method: 'GET', host: 'graph', path: /^\/v1\.0\/emulator-(?<name>\w+)$/, roles: ['Sites.Read.All'], handler: (request, params) => ({ status: 200, body: { name: params.name, appid: request.token?.appid } }) },
      ],
    });
    const through = new EnvHttpProxyAgent({ httpsProxy: other.proxyUrl, noProxy: '' });
    const literal = await fetch('https://api.contoso.test/HELLO', { dispatcher: through });
    expect(await literal.json()).toEqual({ hello: 'world' });
    const graphToken = await accessToken('https://graph.microsoft.com/.default');
    const headers = { authorization: `Bearer ${graphToken}` };
    // The token comes from `emulator`; `other` shares the data directory and so the tenant signing key.
    const denied = await fetch('https://graph.microsoft.com/v1.0/emulator-secret', { dispatcher: through, headers });
    expect(denied.status).toBe(403);
    expect(await denied.json()).toMatchObject({ error: { code: 'Authorization_RequestDenied' } });
    const allowed = await fetch('https://graph.microsoft.com/v1.0/emulator-things', { dispatcher: through, headers });
    expect(await allowed.json()).toEqual({ name: 'things', appid: DEMO_APP_ID });
    await through.close();
    await other.stop();
  });

  it('gives each emulator its own tenant state', async () => {
    const other = await startEmulator();
    other.unregisterCertificates(DEMO_APP_ID);
    expect(other.state.apps[0].certificates).toHaveLength(0);
    expect(emulator.state.apps[0].certificates).toHaveLength(1);
    await other.stop();
  });
});

describe('Entra ID discovery', () => {
  it('serves the OpenID configuration by tenant domain, in any case', async () => {
    const { status, body } = await get(`https://login.microsoftonline.com/${DEMO_TENANT_DOMAIN.toUpperCase()}/v2.0/.well-known/openid-configuration`);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      issuer: `https://login.microsoftonline.com/${DEMO_TENANT_ID}/v2.0`,
      token_endpoint: TOKEN_URL,
      authorization_endpoint: `https://login.microsoftonline.com/${DEMO_TENANT_ID}/oauth2/v2.0/authorize`,
      jwks_uri: `https://login.microsoftonline.com/${DEMO_TENANT_ID}/discovery/v2.0/keys`,
    });
  });

  it('answers AADSTS90002 for an unknown tenant, in Entra ID error shape', async () => {
    const { status, body } = await get('https://login.microsoftonline.com/fabrikam.onmicrosoft.com/v2.0/.well-known/openid-configuration', {
      'client-request-id': 'c0ffee00-0000-4000-8000-000000000001',
    });
    expect(status).toBe(400);
    const error = body as EntraErrorBody;
    expect(error.error).toBe('invalid_tenant');
    expect(error.error_codes).toEqual([90002]);
    expect(error.error_description).toMatch(
      /^AADSTS90002: Tenant 'fabrikam\.onmicrosoft\.com' not found\. Check to make sure you have the correct tenant ID and are signing into the correct cloud\..*\r\nTrace ID: [0-9a-f-]{36}\r\nCorrelation ID: c0ffee00-0000-4000-8000-000000000001\r\nTimestamp: \d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ$/,
    );
    expect(error.correlation_id).toBe('c0ffee00-0000-4000-8000-000000000001');
    expect(error.error_uri).toBe('https://login.microsoftonline.com/error?code=90002');
  });
});

describe('certificate client assertions', () => {
  it('issues an app-only access token for a valid PS256 assertion with x5t#S256', async () => {
    const { status, body } = await tokenRequest(certificateAssertion());
    expect(status).toBe(200);
    expect(body).toMatchObject({ token_type: 'Bearer', expires_in: 3600, ext_expires_in: 3600 });
    expect(jwt.decode(body.access_token as string)).toMatchObject({
      aud: 'https://graph.microsoft.com',
      iss: `https://sts.windows.net/${DEMO_TENANT_ID}/`,
      tid: DEMO_TENANT_ID,
      appid: DEMO_APP_ID,
      idtyp: 'app',
      appidacr: '2',
      roles: expect.arrayContaining(['Sites.FullControl.All', 'Group.Read.All']),
    });
    const recorded = emulator.requests.find((r) => r.path.endsWith('/token'));
    expect(recorded).toMatchObject({ method: 'POST', status: 200, scope: 'https://graph.microsoft.com/.default', clientId: DEMO_APP_ID });
    expect(JSON.stringify(emulator.requests)).not.toContain(body.access_token as string);
  });

  it('accepts an RS256 assertion with the SHA-1 x5t', async () => {
    const { status } = await tokenRequest(certificateAssertion({ algorithm: 'RS256' }));
    expect(status).toBe(200);
  });

  it('answers AADSTS700027 for a certificate that is not registered on the app', async () => {
    const thumbprint = createHash('sha256').update('another certificate').digest('base64url');
    const { status, body } = await tokenRequest(certificateAssertion({ thumbprint }));
    expect(status).toBe(401);
    const hex = Buffer.from(thumbprint, 'base64url').toString('hex').toUpperCase();
    expect(aadsts(body)).toEqual({
      code: 700027,
      error: 'invalid_client',
      message: expect.stringContaining(
        `AADSTS700027: Client assertion contains an invalid signature. [Reason - The key was not found., Thumbprint of key used by client: '${hex}', Please visit the Azure Portal`,
      ),
    });
  });

  it('answers AADSTS700027 when the assertion is signed by another key', async () => {
    const other = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' });
    const { status, body } = await tokenRequest(certificateAssertion({ key: other.toString() }));
    expect(status).toBe(401);
    expect(aadsts(body).message).toContain('[Reason - The provided signature value did not match the expected signature value.');
  });

  it('answers AADSTS700024 for an expired assertion', async () => {
    const { status, body } = await tokenRequest(certificateAssertion({ exp: Math.floor(Date.now() / 1000) - 60 }));
    expect(status).toBe(401);
    expect(aadsts(body).code).toBe(700024);
    expect(aadsts(body).message).toMatch(/^AADSTS700024: Client assertion is not within its valid time range\. Current time: \S+, assertion valid from \S+, expiry time of assertion \S+\./);
  });

  it('answers AADSTS700016 for an app that is not in the tenant', async () => {
    const unknown = '11111111-2222-4333-8444-555555555555';
    const { status, body } = await tokenRequest(certificateAssertion(), undefined, unknown);
    expect(status).toBe(400);
    expect(aadsts(body)).toEqual({
      code: 700016,
      error: 'unauthorized_client',
      message: `AADSTS700016: Application with identifier '${unknown}' was not found in the directory '${DEMO_TENANT_ID}'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.`,
    });
  });

  it('refuses a Viva Engage scope (no app-only tokens) with AADSTS500011', async () => {
    const { status, body } = await tokenRequest(certificateAssertion(), 'https://api.yammer.com/.default');
    expect(status).toBe(400);
    expect(aadsts(body).message).toMatch(/^AADSTS500011: The resource principal named https:\/\/api\.yammer\.com was not found in the tenant/);
  });

  it('refuses a scope without /.default', async () => {
    const { body } = await tokenRequest(certificateAssertion(), 'https://graph.microsoft.com/Sites.Read.All');
    expect(aadsts(body).code).toBe(1002012);
  });

  it('refuses an assertion whose audience is another token endpoint', async () => {
    const { status, body } = await tokenRequest(certificateAssertion({ aud: 'https://login.microsoftonline.com/common/oauth2/v2.0/token' }));
    expect(status).toBe(401);
    expect(aadsts(body).code).toBe(50027);
  });
});

describe('bearer tokens at the services', () => {
  it('refuses a Graph token at SharePoint with 401 and x-ms-diagnostics', async () => {
    const token = await accessToken('https://graph.microsoft.com/.default');
    const { status, headers } = await get('https://contoso.sharepoint.com/_api/web', { authorization: `Bearer ${token}` });
    expect(status).toBe(401);
    expect(headers.get('x-ms-diagnostics')).toBe(`3000003;reason="Invalid audience Uri 'https://graph.microsoft.com'.";category="invalid_client"`);
    expect(emulator.requests.at(-1)).toMatchObject({ host: 'contoso.sharepoint.com', status: 401, tokenAudience: 'https://graph.microsoft.com' });
  });

  it('accepts a SharePoint token on the -admin host and answers unknown paths in SharePoint shape', async () => {
    const token = await accessToken('https://contoso.sharepoint.com/.default');
    const { status, body } = await get('https://contoso-admin.sharepoint.com/_api/emulator-no-such-endpoint', { authorization: `Bearer ${token}` });
    expect(status).toBe(404);
    expect(body).toEqual({
      'odata.error': {
        code: '-1, Microsoft.SharePoint.Client.ResourceNotFoundException',
        message: { lang: 'en-US', value: expect.any(String) },
      },
    });
  });

  it('answers Graph-shaped 401 without a token and 404 for an unknown path with one', async () => {
    const missing = await get('https://graph.microsoft.com/v1.0/emulator-no-such-endpoint');
    expect(missing.status).toBe(401);
    expect(missing.body).toMatchObject({ error: { code: 'InvalidAuthenticationToken', message: 'Access token is empty.' } });
    const token = await accessToken('https://graph.microsoft.com/.default');
    const found = await get('https://graph.microsoft.com/v1.0/emulator-no-such-endpoint', { authorization: `Bearer ${token}` });
    expect(found.status).toBe(404);
    expect(found.body).toMatchObject({ error: { code: 'Request_ResourceNotFound' } });
  });

  it('refuses an expired access token', async () => {
    emulator.setAccessTokenLifetime(-10);
    const token = await accessToken('https://graph.microsoft.com/.default').finally(() => emulator.setAccessTokenLifetime(3600));
    const { status, body } = await get('https://graph.microsoft.com/v1.0/emulator-no-such-endpoint', { authorization: `Bearer ${token}` });
    expect(status).toBe(401);
    expect(body).toMatchObject({ error: { message: 'Lifetime validation failed, the token is expired.' } });
  });
});

describe('fault injection', () => {
  const openIdUrl = `https://login.microsoftonline.com/${DEMO_TENANT_ID}/v2.0/.well-known/openid-configuration`;

  it('answers 429 with Retry-After the given number of times, then the route', async () => {
    emulator.injectFault({ host: 'login', path: /openid-configuration$/, status: 429, retryAfter: 7, times: 1 });
    const first = await get(openIdUrl);
    expect(first.status).toBe(429);
    expect(first.headers.get('retry-after')).toBe('7');
    expect((await get(openIdUrl)).status).toBe(200);
    expect(emulator.requests.map((r) => r.status)).toEqual([429, 200]);
  });

  it('resets the connection', async () => {
    emulator.injectFault({ path: /openid-configuration$/, reset: true, times: 1 });
    await expect(fetch(openIdUrl, { dispatcher })).rejects.toThrow();
    expect((await get(openIdUrl)).status).toBe(200);
  });

  it('delays the answer', async () => {
    emulator.injectFault({ path: /openid-configuration$/, delayMs: 150, times: 1 });
    const started = Date.now();
    expect((await get(openIdUrl)).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('answers a status fault on the login host in Entra ID error shape', async () => {
    emulator.injectFault({ host: 'login', path: /\/token$/, status: 504, times: 1 });
    const { status, body } = await tokenRequest(certificateAssertion());
    expect(status).toBe(504);
    expect(body).toMatchObject({ error: 'server_error', error_codes: [] });
    expect((await tokenRequest(certificateAssertion())).status).toBe(200);
  });

  it('answers a transient AADSTS code on the token endpoint', async () => {
    emulator.injectFault({ host: 'login', path: /\/token$/, aadsts: 90033, times: 1 });
    const { status, body } = await tokenRequest(certificateAssertion());
    expect(status).toBe(400);
    expect(aadsts(body)).toEqual({ code: 90033, error: 'temporarily_unavailable', message: 'AADSTS90033: A transient error has occurred. Please try again.' });
  });

  it('answers a redirect to another host instead of the route', async () => {
    emulator.injectFault({ host: 'graph', path: /^\/v1\.0\/users$/, redirect: 'https://files.example.net/x', status: 307, times: 1 });
    const response = await fetch('https://graph.microsoft.com/v1.0/users', { dispatcher, redirect: 'manual' });
    expect(response.status).toBe(307);
    expect(response.headers.get('location')).toBe('https://files.example.net/x');
    await response.arrayBuffer();
  });

  it('sends the headers at once and the body late', async () => {
    emulator.injectFault({ path: /openid-configuration$/, bodyDelayMs: 150, times: 1 });
    const response = await fetch(openIdUrl, { dispatcher });
    expect(response.status).toBe(200);
    const headersArrived = Date.now();
    expect(await response.json()).toHaveProperty('token_endpoint');
    expect(Date.now() - headersArrived).toBeGreaterThanOrEqual(140);
  });
});

describe('workload identity federation', () => {
  async function githubToken(audience = 'api://AzureADTokenExchange'): Promise<string> {
    // What @actions/core's getIDToken does: append `&audience=` to ACTIONS_ID_TOKEN_REQUEST_URL.
    const url = `${emulator.github.requestUrl}&audience=${encodeURIComponent(audience)}`;
    const { status, body } = await get(url, { authorization: `Bearer ${emulator.github.requestToken}` });
    expect(status).toBe(200);
    return (body as { value: string }).value;
  }

  it('exchanges a GitHub Actions ID token for an access token', async () => {
    const assertion = await githubToken();
    expect(jwt.decode(assertion)).toMatchObject({
      iss: 'https://token.actions.githubusercontent.com',
      sub: 'repo:contoso/app:ref:refs/heads/main',
      aud: 'api://AzureADTokenExchange',
      job_workflow_ref: 'contoso/app/.github/workflows/deploy.yml@refs/heads/main',
    });
    const { status, body } = await tokenRequest(assertion, 'https://contoso.sharepoint.com/.default');
    expect(status).toBe(200);
    expect(jwt.decode(body.access_token as string)).toMatchObject({ aud: 'https://contoso.sharepoint.com', appidacr: '2' });
  });

  it('refuses the ID token endpoint without the request token', async () => {
    const { status } = await get(`${emulator.github.requestUrl}&audience=x`, { authorization: 'Bearer wrong' });
    expect(status).toBe(401);
  });

  it('answers AADSTS700213 when no federated credential has the subject', async () => {
    emulator.github.setSubject('repo:contoso/app:ref:refs/heads/feature');
    const { status, body } = await tokenRequest(await githubToken());
    expect(status).toBe(401);
    expect(aadsts(body).message).toBe(
      "AADSTS700213: No matching federated identity record found for presented assertion subject 'repo:contoso/app:ref:refs/heads/feature'. Check your federated identity credential Subject, Audience and Issuer against the presented assertion. https://learn.microsoft.com/entra/workload-id/workload-identity-federation",
    );
  });

  it('answers AADSTS7002138 when the subject matches only case-insensitively', async () => {
    emulator.github.setSubject('repo:Contoso/App:ref:refs/heads/main');
    const { body } = await tokenRequest(await githubToken());
    expect(aadsts(body).message).toBe(
      "AADSTS7002138: No matching federated identity record found for presented assertion subject 'repo:Contoso/App:ref:refs/heads/main'. The subject matches with case-insensitive comparison, but not with case-sensitive comparison. Check your federated identity credential Subject, Audience and Issuer against the presented assertion. https://learn.microsoft.com/entra/workload-id/workload-identity-federation",
    );
  });

  it('answers AADSTS700212 for another audience', async () => {
    const { body } = await tokenRequest(await githubToken('api://SomethingElse'));
    expect(aadsts(body)).toMatchObject({
      code: 700212,
      message: expect.stringMatching(/^AADSTS700212: No matching federated identity record found for presented assertion audience 'api:\/\/SomethingElse'\./),
    });
  });

  it('answers AADSTS700024 for an expired platform token', async () => {
    emulator.setPlatformTokenLifetime(-30);
    const { body } = await tokenRequest(await githubToken());
    expect(aadsts(body).code).toBe(700024);
  });

  it('answers AADSTS700211 for an issuer no credential names', async () => {
    const assertion = emulator.mintFederatedToken({ issuer: 'https://oidc.fabrikam.test', subject: TOKEN_FILE_SUBJECT });
    const { body } = await tokenRequest(assertion);
    expect(aadsts(body).message).toMatch(/^AADSTS700211: No matching federated identity record found for presented assertion issuer 'https:\/\/oidc\.fabrikam\.test'\./);
  });

  it('accepts a token-file (Kubernetes-style) assertion', async () => {
    const { status } = await tokenRequest(emulator.mintFederatedToken({ subject: TOKEN_FILE_SUBJECT, audience: 'api://AzureADTokenExchange' }));
    expect(status).toBe(200);
  });

  it.each([
    ['classic vstoken issuer', () => emulator.azureDevOps.serviceConnectionId, /^https:\/\/vstoken\.dev\.azure\.com\//],
    ['Entra ID issuer', () => emulator.azureDevOps.entraServiceConnectionId, /^https:\/\/login\.microsoftonline\.com\/.+\/v2\.0$/],
  ])('exchanges an Azure DevOps service connection token (%s)', async (_name, connection, issuer) => {
    const url = `${emulator.azureDevOps.oidcRequestUri}?api-version=7.1&serviceConnectionId=${connection()}`;
    const response = await fetch(url, { dispatcher, method: 'POST', headers: { authorization: `Bearer ${emulator.azureDevOps.systemAccessToken}` } });
    expect(response.status).toBe(200);
    const { oidcToken } = (await response.json()) as { oidcToken: string };
    expect(jwt.decode(oidcToken)).toMatchObject({ iss: expect.stringMatching(issuer), aud: 'api://AzureADTokenExchange' });
    const { status } = await tokenRequest(oidcToken, 'https://manage.office.com/.default');
    expect(status).toBe(200);
  });
});

describe('msal-node against the emulator', () => {
  /** msal's network seam over undici through the proxy (what src/http provides in the action). */
  function networkClient(through: EnvHttpProxyAgent = dispatcher): INetworkModule {
    const send = async <T>(method: string, url: string, options?: NetworkRequestOptions) => {
      const response = await fetch(url, { dispatcher: through, method, headers: options?.headers, body: options?.body });
      return { status: response.status, headers: Object.fromEntries(response.headers), body: (await response.json()) as T };
    };
    return {
      sendGetRequestAsync: (url, options) => send('GET', url, options),
      sendPostRequestAsync: (url, options) => send('POST', url, options),
    };
  }

  it('acquires tokens with a certificate (PS256, x5t#S256) by tenant domain', async () => {
    const { key, cert } = demoKeyAndCert();
    const client = new ConfidentialClientApplication({
      auth: {
        clientId: DEMO_APP_ID,
        authority: `https://login.microsoftonline.com/${DEMO_TENANT_DOMAIN}`,
        clientCertificate: { thumbprintSha256: emulator.demo.thumbprintSha256, privateKey: key, x5c: cert },
      },
      system: { networkClient: networkClient() },
    });
    const result = await client.acquireTokenByClientCredential({ scopes: ['https://contoso.sharepoint.com/.default'] });
    expect(jwt.decode(result?.accessToken ?? '')).toMatchObject({ aud: 'https://contoso.sharepoint.com', appid: DEMO_APP_ID });
    expect(emulator.requests.filter((r) => r.path.endsWith('/token'))).toHaveLength(1);
  });

  it('acquires a token with a federated assertion callback', async () => {
    const client = new ConfidentialClientApplication({
      auth: {
        clientId: DEMO_APP_ID,
        authority: `https://login.microsoftonline.com/${DEMO_TENANT_ID}`,
        clientAssertion: async () => emulator.mintFederatedToken({ subject: TOKEN_FILE_SUBJECT }),
      },
      system: { networkClient: networkClient() },
    });
    const result = await client.acquireTokenByClientCredential({ scopes: ['https://graph.microsoft.com/.default'] });
    expect(jwt.decode(result?.accessToken ?? '')).toMatchObject({ aud: 'https://graph.microsoft.com', idtyp: 'app' });
  });

  it('surfaces AADSTS700027 to msal when the certificate is not registered', async () => {
    const other = await startEmulator();
    other.unregisterCertificates(DEMO_APP_ID);
    const otherDispatcher = new EnvHttpProxyAgent({ httpsProxy: other.proxyUrl, noProxy: '' });
    const { key } = demoKeyAndCert();
    const client = new ConfidentialClientApplication({
      auth: {
        clientId: DEMO_APP_ID,
        authority: `https://login.microsoftonline.com/${DEMO_TENANT_ID}`,
        clientCertificate: { thumbprintSha256: other.demo.thumbprintSha256, privateKey: key },
      },
      system: {
        networkClient: networkClient(otherDispatcher),
      },
    });
    await expect(client.acquireTokenByClientCredential({ scopes: ['https://graph.microsoft.com/.default'] })).rejects.toThrow(
      /AADSTS700027: Client assertion contains an invalid signature\. \[Reason - The key was not found\./,
    );
    await otherDispatcher.close();
    await other.stop();
  });
});
