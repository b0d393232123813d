/**
 * `npm run bench [-- --runs N] [--only action|cli] [--json] [--verbose]`: the same ten-command scenario through this
 * action (the bundled dist/) and through the CLI for Microsoft 365, both against the emulated tenant. Prints a Markdown
 * table (or JSON): wall time, requests, token requests, peak memory, size, cold start.
 */
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { benchAction } from './action-bench.js';
import { benchCli } from './cli-bench.js';
import { toJson, toMarkdown, type BenchResults } from './report.js';

interface Arguments {
  runs: number;
  only?: 'action' | 'cli';
  json: boolean;
  verbose: boolean;
}

function readArguments(argv: string[]): Arguments {
  const { values } = parseArgs({
    args: argv,
    options: {
      runs: { type: 'string', default: '5' },
      only: { type: 'string' },
      json: { type: 'boolean', default: false },
      verbose: { type: 'boolean', default: false },
    },
  });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`Invalid --runs '${values.runs}'. Expected a whole number of 1 or more.`);
  if (values.only !== undefined && values.only !== 'action' && values.only !== 'cli') {
    throw new Error(`Invalid --only '${values.only}'. Expected 'action' or 'cli'.`);
  }
  return { runs, only: values.only, json: values.json, verbose: values.verbose };
}

async function main(): Promise<void> {
  const args = readArguments(process.argv.slice(2));
  console.error(`Benchmark: ${args.runs} runs${args.only ? `, ${args.only} only` : ''}…`);
  const action = args.only === 'cli' ? undefined : await benchAction(args.runs, args.verbose);
  let cli: BenchResults['cli'];
  if (args.only !== 'action') {
    try {
      cli = await benchCli(args.runs, args.verbose);
    } catch (error) {
      // The CLI side depends on npm and on a third-party tool: report why it is missing, keep our numbers.
      cli = error instanceof Error ? error.message : String(error);
    }
  }
  const results: BenchResults = { runs: args.runs, node: process.versions.node, cpus: availableParallelism(), action, cli };
  console.log(args.json ? toJson(results) : toMarkdown(results));
}

try {
  await main();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
