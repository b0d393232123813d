/**
 * Our side: the bundled action (dist/index.js) run as a GitHub runner runs it, once per run against a freshly seeded
 * emulated tenant, with the peak-RSS preload given through NODE_OPTIONS (runAction passes the environment through).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startEmulator } from '../emulator/index.js';
import { REPO_ROOT, runAction } from '../scripts/lib/action-runner.js';
import { medianStart, RSS_PRELOAD, rssFile } from './measure.js';
import { ACTION_COMMANDS } from './scenario.js';
import { countTraffic, describeTraffic, type Traffic } from './traffic.js';

export interface ToolRun {
  durationMs: number;
  maxRssKiB: number;
  traffic: Traffic;
  /** Processes started for the scenario. */
  processes: number;
}

export interface ActionResults {
  runs: ToolRun[];
  bundleBytes: number;
  bundleFiles: string[];
  coldStartMs: number;
  nodeBaselineMs: number;
}

/**
 * Copies dist/ to a temporary folder so that a rebuild running meanwhile (npm run package empties dist/ first) cannot
 * pull the bundle from under a run.
 */
export function snapshotBundle(): { entry: string; files: string[]; bytes: number; dispose(): void } {
  const dist = join(REPO_ROOT, 'dist');
  if (!existsSync(join(dist, 'index.js'))) {
    console.error('dist/index.js is missing: building it (npm run package)…');
    execFileSync('npm', ['run', '-s', 'package'], { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const dir = mkdtempSync(join(tmpdir(), 'm365-bench-dist-'));
  cpSync(dist, dir, { recursive: true });
  const files = readdirSync(dir).filter((name) => name.endsWith('.js'));
  const bytes = files.reduce((sum, name) => sum + statSync(join(dir, name)).size, 0);
  return { entry: join(dir, 'index.js'), files, bytes, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/** What the action runs in a scenario: its `commands` input, and a check of the step outputs. */
export interface ActionScenario {
  readonly commands: string;
  /** Throws when the outputs show that the run did not do its work (a benchmark of a failure is void). */
  readonly check?: (outputs: Readonly<Record<string, string>>) => void;
}

/** Runs the release scenario `runs` times through the action, plus its cold start; throws when a run fails. */
export async function benchAction(runs: number, verbose: boolean): Promise<ActionResults> {
  const bundle = snapshotBundle();
  try {
    const results = await runScenario(bundle.entry, { commands: ACTION_COMMANDS }, runs, verbose);
    const { coldStartMs, nodeBaselineMs } = await coldStart(bundle.entry, Math.max(runs, 5));
    return { runs: results, bundleBytes: bundle.bytes, bundleFiles: bundle.files, coldStartMs, nodeBaselineMs };
  } finally {
    bundle.dispose();
  }
}

/** Runs a scenario `runs` times through the committed bundle, each on a freshly seeded tenant; throws when a run fails. */
export async function benchActionScenario(scenario: ActionScenario, runs: number, verbose: boolean): Promise<ToolRun[]> {
  const bundle = snapshotBundle();
  try {
    return await runScenario(bundle.entry, scenario, runs, verbose);
  } finally {
    bundle.dispose();
  }
}

async function runScenario(entry: string, scenario: ActionScenario, runs: number, verbose: boolean): Promise<ToolRun[]> {
  const results: ToolRun[] = [];
  for (let i = 0; i < runs; i++) results.push(await runOnce(entry, scenario, verbose && i === 0));
  return results;
}

/**
 * `node dist/index.js` with no inputs (it fails on settings before any request) against `node -e 0`, both with an
 * emulator's environment so that a stray request would be refused, not sent out.
 */
async function coldStart(entry: string, runs: number): Promise<{ coldStartMs: number; nodeBaselineMs: number }> {
  const emulator = await startEmulator();
  try {
    const options = { env: { PATH: process.env.PATH ?? '', ...emulator.env() }, cwd: REPO_ROOT };
    const coldStartMs = await medianStart([entry], options, runs);
    const nodeBaselineMs = await medianStart(['-e', '0'], options, runs);
    if (emulator.requests.length > 0) throw new Error('The action sent requests while starting without inputs.');
    return { coldStartMs, nodeBaselineMs };
  } finally {
    await emulator.stop();
  }
}

async function runOnce(entry: string, scenario: ActionScenario, verbose: boolean): Promise<ToolRun> {
  const emulator = await startEmulator();
  const rss = rssFile();
  try {
    const run = await runAction({
      entry,
      inputs: {
        'app-id': emulator.demo.appId,
        tenant: emulator.demo.tenantId,
        'certificate-file': emulator.demo.pfxPath,
        'certificate-password': emulator.demo.password,
        commands: scenario.commands,
      },
      env: {
        ...emulator.env(),
        NODE_OPTIONS: `--import="${pathToFileURL(RSS_PRELOAD).href}"`,
        BENCH_RSS_FILE: rss.path,
      },
    });
    const maxRssKiB = rss.read();
    if (run.exitCode !== 0) throw new Error(`The action failed (exit ${run.exitCode}):\n${run.stdout}\n${run.stderr}`);
    if (verbose) console.error(['action requests:', ...describeTraffic(emulator.requests)].join('\n  '));
    scenario.check?.(run.outputs);
    return { durationMs: run.durationMs, maxRssKiB, traffic: countTraffic(emulator.requests), processes: 1 };
  } finally {
    await emulator.stop();
  }
}
