/**
 * The whole action in process (`run(host)` from src/main.ts) in each of the five clouds, against an emulated tenant of
 * that cloud over real sockets: with a certificate and with each federated source (GitHub OIDC, an Azure DevOps service
 * connection, a token file). Each run must call only its cloud's hosts, ask the platform for the cloud's audience, and
 * send every API a token whose `aud` is that API's. `npm test` proves this before the bundles are rebuilt; the same
 * runs of the bundles are in e2e-clouds.test.ts.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMULATED_CLOUD_NAMES, startEmulator, TOKEN_FILE_SUBJECT, type EmulatedCloudName, type Emulator } from '../emulator/index.js';
import type { RecordedRequest } from '../emulator/types.js';
import { run } from '../src/main.js';
import { FakeHost } from './helpers/fake-host.js';

/**
 * What each cloud's run must use, written out (not read from either table). `login` is where token requests go: for
 * China msal-node sends them to login.partner.microsoftonline.cn, the preferred network of login.chinacloudapi.cn.
 */
const EXPECTED: Record<EmulatedCloudName, { login: string; graph: string; sharePoint: string; management: string; audience: string; environment: string }> = {
  Public: { login: 'login.microsoftonline.com', graph: 'graph.microsoft.com', sharePoint: 'contoso.sharepoint.com', management: 'manage.office.com', audience: 'api://AzureADTokenExchange', environment: 'AzureCloud' },
  USGov: { login: 'login.microsoftonline.com', graph: 'graph.microsoft.com', sharePoint: 'contoso.sharepoint.com', management: 'manage-gcc.office.com', audience: 'api://AzureADTokenExchange', environment: 'AzureCloud' },
  USGovHigh: { login: 'login.microsoftonline.us', graph: 'graph.microsoft.us', sharePoint: 'contoso.sharepoint.us', management: 'manage.office365.us', audience: 'api://AzureADTokenExchangeUSGov', environment: 'AzureUSGovernment' },
  USGovDoD: { login: 'login.microsoftonline.us', graph: 'dod-graph.microsoft.us', sharePoint: 'contoso.sharepoint-mil.us', management: 'manage.protection.apps.mil', audience: 'api://AzureADTokenExchangeUSGov', environment: 'AzureUSGovernment' },
  China: { login: 'login.partner.microsoftonline.cn', graph: 'microsoftgraph.chinacloudapi.cn', sharePoint: 'contoso.sharepoint.cn', management: 'manage.office.cn', audience: 'api://AzureADTokenExchangeChina', environment: 'AzureChinaCloud' },
};

const GITHUB_TOKEN_HOST = 'pipelines.actions.githubusercontent.com';
const savedEnv = { ...process.env };
const emulators = new Map<EmulatedCloudName, Emulator>();
const cwd = mkdtempSync(join(tmpdir(), 'clouds-run-'));

beforeAll(async () => {
  for (const name of EMULATED_CLOUD_NAMES) emulators.set(name, await startEmulator({ cloud: name }));
});
afterAll(async () => {
  process.env = savedEnv;
  for (const emulator of emulators.values()) await emulator.stop();
});

function emulatorOf(name: EmulatedCloudName): Emulator {
  const emulator = emulators.get(name);
  if (!emulator) throw new Error(`no emulator for ${name}`);
  return emulator;
}

/** A Graph, a SharePoint and a Management API command, with the cloud's URLs. */
function commands(name: EmulatedCloudName): string {
  const expected = EXPECTED[name];
  const tenantId = emulatorOf(name).demo.tenantId;
  return [
    '- id: finance',
    '  run: entra group list --displayName Finance',
    '- id: web',
    `  run: spo web get --url https://${expected.sharePoint}/sites/ops`,
    '- id: feeds',
    `  run: request --url https://${expected.management}/api/v1.0/${tenantId}/activity/feed/subscriptions/list`,
  ].join('\n');
}

type Credential = 'certificate' | 'github' | 'azure-devops' | 'token file';

