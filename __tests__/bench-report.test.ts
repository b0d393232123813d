import { describe, expect, it } from 'vitest';
import { DEFAULT_FANOUT } from '../bench/fanout.js';
import type { FanoutResults } from '../bench/fanout-bench.js';
import { duration, fanoutMarkdown, fanoutSummary } from '../bench/fanout-report.js';
import type { ToolRun } from '../bench/action-bench.js';
import type { ProvisioningResults } from '../bench/provisioning-bench.js';
import { provisioningSummary } from '../bench/provisioning-report.js';
import { toJson, toMarkdown } from '../bench/report.js';
import { startupRuntimes, type StartupResults } from '../bench/startup.js';

const results: FanoutResults = {
  options: DEFAULT_FANOUT,
  entry: 'bundle',
  action: [
    { sites: 1000, durationMs: 26_000, throttledSpanMs: 24_000, served: 1011, refused: 40, floorMs: 20_220, maxRssKiB: 102_400 },
    { sites: 1000, durationMs: 24_000, throttledSpanMs: 23_000, served: 1011, refused: 20, floorMs: 20_220, maxRssKiB: 112_640 },
  ],
  memory: [{ items: 10_000, durationMs: 30_000, maxRssKiB: 300 * 1024, outputFileBytes: 20_480_000 }],
  cli: [{ version: '11.11.0', sites: 50, loginMs: 2000, hubMs: 2000, installsMs: 100_000, durationMs: 104_000, extrapolatedMs: 2_004_000, processes: 52, maxRssKiB: 147_456, refused: 0 }],
};

describe('the fan-out report', () => {
  it('summarizes the medians: wall time against the floor, memory, the CLI extrapolated and the ratio', () => {
    expect(fanoutSummary(results)).toEqual({
      action: { wallMs: 25_000, floorMs: 20_220, ratioToFloor: 25_000 / 20_220, throttledSpanMs: 23_500, served: 1011, refused: 30, peakRssMiB: 105 },
      memory: { items: 10_000, wallMs: 30_000, peakRssMiB: 300, outputFileMiB: 20_480_000 / 1024 / 1024 },
      cli: { sites: 50, wallMs: 104_000, perSiteMs: 2000, extrapolatedMs: 2_004_000, peakRssMiB: 144, refused: 0 },
      cliToAction: 2_004_000 / 25_000,
    });
  });

  it('renders the table with the goals judged (300 MiB is over 300 MB) and the ratio', () => {
    const text = fanoutMarkdown(results, 'Node 20, 2 CPU cores.');
    expect(text).toContain('| Wall time | 25.0 s | 104.0 s for 50; ≈ 33.4 min for 1,000 (2,000 ms per site) |');
    expect(text).toContain('| Throttle floor (SharePoint requests served ÷ 50/s) | 20.2 s (1,011 requests) | — |');
    expect(text).toContain('| Wall time ÷ floor (goal ≤ 1.5×) | 1.24× (goal met) | — |');
    expect(text).toContain('The CLI for Microsoft 365 would take 80.2× as long for 1,000 sites.');
    expect(text).toContain('peak RSS 300 MiB (goal < 300 MB: goal missed)');
  });

  it('says why the CLI side is missing, and leaves the release table out when only the fan-out ran', () => {
    const text = toMarkdown({ runs: 1, node: '20', cpus: 2, fanout: { ...results, cli: 'npm is not reachable' } });
    expect(text).not.toContain('Scenario wall time');
    expect(text).toContain('CLI for Microsoft 365 skipped: npm is not reachable');
    expect(JSON.parse(toJson({ runs: 1, node: '20', cpus: 2, fanout: results })).fanout.summary.action.served).toBe(1011);
  });

  it('writes durations in seconds, and in minutes past two', () => {
    expect([duration(950), duration(119_000), duration(120_000)]).toEqual(['0.9 s', '119.0 s', '2.0 min']);
  });
});

