import { generateKeyPairSync } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import jwt from 'jsonwebtoken';
import { Agent } from 'undici';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { FederatedSource } from '../src/auth/federated.js';
import { createTransport } from '../src/http/transport.js';
import type { Transport } from '../src/http/types.js';
import { azureDevOpsPlatform } from '../src/host/azure-devops.js';
import { azureDevOpsFederation, systemAccessToken } from '../src/host/azure-devops-oidc.js';
import { commandLinePlatform } from '../src/host/cli.js';
import { gitHubFederation } from '../src/host/github-oidc.js';
import { gitHubPlatform } from '../src/host/github.js';

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

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

const OIDC_URI = 'https://dev.azure.com/contoso/p/_apis/distributedtask/hubs/build/plans/x/jobs/y/oidctoken';
const GITHUB_URL = 'https://pipelines.actions.githubusercontent.com/abc/idtoken?api-version=2.0';
const request = { audience: AUDIENCE };
const kinds = (sources: readonly FederatedSource[]): string[] => sources.map((source) => source.kind);

describe('the federated sources each host offers', () => {
  const both = { SYSTEM_OIDCREQUESTURI: OIDC_URI, AZURESUBSCRIPTION_SERVICE_CONNECTION_ID: CONNECTION_ID, ACTIONS_ID_TOKEN_REQUEST_URL: GITHUB_URL };

  it('GitHub: Azure DevOps first (the bundle in an Azure Pipelines script step), then the job token', () => {
    expect(kinds(gitHubPlatform(both).federatedSources(request))).toEqual(['azure-devops', 'github']);
    expect(kinds(gitHubPlatform({ ACTIONS_ID_TOKEN_REQUEST_URL: GITHUB_URL }).federatedSources(request))).toEqual(['github']);
    expect(kinds(gitHubPlatform({ GITHUB_ACTIONS: 'true' }).federatedSources(request))).toEqual([]);
  });

  it('Azure DevOps: its service connection only', () => {
    expect(kinds(azureDevOpsPlatform(both).federatedSources(request))).toEqual(['azure-devops']);
    expect(kinds(azureDevOpsPlatform({ ACTIONS_ID_TOKEN_REQUEST_URL: GITHUB_URL }).federatedSources(request))).toEqual([]);
  });

  it('the command line: whatever CI job it runs in, in the same order', () => {
    expect(kinds(commandLinePlatform(both).federatedSources(request))).toEqual(['azure-devops', 'github']);
    expect(kinds(commandLinePlatform({}).federatedSources(request))).toEqual([]);
  });

  it('takes the service connection from the input before the env, and needs one for Azure DevOps', () => {
    const env = { SYSTEM_OIDCREQUESTURI: OIDC_URI, AZURESUBSCRIPTION_SERVICE_CONNECTION_ID: 'env-id' };
    const described = (serviceConnectionId?: string): string[] =>
      azureDevOpsPlatform(env).federatedSources({ audience: AUDIENCE, serviceConnectionId }).map((source) => source.describe());
    expect(described('input-id')).toEqual(['Azure DevOps workload identity federation (service connection input-id)']);
    expect(described()).toEqual(['Azure DevOps workload identity federation (service connection env-id)']);
    // An OIDC request URI without a service connection cannot issue a token; GitHub's URL still can.
    expect(kinds(gitHubPlatform({ SYSTEM_OIDCREQUESTURI: OIDC_URI, ACTIONS_ID_TOKEN_REQUEST_URL: GITHUB_URL }).federatedSources(request))).toEqual(['github']);
  });
});

