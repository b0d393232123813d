import { mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLOUDS } from '../src/clouds.js';
import { readSettings } from '../src/settings.js';
import { FakeHost } from './helpers/fake-host.js';

const APP = '3f2b8c1d-6e4a-4b9f-8c7d-2a1e5f9b0c34';
const cwd = mkdtempSync(join(tmpdir(), 'settings-'));
const base = { 'app-id': APP, tenant: 'contoso.onmicrosoft.com', certificate: 'MIIPFX', commands: '- status' };

describe('readSettings', () => {
  it('resolves every default', () => {
    expect(readSettings(new FakeHost(base), cwd)).toEqual({
      appId: APP,
      tenant: 'contoso.onmicrosoft.com',
      auth: 'certificate',
      certificate: { kind: 'inline', value: 'MIIPFX', password: undefined },
      federatedTokenFile: undefined,
      audience: 'api://AzureADTokenExchange',
      audienceSource: 'cloud',
      serviceConnectionId: undefined,
      cloud: CLOUDS.Public,
      cloudSource: 'the default',
      spoUrl: undefined,
      commands: '- status',
      commandsSource: 'commands',
      continueOnError: false,
      maxParallel: 4,
      dryRun: false,
      permissionCheck: 'strict',
      outputFile: undefined,
      timeoutMinutes: 30,
      allowPaths: [],
      files: expect.objectContaining({ roots: [realpathSync(cwd)] }),
      cwd,
    });
  });

  it('registers the certificate and its password as secrets before anything else', () => {
    const host = new FakeHost({ ...base, 'certificate-password': 'p@ss' });
    readSettings(host, cwd);
    expect(host.secrets).toEqual(['MIIPFX', 'p@ss']);
    expect(host.logs.map((l) => l.message).join('\n')).not.toContain('p@ss');
  });

  it('falls back to the CLI for Microsoft 365 environment variables', () => {
    const host = new FakeHost({ certificate: 'x', commands: '- status' }, {
      CLIMICROSOFT365_ENTRAAPPID: APP,
      CLIMICROSOFT365_TENANT: '7b0d5f3e-2a41-4c8e-9f6d-1e3a5b7c9d20',
    });
    const settings = readSettings(host, cwd);
    expect(settings.appId).toBe(APP);
    expect(settings.tenant).toBe('7b0d5f3e-2a41-4c8e-9f6d-1e3a5b7c9d20');
  });

  it('reports every invalid input at once, naming input, value and expected form', () => {
    const host = new FakeHost({
      'app-id': 'not-a-guid',
      tenant: 'common',
      certificate: 'x',
      cloud: 'Mars',
      'max-parallel': '0',
      'dry-run': 'yes',
      commands: '- status',
    });
    expect(() => readSettings(host, cwd)).toThrow(
      [
        '5 inputs are invalid:',
        "  - Invalid app-id 'not-a-guid'. Expected the application (client) ID of the Entra app, a GUID such as 3f2b8c1d-6e4a-4b9f-8c7d-2a1e5f9b0c34.",
        "  - Invalid tenant 'common'. App-only sign-in needs the app's own tenant: give its ID (GUID) or a verified domain such as contoso.onmicrosoft.com.",
        "  - Invalid cloud 'Mars'. Expected one of: Public, USGov, USGovHigh, USGovDoD, China.",
        "  - Invalid max-parallel '0'. Expected a whole number from 1 to 32.",
        "  - Invalid dry-run 'yes'. Expected true or false.",
      ].join('\n'),
    );
  });

  it('asks for app-id and tenant when neither input nor environment gives them', () => {
    expect(() => readSettings(new FakeHost({ certificate: 'x', commands: '- status' }), cwd)).toThrow(
      "Input 'app-id' is required (or the environment variable CLIMICROSOFT365_ENTRAAPPID)",
    );
  });

  it('chooses federated for auth auto when the platform can issue a token', () => {
    const host = new FakeHost({ 'app-id': APP, tenant: 'contoso.onmicrosoft.com', commands: '- status' }, {
      ACTIONS_ID_TOKEN_REQUEST_URL: 'https://pipelines.actions.githubusercontent.com/x?api-version=2.0',
    });
    expect(readSettings(host, cwd).auth).toBe('federated');
  });

  it('names id-token: write when auto finds no credential on GitHub', () => {
    const host = new FakeHost({ 'app-id': APP, tenant: 'contoso.onmicrosoft.com', commands: '- status' }, { GITHUB_ACTIONS: 'true' });
    expect(() => readSettings(host, cwd)).toThrow("on GitHub, grant the job 'permissions: id-token: write'");
  });

  it('refuses a certificate given twice and certificate auth without one', () => {
    expect(() => readSettings(new FakeHost({ ...base, 'certificate-file': 'a.pfx' }), cwd)).toThrow(
      "Both 'certificate' and 'certificate-file' are set. Give the certificate one way only.",
    );
    const { certificate: _, ...noCert } = base;
    expect(() => readSettings(new FakeHost({ ...noCert, auth: 'certificate' }), cwd)).toThrow(
      "'auth' is 'certificate' but no certificate is given.",
    );
  });

  it('normalises spo-url to the tenant root and rejects other hosts', () => {
    expect(readSettings(new FakeHost({ ...base, 'spo-url': 'https://contoso.sharepoint.com/sites/ops' }), cwd).spoUrl).toBe(
      'https://contoso.sharepoint.com',
    );
    expect(() => readSettings(new FakeHost({ ...base, 'spo-url': 'http://contoso.sharepoint.com' }), cwd)).toThrow(
      "Invalid spo-url 'http://contoso.sharepoint.com'. Expected the https URL of your SharePoint Online tenant, e.g. https://contoso.sharepoint.com.",
    );
  });

  it('reads commands-file relative to the working directory', () => {
    writeFileSync(join(cwd, 'cmds.yml'), '- spo app list\n');
    const { commands: _, ...noCommands } = base;
    const settings = readSettings(new FakeHost({ ...noCommands, 'commands-file': 'cmds.yml' }), cwd);
    expect(settings.commands).toBe('- spo app list\n');
    expect(settings.commandsSource).toBe('cmds.yml');
    expect(() => readSettings(new FakeHost({ ...noCommands, 'commands-file': 'nope.yml' }), cwd)).toThrow(
      `Invalid commands-file 'nope.yml': no such file (looked for ${join(cwd, 'nope.yml')}).`,
    );
  });
});

