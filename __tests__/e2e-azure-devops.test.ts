/**
 * End-to-end: the bundled Azure DevOps task (azure-devops/dist/index.js) run as a child process the way the Azure
 * Pipelines agent runs a Node task (scripts/lib/ado-runner.ts), against the emulated tenant over real TLS.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { ADO_CLASSIC_ISSUER } from '../emulator/federation.js';
import { REPO_ROOT } from '../scripts/lib/action-runner.js';
import { agentLines, parseAgentCommand, runAdoTask, type AdoRun, type AdoRunOptions } from '../scripts/lib/ado-runner.js';
import { JWT_PATTERN } from './helpers/workflow-commands.js';

const SITE = 'https://contoso.sharepoint.com/sites/ops';
let emulator: Emulator;

beforeAll(async () => {
  if (!existsSync(join(REPO_ROOT, 'azure-devops', 'dist', 'index.js'))) {
    throw new Error('azure-devops/dist/index.js is missing: run `npm run package` first.');
  }
  emulator = await startEmulator();
});
afterAll(async () => emulator?.stop());
beforeEach(() => emulator.clearRequests());

function certificateInputs(): Record<string, string> {
  return {
    appId: emulator.demo.appId,
    tenant: emulator.demo.tenantDomain,
    certificateFile: emulator.demo.pfxPath,
    certificatePassword: emulator.demo.password,
  };
}

/** A federated run: the job has System.OidcRequestUri and the access token (by default where a real agent puts it). */
function federated(inputs: Record<string, string>, extra: Partial<AdoRunOptions> = {}): Promise<AdoRun> {
  return runAdoTask({
    oidcRequestUri: emulator.azureDevOps.oidcRequestUri,
    systemAccessToken: emulator.azureDevOps.systemAccessToken,
    ...extra,
    inputs: { commands: '- id: web\n  run: spo web get --url ' + SITE + '\n- id: groups\n  run: entra group list --displayName Finance', ...inputs },
    env: { ...emulator.env(), ...extra.env },
  });
}

const errors = (run: AdoRun): string[] => run.issues.filter((i) => i.type === 'error').map((i) => i.message);

/** Every line of stdout and stderr except the task.setsecret commands (which must carry the secret). */
function linesWithoutSetSecret(run: AdoRun): string {
  return agentLines(`${run.stdout}\n${run.stderr}`)
    .filter((line) => parseAgentCommand(line)?.name !== 'task.setsecret')
    .join('\n');
}

function tokenRequests(): { scope?: string; clientId?: string }[] {
  return emulator.requests.filter((r) => r.path.endsWith('/oauth2/v2.0/token'));
}

describe('the agent model in ado-runner (so that the tests below can fail)', () => {
  it('finds commands anywhere in a line, unescapes them, and ends lines at a bare CR', () => {
    const lines = agentLines('a ##vso[task.setvariable variable=x;isOutput=true]1%0A2%AZP25\rb ##vso[task.complete result=Failed]done\n');
    expect(lines).toHaveLength(2);
    expect(parseAgentCommand(lines[0])).toMatchObject({ name: 'task.setvariable', properties: { variable: 'x', isoutput: 'true' }, data: '1\n2%' });
    expect(parseAgentCommand(lines[1])).toMatchObject({ name: 'task.complete', properties: { result: 'Failed' } });
    expect(parseAgentCommand('#\u200B#vso[task.complete result=Failed]')).toBeUndefined();
  });
});

describe('certificate sign-in through the task', () => {
  it('sets output variables with isOutput=true, uploads the summary and exits 0', async () => {
    const run = await runAdoTask({
      inputs: { ...certificateInputs(), commands: `- id: web\n  run: spo web get --url ${SITE}\n- id: my-groups\n  run: entra group list --displayName Finance` },
      env: emulator.env(),
    });
    expect(errors(run)).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.result).toBe('Succeeded');
    const outputs = Object.fromEntries(Object.entries(run.variables).filter(([, v]) => v.isOutput && !v.isSecret));
    expect(Object.keys(outputs).sort()).toEqual(['failed', 'myGroups', 'result', 'results', 'web']);
    expect(JSON.parse(outputs.web.value).Url).toBe(SITE);
    expect(JSON.parse(outputs.failed.value)).toEqual([]);
    expect(Object.keys(JSON.parse(outputs.results.value))).toEqual(['web', 'my-groups']);
    expect(run.summaries).toHaveLength(1);
    expect(run.summaries[0].path).toMatch(/m365-ado-run-[^/]+\/_temp\/m365-action-[^/]+\/Microsoft 365 commands\.md$/);
    expect(run.summaries[0].content).toContain('spo web get');
    expect(run.summaries[0].content).toContain('SharePoint Online');
    expect(tokenRequests().map((r) => r.scope).sort()).toEqual(['https://contoso.sharepoint.com/.default', 'https://graph.microsoft.com/.default']);
  });
});

