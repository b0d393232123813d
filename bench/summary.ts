/** Medians of one tool's runs of a scenario, and the number formats of the tables. */
import type { ToolRun } from './action-bench.js';
import { median, min } from './measure.js';

export const ms = (value: number): string => `${Math.round(value).toLocaleString('en-US')} ms`;
export const mib = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

/** Summary numbers of one tool's runs of a scenario of `commands` commands. */
export function summarize(runs: readonly ToolRun[], commands: number): Record<string, number> {
  const pick = (f: (r: ToolRun) => number): number[] => runs.map(f);
  return {
    wallMedianMs: median(pick((r) => r.durationMs)),
    wallMinMs: min(pick((r) => r.durationMs)),
    perCommandMs: median(pick((r) => r.durationMs)) / commands,
    processes: median(pick((r) => r.processes)),
    requests: median(pick((r) => r.traffic.requests)),
    tokenRequests: median(pick((r) => r.traffic.tokenRequests)),
    refusedRequests: median(pick((r) => r.traffic.refused)),
    failedRequests: median(pick((r) => r.traffic.failed)),
    peakRssMiB: median(pick((r) => r.maxRssKiB)) / 1024,
  };
}
