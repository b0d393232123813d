/**
 * The SPFx lifecycle (app catalogs, tenant and site collection), sites, webs, hub sites, home sites and site app
 * permissions, table-driven like commands.test.ts: each row is command lines as a user would paste them, planned and
 * run in-process against this file's own emulator over real sockets. Rows that change the tenant work on sites and
 * apps of their own (created in beforeAll or by the row), so that their order does not matter.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_APP_ID, DEMO_APP_NAME } from '../emulator/constants.js';
import { readManifest } from '../emulator/routes/sharepoint/app-package.js';
import { processQuery, type CsomRoots } from '../emulator/routes/sharepoint/csom.js';
import { newSite } from '../emulator/routes/sharepoint/site.js';
import { SITE_PAGE } from '../emulator/routes/sharepoint/tenant-csom.js';
import { seedGuid } from '../emulator/seed-content.js';
import { spoTenantAppCatalogUrlGet } from '../src/commands/spo/tenant-appcatalogurl-get.js';
import { FakeApi, SAMPLE_PACKAGE, testContext } from './helpers/command-context.js';
import { ROOT, startHarness, type Harness, type HarnessRun } from './helpers/harness.js';
import { describeRows, type Row } from './helpers/table.js';


const OPS = `${ROOT}/sites/ops`;
const MARKETING = `${ROOT}/sites/marketing`;
const INTRANET = `${ROOT}/sites/intranet`;
const NEWS_APP = seedGuid('app:contoso-news.sppkg');
const HR_APP = seedGuid('app:hr-forms.sppkg');
const BANNER_APP = seedGuid('app:campaign-banner.sppkg');
const ADMIN = 'admin@contoso.onmicrosoft.com';
const NEXT_PACKAGE = readFileSync(new URL('../examples/sharepoint/solution-1.3/contoso-webparts.sppkg', import.meta.url));

let harness: Harness;
const state = () => harness.emulator.state;
const site = (path: string) => state().sites.find((s) => s.Url === `${ROOT}${path}`);
const csomCalls = (run: HarnessRun) => run.requests.filter((r) => r.path.endsWith('/_vti_bin/client.svc/ProcessQuery'));

const ROWS: Record<string, readonly Row[]> = {
  'spo app upgrade': [
    {
      run: [
        { id: 'pkg', run: 'spo app add --filePath contoso-webparts.sppkg --overwrite' },
        'spo app deploy --id {{ pkg.UniqueId }}',
        `spo app install --id {{ pkg.UniqueId }} --siteUrl ${OPS}`,
        'spo app add --filePath next/contoso-webparts.sppkg --overwrite',
        'spo app deploy --name contoso-webparts.sppkg',
        `spo app upgrade --id {{ pkg.UniqueId }} --siteUrl ${OPS}`,
        `spo app instance list --siteUrl ${OPS}`,
      ],
      doc: 'spo/app/app-upgrade',
      check: (apps) => expect(apps).toContainEqual(expect.objectContaining({ Title: 'contoso-webparts-client-side-solution', Version: '1.3.0.0', AppType: 3 })),
    },
    { run: `spo app upgrade --id ${HR_APP} --siteUrl ${MARKETING}`, error: "The app 'hr-forms-client-side-solution' is not installed on the site https://contoso.sharepoint.com/sites/marketing." },
    { run: `spo app upgrade --id ${HR_APP}`, error: "Missing required option '--siteUrl' for 'spo app upgrade'" },
  ],
  'spo app uninstall': [
    {
      run: [`spo app install --id ${NEWS_APP} --siteUrl ${ROOT}`, `spo app uninstall --id ${NEWS_APP} --siteUrl ${ROOT} --force`],
      doc: 'spo/app/app-uninstall',
      check: (result) => {
        expect(result).toBeUndefined();
        expect(state().tenantAppCatalog.find((a) => a.ID === NEWS_APP)?.installedIn).not.toContain(ROOT);
      },
    },
    { run: `spo app uninstall -i ${NEWS_APP} -s ${MARKETING} -f`, error: 'is not installed on the site https://contoso.sharepoint.com/sites/marketing' },
    { run: `spo app uninstall --id ${NEWS_APP} --siteUrl ${ROOT} --appCatalogScope site`, error: "is 'site', which is not allowed; use one of: tenant, sitecollection" },
  ],
  'spo app retract': [
    {
      run: [`spo app deploy --id ${HR_APP}`, `spo app retract --id ${HR_APP} --force`],
      doc: 'spo/app/app-retract',
      check: () => expect(state().tenantAppCatalog.find((a) => a.ID === HR_APP)?.Deployed).toBe(false),
    },
    { run: `spo app retract --id ${HR_APP} --appCatalogScope sitecollection`, error: 'You must specify appCatalogUrl when the appCatalogScope is sitecollection' },
    { run: 'spo app retract --id 00000000-0000-4000-8000-000000000000', error: "The app with ID '00000000-0000-4000-8000-000000000000' does not exist in the app catalog." },
  ],
  'spo app remove': [
    {
      run: `spo app remove --id ${BANNER_APP} -s sitecollection -u ${MARKETING}/AppCatalog --force`,
      doc: 'spo/app/app-remove',
      check: () => expect(site('/sites/marketing')?.appCatalog).toEqual([]),
    },
    { run: `spo app remove --id ${BANNER_APP} --appCatalogScope sitecollection --appCatalogUrl ${OPS}`, error: 'Cannot find resource for the request SP.RequestContext.current/web/sitecollectionappcatalog/.' },
    { run: 'spo app remove --name campaign-banner.sppkg', error: "Unknown option '--name' for 'spo app remove'" },
  ],
  'spo app instance list': [
    {
      run: [`spo app install --id ${NEWS_APP} --siteUrl ${INTRANET}`, `spo app instance list --siteUrl ${INTRANET}`],
      doc: 'spo/app/app-instance-list',
      check: (apps) => expect(apps).toEqual([expect.objectContaining({ AppId: NEWS_APP, AppType: 3, Title: 'contoso-news-client-side-solution', Version: '1.4.0.0' })]),
    },
    { run: 'spo app instance list', error: "Missing required option '--siteUrl' for 'spo app instance list'" },
  ],
  'spo tenant appcatalogurl get': [{ run: 'spo tenant appcatalogurl get', doc: 'spo/tenant/tenant-appcatalogurl-get', result: `${ROOT}/sites/appcatalog` }],
  'spo site appcatalog add': [
    {
      run: [`spo site appcatalog add --siteUrl ${ROOT}/sites/projects`, 'spo site appcatalog list'],
      doc: 'spo/site/site-appcatalog-add',
      check: (catalogs) => expect(catalogs).toContainEqual({ AbsoluteUrl: `${ROOT}/sites/projects`, ErrorMessage: 'Success', SiteID: site('/sites/projects')?.Id }),
    },
    { run: `spo site appcatalog add -u ${ROOT}/sites/nope`, error: 'Cannot get site https://contoso.sharepoint.com/sites/nope.' },
  ],
  'spo site appcatalog list': [
    { run: 'spo site appcatalog list --excludeDeletedSites', doc: 'spo/site/site-appcatalog-list', check: (catalogs) => expect(catalogs).toContainEqual(expect.objectContaining({ AbsoluteUrl: MARKETING })) },
    { run: 'spo site appcatalog list --excludeDeletedSites maybe', error: "Unexpected argument 'maybe'" },
  ],
  'spo site appcatalog remove': [
    {
      run: [`spo site appcatalog add --siteUrl ${ROOT}/sites/events`, `spo site appcatalog remove --siteUrl ${ROOT}/sites/events --force`, 'spo site appcatalog list'],
      doc: 'spo/site/site-appcatalog-remove',
      check: (catalogs) => expect((catalogs as { AbsoluteUrl: string }[]).map((c) => c.AbsoluteUrl)).not.toContain(`${ROOT}/sites/events`),
    },
    { run: 'spo site appcatalog remove --force', error: "Missing required option '--siteUrl' for 'spo site appcatalog remove'" },
  ],
  'spo site list': [
    {
      run: 'spo site list',
      doc: 'spo/site/site-list',
      check: (sites, run) => {
        expect((sites as unknown[]).length).toBeGreaterThan(SITE_PAGE);
        expect(csomCalls(run).length).toBe(Math.ceil((sites as unknown[]).length / SITE_PAGE));
        expect(sites).toContainEqual(expect.objectContaining({ _ObjectType_: 'Microsoft.Online.SharePoint.TenantAdministration.SiteProperties', Url: OPS, Template: 'GROUP#0', Status: 'Active' }));
      },
    },
    { run: "spo site list --type CommunicationSite --filter \"Url -like 'intra'\"", check: (sites) => expect(sites).toMatchObject([{ Url: INTRANET, Title: 'Intranet', IsHubSite: true }]) },
    { run: 'spo site list --type TeamSite --webTemplate GROUP#0', error: 'accepts at most one of --type, --webTemplate' },
    { run: 'spo site list --withOneDriveSites --type TeamSite', error: "When using withOneDriveSites, don't specify the type or webTemplate options" },
  ],
  'spo site add': [
    {
      run: `spo site add --type CommunicationSite --url ${ROOT}/sites/news --title News --description "Company news" --owners ${ADMIN} --siteDesign Showcase --withAppCatalog`,
      doc: 'spo/site/site-add',
      check: (url) => {
        expect(url).toBe(`${ROOT}/sites/news`);
        expect(site('/sites/news')).toMatchObject({ owner: ADMIN, appCatalog: [], rootWeb: { Title: 'News', Description: 'Company news', WebTemplate: 'SITEPAGEPUBLISHING' } });
      },
    },
    {
      run: `spo site add --type ClassicSite --url ${ROOT}/sites/archive --title Archive --owners ${ADMIN} --timeZone 4 --storageQuota 500 --wait`,
      check: (url, run) => {
        expect(url).toBe(`${ROOT}/sites/archive`);
        expect(csomCalls(run)).toHaveLength(2);
        expect(site('/sites/archive')?.properties).toMatchObject({ StorageMaximumLevel: 500, Template: 'STS#0' });
      },
    },
    {
      run: [`spo site add --type BrandCenter --url ${ROOT}/sites/brand --title Brand --owners ${ADMIN} --force`, `spo site add --type BrandCenter --url ${ROOT}/sites/brand2 --title Brand --owners ${ADMIN}`],
      error: 'Brand center site is already created in the tenant.',
    },
    { run: 'spo site add --alias team1 --title "Team 1"', error: "SharePoint creates group-connected team sites only for a signed-in user" },
    { run: 'spo site add --type TeamSite --alias team1 --title "Team 1"', error: "Create the Microsoft 365 group with 'entra m365group add' instead" },
    { run: `spo site add --type CommunicationSite --url ${ROOT}/sites/x --title X`, error: 'The --owners option is required to create a CommunicationSite app-only' },
    { run: `spo site add --type CommunicationSite --url ${MARKETING} --title X --owners ${ADMIN}`, error: 'An error has occurred while creating the site' },
    { run: `spo site add --type ClassicSite --url ${ROOT}/sites/y --title Y --owners ${ADMIN}`, error: 'Required option timeZone missing' },
  ],
  'spo site set': [
    {
      run: [`spo site set --url ${ROOT}/sites/partners --title "Partners & suppliers" --description Suppliers --classification MBI --sharingCapability Disabled --owners ${ADMIN} --lockState NoAdditions --wait`, `spo site get --url ${ROOT}/sites/partners`],
      doc: 'spo/site/site-set',
      check: (got) => {
        expect(got).toMatchObject({ Classification: 'MBI' });
        expect(site('/sites/partners')).toMatchObject({ admins: [ADMIN], properties: { SharingCapability: 0, LockState: 'NoAdditions' }, rootWeb: { Title: 'Partners & suppliers', Description: 'Suppliers' } });
      },
    },
    { run: [`spo site set --url ${ROOT}/sites/projectx --title "Project X"`, `spo web get --url ${ROOT}/sites/projectx`], result: { Title: 'Project X' } },
    { run: `spo site set --url ${ROOT}/sites/projectx --description x`, error: 'The site is connected to the Microsoft 365 group' },
    { run: `spo site set --url ${MARKETING} --isPublic true`, error: "The isPublic option can't be set on a site that is not groupified" },
    { run: `spo site set --url ${MARKETING}`, error: 'Specify at least one property to update' },
  ],
  'spo site remove': [
    {
      run: [
        `spo site add --type CommunicationSite --url ${ROOT}/sites/temp --title Temp --owners ${ADMIN}`,
        `spo site remove --url ${ROOT}/sites/temp --force`,
        `spo site remove --url ${ROOT}/sites/temp --fromRecycleBin --force`,
      ],
      doc: 'spo/site/site-remove',
      check: () => {
        expect(site('/sites/temp')).toBeUndefined();
        expect(state().admin.recycleBin.map((r) => r.site.Url)).not.toContain(`${ROOT}/sites/temp`);
      },
    },
    {
      run: `spo site remove --url ${ROOT}/sites/teamx --skipRecycleBin --force`,
      check: (_result, run) => {
        expect(run.requests.map((r) => `${r.method} ${r.host}${r.path}`)).toContain('POST contoso-admin.sharepoint.com/_api/GroupSiteManager/Delete');
        expect(state().admin.recycleBin.map((r) => r.site.Url)).not.toContain(`${ROOT}/sites/teamx`);
        expect(run.outcomes[0].error).toBeUndefined();
      },
    },
    { run: `spo site remove --url ${ROOT} --force`, error: 'The root site cannot be deleted.' },
    { run: `spo site remove --url ${ROOT}/sites/nope --force`, error: 'Site not found in the tenant.' },
    { run: `spo site remove --url ${MARKETING} --fromRecycleBin`, error: 'Site is currently not in the recycle bin.' },
    { run: `spo site remove --url ${MARKETING} --fromRecycleBin --skipRecycleBin`, error: 'accepts at most one of --fromRecycleBin, --skipRecycleBin' },
  ],
  'spo site apppermission add': [
    {
      run: `spo site apppermission add --siteUrl ${INTRANET} --permission fullcontrol --appId ${DEMO_APP_ID}`,
      doc: 'spo/site/site-apppermission-add',
      result: { roles: ['fullcontrol'], grantedToIdentities: [{ application: { id: DEMO_APP_ID, displayName: DEMO_APP_NAME } }], grantedToIdentitiesV2: [{ application: { id: DEMO_APP_ID } }] },
    },
    { run: `spo site apppermission add --siteUrl ${INTRANET} --permission read`, error: 'Specify appId or appDisplayName' },
    { run: `spo site apppermission add -u ${INTRANET} -p read -i 00000000-0000-4000-8000-000000000000`, error: 'The specified Microsoft Entra app does not exist' },
  ],
  'spo site apppermission list': [
    {
      run: [`spo site apppermission add --siteUrl ${ROOT}/sites/projects --permission read --appDisplayName "${DEMO_APP_NAME}"`, `spo site apppermission list --siteUrl ${ROOT}/sites/projects --appId ${DEMO_APP_ID}`],
      doc: 'spo/site/site-apppermission-list',
      check: (rows) => expect(rows).toEqual([{ appDisplayName: DEMO_APP_NAME, appId: DEMO_APP_ID, permissionId: expect.any(String), roles: ['read'] }]),
    },
    { run: `spo site apppermission list --siteUrl ${INTRANET} --appId x --appDisplayName y`, error: 'accepts at most one of --appId, --appDisplayName' },
  ],
  'spo site apppermission set': [
    {
      run: [`spo site apppermission add -u ${ROOT}/sites/events -p read -i ${DEMO_APP_ID} -n "${DEMO_APP_NAME}"`, `spo site apppermission set -u ${ROOT}/sites/events -n "${DEMO_APP_NAME}" -p manage`],
      doc: 'spo/site/site-apppermission-set',
      result: { roles: ['manage'] },
    },
    { run: `spo site apppermission set --siteUrl ${MARKETING} --appId ${DEMO_APP_ID} --permission read`, error: 'The specified app permission does not exist' },
    { run: `spo site apppermission set --siteUrl ${MARKETING} --permission owner --id x`, error: "is 'owner', which is not allowed" },
  ],
  'spo site apppermission remove': [
    {
      run: [`spo site apppermission add -u ${ROOT}/sites/partners -p write -i ${DEMO_APP_ID}`, `spo site apppermission remove -u ${ROOT}/sites/partners --appId ${DEMO_APP_ID} -f`, `spo site apppermission list -u ${ROOT}/sites/partners`],
      doc: 'spo/site/site-apppermission-remove',
      result: [],
    },
    { run: `spo site apppermission remove --siteUrl ${MARKETING} --force`, error: 'needs one of --appId, --appDisplayName, --id' },
    { run: `spo site apppermission remove --siteUrl ${ROOT}/sites/nope --id x`, error: 'Requested site could not be found' },
  ],
  'spo hubsite list': [
    { run: 'spo hubsite list', doc: 'spo/hubsite/hubsite-list', check: (hubs) => expect(hubs).toContainEqual(expect.objectContaining({ Title: 'Intranet', SiteUrl: INTRANET, ParentHubSiteId: '00000000-0000-0000-0000-000000000000' })) },
    {
      run: 'spo hubsite list --withAssociatedSites',
      check: (hubs) => expect((hubs as { Title: string }[]).find((h) => h.Title === 'Intranet')).toMatchObject({ AssociatedSites: [{ Title: 'Marketing', SiteUrl: MARKETING }] }),
    },
    { run: 'spo hubsite list --associated', error: "Unknown option '--associated' for 'spo hubsite list'" },
  ],
  'spo hubsite get': [
    { run: 'spo hubsite get --title intranet', doc: 'spo/hubsite/hubsite-get', result: { Title: 'Intranet', SiteUrl: INTRANET } },
    { run: `spo hubsite get --url ${INTRANET} --withAssociatedSites`, check: (hub) => expect(hub).toMatchObject({ AssociatedSites: [{ Title: 'Marketing', SiteId: site('/sites/marketing')?.Id, SiteUrl: MARKETING }] }) },
    { run: 'spo hubsite get --title Nope', error: 'The specified hub site Nope does not exist' },
    { run: 'spo hubsite get --id 00000000-0000-4000-8000-000000000000', error: 'ResourceNotFoundException' },
    { run: 'spo hubsite get --title Intranet --id 00000000-0000-4000-8000-000000000000', error: 'accepts only one of --id, --title, --url' },
  ],
  'spo hubsite register': [
    { run: `spo hubsite register --siteUrl ${ROOT}/sites/projects`, doc: 'spo/hubsite/hubsite-register', result: { Title: 'Projects', SiteUrl: `${ROOT}/sites/projects`, ParentHubSiteId: '00000000-0000-0000-0000-000000000000', ID: expect.any(String) } },
    { run: `spo hubsite register --siteUrl ${INTRANET}`, error: 'This site is already a HubSite.' },
  ],
  'spo hubsite connect': [
    {
      run: [`spo hubsite register --siteUrl ${ROOT}/sites/events`, 'spo hubsite connect --url /sites/events --parentTitle Intranet', 'spo hubsite get --title Events'],
      doc: 'spo/hubsite/hubsite-connect',
      check: (hub) => expect(hub).toMatchObject({ ParentHubSiteId: site('/sites/intranet')?.Id }),
    },
    { run: 'spo hubsite connect --title Intranet --parentTitle Nope', error: "The specified hub site 'Nope' does not exist." },
    { run: 'spo hubsite connect --title Intranet', error: 'needs one of --parentId, --parentTitle, --parentUrl' },
  ],
  'spo hubsite disconnect': [
    {
      run: [
        `spo hubsite register --siteUrl ${ROOT}/sites/partners`,
        `spo hubsite connect --url ${ROOT}/sites/partners --parentUrl ${INTRANET}`,
        `spo hubsite disconnect --url ${ROOT}/sites/partners --force`,
        `spo hubsite get --url ${ROOT}/sites/partners`,
      ],
      doc: 'spo/hubsite/hubsite-disconnect',
      result: { ParentHubSiteId: '00000000-0000-0000-0000-000000000000' },
    },
    { run: 'spo hubsite disconnect --id 00000000-0000-4000-8000-000000000000 --force', error: 'ResourceNotFoundException' },
  ],
  'spo homesite get': [
    { run: `spo homesite get --url ${ROOT}/`, doc: 'spo/homesite/homesite-get', result: { Url: ROOT, Title: 'Communication site', IsInDraftMode: false, Audiences: [], TargetedLicenseType: 0 } },
    { run: `spo homesite get --url ${MARKETING}`, error: `Home site with URL '${MARKETING}' not found.` },
  ],
  'spo homesite set': [
    {
      run: `spo homesite set --url ${ROOT} --draftMode true --targetedLicenseType informationWorkers --audienceIds ${seedGuid('group:Finance')}`,
      doc: 'spo/homesite/homesite-set',
      result: { Url: ROOT, IsInDraftMode: true, TargetedLicenseType: 2, Audiences: [{ Id: seedGuid('group:Finance'), Title: 'Finance Members', Email: 'Finance@contoso.onmicrosoft.com' }] },
    },
    { run: `spo homesite set --url ${ROOT} --audienceNames "Marketing, Sales"`, error: "--audienceNames needs Microsoft Graph to find the groups' IDs" },
    { run: `spo homesite set --url ${ROOT}`, error: 'You must specify at least one option to configure.' },
    { run: `spo homesite set --url ${MARKETING} --draftMode false`, error: 'is not a home site of the tenant' },
  ],
  'spo web add': [
    {
      run: `spo web add --title "Release notes" --url release-notes --webTemplate STS#3 --parentWebUrl ${OPS} --locale 1031 --inheritNavigation`,
      doc: 'spo/web/web-add',
      check: (web) => {
        expect(web).toMatchObject({ Title: 'Release notes', ServerRelativeUrl: '/sites/ops/release-notes', WebTemplate: 'STS', Configuration: 3, Language: 1031 });
        expect(site('/sites/ops')?.rootWeb.webs.find((w) => w.Title === 'Release notes')?.navigationUseShared).toBe(true);
      },
    },
    { run: `spo web add -t Runbooks -u runbooks -w STS#3 -p ${OPS}`, error: 'The Web site address "/sites/ops/runbooks" is already in use.' },
    { run: `spo web add --title X --url x --parentWebUrl ${OPS}`, error: "Missing required option '--webTemplate' for 'spo web add'" },
  ],
  'spo web set': [
    {
      run: [
        `spo web set --url ${OPS}/incidents --title "Incident reviews" --headerLayout compact --megaMenuEnabled true --searchScope site --welcomePage SitePages/Start.aspx --AllowAutomaticASPXPageIndexing false`,
        `spo web get --url ${OPS}/incidents`,
      ],
      doc: 'spo/web/web-set',
      result: { Title: 'Incident reviews', HeaderLayout: 2, MegaMenuEnabled: true, SearchScope: 3, WelcomePage: 'SitePages/Start.aspx', AllowAutomaticASPXPageIndexing: false },
    },
    { run: `spo web set --url ${OPS} --headerEmphasis 5`, error: '5 is not a valid value for headerEmphasis. Allowed values are 0|1|2|3' },
    { run: `spo web set --url ${OPS} --NoSuchProperty x`, error: "The property 'NoSuchProperty' does not exist on type 'SP.Web'." },
  ],
};

/** Sites of the rows' own (the seed's are shared by several rows). */
function addSites(): void {
  const add = (path: string, title: string, template?: string): void => {
    const created = newSite(`${ROOT}${path}`, { Title: title, Owner: ADMIN }, 'test');
    if (template) created.rootWeb.WebTemplate = template;
    state().sites.push(created);
  };
  add('/sites/projects', 'Projects');
  add('/sites/events', 'Events');
  add('/sites/partners', 'Partners');
  add('/sites/projectx', 'Project X team', 'GROUP');
  add('/sites/teamx', 'Team X', 'GROUP');
}

