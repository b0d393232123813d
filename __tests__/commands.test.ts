/**
 * The catalogue, table-driven: one row per case, each a command line as a user would paste it, planned and run
 * in-process against the emulator over real sockets (see helpers/harness.ts). A row expects a result (matched as a
 * subset with toMatchObject, or called as a check) or an error (planning or run), and names the CLI for Microsoft 365
 * documentation page whose `--output json` shape it follows.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_APP_ID, DEMO_TENANT_ID } from '../emulator/constants.js';
import { SAMPLE_PACKAGE } from './helpers/command-context.js';
import { ROOT, startHarness, type Harness } from './helpers/harness.js';
import { describeRows, type Row } from './helpers/table.js';


const OPS = `${ROOT}/sites/ops`;

const ROWS: Record<string, readonly Row[]> = {
  'spo app add': [
    { run: 'spo app add --filePath app.sppkg --overwrite', doc: 'spo/app/app-add', result: { Name: 'app.sppkg', ServerRelativeUrl: '/sites/appcatalog/AppCatalog/app.sppkg' } },
    { run: `spo app add -p app.sppkg -s sitecollection -u ${ROOT}/sites/marketing/AppCatalog`, result: { ServerRelativeUrl: '/sites/marketing/AppCatalog/app.sppkg' } },
    { run: 'spo app add --filePath not-a-package.txt', error: "'not-a-package.txt' is not a zip file, so it is not a SharePoint app package (.sppkg)." },
    { run: 'spo app add --filePath app.sppkg --appCatalogScope sitecollection', error: 'You must specify appCatalogUrl when the appCatalogScope is sitecollection' },
    { run: 'spo app add', error: "Missing required option '--filePath' for 'spo app add'" },
  ],
  'spo app get': [
    { run: 'spo app get --name contoso-news.sppkg', doc: 'spo/app/app-get', result: { Title: 'contoso-news-client-side-solution', Deployed: true, AppCatalogVersion: '1.4.0.0' } },
    { run: 'spo app get --name nope.sppkg', error: 'The file /sites/appcatalog/AppCatalog/nope.sppkg does not exist.' },
    { run: 'spo app get --id 6b6e2a4c-0f1d-4f3e-9a63-2c1f4a6a1d2b --name x.sppkg', error: "accepts only one of --id, --name; got --id, --name" },
  ],
  'spo app list': [
    { run: 'spo app list', doc: 'spo/app/app-list', check: (apps) => expect((apps as { Title: string }[]).map((a) => a.Title)).toEqual(expect.arrayContaining(['contoso-news-client-side-solution', 'hr-forms-client-side-solution'])) },
    { run: `spo app list --appCatalogScope sitecollection --appCatalogUrl ${ROOT}/sites/marketing`, check: (apps) => expect(apps).toContainEqual(expect.objectContaining({ Title: 'campaign-banner-client-side-solution' })) },
    { run: 'spo app list --appCatalogScope site', error: "Option '--appCatalogScope' (command 1, line 1) is 'site', which is not allowed; use one of: tenant, sitecollection." },
  ],
  'spo app deploy': [
    { run: 'spo app deploy --name hr-forms.sppkg --skipFeatureDeployment', doc: 'spo/app/app-deploy', result: undefined },
    { run: 'spo app deploy', error: "needs one of --id, --name; none was given." },
  ],
  'spo app install': [
    { run: ['spo app deploy --name hr-forms.sppkg', { id: 'app', run: 'spo app get --name hr-forms.sppkg' }, `spo app install --id "{{ app.ID }}" --siteUrl ${OPS}`], doc: 'spo/app/app-install', result: undefined },
    { run: `spo app install --id 6b6e2a4c-0f1d-4f3e-9a63-2c1f4a6a1d2b --siteUrl ${OPS}`, error: 'does not exist' },
    { run: 'spo app install --id not-a-guid --siteUrl https://contoso.sharepoint.com', error: "Option '--id' (command 1, line 1) is 'not-a-guid', which is not a GUID" },
  ],
  'spo site get': [
    { run: `spo site get --url ${OPS}`, doc: 'spo/site/site-get', result: { Url: OPS } },
    { run: 'spo site get --url https://x@contoso.sharepoint.com/sites/ops', error: "Option '--url' (command 1, line 1) is not accepted: its text before '@' hides the real host" },
    { run: 'spo site get --url https://contoso.example.com/sites/ops', error: 'which is not a SharePoint Online URL of cloud Public' },
  ],
  'spo web get': [
    { run: `spo web get --url ${OPS} --withGroups`, doc: 'spo/web/web-get', result: { Title: 'Operations', AssociatedOwnerGroup: { Title: 'Operations Owners' } } },
    { run: 'spo web get --url http://contoso.sharepoint.com', error: 'but https is required' },
  ],
  'spo web list': [
    { run: `spo web list --url ${OPS}`, doc: 'spo/web/web-list', check: (webs) => expect((webs as { Url: string }[]).every((w) => w.Url.startsWith(`${OPS}/`))).toBe(true) },
    { run: 'spo web list', error: "Missing required option '--url' for 'spo web list'" },
  ],
  'spo list list': [
    { run: `spo list list --webUrl ${OPS} --filter "BaseTemplate eq 100"`, doc: 'spo/list/list-list', check: (lists) => expect(lists).toMatchObject([{ Title: 'Releases', RootFolder: { ServerRelativeUrl: '/sites/ops/Lists/Releases' } }]) },
    { run: `spo list list --webUrl ${OPS} --properties Title,Id`, check: (lists) => expect(Object.keys((lists as object[])[0]).sort()).toEqual(['Id', 'RootFolder', 'Title']) },
    { run: 'spo list list --webUrl https://contoso.sharepoint.com --unknown x', error: "Unknown option '--unknown' for 'spo list list'" },
  ],
  'spo listitem add': [
    { run: `spo listitem add --webUrl ${OPS} --listTitle Releases --Title "v1.2.0"`, doc: 'spo/listitem/listitem-add', result: { Title: 'v1.2.0' } },
    { run: `spo listitem add --webUrl ${OPS} --listTitle Releases --NoSuchColumn x`, error: 'NoSuchColumn' },
    { run: `spo listitem add --webUrl ${OPS} --Title x`, error: 'needs one of --listId, --listTitle, --listUrl' },
  ],
  'entra group list': [
    { run: 'entra group list --displayName Finance --type security', doc: 'entra/group/group-list', check: (groups) => expect((groups as { displayName: string }[]).map((g) => g.displayName)).toEqual(['Finance Approvers']) },
    { run: 'aad group list --type microsoft365', check: (groups) => expect((groups as { groupTypes: string[] }[]).every((g) => g.groupTypes.includes('Unified'))).toBe(true) },
    { run: 'entra group list --type team', error: "is 'team', which is not allowed" },
  ],
  'entra app get': [
    { run: `entra app get --appId ${DEMO_APP_ID}`, doc: 'entra/app/app-get', result: { appId: DEMO_APP_ID } },
    { run: 'entra app get --name "no such app"', error: "App with name 'no such app' not found in Microsoft Entra ID." },
    { run: 'entra app get --objectId 00000000-0000-4000-8000-000000000000', error: "App with objectId '00000000-0000-4000-8000-000000000000' not found in Microsoft Entra ID." },
  ],
  request: [
    { run: `request --url https://manage.office.com/api/v1.0/${DEMO_TENANT_ID}/activity/feed/subscriptions/list`, doc: 'request', check: (subs) => expect(subs).toContainEqual({ contentType: 'Audit.SharePoint', status: 'enabled', webhook: null }) },
    { run: 'request --url "@graph/v1.0/sites/root?$select=webUrl"', result: { webUrl: ROOT } },
    { run: 'request --url https://example.com/x', error: 'that host belongs to no Microsoft 365 resource of cloud Public' },
    { run: 'request --url @graph/me', error: '/me' },
    // Refused at planning, before any token: a user-info part (never echoed), a port, a line break in a header.
    { run: 'request --url "https://graph.microsoft.com:secret@evil.example/v1.0/users"', error: "request to 'https://…@evil.example/v1.0/users' (command 1, line 1) is not accepted: its text before '@' hides the real host (evil.example); remove it." },
    { run: 'request --url https://graph.microsoft.com:8443/v1.0/users', error: 'it names port 8443, and Microsoft 365 answers on the https port only' },
    { run: ['request --url @graph/users --x-evil "a\r\nAuthorization: Bearer x"'], error: "Header option '--x-evil' has a name or value a header cannot hold" },
  ],
  'spo set': [
    // The CLI prints nothing; the commands after it use its root (here: the tenant app catalog found from it).
    { run: ['spo set --url https://contoso.sharepoint.com', 'spo app list'], doc: 'spo/spo-set', check: (apps) => expect(apps).not.toHaveLength(0) },
    { run: 'spo set --url https://contoso.example.com', error: "is 'https://contoso.example.com', which is not a SharePoint Online URL of cloud Public" },
    { run: [{ id: 'x', run: 'status' }, 'spo set --url "{{ x.appId }}"'], error: "Option '--url' of 'spo set' (command 2, line 3) must be written out" },
  ],
  status: [{ run: 'status', doc: 'status', result: { connectedAs: DEMO_APP_ID, authType: 'certificate', appId: DEMO_APP_ID, appTenant: DEMO_TENANT_ID, cloudType: 'Public' } }],
};

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
  writeFileSync(join(harness.cwd, 'app.sppkg'), SAMPLE_PACKAGE);
  writeFileSync(join(harness.cwd, 'not-a-package.txt'), 'hello');
});

afterAll(() => harness.close());

describeRows(ROWS, () => harness);

describe('spo set', () => {
  it('gives the commands after it their SharePoint root, and @spo its expansion', async () => {
    const { createPlan } = await import('../src/plan/planner.js');
    const { catalogue } = await import('../src/commands/registry.js');
    const { CLOUDS } = await import('../src/clouds.js');
    const commands = ['- spo app list', '- spo set --url https://fabrikam.sharepoint.com', '- spo app list', '- request --url @spo/_api/web'].join('\n');
    const plan = createPlan({ commands, source: 'commands', catalogue, cloud: CLOUDS.Public, spoUrl: 'https://contoso.sharepoint.com', cwd: harness.cwd });
    expect(plan.commands.map((c) => c.resource?.audience)).toEqual(['https://contoso.sharepoint.com', undefined, 'https://fabrikam.sharepoint.com', 'https://fabrikam.sharepoint.com']);
  });
});

describe('the tables', () => {
  /**
   * Every command of the catalogue has rows in one of the table files (`__tests__/commands*.test.ts`, one per area):
   * a success row and, when it takes options, a failure row. Read from the files' text, as each file runs in its own
   * worker: a row is one `run:`, a failure row also has `error:`.
   */
  it('have a success row and a failure row for every command of the catalogue', async () => {
    const { catalogue } = await import('../src/commands/registry.js');
    const { readdirSync, readFileSync } = await import('node:fs');
    const blocks = new Map<string, string>();
    for (const file of readdirSync(new URL('.', import.meta.url)).filter((f) => /^commands.*\.test\.ts$/.test(f))) {
      const text = readFileSync(new URL(file, import.meta.url), 'utf8');
      const table = /\nconst ROWS[^\n]*\n([\s\S]*?)\n\};/.exec(text)?.[1] ?? '';
      for (const [, name, body] of table.matchAll(/^ {2}'?([a-z][\w ]*?)'?: \[([\s\S]*?)(?=^ {2}'?[a-z][\w ]*'?: \[|(?![\s\S]))/gm)) {
        blocks.set(name, (blocks.get(name) ?? '') + body);
      }
    }
    const count = (text: string, word: string) => text.match(new RegExp(`\\b${word}:`, 'g'))?.length ?? 0;
    for (const command of catalogue) {
      const block = blocks.get(command.name) ?? '';
      expect(count(block, 'run') > count(block, 'error'), `${command.name}: a success row`).toBe(true);
      if (command.options.length > 0) expect(count(block, 'error') > 0, `${command.name}: a failure row`).toBe(true);
    }
  });
});