/** The inputs, environment and platform of a run with this credential against this cloud's emulator. */
function scenario(name: EmulatedCloudName, credential: Credential): { inputs: Record<string, string>; env: NodeJS.ProcessEnv; platform: 'github' | 'azure-devops' } {
  const emulator = emulatorOf(name);
  const inputs = { 'app-id': emulator.demo.appId, tenant: emulator.demo.tenantDomain, commands: commands(name), cloud: name };
  const env = { ...savedEnv, ...emulator.env() };
  switch (credential) {
    case 'certificate':
      return { inputs: { ...inputs, 'certificate-file': emulator.demo.pfxPath, 'certificate-password': emulator.demo.password }, env, platform: 'github' };
    case 'github':
      return {
        inputs: { ...inputs, auth: 'federated' },
        env: { ...env, ACTIONS_ID_TOKEN_REQUEST_URL: emulator.github.requestUrl, ACTIONS_ID_TOKEN_REQUEST_TOKEN: emulator.github.requestToken },
        platform: 'github',
      };
    case 'azure-devops': {
      const connection = emulator.azureDevOps.entraServiceConnectionId;
      // The connection's environment names the cloud; only AzureUSGovernment (GCC High or DoD) and GCC need the input.
      const needsCloud = name === 'USGovHigh' || name === 'USGovDoD' || name === 'USGov';
      const { cloud: _cloud, ...withoutCloud } = inputs;
      return {
        inputs: { ...(needsCloud ? inputs : withoutCloud), 'service-connection-id': connection },
        env: {
          ...env,
          TF_BUILD: 'True',
          SYSTEM_OIDCREQUESTURI: emulator.azureDevOps.oidcRequestUri,
          SYSTEM_ACCESSTOKEN: emulator.azureDevOps.systemAccessToken,
          [`ENDPOINT_DATA_${connection}_ENVIRONMENT`]: emulator.azureDevOps.environment,
        },
        platform: 'azure-devops',
      };
    }
    case 'token file': {
      const file = join(mkdtempSync(join(tmpdir(), 'clouds-token-')), 'token');
      writeFileSync(file, emulator.mintFederatedToken({ subject: TOKEN_FILE_SUBJECT, audience: EXPECTED[name].audience }));
      return { inputs: { ...inputs, 'federated-token-file': file }, env, platform: 'github' };
    }
  }
}

async function runIn(name: EmulatedCloudName, setup: { inputs: Record<string, string>; env: NodeJS.ProcessEnv; platform: 'github' | 'azure-devops' }) {
  const emulator = emulatorOf(name);
  emulator.clearRequests();
  // The action's transport and @actions/core read the proxy and the OIDC request variables from the process.
  process.env = setup.env;
  try {
    const host = new FakeHost(setup.inputs, setup.env, setup.platform);
    const status = await run(host, { cwd });
    return { host, status, requests: [...emulator.requests] };
  } finally {
    process.env = savedEnv;
  }
}

const PLATFORM_HOSTS = [GITHUB_TOKEN_HOST, 'dev.azure.com'];
const apiRequests = (requests: RecordedRequest[]): RecordedRequest[] => requests.filter((r) => !PLATFORM_HOSTS.includes(r.host) && !r.path.endsWith('/oauth2/v2.0/token'));
const logged = (host: FakeHost): string => host.logs.map((l) => l.message).join('\n');

describe.each(EMULATED_CLOUD_NAMES)('cloud %s', (name) => {
  const expected = EXPECTED[name];

  it.each<Credential>(['certificate', 'github', 'azure-devops', 'token file'])('signs in with a %s and calls only the cloud hosts', async (credential) => {
    const { host, status, requests } = await runIn(name, scenario(name, credential));
    expect(host.failed).toBeUndefined();
    expect(status).toBe('succeeded');
    expect(JSON.parse(host.outputs.web).Url).toBe(`https://${expected.sharePoint}/sites/ops`);
    expect(JSON.parse(host.outputs.finance).map((g: { displayName: string }) => g.displayName)).toContain('Finance');
    expect(JSON.parse(host.outputs.feeds).map((f: { contentType: string }) => f.contentType)).toEqual(['Audit.SharePoint', 'Audit.General']);

    // Only this cloud's hosts (and the platform's token endpoint), nothing refused.
    const platformHost = credential === 'github' ? [GITHUB_TOKEN_HOST] : credential === 'azure-devops' ? ['dev.azure.com'] : [];
    expect([...new Set(requests.map((r) => r.host))].sort()).toEqual([expected.login, expected.graph, expected.sharePoint, expected.management, ...platformHost].sort());
    expect(requests.filter((r) => r.refused)).toEqual([]);

    // One token per resource, each request carrying the token of its own API.
    const tokenRequests = requests.filter((r) => r.path.endsWith('/oauth2/v2.0/token'));
    expect(tokenRequests.map((r) => r.scope).sort()).toEqual(
      [`https://${expected.graph}/.default`, `https://${expected.sharePoint}/.default`, `https://${expected.management}/.default`].sort(),
    );
    expect(tokenRequests.every((r) => r.host === expected.login && r.status === 200)).toBe(true);
    for (const request of apiRequests(requests)) expect(request.tokenAudience, `${request.host}${request.path}`).toBe(`https://${request.host}`);

    // The platform token: asked of GitHub for the cloud's audience; the audience logged before every exchange.
    if (credential === 'github') {
      const asked = requests.filter((r) => r.host === GITHUB_TOKEN_HOST).map((r) => new URLSearchParams(r.query).get('audience'));
      expect(asked.length).toBeGreaterThan(0);
      expect(new Set(asked)).toEqual(new Set([expected.audience]));
    }
    if (credential !== 'certificate') expect(logged(host)).toContain(`  audience: "${expected.audience}"`);
  });
});