describe('noFederatedSource: why nothing can issue a token, by platform', () => {
  it('on GitHub without an ID token request URL, names permissions: id-token: write', () => {
    expect(gitHubPlatform({ GITHUB_ACTIONS: 'true' }).noFederatedSource(request)).toMatchObject({
      message: 'Cannot get a federated token: this GitHub Actions job may not request an OIDC token (ACTIONS_ID_TOKEN_REQUEST_URL is not set).',
      hint:
        'Grant the job (or the whole workflow) `permissions: id-token: write`:\n' +
        '  permissions:\n    id-token: write\n    contents: read\n' +
        'A `permissions` block grants only what it lists. Workflows triggered from forks never get an OIDC token.',
    });
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

  it('off GitHub and Azure DevOps, lists the ways without the id-token: write hint', () => {
    expect(commandLinePlatform({}).noFederatedSource(request)).toMatchObject(generic);
    // The GitHub host run outside a GitHub runner (a local run) is not "on GitHub".
    expect(gitHubPlatform({ GITHUB_ACTIONS: 'false' }).noFederatedSource(request)).toMatchObject(generic);
    expect(azureDevOpsPlatform({}).noFederatedSource(request)).toMatchObject(generic);
  });

  const adoHint =
    'Set `service-connection-id` to the ID of an Azure Resource Manager service connection that uses workload ' +
    'identity federation, or run inside AzureCLI@2, which sets AZURESUBSCRIPTION_SERVICE_CONNECTION_ID. ' +
    "Also map `SYSTEM_ACCESSTOKEN: $(System.AccessToken)` in the step's env.";

  it('on Azure DevOps without a service connection, says to set service-connection-id', () => {
    expect(azureDevOpsPlatform({ TF_BUILD: 'True', SYSTEM_OIDCREQUESTURI: OIDC_URI }).noFederatedSource(request)).toMatchObject({
      message:
        'Cannot get a federated token in this Azure Pipelines job: no service connection ID (input `service-connection-id` or env AZURESUBSCRIPTION_SERVICE_CONNECTION_ID).',
      hint: adoHint,
    });
  });

  it('on Azure DevOps without an OIDC request URI, says so', () => {
    expect(azureDevOpsPlatform({ TF_BUILD: 'True', AZURESUBSCRIPTION_SERVICE_CONNECTION_ID: CONNECTION_ID }).noFederatedSource(request)).toMatchObject({
      message:
        'Cannot get a federated token in this Azure Pipelines job: the agent did not set SYSTEM_OIDCREQUESTURI (System.OidcRequestUri; Azure DevOps Services only).',
      hint: adoHint,
    });
  });

  it('on Azure DevOps without any job access token, the source refuses before anything is sent', () => {
    const env = { TF_BUILD: 'True', SYSTEM_OIDCREQUESTURI: OIDC_URI };
    const [source] = azureDevOpsPlatform(env).federatedSources({ audience: AUDIENCE, serviceConnectionId: CONNECTION_ID });
    expect(() => source.assertReady?.()).toThrow(
      expect.objectContaining({
        message: `Cannot request the Azure DevOps OIDC token for service connection ${CONNECTION_ID}: SYSTEM_ACCESSTOKEN is not set.`,
        hint:
          "Azure Pipelines gives a step the job's access token only when asked. Map it in the step's env:\n" +
          '  env:\n    SYSTEM_ACCESSTOKEN: $(System.AccessToken)',
      }),
    );
    const [ready] = azureDevOpsPlatform({ ...env, SECRET_SYSTEM_ACCESSTOKEN: ACCESS_TOKEN }).federatedSources({ audience: AUDIENCE, serviceConnectionId: CONNECTION_ID });
    expect(() => ready.assertReady?.()).not.toThrow();
  });
});

describe('inputDefaults: the platform variables that name app, tenant and connection', () => {
  const connection = '1c0f4b52-7d3e-4a8b-9e6f-2d5c8b7a6e41';
  const env = {
    [`ENDPOINT_AUTH_PARAMETER_${connection}_SERVICEPRINCIPALID`]: 'x',
    [`ENDPOINT_AUTH_PARAMETER_${connection.toUpperCase()}_TENANTID`]: 'y',
  };

  it('Azure DevOps: the AzureCLI@2 variables, then the named connection\'s parameters (matched without case)', () => {
    const platform = azureDevOpsPlatform(env);
    expect(platform.inputDefaults('app-id', { serviceConnectionId: connection })).toEqual([
      'AZURESUBSCRIPTION_CLIENT_ID',
      `ENDPOINT_AUTH_PARAMETER_${connection}_SERVICEPRINCIPALID`,
    ]);
    expect(platform.inputDefaults('tenant', { serviceConnectionId: connection })).toEqual([
      'AZURESUBSCRIPTION_TENANT_ID',
      `ENDPOINT_AUTH_PARAMETER_${connection.toUpperCase()}_TENANTID`,
    ]);
    expect(platform.inputDefaults('app-id', {})).toEqual(['AZURESUBSCRIPTION_CLIENT_ID']);
    expect(platform.inputDefaults('service-connection-id', {})).toEqual(['AZURESUBSCRIPTION_SERVICE_CONNECTION_ID']);
    expect(platform.inputDefaults('cloud', {})).toEqual([]);
  });

  it('GitHub and the command line offer the Azure DevOps connection too, so they read its variables', () => {
    expect(gitHubPlatform(env).inputDefaults('app-id', { serviceConnectionId: connection })).toHaveLength(2);
    expect(commandLinePlatform(env).inputDefaults('service-connection-id', {})).toEqual(['AZURESUBSCRIPTION_SERVICE_CONNECTION_ID']);
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
  function adoSource(env: NodeJS.ProcessEnv = {}): { getToken(): Promise<string> } {
    recorded.length = 0;
    const source = azureDevOpsFederation({ retryDelaysMs: [0, 0] }).source(
      { SYSTEM_OIDCREQUESTURI: `${baseUrl}${oidcPath}`, SYSTEM_ACCESSTOKEN: ACCESS_TOKEN, ...env },
      { audience: AUDIENCE, serviceConnectionId: CONNECTION_ID },
    );
    expect(source?.kind).toBe('azure-devops');
    return { getToken: () => (source as FederatedSource).getToken(transport) };
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
    const source = gitHubFederation(getIdToken).source({ ACTIONS_ID_TOKEN_REQUEST_URL: requestUrl }, { audience: 'api://custom' });
    expect(await source?.getToken(transport)).toBe(token);
    expect(getIdToken).toHaveBeenCalledWith('api://custom');
  });

  it('names the request host, not the token, when the runner fails', async () => {
    const requestToken = 'runner-request-token-secret';
    const getIdToken = async (): Promise<string> => {
      throw new Error(`Failed to get ID Token.\n Error Code : 500\n ${requestToken} ${platformToken({})}`);
    };
    const env = { ACTIONS_ID_TOKEN_REQUEST_URL: requestUrl, ACTIONS_ID_TOKEN_REQUEST_TOKEN: requestToken };
    await expect(gitHubFederation(getIdToken).source(env, request)?.getToken(transport)).rejects.toThrow(
      expect.objectContaining({
        message:
          'Could not get an OIDC token from GitHub Actions (pipelines.actions.githubusercontent.com): Failed to get ID Token. Error Code : 500 *** ***',
        hint: 'On a self-hosted runner check that it can reach pipelines.actions.githubusercontent.com (HTTPS_PROXY / NO_PROXY); otherwise re-run the job.',
      }),
    );
  });

  it('calls @actions/core getIDToken itself by default', async () => {
    const token = platformToken(GITHUB_CLAIMS);
    respond = (res) => json(res, 200, { value: token });
    recorded.length = 0;
    const env = { ACTIONS_ID_TOKEN_REQUEST_URL: `${baseUrl}/idtoken?api-version=2.0`, ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'req' };
    for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
    // @actions/core writes ::add-mask:: with the token to stdout: keep it out of the test output.
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    expect(await gitHubFederation().source(env, request)?.getToken(transport)).toBe(token);
    expect(recorded[0]).toMatchObject({ method: 'GET', url: `/idtoken?api-version=2.0&audience=${encodeURIComponent(AUDIENCE)}` });
    expect(recorded[0].headers.authorization).toBe('Bearer req');
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
