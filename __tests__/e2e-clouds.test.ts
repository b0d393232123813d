/**
 * End to end in the five clouds: the bundled action (dist/index.js, as a GitHub runner runs it) and the bundled Azure
 * DevOps task (azure-devops/dist/index.js, as the agent runs it) against an emulated tenant of each cloud, over real TLS.
 * Each run signs in with a certificate or a federated credential (GitHub OIDC, an Azure DevOps service connection, a
 * token file) and must call only its cloud's hosts, ask for the cloud's audience and send every API a token of its own.
 *
 * M365_ACTION_ENTRY and M365_ADO_ENTRY point at other builds (e.g. `node scripts/package.mjs --out <dir>`:
 * `<dir>/dist/index.js` and `<dir>/azure-devops/dist/index.js`); by default the committed bundles run.
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMULATED_CLOUD_NAMES, startEmulator, TOKEN_FILE_SUBJECT, type EmulatedCloudName, type Emulator } from '../emulator/index.js';
import type { RecordedRequest } from '../emulator/types.js';
import { REPO_ROOT, runAction, type ActionRun } from '../scripts/lib/action-runner.js';
import { runAdoTask, type AdoRun } from '../scripts/lib/ado-runner.js';
import { parseRunnerLog } from './helpers/workflow-commands.js';

const ACTION_ENTRY = process.env.M365_ACTION_ENTRY ?? 'dist/index.js';
const ADO_ENTRY = process.env.M365_ADO_ENTRY ?? 'azure-devops/dist/index.js';

/**
 * What each cloud's run must use, written out. `login` is where token requests go: for China msal-node sends them to
 * login.partner.microsoftonline.cn, the preferred network of login.chinacloudapi.cn.
 */
const EXPECTED: Record<EmulatedCloudName, { login: string; graph: string; sharePoint: string; management: string; audience: string }> = {
  Public: { login: 'login.microsoftonline.com', graph: 'graph.microsoft.com', sharePoint: 'contoso.sharepoint.com', management: 'manage.office.com', audience: 'api://AzureADTokenExchange' },
  USGov: { login: 'login.microsoftonline.com', graph: 'graph.microsoft.com', sharePoint: 'contoso.sharepoint.com', management: 'manage-gcc.office.com', audience: 'api://AzureADTokenExchange' },
  USGovHigh: { login: 'login.microsoftonline.us', graph: 'graph.microsoft.us', sharePoint: 'contoso.sharepoint.us', management: 'manage.office365.us', audience: 'api://AzureADTokenExchangeUSGov' },
  USGovDoD: { login: 'login.microsoftonline.us', graph: 'dod-graph.microsoft.us', sharePoint: 'contoso.sharepoint-mil.us', management: 'manage.protection.apps.mil', audience: 'api://AzureADTokenExchangeUSGov' },
  China: { login: 'login.partner.microsoftonline.cn', graph: 'microsoftgraph.chinacloudapi.cn', sharePoint: 'contoso.sharepoint.cn', management: 'manage.office.cn', audience: 'api://AzureADTokenExchangeChina' },
};

const GITHUB_TOKEN_HOST = 'pipelines.actions.githubusercontent.com';
const emulators = new Map<EmulatedCloudName, Emulator>();

beforeAll(async () => {
  for (const entry of [ACTION_ENTRY, ADO_ENTRY]) {
    if (!existsSync(resolve(REPO_ROOT, entry))) throw new Error(`${entry} is missing: run \`npm run package\` first.`);
  }
  for (const name of EMULATED_CLOUD_NAMES) emulators.set(name, await startEmulator({ cloud: name }));
});
afterAll(async () => {
  for (const emulator of emulators.values()) await emulator.stop();
});

function emulatorOf(name: EmulatedCloudName): Emulator {
  const emulator = emulators.get(name);
  if (!emulator) throw new Error(`no emulator for ${name}`);
  return emulator;
}

function commands(name: EmulatedCloudName): string {
  const expected = EXPECTED[name];
  return [
    '- id: finance',
    '  run: entra group list --displayName Finance',
    '- id: web',
    `  run: spo web get --url https://${expected.sharePoint}/sites/ops`,
    '- id: feeds',
    `  run: request --url https://${expected.management}/api/v1.0/${emulatorOf(name).demo.tenantId}/activity/feed/subscriptions/list`,
  ].join('\n');
}

function tokenFile(emulator: Emulator, audience: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'e2e-clouds-')), 'token');
  writeFileSync(file, emulator.mintFederatedToken({ subject: TOKEN_FILE_SUBJECT, audience }));
  return file;
}

type GitHubCredential = 'certificate' | 'github' | 'token file';

