/**
 * End-to-end tests of federated sign-in: the bundled dist/index.js run as a GitHub runner runs it, against the emulated
 * tenant, exchanging platform tokens (GitHub's OIDC endpoint, token files) for Entra ID tokens with the real msal-node.
 * Azure DevOps sources are tested in their own file.
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  GITHUB_DEFAULT_SUBJECT,
  GITHUB_ISSUER,
  startEmulator,
  TOKEN_EXCHANGE_AUDIENCE,
  TOKEN_FILE_ISSUER,
  TOKEN_FILE_SUBJECT,
  type Emulator,
} from '../emulator/index.js';
import type { RecordedRequest } from '../emulator/types.js';
import { REPO_ROOT, runAction, type ActionRun } from '../scripts/lib/action-runner.js';
import { JWT_PATTERN, parseRunnerLog } from './helpers/workflow-commands.js';

const GITHUB_TOKEN_HOST = 'pipelines.actions.githubusercontent.com';
const WORKFLOW_REF = 'contoso/app/.github/workflows/deploy.yml@refs/heads/main';
const COMMANDS = '- id: finance\n  run: entra group list --displayName Finance\n- id: site\n  run: spo site get --url https://contoso.sharepoint.com/sites/ops';
const ENTRA_DOCS = 'https://learn.microsoft.com/entra/workload-id/workload-identity-federation';
const CHECK_CREDENTIAL = 'Check your federated identity credential Subject, Audience and Issuer against the presented assertion.';

let emulator: Emulator;
let appId: string;

beforeAll(async () => {
  if (!existsSync(join(REPO_ROOT, 'dist', 'index.js'))) throw new Error('dist/index.js is missing: run `npm run package` first.');
  emulator = await startEmulator();
  appId = emulator.demo.appId;
});
afterAll(async () => emulator?.stop());
beforeEach(() => emulator.clearRequests());

/** What a job granted `id-token: write` has: the runner's ID token request URL and bearer token. */
function githubOidcEnv(target: Emulator = emulator): Record<string, string> {
  return {
    ACTIONS_ID_TOKEN_REQUEST_URL: target.github.requestUrl,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: target.github.requestToken,
  };
}

function runFederated(inputs: Record<string, string> = {}, env: Record<string, string> = githubOidcEnv()): Promise<ActionRun> {
  return runAction({
    inputs: { 'app-id': appId, tenant: emulator.demo.tenantDomain, auth: 'federated', commands: COMMANDS, ...inputs },
    env: { ...emulator.env(), ...env },
  });
}

/** A token file holding a platform token of the token-file issuer (what Kubernetes or GitLab would write). */
function writeTokenFile(token: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'federated-token-')), 'token');
  writeFileSync(path, `${token}\n`);
  return path;
}

function visibleLines(result: ActionRun): string[] {
  return parseRunnerLog(`${result.stdout}\n${result.stderr}`).visible;
}

