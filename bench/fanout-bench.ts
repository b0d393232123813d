/**
 * Runs the fan-out scenario (fanout.ts) through the action and through the CLI for Microsoft 365, each against its own
 * emulated tenant at scale with the same throttle, and checks that each did the work before reporting its numbers.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { SCALE_APP_ID, SCALE_HUB_URL } from '../emulator/seed-scale.js';
import { REPO_ROOT, runAction } from '../scripts/lib/action-runner.js';
import { snapshotBundle } from './action-bench.js';
import { CLI_VERSION, ensureCli, loginArgs, m365, privateHome } from './cli-bench.js';
import {
  assertInstalled,
  assertScenarioFiles,
  associatedUrls,
  installTenant,
  INSTALL_SCENARIO,
  MEMORY_SCENARIO,
  memoryTenant,
  throttledTraffic,
  type FanoutOptions,
} from './fanout.js';
import { RSS_PRELOAD, rssFile, type NodeRun } from './measure.js';

/** One run of the install through the action. */
export interface FanoutActionRun {
  sites: number;
  /** Wall time of the action's process. */
  durationMs: number;
  /** From the first SharePoint request to the last. */
  throttledSpanMs: number;
  /** SharePoint requests served (the work) and refused with 429. */
  served: number;
  refused: number;
  /** What the throttle allows at best: served requests ÷ rate. */
  floorMs: number;
  maxRssKiB: number;
}

/** The memory run: a `for-each` of `items` elements with about 2 KB of result each. */
export interface FanoutMemoryRun {
  items: number;
  durationMs: number;
  maxRssKiB: number;
  /** Size of the output file the action wrote (the results). */
  outputFileBytes: number;
}

/** The CLI's run on a sample of the sites, and its extrapolation to all of them. */
export interface FanoutCliRun {
  version: string;
  sites: number;
  loginMs: number;
  hubMs: number;
  /** The install processes of the sample, one after the other. */
  installsMs: number;
  durationMs: number;
  /** Login + hub + (installs ÷ sample) × every site. */
  extrapolatedMs: number;
  processes: number;
  maxRssKiB: number;
  refused: number;
}

export interface FanoutResults {
  options: FanoutOptions;
  /** `source`: src/ through tsx (before a bundle with the feature exists); `bundle`: dist/index.js. */
  entry: 'bundle' | 'source';
  action?: FanoutActionRun[];
  memory?: FanoutMemoryRun[];
  /** A string when the CLI side was skipped, with the reason. */
  cli?: FanoutCliRun[] | string;
}

export interface FanoutBenchOptions {
  options: FanoutOptions;
  runs: number;
  only?: 'action' | 'cli';
  source: boolean;
  verbose: boolean;
}

export async function benchFanout(bench: FanoutBenchOptions): Promise<FanoutResults> {
  assertScenarioFiles();
  const results: FanoutResults = { options: bench.options, entry: bench.source ? 'source' : 'bundle' };
  if (bench.only !== 'cli') {
    const entry = actionEntry(bench.source);
    try {
      results.action = [];
      results.memory = [];
      for (let i = 0; i < bench.runs; i++) results.action.push(await installThroughAction(entry, bench.options, bench.verbose));
      for (let i = 0; i < bench.runs; i++) results.memory.push(await memoryThroughAction(entry, bench.options, bench.verbose));
    } finally {
      entry.dispose();
    }
  }
  if (bench.only !== 'action') {
    try {
      ensureCli();
      results.cli = [];
      for (let i = 0; i < bench.runs; i++) results.cli.push(await installThroughCli(bench.options, bench.verbose));
    } catch (error) {
      results.cli = error instanceof Error ? error.message : String(error);
    }
  }
  return results;
}

interface ActionEntry {
  entry: string;
  nodeArgs: string[];
  dispose(): void;
}

/** The bundle (a private copy), or src/index.ts through tsx when the bundle predates the feature. */
function actionEntry(source: boolean): ActionEntry {
  if (source) return { entry: join(REPO_ROOT, 'src', 'index.ts'), nodeArgs: ['--import', 'tsx'], dispose: () => undefined };
  const bundle = snapshotBundle();
  return { entry: bundle.entry, nodeArgs: [], dispose: bundle.dispose };
}

interface ActionOutcome {
  durationMs: number;
  maxRssKiB: number;
  outputFileBytes: number;
}

