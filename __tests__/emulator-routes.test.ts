import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { SAMPLE_PACKAGE, testContext } from './helpers/command-context.js';
import { CLOUDS, sharePointResource } from '../src/clouds.js';
import { catalogue } from '../src/commands/registry.js';
import type { Options } from '../src/commands/types.js';
import { HttpError } from '../src/http/errors.js';
import type { ApiClient, HttpRequest, HttpResponse } from '../src/http/types.js';
import { serviceRoutes } from '../emulator/routes/index.js';
import { seedContent } from '../emulator/seed-content.js';
import { emptyTenantAdmin } from '../emulator/routes/sharepoint/tenant-admin.js';
import type { EmulatorRequest, EmulatorResponse, TenantState } from '../emulator/types.js';

const ROOT = 'https://contoso.sharepoint.com';
const OPS = `${ROOT}/sites/ops`;
const CATALOG = `${ROOT}/sites/appcatalog`;
const NOMETA = { accept: 'application/json;odata=nometadata' };
const ALL_ROLES = ['Sites.FullControl.All', 'Group.Read.All', 'Application.Read.All', 'ActivityFeed.Read'];

let state: TenantState;

function freshState(): TenantState {
  const tenant: TenantState = {
    tenantId: '7b0d5f3e-2a41-4c8e-9f6d-1e3a5b7c9d20',
    domain: 'contoso.onmicrosoft.com',
    sharePointHost: 'contoso.sharepoint.com',
    apps: [{ appId: '3f2b8c1d-6e4a-4b9f-8c7d-2a1e5f9b0c34', id: '9d7c1b2a-0000-4000-8000-000000000001', displayName: 'm365-action demo', roles: {}, certificates: [], federatedCredentials: [] }],
    groups: [],
    sites: [],
    tenantAppCatalogUrl: '',
    tenantAppCatalog: [],
    admin: emptyTenantAdmin(),
  };
  seedContent(tenant);
  return tenant;
}

function hostMatches(routeHost: string, host: string): boolean {
  const known: Record<string, (h: string) => boolean> = {
    graph: (h) => h === 'graph.microsoft.com',
    sharepoint: (h) => /^[a-z0-9-]+\.sharepoint\.com$/.test(h),
    management: (h) => h === 'manage.office.com',
    azure: (h) => h === 'management.azure.com',
  };
  return known[routeHost]?.(host) ?? routeHost === host;
}

/** Finds the route like the emulator core does and calls its handler (403 when the token lacks every route role). */
async function call(method: string, url: string, headers: Record<string, string> = {}, body: unknown = undefined, roles = ALL_ROLES): Promise<EmulatorResponse> {
  const parsed = new URL(url);
  const path = decodeURIComponent(parsed.pathname);
  for (const route of serviceRoutes) {
    const match = route.method === method && hostMatches(route.host, parsed.hostname) ? route.path.exec(path) : null;
    if (!match) continue;
    if (route.roles && !route.roles.some((r) => roles.includes(r))) return { status: 403, body: { error: 'roles' } };
    const request: EmulatorRequest = {
      method,
      host: parsed.hostname,
      path,
      query: parsed.searchParams,
      headers: Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v])),
      body: body === undefined ? Buffer.alloc(0) : Buffer.isBuffer(body) ? body : Buffer.from(typeof body === 'string' ? body : JSON.stringify(body)),
      token: { aud: parsed.origin, iss: 'x', tid: state.tenantId, appid: 'app', roles, idtyp: 'app', appidacr: '2', exp: 0, iat: 0, nbf: 0 },
    };
    return route.handler(request, { ...match.groups }, state);
  }
  return { status: 404, body: { error: 'no route' } };
}

function json(response: EmulatorResponse): Record<string, unknown> {
  return response.body as Record<string, unknown>;
}