describe('readSettings for a dry run', () => {
  it('needs no credential: it signs in to nothing', () => {
    const host = new FakeHost({ 'app-id': APP, tenant: 'contoso.onmicrosoft.com', commands: '- status', 'dry-run': 'true' }, { GITHUB_ACTIONS: 'true' });
    const settings = readSettings(host, cwd);
    expect(settings.dryRun).toBe(true);
    expect(settings.certificate).toBeUndefined();
  });
});

describe('readSettings on Azure DevOps', () => {
  it('takes app and tenant from the service connection the agent hands the task', () => {
    const connection = '1c0f4b52-7d3e-4a8b-9e6f-2d5c8b7a6e41';
    const host = new FakeHost({ 'service-connection-id': connection, commands: '- status' }, {
      SYSTEM_OIDCREQUESTURI: 'https://dev.azure.com/contoso/x/oidctoken',
      [`ENDPOINT_AUTH_PARAMETER_${connection}_SERVICEPRINCIPALID`]: APP,
      [`ENDPOINT_AUTH_PARAMETER_${connection.toUpperCase()}_TENANTID`]: '7b0d5f3e-2a41-4c8e-9f6d-1e3a5b7c9d20',
    }, 'azure-devops');
    const settings = readSettings(host, cwd);
    expect([settings.appId, settings.tenant, settings.auth, settings.serviceConnectionId]).toEqual([
      APP,
      '7b0d5f3e-2a41-4c8e-9f6d-1e3a5b7c9d20',
      'federated',
      connection,
    ]);
  });
});

