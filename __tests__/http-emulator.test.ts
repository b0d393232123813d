/**
 * The HTTP client, the token provider (real msal-node) and the transport over real sockets against the emulated tenant:
 * redirects to other hosts, transient failures of the token endpoint, checks made before any token request, and the
 * run's cancellation signal. Two hosts the emulator serves as literals stand for the world outside Microsoft 365: a
 * download host (where Graph's reports send their pre-authorised URLs) and a hostile host that would answer anything.
 */
import { ProxyAgent } from 'undici';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { loadCertificate, type LoadedCertificate } from '../src/auth/certificate.js';
import { createTokenProvider } from '../src/auth/token-provider.js';
import { CLOUDS, fixedResource, sharePointResource, type Resource } from '../src/clouds.js';
import { formatError, type ActionError } from '../src/errors.js';
import { createApiClient } from '../src/http/client.js';
import { createTransport } from '../src/http/transport.js';
import type { HttpRequest } from '../src/http/types.js';

const cloud = CLOUDS.Public;
const GRAPH = fixedResource(cloud, 'graph');
const SHAREPOINT = sharePointResource(cloud, 'https://contoso.sharepoint.com') as Resource;
const DOWNLOAD_HOST = 'download.contoso-files.test';
const FOREIGN_HOST = 'evil.example.net';
const TOKEN_PATH = /\/oauth2\/v2\.0\/token$/;

let emulator: Emulator;
let certificate: LoadedCertificate;
/** What the two outside hosts were sent: the Authorization header and the body, per request. */
const outside: { host: string; authorization?: string; body: string }[] = [];
/** Every debug line and every error text of the run, and every secret that came to exist: none may show in the other. */
const shown: string[] = [];
const secrets: string[] = [];

beforeAll(async () => {
  const record = (host: string) => (request: { headers: Record<string, unknown>; body: Buffer }) => {
    outside.push({ host, authorization: request.headers.authorization as string | undefined, body: request.body.toString('utf8') });
    return { status: 200, headers: { 'content-type': 'text/csv' }, body: host === DOWNLOAD_HOST ? 'Report Refresh Date,User Principal Name\n' : '{"forged":true}' };
  };
  emulator = await startEmulator({
    extraRoutes: [
      { method: 'GET', host: DOWNLOAD_HOST, path: /^\/reports\/.+$/, handler: record(DOWNLOAD_HOST) },
      ...['GET', 'POST', 'PUT'].map((method) => ({ method, host: FOREIGN_HOST, path: /.*/, handler: record(FOREIGN_HOST) })),
    ],
  });
  certificate = await loadCertificate(
    { kind: 'inline', value: emulator.demo.pfxBase64, password: emulator.demo.password },
    { cwd: process.cwd(), onSecret: () => undefined },
  );
});

afterAll(async () => {
  await emulator?.stop();
});

beforeEach(() => {
  emulator.clearRequests();
  emulator.clearFaults();
  outside.length = 0;
});

afterEach(() => {
  const text = [...shown, JSON.stringify(outside)].join('\n');
  for (const secret of [...secrets, emulator.demo.password, emulator.demo.pfxBase64, certificate.privateKeyPem]) expect(text).not.toContain(secret);
  expect(shown.length).toBeGreaterThan(0);
  shown.length = 0;
});

/** A whole client stack as the action builds it, through the emulator's proxy. */
function stack(options: { signal?: AbortSignal; tokenTimeoutMs?: number; timeoutMs?: number } = {}) {
  const dispatcher = new ProxyAgent({ uri: emulator.proxyUrl, requestTls: { ca: emulator.caCertPem } });
  const log = { debug: (message: string) => void shown.push(message) };
  const transport = createTransport({ dispatcher, signal: options.signal, timeoutMs: options.timeoutMs, log });
  const tokens = createTokenProvider({
    appId: emulator.demo.appId,
    tenant: emulator.demo.tenantDomain,
    cloud,
    credential: { kind: 'certificate', certificate },
    transport,
    onSecret: (s) => secrets.push(s),
    log,
    retry: { sleep: async () => undefined },
    timeoutMs: options.tokenTimeoutMs,
  });
  const api = createApiClient({ transport, tokens, resources: () => [GRAPH, SHAREPOINT], retry: { sleep: async () => undefined } });
  return { api, tokens, close: () => dispatcher.close() };
}