beforeAll(async () => {
  harness = await startHarness();
  writeFileSync(join(harness.cwd, 'contoso-webparts.sppkg'), SAMPLE_PACKAGE);
  mkdirSync(join(harness.cwd, 'next'));
  writeFileSync(join(harness.cwd, 'next', 'contoso-webparts.sppkg'), NEXT_PACKAGE);
  addSites();
});

afterAll(() => harness.close());

describeRows(ROWS, () => harness);

describe('without a tenant app catalog', () => {
  it("prints nothing for the URL, and the app commands give the CLI's message", async () => {
    const saved = state().tenantAppCatalogUrl;
    state().tenantAppCatalogUrl = '';
    try {
      expect((await harness.run('spo tenant appcatalogurl get')).result).toBeUndefined();
      expect((await harness.run('spo app list')).error).toContain('Tenant app catalog is not configured.');
    } finally {
      state().tenantAppCatalogUrl = saved;
    }
  });

  it('logs why the result is empty', async () => {
    const logged: string[] = [];
    const api = new FakeApi({ [`GET ${ROOT}/_api/SP_TenantSettings_Current`]: { CorporateCatalogUrl: null } });
    const context = testContext(api, { log: { debug: () => undefined, info: (m) => logged.push(m), warning: () => undefined } });
    expect(await spoTenantAppCatalogUrlGet.run(context, {})).toBeUndefined();
    expect(logged).toEqual(['Tenant app catalog is not configured.']);
  });
});

