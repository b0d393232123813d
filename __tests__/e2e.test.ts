/**
 * End-to-end: the bundled dist/index.js run as a child process the way a GitHub runner runs it, against the emulated
 * tenant over real TLS through HTTPS_PROXY, with the real msal-node inside the bundle.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { REPO_ROOT, runAction, type ActionRun } from '../scripts/lib/action-runner.js';
import { JWT_PATTERN, parseRunnerLog } from './helpers/workflow-commands.js';

const FIXTURES = join(REPO_ROOT, '__tests__', 'fixtures', 'certs');
let emulator: Emulator;

beforeAll(async () => {
  if (!existsSync(join(REPO_ROOT, 'dist', 'index.js'))) throw new Error('dist/index.js is missing: run `npm run package` first.');
  emulator = await startEmulator();
});
afterAll(async () => emulator?.stop());
beforeEach(() => emulator.clearRequests());

function certificateInputs(): Record<string, string> {
  return {
    'app-id': emulator.demo.appId,
    tenant: emulator.demo.tenantDomain,
    'certificate-file': emulator.demo.pfxPath,
    'certificate-password': emulator.demo.password,
  };
}

function run(commands: string, inputs: Record<string, string> = {}, env: Record<string, string> = {}): Promise<ActionRun> {
  return runAction({ inputs: { ...certificateInputs(), commands, ...inputs }, env: { ...emulator.env(), ...env } });
}

/** The text a person reading the log would see (stdout and stderr, without processed commands). */
function visibleLog(result: ActionRun): string {
  return parseRunnerLog(`${result.stdout}\n${result.stderr}`).visible.join('\n');
}