/** The error a promise rejects with (fails the test when it resolves). */
function rejection(promise: Promise<unknown>): Promise<ActionError> {
  return promise.then(
    () => expect.fail('expected a rejection'),
    (error: unknown) => (shown.push(formatError(error as ActionError)), error as ActionError),
  );
}

const tokenRequests = () => emulator.requests.filter((r) => r.host === 'login.microsoftonline.com' && TOKEN_PATH.test(r.path));
const hostsContacted = () => [...new Set(emulator.requests.map((r) => r.host))];

describe('redirects to another host (issue 8, item 4)', () => {
  const REPORT = "https://graph.microsoft.com/v1.0/reports/getOffice365ActiveUserDetail(period='D7')";

  it("follows a declared download's 302 to the download host without the token, and returns its file", async () => {
    emulator.injectFault({ host: 'graph', path: /^\/v1\.0\/reports\//, redirect: `https://${DOWNLOAD_HOST}/reports/active-users.csv?sig=pre-authorised`, times: 1 });
    const { api, close } = stack();
    const response = await api.request<string>({ url: REPORT, download: true, responseType: 'text' });
    expect(response.body).toBe('Report Refresh Date,User Principal Name\n');
    expect(emulator.requests.map((r) => [r.host, r.status, r.tokenAudience])).toContainEqual(['graph.microsoft.com', 302, 'https://graph.microsoft.com']);
    expect(outside).toEqual([{ host: DOWNLOAD_HOST, authorization: undefined, body: '' }]);
    await close();
  });

  it('refuses the same redirect for a request that is not a download: the foreign answer never becomes the result', async () => {
    emulator.injectFault({ host: 'graph', path: /^\/v1\.0\/groups$/, redirect: `https://${FOREIGN_HOST}/groups`, times: 1 });
    const { api, close } = stack();
    const error = await rejection(api.request({ url: 'https://graph.microsoft.com/v1.0/groups' }));
    expect(error.message).toBe(
      `refusing to follow the redirect (302) of GET https://graph.microsoft.com/v1.0/groups from graph.microsoft.com to another host, ${FOREIGN_HOST}: only a download is followed to another host`,
    );
    expect(outside).toEqual([]);
    expect(hostsContacted()).not.toContain(FOREIGN_HOST);
    await close();
  });

  it('never re-sends an upload to another host after a 307 (spo app add)', async () => {
    const url = "https://contoso.sharepoint.com/sites/appcatalog/_api/web/tenantappcatalog/Add(overwrite=true, url='app.sppkg')";
    emulator.injectFault({ host: 'sharepoint', path: /tenantappcatalog\/Add/i, redirect: `https://${FOREIGN_HOST}/upload`, status: 307, times: 1 });
    const { api, close } = stack();
    const upload: HttpRequest = { method: 'POST', url, body: Buffer.from('PK\x03\x04 package bytes') };
    expect((await rejection(api.request(upload))).message).toContain(`from contoso.sharepoint.com to another host, ${FOREIGN_HOST}`);
    expect(outside).toEqual([]);
    expect(hostsContacted()).not.toContain(FOREIGN_HOST);
    await close();
  });
});

describe('transient failures at sign-in (issue 8, item 5)', () => {
  const faults: [string, Parameters<Emulator['injectFault']>[0]][] = [
    ['a connection reset', { host: 'login', path: TOKEN_PATH, reset: true, times: 1 }],
    ['500', { host: 'login', path: TOKEN_PATH, status: 500, times: 1 }],
    ['502', { host: 'login', path: TOKEN_PATH, status: 502, times: 1 }],
    ['504', { host: 'login', path: TOKEN_PATH, status: 504, times: 1 }],
    ['AADSTS90033', { host: 'login', path: TOKEN_PATH, aadsts: 90033, times: 1 }],
    ['a stall before the answer', { host: 'login', path: TOKEN_PATH, delayMs: 5_000, times: 1 }],
    ['a stall in the middle of the answer', { host: 'login', path: TOKEN_PATH, bodyDelayMs: 5_000, times: 1 }],
  ];
  it.each(faults)('gets the token after %s of the token endpoint', async (_name, fault) => {
    emulator.injectFault(fault);
    const { tokens, close } = stack({ tokenTimeoutMs: 500 });
    const token = await tokens.getToken(GRAPH);
    expect(JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'))).toMatchObject({ aud: 'https://graph.microsoft.com' });
    expect(tokenRequests()).toHaveLength(2);
    expect(tokens.tokenRequests).toBe(2);
    await close();
  });

  it('stops after the bound when the token endpoint keeps failing, and says so', async () => {
    emulator.injectFault({ host: 'login', path: TOKEN_PATH, aadsts: 90033 });
    const { tokens, close } = stack();
    const error = await rejection(tokens.getToken(GRAPH));
    expect(error.message).toBe(`Entra ID was temporarily unavailable for tenant '${emulator.demo.tenantDomain}' and still was after retries (AADSTS90033)`);
    expect(tokenRequests()).toHaveLength(4);
    await close();
  });
});

describe('checks that need no network come before any token request (issue 8, item 9)', () => {
  const cases: [string, HttpRequest][] = [
    ['a URL with user info', { url: 'https://graph.microsoft.com@evil.example.net/v1.0/users' }],
    ['a port', { url: 'https://graph.microsoft.com:8443/v1.0/users' }],
    ['CR/LF in a header value', { url: 'https://graph.microsoft.com/v1.0/groups', headers: { ConsistencyLevel: 'eventual\r\nX-Injected: yes' } }],
    ['a look-alike SharePoint host', { url: 'https://contoso.sharepoint.com.evil.example.net/_api/web' }],
    ['another look-alike SharePoint host', { url: 'https://contoso-sharepoint.com/_api/web' }],
    ['a trailing dot', { url: 'https://contoso.sharepoint.com./_api/web' }],
    ['plain http', { url: 'http://graph.microsoft.com/v1.0/groups' }],
  ];
  it.each(cases)('refuses %s without asking for a token or sending anything', async (_name, req) => {
    const { api, tokens, close } = stack();
    expect((await rejection(api.request(req))).message).toMatch(/^refusing to send/);
    expect(tokens.tokenRequests).toBe(0);
    expect(emulator.requests).toEqual([]);
    await close();
  });
});

describe('the run signal', () => {
  it('aborts a request in flight and refuses later ones without a token request', async () => {
    const controller = new AbortController();
    const { api, tokens, close } = stack({ signal: controller.signal });
    await tokens.getToken(GRAPH);
    emulator.clearRequests();
    emulator.injectFault({ host: 'graph', path: /^\/v1\.0\/groups$/, delayMs: 10_000, times: 1 });
    const pending = rejection(api.request({ url: 'https://graph.microsoft.com/v1.0/groups' }));
    setTimeout(() => controller.abort('the run was cancelled (SIGTERM)'), 200);
    const error = await pending;
    expect(formatError(error)).toContain('GET https://graph.microsoft.com/v1.0/groups was stopped: the run was cancelled (SIGTERM)');
    expect(error.code).toBe('ECANCELLED');
    expect(await rejection(api.request({ url: 'https://contoso.sharepoint.com/_api/web' }))).toMatchObject({ code: 'ECANCELLED' });
    expect(emulator.requests.map((r) => r.host)).toEqual(['graph.microsoft.com']);
    expect(tokens.tokenRequests).toBe(1);
    await close();
  });

  it('a stalled API request ends at its timeout and is retried once it is idempotent', async () => {
    emulator.injectFault({ host: 'graph', path: /^\/v1\.0\/groups$/, delayMs: 5_000, times: 1 });
    const { api, close } = stack({ timeoutMs: 500 });
    const response = await api.request<{ value: unknown[] }>({ url: 'https://graph.microsoft.com/v1.0/groups' });
    expect(Array.isArray(response.body.value)).toBe(true);
    // The first is still unanswered (status 0) when the client has given up on it and had the second answered.
    expect(emulator.requests.filter((r) => r.host === 'graph.microsoft.com').map((r) => r.status)).toEqual([0, 200]);
    await close();
  });
});