describe('readSettings: numbers', () => {
  it.each(['0x10', '1e1', '0b11', ' 4 5', '+4', '4.0', '-1'])("refuses max-parallel '%s': decimal digits only", (value) => {
    expect(() => readSettings(new FakeHost({ ...base, 'max-parallel': value }), cwd)).toThrow(
      `Invalid max-parallel '${value.trim()}'. Expected a whole number from 1 to 32.`,
    );
  });

  it('reads timeout in minutes, decimals allowed, and refuses anything else', () => {
    expect(readSettings(new FakeHost({ ...base, timeout: '2.5' }), cwd).timeoutMinutes).toBe(2.5);
    for (const value of ['0', '-1', 'abc', '1e3', '30m', '20161']) {
      expect(() => readSettings(new FakeHost({ ...base, timeout: value }), cwd), value).toThrow(
        `Invalid timeout '${value}'. Expected the run's deadline in minutes, a number above 0 and at most 20160 (e.g. 30 or 2.5).`,
      );
    }
  });
});

describe('readSettings: files', () => {
  const workspace = mkdtempSync(join(tmpdir(), 'settings-workspace-'));
  const runnerTemp = mkdtempSync(join(tmpdir(), 'settings-temp-'));
  const elsewhere = mkdtempSync(join(tmpdir(), 'settings-elsewhere-'));
  mkdirSync(join(runnerTemp, '_runner_file_commands'));
  const githubOutput = join(runnerTemp, '_runner_file_commands', 'set_output_1');
  writeFileSync(githubOutput, '');
  const runner = { GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: workspace, RUNNER_TEMP: runnerTemp, GITHUB_OUTPUT: githubOutput };
  const read = (inputs: Record<string, string>) => readSettings(new FakeHost({ ...base, ...inputs }, runner), workspace);

  it('takes the roots from the host and adds allow-paths (newline- or comma-separated, existing directories)', () => {
    const settings = read({ 'allow-paths': `${elsewhere},\n  ${join(elsewhere, '.')}  ` });
    expect(settings.allowPaths).toEqual([elsewhere, elsewhere]);
    expect(settings.files.roots).toEqual([realpathSync(workspace), realpathSync(runnerTemp), realpathSync(elsewhere)]);
    expect(() => read({ 'allow-paths': 'missing-dir' })).toThrow(
      `Invalid allow-paths entry 'missing-dir': no such directory (looked for ${join(workspace, 'missing-dir')}). List existing directories, one per line or separated by commas.`,
    );
  });

  it('checks output-file before anything runs: inside the roots, missing directories allowed', () => {
    expect(read({ 'output-file': 'out/deep/results.json' }).outputFile).toBe(join(workspace, 'out', 'deep', 'results.json'));
    expect(read({ 'output-file': join(runnerTemp, 'r.json') }).outputFile).toBe(join(runnerTemp, 'r.json'));
    expect(() => read({ 'output-file': join(elsewhere, 'r.json') })).toThrow(
      `Invalid output-file '${join(elsewhere, 'r.json')}': The path '${join(elsewhere, 'r.json')}'${realpathSync(elsewhere) === elsewhere ? '' : ` (${join(realpathSync(elsewhere), 'r.json')})`} is outside the directories commands may use: ${realpathSync(workspace)}, ${realpathSync(runnerTemp)}.`,
    );
    expect(read({ 'output-file': join(elsewhere, 'r.json'), 'allow-paths': elsewhere }).outputFile).toBe(join(elsewhere, 'r.json'));
  });

  it('lets output-file overwrite an ordinary earlier file, never the runner\'s files, the certificate or the commands file', () => {
    writeFileSync(join(workspace, 'earlier.json'), '{}');
    expect(read({ 'output-file': 'earlier.json' }).outputFile).toBe(join(workspace, 'earlier.json'));
    writeFileSync(join(workspace, 'cert.pfx'), 'x');
    writeFileSync(join(workspace, 'cmds.yml'), '- status\n');
    const { certificate: _, commands: __, ...rest } = base;
    const refused = [
      [githubOutput, { ...base }],
      ['cert.pfx', { ...rest, commands: '- status', 'certificate-file': 'cert.pfx' }],
      ['cmds.yml', { ...rest, certificate: 'x', 'commands-file': 'cmds.yml' }],
    ] as const;
    for (const [path, inputs] of refused) {
      expect(() => readSettings(new FakeHost({ ...inputs, 'output-file': path }, runner), workspace), path).toThrow(
        'is a file the action or the runner uses itself (the certificate, the commands or token file, or a runner command file): no command may read or write it.',
      );
    }
    // A link to the certificate inside the workspace is the certificate.
    symlinkSync(join(workspace, 'cert.pfx'), join(workspace, 'innocent.json'));
    expect(() => readSettings(new FakeHost({ ...rest, commands: '- status', 'certificate-file': 'cert.pfx', 'output-file': 'innocent.json' }, runner), workspace)).toThrow(
      'no command may read or write it',
    );
  });

  it.runIf(process.platform !== 'win32')('refuses a commands-file that is not a regular file, without reading it', () => {
    const { commands: _, ...noCommands } = base;
    expect(() => readSettings(new FakeHost({ ...noCommands, 'commands-file': '/dev/zero' }), cwd)).toThrow(
      "Invalid commands-file '/dev/zero': /dev/zero is not a regular file.",
    );
  });
});

