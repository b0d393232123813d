import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jwt from 'jsonwebtoken';
import { Agent } from 'undici';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  createAssertionProvider,
  decodeClaims,
  detectFederatedSource,
  federatedEnvFallbacks,
  requireFederatedSource,
  systemAccessToken,
  type FederatedSource,
  type FederatedSourceOptions,
  type PlatformClaims,
} from '../src/auth/federated.js';
import { ActionError } from '../src/errors.js';
import { createTransport } from '../src/http/transport.js';
import type { Transport } from '../src/http/types.js';

const AUDIENCE = 'api://AzureADTokenExchange';
const CONNECTION_ID = '5d1f0c2e-8a7b-4c3d-9e6f-0a1b2c3d4e5f';
const ACCESS_TOKEN = 'ado-job-access-token-do-not-log';
const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });

/** A signed platform token, as GitHub / Azure DevOps / Kubernetes would issue. */
function platformToken(claims: Record<string, unknown>, expiresInSeconds = 300): string {
  return jwt.sign(claims, privateKey, { algorithm: 'RS256', expiresIn: expiresInSeconds });
}

const GITHUB_CLAIMS = {
  iss: 'https://token.actions.githubusercontent.com',
  sub: 'repo:contoso/intranet:environment:production',
  aud: AUDIENCE,
  job_workflow_ref: 'contoso/intranet/.github/workflows/deploy.yml@refs/heads/main',
};
const ADO_CLAIMS = {
  iss: 'https://vstoken.dev.azure.com/0ca3ddd9-f0b0-4635-a98c-5866526961b6',
  sub: 'sc://contoso/intranet/spo-deploy',
  aud: AUDIENCE,
};

// The real transport (no proxy from the environment: the servers here are on loopback).
const transport: Transport = createTransport({ dispatcher: new Agent(), timeoutMs: 5_000 });

function options(overrides: Partial<FederatedSourceOptions> = {}): FederatedSourceOptions {
  return { env: {}, platform: 'github', audience: AUDIENCE, transport, retryDelaysMs: [0, 0], ...overrides };
}

let workDir: string;
beforeAll(() => {
  workDir = mkdtempSync(join(tmpdir(), 'federated-test-'));
});
afterAll(() => rmSync(workDir, { recursive: true, force: true }));
afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe('decodeClaims', () => {
  it('decodes the claims of a JWT without verifying it', () => {
    const claims = decodeClaims(platformToken(GITHUB_CLAIMS));
    expect(claims).toMatchObject(GITHUB_CLAIMS);
    expect(typeof claims.exp).toBe('number');
  });

  it.each([
    ['one part', 'not-a-token-secret'],
    ['two parts', 'abc.def'],
    ['five parts (JWE)', 'a.b.c.d.e'],
    ['a part that is not base64url', 'eyJhbGciOiJSUzI1NiJ9.!!!.sig'],
    ['a middle part that is not JSON', `eyJhbGciOiJSUzI1NiJ9.${Buffer.from('plain text').toString('base64url')}.sig`],
    ['a middle part that is a JSON array', `eyJhbGciOiJSUzI1NiJ9.${Buffer.from('[1]').toString('base64url')}.sig`],
  ])('rejects %s, without echoing it', (_name, token) => {
    expect(() => decodeClaims(token)).toThrow(
      expect.objectContaining({
        message: 'The federated token is not a JWT (expected three base64url parts separated by dots).',
        hint: 'Give the OIDC token (ID token) issued by the platform, as is, with no quotes or extra text.',
      }),
    );
  });

  it('names the origin and recognises a JSON response given instead of the token', () => {
    expect(() => decodeClaims('{"oidcToken":"eyJ.secret.x"}', 'token file /tmp/t')).toThrow(
      expect.objectContaining({
        message: 'The federated token from token file /tmp/t is not a JWT (expected three base64url parts separated by dots).',
        hint: 'It looks like JSON: give the OIDC token itself (the value of its token field), not the whole response.',
      }),
    );
  });
});

