import { createHash, verify, X509Certificate } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadCertificate, type LoadedCertificate } from '../src/auth/certificate.js';
import { CLOUDS, fixedResource, sharePointResource, type Resource } from '../src/clouds.js';
import { createMsalNetworkClient } from '../src/auth/msal-network.js';
import { createTokenProvider, type Credential, type TokenProvider } from '../src/auth/token-provider.js';
import { ActionError, ActionErrors, formatError } from '../src/errors.js';
import type { HttpRequest, HttpResponse, Transport } from '../src/http/types.js';

const FIXTURES = join(import.meta.dirname, 'fixtures', 'certs');
const APP_ID = '3f2b8c1d-6e4a-4b9f-8c7d-2a1e5f9b0c34';
const TENANT = 'contoso.onmicrosoft.com';
const cloud = CLOUDS.Public;
const GRAPH = fixedResource(cloud, 'graph');
const MANAGEMENT = fixedResource(cloud, 'management');
const SHAREPOINT = sharePointResource(cloud, 'https://contoso.sharepoint.com/sites/ops') as Resource;

const base64url = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');
const decode = (part: string): Record<string, unknown> => JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));

interface TokenCall {
  scope: string;
  assertion: string;
  body: URLSearchParams;
}

/**
 * A minimal Entra ID: OpenID configuration and instance discovery for GETs, the v2 token endpoint for POSTs. It
 * verifies that the client assertion is signed by the given certificate (PS256 with x5t#S256), answers a JWT-looking
 * access token, or an error body chosen per scope.
 */
class FakeEntra implements Transport {
  readonly requests: HttpRequest[] = [];
  readonly tokenCalls: TokenCall[] = [];
  expiresIn = 3600;
  errors = new Map<string, { status: number; body: Record<string, unknown> }>();
  /** Answers for the next token requests, one each, before the normal answer: a status and body, or a reset. */
  failures: ({ status: number; body: Record<string, unknown> } | 'reset')[] = [];
  /** While set, token responses wait for it (to hold concurrent requests in flight). */
  gate?: Promise<void>;
  inFlight = 0;
  maxInFlight = 0;
  private serial = 0;

  constructor(private readonly certificate?: X509Certificate) {}

  async send(request: HttpRequest): Promise<HttpResponse<Buffer>> {
    this.requests.push(request);
    const url = new URL(request.url);
    if ((request.method ?? 'GET') === 'GET') return json(200, this.discovery(url));
    if (!/\/oauth2\/v2\.0\/token$/.test(url.pathname)) return json(404, { error: 'not_found' });
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    try {
      await this.gate;
      const failure = this.failures.shift();
      if (failure === 'reset') throw new ActionError(`POST ${url.href} failed: the connection was closed (ECONNRESET)`, { code: 'ECONNRESET' });
      if (failure) return json(failure.status, failure.body);
      return this.token(new URLSearchParams(String(request.body)), url.host);
    } finally {
      this.inFlight--;
    }
  }

  private discovery(url: URL): unknown {
    const base = `https://${url.host}/${TENANT}`;
    return {
      token_endpoint: `${base}/oauth2/v2.0/token`,
      authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
      end_session_endpoint: `${base}/oauth2/v2.0/logout`,
      issuer: `https://${url.host}/tenant-id/v2.0`,
      jwks_uri: `${base}/discovery/v2.0/keys`,
    };
  }

  private token(body: URLSearchParams, loginHost: string): HttpResponse<Buffer> {
    const scope = body.get('scope') ?? '';
    const assertion = body.get('client_assertion') ?? '';
    this.tokenCalls.push({ scope, assertion, body });
    if (body.get('client_id') !== APP_ID || body.get('grant_type') !== 'client_credentials') {
      return json(400, { error: 'invalid_request', error_description: 'AADSTS900144: bad request' });
    }
    if (this.certificate) this.assertSignedByCertificate(assertion, loginHost);
    const error = this.errors.get(scope);
    if (error) return json(error.status, error.body);
    const audience = scope.replace(/\/\.default$/, '');
    const accessToken = [base64url({ typ: 'JWT', alg: 'RS256' }), base64url({ aud: audience, n: ++this.serial }), 'sig'];
    return json(200, { token_type: 'Bearer', expires_in: this.expiresIn, ext_expires_in: this.expiresIn, access_token: accessToken.join('.') });
  }

