/**
 * Runs the bundled action exactly as a GitHub runner does: a child `node` process with INPUT_* variables, GITHUB_OUTPUT
 * and GITHUB_STEP_SUMMARY files, and whatever environment the caller adds (the emulator's HTTPS_PROXY and
 * NODE_EXTRA_CA_CERTS, ACTIONS_ID_TOKEN_REQUEST_*). Used by the demo, the end-to-end tests and the benchmark.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

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
}

export interface RunOptions {
  /** Inputs by their action.yml names (`app-id`, `commands`, …). */
  inputs: Record<string, string>;
  /** Extra environment (merged over a minimal runner-like environment). */
  env?: Record<string, string | undefined>;
  /** Working directory (default: the repository root). */
  cwd?: string;
  /** Bundle to run (default: dist/index.js). */
  entry?: string;
}

/** Runs the action once and collects what a runner would see. */
export async function runAction(options: RunOptions): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), 'm365-action-run-'));
  const outputPath = join(dir, 'output');
  const summaryPath = join(dir, 'summary');
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dir,
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    RUNNER_TEMP: dir,
    GITHUB_WORKSPACE: options.cwd ?? REPO_ROOT,
  };
  for (const [name, value] of Object.entries(options.inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  for (const [name, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  const started = performance.now();
  const child = spawn(process.execPath, [resolve(REPO_ROOT, options.entry ?? 'dist/index.js')], {
    cwd: options.cwd ?? REPO_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exitCode = await new Promise<number>((done) => child.on('close', (code) => done(code ?? 1)));
  const durationMs = performance.now() - started;
  const outputFile = readFileSync(outputPath, 'utf8');
  const summary = readFileSync(summaryPath, 'utf8');
  rmSync(dir, { recursive: true, force: true });
  return { exitCode, stdout, stderr, outputs: parseOutputFile(outputFile), outputFile, summary, durationMs };
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
