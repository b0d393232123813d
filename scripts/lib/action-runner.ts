/**
 * Runs the bundled action exactly as a GitHub runner does: a child `node` process with INPUT_* variables, the runner's
 * environment (GITHUB_ACTIONS=true, CI, GITHUB_WORKSPACE, RUNNER_TEMP…) and its file commands (GITHUB_OUTPUT,
 * GITHUB_STEP_SUMMARY, GITHUB_ENV, GITHUB_PATH, GITHUB_STATE in RUNNER_TEMP/_runner_file_commands, as the runner puts
 * them), plus whatever environment the caller adds (the emulator's HTTPS_PROXY and NODE_EXTRA_CA_CERTS,
 * ACTIONS_ID_TOKEN_REQUEST_*). It can cancel the run the way the runner does, by a signal. Used by the demo, the
 * end-to-end tests and the benchmark.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** The inputs that sign the demo app in with its certificate (what the demo and most end-to-end tests run as). */
export function demoCertificateInputs(demo: { appId: string; tenantDomain: string; pfxPath: string; password: string }): Record<string, string> {
  return { 'app-id': demo.appId, tenant: demo.tenantDomain, 'certificate-file': demo.pfxPath, 'certificate-password': demo.password };
}

export interface ActionRun {
  exitCode: number;
  stdout: string;
  stderr: string;
  /** Outputs as the runner would read them from GITHUB_OUTPUT. */
  outputs: Record<string, string>;
  /** Raw GITHUB_OUTPUT file (to check that no secret reached it). */
  outputFile: string;
  summary: string;
  durationMs: number;
  /** From the cancelling signal to the end of the process, when `interrupt` sent one. */
  afterSignalMs?: number;
}

export interface RunOptions {
  /** Inputs by their action.yml names (`app-id`, `commands`, …). */
  inputs: Record<string, string>;
  /** Extra environment (merged over a minimal runner-like environment). */
  env?: Record<string, string | undefined>;
  /** Working directory (default: the repository root). */
  cwd?: string;
  /** Bundle to run (default: dist/index.js), or a TypeScript entry with `nodeArgs: ['--import', 'tsx']`. */
  entry?: string;
  /** Arguments for node before the entry. */
  nodeArgs?: string[];
  /** The node binary (default: the one running this script). */
  node?: string;
  /** Cancels the run as the runner does: sends `signal` once `when()` is true (checked every 50 ms). */
  interrupt?: { signal: NodeJS.Signals; when: () => boolean };
}

/** Runs the action once and collects what a runner would see. */
export async function runAction(options: RunOptions): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), 'm365-action-run-'));
  const files = runnerFiles(dir);
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dir,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    RUNNER_OS: 'Linux',
    RUNNER_TEMP: dir,
    GITHUB_WORKSPACE: options.cwd ?? REPO_ROOT,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_ENV: files.env,
    GITHUB_PATH: files.path,
    GITHUB_STATE: files.state,
  };
  for (const [name, value] of Object.entries(options.inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  for (const [name, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  const started = performance.now();
  const child = spawn(options.node ?? process.execPath, [...(options.nodeArgs ?? []), resolve(REPO_ROOT, options.entry ?? 'dist/index.js')], {
    cwd: options.cwd ?? REPO_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  let signalledAt: number | undefined;
  const poll = options.interrupt
    ? setInterval(() => {
        if (signalledAt === undefined && options.interrupt?.when()) {
          signalledAt = performance.now();
          child.kill(options.interrupt.signal);
        }
      }, 50)
    : undefined;
  const exitCode = await new Promise<number>((done) => child.on('close', (code) => done(code ?? 1)));
  clearInterval(poll);
  const ended = performance.now();
  const outputFile = readFileSync(files.output, 'utf8');
  const summary = readFileSync(files.summary, 'utf8');
  rmSync(dir, { recursive: true, force: true });
  return {
    exitCode,
    stdout,
    stderr,
    outputs: parseOutputFile(outputFile),
    outputFile,
    summary,
    durationMs: ended - started,
    afterSignalMs: signalledAt === undefined ? undefined : ended - signalledAt,
  };
}

/** The runner's file commands: empty files in RUNNER_TEMP/_runner_file_commands, one set per step. */
function runnerFiles(runnerTemp: string): Record<'output' | 'summary' | 'env' | 'path' | 'state', string> {
  const folder = join(runnerTemp, '_runner_file_commands');
  mkdirSync(folder);
  const files = {
    output: join(folder, 'set_output_1'),
    summary: join(folder, 'step_summary_1'),
    env: join(folder, 'set_env_1'),
    path: join(folder, 'add_path_1'),
    state: join(folder, 'save_state_1'),
  };
  for (const file of Object.values(files)) writeFileSync(file, '');
  return files;
}

/** Reads GITHUB_OUTPUT the way the runner does: `name=value` lines and `name<<DELIMITER` … `DELIMITER` blocks. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]);
      outputs[name] = value.join('\n');
    } else if (line.includes('=')) {
      outputs[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return outputs;
}