  private assertSignedByCertificate(assertion: string, loginHost: string): void {
    const [header, payload, signature] = assertion.split('.') as [string, string, string];
    const expectedX5t = createHash('sha256').update((this.certificate as X509Certificate).raw).digest('base64url');
    const headerClaims = decode(header);
    expect(headerClaims.alg).toBe('PS256');
    expect(headerClaims['x5t#S256']).toBe(expectedX5t);
    const signed = verify(
      'sha256',
      Buffer.from(`${header}.${payload}`),
      { key: (this.certificate as X509Certificate).publicKey, padding: 6 /* RSA_PKCS1_PSS_PADDING */, saltLength: 32 },
      Buffer.from(signature, 'base64url'),
    );
    expect(signed).toBe(true);
    expect(decode(payload).aud).toBe(`https://${loginHost}/${TENANT}/oauth2/v2.0/token`);
  }
}

function json(status: number, body: unknown): HttpResponse<Buffer> {
  return { status, headers: { 'content-type': 'application/json; charset=utf-8' }, body: Buffer.from(JSON.stringify(body)) };
}

/** The error a promise rejects with (fails the test when it resolves). */
function rejectionOf(promise: Promise<unknown>): Promise<ActionError> {
  return promise.then(
    () => expect.fail('expected a rejection'),
    (error: unknown) => error as ActionError,
  );
}

function audienceOf(token: string): unknown {
  return decode(token.split('.')[1] as string).aud;
}

let certificate: LoadedCertificate;
beforeAll(async () => {
  certificate = await loadCertificate({ kind: 'file', path: 'cert-and-key.pem' }, { cwd: FIXTURES, onSecret: () => undefined });
});