/** A zip of one deflated file, built by hand (local header, data, central directory, end record). */
function deflatedZip(name: string, text: string): Buffer {
  const data = deflateRawSync(Buffer.from(text));
  const fileName = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(text.length, 22);
  local.writeUInt16LE(fileName.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(text.length, 24);
  central.writeUInt16LE(fileName.length, 28);
  central.writeUInt32LE(0, 42);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + fileName.length, 12);
  end.writeUInt32LE(30 + fileName.length + data.length, 16);
  return Buffer.concat([local, fileName, data, central, fileName, end]);
}

describe('the emulator', () => {
  it('reads the manifest of a package whether stored or deflated', () => {
    expect(readManifest(NEXT_PACKAGE)).toEqual({ title: 'contoso-webparts-client-side-solution', productId: '6c4c2a1e-8b3f-4d5a-9e7c-1f2b3c4d5e6f', version: '1.3.0.0' });
    const manifest = '<App Name="x" ProductID="{0A0B0C0D-0000-4000-8000-000000000001}" Version="2.0.1.0"><Properties><Title>deflated-solution</Title></Properties></App>';
    expect(readManifest(deflatedZip('AppManifest.xml', manifest))).toEqual({ title: 'deflated-solution', productId: '0a0b0c0d-0000-4000-8000-000000000001', version: '2.0.1.0' });
    expect(readManifest(Buffer.from('not a zip'))).toEqual({});
  });

  it("answers CSOM requests it cannot read with CSOM's error, in the header", () => {
    const roots: CsomRoots = { construct: () => ({ type: 'T' }), staticProperty: () => ({ type: 'S' }), identity: () => ({ type: 'I' }) };
    const [bad] = processQuery('<Request><Actions>', roots) as [{ ErrorInfo: { ErrorTypeName: string } }];
    expect(bad.ErrorInfo.ErrorTypeName).toBe('Microsoft.SharePoint.Client.InvalidClientQueryException');
    const answer = processQuery('<Request><Actions><Query Id="2" ObjectPathId="1" /></Actions><ObjectPaths><Constructor Id="1" TypeId="{x}" /><Method Id="3" ParentId="1" Name="Nope" /></ObjectPaths></Request>', roots);
    expect(answer).toEqual([expect.objectContaining({ ErrorInfo: null }), 2, { _ObjectType_: 'T' }]);
    const [unsupported] = processQuery('<Request><Actions><ObjectPath Id="4" ObjectPathId="3" /></Actions><ObjectPaths><Constructor Id="1" TypeId="{x}" /><Method Id="3" ParentId="1" Name="Nope" /></ObjectPaths></Request>', roots) as [{ ErrorInfo: { ErrorMessage: string } }];
    expect(unsupported.ErrorInfo.ErrorMessage).toBe("The method or property 'Nope' of type 'T' is not supported by this service.");
  });
});

describe('the table', () => {
  it('has a success row and a failure row for every command of this file', async () => {
    const { catalogue } = await import('../src/commands/registry.js');
    for (const name of Object.keys(ROWS)) {
      const command = catalogue.find((c) => c.name === name);
      expect(command, `${name} is in the catalogue`).toBeDefined();
      expect(ROWS[name].some((r) => r.error === undefined), `${name}: a success row`).toBe(true);
      if ((command?.options.length ?? 0) > 0) expect(ROWS[name].some((r) => r.error !== undefined), `${name}: a failure row`).toBe(true);
    }
  });
});
