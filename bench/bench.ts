/**
 * `npm run bench [-- --scenario release|provisioning|startup|fanout|all] [--runs N] [--only action|cli] [--json] [--verbose]`:
 * - `release` (default): the same ten-command scenario through this action (the bundled dist/) and through the CLI for
 *   Microsoft 365, both against the emulated tenant: wall time, requests, token requests, peak memory, size, cold start.
 * - `provisioning`: a site provisioning script (a communication site, lists, fields, items, a folder and a file, a page
 *   with a web part, property bag, custom action, reads) through both tools the same way: times, ratio, requests.
 * - `startup`: a dry run of the release scenario's commands against `node -e 0`, interleaved, 30 runs of each by default,
 *   on this Node, on Node 24 from .ci/tools when `bash .ci/run` installed it, and on each `--node <path>`.
 * - `fanout`: an app installed on every site of a hub (1,000) under the emulator's throttle (50 requests/s), against
 *   the floor the throttle allows; the peak memory of a 10,000-item for-each; the CLI's time on 50 sites, one process
 *   each, extrapolated. Options: `--sites`, `--rate`, `--max-parallel`, `--memory-items`, `--cli-sites`, and
 *   `--source` to run src/ through tsx instead of dist/.
 * Prints Markdown tables (or JSON).
 */
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { benchAction } from './action-bench.js';
import { benchCli } from './cli-bench.js';
import { DEFAULT_FANOUT, type FanoutOptions } from './fanout.js';
import { benchFanout } from './fanout-bench.js';
import { benchProvisioning } from './provisioning-bench.js';
import { toJson, toMarkdown, type BenchResults } from './report.js';
import { benchStartup, startupRuntimes } from './startup.js';

const SCENARIOS = ['release', 'provisioning', 'startup', 'fanout', 'all'] as const;
type Scenario = (typeof SCENARIOS)[number];

interface Arguments {
  scenario: Scenario;
  /** Runs of each scenario; default 5 for release, 3 for provisioning, 30 for startup, 1 for fanout. */
  runs?: number;
  only?: 'action' | 'cli';
  json: boolean;
  verbose: boolean;
  source: boolean;
  fanout: FanoutOptions;
  /** More runtimes for the startup scenario. */
  nodes: string[];
}

function wholeNumber(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`Invalid --${name} '${value}'. Expected a whole number of 1 or more.`);
  return n;
}

function readArguments(argv: string[]): Arguments {
  const { values } = parseArgs({
    args: argv,
    options: {
      scenario: { type: 'string', default: 'release' },
      runs: { type: 'string' },
      only: { type: 'string' },
      json: { type: 'boolean', default: false },
      verbose: { type: 'boolean', default: false },
      source: { type: 'boolean', default: false },
      sites: { type: 'string' },
      rate: { type: 'string' },
      'max-parallel': { type: 'string' },
      'memory-items': { type: 'string' },
      'cli-sites': { type: 'string' },
      node: { type: 'string', multiple: true, default: [] },
    },
  });
  const scenario = SCENARIOS.find((s) => s === values.scenario);
  if (scenario === undefined) throw new Error(`Invalid --scenario '${values.scenario}'. Expected one of ${SCENARIOS.map((s) => `'${s}'`).join(', ')}.`);
  if (values.only !== undefined && values.only !== 'action' && values.only !== 'cli') {
    throw new Error(`Invalid --only '${values.only}'. Expected 'action' or 'cli'.`);
  }
  const sites = wholeNumber('sites', values.sites, DEFAULT_FANOUT.sites);
  const fanout: FanoutOptions = {
    sites,
    rate: wholeNumber('rate', values.rate, DEFAULT_FANOUT.rate),
    maxParallel: wholeNumber('max-parallel', values['max-parallel'], DEFAULT_FANOUT.maxParallel),
    memoryItems: wholeNumber('memory-items', values['memory-items'], DEFAULT_FANOUT.memoryItems),
    cliSites: wholeNumber('cli-sites', values['cli-sites'], Math.min(DEFAULT_FANOUT.cliSites, sites)),
  };
  if (fanout.cliSites > sites) throw new Error(`Invalid --cli-sites ${fanout.cliSites}: the hub has ${sites} sites (--sites).`);
  const runs = values.runs === undefined ? undefined : wholeNumber('runs', values.runs, 1);
  return { scenario, runs, only: values.only, json: values.json, verbose: values.verbose, source: values.source, fanout, nodes: values.node };
}

/** The ten-command release scenario through both tools. */
async function benchRelease(args: Arguments): Promise<Pick<BenchResults, 'runs' | 'action' | 'cli'>> {
  const runs = args.runs ?? 5;
  console.error(`Benchmark (release): ${runs} runs${args.only ? `, ${args.only} only` : ''}…`);
  const action = args.only === 'cli' ? undefined : await benchAction(runs, args.verbose);
  let cli: BenchResults['cli'];
  if (args.only !== 'action') {
    try {
      cli = await benchCli(runs, args.verbose);
    } catch (error) {
      // The CLI side depends on npm and on a third-party tool: report why it is missing, keep our numbers.
      cli = error instanceof Error ? error.message : String(error);
    }
  }
  return { runs, action, cli };
}

async function main(): Promise<void> {
  const args = readArguments(process.argv.slice(2));
  const results: BenchResults = { runs: args.runs ?? 5, node: process.versions.node, cpus: availableParallelism() };
  const selected = (scenario: Scenario): boolean => args.scenario === scenario || args.scenario === 'all';
  if (selected('release')) Object.assign(results, await benchRelease(args));
  if (selected('provisioning')) {
    const count = args.runs ?? 3;
    console.error(`Benchmark (provisioning): ${count} run${count === 1 ? '' : 's'}${args.only ? `, ${args.only} only` : ''}…`);
    results.provisioning = await benchProvisioning(count, args.only, args.verbose);
  }
  if (selected('startup')) {
    const runtimes = startupRuntimes(args.nodes);
    console.error(`Benchmark (startup): ${args.runs ?? 30} interleaved runs on ${runtimes.length} runtime(s)…`);
    results.startup = await benchStartup(args.runs ?? 30, runtimes);
  }
  if (selected('fanout')) {
    const runs = args.runs ?? 1;
    console.error(`Benchmark (fanout): ${runs} run${runs === 1 ? '' : 's'}${args.only ? `, ${args.only} only` : ''}…`);
    results.fanout = await benchFanout({ options: args.fanout, runs, only: args.only, source: args.source, verbose: args.verbose });
  }
  console.log(args.json ? toJson(results) : toMarkdown(results));
}

try {
  await main();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