function setup(credential?: Credential, entra: Transport = new FakeEntra(new X509Certificate(certificate.certificatePem)), onCloud = cloud) {
  const secrets: string[] = [];
  const debug: string[] = [];
  const waits: number[] = [];
  const provider: TokenProvider = createTokenProvider({
    retry: { sleep: async (ms) => void waits.push(ms), random: () => 0.5 },
    appId: APP_ID,
    tenant: TENANT,
    cloud: onCloud,
    credential: credential ?? { kind: 'certificate', certificate },
    transport: entra,
    onSecret: (s) => secrets.push(s),
    log: { debug: (m) => debug.push(m) },
  });
  return { provider, entra: entra as FakeEntra, secrets, debug, waits };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('createTokenProvider: certificate credential', () => {
  it('gets a token for a resource with one request to the token endpoint and nothing else', async () => {
    const { provider, entra, secrets } = setup();
    const token = await provider.getToken(GRAPH);
    expect(audienceOf(token)).toBe('https://graph.microsoft.com');
    expect(entra.tokenCalls.map((c) => c.scope)).toEqual(['https://graph.microsoft.com/.default']);
    // msal-node knows the public cloud's endpoints: no discovery request (measured: 1 request per token).
    expect(entra.requests).toHaveLength(1);
    expect(entra.requests[0]?.url).toMatch(/^https:\/\/login\.microsoftonline\.com\/contoso\.onmicrosoft\.com\/oauth2\/v2\.0\/token/);
    expect(provider.tokenRequests).toBe(1);
    expect(secrets).toEqual([token]);
  });

  it('five concurrent callers share one request', async () => {
    const { provider, entra } = setup();
    let open: () => void = () => undefined;
    entra.gate = new Promise((resolve) => (open = resolve));
    const calls = Array.from({ length: 5 }, () => provider.getToken(GRAPH));
    await vi.waitFor(() => expect(entra.inFlight).toBe(1));
    open();
    const tokens = await Promise.all(calls);
    expect(entra.maxInFlight).toBe(1);
    expect(new Set(tokens).size).toBe(1);
    expect(provider.tokenRequests).toBe(1);
    expect(entra.tokenCalls).toHaveLength(1);
  });

  it('serves a cached token without a request, per audience', async () => {
    const { provider, entra } = setup();
    const first = await provider.getToken(GRAPH);
    expect(await provider.getToken(GRAPH)).toBe(first);
    expect(await provider.getToken({ ...GRAPH })).toBe(first);
    const spo = await provider.getToken(SHAREPOINT);
    expect(audienceOf(spo)).toBe('https://contoso.sharepoint.com');
    expect(provider.tokenRequests).toBe(2);
    expect(entra.tokenCalls.map((c) => c.scope)).toEqual([
      'https://graph.microsoft.com/.default',
      'https://contoso.sharepoint.com/.default',
    ]);
  });

  it('asks for a new token 5 minutes before the cached one expires', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const start = new Date('2030-06-01T10:00:00Z').getTime();
    vi.setSystemTime(start);
    const { provider, entra } = setup();
    const first = await provider.getToken(GRAPH);
    vi.setSystemTime(start + 54 * 60 * 1000); // 6 minutes left: still cached
    expect(await provider.getToken(GRAPH)).toBe(first);
    expect(entra.tokenCalls).toHaveLength(1);
    vi.setSystemTime(start + 56 * 60 * 1000); // 4 minutes left: renewed
    const second = await provider.getToken(GRAPH);
    expect(second).not.toBe(first);
    expect(provider.tokenRequests).toBe(2);
  });

  it('a token that lives less than 5 minutes is asked again on every use', async () => {
    const { provider, entra } = setup();
    entra.expiresIn = 240;
    await provider.getToken(GRAPH);
    await provider.getToken(GRAPH);
    expect(provider.tokenRequests).toBe(2);
  });

  it('prefetch asks for every resource at once', async () => {
    const { provider, entra } = setup();
    let open: () => void = () => undefined;
    entra.gate = new Promise((resolve) => (open = resolve));
    const prefetching = provider.prefetch([GRAPH, SHAREPOINT, MANAGEMENT, GRAPH]);
    await vi.waitFor(() => expect(entra.inFlight).toBe(3));
    open();
    await prefetching;
    expect(entra.maxInFlight).toBe(3);
    expect(entra.tokenCalls.map((c) => c.scope).sort()).toEqual([
      'https://contoso.sharepoint.com/.default',
      'https://graph.microsoft.com/.default',
      'https://manage.office.com/.default',
    ]);
    await Promise.all([provider.getToken(GRAPH), provider.getToken(SHAREPOINT), provider.getToken(MANAGEMENT)]);
    expect(provider.tokenRequests).toBe(3);
  });

  it('explains AADSTS700027 with the SHA-1 thumbprint of the certificate in use', async () => {
    const { provider, entra } = setup();
    entra.errors.set('https://graph.microsoft.com/.default', {
      status: 401,
      body: {
        error: 'invalid_client',
        error_description:
          "AADSTS700027: Client assertion contains an invalid signature. [Reason - The key was not found., Thumbprint of key used by client: '5D36BA1A76DF5075D34EEB8FB86675445AFAA40E']\r\nTrace ID: 0f4e\r\nCorrelation ID: 9a1b\r\nTimestamp: 2030-06-01 10:00:00Z",
        error_codes: [700027],
        timestamp: '2030-06-01 10:00:00Z',
        trace_id: '0f4e',
        correlation_id: '9a1b',
      },
    });
    const failing = provider.getToken(GRAPH);
    await expect(failing).rejects.toThrow(ActionError);
    await expect(failing).rejects.toThrow(
      `The certificate in use (SHA-1 thumbprint ${certificate.thumbprintSha1}) is not registered on app ${APP_ID} (AADSTS700027)`,
    );
    const error = await rejectionOf(failing);
    expect(error.code).toBe('AADSTS700027');
    expect(error.hint).toBe(
      'Upload the public part of this certificate (.cer/.crt, never the PFX) to the app registration under ' +
        `Certificates & secrets > Certificates; the portal lists it with thumbprint ${certificate.thumbprintSha1}.\n` +
        "Entra ID said: AADSTS700027: Client assertion contains an invalid signature. [Reason - The key was not found., Thumbprint of key used by client: '5D36BA1A76DF5075D34EEB8FB86675445AFAA40E']",
    );
  });

  it('a failed request is not cached: the next call asks again', async () => {
    const { provider, entra } = setup();
    entra.errors.set('https://graph.microsoft.com/.default', {
      status: 400,
      body: { error: 'invalid_request', error_description: 'AADSTS90002: Tenant not found.', error_codes: [90002] },
    });
    await expect(provider.getToken(GRAPH)).rejects.toThrow(`Tenant '${TENANT}' does not exist at login.microsoftonline.com (AADSTS90002)`);
    entra.errors.clear();
    expect(audienceOf(await provider.getToken(GRAPH))).toBe('https://graph.microsoft.com');
  });

  it('prefetch reports every distinct failure, naming the resources', async () => {
    const { provider, entra } = setup();
    entra.errors.set('https://contoso.sharepoint.com/.default', {
      status: 400,
      body: {
        error: 'invalid_resource',
        error_description: 'AADSTS500011: The resource principal named https://contoso.sharepoint.com was not found in the tenant named Contoso.',
        error_codes: [500011],
      },
    });
    entra.errors.set('https://manage.office.com/.default', {
      status: 400,
      body: { error: 'invalid_client', error_description: 'AADSTS7000222: The provided client credentials are expired.', error_codes: [7000222] },
    });
    const failing = provider.prefetch([GRAPH, SHAREPOINT, MANAGEMENT]);
    await expect(failing).rejects.toThrow(ActionErrors);
    const error = (await rejectionOf(failing)) as ActionErrors;
    expect(error.message.split('\n')[0]).toBe('Could not get access tokens for 2 resource(s):');
    expect(error.errors.map((e) => e.message)).toEqual([
      `SharePoint Online (https://contoso.sharepoint.com): Tenant '${TENANT}' has no service principal for the resource https://contoso.sharepoint.com (AADSTS500011)`,
      `Office 365 Management APIs (https://manage.office.com): The credential of app ${APP_ID} has expired (AADSTS7000222)`,
    ]);
    // Graph succeeded and stays cached.
    await provider.getToken(GRAPH);
    expect(entra.tokenCalls.filter((c) => c.scope.startsWith('https://graph')).length).toBe(1);
  });

  it('prefetch reports one failure shared by every resource once, as it is', async () => {
    const { provider, entra } = setup();
    const body = { error: 'unauthorized_client', error_description: `AADSTS700016: Application with identifier '${APP_ID}' was not found in the directory 'Contoso'.`, error_codes: [700016] };
    for (const r of [GRAPH, SHAREPOINT]) entra.errors.set(`${r.audience}/.default`, { status: 400, body });
    const error = await rejectionOf(provider.prefetch([GRAPH, SHAREPOINT]));
    expect(error).not.toBeInstanceOf(ActionErrors);
    expect(error.message).toBe(`Entra ID found no app ${APP_ID} in tenant '${TENANT}' (AADSTS700016)`);
    expect(entra.tokenCalls).toHaveLength(2);
  });

  it('a transport failure becomes a network explanation naming HTTPS_PROXY', async () => {
    const failingTransport: Transport = {
      send: () => Promise.reject(Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:8080'), { code: 'ECONNREFUSED' }) })),
    };
    const { provider } = setup(undefined, failingTransport);
    const error = await rejectionOf(provider.getToken(GRAPH));
    expect(error.message).toBe(
      'Could not reach Entra ID at https://login.microsoftonline.com: fetch failed: connect ECONNREFUSED 127.0.0.1:8080',
    );
    expect(error.hint).toContain('HTTPS_PROXY');
    expect(provider.tokenRequests).toBe(1);
  });
});

describe('createTokenProvider: transient failures of Entra ID', () => {
  const entraError = (status: number, code: number, error = 'temporarily_unavailable') => ({
    status,
    body: { error, error_description: `AADSTS${code}: A transient error has occurred. Please try again.\r\nTrace ID: x`, error_codes: [code] },
  });

  const transient: [string, FakeEntra['failures'][number]][] = [
    ['a connection reset', 'reset'],
    ['500', entraError(500, 90033)],
    ['502', { status: 502, body: {} }],
    ['503', entraError(503, 90006)],
    ['504', { status: 504, body: {} }],
    ['AADSTS90033 in a 400', entraError(400, 90033, 'invalid_request')],
    ['AADSTS50033 in a 400', entraError(400, 50033, 'invalid_request')],
  ];
  it.each(transient)('retries %s, then gets the token', async (_name, failure) => {
    const entra = new FakeEntra(new X509Certificate(certificate.certificatePem));
    entra.failures = [failure];
    const { provider, waits } = setup(undefined, entra);
    expect(audienceOf(await provider.getToken(GRAPH))).toBe('https://graph.microsoft.com');
    expect(entra.tokenCalls).toHaveLength(1);
    expect(provider.tokenRequests).toBe(2);
    expect(waits).toEqual([500]);
  });

  it('backs off with jitter between attempts, within the sign-in bound', async () => {
    const entra = new FakeEntra(new X509Certificate(certificate.certificatePem));
    entra.failures = ['reset', entraError(500, 90033), entraError(400, 90024, 'invalid_request')];
    const { provider, waits } = setup(undefined, entra);
    await provider.getToken(GRAPH);
    expect(provider.tokenRequests).toBe(4);
    // Full jitter at random() = 0.5 of 1 s, 2 s, 4 s (SIGN_IN_RETRY_POLICY).
    expect(waits).toEqual([500, 1000, 2000]);
  });

  it('does not retry an error that is not transient (a certificate not registered)', async () => {
    const entra = new FakeEntra(new X509Certificate(certificate.certificatePem));
    entra.failures = [entraError(401, 700027, 'invalid_client')];
    const { provider, waits } = setup(undefined, entra);
    const error = await rejectionOf(provider.getToken(GRAPH));
    expect(error.code).toBe('AADSTS700027');
    expect(provider.tokenRequests).toBe(1);
    expect(waits).toEqual([]);
  });

  it('gives up after the bound and names the transient code', async () => {
    const entra = new FakeEntra(new X509Certificate(certificate.certificatePem));
    entra.failures = Array.from({ length: 10 }, () => entraError(503, 90033));
    const { provider } = setup(undefined, entra);
    const error = await rejectionOf(provider.getToken(GRAPH));
    expect(error.message).toBe(`Entra ID was temporarily unavailable for tenant '${TENANT}' and still was after retries (AADSTS90033)`);
    expect(provider.tokenRequests).toBe(4);
  });

  it('a cancelled run stops sign-in with the cancellation, not with network advice', async () => {
    const controller = new AbortController();
    controller.abort('the run was cancelled (SIGINT)');
    const inner = new FakeEntra(new X509Certificate(certificate.certificatePem));
    const cancelled: Transport = { signal: controller.signal, send: (r) => inner.send(r) };
    const { provider } = setup(undefined, cancelled);
    const error = await rejectionOf(provider.getToken(GRAPH));
    expect(error.message).toMatch(/^(GET|POST) https:\/\/login\.microsoftonline\.com\/\S+ was stopped: the run was cancelled \(SIGINT\)$/);
    expect(error.code).toBe('ECANCELLED');
    expect(formatError(error)).not.toContain('HTTPS_PROXY');
    expect(inner.requests).toEqual([]);
  });
});

describe('createTokenProvider: assertion credential', () => {
  it('asks the callback for a fresh assertion per token request and registers it as a secret', async () => {
    const assertions = ['eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJvbmUifQ.c2ln1', 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ0d28ifQ.c2ln2'];
    let calls = 0;
    const credential: Credential = {
      kind: 'assertion',
      getAssertion: async () => assertions[calls++] as string,
      describe: () => 'a test file',
    };
    const { provider, entra, secrets, debug } = setup(credential, new FakeEntra());
    const graph = await provider.getToken(GRAPH);
    const spo = await provider.getToken(SHAREPOINT);
    expect(entra.tokenCalls.map((c) => c.assertion)).toEqual(assertions);
    expect(entra.tokenCalls[0]?.body.get('client_assertion_type')).toBe('urn:ietf:params:oauth:client-assertion-type:jwt-bearer');
    expect(secrets).toEqual([assertions[0], graph, assertions[1], spo]);
    expect(debug).toContain('Client assertions come from a test file.');
  });

  it('explains a federated mismatch without the assertion in the message', async () => {
    const assertion = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJyZXBvOmNvbnRvc28vYXBwIn0.c2ln';
    const entra = new FakeEntra();
    entra.errors.set('https://graph.microsoft.com/.default', {
      status: 400,
      body: {
        error: 'invalid_request',
        error_description: `AADSTS700213: No matching federated identity record found for presented assertion subject 'repo:contoso/app:ref:refs/heads/main'. Assertion: ${assertion}`,
        error_codes: [700213],
      },
    });
    const { provider } = setup({ kind: 'assertion', getAssertion: async () => assertion }, entra);
    const error = await rejectionOf(provider.getToken(GRAPH));
    expect(error.message).toBe(`No federated credential of app ${APP_ID} accepts the platform token's subject (AADSTS700213)`);
    expect(formatError(error)).not.toContain(assertion);
    expect(formatError(error)).toContain('[token removed]');
  });
});

describe('createTokenProvider: national clouds', () => {
  const assertion: Credential = { kind: 'assertion', getAssertion: async () => 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJvbmUifQ.c2ln' };
  for (const [name, credential] of [['certificate', undefined], ['federated', assertion]] as const) {
    it(`signs in at the cloud's login host with the cloud's audiences (${name})`, async () => {
      const entra = credential ? new FakeEntra() : new FakeEntra(new X509Certificate(certificate.certificatePem));
      const { provider } = setup(credential, entra, CLOUDS.USGovHigh);
      await provider.getToken(fixedResource(CLOUDS.USGovHigh, 'graph'));
      await provider.getToken(sharePointResource(CLOUDS.USGovHigh, 'https://contoso.sharepoint.us') as Resource);
      expect(entra.requests.map((r) => new URL(r.url).origin + new URL(r.url).pathname)).toEqual([
        'https://login.microsoftonline.us/contoso.onmicrosoft.com/oauth2/v2.0/token',
        'https://login.microsoftonline.us/contoso.onmicrosoft.com/oauth2/v2.0/token',
      ]);
      expect(entra.tokenCalls.map((c) => c.scope)).toEqual(['https://graph.microsoft.us/.default', 'https://contoso.sharepoint.us/.default']);
    });
  }
});

describe('createMsalNetworkClient', () => {
  it('returns error bodies with their status instead of throwing, and parses JSON', async () => {
    const transport: Transport = {
      send: async () => json(400, { error: 'invalid_client', error_description: 'AADSTS7000215: Invalid client secret provided.' }),
    };
    const client = createMsalNetworkClient(transport);
    const response = await client.sendPostRequestAsync<{ error: string }>('https://login.microsoftonline.com/t/oauth2/v2.0/token', { body: 'a=b' });
    expect(response.status).toBe(400);
    expect(response.body.error).toBe('invalid_client');
    expect(response.headers['content-type']).toContain('application/json');
  });

  it('sends method, headers and body through the transport', async () => {
    const seen: HttpRequest[] = [];
    const transport: Transport = { send: async (r) => (seen.push(r), json(200, { ok: true })) };
    const client = createMsalNetworkClient(transport);
    await client.sendPostRequestAsync('https://login.microsoftonline.com/t/oauth2/v2.0/token', {
      body: 'grant_type=client_credentials',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded;charset=utf-8' },
    });
    await client.sendGetRequestAsync('https://login.microsoftonline.com/t/v2.0/.well-known/openid-configuration');
    expect(seen).toEqual([
      {
        method: 'POST',
        url: 'https://login.microsoftonline.com/t/oauth2/v2.0/token',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded;charset=utf-8' },
        body: 'grant_type=client_credentials',
        responseType: 'buffer',
        timeoutMs: 30_000,
      },
      { method: 'GET', url: 'https://login.microsoftonline.com/t/v2.0/.well-known/openid-configuration', headers: {}, body: undefined, responseType: 'buffer', timeoutMs: 30_000 },
    ]);
  });

  it('turns a non-JSON answer (a proxy page) into an msal network error', async () => {
    const transport: Transport = {
      send: async () => ({ status: 403, headers: { 'content-type': 'text/html' }, body: Buffer.from('<html>blocked</html>') }),
    };
    await expect(createMsalNetworkClient(transport).sendGetRequestAsync('https://login.microsoftonline.com/x')).rejects.toMatchObject({
      errorCode: 'network_error',
      errorMessage:
        'Network request to https://login.microsoftonline.com failed: it answered HTTP 403 with text/html instead of JSON (is a proxy answering in its place?)',
    });
  });
});
