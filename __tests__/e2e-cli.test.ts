/**
 * End-to-end tests of the command line: the bundled dist/cli/index.js run as a shell or a CI system runs it, against
 * the emulated tenant, and dist/index.js run outside any CI platform (the plain command-line host).
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator, TOKEN_FILE_SUBJECT, type Emulator } from '../emulator/index.js';
import { REPO_ROOT } from '../scripts/lib/action-runner.js';
import { runCli, type CliRun } from '../scripts/lib/cli-runner.js';
import { JWT_PATTERN, parseRunnerLog } from './helpers/workflow-commands.js';

/** The ids of the demo scenario's commands, in order (every one of them has an id). */
const DEMO_IDS = (parse(readFileSync(join(REPO_ROOT, 'examples', 'demo.yml'), 'utf8')) as { id: string }[]).map((item) => item.id);

let emulator: Emulator;

beforeAll(async () => {
  for (const bundle of ['dist/cli/index.js', 'dist/index.js']) {
    if (!existsSync(join(REPO_ROOT, bundle))) throw new Error(`${bundle} is missing: run \`npm run package\` first.`);
  }
  emulator = await startEmulator();
});
afterAll(async () => emulator?.stop());
beforeEach(() => emulator.clearRequests());

function expectNoCommandsNorSecrets(run: CliRun, secrets: readonly string[]): void {
  for (const text of [run.stdout, run.stderr]) {
    expect(parseRunnerLog(text).commands).toEqual([]);
    expect(text).not.toMatch(JWT_PATTERN);
    for (const secret of secrets) expect(text).not.toContain(secret);
  }
}

describe('node dist/cli/index.js run', () => {
  it('runs the demo scenario with a certificate: the results document on stdout, the log on stderr, exit code 0', async () => {
    const run = await runCli(
      ['run', 'examples/demo.yml', '--app-id', emulator.demo.appId, '--tenant', emulator.demo.tenantDomain, '--certificate-file', emulator.demo.pfxPath],
      { env: { ...emulator.env(), M365_CERTIFICATE_PASSWORD: emulator.demo.password } },
    );
    expect(run.stderr).not.toContain('error:');
    expect(run.exitCode).toBe(0);
    const document = JSON.parse(run.stdout);
    expect(Object.keys(document.results)).toEqual(DEMO_IDS);
    expect(document.failed).toEqual([]);
    expect(document.results.deploy).toBeDefined();
    expect(run.stderr).toContain('Signing in to tenant contoso.onmicrosoft.com');
    expectNoCommandsNorSecrets(run, [emulator.demo.password]);
  });

  it('reads the commands from standard input and signs in with a token file; --help and usage errors', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'e2e-cli-')), 'token');
    const token = emulator.mintFederatedToken({ subject: TOKEN_FILE_SUBJECT });
    writeFileSync(file, token);
    const run = await runCli(['run', '-', '--app-id', emulator.demo.appId, '--tenant', emulator.demo.tenantId, '--federated-token-file', file], {
      env: emulator.env(),
      stdin: '- id: me\n  run: status\n- id: site\n  run: spo site get --url https://contoso.sharepoint.com/sites/ops\n',
    });
    expect(run.exitCode).toBe(0);
    expect(JSON.parse(run.stdout).results.me.authType).toBe('federatedIdentity');
    expectNoCommandsNorSecrets(run, [token]);

    const help = await runCli(['--help']);
    expect([help.exitCode, help.stdout.split('\n')[0]]).toEqual([0, 'Usage: m365-action run <commands.yml | -> --app-id <guid> --tenant <tenant> [options]']);
    const secretOption = await runCli(['run', 'x.yml', '--certificate-password', 'p@ss']);
    expect(secretOption.exitCode).toBe(2);
    expect(secretOption.stderr).toContain('Set the environment variable M365_CERTIFICATE_PASSWORD.');
  });

  it('--dry-run needs no credential; a failed command exits 1', async () => {
    const dry = await runCli(['run', 'examples/demo.yml', '--app-id', emulator.demo.appId, '--tenant', emulator.demo.tenantDomain, '--dry-run'], { env: emulator.env() });
    expect(dry.exitCode).toBe(0);
    expect(emulator.requests).toEqual([]);
    const failed = await runCli(['run', '-', '--app-id', emulator.demo.appId, '--tenant', emulator.demo.tenantDomain, '--certificate-file', emulator.demo.pemPath], {
      env: emulator.env(),
      stdin: '- id: missing\n  run: spo app get --name missing.sppkg\n',
    });
    expect(failed.exitCode).toBe(1);
    expect(JSON.parse(failed.stdout).failed).toEqual(['missing']);
  });
});

describe('node dist/index.js outside GitHub Actions and Azure Pipelines', () => {
  it('uses the plain command-line host: no workflow command, so no ::add-mask:: with a secret in clear', async () => {
    const run = await runCli([], {
      entry: 'dist/index.js',
      env: {
        ...emulator.env(),
        'INPUT_APP-ID': emulator.demo.appId,
        INPUT_TENANT: emulator.demo.tenantDomain,
        INPUT_CERTIFICATE: emulator.demo.pfxBase64,
        'INPUT_CERTIFICATE-PASSWORD': emulator.demo.password,
        INPUT_COMMANDS: '- id: site\n  run: spo site get --url https://contoso.sharepoint.com/sites/ops',
      },
    });
    expect(run.exitCode).toBe(0);
    expect(JSON.parse(run.stdout).results.site.Url).toBe('https://contoso.sharepoint.com/sites/ops');
    expect(run.stdout + run.stderr).not.toContain('::add-mask::');
    expectNoCommandsNorSecrets(run, [emulator.demo.password, emulator.demo.pfxBase64.slice(0, 64)]);
  });
});