describe('detectFederatedSource', () => {
  const everything = {
    AZURE_FEDERATED_TOKEN_FILE: '/var/run/secrets/azure/tokens/azure-identity-token',
    SYSTEM_OIDCREQUESTURI: 'https://dev.azure.com/contoso/p/_apis/distributedtask/hubs/build/plans/x/jobs/y/oidctoken',
    AZURESUBSCRIPTION_SERVICE_CONNECTION_ID: CONNECTION_ID,
    ACTIONS_ID_TOKEN_REQUEST_URL: 'https://pipelines.actions.githubusercontent.com/abc/idtoken?api-version=2.0',
  };

  it('prefers an explicit token file (input over env), then Azure DevOps, then GitHub', () => {
    const input = detectFederatedSource(options({ env: everything, federatedTokenFile: '/input/token', cwd: '/w' }));
    expect([input?.kind, input?.describe()]).toEqual(['file', 'token file /input/token']);

    const fromEnv = detectFederatedSource(options({ env: everything }));
    expect([fromEnv?.kind, fromEnv?.describe()]).toEqual(['file', `token file ${everything.AZURE_FEDERATED_TOKEN_FILE}`]);

    const ado = detectFederatedSource(options({ env: { ...everything, AZURE_FEDERATED_TOKEN_FILE: '' } }));
    expect([ado?.kind, ado?.describe()]).toEqual([
      'azure-devops',
      `Azure DevOps workload identity federation (service connection ${CONNECTION_ID})`,
    ]);

    const github = detectFederatedSource(
      options({ env: { ACTIONS_ID_TOKEN_REQUEST_URL: everything.ACTIONS_ID_TOKEN_REQUEST_URL } }),
    );
    expect([github?.kind, github?.describe()]).toEqual(['github', `GitHub Actions OIDC (audience ${AUDIENCE})`]);
  });

  it('takes the service connection from the input before the env, and needs one for Azure DevOps', () => {
    const env = { SYSTEM_OIDCREQUESTURI: everything.SYSTEM_OIDCREQUESTURI, AZURESUBSCRIPTION_SERVICE_CONNECTION_ID: 'env-id' };
    expect(detectFederatedSource(options({ env, serviceConnectionId: 'input-id' }))?.describe()).toBe(
      'Azure DevOps workload identity federation (service connection input-id)',
    );
    expect(detectFederatedSource(options({ env }))?.describe()).toBe(
      'Azure DevOps workload identity federation (service connection env-id)',
    );
    // An OIDC request URI without a service connection cannot issue a token; GitHub's URL still can.
    const noConnection = { SYSTEM_OIDCREQUESTURI: everything.SYSTEM_OIDCREQUESTURI };
    expect(detectFederatedSource(options({ env: noConnection }))).toBeUndefined();
    expect(
      detectFederatedSource(
        options({ env: { ...noConnection, ACTIONS_ID_TOKEN_REQUEST_URL: everything.ACTIONS_ID_TOKEN_REQUEST_URL } }),
      )?.kind,
    ).toBe('github');
  });

  it('returns undefined when nothing can issue a token', () => {
    expect(detectFederatedSource(options({ env: { GITHUB_ACTIONS: 'true' } }))).toBeUndefined();
  });
});