/** The error annotations the run produced. */
function errors(result: ActionRun): string {
  return parseRunnerLog(result.stdout)
    .commands.filter((c) => c.name === 'error')
    .map((c) => c.data.replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%'))
    .join('\n');
}

describe('the demo release (examples/demo.yml)', () => {
  it('runs the SPFx lifecycle and reads back, with outputs, summary and one token per resource', async () => {
    const result = await runAction({
      inputs: { ...certificateInputs(), 'commands-file': 'examples/demo.yml' },
      env: emulator.env(),
    });
    expect(errors(result)).toBe('');
    expect(result.exitCode).toBe(0);
    const site = JSON.parse(result.outputs.site);
    expect(site.Url).toBe('https://contoso.sharepoint.com/sites/ops');
    expect(JSON.parse(result.outputs.finance).map((g: { name: string }) => g.name)).toEqual(['Finance', 'Finance Approvers', 'Finance Auditors']);
    expect(JSON.parse(result.outputs.failed)).toEqual([]);
    const results = JSON.parse(result.outputs.results);
    expect(Object.keys(results)).toEqual(['upload', 'app', 'deploy', 'install', 'next', 'redeploy', 'upgrade', 'installed', 'uninstall', 'retract', 'remove', 'site', 'web', 'finance']);
    expect(JSON.parse(result.outputs.app)).toMatchObject({ Deployed: false, AppCatalogVersion: '1.2.0.0' });
    expect(JSON.parse(result.outputs.installed)).toEqual([{ title: 'contoso-webparts-client-side-solution', version: '1.3.0.0' }]);
    // The lifecycle ends with the app removed from the catalog.
    expect(emulator.state.tenantAppCatalog.find((app) => app.FileName === 'contoso-webparts.sppkg')).toBeUndefined();
    expect(result.summary).toContain('| 3 | deploy | `spo app deploy --id {{ app.ID }} --skipFeatureDeployment` | SharePoint Online | ✅ succeeded |');
    const tokenRequests = emulator.requests.filter((r) => r.path.endsWith('/oauth2/v2.0/token'));
    expect(tokenRequests.map((r) => r.scope).sort()).toEqual(['https://contoso.sharepoint.com/.default', 'https://graph.microsoft.com/.default']);
  });
});

describe('planning stops bad input before any request', () => {
  const planning = (problem: string): string =>
    `Planning found 1 problem in the commands of input 'commands'; nothing was run:\n  - ${problem}`;
  const cases: [string, string, string][] = [
    [
      'malformed YAML',
      '- id: x\n  run: [unclosed',
      "The commands in input 'commands' are not valid YAML:\n  - YAML syntax error in input 'commands' at line 2, column 17: Flow sequence in block collection must be sufficiently indented and end with a ]",
    ],
    ['an unknown command, with suggestions', '- spo ap list', planning("Unknown command 'spo ap list' (command 1, line 1). Did you mean 'spo app list'?")],
    [
      'an unknown option, with suggestions',
      '- spo site get --url https://contoso.sharepoint.com --ur https://x',
      planning("Unknown option '--ur' for 'spo site get' (command 1, line 1). Did you mean '--url'?"),
    ],
    ['a missing required option', '- spo site get', planning("Missing required option '--url' for 'spo site get' (command 1, line 1): URL of the site collection.")],
    [
      'a Viva Engage command',
      '- status\n- viva engage message list',
      planning(
        "Command 'viva engage message list' (command 2, line 2) is a Viva Engage command, which cannot be run app-only: Entra ID issues no app-only token for Viva Engage (Yammer). Run it with a delegated (user) sign-in, e.g. the CLI for Microsoft 365 on a workstation.",
      ),
    ],
    [
      'request to a host outside the resources',
      '- request --url https://evil.example.com/x',
      planning(
        "request to 'https://evil.example.com/x' (command 1, line 1): that host belongs to no Microsoft 365 resource of cloud Public; an access token is only sent to the hosts of the resource it was issued for (graph.microsoft.com, <tenant>.sharepoint.com, manage.office.com, management.azure.com).",
      ),
    ],
    [
      'a non-https URL',
      '- spo site get --url http://contoso.sharepoint.com',
      planning(
        "Option '--url' (command 1, line 1) is 'http://contoso.sharepoint.com', but https is required: tokens and data only travel over https. Use 'https://contoso.sharepoint.com'.",
      ),
    ],
  ];
  for (const [name, commands, message] of cases) {
    it(`refuses ${name}`, async () => {
      const result = await run(commands);
      expect(result.exitCode).toBe(1);
      expect(errors(result)).toBe(message);
      expect(result.summary).toContain('❌ The step failed.');
      expect(emulator.requests).toEqual([]);
    });
  }
});

describe('certificate sign-in failures are explained', () => {
  it('a wrong PFX password stops before any request', async () => {
    const result = await run('- status', { 'certificate-password': 'wrong' });
    expect(result.exitCode).toBe(1);
    expect(errors(result)).toBe(
      'The certificate password is wrong: it does not open the PFX file.\n' +
        'Check the secret behind the input `certificate-password`: it must be the password the PFX was exported with.',
    );
    expect(emulator.requests).toEqual([]);
  });

  it('an expired certificate stops before any request', async () => {
    const result = await run('- status', {
      'certificate-file': join(FIXTURES, 'expired.pem'),
      'certificate-password': '',
    });
    expect(result.exitCode).toBe(1);
    expect(errors(result)).toBe(
      "The certificate 'CN=m365-action expired' (SHA-1 thumbprint 0DB7CEBBE620E45A6CF4390695756F2EE43EC625) expired on 2021-01-01 00:00:00 UTC.\n" +
        'Create a new certificate, upload its public part (.cer/.crt) to the app registration under Certificates & secrets, and update the secret that holds it.',
    );
    expect(emulator.requests).toEqual([]);
  });

  it('a certificate not registered on the app gets AADSTS700027 and what to do', async () => {
    const result = await run('- spo site get --url https://contoso.sharepoint.com', {
      'certificate-file': join(FIXTURES, 'cert-and-key.pem'),
      'certificate-password': '',
    });
    expect(result.exitCode).toBe(1);
    const [message, hint, said] = errors(result).split('\n');
    expect(message).toBe(
      `The certificate in use (SHA-1 thumbprint 5D36BA1A76DF5075D34EEB8FB86675445AFAA40E) is not registered on app ${emulator.demo.appId} (AADSTS700027)`,
    );
    expect(hint).toBe(
      'Upload the public part of this certificate (.cer/.crt, never the PFX) to the app registration under Certificates & secrets > Certificates; the portal lists it with thumbprint 5D36BA1A76DF5075D34EEB8FB86675445AFAA40E.',
    );
    expect(said).toMatch(/^Entra ID said: AADSTS700027: Client assertion contains an invalid signature\. \[Reason - The key was not found\./);
    // Sign-in failed, so no API request was made.
    expect(emulator.requests.filter((r) => r.host !== 'login.microsoftonline.com')).toEqual([]);
  });

  it('an unknown tenant gets AADSTS90002 and what to check', async () => {
    const result = await run('- entra group list', { tenant: 'fabrikam.onmicrosoft.com' });
    expect(result.exitCode).toBe(1);
    expect(errors(result)).toBe(
      [
        "Tenant 'fabrikam.onmicrosoft.com' does not exist at login.microsoftonline.com (AADSTS90002)",
        'Check the input `tenant` (the Directory (tenant) ID GUID or a verified domain such as contoso.onmicrosoft.com) and the input `cloud`: a tenant exists in the Entra ID of one cloud only (Public and USGov sign in at login.microsoftonline.com, USGovHigh and USGovDoD at login.microsoftonline.us, China at login.chinacloudapi.cn).',
        "Entra ID said: AADSTS90002: Tenant 'fabrikam.onmicrosoft.com' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud. Check with your subscription administrator, this may happen if there are no active subscriptions for the tenant.",
      ].join('\n'),
    );
    expect(emulator.requests.filter((r) => r.host !== 'login.microsoftonline.com')).toEqual([]);
  });
});

describe('security', () => {
  it('no secret reaches stdout, stderr, outputs or the summary of a full run', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'leak-'));
    const outputFile = join(dir, 'results.json');
    const result = await run('- status\n- spo site get --url https://contoso.sharepoint.com/sites/ops\n- entra group list --displayName Finance', {
      'output-file': outputFile,
      // Outside the workspace and the runner temp directory: allowed explicitly.
      'allow-paths': dir,
    });
    expect(result.exitCode).toBe(0);
    const pfxBase64 = emulator.demo.pfxBase64;
    const keyBody = readFileSync(emulator.demo.pemPath, 'utf8')
      .split(/-----(?:BEGIN|END) [A-Z ]*PRIVATE KEY-----/)[1]
      .replace(/\s+/g, '');
    const places = { visible: visibleLog(result), outputs: result.outputFile, summary: result.summary, file: readFileSync(outputFile, 'utf8') };
    for (const [where, text] of Object.entries(places)) {
      expect(text, where).not.toContain(emulator.demo.password);
      expect(text, where).not.toContain(pfxBase64.slice(0, 64));
      expect(text, where).not.toContain(keyBody.slice(0, 64));
      expect(text, where).not.toMatch(JWT_PATTERN);
    }
    // The access tokens were registered as secrets with the runner (it masks them in every later line).
    const masks = parseRunnerLog(result.stdout).commands.filter((c) => c.name === 'add-mask').map((c) => c.data);
    expect(masks.some((m) => JWT_PATTERN.test(m))).toBe(true);
  });

  it("a user's secret in a command line reaches the summary as it is, so that the runner's masking still matches it", async () => {
    // The runner masks the summary file line by line with each secret's exact text: escaping `_`, `$`, `(` or `#`
    // into character references would defeat it while the page still shows the secret.
    const secret = 'Zq9_x$Lm!kP(7)wR#tY2';
    const result = await run(`- request --url https://graph.microsoft.com/v1.0/groups --x-api-key '${secret}'`);
    expect(result.exitCode).toBe(0);
    expect(result.summary).toContain(`\`request --url https://graph.microsoft.com/v1.0/groups --x-api-key '${secret}'\``);
  });

  it('Microsoft 365 data that looks like a workflow command is never executed', async () => {
    const web = emulator.state.sites.find((s) => s.Url === 'https://contoso.sharepoint.com/sites/ops')!.rootWeb;
    const original = web.Title;
    web.Title = '::set-output name=pwned::yes\n::add-mask::Contoso\r##[error]injected\n##vso[task.setvariable variable=x]y';
    try {
      const result = await run('- id: web\n  run: spo web get --url https://contoso.sharepoint.com/sites/ops');
      expect(result.exitCode).toBe(0);
      const { commands } = parseRunnerLog(`${result.stdout}\n${result.stderr}`);
      expect(commands.filter((c) => c.name === 'set-output')).toEqual([]);
      expect(commands.filter((c) => c.name === 'add-mask' && c.data === 'Contoso')).toEqual([]);
      expect(commands.filter((c) => c.name === 'error')).toEqual([]);
      expect(result.outputs.pwned).toBeUndefined();
      expect(JSON.parse(result.outputs.web).Title).toBe(web.Title);
    } finally {
      web.Title = original;
    }
  });
});