describe('the provisioning report', () => {
  const traffic = (requests: number, failed = 0): ToolRun['traffic'] => ({ requests, tokenRequests: 1, refused: 0, failed });
  const provisioning: ProvisioningResults = {
    runs: 2,
    commands: 40,
    action: [
      { durationMs: 800, maxRssKiB: 102_400, traffic: traffic(70), processes: 1 },
      { durationMs: 1200, maxRssKiB: 112_640, traffic: traffic(70), processes: 1 },
    ],
    cli: {
      version: '11.11.0',
      runs: [
        { durationMs: 40_000, maxRssKiB: 148_480, traffic: traffic(90, 2), processes: 41, commandMedianMs: 950, loginMs: 1500 },
        { durationMs: 50_000, maxRssKiB: 148_480, traffic: traffic(90, 2), processes: 41, commandMedianMs: 1050, loginMs: 1700 },
      ],
    },
  };

  it('summarizes the medians of each tool and the ratio of their wall times', () => {
    const summary = provisioningSummary(provisioning);
    expect(summary.action).toMatchObject({ wallMedianMs: 1000, wallMinMs: 800, perCommandMs: 25, processes: 1, requests: 70, failedRequests: 0, peakRssMiB: 105 });
    expect(summary.cli).toMatchObject({ wallMedianMs: 45_000, perCommandMs: 1125, processes: 41, failedRequests: 2, loginMs: 1600, commandMedianMs: 1000 });
    expect(summary.cliToAction).toBe(45);
  });

  it('renders its own table: both times, the per-command medians, failed responses and the ratio (no size or cold start rows)', () => {
    const text = toMarkdown({ runs: 5, node: '20', cpus: 2, provisioning });
    expect(text).not.toContain('Cold start');
    expect(text).toContain('| Scenario wall time, median of runs (40 commands) | 1,000 ms (min 800 ms) | 45,000 ms (min 40,000 ms) |');
    expect(text).toContain('| Median time of one command’s process | — (one process) | 1,000 ms |');
    expect(text).toContain('| Responses with status 400 or more | 0 | 2 |');
    expect(text).toContain('2 runs of each tool, Node 20, 2 CPU cores');
    expect(text).toContain('The CLI for Microsoft 365 took 45.0× as long as the action.');
  });

  it('says why the CLI side is missing, and keeps the raw runs and the summary in the JSON', () => {
    const skipped = toMarkdown({ runs: 5, node: '20', cpus: 2, provisioning: { ...provisioning, cli: 'npm is not reachable' } });
    expect(skipped).toContain('CLI for Microsoft 365 skipped: npm is not reachable');
    expect(skipped).not.toContain('as long as the action');
    const json = JSON.parse(toJson({ runs: 5, node: '20', cpus: 2, provisioning }));
    expect(json.provisioning.action).toHaveLength(2);
    expect(json.provisioning.summary.cliToAction).toBe(45);
  });
});

describe('the start-up report', () => {
  const startup: StartupResults = {
    runs: 30,
    commands: 10,
    runtimes: [
      { node: '20.20.2', nodeMedianMs: 22, dryRunMedianMs: 88, ratio: 4 },
      { node: '24.22.3', nodeMedianMs: 27, dryRunMedianMs: 81, ratio: 3 },
    ],
  };

  it('has one row per runtime with both medians and the ratio, and only its own table when only it ran', () => {
    const markdown = toMarkdown({ runs: 30, node: '20.20.2', cpus: 2, startup });
    expect(markdown).toContain('median of 30 interleaved runs each');
    expect(markdown).toContain('| Node 20.20.2 | 22.0 ms | 88.0 ms | 4.00× |');
    expect(markdown).toContain('| Node 24.22.3 | 27.0 ms | 81.0 ms | 3.00× |');
    expect(markdown).not.toContain('Scenario wall time');
    expect(JSON.parse(toJson({ runs: 30, node: '20.20.2', cpus: 2, startup })).startup).toEqual(startup);
  });

  it('measures this Node first, and each runtime once', () => {
    expect(startupRuntimes([process.execPath, '/opt/node24/bin/node'])[0]).toBe(process.execPath);
    expect(startupRuntimes([process.execPath, '/opt/node24/bin/node']).filter((n) => n === process.execPath)).toHaveLength(1);
    expect(startupRuntimes(['/opt/node24/bin/node'])).toContain('/opt/node24/bin/node');
  });
});
