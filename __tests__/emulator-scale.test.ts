/**
 * The emulated tenant at scale (emulator/seed-scale.ts), over real sockets: lazy seeding, the fan-out hub and its
 * associated sites as the commands read them, paging of the site lists, the sites picked to fail an install, and the
 * throttling model (429 with Retry-After, RateLimit-* headers) with the request log a fan-out test asserts on.
 */
import { createHash, randomUUID, X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import jwt from 'jsonwebtoken';
import { EnvHttpProxyAgent, fetch } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_APP_ID, DEMO_TENANT_ID } from '../emulator/constants.js';
import { startEmulator, type Emulator } from '../emulator/index.js';
import {
  hubAssociatedNumbers,
  isScalePending,
  SCALE_APP_ID,
  SCALE_HUB_URL,
  SCALE_SITE_APP_ID,
  scaleSiteUrl,
  seedScale,
} from '../emulator/seed-scale.js';
import { repeatedWrites } from '../emulator/write-log.js';
import { startHarness, type Harness } from './helpers/harness.js';

const TOKEN_URL = `https://login.microsoftonline.com/${DEMO_TENANT_ID}/oauth2/v2.0/token`;
const SHAREPOINT = 'https://contoso.sharepoint.com';
const AGGREGATED_ITEMS = /GetByTitle\('DO_NOT_DELETE_SPLIST_TENANTADMIN_AGGREGATED_SITECOLLECTIONS'\)\/items$/;