/** An ApiClient over the route handlers, so that the commands are run against the emulated services. */
class RoutesApi implements ApiClient {
  readonly urls: string[] = [];
  async request<T>(req: HttpRequest): Promise<HttpResponse<T>> {
    this.urls.push(`${req.method ?? 'GET'} ${req.url}`);
    const response = await call(req.method ?? 'GET', req.url, req.headers, req.body);
    if (response.status >= 400) {
      const body = json(response);
      const error = (body['odata.error'] ?? body.error) as { code: string; message: string | { value: string } };
      throw new HttpError(typeof error.message === 'string' ? error.message : error.message.value, { status: response.status, code: error.code });
    }
    return { status: response.status, headers: response.headers ?? {}, body: response.body as T };
  }
  async getAll<T>(url: string, headers?: Record<string, string>): Promise<T[]> {
    const items: T[] = [];
    for (let next: string | undefined = url; next !== undefined; ) {
      const body = (await this.request<Record<string, unknown>>({ url: next, headers })).body;
      items.push(...(body.value as T[]));
      next = (body['@odata.nextLink'] ?? body['odata.nextLink']) as string | undefined;
    }
    return items;
  }
}

function runCommand(name: string, options: Options, api = new RoutesApi(), cwd = tmpdir()): Promise<unknown> {
  const command = catalogue.find((c) => c.name === name)!;
  const context = testContext(api, { cwd, sharePointUrl: ROOT, resource: sharePointResource(CLOUDS.Public, ROOT) });
  return command.run(context, options);
}

beforeEach(() => {
  state = freshState();
});

describe('Graph', () => {
  it('answers sites/root with the selected webUrl', async () => {
    const response = await call('GET', 'https://graph.microsoft.com/v1.0/sites/root?$select=webUrl');
    expect(response.status).toBe(200);
    expect(json(response)).toEqual({ '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#sites/$entity', webUrl: ROOT });
  });

  it('pages the groups 100 at a time by default and $top at a time when asked', async () => {
    expect(state.groups.length).toBeGreaterThanOrEqual(120);
    const first = json(await call('GET', 'https://graph.microsoft.com/v1.0/groups'));
    expect((first.value as unknown[]).length).toBe(100);
    const second = json(await call('GET', first['@odata.nextLink'] as string));
    expect((second.value as unknown[]).length).toBe(state.groups.length - 100);
    expect(second['@odata.nextLink']).toBeUndefined();
    const api = new RoutesApi();
    const all = await api.getAll<{ id: string }>('https://graph.microsoft.com/v1.0/groups?$top=50&$select=id');
    expect(api.urls).toHaveLength(3);
    expect(new Set(all.map((g) => g.id)).size).toBe(state.groups.length);
    expect(Object.keys(all[0])).toEqual(['id']);
  });

  it('filters groups the way entra group list asks, and needs the advanced query for not()', async () => {
    const finance = (await runCommand('entra group list', { displayName: 'finance' })) as { displayName: string }[];
    expect(finance.map((g) => g.displayName)).toEqual(['Finance', 'Finance Approvers', 'Finance Auditors']);
    const m365 = (await runCommand('entra group list', { type: 'microsoft365' })) as { groupTypes: string[] }[];
    expect(m365.length).toBe(state.groups.filter((g) => g.groupTypes.includes('Unified')).length);
    const distribution = (await runCommand('entra group list', { type: 'distribution' })) as { mailEnabled: boolean; securityEnabled: boolean }[];
    expect(distribution.length).toBeGreaterThan(0);
    expect(distribution.every((g) => g.mailEnabled && !g.securityEnabled)).toBe(true);
    const refused = await call('GET', "https://graph.microsoft.com/v1.0/groups?$filter=not(groupTypes/any(t:t eq 'Unified'))");
    expect(refused.status).toBe(400);
    expect(json(refused).error).toMatchObject({ code: 'Request_UnsupportedQuery' });
  });

  it('finds the demo application by appId, name and object id', async () => {
    const app = state.apps[0];
    expect(await runCommand('entra app get', { appId: app.appId })).toMatchObject({ id: app.id, displayName: 'm365-action demo' });
    expect(await runCommand('entra app get', { name: 'm365-action demo' })).toMatchObject({ appId: app.appId });
    expect(await runCommand('entra app get', { objectId: app.id })).toMatchObject({ appId: app.appId });
    await expect(runCommand('entra app get', { objectId: '00000000-0000-4000-8000-000000000000' })).rejects.toThrow(
      "App with objectId '00000000-0000-4000-8000-000000000000' not found in Microsoft Entra ID.",
    );
  });

  it('refuses a token without a matching role', async () => {
    expect((await call('GET', 'https://graph.microsoft.com/v1.0/groups', {}, undefined, ['Sites.Read.All'])).status).toBe(403);
  });
});

