/**
 * Fan-out at tenant scale over the emulator: `spo app install` on 200 sites associated with a hub, under the emulator's
 * throttle, with the production retry policy and per-host limiter. Every site ends installed exactly once; three sites
 * whose catalog has not deployed the app fail, are named in `<id>-failed` and the summary, and a rerun over exactly
 * those installs them once they are deployed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hubAssociatedNumbers, SCALE_HUB_URL, SCALE_SITE_APP_ID } from '../emulator/seed-scale.js';
import { repeatedWrites } from '../emulator/write-log.js';
import { buildSummary } from '../src/report/summary.js';
import { startHarness, type Harness } from './helpers/harness.js';

const SCALE = { sites: 400, hubAssociatedSites: 200 };
const associated = hubAssociatedNumbers(SCALE);
const FAILING = [associated[3], associated[100], associated[199]];
const siteUrl = (n: number): string => `https://contoso.sharepoint.com/sites/fanout-${String(n).padStart(4, '0')}`;

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness({ emulator: { scale: { ...SCALE, appNotDeployed: FAILING } }, production: { maxParallel: 8 } });
});
afterAll(() => harness.close());

const install = (forEach: string | readonly unknown[]) => ({
  id: 'install',
  run: `spo app install --id ${SCALE_SITE_APP_ID} --appCatalogScope sitecollection --siteUrl "{{ item.SiteUrl }}"`,
  'for-each': forEach,
  'continue-on-error': true,
});

describe('for-each over a hub of 200 sites, throttled', () => {
  it('installs on every site exactly once, names the three that failed, and a rerun over those installs exactly them', async () => {
    const throttle = harness.emulator.throttle({ limit: 60, windowMs: 1000, hosts: ['sharepoint'] })!;
    const first = await harness.run([{ id: 'hub', run: `spo hubsite get --url ${SCALE_HUB_URL} --withAssociatedSites --output none` }, install('{{ hub.AssociatedSites }}')]);
    expect(first.planningError).toBeUndefined();
    const [, outcome] = first.outcomes;
    expect(outcome.forEach).toMatchObject({ total: 200, succeeded: 197, notStarted: 0 });
    const failed = outcome.forEach!.failed.map((f) => f.item as { SiteUrl: string });
    expect(failed.map((f) => f.SiteUrl)).toEqual(FAILING.map(siteUrl));
    expect(outcome.forEach!.failed.every((f) => /not deployed/i.test(f.error))).toBe(true);
    expect(throttle.refused).toBeGreaterThan(0);
    const installs = (requests: typeof first.requests) => requests.filter((r) => r.method === 'POST' && r.path.endsWith('/install') && r.status === 200);
    expect(installs(first.requests)).toHaveLength(197);
    expect(repeatedWrites(first.requests)).toEqual([]);
    expect(buildSummary(first.outcomes)).toContain('for each of 200: 197 done, 3 failed, 0 not started');

    // Deploy the app in the three catalogs, then rerun over exactly the failed elements (a later run takes them from
    // the output `install-failed`: here, the same list).
    for (const n of FAILING) {
      const deploy = await harness.run(`spo app deploy --id ${SCALE_SITE_APP_ID} --appCatalogScope sitecollection --appCatalogUrl ${siteUrl(n)}`);
      expect(deploy.error).toBeUndefined();
    }
    const rerun = await harness.run([install(failed)]);
    expect(rerun.outcomes[0]).toMatchObject({ status: 'succeeded', forEach: { total: 3, succeeded: 3 } });
    expect(installs(rerun.requests).map((r) => r.path).sort()).toEqual(FAILING.map((n) => `/sites/fanout-${String(n).padStart(4, '0')}/_api/web/sitecollectionappcatalog/AvailableApps/GetById('${SCALE_SITE_APP_ID}')/install`).sort());
    expect(repeatedWrites([...first.requests, ...rerun.requests])).toEqual([]);
  }, 120_000);
});