describe('a platform token with the public audience in a national cloud', () => {
  it('from GitHub (audience input): Entra ID finds no credential, and the message names the audience the cloud expects', async () => {
    const setup = scenario('USGovHigh', 'github');
    const { host, status, requests } = await runIn('USGovHigh', { ...setup, inputs: { ...setup.inputs, audience: 'api://AzureADTokenExchange' } });
    expect(status).toBe('failed');
    expect(host.failed?.split('\n')[0]).toBe(
      `No federated credential of app ${emulatorOf('USGovHigh').demo.appId} accepts the platform token's audience 'api://AzureADTokenExchange' ` +
        "(that of Public and USGov); cloud USGovHigh (GCC High) expects 'api://AzureADTokenExchangeUSGov' (AADSTS700212)",
    );
    expect(host.failed).toContain('remove the input (default api://AzureADTokenExchangeUSGov)');
    expect(requests.filter((r) => r.path.endsWith('/oauth2/v2.0/token')).every((r) => r.status === 401)).toBe(true);
    expect(apiRequests(requests)).toEqual([]);
  });

  it('from a token file: refused before the exchange, naming what the cloud expects', async () => {
    const emulator = emulatorOf('China');
    const setup = scenario('China', 'token file');
    const file = join(mkdtempSync(join(tmpdir(), 'clouds-token-')), 'token');
    writeFileSync(file, emulator.mintFederatedToken({ subject: TOKEN_FILE_SUBJECT, audience: 'api://AzureADTokenExchange' }));
    const { host, status, requests } = await runIn('China', { ...setup, inputs: { ...setup.inputs, 'federated-token-file': file } });
    expect(status).toBe('failed');
    expect(host.failed?.split('\n')[0]).toBe(
      `The platform token from token file ${file} has the audience 'api://AzureADTokenExchange' (the token exchange audience of ` +
        "Public and USGov), but cloud China expects 'api://AzureADTokenExchangeChina'.",
    );
    expect(requests.filter((r) => r.path.endsWith('/oauth2/v2.0/token'))).toEqual([]);
  });

  it("from a service connection of the worldwide Entra ID: refused before the exchange, naming the connection's environment to use", async () => {
    const setup = scenario('Public', 'azure-devops');
    const { [`ENDPOINT_DATA_${emulatorOf('Public').azureDevOps.entraServiceConnectionId}_ENVIRONMENT`]: _said, ...env } = setup.env;
    const { host, status, requests } = await runIn('Public', { ...setup, env, inputs: { ...setup.inputs, cloud: 'USGovHigh', commands: '- entra group list' } });
    expect(status).toBe('failed');
    expect(host.failed).toContain("has the audience 'api://AzureADTokenExchange' (the token exchange audience of Public and USGov), but cloud USGovHigh expects 'api://AzureADTokenExchangeUSGov'.");
    expect(host.failed).toContain('use a service connection of AzureUSGovernment for cloud USGovHigh');
    expect(requests.filter((r) => r.host.startsWith('login.'))).toEqual([]);
  });

  it("with the connection's environment in view, a contradicting cloud is refused before anything is sent", async () => {
    const setup = scenario('China', 'azure-devops');
    const { host, status, requests } = await runIn('China', { ...setup, inputs: { ...setup.inputs, cloud: 'USGovDoD' } });
    expect(status).toBe('invalid');
    expect(host.failed).toMatch(/^Input 'cloud' is USGovDoD, but service connection \S+ \(ENDPOINT_DATA_\S+_ENVIRONMENT\) says AzureChinaCloud/);
    expect(requests).toEqual([]);
  });
});

describe('a certificate for one cloud used against another', () => {
  it('names both clouds (AADSTS900382), and sends nothing to any API', async () => {
    const setup = scenario('USGovDoD', 'certificate');
    const inputs = { ...setup.inputs, cloud: 'USGov', commands: '- entra group list' };
    const { host, status, requests } = await runIn('USGovDoD', { ...setup, inputs });
    expect(status).toBe('failed');
    expect(host.failed?.split('\n').slice(0, 2)).toEqual([
      "Tenant 'contoso.onmicrosoft.us' belongs to another cloud than USGov (login.microsoftonline.com): Entra ID refuses an app's sign-in across clouds (AADSTS900382)",
      'The tenant is in USGovHigh or USGovDoD, whose Entra ID is at login.microsoftonline.us: set the input `cloud` to USGovHigh or USGovDoD. ' +
        "The app, its certificate or federated credential and its permissions belong to that cloud's Entra ID.",
    ]);
    expect(requests.map((r) => r.host)).toEqual(['login.microsoftonline.com']);
  });
});