/** A raw client of the emulator: an app-only token for a resource, then requests with it. */
function rawClient(emulator: Emulator): { token(scope: string): Promise<string>; send(method: string, url: string, token: string): Promise<Response>; close(): Promise<void> } {
  const dispatcher = new EnvHttpProxyAgent({ httpsProxy: emulator.proxyUrl, httpProxy: emulator.proxyUrl, noProxy: '' });
  const pem = readFileSync(emulator.demo.pemPath, 'utf8');
  const cert = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/.exec(pem)?.[0] ?? '';
  const key = /-----BEGIN PRIVATE KEY-----[\s\S]+?-----END PRIVATE KEY-----/.exec(pem)?.[0] ?? '';
  const thumbprint = createHash('sha256').update(new X509Certificate(cert).raw).digest('base64url');
  const assertion = (): string => {
    const now = Math.floor(Date.now() / 1000);
    const payload = { aud: TOKEN_URL, iss: DEMO_APP_ID, sub: DEMO_APP_ID, jti: randomUUID(), nbf: now, exp: now + 600 };
    return jwt.sign(payload, key, { algorithm: 'PS256', header: { alg: 'PS256', typ: 'JWT', 'x5t#S256': thumbprint } as jwt.JwtHeader });
  };
  return {
    async token(scope) {
      const form = { client_id: DEMO_APP_ID, scope, grant_type: 'client_credentials', client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer', client_assertion: assertion() };
      const response = await fetch(TOKEN_URL, { dispatcher, method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(form).toString() });
      return ((await response.json()) as { access_token: string }).access_token;
    },
    async send(method, url, token) {
      const response = await fetch(url, { dispatcher, method, headers: { authorization: `Bearer ${token}`, accept: 'application/json;odata=nometadata' } });
      await response.arrayBuffer();
      return response as unknown as Response;
    },
    close: () => dispatcher.close(),
  };
}

function installUrl(site: string, scope: 'tenant' | 'sitecollection' = 'tenant'): string {
  return `${site}/_api/web/${scope}appcatalog/AvailableApps/GetById('${scope === 'tenant' ? SCALE_APP_ID : SCALE_SITE_APP_ID}')/install`;
}

describe('lazy seeding', () => {
  let emulator: Emulator;
  let client: ReturnType<typeof rawClient>;

  beforeAll(async () => {
    emulator = await startEmulator({ scale: {} });
    client = rawClient(emulator);
  });

  afterAll(async () => {
    await client.close();
    await emulator.stop();
  });

  it('creates the sites at the first SharePoint request, not at start nor for a token', async () => {
    expect(isScalePending(emulator.state)).toBe(true);
    const token = await client.token(`${SHAREPOINT}/.default`);
    expect(isScalePending(emulator.state)).toBe(true);
    const response = await client.send('GET', `${scaleSiteUrl(1)}/_api/site`, token);
    expect(response.status).toBe(200);
    expect(isScalePending(emulator.state)).toBe(false);
    const urls = emulator.state.sites.map((s) => s.Url);
    expect(urls).toHaveLength(4 + 1 + 1 + 2000); // the demo sites, the intranet hub, the fan-out hub, the fan-out sites
    expect(urls).toEqual(expect.arrayContaining([SCALE_HUB_URL, scaleSiteUrl(1), scaleSiteUrl(2000), `${SHAREPOINT}/sites/ops`]));
    expect(emulator.state.sites.filter((s) => s.appCatalog !== undefined)).toHaveLength(2000 + 1); // and marketing's
  });

  it('leaves the default start without them', async () => {
    const plain = await startEmulator();
    try {
      expect(isScalePending(plain.state)).toBe(false);
      expect(plain.state.sites.some((s) => s.Url === SCALE_HUB_URL)).toBe(false);
      expect(plain.state.tenantAppCatalog.some((a) => a.ID === SCALE_APP_ID)).toBe(false);
    } finally {
      await plain.stop();
    }
  });

  it('refuses a failing site that does not exist, naming the range', () => {
    expect(() => seedScale(emulator.state, { sites: 10, appNotDeployed: [11] })).toThrow('scale.appNotDeployed names site 11, which does not exist: the sites are numbered 1 to 10.');
  });
});

describe('the fan-out hub, site lists and installs through the commands', () => {
  let harness: Harness;
  const failing = { appNotDeployed: [2, 1000], noAppCatalog: [2000] };

  beforeAll(async () => {
    harness = await startHarness();
    seedScale(harness.emulator.state, failing);
  });

  afterAll(async () => {
    await harness.close();
  });

  it('spo hubsite get --withAssociatedSites gives the 1,000 associated sites, asked 5,000 a page like the CLI', async () => {
    const run = await harness.run(`spo hubsite get --url ${SCALE_HUB_URL} --withAssociatedSites`);
    expect(run.error).toBeUndefined();
    const hub = run.result as { Title: string; AssociatedSites: { Title: string; SiteId: string; SiteUrl: string }[] };
    expect(hub.Title).toBe('Fan-out hub');
    const expected = hubAssociatedNumbers().map((n) => scaleSiteUrl(n));
    expect(expected).toHaveLength(1000);
    expect(expected.slice(0, 2)).toEqual([scaleSiteUrl(2), scaleSiteUrl(4)]);
    expect(hub.AssociatedSites.map((s) => s.SiteUrl)).toEqual(expected);
    expect(hub.AssociatedSites[0]).toEqual({ Title: 'Fan-out site 0002', SiteId: expect.stringMatching(/^[0-9a-f-]{36}$/), SiteUrl: scaleSiteUrl(2) });
    const pages = run.requests.filter((r) => AGGREGATED_ITEMS.test(r.path));
    // 1,001 rows carry the hub's ID (the hub's own row too, which the command leaves out): one page of up to 5,000.
    expect(pages.map((r) => r.status)).toEqual([200]);
    expect(new URLSearchParams(pages[0].query).get('$top')).toBe('5000');
    expect(new URLSearchParams(pages[0].query).get('$filter')).toMatch(/^HubSiteId eq '/);
  });

  it('spo hubsite list --withAssociatedSites reads the same sites in batches of 30', async () => {
    const run = await harness.run('spo hubsite list --withAssociatedSites');
    const hubs = run.result as { SiteUrl: string; AssociatedSites: { SiteUrl: string }[] }[];
    const fanout = hubs.find((h) => h.SiteUrl === SCALE_HUB_URL);
    expect(fanout?.AssociatedSites.map((s) => s.SiteUrl).sort()).toEqual(hubAssociatedNumbers().map((n) => scaleSiteUrl(n)));
    // 1,000 fan-out sites, the marketing site, both hubs' own rows: 1,003 rows, 34 batches.
    expect(run.requests.filter((r) => r.path.endsWith('/RenderListDataAsStream'))).toHaveLength(34);
  });

  it('spo site list pages through the tenant (CSOM StartIndex), with a filter applied before paging', async () => {
    const run = await harness.run(`spo site list --filter "Url -like 'fanout-00'"`);
    expect(run.error).toBeUndefined();
    const urls = (run.result as { Url: string }[]).map((s) => s.Url);
    expect(urls).toEqual(Array.from({ length: 99 }, (_, i) => scaleSiteUrl(i + 1)));
    expect(run.requests.filter((r) => r.path.endsWith('/ProcessQuery'))).toHaveLength(25);
  });

  it('installs the app from the tenant catalog on any fan-out site', async () => {
    const run = await harness.run(`spo app install --id ${SCALE_APP_ID} --siteUrl ${scaleSiteUrl(2000)}`);
    expect(run.error).toBeUndefined();
    expect(harness.emulator.state.tenantAppCatalog.find((a) => a.ID === SCALE_APP_ID)?.installedIn).toEqual([scaleSiteUrl(2000)]);
  });

  it('fails an install from the site collection catalog exactly at the picked sites, until the app is deployed there', async () => {
    const install = (n: number) => harness.run(`spo app install --id ${SCALE_SITE_APP_ID} --siteUrl ${scaleSiteUrl(n)} --appCatalogScope sitecollection`);
    expect((await install(4)).error).toBeUndefined();
    expect((await install(2)).error).toContain("The app 'fanout-webpart-client-side-solution' is not deployed.");
    expect((await install(1000)).error).toContain('is not deployed');
    expect((await install(2000)).error).toContain('sitecollectionappcatalog');
    const deploy = await harness.run(`spo app deploy --id ${SCALE_SITE_APP_ID} --appCatalogScope sitecollection --appCatalogUrl ${scaleSiteUrl(2)}`);
    expect(deploy.error).toBeUndefined();
    expect((await install(2)).error).toBeUndefined();
    const installed = harness.emulator.state.sites.filter((s) => s.appCatalog?.[0]?.installedIn.length).map((s) => s.Url);
    expect(installed).toEqual([scaleSiteUrl(2), scaleSiteUrl(4)]);
  });
});

describe('throttling over real sockets, and the log of writes', () => {
  let emulator: Emulator;
  let client: ReturnType<typeof rawClient>;
  let token: string;

  beforeAll(async () => {
    emulator = await startEmulator({ scale: { sites: 20, hubAssociatedSites: 10 } });
    client = rawClient(emulator);
    token = await client.token(`${SHAREPOINT}/.default`);
  });

  afterAll(async () => {
    await client.close();
    await emulator.stop();
  });

  it('answers limit requests per window, then 429 with Retry-After; RateLimit-* on every answer; Graph untouched', async () => {
    const throttle = emulator.throttle({ limit: 5, windowMs: 1000, hosts: ['sharepoint'] });
    const graphToken = await client.token('https://graph.microsoft.com/.default');
    emulator.clearRequests();
    const answers = await Promise.all(Array.from({ length: 8 }, () => client.send('GET', `${scaleSiteUrl(1)}/_api/web`, token)));
    const served = answers.filter((a) => a.status === 200);
    const refused = answers.filter((a) => a.status === 429);
    expect([served.length, refused.length]).toEqual([5, 3]);
    expect(served.map((a) => a.headers.get('ratelimit-remaining')).sort()).toEqual(['0', '1', '2', '3', '4']);
    expect(served.every((a) => a.headers.get('ratelimit-limit') === '5' && a.headers.get('retry-after') === null)).toBe(true);
    for (const answer of refused) {
      expect(answer.headers.get('retry-after')).toBe('1');
      expect(answer.headers.get('ratelimit-remaining')).toBe('0');
    }
    expect(throttle?.refused).toBe(3);
    expect(emulator.requests.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 200, 429, 429, 429]);
    const graph = await client.send('GET', 'https://graph.microsoft.com/v1.0/sites/root', graphToken);
    expect([graph.status, graph.headers.get('ratelimit-limit')]).toEqual([200, null]);
    await new Promise((resolve) => setTimeout(resolve, 1000 * Number(refused[0].headers.get('retry-after'))));
    expect((await client.send('GET', `${scaleSiteUrl(1)}/_api/web`, token)).status).toBe(200);
    emulator.throttle();
  });

  it('records each POST with its status, so that a test can tell a write that succeeded twice', async () => {
    emulator.throttle({ limit: 4, windowMs: 60_000, hosts: ['sharepoint'] });
    emulator.clearRequests();
    const sites = Array.from({ length: 6 }, (_, i) => scaleSiteUrl(i + 1));
    const first = await Promise.all(sites.map((site) => client.send('POST', installUrl(site), token)));
    expect(first.map((a) => a.status).sort()).toEqual([200, 200, 200, 200, 429, 429]);
    emulator.throttle();
    // The refused ones again (the service did not act on a 429), and one that already succeeded: refused as installed.
    const again = sites.filter((_, i) => first[i].status === 429);
    for (const site of [...again, sites[0]]) await client.send('POST', installUrl(site), token);
    const posts = emulator.requests.filter((r) => r.method === 'POST');
    expect(posts.slice(6).map((r) => r.status)).toEqual([200, 200, 400]);
    expect(posts.filter((r) => r.status === 200)).toHaveLength(6);
    expect(repeatedWrites(emulator.requests)).toEqual([]);
    expect(emulator.state.tenantAppCatalog.find((a) => a.ID === SCALE_APP_ID)?.installedIn.sort()).toEqual(sites);
    // Uninstalled and installed again: that install succeeded twice, which the log shows.
    await client.send('POST', installUrl(sites[0]).replace(/install$/, 'uninstall'), token);
    await client.send('POST', installUrl(sites[0]), token);
    expect(repeatedWrites(emulator.requests, { path: /\/install$/ })).toEqual([
      { method: 'POST', host: 'contoso.sharepoint.com', path: new URL(installUrl(sites[0])).pathname, query: '', succeeded: 2 },
    ]);
  });
});