describe('requireFederatedSource', () => {
  it('on GitHub without an ID token request URL, names permissions: id-token: write', () => {
    expect(() => requireFederatedSource(options({ env: { GITHUB_ACTIONS: 'true' } }))).toThrow(ActionError);
    expect(() => requireFederatedSource(options({ env: { GITHUB_ACTIONS: 'true' } }))).toThrow(
      expect.objectContaining({
        message:
          'Cannot get a federated token: this GitHub Actions job may not request an OIDC token (ACTIONS_ID_TOKEN_REQUEST_URL is not set).',
        hint:
          'Grant the job (or the whole workflow) `permissions: id-token: write`:\n' +
          '  permissions:\n    id-token: write\n    contents: read\n' +
          'A `permissions` block grants only what it lists. Workflows triggered from forks never get an OIDC token.',
      }),
    );
  });

  const generic = {
    message: 'Cannot get a federated token: nothing on this machine can issue one.',
    hint:
      'Use one of:\n' +
      '  - GitHub Actions: a job granted the id-token permission;\n' +
      '  - Azure Pipelines: `service-connection-id` (a service connection using workload identity federation) ' +
      'and env SYSTEM_ACCESSTOKEN: $(System.AccessToken);\n' +
      '  - any platform: `federated-token-file` (or env AZURE_FEDERATED_TOKEN_FILE), a file holding the OIDC token.',
  };

  it('off GitHub, lists the ways without the id-token: write hint', () => {
    expect(() => requireFederatedSource(options({ env: {} }))).toThrow(expect.objectContaining(generic));
    expect(() => requireFederatedSource(options({ env: {} }))).toThrow(
      expect.objectContaining({
        message: expect.not.stringContaining('id-token: write'),
        hint: expect.not.stringContaining('id-token: write'),
      }),
    );
    // The GitHub platform run outside a GitHub runner (a local run) is not "on GitHub".
    expect(() => requireFederatedSource(options({ env: { GITHUB_ACTIONS: 'false' } }))).toThrow(
      expect.objectContaining(generic),
    );
  });

  const adoHint =
    'Set `service-connection-id` to the ID of an Azure Resource Manager service connection that uses workload ' +
    'identity federation, or run inside AzureCLI@2, which sets AZURESUBSCRIPTION_SERVICE_CONNECTION_ID. ' +
    "Also map `SYSTEM_ACCESSTOKEN: $(System.AccessToken)` in the step's env.";

  it('on Azure DevOps without a service connection, says to set service-connection-id', () => {
    const env = { TF_BUILD: 'True', SYSTEM_OIDCREQUESTURI: 'https://dev.azure.com/contoso/oidctoken' };
    expect(() => requireFederatedSource(options({ env, platform: 'azure-devops' }))).toThrow(
      expect.objectContaining({
        message:
          'Cannot get a federated token in this Azure Pipelines job: no service connection ID (input `service-connection-id` or env AZURESUBSCRIPTION_SERVICE_CONNECTION_ID).',
        hint: adoHint,
      }),
    );
  });

  it('on Azure DevOps without an OIDC request URI, says so', () => {
    const env = { TF_BUILD: 'True', AZURESUBSCRIPTION_SERVICE_CONNECTION_ID: CONNECTION_ID };
    expect(() => requireFederatedSource(options({ env, platform: 'azure-devops' }))).toThrow(
      expect.objectContaining({
        message:
          'Cannot get a federated token in this Azure Pipelines job: the agent did not set SYSTEM_OIDCREQUESTURI (System.OidcRequestUri; Azure DevOps Services only).',
        hint: adoHint,
      }),
    );
  });

  it('on Azure DevOps without any job access token, stops at once with the SYSTEM_ACCESSTOKEN mapping', () => {
    const env = { TF_BUILD: 'True', SYSTEM_OIDCREQUESTURI: 'https://dev.azure.com/o/p/_apis/oidctoken' };
    expect(() => requireFederatedSource(options({ platform: 'azure-devops', env, serviceConnectionId: CONNECTION_ID }))).toThrow(
      expect.objectContaining({
        message: `Cannot request the Azure DevOps OIDC token for service connection ${CONNECTION_ID}: SYSTEM_ACCESSTOKEN is not set.`,
        hint:
          "Azure Pipelines gives a step the job's access token only when asked. Map it in the step's env:\n" +
          '  env:\n    SYSTEM_ACCESSTOKEN: $(System.AccessToken)',
      }),
    );
    const withToken = { ...env, SECRET_SYSTEM_ACCESSTOKEN: ACCESS_TOKEN };
    expect(requireFederatedSource(options({ platform: 'azure-devops', env: withToken, serviceConnectionId: CONNECTION_ID })).kind).toBe(
      'azure-devops',
    );
  });

  it('returns the detected source when there is one', () => {
    const env = { GITHUB_ACTIONS: 'true', ACTIONS_ID_TOKEN_REQUEST_URL: 'https://example.invalid/idtoken?x=1' };
    expect(requireFederatedSource(options({ env })).kind).toBe('github');
  });
});