describe('readSettings: platform defaults come from the host', () => {
  it('Azure DevOps: AZURESUBSCRIPTION_* set by AzureCLI@2, after the CLI for Microsoft 365 variables', () => {
    const env = {
      AZURESUBSCRIPTION_CLIENT_ID: APP,
      AZURESUBSCRIPTION_TENANT_ID: 'contoso.onmicrosoft.com',
      AZURESUBSCRIPTION_SERVICE_CONNECTION_ID: 'conn',
      SYSTEM_OIDCREQUESTURI: 'https://dev.azure.com/contoso/x/oidctoken',
    };
    const settings = readSettings(new FakeHost({ commands: '- status' }, env, 'azure-devops'), cwd);
    expect([settings.appId, settings.tenant, settings.serviceConnectionId, settings.auth]).toEqual([APP, 'contoso.onmicrosoft.com', 'conn', 'federated']);
    const cli = readSettings(new FakeHost({ commands: '- status' }, { ...env, CLIMICROSOFT365_TENANT: 'fabrikam.onmicrosoft.com' }, 'azure-devops'), cwd);
    expect(cli.tenant).toBe('fabrikam.onmicrosoft.com');
  });

  it('the command line reads AZURE_FEDERATED_TOKEN_FILE and says how to get a credential', () => {
    writeFileSync(join(cwd, 'token'), 'x');
    const settings = readSettings(new FakeHost({ 'app-id': APP, tenant: 'contoso.onmicrosoft.com', commands: '- status' }, { AZURE_FEDERATED_TOKEN_FILE: 'token' }, 'cli'), cwd);
    expect([settings.auth, settings.federatedTokenFile]).toEqual(['federated', join(cwd, 'token')]);
    expect(() => readSettings(new FakeHost({ 'app-id': APP, tenant: 'contoso.onmicrosoft.com', commands: '- status' }, {}, 'cli'), cwd)).toThrow(
      "or use a federated credential: on GitHub, 'permissions: id-token: write'; on Azure DevOps, a service connection with workload identity federation ('service-connection-id'); elsewhere, 'federated-token-file', and register the matching federated credential on the app.",
    );
  });
});