/** The error annotations the run produced, unescaped. */
function errors(result: ActionRun): string {
  return parseRunnerLog(result.stdout)
    .commands.filter((c) => c.name === 'error')
    .map((c) => c.data.replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%'))
    .join('\n');
}

/** The claims block the action logs before the exchange (the expiry line varies and is checked by pattern). */
function claimsBlock(result: ActionRun, header: string): string[] {
  const lines = visibleLines(result);
  const start = lines.indexOf(header);
  expect(start, `log line '${header}'`).toBeGreaterThanOrEqual(0);
  const block = lines.slice(start + 1);
  const end = block.findIndex((line) => line.startsWith('  expires:  '));
  expect(block[end]).toMatch(/^ {2}expires: {2}\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.000Z \(in \d+ s\)$/);
  return block.slice(0, end);
}

const tokenRequests = (requests: RecordedRequest[] = emulator.requests): RecordedRequest[] =>
  requests.filter((r) => r.host === 'login.microsoftonline.com' && r.path.endsWith('/oauth2/v2.0/token'));
const githubTokenRequests = (requests: RecordedRequest[] = emulator.requests): RecordedRequest[] =>
  requests.filter((r) => r.host === GITHUB_TOKEN_HOST);

function expectCommandsSucceeded(result: ActionRun): void {
  expect(errors(result)).toBe('');
  expect(result.exitCode).toBe(0);
  expect(JSON.parse(result.outputs.finance).map((g: { displayName: string }) => g.displayName)).toEqual([
    'Finance',
    'Finance Approvers',
    'Finance Auditors',
  ]);
  expect(JSON.parse(result.outputs.site).Url).toBe('https://contoso.sharepoint.com/sites/ops');
  expect(JSON.parse(result.outputs.failed)).toEqual([]);
}

describe('GitHub Actions OIDC', () => {
  const signingIn = (tenant: string): string =>
    `Signing in to tenant ${tenant} as app ${appId} with a federated credential from GitHub Actions OIDC (audience ${TOKEN_EXCHANGE_AUDIENCE}).`;

  it('auth: federated exchanges the job token, logs its claims and gets one token per resource', async () => {
    const result = await runFederated();
    expectCommandsSucceeded(result);
    expect(visibleLines(result)).toContain(signingIn(emulator.demo.tenantDomain));
    expect(claimsBlock(result, `Federated token from GitHub Actions OIDC (audience ${TOKEN_EXCHANGE_AUDIENCE}):`)).toEqual([
      `  issuer:   "${GITHUB_ISSUER}"`,
      `  subject:  "${GITHUB_DEFAULT_SUBJECT}"`,
      `  audience: "${TOKEN_EXCHANGE_AUDIENCE}"`,
      `  job_workflow_ref: "${WORKFLOW_REF}"`,
    ]);
    expect(tokenRequests().map((r) => r.scope).sort()).toEqual(['https://contoso.sharepoint.com/.default', 'https://graph.microsoft.com/.default']);
    expect(tokenRequests().every((r) => r.status === 200 && r.clientId === appId)).toBe(true);
    // A fresh platform token per exchange, each asked for Entra ID's token exchange audience.
    const github = githubTokenRequests();
    expect(github).toHaveLength(2);
    expect(github.map((r) => new URLSearchParams(r.query).get('audience'))).toEqual([TOKEN_EXCHANGE_AUDIENCE, TOKEN_EXCHANGE_AUDIENCE]);
  });

  it('auth: auto without a certificate signs in with the job token', async () => {
    const result = await runAction({
      inputs: { 'app-id': appId, tenant: emulator.demo.tenantId, commands: COMMANDS },
      env: { ...emulator.env(), ...githubOidcEnv() },
    });
    expectCommandsSucceeded(result);
    expect(visibleLines(result)).toContain(signingIn(emulator.demo.tenantId));
    expect(tokenRequests()).toHaveLength(2);
    expect(githubTokenRequests()).toHaveLength(2);
  });
});

describe('Azure DevOps workload identity federation, through the GitHub bundle', () => {
  it('a service connection and the job access token in the environment are enough', async () => {
    const ado = emulator.azureDevOps;
    const result = await runFederated(
      { 'service-connection-id': ado.serviceConnectionId },
      { SYSTEM_OIDCREQUESTURI: ado.oidcRequestUri, SYSTEM_ACCESSTOKEN: ado.systemAccessToken },
    );
    expectCommandsSucceeded(result);
    expect(claimsBlock(result, `Federated token from Azure DevOps workload identity federation (service connection ${ado.serviceConnectionId}):`)[1]).toBe(
      '  subject:  "sc://contoso/app/m365-demo"',
    );
    expect(emulator.requests.filter((r) => r.path.endsWith('/oidctoken')).length).toBeGreaterThanOrEqual(1);
    expect(githubTokenRequests()).toEqual([]);
  });
});

describe('token file', () => {
  const token = (): string => emulator.mintFederatedToken({ subject: TOKEN_FILE_SUBJECT });
  const fileClaims = [`  issuer:   "${TOKEN_FILE_ISSUER}"`, `  subject:  "${TOKEN_FILE_SUBJECT}"`, `  audience: "${TOKEN_EXCHANGE_AUDIENCE}"`];

  it('federated-token-file: the input names the file', async () => {
    const path = writeTokenFile(token());
    const result = await runFederated({ 'federated-token-file': path }, {});
    expectCommandsSucceeded(result);
    expect(visibleLines(result)).toContain(
      `Signing in to tenant ${emulator.demo.tenantDomain} as app ${appId} with a federated credential from token file ${path}.`,
    );
    expect(claimsBlock(result, `Federated token from token file ${path}:`)).toEqual(fileClaims);
    expect(tokenRequests()).toHaveLength(2);
    expect(githubTokenRequests()).toEqual([]);
  });

  it('AZURE_FEDERATED_TOKEN_FILE with AZURE_CLIENT_ID / AZURE_TENANT_ID, as Azure workload identity sets them', async () => {
    const path = writeTokenFile(token());
    const result = await runAction({
      inputs: { commands: COMMANDS },
      env: {
        ...emulator.env(),
        AZURE_FEDERATED_TOKEN_FILE: path,
        AZURE_CLIENT_ID: appId,
        AZURE_TENANT_ID: emulator.demo.tenantId,
      },
    });
    expectCommandsSucceeded(result);
    expect(visibleLines(result)).toContain(
      `Signing in to tenant ${emulator.demo.tenantId} as app ${appId} with a federated credential from token file ${path}.`,
    );
    expect(claimsBlock(result, `Federated token from token file ${path}:`)).toEqual(fileClaims);
    expect(tokenRequests().map((r) => r.clientId)).toEqual([appId, appId]);
  });
});

describe('federated sign-in failures are explained', () => {
  afterEach(() => {
    emulator.github.setSubject(GITHUB_DEFAULT_SUBJECT);
    emulator.github.setClaims({});
  });

  const register = (subject: string, workflowRef: string, audience = TOKEN_EXCHANGE_AUDIENCE): string =>
    `Add a federated credential on app ${appId} (Certificates & secrets > Federated credentials) with exactly: ` +
    `issuer '${GITHUB_ISSUER}', subject identifier '${subject}' (workflow ${workflowRef}), audience '${audience}'.`;

  it('a job without `id-token: write` is told to grant it, and nothing is requested', async () => {
    const result = await runFederated({}, {});
    expect(result.exitCode).toBe(1);
    expect(errors(result)).toBe(
      'Cannot get a federated token: this GitHub Actions job may not request an OIDC token (ACTIONS_ID_TOKEN_REQUEST_URL is not set).\n' +
        'Grant the job (or the whole workflow) `permissions: id-token: write`:\n' +
        '  permissions:\n    id-token: write\n    contents: read\n' +
        'A `permissions` block grants only what it lists. Workflows triggered from forks never get an OIDC token.',
    );
    expect(emulator.requests).toEqual([]);
  });

  it("a subject with no federated credential (AADSTS700213) shows the token's subject and the credential to register", async () => {
    const subject = 'repo:contoso/app:ref:refs/heads/feature';
    const workflowRef = 'contoso/app/.github/workflows/deploy.yml@refs/heads/feature';
    emulator.github.setSubject(subject);
    emulator.github.setClaims({ ref: 'refs/heads/feature', job_workflow_ref: workflowRef });
    const result = await runFederated();
    expect(result.exitCode).toBe(1);
    expect(errors(result)).toBe(
      `No federated credential of app ${appId} accepts the platform token's subject '${subject}' (AADSTS700213)\n` +
        `${register(subject, workflowRef)}\n` +
        `Entra ID said: AADSTS700213: No matching federated identity record found for presented assertion subject '${subject}'. ${CHECK_CREDENTIAL} ${ENTRA_DOCS}`,
    );
    expect(claimsBlock(result, `Federated token from GitHub Actions OIDC (audience ${TOKEN_EXCHANGE_AUDIENCE}):`)[1]).toBe(`  subject:  "${subject}"`);
  });

  it('a subject that differs only in case (AADSTS7002138) says the subject is what differs in case', async () => {
    const subject = 'repo:Contoso/app:ref:refs/heads/main';
    const workflowRef = 'Contoso/app/.github/workflows/deploy.yml@refs/heads/main';
    emulator.github.setSubject(subject);
    emulator.github.setClaims({ repository: 'Contoso/app', repository_owner: 'Contoso', job_workflow_ref: workflowRef });
    const result = await runFederated();
    expect(result.exitCode).toBe(1);
    expect(errors(result)).toBe(
      `A federated credential of app ${appId} matches the platform token's subject '${subject}' only when upper/lower case is ignored (AADSTS7002138)\n` +
        'Entra ID compares issuer, subject and audience case-sensitively (repository, organisation and branch names included). ' +
        `Change the credential's subject to exactly '${subject}'. ${register(subject, workflowRef)}\n` +
        `Entra ID said: AADSTS7002138: No matching federated identity record found for presented assertion subject '${subject}'. ` +
        `The subject matches with case-insensitive comparison, but not with case-sensitive comparison. ${CHECK_CREDENTIAL} ${ENTRA_DOCS}`,
    );
  });

  it('a wrong `audience` input (AADSTS700212) points at the input', async () => {
    const result = await runFederated({ audience: 'api://Other' });
    expect(result.exitCode).toBe(1);
    expect(errors(result)).toBe(
      `No federated credential of app ${appId} accepts the platform token's audience 'api://Other' (AADSTS700212)\n` +
        'Federated credentials normally list api://AzureADTokenExchange (api://AzureADTokenExchangeUSGov for the clouds ' +
        'USGovHigh and USGovDoD, api://AzureADTokenExchangeChina for China). The action asks GitHub for the audience of its input ' +
        '`audience`: remove the input (default api://AzureADTokenExchange) or set it to an audience of the credential. ' +
        `Or: ${register(GITHUB_DEFAULT_SUBJECT, WORKFLOW_REF, 'api://Other')}\n` +
        `Entra ID said: AADSTS700212: No matching federated identity record found for presented assertion audience 'api://Other'. ${CHECK_CREDENTIAL} ${ENTRA_DOCS}`,
    );
    expect(githubTokenRequests().map((r) => new URLSearchParams(r.query).get('audience'))).toContain('api://Other');
  });

  it('an expired platform token (AADSTS700024) says it expired before the exchange', async () => {
    const expired = emulator.mintFederatedToken({ subject: TOKEN_FILE_SUBJECT, lifetimeSeconds: -120 });
    const { nbf, exp } = JSON.parse(Buffer.from(expired.split('.')[1] as string, 'base64url').toString('utf8')) as { nbf: number; exp: number };
    const iso = (seconds: number): string => new Date(seconds * 1000).toISOString().replace(/\.000Z$/, '.0000000Z');
    const result = await runFederated({ 'federated-token-file': writeTokenFile(expired) }, {});
    expect(result.exitCode).toBe(1);
    const expected =
      'The client assertion is outside its valid time range (expired or not yet valid) (AADSTS700024)\n' +
      "The platform token expired before the exchange (they live about 5-10 minutes), or the runner's clock is off. " +
      'A token file must be refreshed by its writer; otherwise check the time synchronisation of the runner.\n' +
      'Entra ID said: AADSTS700024: Client assertion is not within its valid time range. Current time: CURRENT, ' +
      `assertion valid from ${iso(nbf)}, expiry time of assertion ${iso(exp)}. ` +
      'Review the documentation at https://learn.microsoft.com/entra/identity-platform/certificate-credentials .';
    const [before, after] = expected.split('CURRENT') as [string, string];
    expect(errors(result)).toMatch(new RegExp(`^${escapeRegExp(before)}\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.0000000Z${escapeRegExp(after)}$`));
  });
});

describe('platform tokens that expire mid-run', () => {
  let shortLived: Emulator;
  beforeAll(async () => {
    shortLived = await startEmulator({ platformTokenLifetimeSeconds: 2 });
  });
  afterAll(async () => shortLived?.stop());

  it('a resource found later (SharePoint root via Graph) gets a fresh platform token', async () => {
    // No spo-url and no URL option: the SharePoint root is discovered through Graph after the Graph token exists,
    // and the slow answer outlives the first platform token.
    shortLived.injectFault({ host: 'graph.microsoft.com', path: /sites\/root/, delayMs: 3000 });
    const result = await runAction({
      inputs: {
        'app-id': appId,
        tenant: shortLived.demo.tenantDomain,
        auth: 'federated',
        commands: '- id: groups\n  run: entra group list --displayName Finance\n- id: apps\n  run: spo app list',
      },
      env: { ...shortLived.env(), ...githubOidcEnv(shortLived) },
    });
    expect(errors(result)).toBe('');
    expect(result.exitCode).toBe(0);
    expect(Array.isArray(JSON.parse(result.outputs.apps))).toBe(true);
    const requests = shortLived.requests;
    const github = githubTokenRequests(requests);
    expect(github.length).toBeGreaterThanOrEqual(2);
    const order = requests
      .filter((r) => r.host === GITHUB_TOKEN_HOST || r.path.endsWith('/oauth2/v2.0/token') || r.path === '/v1.0/sites/root')
      .map((r) => r.scope ?? (r.host === GITHUB_TOKEN_HOST ? 'platform token' : r.path));
    expect(order).toEqual([
      'platform token',
      'https://graph.microsoft.com/.default',
      '/v1.0/sites/root',
      'platform token',
      'https://contoso.sharepoint.com/.default',
    ]);
    // The first platform token (2 s) had expired when the SharePoint token was asked for.
    expect((github[1] as RecordedRequest).time - (github[0] as RecordedRequest).time).toBeGreaterThanOrEqual(2000);
    expect(tokenRequests(requests).every((r) => r.status === 200)).toBe(true);
  });
});

describe('no platform token, assertion or request credential leaks', () => {
  /** Every JWT-looking string in a text. */
  const jwts = (text: string): string[] => text.match(new RegExp(JWT_PATTERN.source, 'g')) ?? [];
  const issuerOf = (jwt: string): unknown =>
    (JSON.parse(Buffer.from(jwt.split('.')[1] as string, 'base64url').toString('utf8')) as { iss?: unknown }).iss;

  function expectNoLeak(result: ActionRun, secrets: string[]): string[] {
    expect(result.exitCode).toBe(0);
    const notMasks = (text: string): string =>
      text
        .split(/\r?\n/)
        .filter((line) => !line.trimStart().startsWith('::add-mask::'))
        .join('\n');
    const places = {
      visible: visibleLines(result).join('\n'),
      stdout: notMasks(result.stdout),
      stderr: notMasks(result.stderr),
      outputs: result.outputFile,
      summary: result.summary,
    };
    for (const [where, text] of Object.entries(places)) {
      expect(jwts(text), where).toEqual([]);
      for (const secret of secrets) expect(text, where).not.toContain(secret);
    }
    return parseRunnerLog(result.stdout)
      .commands.filter((c) => c.name === 'add-mask')
      .map((c) => c.data);
  }

  it('a GitHub run masks the platform token and shows neither it nor ACTIONS_ID_TOKEN_REQUEST_TOKEN', async () => {
    const result = await runFederated();
    const masks = expectNoLeak(result, [emulator.github.requestToken]);
    expect(masks.filter((m) => JWT_PATTERN.test(m) && issuerOf(m) === GITHUB_ISSUER).length).toBeGreaterThan(0);
  });

  it('a token-file run masks the token it read', async () => {
    const token = emulator.mintFederatedToken({ subject: TOKEN_FILE_SUBJECT });
    const result = await runFederated({ 'federated-token-file': writeTokenFile(token) }, {});
    const masks = expectNoLeak(result, [token]);
    expect(masks).toContain(token);
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