describe('SharePoint app catalog', () => {
  it('adds, lists, deploys and installs an app, the state following each step', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'routes-'));
    writeFileSync(join(cwd, 'release.sppkg'), SAMPLE_PACKAGE);
    const added = (await runCommand('spo app add', { filePath: 'release.sppkg' }, new RoutesApi(), cwd)) as { UniqueId: string; ServerRelativeUrl: string };
    expect(added.ServerRelativeUrl).toBe('/sites/appcatalog/AppCatalog/release.sppkg');
    const listed = (await runCommand('spo app list', {})) as { ID: string; Deployed: boolean }[];
    expect(listed.find((a) => a.ID === added.UniqueId)).toMatchObject({ Deployed: false });
    await expect(runCommand('spo app add', { filePath: 'release.sppkg' }, new RoutesApi(), cwd)).rejects.toThrow(
      'A file with the name AppCatalog/release.sppkg already exists.',
    );
    await runCommand('spo app deploy', { name: 'release.sppkg', skipFeatureDeployment: true });
    expect(await runCommand('spo app get', { id: added.UniqueId })).toMatchObject({ Deployed: true, SkipDeploymentFeature: true, InstalledVersion: '' });
    await runCommand('spo app install', { id: added.UniqueId, siteUrl: OPS });
    const fromOps = json(await call('GET', `${OPS}/_api/web/tenantappcatalog/AvailableApps/GetById('${added.UniqueId}')`, NOMETA));
    expect(fromOps.InstalledVersion).toBe('1.2.0.0');
    await expect(runCommand('spo app install', { id: added.UniqueId, siteUrl: OPS })).rejects.toThrow(
      "The app 'contoso-webparts-client-side-solution' is already installed on the site https://contoso.sharepoint.com/sites/ops.",
    );
  });

  it('refuses to install an app that is not deployed, and uses the site collection catalog', async () => {
    const hrForms = state.tenantAppCatalog.find((a) => a.FileName === 'hr-forms.sppkg')!;
    await expect(runCommand('spo app install', { id: hrForms.ID, siteUrl: OPS })).rejects.toThrow("The app 'hr-forms-client-side-solution' is not deployed.");
    const marketing = `${ROOT}/sites/marketing`;
    const apps = (await runCommand('spo app list', { appCatalogScope: 'sitecollection', appCatalogUrl: marketing })) as { Title: string }[];
    expect(apps.map((a) => a.Title)).toEqual(['campaign-banner-client-side-solution']);
    const none = await call('GET', `${OPS}/_api/web/sitecollectionappcatalog/AvailableApps`, NOMETA);
    expect(none.status).toBe(404);
  });

  it("answers an unknown app id and file name with SharePoint's error shape", async () => {
    const unknown = await call('GET', `${CATALOG}/_api/web/tenantappcatalog/AvailableApps/GetById('00000000-0000-4000-8000-000000000000')`, NOMETA);
    expect(unknown.status).toBe(404);
    expect(json(unknown)).toEqual({
      'odata.error': {
        code: '-2130575338, Microsoft.SharePoint.SPException',
        message: { lang: 'en-US', value: "The app with ID '00000000-0000-4000-8000-000000000000' does not exist in the app catalog." },
      },
    });
    await expect(runCommand('spo app get', { name: 'nope.sppkg' })).rejects.toThrow('The file /sites/appcatalog/AppCatalog/nope.sppkg does not exist.');
  });

  it('tells where the tenant app catalog is', async () => {
    expect(json(await call('GET', `${ROOT}/_api/SP_TenantSettings_Current`, NOMETA))).toEqual({ CorporateCatalogUrl: CATALOG });
  });
});

