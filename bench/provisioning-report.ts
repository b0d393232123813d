/** The provisioning scenario's numbers: a summary (medians of the runs) and its Markdown table. */
import { median } from './measure.js';
import type { ProvisioningResults } from './provisioning-bench.js';
import { ms, summarize } from './summary.js';

export interface ProvisioningSummary {
  action?: Record<string, number>;
  /** With the CLI's own parts: `m365 login`, and the median time of one `m365 <command>` process. */
  cli?: Record<string, number>;
  /** The CLI's median wall time ÷ the action's. */
  cliToAction?: number;
}

export function provisioningSummary(results: ProvisioningResults): ProvisioningSummary {
  const summary: ProvisioningSummary = {};
  if (results.action?.length) summary.action = summarize(results.action, results.commands);
  if (typeof results.cli === 'object' && results.cli.runs.length) {
    const runs = results.cli.runs;
    summary.cli = { ...summarize(runs, results.commands), loginMs: median(runs.map((r) => r.loginMs)), commandMedianMs: median(runs.map((r) => r.commandMedianMs)) };
  }
  if (summary.action && summary.cli) summary.cliToAction = summary.cli.wallMedianMs / summary.action.wallMedianMs;
  return summary;
}

/** One column of the table: the tool's medians. */
function column(s: Record<string, number>, commandMs: string): string[] {
  return [
    `${ms(s.wallMedianMs)} (min ${ms(s.wallMinMs)})`,
    ms(s.perCommandMs),
    commandMs,
    String(s.processes),
    `${s.requests}${s.refusedRequests > 0 ? ` (${s.refusedRequests} refused)` : ''}`,
    String(s.tokenRequests),
    String(s.failedRequests),
    `${s.peakRssMiB.toFixed(0)} MiB`,
  ];
}

/** The table, the ratio, and the CLI's skip reason when it did not run. */
export function provisioningMarkdown(results: ProvisioningResults, machine: string): string {
  const summary = provisioningSummary(results);
  const rows = [
    `Scenario wall time, median of runs (${results.commands} commands)`,
    'Per command (wall time / commands)',
    'Median time of one command’s process',
    'Node processes started',
    'HTTP requests (tokens included)',
    'Token requests',
    'Responses with status 400 or more',
    'Peak RSS (largest process)',
  ];
  const columns: { title: string; cells: string[] }[] = [];
  if (summary.action) columns.push({ title: 'm365-action', cells: column(summary.action, '— (one process)') });
  if (summary.cli && typeof results.cli === 'object') columns.push({ title: `CLI for Microsoft 365 ${results.cli.version}`, cells: column(summary.cli, ms(summary.cli.commandMedianMs)) });
  const lines = ['Provisioning scenario:', '', `| | ${columns.map((c) => c.title).join(' | ')} |`, `| --- |${columns.map(() => ' --- |').join('')}`];
  rows.forEach((row, i) => lines.push(`| ${row} | ${columns.map((c) => c.cells[i]).join(' | ')} |`));
  const notes = [`${results.runs} run${results.runs === 1 ? '' : 's'} of each tool, ${machine}`];
  if (summary.cliToAction !== undefined) notes.push(`The CLI for Microsoft 365 took ${summary.cliToAction.toFixed(1)}× as long as the action.`);
  if (summary.cli) notes.push(`CLI: \`m365 login\` ${ms(summary.cli.loginMs)} before the commands (included in its wall time).`);
  if (typeof results.cli === 'string') notes.push(`CLI for Microsoft 365 skipped: ${results.cli}`);
  return `${lines.join('\n')}\n\n${notes.join('\n')}\n`;
}

/** Raw runs plus the summary. */
export function provisioningJson(results: ProvisioningResults): ProvisioningResults & { summary: ProvisioningSummary } {
  return { ...results, summary: provisioningSummary(results) };
}