describe('federatedEnvFallbacks', () => {
  it('reads the Azure DevOps task variables', () => {
    expect(
      federatedEnvFallbacks({
        AZURESUBSCRIPTION_CLIENT_ID: 'ado-app',
        AZURESUBSCRIPTION_TENANT_ID: 'ado-tenant',
        AZURESUBSCRIPTION_SERVICE_CONNECTION_ID: CONNECTION_ID,
        AZURE_CLIENT_ID: 'k8s-app',
        AZURE_TENANT_ID: 'k8s-tenant',
      }),
    ).toEqual({ appId: 'ado-app', tenant: 'ado-tenant', serviceConnectionId: CONNECTION_ID, tokenFile: undefined });
  });

  it('pairs AZURE_CLIENT_ID / AZURE_TENANT_ID with AZURE_FEDERATED_TOKEN_FILE', () => {
    expect(
      federatedEnvFallbacks({
        AZURESUBSCRIPTION_CLIENT_ID: 'ado-app',
        AZURE_CLIENT_ID: 'k8s-app',
        AZURE_TENANT_ID: 'k8s-tenant',
        AZURE_FEDERATED_TOKEN_FILE: '/var/run/token',
      }),
    ).toEqual({ appId: 'k8s-app', tenant: 'k8s-tenant', serviceConnectionId: undefined, tokenFile: '/var/run/token' });
    expect(federatedEnvFallbacks({ AZURE_CLIENT_ID: ' ', AZURESUBSCRIPTION_CLIENT_ID: '' })).toEqual({
      appId: undefined,
      tenant: undefined,
      serviceConnectionId: undefined,
      tokenFile: undefined,
    });
  });
});

describe('file source', () => {
  it('re-reads the file on every call (Kubernetes rotates it) and trims it', async () => {
    const file = join(workDir, 'rotating-token');
    const source = detectFederatedSource(options({ federatedTokenFile: file }));
    writeFileSync(file, 'first-token\n');
    expect(await source?.getToken()).toBe('first-token');
    writeFileSync(file, '  second-token  \n');
    expect(await source?.getToken()).toBe('second-token');
  });

  it('resolves a relative path against cwd', async () => {
    writeFileSync(join(workDir, 'relative-token'), 'relative');
    const source = detectFederatedSource(options({ federatedTokenFile: 'relative-token', cwd: workDir }));
    expect(source?.describe()).toBe(`token file ${join(workDir, 'relative-token')}`);
    expect(await source?.getToken()).toBe('relative');
  });

  it('names the path of a missing file and where to set it', async () => {
    const source = detectFederatedSource(options({ env: { AZURE_FEDERATED_TOKEN_FILE: 'missing', }, cwd: workDir }));
    await expect(source?.getToken()).rejects.toThrow(
      expect.objectContaining({
        message: `The federated token file missing (resolved to ${join(workDir, 'missing')}) does not exist.`,
        hint: 'Set the input `federated-token-file` (or env AZURE_FEDERATED_TOKEN_FILE) to the path of a file holding the OIDC token.',
      }),
    );
  });

  it('names the path of an empty file', async () => {
    const file = join(workDir, 'empty-token');
    writeFileSync(file, ' \n');
    await expect(detectFederatedSource(options({ federatedTokenFile: file }))?.getToken()).rejects.toThrow(
      expect.objectContaining({
        message: `The federated token file ${file} is empty.`,
        hint: 'Whatever writes the token (a projected service account token, GitLab `id_tokens`, a CI step) must write it before this step runs.',
      }),
    );
  });

  it('names the path of a file it cannot read', async () => {
    await expect(detectFederatedSource(options({ federatedTokenFile: workDir }))?.getToken()).rejects.toThrow(
      `The federated token file ${workDir} cannot be read (EISDIR).`,
    );
  });
});

/** A local stand-in for Azure DevOps' oidctoken endpoint, over a real socket. */
interface Recorded {
  method?: string;
  url?: string;
  headers: IncomingMessage['headers'];
  body: string;
}
let server: Server;
let baseUrl: string;
const recorded: Recorded[] = [];
let respond: (res: ServerResponse, index: number) => void = () => undefined;

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      recorded.push({ method: req.method, url: req.url, headers: req.headers, body: Buffer.concat(chunks).toString() });
      respond(res, recorded.length - 1);
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