describe('dry run', () => {
  it('needs no credential (a pull request from a fork has none)', async () => {
    const result = await runAction({
      inputs: { 'app-id': emulator.demo.appId, tenant: emulator.demo.tenantDomain, 'commands-file': 'examples/demo.yml', 'dry-run': 'true' },
      env: emulator.env(),
    });
    expect(errors(result)).toBe('');
    expect(result.exitCode).toBe(0);
    expect(visibleLog(result)).toContain('Tokens: https://contoso.sharepoint.com/.default, https://graph.microsoft.com/.default');
    expect(emulator.requests).toEqual([]);
  });

  it('prints the plan and requests nothing', async () => {
    const result = await run('- spo app list\n- entra group list', { 'dry-run': 'true' });
    expect(result.exitCode).toBe(0);
    expect(visibleLog(result)).toContain('spo app list');
    expect(emulator.requests).toEqual([]);
  });
});

describe('commands-file and output-file', () => {
  it('writes every result to output-file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'out-'));
    writeFileSync(join(dir, 'cmds.yml'), '- id: groups\n  run: entra group list\n');
    const result = await runAction({
      inputs: { ...certificateInputs(), 'commands-file': join(dir, 'cmds.yml'), 'output-file': join(dir, 'out.json'), 'allow-paths': dir },
      env: emulator.env(),
    });
    expect(result.exitCode).toBe(0);
    const written = JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8'));
    expect(written.results.groups.length).toBeGreaterThan(100);
    expect(written.failed).toEqual([]);
  });
});