/** Runs the GitHub bundle against the cloud's tenant; returns the run and what the emulator saw. */
async function runOnGitHub(name: EmulatedCloudName, credential: GitHubCredential, extra: Record<string, string> = {}): Promise<{ run: ActionRun; requests: RecordedRequest[] }> {
  const emulator = emulatorOf(name);
  emulator.clearRequests();
  const inputs: Record<string, string> = { 'app-id': emulator.demo.appId, tenant: emulator.demo.tenantDomain, cloud: name, commands: commands(name) };
  const env: Record<string, string> = { ...emulator.env() };
  if (credential === 'certificate') Object.assign(inputs, { 'certificate-file': emulator.demo.pfxPath, 'certificate-password': emulator.demo.password });
  if (credential === 'github') {
    Object.assign(inputs, { auth: 'federated' });
    Object.assign(env, { ACTIONS_ID_TOKEN_REQUEST_URL: emulator.github.requestUrl, ACTIONS_ID_TOKEN_REQUEST_TOKEN: emulator.github.requestToken });
  }
  if (credential === 'token file') inputs['federated-token-file'] = tokenFile(emulator, EXPECTED[name].audience);
  const run = await runAction({ inputs: { ...inputs, ...extra }, env, entry: ACTION_ENTRY });
  return { run, requests: [...emulator.requests] };
}

/** Runs the Azure DevOps task with the tenant's service connection (its environment is the cloud's). */
async function runOnAzureDevOps(name: EmulatedCloudName, inputs: Record<string, string> = {}): Promise<{ run: AdoRun; requests: RecordedRequest[] }> {
  const emulator = emulatorOf(name);
  emulator.clearRequests();
  const connection = emulator.azureDevOps.entraServiceConnectionId;
  const run = await runAdoTask({
    inputs: { azureSubscription: connection, commands: commands(name), ...inputs },
    serviceConnections: { [connection]: { environment: emulator.azureDevOps.environment, servicePrincipalId: emulator.demo.appId, tenantId: emulator.demo.tenantId } },
    systemAccessToken: emulator.azureDevOps.systemAccessToken,
    oidcRequestUri: emulator.azureDevOps.oidcRequestUri,
    env: emulator.env(),
    entry: ADO_ENTRY,
  });
  return { run, requests: [...emulator.requests] };
}