describe('SharePoint sites, lists and items', () => {
  it('resolves the site of a path by the longest site URL and honours verbose', async () => {
    expect(await runCommand('spo site get', { url: OPS })).toMatchObject({ Url: OPS, ServerRelativeUrl: '/sites/ops' });
    const verbose = json(await call('GET', `${OPS}/_api/web`, { accept: 'application/json;odata=verbose' }));
    expect(verbose.d).toMatchObject({ __metadata: { type: 'SP.Web' }, Title: 'Operations', Url: OPS });
    expect(await runCommand('spo web get', { url: ROOT, withGroups: true })).toMatchObject({ Url: ROOT, AssociatedOwnerGroup: { Title: 'Communication site Owners' } });
  });

  it('lists lists with RootFolder and applies filters and selections', async () => {
    const lists = (await runCommand('spo list list', { webUrl: OPS })) as { Title: string; RootFolder: { ServerRelativeUrl: string } }[];
    expect(lists.map((l) => l.Title)).toEqual(['Releases', 'Documents', 'Site Pages']);
    expect(lists[0].RootFolder).toEqual({ ServerRelativeUrl: '/sites/ops/Lists/Releases' });
    const generic = await runCommand('spo list list', { webUrl: OPS, properties: 'Title,BaseTemplate', filter: 'BaseTemplate eq 100' });
    expect(generic).toEqual([{ RootFolder: { ServerRelativeUrl: '/sites/ops/Lists/Releases' }, Title: 'Releases', BaseTemplate: 100 }]);
  });

  it('adds an item by title, URL or id and reads it back', async () => {
    const item = await runCommand('spo listitem add', { webUrl: OPS, listTitle: 'Releases', Title: 'v1.2.0', Status: 'Released' });
    expect(item).toMatchObject({ Id: 4, Title: 'v1.2.0', Status: 'Released', AuthorId: 1073741822 });
    expect(item).not.toHaveProperty('ID');
    const releases = state.sites.find((s) => s.Url === OPS)!.rootWeb.lists[0];
    expect(await runCommand('spo listitem add', { webUrl: OPS, listUrl: 'Lists/Releases', Title: 'v1.3.0' })).toMatchObject({ Id: 5 });
    expect(await runCommand('spo listitem add', { webUrl: OPS, listId: releases.Id, Title: 'v1.4.0', contentType: 'Item' })).toMatchObject({ Id: 6 });
    expect(releases.ItemCount).toBe(6);
    const items = json(await call('GET', `${OPS}/_api/web/lists/getByTitle('Releases')/items`, NOMETA));
    expect((items.value as unknown[]).length).toBe(6);
  });

  it("answers an unknown list or column with SharePoint's errors", async () => {
    await expect(runCommand('spo listitem add', { webUrl: OPS, listTitle: 'Nope', Title: 'x' })).rejects.toThrow(
      "List 'Nope' does not exist at site with URL 'https://contoso.sharepoint.com/sites/ops'.",
    );
    const verbose = await call('GET', `${OPS}/_api/web/lists/getByTitle('Nope')`, { accept: 'application/json;odata=verbose' });
    expect(json(verbose)).toEqual({ error: { code: '-1, System.ArgumentException', message: { lang: 'en-US', value: "List 'Nope' does not exist at site with URL 'https://contoso.sharepoint.com/sites/ops'." } } });
    await expect(runCommand('spo listitem add', { webUrl: OPS, listTitle: 'Releases', Colour: 'red' })).rejects.toThrow("Column 'Colour' does not exist.");
  });

  it("adds an item through the classic items endpoint (what request would call)", async () => {
    const created = await call('POST', `${OPS}/_api/web/lists/getByTitle('Releases')/items`, { ...NOMETA, 'content-type': 'application/json' }, { Title: 'v2.0.0' });
    expect(created.status).toBe(201);
    expect(json(created)).toMatchObject({ Id: 4, ID: 4, Title: 'v2.0.0' });
  });
});

