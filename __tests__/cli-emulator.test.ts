/**
 * The command-line host runs the whole action in-process (src/, no bundle) against the emulated tenant: the demo
 * scenario of examples/demo.yml signed in with a certificate and with a token file, a dry run without any credential,
 * commands from standard input, the exit codes, and the run's deadline.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { startEmulator, TOKEN_FILE_SUBJECT, type Emulator } from '../emulator/index.js';
import { runCommandLine } from '../src/host/cli-args.js';
import { run } from '../src/main.js';
import type { ResultsDocument } from '../src/report/outputs.js';
import { REPO_ROOT } from '../scripts/lib/action-runner.js';
import { JWT_PATTERN, parseRunnerLog } from './helpers/workflow-commands.js';

/** The ids of the demo scenario's commands, in order (every one of them has an id). */
const DEMO_IDS = (parse(readFileSync(join(REPO_ROOT, 'examples', 'demo.yml'), 'utf8')) as { id: string }[]).map((item) => item.id);

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(async () => emulator?.stop());
beforeEach(() => {
  // The transport reads the proxy from the process environment, as on a runner.
  for (const [name, value] of Object.entries(emulator.env())) vi.stubEnv(name, value);
  emulator.clearRequests();
});
afterEach(() => {
  vi.unstubAllEnvs();
  emulator.clearFaults();
});

interface CliRun {
  exitCode: number;
  stdout: string;
  stderr: string;
  document?: ResultsDocument;
}

async function cli(argv: string[], env: NodeJS.ProcessEnv = {}, options: { stdin?: string; graceMs?: number } = {}): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const { exitCode } = await runCommandLine(argv, {
    run: (host, runOptions) => run(host, { ...runOptions, graceMs: options.graceMs }),
    env,
    cwd: REPO_ROOT,
    readStdin: async () => options.stdin ?? '',
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
  });
  const stdout = out.join('');
  return { exitCode, stdout, stderr: err.join(''), document: stdout ? (JSON.parse(stdout) as ResultsDocument) : undefined };
}

const signIn = (): string[] => ['--app-id', emulator.demo.appId, '--tenant', emulator.demo.tenantDomain];

function expectDemoSucceeded(result: CliRun): void {
  expect(result.stderr).not.toContain('error:');
  expect(result.exitCode).toBe(0);
  expect(Object.keys(result.document?.results ?? {})).toEqual(DEMO_IDS);
  expect(result.document?.failed).toEqual([]);
  expect((result.document?.results.site as { Url: string }).Url).toBe('https://contoso.sharepoint.com/sites/ops');
  expect(result.document?.results.finance).toEqual([
    { id: expect.any(String), name: 'Finance' },
    { id: expect.any(String), name: 'Finance Approvers' },
    { id: expect.any(String), name: 'Finance Auditors' },
  ]);
  // No workflow command, no token, in anything it wrote.
  for (const text of [result.stdout, result.stderr]) {
    expect(parseRunnerLog(text).commands).toEqual([]);
    expect(text).not.toMatch(JWT_PATTERN);
  }
}