/** One run of a scenario file through the action, as a runner runs it; throws when the run fails. */
async function runScenario(emulator: Emulator, entry: ActionEntry, file: string, options: FanoutOptions, verbose: boolean): Promise<ActionOutcome> {
  const rss = rssFile();
  const dir = mkdtempSync(join(tmpdir(), 'm365-bench-fanout-'));
  const outputFile = join(dir, 'results.json');
  try {
    const run = await runAction({
      entry: entry.entry,
      nodeArgs: entry.nodeArgs,
      inputs: {
        'app-id': emulator.demo.appId,
        tenant: emulator.demo.tenantId,
        'certificate-file': emulator.demo.pfxPath,
        'certificate-password': emulator.demo.password,
        'commands-file': file,
        'max-parallel': String(options.maxParallel),
        'output-file': outputFile,
        'allow-paths': dir,
      },
      env: { ...emulator.env(), NODE_OPTIONS: `--import="${pathToFileURL(RSS_PRELOAD).href}"`, BENCH_RSS_FILE: rss.path },
    });
    const maxRssKiB = rss.read();
    if (verbose) console.error(`${file}: exit ${run.exitCode}\n${run.stdout}\n${run.stderr}`);
    if (run.exitCode !== 0) {
      const hint = entry.nodeArgs.length === 0 ? '\nThe bundle may predate for-each: rebuild it (npm run package) or run src/ with --source.' : '';
      throw new Error(`The action failed on ${file} (exit ${run.exitCode}):\n${tail(run.stdout)}\n${tail(run.stderr)}${hint}`);
    }
    return { durationMs: run.durationMs, maxRssKiB, outputFileBytes: sizeOf(outputFile) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

/** The last lines of a log: enough to see why a run failed without flooding the terminal. */
function tail(text: string, lines = 40): string {
  return text.split('\n').slice(-lines).join('\n');
}

async function installThroughAction(entry: ActionEntry, options: FanoutOptions, verbose: boolean): Promise<FanoutActionRun> {
  const scale = installTenant(options);
  const emulator = await startEmulator({ scale });
  try {
    emulator.throttle({ limit: options.rate, windowMs: 1000 });
    console.error(`Action: spo app install on ${options.sites} sites under ${options.rate} requests/s…`);
    const run = await runScenario(emulator, entry, INSTALL_SCENARIO, options, verbose);
    assertInstalled(emulator, associatedUrls(scale));
    const traffic = throttledTraffic(emulator.requests);
    return {
      sites: options.sites,
      durationMs: run.durationMs,
      throttledSpanMs: traffic.spanMs,
      served: traffic.served,
      refused: traffic.refused,
      floorMs: (traffic.served / options.rate) * 1000,
      maxRssKiB: run.maxRssKiB,
    };
  } finally {
    await emulator.stop();
  }
}

async function memoryThroughAction(entry: ActionEntry, options: FanoutOptions, verbose: boolean): Promise<FanoutMemoryRun> {
  const emulator = await startEmulator({ scale: memoryTenant(options) });
  try {
    console.error(`Action: spo list list on ${options.memoryItems} sites (memory)…`);
    const run = await runScenario(emulator, entry, MEMORY_SCENARIO, options, verbose);
    const listed = new Set(emulator.requests.filter((r) => r.status === 200 && /\/_api\/web\/lists$/i.test(r.path)).map((r) => r.path.toLowerCase()));
    if (listed.size !== options.memoryItems) throw new Error(`The memory run listed the lists of ${listed.size} sites, expected ${options.memoryItems}.`);
    return { items: options.memoryItems, durationMs: run.durationMs, maxRssKiB: run.maxRssKiB, outputFileBytes: run.outputFileBytes };
  } finally {
    await emulator.stop();
  }
}

/**
 * The CLI as a workflow of the GitHub peers runs it: `m365 login`, `m365 spo hubsite get --withAssociatedSites`, then
 * a shell loop of one `m365 spo app install` process per site, on the first `cliSites` sites of the hub.
 */
async function installThroughCli(options: FanoutOptions, verbose: boolean): Promise<FanoutCliRun> {
  const scale = installTenant(options);
  const emulator = await startEmulator({ scale });
  const home = privateHome();
  try {
    emulator.throttle({ limit: options.rate, windowMs: 1000 });
    console.error(`CLI for Microsoft 365: spo app install on ${options.cliSites} sites, one process each…`);
    const spawn = { env: { ...home.env, ...emulator.env() }, cwd: REPO_ROOT };
    const started = performance.now();
    const login = await m365(loginArgs(emulator), spawn, 'login');
    const hub = await m365(['spo', 'hubsite', 'get', '--url', SCALE_HUB_URL, '--withAssociatedSites', '--output', 'json'], spawn, 'spo hubsite get');
    const sites = siteUrlsOf(hub.stdout).slice(0, options.cliSites);
    const installs: NodeRun[] = [];
    for (const site of sites) installs.push(await m365(['spo', 'app', 'install', '--id', SCALE_APP_ID, '--siteUrl', site, '--output', 'json'], spawn, 'spo app install'));
    const durationMs = performance.now() - started;
    assertInstalled(emulator, sites);
    if (verbose) console.error(`CLI: ${emulator.requests.length} requests`);
    const installsMs = installs.reduce((sum, run) => sum + run.durationMs, 0);
    const processes = [login, hub, ...installs];
    return {
      version: CLI_VERSION,
      sites: sites.length,
      loginMs: login.durationMs,
      hubMs: hub.durationMs,
      installsMs,
      durationMs,
      extrapolatedMs: login.durationMs + hub.durationMs + (installsMs / sites.length) * options.sites,
      processes: processes.length,
      maxRssKiB: Math.max(...processes.map((p) => p.maxRssKiB)),
      refused: throttledTraffic(emulator.requests).refused,
    };
  } finally {
    home.dispose();
    await emulator.stop();
  }
}

/** `AssociatedSites[].SiteUrl` of `spo hubsite get`'s JSON, as `jq -r '.AssociatedSites[].SiteUrl'` would read it. */
function siteUrlsOf(stdout: string): string[] {
  const hub = JSON.parse(stdout) as { AssociatedSites?: { SiteUrl?: unknown }[] };
  const urls = (hub.AssociatedSites ?? []).map((s) => s.SiteUrl).filter((u): u is string => typeof u === 'string');
  if (urls.length === 0) throw new Error(`'m365 spo hubsite get --withAssociatedSites' gave no associated sites: ${stdout.slice(0, 300)}`);
  return urls;
}