describe('SharePoint subsites (web/webs, what spo web list reads)', () => {
  it('lists the subsites directly below a web, shaped like web', async () => {
    const response = await call('GET', `${OPS}/_api/web/webs`, NOMETA);
    expect(response.status).toBe(200);
    const body = json(response);
    expect(body['odata.nextLink']).toBeUndefined();
    const webs = body.value as Record<string, unknown>[];
    expect(webs.map((w) => [w.Title, w.Url, w.ServerRelativeUrl])).toEqual([
      ['Runbooks', `${OPS}/runbooks`, '/sites/ops/runbooks'],
      ['Incidents', `${OPS}/incidents`, '/sites/ops/incidents'],
    ]);
    const ownWeb = json(await call('GET', `${OPS}/runbooks/_api/web`, NOMETA));
    expect(webs[0]).toEqual(ownWeb);
    expect(ownWeb).toMatchObject({ Title: 'Runbooks', WebTemplate: 'STS', Id: expect.stringMatching(/^[0-9a-f-]{36}$/) });
  });

  it('answers an empty list for a web without subsites, and resolves lists on the subsite', async () => {
    expect(json(await call('GET', `${ROOT}/_api/web/webs`, NOMETA))).toEqual({ value: [] });
    expect(json(await call('GET', `${OPS}/runbooks/_api/web/webs`, NOMETA))).toEqual({ value: [] });
    const lists = json(await call('GET', `${OPS}/runbooks/_api/web/lists?$select=Title,ParentWebUrl`, NOMETA));
    expect(lists.value).toEqual([
      { Title: 'Documents', ParentWebUrl: '/sites/ops/runbooks' },
      { Title: 'Site Pages', ParentWebUrl: '/sites/ops/runbooks' },
    ]);
  });

  it('selects properties case-insensitively, as the CLI asks for text output', async () => {
    const body = json(await call('GET', `${OPS}/_api/web/webs?$select=Title,Id,URL`, NOMETA));
    const webs = body.value as Record<string, unknown>[];
    expect(webs.map((w) => Object.keys(w).sort())).toEqual([['Id', 'Title', 'Url'], ['Id', 'Title', 'Url']]);
  });

  it('pages with odata.nextLink when more than a page, keeping the selection', async () => {
    const first = json(await call('GET', `${OPS}/_api/web/webs?$select=Title&$top=1`, NOMETA));
    expect(first.value).toEqual([{ Title: 'Runbooks' }]);
    const next = first['odata.nextLink'] as string;
    expect(next).toBe(`${OPS}/_api/web/webs?$select=Title&$top=1&$skip=1`);
    const second = json(await call('GET', next, NOMETA));
    expect(second).toEqual({ value: [{ Title: 'Incidents' }] });
    const api = new RoutesApi();
    const all = await api.getAll<{ Title: string }>(`${OPS}/_api/web/webs?$top=1`, NOMETA);
    expect(all.map((w) => w.Title)).toEqual(['Runbooks', 'Incidents']);
    expect(api.urls).toHaveLength(2);
  });

  it('filters, answers verbose with __metadata, and needs a read role', async () => {
    const filtered = json(await call('GET', `${OPS}/_api/web/webs?$filter=Title eq 'Incidents'`, NOMETA));
    expect((filtered.value as { Title: string }[]).map((w) => w.Title)).toEqual(['Incidents']);
    const verbose = json(await call('GET', `${OPS}/_api/web/webs`, { accept: 'application/json;odata=verbose' }));
    expect((verbose.d as { results: unknown[] }).results[0]).toMatchObject({ __metadata: { type: 'SP.Web' }, Title: 'Runbooks' });
    expect((await call('GET', `${OPS}/_api/web/webs?$filter=substringof('x',Title)`, NOMETA)).status).toBe(400);
    expect((await call('GET', `${OPS}/_api/web/webs`, NOMETA, undefined, ['Group.Read.All'])).status).toBe(403);
  });
});

describe('Management and Azure', () => {
  it('lists the activity feed subscriptions of the tenant', async () => {
    const response = await call('GET', `https://manage.office.com/api/v1.0/${state.tenantId}/activity/feed/subscriptions/list`);
    expect(response.body).toEqual([
      { contentType: 'Audit.SharePoint', status: 'enabled', webhook: null },
      { contentType: 'Audit.General', status: 'enabled', webhook: null },
    ]);
    expect((await call('GET', 'https://manage.office.com/api/v1.0/fabrikam.com/activity/feed/subscriptions/list')).status).toBe(400);
  });

  it('lists no Azure subscriptions and wants an api-version', async () => {
    expect((await call('GET', 'https://management.azure.com/subscriptions?api-version=2022-12-01')).body).toEqual({ value: [], count: { type: 'Total', value: 0 } });
    expect((await call('GET', 'https://management.azure.com/subscriptions')).status).toBe(400);
  });
});