describe('m365-action run (in-process, against the emulator)', () => {
  it('runs the demo scenario with a certificate file and its password from the environment', async () => {
    const result = await cli(['run', 'examples/demo.yml', ...signIn(), '--certificate-file', emulator.demo.pfxPath], {
      M365_CERTIFICATE_PASSWORD: emulator.demo.password,
    });
    expectDemoSucceeded(result);
    expect(result.stdout + result.stderr).not.toContain(emulator.demo.password);
    expect(result.stderr).toContain(`Signing in to tenant ${emulator.demo.tenantDomain} as app ${emulator.demo.appId} with certificate`);
  });

  it('runs the demo scenario with the certificate itself from M365_CERTIFICATE', async () => {
    const result = await cli(['run', 'examples/demo.yml', ...signIn()], {
      M365_CERTIFICATE: emulator.demo.pfxBase64,
      M365_CERTIFICATE_PASSWORD: emulator.demo.password,
    });
    expectDemoSucceeded(result);
    expect(result.stdout + result.stderr).not.toContain(emulator.demo.pfxBase64.slice(0, 64));
  });

  it('runs the demo scenario with a federated token file (GitLab CI id_tokens, Kubernetes)', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'cli-token-')), 'token');
    const token = emulator.mintFederatedToken({ subject: TOKEN_FILE_SUBJECT });
    writeFileSync(file, token);
    const result = await cli(['run', 'examples/demo.yml', ...signIn(), '--federated-token-file', file]);
    expectDemoSucceeded(result);
    expect(result.stderr).toContain(`with a federated credential from token file ${file}.`);
    expect(result.stderr).not.toContain(token);
  });

  it('takes the token file from AZURE_FEDERATED_TOKEN_FILE and app and tenant from CLIMICROSOFT365_*', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'cli-token-')), 'token');
    writeFileSync(file, emulator.mintFederatedToken({ subject: TOKEN_FILE_SUBJECT }));
    const result = await cli(['run', '-'], {
      AZURE_FEDERATED_TOKEN_FILE: file,
      CLIMICROSOFT365_ENTRAAPPID: emulator.demo.appId,
      CLIMICROSOFT365_TENANT: emulator.demo.tenantId,
    }, { stdin: '- id: me\n  run: status\n' });
    expect(result.exitCode).toBe(0);
    expect(result.document?.results.me).toMatchObject({ appId: emulator.demo.appId, authType: 'federatedIdentity' });
  });

  it('--dry-run needs no credential and requests nothing', async () => {
    const result = await cli(['run', 'examples/demo.yml', ...signIn(), '--dry-run']);
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toContain(`Dry run: ${DEMO_IDS.length} command(s) planned; nothing was requested.`);
    expect(result.stdout).toBe('');
    expect(emulator.requests).toEqual([]);
  });

  it('exit code 1 when a command fails, with the document on stdout; 2 for commands that cannot be planned', async () => {
    const failing = await cli(['run', '-', ...signIn(), '--certificate-file', emulator.demo.pemPath], {}, { stdin: '- id: missing\n  run: spo app get --name missing.sppkg\n' });
    expect(failing.exitCode).toBe(1);
    expect(failing.document?.failed).toEqual(['missing']);
    expect(failing.stderr).toContain("error: Command 1 (missing) 'spo app get --name missing.sppkg' failed:");

    emulator.clearRequests();
    const invalid = await cli(['run', '-', ...signIn(), '--dry-run'], {}, { stdin: '- spo nothing here\n' });
    expect(invalid.exitCode).toBe(2);
    expect(invalid.stderr).toContain('error: Planning found 1 problem');
    expect(emulator.requests).toEqual([]);
  });

  it('an unwritable --output-file is refused before anything runs', async () => {
    const result = await cli(['run', '-', ...signIn(), '--certificate-file', emulator.demo.pemPath, '--output-file', '/etc/m365.json'], {}, { stdin: '- status\n' });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain("error: Invalid output-file '/etc/m365.json': The path '/etc/m365.json' is outside the directories commands may use:");
    expect(emulator.requests).toEqual([]);
  });

  it('stops at the timeout: what runs is abandoned after the grace period, the rest is not run, exit code 1', async () => {
    emulator.injectFault({ host: 'graph.microsoft.com', path: /^\/v1\.0\/groups/, delayMs: 4_000, times: 1 });
    const started = Date.now();
    const result = await cli(
      ['run', '-', ...signIn(), '--certificate-file', emulator.demo.pemPath, '--timeout', '0.02', '--max-parallel', '1'],
      {},
      { stdin: '- id: groups\n  run: entra group list\n- id: after\n  run: spo app list\n', graceMs: 200 },
    );
    expect(Date.now() - started).toBeLessThan(3_500);
    expect(result.exitCode).toBe(1);
    expect(result.document?.commands.map((c) => [c.id, c.status, c.error])).toEqual([
      [
        'groups',
        'failed',
        "stopped while running: The run reached its timeout of 0.02 minutes (input 'timeout'). Its request may or may not have reached the service; check before running it again.",
      ],
      ['after', 'skipped', 'not run: the run reached its timeout'],
    ]);
    expect(result.stderr).toContain("error: The run reached its timeout of 0.02 minutes (input 'timeout'). 0 of 2 command(s) ran, 1 stopped while running, 1 not run");
  });
});
