/**
 * The fan-out scenario (`npm run bench -- --scenario fanout`): an app rolled out to every site of a hub under the
 * emulator's throttle, through this action (one process, `for-each`) and through the CLI for Microsoft 365 as the
 * GitHub peers run it (one process per site, measured on a sample and extrapolated); plus the peak memory of a
 * 10,000-item `for-each` with about 2 KB of result per item. The scenarios are the YAML files in bench/scenarios.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hubAssociatedNumbers, SCALE_APP_ID, SCALE_HUB_URL, scaleSiteUrl, type ScaleOptions } from '../emulator/seed-scale.js';
import type { Emulator } from '../emulator/index.js';
import type { RecordedRequest } from '../emulator/types.js';
import { repeatedWrites } from '../emulator/write-log.js';
import { REPO_ROOT } from '../scripts/lib/action-runner.js';

export interface FanoutOptions {
  /** Sites associated with the hub, which the install fans out over. Default 1,000. */
  readonly sites: number;
  /** Requests per second that the emulator's throttle allows the app per host. Default 50. */
  readonly rate: number;
  /** The action's `max-parallel`. Default 16. */
  readonly maxParallel: number;
  /** Items of the memory run. Default 10,000. */
  readonly memoryItems: number;
  /** Sites the CLI installs on, one process each, before extrapolating to `sites`. Default 50. */
  readonly cliSites: number;
}

export const DEFAULT_FANOUT: FanoutOptions = { sites: 1000, rate: 50, maxParallel: 16, memoryItems: 10_000, cliSites: 50 };

/** The scenario files, relative to the repository root (the action's workspace). */
export const INSTALL_SCENARIO = 'bench/scenarios/fanout-install.yml';
export const MEMORY_SCENARIO = 'bench/scenarios/fanout-memory.yml';

/** The tenant of the install runs: 2,000 sites (or more), `sites` of them on the hub. */
export function installTenant(options: FanoutOptions): ScaleOptions {
  return { sites: Math.max(2000, options.sites), hubAssociatedSites: options.sites };
}

/** The tenant of the memory run: every site on the hub. */
export function memoryTenant(options: FanoutOptions): ScaleOptions {
  return { sites: options.memoryItems, hubAssociatedSites: options.memoryItems };
}

/** The scenario files name the hub and the app literally, as a user would: check they are the emulator's. */
export function assertScenarioFiles(): void {
  for (const file of [INSTALL_SCENARIO, MEMORY_SCENARIO]) {
    const text = readFileSync(join(REPO_ROOT, file), 'utf8');
    if (!text.includes(SCALE_HUB_URL)) throw new Error(`${file} does not name the emulator's hub ${SCALE_HUB_URL}.`);
  }
  if (!readFileSync(join(REPO_ROOT, INSTALL_SCENARIO), 'utf8').includes(SCALE_APP_ID)) {
    throw new Error(`${INSTALL_SCENARIO} does not install the emulator's fan-out app ${SCALE_APP_ID}.`);
  }
}

/**
 * A benchmark of a failure is void: every expected site has the app installed exactly once, and no install POST
 * succeeded twice in the log.
 */
export function assertInstalled(emulator: Emulator, expected: readonly string[]): void {
  const app = emulator.state.tenantAppCatalog.find((a) => a.ID === SCALE_APP_ID);
  const installed = [...(app?.installedIn ?? [])].sort();
  const wanted = [...expected].sort();
  if (installed.length !== wanted.length || installed.some((url, i) => url !== wanted[i])) {
    const missing = wanted.filter((url) => !installed.includes(url));
    throw new Error(`The app is installed on ${installed.length} sites, expected ${wanted.length}; missing: ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? '…' : ''}.`);
  }
  const repeats = repeatedWrites(emulator.requests, { path: /\/install$/i });
  if (repeats.length > 0) throw new Error(`${repeats.length} installs succeeded more than once, e.g. ${repeats[0].path}.`);
}

/** The hub's associated sites of a tenant, in order. */
export function associatedUrls(scale: ScaleOptions): string[] {
  return hubAssociatedNumbers(scale).map((n) => scaleSiteUrl(n, scale));
}

/** What the throttle saw: served and refused SharePoint requests, and the span from the first to the last. */
export interface Throttled {
  /** Requests to SharePoint that the service served (any answer but 429): the work itself. */
  readonly served: number;
  readonly refused: number;
  readonly spanMs: number;
}

export function throttledTraffic(requests: readonly RecordedRequest[]): Throttled {
  const sharePoint = requests.filter((r) => r.host.endsWith('.sharepoint.com'));
  const times = sharePoint.map((r) => r.time);
  return {
    served: sharePoint.filter((r) => r.status !== 429).length,
    refused: sharePoint.filter((r) => r.status === 429).length,
    spanMs: times.length > 0 ? Math.max(...times) - Math.min(...times) : 0,
  };
}