describe('Azure DevOps source', () => {
  const oidcPath = '/contoso/p/_apis/distributedtask/hubs/build/plans/plan/jobs/job/oidctoken';
  function adoSource(env: NodeJS.ProcessEnv = {}): FederatedSource {
    recorded.length = 0;
    const source = detectFederatedSource(
      options({
        platform: 'azure-devops',
        serviceConnectionId: CONNECTION_ID,
        env: { SYSTEM_OIDCREQUESTURI: `${baseUrl}${oidcPath}`, SYSTEM_ACCESSTOKEN: ACCESS_TOKEN, ...env },
      }),
    );
    expect(source?.kind).toBe('azure-devops');
    return source as FederatedSource;
  }

  it('POSTs to the oidctoken endpoint with the job access token and returns oidcToken', async () => {
    const token = platformToken(ADO_CLAIMS);
    respond = (res) => json(res, 200, { oidcToken: token });
    expect(await adoSource().getToken()).toBe(token);
    expect(recorded).toHaveLength(1);
    expect(recorded[0]).toMatchObject({
      method: 'POST',
      url: `${oidcPath}?api-version=7.1&serviceConnectionId=${CONNECTION_ID}`,
      body: '{}',
    });
    expect(recorded[0].headers).toMatchObject({
      authorization: `Bearer ${ACCESS_TOKEN}`,
      'content-type': 'application/json',
      'x-tfs-fedauthredirect': 'Suppress',
    });
  });

  it('appends its parameters with & when the URI already has a query', async () => {
    respond = (res) => json(res, 200, { oidcToken: 'x.y.z' });
    await adoSource({ SYSTEM_OIDCREQUESTURI: `${baseUrl}${oidcPath}?foo=1` }).getToken();
    expect(recorded[0].url).toBe(`${oidcPath}?foo=1&api-version=7.1&serviceConnectionId=${CONNECTION_ID}`);
  });

  it('says to map SYSTEM_ACCESSTOKEN when it is missing, and sends nothing', async () => {
    await expect(adoSource({ SYSTEM_ACCESSTOKEN: '' }).getToken()).rejects.toThrow(
      expect.objectContaining({
        message: `Cannot request the Azure DevOps OIDC token for service connection ${CONNECTION_ID}: SYSTEM_ACCESSTOKEN is not set.`,
        hint:
          "Azure Pipelines gives a step the job's access token only when asked. Map it in the step's env:\n" +
          '  env:\n    SYSTEM_ACCESSTOKEN: $(System.AccessToken)',
      }),
    );
    expect(recorded).toHaveLength(0);
  });

  it.each([
    ['a secret variable as the agent passes it to a Node task', { SECRET_SYSTEM_ACCESSTOKEN: ACCESS_TOKEN }],
    ['the SystemVssConnection endpoint parameter', { ENDPOINT_AUTH_PARAMETER_SYSTEMVSSCONNECTION_ACCESSTOKEN: ACCESS_TOKEN }],
    [
      'the SystemVssConnection endpoint JSON',
      { ENDPOINT_AUTH_SYSTEMVSSCONNECTION: JSON.stringify({ parameters: { AccessToken: ACCESS_TOKEN }, scheme: 'OAuth' }) },
    ],
  ])('without SYSTEM_ACCESSTOKEN, sends the job access token from %s', async (_name, env) => {
    respond = (res) => json(res, 200, { oidcToken: 'x.y.z' });
    expect(await adoSource({ SYSTEM_ACCESSTOKEN: undefined, ...env }).getToken()).toBe('x.y.z');
    expect(recorded[0].headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
  });

  const checks =
    'uses workload identity federation (Project settings → Service connections) and that this pipeline is authorised ' +
    "to use it (the connection's Security → Pipeline permissions)";

  it.each([
    [
      401,
      `Azure DevOps did not accept the job's access token when asked for the OIDC token of service connection ${CONNECTION_ID} (HTTP 401). Azure DevOps said: denied ***`,
      `Map \`SYSTEM_ACCESSTOKEN: $(System.AccessToken)\` in the step's env, and check that the connection ${checks}.`,
    ],
    [
      403,
      `Azure DevOps refused to issue an OIDC token for service connection ${CONNECTION_ID} (HTTP 403). Azure DevOps said: denied ***`,
      `Check that the connection ${checks}.`,
    ],
    [
      404,
      `Azure DevOps found no service connection ${CONNECTION_ID} (HTTP 404) that can issue an OIDC token. Azure DevOps said: denied ***`,
      `Check that \`service-connection-id\` is the ID (a GUID, not the name) of a connection of this project, that it ${checks}.`,
    ],
  ])('explains HTTP %i, without echoing the access token', async (status, message, hint) => {
    // The service's message echoes the credential: it must not reach the error.
    respond = (res) => json(res, status, { message: `denied ${ACCESS_TOKEN}` });
    await expect(adoSource().getToken()).rejects.toThrow(expect.objectContaining({ message, hint }));
  });

  it('retries 503 and then succeeds', async () => {
    respond = (res, index) => (index === 0 ? json(res, 503, {}) : json(res, 200, { oidcToken: 'a.b.c' }));
    expect(await adoSource().getToken()).toBe('a.b.c');
    expect(recorded).toHaveLength(2);
  });

  it('stops after the last retry and reports the status', async () => {
    respond = (res) => json(res, 503, {});
    await expect(adoSource().getToken()).rejects.toThrow(
      `The Azure DevOps OIDC endpoint failed for service connection ${CONNECTION_ID} (HTTP 503).`,
    );
    expect(recorded).toHaveLength(3);
  });

  it('rejects a success without oidcToken', async () => {
    respond = (res) => json(res, 200, { value: 'nope' });
    await expect(adoSource().getToken()).rejects.toThrow(
      `The Azure DevOps OIDC endpoint answered without an oidcToken for service connection ${CONNECTION_ID}.`,
    );
  });

  it('names the host it could not reach', async () => {
    const closed = createServer();
    await new Promise<void>((done) => closed.listen(0, '127.0.0.1', done));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((done) => closed.close(() => done()));
    const source = adoSource({ SYSTEM_OIDCREQUESTURI: `http://127.0.0.1:${port}/oidctoken` });
    await expect(source.getToken()).rejects.toThrow(
      `Could not reach the Azure DevOps OIDC endpoint 127.0.0.1:${port} for service connection ${CONNECTION_ID}:`,
    );
  });
});

describe('GitHub source', () => {
  const requestUrl = 'https://pipelines.actions.githubusercontent.com/abc/idtoken?api-version=2.0';

  it('asks the host for a token with the audience', async () => {
    const token = platformToken(GITHUB_CLAIMS);
    const getIdToken = vi.fn(async () => token);
    const source = detectFederatedSource(
      options({ env: { ACTIONS_ID_TOKEN_REQUEST_URL: requestUrl }, audience: 'api://custom', getIdToken }),
    );
    expect(await source?.getToken()).toBe(token);
    expect(getIdToken).toHaveBeenCalledWith('api://custom');
  });

  it('names the request host, not the token, when the runner fails', async () => {
    const requestToken = 'runner-request-token-secret';
    const getIdToken = async (): Promise<string> => {
      throw new Error(`Failed to get ID Token.\n Error Code : 500\n ${requestToken} ${platformToken({})}`);
    };
    const env = { ACTIONS_ID_TOKEN_REQUEST_URL: requestUrl, ACTIONS_ID_TOKEN_REQUEST_TOKEN: requestToken };
    await expect(detectFederatedSource(options({ env, getIdToken }))?.getToken()).rejects.toThrow(
      expect.objectContaining({
        message:
          'Could not get an OIDC token from GitHub Actions (pipelines.actions.githubusercontent.com): Failed to get ID Token. Error Code : 500 *** ***',
        hint: 'On a self-hosted runner check that it can reach pipelines.actions.githubusercontent.com (HTTPS_PROXY / NO_PROXY); otherwise re-run the job.',
      }),
    );
  });

  it('calls @actions/core getIDToken itself when the host passes none', async () => {
    const token = platformToken(GITHUB_CLAIMS);
    respond = (res) => json(res, 200, { value: token });
    recorded.length = 0;
    const env = { ACTIONS_ID_TOKEN_REQUEST_URL: `${baseUrl}/idtoken?api-version=2.0`, ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'req' };
    for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
    // @actions/core writes ::add-mask:: with the token to stdout: keep it out of the test output.
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    expect(await detectFederatedSource(options({ env }))?.getToken()).toBe(token);
    expect(recorded[0]).toMatchObject({ method: 'GET', url: `/idtoken?api-version=2.0&audience=${encodeURIComponent(AUDIENCE)}` });
    expect(recorded[0].headers.authorization).toBe('Bearer req');
  });
});

describe('createAssertionProvider', () => {
  const NOW = Date.parse('2025-06-01T10:00:00.000Z');

  function capture() {
    const lines: { level: 'info' | 'debug'; message: string }[] = [];
    const log = {
      info: (message: string) => lines.push({ level: 'info', message }),
      debug: (message: string) => lines.push({ level: 'debug', message }),
    };
    return { lines, log };
  }

  /** A source handing out the given tokens in turn. */
  function sourceOf(kind: FederatedSource['kind'], tokens: string[]): FederatedSource {
    let next = 0;
    return { kind, describe: () => `test ${kind} source`, getToken: async () => tokens[next++] };
  }

  const at = (secondsFromNow: number) => Math.floor(NOW / 1000) + secondsFromNow;

  it('fetches a fresh token on every call, masks it first, logs its claims and never the token', async () => {
    const first = jwt.sign({ ...GITHUB_CLAIMS, exp: at(300) }, privateKey, { algorithm: 'RS256' });
    const second = jwt.sign({ ...GITHUB_CLAIMS, exp: at(600) }, privateKey, { algorithm: 'RS256' });
    const { lines, log } = capture();
    const secrets: string[] = [];
    const claims: PlatformClaims[] = [];
    const assertion = createAssertionProvider(sourceOf('github', [first, second]), {
      onSecret: (s) => secrets.push(s),
      log,
      onClaims: (c) => claims.push(c),
      now: () => NOW,
    });

    expect(await assertion()).toBe(first);
    expect(await assertion()).toBe(second);
    expect(secrets).toEqual([first, second]);
    expect(claims.map((c) => c.exp)).toEqual([at(300), at(600)]);
    expect(claims[0]).toMatchObject(GITHUB_CLAIMS);

    const summaries = lines.filter((l) => l.message.startsWith('Federated token'));
    expect(summaries).toEqual([
      {
        level: 'info',
        message: [
          'Federated token from test github source:',
          '  issuer:   "https://token.actions.githubusercontent.com"',
          '  subject:  "repo:contoso/intranet:environment:production"',
          '  audience: "api://AzureADTokenExchange"',
          '  job_workflow_ref: "contoso/intranet/.github/workflows/deploy.yml@refs/heads/main"',
          '  expires:  2025-06-01T10:05:00.000Z (in 300 s)',
        ].join('\n'),
      },
      expect.objectContaining({ level: 'debug', message: expect.stringContaining('2025-06-01T10:10:00.000Z (in 600 s)') }),
    ]);
    for (const line of lines) {
      expect(line.message).not.toContain(first);
      expect(line.message).not.toContain(second);
      expect(line.message).not.toContain(first.split('.')[2]);
    }
  });

  it('logs Azure DevOps claims without job_workflow_ref, an array audience and an expired token', async () => {
    const token = jwt.sign({ ...ADO_CLAIMS, aud: [AUDIENCE, 'other'], exp: at(-12) }, privateKey, { algorithm: 'RS256' });
    const { lines, log } = capture();
    await createAssertionProvider(sourceOf('azure-devops', [token]), { onSecret: () => undefined, log, now: () => NOW })();
    expect(lines.find((l) => l.level === 'info')?.message).toBe(
      [
        'Federated token from test azure-devops source:',
        '  issuer:   "https://vstoken.dev.azure.com/0ca3ddd9-f0b0-4635-a98c-5866526961b6"',
        '  subject:  "sc://contoso/intranet/spo-deploy"',
        '  audience: ["api://AzureADTokenExchange","other"]',
        '  expires:  2025-06-01T09:59:48.000Z (expired 12 s ago)',
      ].join('\n'),
    );
  });

  it('keeps a line break in a claim from starting a new log line', async () => {
    const token = jwt.sign({ ...ADO_CLAIMS, sub: 'evil\n##vso[task.setvariable]x' }, privateKey, { algorithm: 'RS256' });
    const { lines, log } = capture();
    await createAssertionProvider(sourceOf('file', [token]), { onSecret: () => undefined, log, now: () => NOW })();
    expect(lines.find((l) => l.level === 'info')?.message).toContain('  subject:  "evil\\n##vso[task.setvariable]x"\n');
  });

  it('masks a token that is not a JWT before rejecting it, and does not echo it', async () => {
    const secrets: string[] = [];
    const { lines, log } = capture();
    const assertion = createAssertionProvider(sourceOf('file', ['opaque-secret-value']), {
      onSecret: (s) => secrets.push(s),
      log,
    });
    await expect(assertion()).rejects.toThrow(
      'The federated token from test file source is not a JWT (expected three base64url parts separated by dots).',
    );
    expect(secrets).toEqual(['opaque-secret-value']);
    expect(lines.map((l) => l.message).join('\n')).not.toContain('opaque-secret-value');
  });

  it('works end to end with the file source, re-reading a rotated token', async () => {
    const file = join(workDir, 'assertion-token');
    const source = detectFederatedSource(options({ federatedTokenFile: file })) as FederatedSource;
    const secrets: string[] = [];
    const { lines, log } = capture();
    const assertion = createAssertionProvider(source, { onSecret: (s) => secrets.push(s), log });
    const first = platformToken({ ...ADO_CLAIMS, sub: 'system:serviceaccount:ops:deployer' });
    writeFileSync(file, first);
    expect(await assertion()).toBe(first);
    const second = platformToken({ ...ADO_CLAIMS, sub: 'system:serviceaccount:ops:deployer', jti: 'rotated' });
    writeFileSync(file, second);
    expect(await assertion()).toBe(second);
    expect(secrets).toEqual([first, second]);
    expect(lines[0]).toEqual({ level: 'debug', message: `Requesting a federated token from token file ${file}.` });
    expect(lines.filter((l) => l.level === 'info')).toHaveLength(1);
    expect(lines.map((l) => l.message).join('\n')).not.toMatch(/eyJ/);
  });
});

describe('systemAccessToken', () => {
  const endpoint = (auth: unknown): string => JSON.stringify(auth);
  it('prefers the mapped SYSTEM_ACCESSTOKEN, then SECRET_, then the endpoint parameter, then the endpoint JSON', () => {
    const all = {
      SYSTEM_ACCESSTOKEN: ' mapped ',
      SECRET_SYSTEM_ACCESSTOKEN: 'secret',
      ENDPOINT_AUTH_PARAMETER_SYSTEMVSSCONNECTION_ACCESSTOKEN: 'parameter',
      ENDPOINT_AUTH_SYSTEMVSSCONNECTION: endpoint({ parameters: { AccessToken: 'json' }, scheme: 'OAuth' }),
    };
    expect(systemAccessToken(all)).toBe('mapped');
    expect(systemAccessToken({ ...all, SYSTEM_ACCESSTOKEN: '' })).toBe('secret');
    expect(systemAccessToken({ ...all, SYSTEM_ACCESSTOKEN: '', SECRET_SYSTEM_ACCESSTOKEN: ' ' })).toBe('parameter');
    expect(systemAccessToken({ ENDPOINT_AUTH_SYSTEMVSSCONNECTION: all.ENDPOINT_AUTH_SYSTEMVSSCONNECTION })).toBe('json');
  });

  it('is undefined when none is set or the endpoint JSON holds no token', () => {
    expect(systemAccessToken({})).toBeUndefined();
    expect(systemAccessToken({ ENDPOINT_AUTH_SYSTEMVSSCONNECTION: 'not json' })).toBeUndefined();
    expect(systemAccessToken({ ENDPOINT_AUTH_SYSTEMVSSCONNECTION: endpoint({ scheme: 'OAuth' }) })).toBeUndefined();
    expect(systemAccessToken({ ENDPOINT_AUTH_SYSTEMVSSCONNECTION: endpoint({ parameters: { AccessToken: '' } }) })).toBeUndefined();
  });
});
