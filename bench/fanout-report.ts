/** The fan-out scenario's numbers: a summary (medians of the runs) and its Markdown table. */
import type { FanoutActionRun, FanoutCliRun, FanoutMemoryRun, FanoutResults } from './fanout-bench.js';
import { median } from './measure.js';

/** Goals of the issue: within 1.5× of the throttle's floor; under 300 MB for 10,000 items. */
export const FLOOR_GOAL = 1.5;
export const MEMORY_GOAL_MB = 300;

export interface FanoutSummary {
  action?: { wallMs: number; floorMs: number; ratioToFloor: number; throttledSpanMs: number; served: number; refused: number; peakRssMiB: number };
  memory?: { items: number; wallMs: number; peakRssMiB: number; outputFileMiB: number };
  cli?: { sites: number; wallMs: number; perSiteMs: number; extrapolatedMs: number; peakRssMiB: number; refused: number };
  /** The CLI's extrapolated time ÷ the action's wall time, for the same number of sites. */
  cliToAction?: number;
}

const pick = <T>(runs: readonly T[], f: (run: T) => number): number => median(runs.map(f));

export function fanoutSummary(results: FanoutResults): FanoutSummary {
  const summary: FanoutSummary = {};
  if (results.action?.length) summary.action = actionSummary(results.action);
  if (results.memory?.length) summary.memory = memorySummary(results.memory);
  if (Array.isArray(results.cli) && results.cli.length) summary.cli = cliSummary(results.cli);
  if (summary.action && summary.cli) summary.cliToAction = summary.cli.extrapolatedMs / summary.action.wallMs;
  return summary;
}

function actionSummary(runs: readonly FanoutActionRun[]): NonNullable<FanoutSummary['action']> {
  const wallMs = pick(runs, (r) => r.durationMs);
  const floorMs = pick(runs, (r) => r.floorMs);
  return {
    wallMs,
    floorMs,
    ratioToFloor: wallMs / floorMs,
    throttledSpanMs: pick(runs, (r) => r.throttledSpanMs),
    served: pick(runs, (r) => r.served),
    refused: pick(runs, (r) => r.refused),
    peakRssMiB: pick(runs, (r) => r.maxRssKiB) / 1024,
  };
}

function memorySummary(runs: readonly FanoutMemoryRun[]): NonNullable<FanoutSummary['memory']> {
  return {
    items: runs[0].items,
    wallMs: pick(runs, (r) => r.durationMs),
    peakRssMiB: pick(runs, (r) => r.maxRssKiB) / 1024,
    outputFileMiB: pick(runs, (r) => r.outputFileBytes) / 1024 / 1024,
  };
}

function cliSummary(runs: readonly FanoutCliRun[]): NonNullable<FanoutSummary['cli']> {
  return {
    sites: runs[0].sites,
    wallMs: pick(runs, (r) => r.durationMs),
    perSiteMs: pick(runs, (r) => r.installsMs / r.sites),
    extrapolatedMs: pick(runs, (r) => r.extrapolatedMs),
    peakRssMiB: pick(runs, (r) => r.maxRssKiB) / 1024,
    refused: pick(runs, (r) => r.refused),
  };
}

/** `23.4 s`, or `19.6 min` past two minutes. */
export function duration(ms: number): string {
  return ms >= 120_000 ? `${(ms / 60_000).toFixed(1)} min` : `${(ms / 1000).toFixed(1)} s`;
}

const count = (n: number): string => Math.round(n).toLocaleString('en-US');
const verdict = (ok: boolean): string => (ok ? 'goal met' : 'goal missed');

/** The fan-out section: the install through both tools, then the memory run. */
export function fanoutMarkdown(results: FanoutResults, machine: string): string {
  const { options } = results;
  const s = fanoutSummary(results);
  const cliRuns = Array.isArray(results.cli) ? results.cli : [];
  const cliTitle = cliRuns.length ? `CLI for Microsoft 365 ${cliRuns[0].version} (one process per site)` : 'CLI for Microsoft 365';
  const rows: [string, string, string][] = [
    ['Sites', count(options.sites), s.cli ? `${count(s.cli.sites)} measured, extrapolated to ${count(options.sites)}` : '—'],
    [
      'Wall time',
      s.action ? duration(s.action.wallMs) : '—',
      s.cli ? `${duration(s.cli.wallMs)} for ${count(s.cli.sites)}; ≈ ${duration(s.cli.extrapolatedMs)} for ${count(options.sites)} (${count(s.cli.perSiteMs)} ms per site)` : '—',
    ],
    [`Throttle floor (SharePoint requests served ÷ ${options.rate}/s)`, s.action ? `${duration(s.action.floorMs)} (${count(s.action.served)} requests)` : '—', '—'],
    [`Wall time ÷ floor (goal ≤ ${FLOOR_GOAL}×)`, s.action ? `${s.action.ratioToFloor.toFixed(2)}× (${verdict(s.action.ratioToFloor <= FLOOR_GOAL)})` : '—', '—'],
    ['First to last SharePoint request', s.action ? duration(s.action.throttledSpanMs) : '—', '—'],
    ['429 answers', s.action ? count(s.action.refused) : '—', s.cli ? count(s.cli.refused) : '—'],
    ['Peak RSS (largest process)', s.action ? `${s.action.peakRssMiB.toFixed(0)} MiB` : '—', s.cli ? `${s.cli.peakRssMiB.toFixed(0)} MiB` : '—'],
  ];
  const title = `Fan-out: \`spo app install\` on ${count(options.sites)} sites of a hub, throttled at ${options.rate} requests/s per app`;
  const lines = [
    `### ${title}`,
    '',
    `| | m365-action (\`for-each\`, max-parallel ${options.maxParallel}) | ${cliTitle} |`,
    '| --- | --- | --- |',
    ...rows.map(([label, ours, theirs]) => `| ${label} | ${ours} | ${theirs} |`),
    '',
  ];
  if (s.cliToAction !== undefined) lines.push(`The CLI for Microsoft 365 would take ${s.cliToAction.toFixed(1)}× as long for ${count(options.sites)} sites.`);
  if (s.memory) {
    // The goal is in MB (10^6 bytes); RSS is measured in KiB.
    const ok = s.memory.peakRssMiB * 1.048576 < MEMORY_GOAL_MB;
    lines.push(
      `Memory: a \`for-each\` of ${count(s.memory.items)} items (\`spo list list\`, ${(s.memory.outputFileMiB * 1024 / s.memory.items).toFixed(1)} KiB of results each in the output file): ` +
        `peak RSS ${s.memory.peakRssMiB.toFixed(0)} MiB (goal < ${MEMORY_GOAL_MB} MB: ${verdict(ok)}), wall time ${duration(s.memory.wallMs)}.`,
    );
  }
  if (typeof results.cli === 'string') lines.push(`CLI for Microsoft 365 skipped: ${results.cli}`);
  if (results.entry === 'source') lines.push('The action ran from src/ through tsx (`--source`): its start and memory include the TypeScript loader.');
  lines.push(`${machine} Every run is checked: each site has the app exactly once and no install POST succeeded twice.`);
  return `${lines.join('\n')}\n`;
}