describe('workload identity federation through the task', () => {
  it('signs in with a service connection of the classic issuer (input serviceConnectionId, token from SystemVssConnection)', async () => {
    const run = await federated({ appId: emulator.demo.appId, tenant: emulator.demo.tenantId, serviceConnectionId: emulator.azureDevOps.serviceConnectionId });
    expect(errors(run)).toEqual([]);
    expect(run.result).toBe('Succeeded');
    expect(JSON.parse(run.variables.web.value).Url).toBe(SITE);
    expect(run.visible.join('\n')).toContain(`  issuer:   "${ADO_CLASSIC_ISSUER}"`);
    expect(run.visible.join('\n')).toContain('  subject:  "sc://contoso/app/m365-demo"');
    const oidc = emulator.requests.filter((r) => r.path.endsWith('/oidctoken'));
    expect(oidc.length).toBeGreaterThanOrEqual(1);
    expect(oidc[0].query).toContain(`serviceConnectionId=${emulator.azureDevOps.serviceConnectionId}`);
    expect(tokenRequests().every((r) => r.clientId === emulator.demo.appId)).toBe(true);
  });

  it('signs in with a service connection of the Entra issuer (alias azureSubscription, token mapped in env)', async () => {
    const run = await federated(
      { appId: emulator.demo.appId, tenant: emulator.demo.tenantDomain, azureSubscription: emulator.azureDevOps.entraServiceConnectionId },
      { accessTokenRoutes: ['mapped'] },
    );
    expect(errors(run)).toEqual([]);
    expect(run.result).toBe('Succeeded');
    expect(JSON.parse(run.variables.groups.value).length).toBeGreaterThan(0);
    const log = run.visible.join('\n');
    expect(log).toContain(`  issuer:   "https://login.microsoftonline.com/${emulator.demo.tenantId}/v2.0"`);
    expect(log).toMatch(new RegExp(`  subject:  "/eid1/c/pub/t/[\\w-]+/a/[\\w-]+/sc/${emulator.azureDevOps.orgId}/${emulator.azureDevOps.entraServiceConnectionId}"`));
  });

  it('takes app and tenant from the service connection the agent hands the task, when only the connection is named', async () => {
    const id = emulator.azureDevOps.serviceConnectionId;
    const run = await federated(
      { azureSubscription: id },
      {
        env: {
          [`ENDPOINT_AUTH_PARAMETER_${id}_SERVICEPRINCIPALID`]: emulator.demo.appId,
          [`ENDPOINT_AUTH_PARAMETER_${id}_TENANTID`]: emulator.demo.tenantId,
          [`ENDPOINT_AUTH_SCHEME_${id}`]: 'WorkloadIdentityFederation',
        },
      },
    );
    expect(errors(run)).toEqual([]);
    expect(run.result).toBe('Succeeded');
    expect(tokenRequests().map((r) => r.clientId)).toEqual([emulator.demo.appId, emulator.demo.appId]);
  });

  it('takes the connection, app and tenant from AZURESUBSCRIPTION_* when the inputs are empty (AzureCLI@2 style)', async () => {
    const run = await federated(
      {},
      {
        accessTokenRoutes: ['secret-variable'],
        env: {
          AZURESUBSCRIPTION_SERVICE_CONNECTION_ID: emulator.azureDevOps.serviceConnectionId,
          AZURESUBSCRIPTION_CLIENT_ID: emulator.demo.appId,
          AZURESUBSCRIPTION_TENANT_ID: emulator.demo.tenantId,
        },
      },
    );
    expect(errors(run)).toEqual([]);
    expect(run.result).toBe('Succeeded');
    expect(JSON.parse(run.variables.web.value).Url).toBe(SITE);
    expect(tokenRequests().length).toBeGreaterThan(0);
    expect(tokenRequests().every((r) => r.clientId === emulator.demo.appId)).toBe(true);
  });

  it('without any job access token, says to map SYSTEM_ACCESSTOKEN and sends nothing', async () => {
    const connection = emulator.azureDevOps.serviceConnectionId;
    const run = await federated({ appId: emulator.demo.appId, tenant: emulator.demo.tenantId, serviceConnectionId: connection }, { systemAccessToken: undefined });
    // The agent fails the task on task.complete result=Failed (the exit code may be 0).
    expect(run.result).toBe('Failed');
    expect(run.commands.filter((c) => c.name === 'task.complete').map((c) => c.properties.result)).toEqual(['Failed']);
    expect(errors(run)[0]).toBe(
      `Cannot request the Azure DevOps OIDC token for service connection ${connection}: SYSTEM_ACCESSTOKEN is not set.\n` +
        "Azure Pipelines gives a step the job's access token only when asked. Map it in the step's env:\n" +
        '  env:\n    SYSTEM_ACCESSTOKEN: $(System.AccessToken)',
    );
    expect(emulator.requests).toEqual([]);
  });
});