/** The `::error::` annotations of a GitHub run, unescaped. */
function gitHubErrors(run: ActionRun): string {
  return parseRunnerLog(run.stdout)
    .commands.filter((c) => c.name === 'error')
    .map((c) => c.data.replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%'))
    .join('\n');
}

const adoErrors = (run: AdoRun): string[] => run.issues.filter((i) => i.type === 'error').map((i) => i.message);
const isTokenRequest = (r: RecordedRequest): boolean => r.path.endsWith('/oauth2/v2.0/token');

/** Every host was the cloud's (or the platform's token endpoint), every token request went to its Entra ID, every API request carried a token of its own. */
function expectOnlyTheCloud(name: EmulatedCloudName, requests: RecordedRequest[], platformHosts: string[]): void {
  const expected = EXPECTED[name];
  expect([...new Set(requests.map((r) => r.host))].sort()).toEqual([expected.login, expected.graph, expected.sharePoint, expected.management, ...platformHosts].sort());
  expect(requests.filter((r) => r.refused)).toEqual([]);
  const tokens = requests.filter(isTokenRequest);
  expect(tokens.map((r) => r.scope).sort()).toEqual([`https://${expected.graph}/.default`, `https://${expected.management}/.default`, `https://${expected.sharePoint}/.default`].sort());
  expect(tokens.every((r) => r.host === expected.login && r.status === 200)).toBe(true);
  const apis = requests.filter((r) => !isTokenRequest(r) && !platformHosts.includes(r.host));
  expect(apis.length).toBeGreaterThanOrEqual(3);
  for (const request of apis) expect(request.tokenAudience, `${request.host}${request.path}`).toBe(`https://${request.host}`);
}

function expectResults(name: EmulatedCloudName, outputs: Record<string, string>): void {
  expect(JSON.parse(outputs.web).Url).toBe(`https://${EXPECTED[name].sharePoint}/sites/ops`);
  expect(JSON.parse(outputs.finance).map((g: { displayName: string }) => g.displayName)).toContain('Finance');
  expect(JSON.parse(outputs.feeds).map((f: { contentType: string }) => f.contentType)).toEqual(['Audit.SharePoint', 'Audit.General']);
}

describe.each(EMULATED_CLOUD_NAMES)('cloud %s', (name) => {
  const expected = EXPECTED[name];

  it.each<GitHubCredential>(['certificate', 'github', 'token file'])('the action signs in with a %s and calls only the cloud hosts', async (credential) => {
    const { run, requests } = await runOnGitHub(name, credential);
    expect(gitHubErrors(run)).toBe('');
    expect(run.exitCode).toBe(0);
    expectResults(name, run.outputs);
    expectOnlyTheCloud(name, requests, credential === 'github' ? [GITHUB_TOKEN_HOST] : []);
    const log = parseRunnerLog(`${run.stdout}\n${run.stderr}`).visible.join('\n');
    if (credential === 'github') {
      const asked = requests.filter((r) => r.host === GITHUB_TOKEN_HOST).map((r) => new URLSearchParams(r.query).get('audience'));
      expect(new Set(asked)).toEqual(new Set([expected.audience]));
    }
    if (credential !== 'certificate') expect(log).toContain(`  audience: "${expected.audience}"`);
  });

  it('the Azure DevOps task signs in with the service connection, its environment giving the cloud', async () => {
    // AzureUSGovernment is both GCC High and DoD, and AzureCloud is Public unless told GCC: those name the cloud.
    const cloudInput: Record<string, string> = name === 'USGovHigh' || name === 'USGovDoD' || name === 'USGov' ? { cloud: name } : {};
    const { run, requests } = await runOnAzureDevOps(name, cloudInput);
    expect(adoErrors(run)).toEqual([]);
    expect(run.result).toBe('Succeeded');
    expectResults(name, Object.fromEntries(Object.entries(run.variables).map(([key, variable]) => [key, variable.value])));
    expectOnlyTheCloud(name, requests, ['dev.azure.com']);
    expect(run.visible.join('\n')).toContain(`  audience: "${expected.audience}"`);
  });
});

describe('across clouds, end to end', () => {
  it('a GitHub token with the public audience in GCC High fails, naming the audience the cloud expects', async () => {
    const { run, requests } = await runOnGitHub('USGovHigh', 'github', { audience: 'api://AzureADTokenExchange' });
    expect(run.exitCode).toBe(1);
    expect(gitHubErrors(run).split('\n')[0]).toBe(
      `No federated credential of app ${emulatorOf('USGovHigh').demo.appId} accepts the platform token's audience 'api://AzureADTokenExchange' ` +
        "(that of Public and USGov); cloud USGovHigh (GCC High) expects 'api://AzureADTokenExchangeUSGov' (AADSTS700212)",
    );
    expect(requests.filter((r) => !isTokenRequest(r) && r.host !== GITHUB_TOKEN_HOST)).toEqual([]);
  });

  it('a token file with the public audience in DoD is refused before the exchange', async () => {
    const emulator = emulatorOf('USGovDoD');
    const file = tokenFile(emulator, 'api://AzureADTokenExchange');
    const { run, requests } = await runOnGitHub('USGovDoD', 'token file', { 'federated-token-file': file });
    expect(run.exitCode).toBe(1);
    expect(gitHubErrors(run).split('\n')[0]).toBe(
      `The platform token from token file ${file} has the audience 'api://AzureADTokenExchange' (the token exchange audience of ` +
        "Public and USGov), but cloud USGovDoD expects 'api://AzureADTokenExchangeUSGov'.",
    );
    expect(requests).toEqual([]);
  });

  it('the Azure DevOps task needs `cloud` for a connection of AzureUSGovernment, and refuses a contradicting one', async () => {
    const { run: ambiguous, requests } = await runOnAzureDevOps('USGovDoD');
    expect(ambiguous.result).toBe('Failed');
    expect(adoErrors(ambiguous)[0]).toMatch(
      /^Input 'cloud' is required: service connection \S+ \(ENDPOINT_DATA_\S+_ENVIRONMENT\) says AzureUSGovernment, the Entra ID of both USGovHigh \(GCC High\) and USGovDoD \(DoD\)\. Set 'cloud' to USGovHigh or USGovDoD\./,
    );
    expect(requests).toEqual([]);
    const { run: contradiction } = await runOnAzureDevOps('China', { cloud: 'Public' });
    expect(adoErrors(contradiction)[0]).toMatch(/^Input 'cloud' is Public, but service connection \S+ \(ENDPOINT_DATA_\S+_ENVIRONMENT\) says AzureChinaCloud/);
  });

  it('a certificate of a GCC High tenant used in the Public cloud names both clouds', async () => {
    const { run, requests } = await runOnGitHub('USGovHigh', 'certificate', { cloud: 'Public', commands: '- entra group list' });
    expect(run.exitCode).toBe(1);
    expect(gitHubErrors(run).split('\n')[0]).toBe(
      "Tenant 'contoso.onmicrosoft.us' belongs to another cloud than Public (login.microsoftonline.com): Entra ID refuses an app's sign-in across clouds (AADSTS900382)",
    );
    expect(requests.map((r) => r.host)).toEqual(['login.microsoftonline.com']);
  });
});
