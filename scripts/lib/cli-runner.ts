/**
 * Runs the bundled command line (dist/cli/index.js) as a shell or a CI job would: `node <bundle> run …` with the
 * environment given (nothing of a CI platform unless the caller adds it), standard input optional. Used by the
 * end-to-end tests.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { REPO_ROOT } from './action-runner.js';

export interface CliRun {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export interface CliRunOptions {
  /** Environment besides PATH and HOME (e.g. the emulator's HTTPS_PROXY and NODE_EXTRA_CA_CERTS, M365_*). */
  env?: Record<string, string>;
  /** Written to standard input, then closed. */
  stdin?: string;
  /** Working directory (default: the repository root). */
  cwd?: string;
  /** The bundle (default: dist/cli/index.js); dist/index.js runs the action's entry. */
  entry?: string;
}

export async function runCli(args: readonly string[], options: CliRunOptions = {}): Promise<CliRun> {
  const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...options.env };
  const child = spawn(process.execPath, [resolve(REPO_ROOT, options.entry ?? 'dist/cli/index.js'), ...args], {
    cwd: options.cwd ?? REPO_ROOT,
    env,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdin.end(options.stdin ?? '');
  const exitCode = await new Promise<number>((done) => child.on('close', (code) => done(code ?? 1)));
  return { exitCode, stdout, stderr };
}