describe('security', () => {
  it('a web title holding logging commands never acts as one', async () => {
    const web = emulator.state.sites.find((s) => s.Url === SITE)!.rootWeb;
    const original = web.Title;
    web.Title = 'Ops ##vso[task.setvariable variable=pwned]yes\r##vso[task.complete result=Failed]\n##vso[task.logissue type=error]x';
    try {
      const run = await runAdoTask({
        inputs: { ...certificateInputs(), commands: `- id: web\n  run: spo web get --url ${SITE}` },
        env: emulator.env(),
      });
      expect(run.exitCode).toBe(0);
      expect(run.result).toBe('Succeeded');
      expect(run.variables.pwned).toBeUndefined();
      expect(run.commands.filter((c) => c.name === 'task.complete')).toEqual([]);
      expect(errors(run)).toEqual([]);
      expect(run.commands.map((c) => c.name).filter((n) => !['task.setvariable', 'task.setsecret', 'task.uploadsummary'].includes(n))).toEqual([]);
      expect(JSON.parse(run.variables.web.value).Title).toBe(web.Title);
      // The title reached the log (neutralised), so the test would have seen an injection.
      expect(run.stdout).toContain('task.setvariable variable=pwned');
    } finally {
      web.Title = original;
    }
  });

  it('no secret appears in the output apart from task.setsecret commands (certificate and federated runs)', async () => {
    const pfxBase64 = emulator.demo.pfxBase64;
    const runs = {
      certificate: await runAdoTask({
        inputs: { ...certificateInputs(), certificateFile: '', certificate: pfxBase64, commands: `- spo web get --url ${SITE}\n- entra group list` },
        env: emulator.env(),
      }),
      federated: await federated(
        { appId: emulator.demo.appId, tenant: emulator.demo.tenantId, serviceConnectionId: emulator.azureDevOps.serviceConnectionId },
        { accessTokenRoutes: ['mapped', 'secret-variable', 'system-connection'] },
      ),
    };
    for (const [name, run] of Object.entries(runs)) {
      expect(run.result, name).toBe('Succeeded');
      const text = linesWithoutSetSecret(run);
      expect(text, name).not.toMatch(JWT_PATTERN);
      expect(text, name).not.toContain(emulator.azureDevOps.systemAccessToken);
      expect(text, name).not.toContain(emulator.demo.password);
      expect(text, name).not.toContain(pfxBase64.slice(0, 64));
      for (const summary of run.summaries) expect(summary.content, name).not.toMatch(JWT_PATTERN);
      for (const variable of Object.values(run.variables)) expect(variable.value, name).not.toMatch(JWT_PATTERN);
      // The tokens were registered as secrets with the agent.
      expect(run.secrets.some((s) => JWT_PATTERN.test(s)), name).toBe(true);
    }
    expect(runs.certificate.secrets).toContain(emulator.demo.password);
  });
});
