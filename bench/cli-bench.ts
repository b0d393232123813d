/**
 * The other side: the CLI for Microsoft 365 the way pnp/action-cli-login + pnp/action-cli-runscript run it — `m365
 * login` with the certificate, then one `m365 <command> --output json` process per command. Installed on demand into
 * bench/.cli (never into package.json). Each process gets a private HOME (the CLI keeps its connection and token cache
 * there), update checks off (CLIMICROSOFT365_NOUPDATE) and telemetry off (its `disableTelemetry` setting), and reaches
 * the emulator unmodified: axios tunnels HTTPS through HTTPS_PROXY with CONNECT and Node trusts NODE_EXTRA_CA_CERTS.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { REPO_ROOT } from '../scripts/lib/action-runner.js';
import type { ToolRun } from './action-bench.js';
import { folderSize, median, medianStart, runNode, type NodeRun } from './measure.js';
import { CLI_STEPS, type CliStep } from './scenario.js';
import { countTraffic, describeTraffic } from './traffic.js';

/** Pinned so that numbers are comparable between runs of the benchmark. */
export const CLI_VERSION = '11.11.0';
export const CLI_PREFIX = join(REPO_ROOT, 'bench', '.cli');
const CLI_PACKAGE = join(CLI_PREFIX, 'node_modules', '@pnp', 'cli-microsoft365');
const CLI_ENTRY = join(CLI_PACKAGE, 'dist', 'index.js');

export interface CliResults {
  version: string;
  runs: (ToolRun & { commandMedianMs: number; loginMs: number })[];
  installBytes: number;
  installFiles: number;
  /** Time of `npm install` when this run installed it, else undefined (cached). */
  installMs?: number;
  coldStartMs: number;
}

/** Installs the pinned CLI into bench/.cli unless it is already there. */
export function ensureCli(): number | undefined {
  if (existsSync(join(CLI_PACKAGE, 'package.json'))) {
    const { version } = JSON.parse(readFileSync(join(CLI_PACKAGE, 'package.json'), 'utf8')) as { version: string };
    if (version === CLI_VERSION) return undefined;
  }
  console.error(`Installing @pnp/cli-microsoft365@${CLI_VERSION} into bench/.cli (once)…`);
  const started = performance.now();
  const args = ['install', '--prefix', CLI_PREFIX, '--no-save', '--no-audit', '--no-fund', `@pnp/cli-microsoft365@${CLI_VERSION}`];
  execFileSync('npm', args, { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  return performance.now() - started;
}

/** One run of a scenario through the CLI: wall time from `m365 login` to the last command's end. */
export type CliRun = CliResults['runs'][number];

/** What the CLI runs in a scenario: one process per step, and a check of their parsed JSON outputs. */
export interface CliScenario {
  readonly steps: readonly CliStep[];
  /** Throws when the outputs show that the run did not do its work. */
  readonly check?: (outputs: readonly unknown[]) => void;
}

/** Runs the release scenario `runs` times through the CLI, plus its cold start; throws when a command fails. */
export async function benchCli(runs: number, verbose: boolean): Promise<CliResults> {
  const installMs = ensureCli();
  const results = await benchCliScenario({ steps: CLI_STEPS }, runs, verbose);
  const { bytes, files } = folderSize(join(CLI_PREFIX, 'node_modules'));
  return { version: CLI_VERSION, runs: results, installBytes: bytes, installFiles: files, installMs, coldStartMs: await coldStart(Math.max(runs, 5)) };
}

/** Runs a scenario `runs` times through the CLI (installed first if need be), each on a freshly seeded tenant. */
export async function benchCliScenario(scenario: CliScenario, runs: number, verbose: boolean): Promise<CliRun[]> {
  ensureCli();
  const results: CliRun[] = [];
  for (let i = 0; i < runs; i++) results.push(await runOnce(scenario, verbose && i === 0));
  return results;
}

/** A private HOME with telemetry already off (what `m365 cli config set --key disableTelemetry --value true` writes). */
export function privateHome(): { env: Record<string, string>; dispose(): void } {
  const home = mkdtempSync(join(tmpdir(), 'm365-bench-home-'));
  const config = join(home, '.config');
  mkdirSync(join(config, 'configstore'), { recursive: true });
  writeFileSync(join(config, 'configstore', 'cli-m365-config.json'), JSON.stringify({ disableTelemetry: true }));
  const env = { PATH: process.env.PATH ?? '', HOME: home, XDG_CONFIG_HOME: config, CLIMICROSOFT365_NOUPDATE: '1' };
  return { env, dispose: () => rmSync(home, { recursive: true, force: true }) };
}

async function runOnce(scenario: CliScenario, verbose: boolean): Promise<CliRun> {
  const emulator = await startEmulator();
  const home = privateHome();
  try {
    const options = { env: { ...home.env, ...emulator.env() }, cwd: REPO_ROOT };
    const started = performance.now();
    const login = await m365(loginArgs(emulator), options, 'login');
    const outputs: unknown[] = [];
    const processes: NodeRun[] = [login];
    for (const step of scenario.steps) {
      const args = [...step(outputs), '--output', 'json'];
      // The command's words only, as a label (no option values).
      const run = await m365(args, options, args.slice(0, args.findIndex((a) => a.startsWith('-'))).join(' '));
      processes.push(run);
      outputs.push(run.stdout.trim() === '' ? undefined : JSON.parse(run.stdout));
    }
    const durationMs = performance.now() - started;
    if (verbose) console.error(['CLI requests:', ...describeTraffic(emulator.requests)].join('\n  '));
    scenario.check?.(outputs);
    return {
      durationMs,
      maxRssKiB: Math.max(...processes.map((p) => p.maxRssKiB)),
      traffic: countTraffic(emulator.requests),
      processes: processes.length,
      commandMedianMs: median(processes.slice(1).map((p) => p.durationMs)),
      loginMs: login.durationMs,
    };
  } finally {
    home.dispose();
    await emulator.stop();
  }
}

export function loginArgs(emulator: Emulator): string[] {
  const { pfxPath, password, appId, tenantId } = emulator.demo;
  return ['login', '--authType', 'certificate', '--certificateFile', pfxPath, '--password', password, '--appId', appId, '--tenant', tenantId];
}

/** One CLI process; its arguments are never printed (the login line holds the certificate password). */
export async function m365(args: string[], options: { env: Record<string, string>; cwd: string }, label: string): Promise<NodeRun> {
  const run = await runNode([CLI_ENTRY, ...args], options);
  if (run.exitCode !== 0) throw new Error(`m365 ${label} failed (exit ${run.exitCode}): ${run.stderr.trim() || run.stdout.trim()}`);
  return run;
}

/** `m365 version` in a private HOME with telemetry off, while an emulator refuses anything it would send. */
async function coldStart(runs: number): Promise<number> {
  const emulator = await startEmulator();
  const home = privateHome();
  try {
    const ms = await medianStart([CLI_ENTRY, 'version'], { env: { ...home.env, ...emulator.env() }, cwd: REPO_ROOT }, runs);
    if (emulator.requests.length > 0) throw new Error(`'m365 version' sent ${emulator.requests.length} requests.`);
    return ms;
  } finally {
    home.dispose();
    await emulator.stop();
  }
}