describe('throttling', () => {
  it('waits out 429 from Entra ID and from Graph, honouring Retry-After', async () => {
    emulator.injectFault({ host: 'login', path: /oauth2\/v2\.0\/token$/, status: 429, retryAfter: 1, times: 1 });
    emulator.injectFault({ host: 'graph.microsoft.com', path: /^\/v1\.0\/groups/, status: 429, retryAfter: 1, times: 1 });
    try {
      const result = await run('- id: groups\n  run: entra group list --displayName Finance');
      expect(errors(result)).toBe('');
      expect(result.exitCode).toBe(0);
      expect(JSON.parse(result.outputs.groups)[0].displayName).toBe('Finance');
      const statuses = emulator.requests.map((r) => `${r.status} ${r.host}`);
      expect(statuses).toEqual(['429 login.microsoftonline.com', '200 login.microsoftonline.com', '429 graph.microsoft.com', '200 graph.microsoft.com']);
    } finally {
      emulator.clearFaults();
    }
  });
});

describe('failures and continue-on-error', () => {
  const missing = 'spo app get --name missing.sppkg';

  it('stops at the first failure: the rest is not run, the step fails', async () => {
    const result = await run(`- id: bad\n  run: ${missing}\n- id: after\n  run: status`);
    expect(result.exitCode).toBe(1);
    expect(JSON.parse(result.outputs.failed)).toEqual(['bad']);
    expect(result.outputs.after).toBeUndefined();
    expect(result.summary).toContain('| 2 | after | `status` | — | ⏭ skipped |');
    expect(errors(result)).toContain("Command 1 (bad) 'spo app get --name missing.sppkg' failed:");
  });

  it('an item with continue-on-error is reported but neither stops the run nor fails the step', async () => {
    const result = await run(`- id: bad\n  run: ${missing}\n  continue-on-error: true\n- id: after\n  run: status`);
    expect(result.exitCode).toBe(0);
    expect(JSON.parse(result.outputs.failed)).toEqual(['bad']);
    expect(JSON.parse(result.outputs.after).appId).toBe(emulator.demo.appId);
    // Like the CLI's `status`, connectedAs is the app's display name, read from the run's access token.
    expect(JSON.parse(result.outputs.after).connectedAs).toBe('m365-action demo');
    expect(JSON.parse(result.outputs.result).appId).toBe(emulator.demo.appId);
  });

  it('the continue-on-error input runs everything and fails the step at the end', async () => {
    const result = await run(`- id: bad\n  run: ${missing}\n- id: after\n  run: status`, { 'continue-on-error': 'true' });
    expect(result.exitCode).toBe(1);
    expect(JSON.parse(result.outputs.after).authType).toBe('certificate');
    expect(errors(result)).toContain('1 of 2 command(s) failed: 1 (bad).');
  });

  it('a command that uses the result of a failed one is not run', async () => {
    const result = await run(`- id: bad\n  run: ${missing}\n  continue-on-error: true\n- run: spo app deploy --id {{ bad.ID }}`);
    expect(result.exitCode).toBe(1);
    expect(result.summary).toContain("not run: it uses the result of 'bad', which failed");
  });
});

describe('queries', () => {
  it('applies --query in the line like the CLI for Microsoft 365', async () => {
    const result = await run('- id: names\n  run: entra group list --displayName Finance --query "[].displayName"');
    expect(result.exitCode).toBe(0);
    expect(JSON.parse(result.outputs.names)).toEqual(['Finance', 'Finance Approvers', 'Finance Auditors']);
  });
});
