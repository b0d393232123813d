/** The benchmark's Markdown table (metrics as rows, tools as columns) and its JSON form. */
import type { ActionResults, ToolRun } from './action-bench.js';
import type { CliResults } from './cli-bench.js';
import type { FanoutResults } from './fanout-bench.js';
import { fanoutMarkdown, fanoutSummary } from './fanout-report.js';
import { median } from './measure.js';
import { provisioningJson, provisioningMarkdown } from './provisioning-report.js';
import type { ProvisioningResults } from './provisioning-bench.js';
import { COMMAND_COUNT } from './scenario.js';
import { startupMarkdown, type StartupResults } from './startup.js';
import { mib, ms, summarize as summarizeRuns } from './summary.js';

export interface BenchResults {
  runs: number;
  node: string;
  cpus: number;
  /** Undefined with `--only cli`. */
  action?: ActionResults;
  /** Undefined with `--only action`; a string when the CLI side was skipped, with the reason. */
  cli?: CliResults | string;
  /** The fan-out scenario (`--scenario fanout` or `all`). */
  fanout?: FanoutResults;
  /** The provisioning scenario (`--scenario provisioning` or `all`). */
  provisioning?: ProvisioningResults;
  /** The start-up scenario (`--scenario startup` or `all`). */
  startup?: StartupResults;
}

/** Summary numbers of one tool's runs of the release scenario. */
export function summarize(runs: readonly ToolRun[]): Record<string, number> {
  return summarizeRuns(runs, COMMAND_COUNT);
}

function column(runs: readonly ToolRun[]): string[] {
  const s = summarize(runs);
  return [
    `${ms(s.wallMedianMs)} (min ${ms(s.wallMinMs)})`,
    ms(s.perCommandMs),
    String(s.processes),
    `${s.requests}${s.refusedRequests > 0 ? ` (${s.refusedRequests} refused)` : ''}`,
    String(s.tokenRequests),
    `${s.peakRssMiB.toFixed(0)} MiB`,
  ];
}

const ROWS = [
  `Scenario wall time, median of runs (${COMMAND_COUNT} commands)`,
  'Per command (wall time / commands)',
  'Node processes started',
  'HTTP requests (tokens included)',
  'Token requests',
  'Peak RSS (largest process)',
  'Size on disk',
  'Install before first use',
  'Cold start (`node -e 0` for reference)',
];

/** The Markdown tables of the scenarios that ran, each with its notes. */
export function toMarkdown(results: BenchResults): string {
  const parts: string[] = [];
  if (results.action !== undefined || results.cli !== undefined) parts.push(releaseMarkdown(results));
  if (results.provisioning) parts.push(provisioningMarkdown(results.provisioning, `Node ${results.node}, ${results.cpus} CPU cores; numbers are indicative.`));
  if (results.startup) parts.push(startupMarkdown(results.startup, `${results.cpus} CPU cores; numbers are indicative.`));
  if (results.fanout) parts.push(fanoutMarkdown(results.fanout, `Node ${results.node}, ${results.cpus} CPU cores; numbers are indicative.`));
  return parts.join('\n');
}

/** The release scenario's table, with the skipped CLI reason under it when there is one. */
function releaseMarkdown(results: BenchResults): string {
  const { action, cli } = results;
  const ours = action
    ? [
        ...column(action.runs),
        `${mib(action.bundleBytes)} (dist/: ${action.bundleFiles.length} .js files)`,
        'none (dist/ is committed)',
        `${ms(action.coldStartMs)} (${ms(action.nodeBaselineMs)})`,
      ]
    : undefined;
  const theirs =
    typeof cli === 'object'
      ? [
          ...column(cli.runs),
          `${mib(cli.installBytes)} (${cli.installFiles.toLocaleString('en-US')} files in node_modules)`,
          cli.installMs === undefined ? '`npm install` (cached here)' : `\`npm install\`: ${ms(cli.installMs)}`,
          `${ms(cli.coldStartMs)} (\`m365 version\`)`,
        ]
      : undefined;
  const columns = [
    ...(ours ? [{ title: 'm365-action', cells: ours }] : []),
    ...(theirs ? [{ title: `CLI for Microsoft 365 ${(cli as CliResults).version}`, cells: theirs }] : []),
  ];
  const lines = [`| | ${columns.map((c) => c.title).join(' | ')} |`, `| --- |${columns.map(() => ' --- |').join('')}`];
  ROWS.forEach((row, i) => lines.push(`| ${row} | ${columns.map((c) => c.cells[i]).join(' | ')} |`));
  const notes = [`${results.runs} runs, Node ${results.node}, ${results.cpus} CPU cores; numbers are indicative.`];
  if (typeof cli === 'object') {
    const loginMs = median(cli.runs.map((r) => r.loginMs));
    const commandMs = median(cli.runs.map((r) => r.commandMedianMs));
    notes.push(`CLI: \`m365 login\` ${ms(loginMs)}, then a median of ${ms(commandMs)} per \`m365 <command>\` process.`);
    notes.push('CLI: update check and telemetry off.');
  }
  if (typeof cli === 'string') notes.push(`CLI for Microsoft 365 skipped: ${cli}`);
  return `${lines.join('\n')}\n\n${notes.join('\n')}\n`;
}

/** Machine-readable results: raw runs plus the summaries. */
export function toJson(results: BenchResults): string {
  const { action, cli } = results;
  const cliPart = typeof cli === 'object' ? { ...cli, summary: summarize(cli.runs) } : cli === undefined ? null : { skipped: cli };
  const actionPart = action ? { ...action, summary: summarize(action.runs) } : null;
  const fanoutPart = results.fanout ? { ...results.fanout, summary: fanoutSummary(results.fanout) } : undefined;
  const provisioningPart = results.provisioning ? provisioningJson(results.provisioning) : undefined;
  return JSON.stringify({ ...results, action: actionPart, cli: cliPart, fanout: fanoutPart, provisioning: provisioningPart }, null, 2);
}
