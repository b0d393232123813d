/**
 * The Microsoft 365 services of the catalogue (outlook, tenant, onedrive, planner, external, purview), table-driven
 * like commands.test.ts: each row a command line planned and run in-process against the emulator over real sockets.
 * `doc:` names the CLI for Microsoft 365 documentation page whose `--output json` shape the row follows.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_APP_ID, DEMO_TENANT_ID } from '../emulator/constants.js';
import { plannerId } from '../emulator/routes/graph/planner.js';
import { REPORT_DOWNLOAD_HOST } from '../emulator/routes/graph/reports.js';
import { seedGuid } from '../emulator/seed-content.js';
import { servicesOf } from '../emulator/seed-services.js';
import { DEMO_APP_ROLES, grantRoles } from '../emulator/seed.js';
import { plannerTaskAdd } from '../src/commands/planner/task-add.js';
import { catalogue } from '../src/commands/registry.js';
import { csvToObjects, parseCsv } from '../src/commands/tenant/shared.js';
import { FakeApi, testContext } from './helpers/command-context.js';
import { startHarness, type Harness } from './helpers/harness.js';
import { describeRows, type Row } from './helpers/table.js';


const UPN = 'AdeleV@contoso.onmicrosoft.com';
const MARKETING = 'Marketing';
const LAUNCH = plannerId('plan:Product launch');
const hoursAgo = (h: number): string => new Date(Date.now() - h * 3_600_000).toISOString();
const titles = (items: unknown): string[] => (items as { title: string }[]).map((i) => i.title);
let harness: Harness;

const ROWS: Record<string, readonly Row[]> = {
  'outlook mail send': [
    {
      run: `outlook mail send --sender ${UPN} --to "chris@contoso.com, brian@contoso.com" --subject "Release 1.2" --bodyContents "<b>Shipped</b>" --bodyContentType HTML --importance high --attachment notes.txt --saveToSentItems false`,
      doc: 'outlook/mail/mail-send',
      check: (result) => {
        expect(result).toBeUndefined();
        const sent = servicesOf(harness.emulator.state).mail.sent.at(-1);
        expect(sent).toMatchObject({ sender: UPN, saveToSentItems: false, message: { subject: 'Release 1.2', importance: 'high', body: { contentType: 'HTML', content: '<b>Shipped</b>' } } });
        expect(sent?.message.toRecipients).toEqual([{ emailAddress: { address: 'chris@contoso.com' } }, { emailAddress: { address: 'brian@contoso.com' } }]);
        expect(sent?.message.attachments).toEqual([{ '@odata.type': '#microsoft.graph.fileAttachment', name: 'notes.txt', contentBytes: Buffer.from('release notes').toString('base64') }]);
      },
    },
    { run: 'outlook mail send --to chris@contoso.com --subject Hi --bodyContents Hello', error: "Missing required option '--sender' for 'outlook mail send' (command 1, line 1): UPN or ID of the user to send the message as: app-only sign-in has no user of its own to send from" },
    { run: 'outlook mail send --sender nobody@contoso.onmicrosoft.com -t chris@contoso.com -s Hi --bodyContents Hello', error: "The requested user 'nobody@contoso.onmicrosoft.com' is invalid." },
  ],
  'tenant id get': [
    { run: 'tenant id get --domainName contoso.onmicrosoft.com', doc: 'tenant/id/id-get', result: DEMO_TENANT_ID },
    { run: 'tenant id get', check: (result, run) => expect([result, run.requests.filter((r) => r.host === 'graph.microsoft.com')]).toEqual([DEMO_TENANT_ID, []]) },
    { run: 'tenant id get -d nowhere.example', error: "No tenant was found for the domain 'nowhere.example'." },
  ],
  'tenant serviceannouncement health list': [
    { run: 'tenant serviceannouncement health list', doc: 'tenant/serviceannouncement/serviceannouncement-health-list', check: (r) => expect(r).toContainEqual({ service: 'Exchange Online', status: 'serviceDegradation', id: 'Exchange' }) },
    { run: 'tenant serviceannouncement health list --issues', check: (r) => expect((r as { id: string; issues: { id: string }[] }[]).find((s) => s.id === 'Exchange')?.issues.map((i) => i.id)).toEqual(['EX712345']) },
    { run: 'tenant serviceannouncement health list --issue', error: "Unknown option '--issue'" },
  ],
  'tenant serviceannouncement healthissue list': [
    { run: 'tenant serviceannouncement healthissue list --service "Exchange Online"', doc: 'tenant/serviceannouncement/serviceannouncement-healthissue-list', check: (r) => expect(r).toMatchObject([{ id: 'EX712345', service: 'Exchange Online', classification: 'incident', posts: [{ postType: 'regular' }] }]) },
    { run: 'tenant serviceannouncement healthissue list', check: (r) => expect(r).toHaveLength(3) },
    { run: 'tenant serviceannouncement healthissue list --service', error: "Option '--service' (command 1, line 1) needs a value" },
  ],
  'tenant serviceannouncement message list': [
    { run: "tenant serviceannouncement message list -s 'Microsoft Teams'", doc: 'tenant/serviceannouncement/serviceannouncement-message-list', check: (r) => expect(r).toMatchObject([{ id: 'MC700200', services: ['Microsoft Teams', 'Exchange Online'], body: { contentType: 'html' } }]) },
    { run: 'tenant serviceannouncement message list --service Nothing', result: [] },
    { run: 'tenant serviceannouncement message list --services x', error: "Unknown option '--services'" },
  ],
  'tenant report activeusercounts': [
    {
      run: 'tenant report activeusercounts --period D7',
      doc: 'tenant/report/report-activeusercounts',
      check: (rows, run) => {
        expect(rows).toHaveLength(7);
        expect((rows as Record<string, unknown>[])[0]).toEqual({ 'Report Refresh Date': '2024-01-15', 'Office 365': '8', Exchange: '7', OneDrive: '0', SharePoint: '1', 'Skype For Business': '0', Yammer: '0', Teams: '8', 'Report Date': '2024-01-14', 'Report Period': '7' });
        // The CSV came from the download host, which refuses any request carrying a token.
        expect(run.requests.filter((r) => r.host === REPORT_DOWNLOAD_HOST).map((r) => r.status)).toEqual([200]);
      },
    },
    { run: 'tenant report activeusercounts', error: "Missing required option '--period'" },
    { run: 'tenant report activeusercounts -p D3', error: "is 'D3', which is not allowed; use one of: D7, D30, D90, D180." },
  ],
  'tenant report activeuserdetail': [
    { run: 'tenant report activeuserdetail --date 2024-01-10', doc: 'tenant/report/report-activeuserdetail', check: (rows) => expect(rows).toContainEqual(expect.objectContaining({ 'User Principal Name': 'AlexW@contoso.onmicrosoft.com', 'Display Name': 'Alex Wilber', 'Is Deleted': 'False', 'Deleted Date': '' })) },
    { run: 'tenant report activeuserdetail --period D7 --date 2024-01-10', error: 'accepts only one of --period, --date' },
    { run: 'tenant report activeuserdetail --date 10/01/2024', error: 'the supported date format is YYYY-MM-DD' },
  ],
  'tenant report servicesusercounts': [
    { run: 'tenant report servicesusercounts --period D30', doc: 'tenant/report/report-servicesusercounts', result: [{ 'Exchange Active': '7', 'Report Period': '30' }] },
    { run: 'tenant report servicesusercounts --date 2024-01-01', error: "Unknown option '--date'" },
  ],
  'tenant report office365activationcounts': [
    { run: 'tenant report office365activationcounts', doc: 'tenant/report/report-office365activationcounts', check: (rows) => expect((rows as object[])[0]).toEqual({ 'Report Refresh Date': '2024-01-15', 'Product Type': 'MICROSOFT 365 APPS FOR ENTERPRISE', Windows: 8, Mac: 0, Android: 0, iOS: 1, 'Windows 10 Mobile': 0 }) },
    { run: 'tenant report office365activationcounts --period D7', error: "Unknown option '--period'" },
  ],
  'tenant report office365activationsusercounts': [
    { run: 'tenant report office365activationsusercounts', doc: 'tenant/report/report-office365activationsusercounts', check: (rows) => expect((rows as object[])[0]).toEqual({ 'Report Refresh Date': '2024-01-15', 'Product Type': 'MICROSOFT 365 APPS FOR ENTERPRISE', Assigned: 8, Activated: 7, 'Shared Computer Activation': 0 }) },
    { run: 'tenant report office365activationsusercounts -p D7', error: "Unknown option '-p'" },
  ],
  'tenant report office365activationsuserdetail': [
    { run: 'tenant report office365activationsuserdetail', doc: 'tenant/report/report-office365activationsuserdetail', check: (rows) => expect(rows).toContainEqual(expect.objectContaining({ 'User Principal Name': UPN, Windows: 1, 'Activated On Shared Computer': 'False' })) },
    { run: 'tenant report office365activationsuserdetail --date 2024-01-01', error: "Unknown option '--date'" },
  ],
  'tenant report settings get': [
    { run: 'tenant report settings get', doc: 'tenant/report/report-settings-get', result: { displayConcealedNames: true } },
    { run: 'tenant report settings get --displayConcealedNames false', error: "Unknown option '--displayConcealedNames'" },
  ],
  'onedrive list': [
    {
      run: 'onedrive list',
      doc: 'onedrive/onedrive-list',
      check: (sites, run) => {
        const urls = (sites as { Url: string }[]).map((s) => s.Url);
        expect(urls).toHaveLength(8);
        expect(urls.every((url) => url.startsWith('https://contoso-my.sharepoint.com/personal/'))).toBe(true);
        expect((sites as object[]).find((s) => 'Owner' in s && s.Owner === UPN)).toMatchObject({ _ObjectType_: 'Microsoft.Online.SharePoint.TenantAdministration.SiteProperties', Template: 'SPSPERS#10', Url: 'https://contoso-my.sharepoint.com/personal/adelev_contoso_onmicrosoft_com' });
        // Four sites a page: two pages, the second from the start index SharePoint returned.
        expect(run.requests.filter((r) => r.host === 'contoso-admin.sharepoint.com').map((r) => r.path)).toEqual(Array(2).fill('/_vti_bin/client.svc/ProcessQuery'));
      },
    },
    { run: 'onedrive list --url https://contoso.sharepoint.com', error: "Unknown option '--url' for 'onedrive list'" },
  ],
  'planner plan list': [
    { run: `planner plan list --ownerGroupName ${MARKETING}`, doc: 'planner/plan/plan-list', check: (plans) => expect(titles(plans)).toEqual(['Product launch', 'Campaigns 2024']) },
    { run: 'planner plan list --rosterId RosterA1b2C3d4E5f6G7h8I9j0K1l2', check: (plans) => expect(plans).toMatchObject([{ title: 'Onboarding roster', container: { type: 'roster' } }]) },
    { run: 'planner plan list --ownerGroupName "No such group"', error: "The specified group 'No such group' does not exist." },
    { run: 'planner plan list', error: 'needs one of --ownerGroupId, --ownerGroupName, --rosterId' },
  ],
  'planner plan get': [
    { run: `planner plan get --title "product LAUNCH" --ownerGroupName ${MARKETING}`, doc: 'planner/plan/plan-get', result: { id: LAUNCH, title: 'Product launch', categoryDescriptions: { category1: 'Blocked' }, sharedWith: {} } },
    { run: 'planner plan get --id nosuchplan', error: "Planner plan with id 'nosuchplan' was not found." },
    { run: 'planner plan get --title "Product launch"', error: "Specify exactly one of the following options: 'ownerGroupId' or 'ownerGroupName'." },
  ],
  'planner bucket list': [
    { run: `planner bucket list --planTitle "Product launch" --ownerGroupName ${MARKETING}`, doc: 'planner/bucket/bucket-list', check: (b) => expect((b as { name: string }[]).map((x) => x.name)).toEqual(['To do', 'In progress', 'Done']) },
    { run: `planner bucket list --planId ${LAUNCH} --planTitle x`, error: 'accepts only one of --planId, --planTitle, --rosterId' },
  ],
  'planner task list': [
    { run: `planner task list --planId ${LAUNCH}`, doc: 'planner/task/task-list', check: (t) => expect(titles(t)).toEqual(['Write the press release', 'Book the venue', 'Design the landing page', 'Pick a name']) },
    { run: `planner task list --bucketName "In progress" --planTitle "Product launch" --ownerGroupName ${MARKETING}`, check: (t) => expect(t).toMatchObject([{ title: 'Design the landing page', percentComplete: 50, priority: 1 }]) },
    { run: 'planner task list', error: "the CLI lists the signed-in user's tasks, and app-only sign-in has no signed-in user" },
    { run: 'planner task list --rosterId RosterA1b2C3d4E5f6G7h8I9j0K1l2', error: "the CLI lists the signed-in user's tasks" },
  ],
  'planner task add': [
    {
      run: `planner task add --title "Order banners" --planTitle "Product launch" --ownerGroupName ${MARKETING} --bucketName "To do" --priority Urgent --appliedCategories "category1,Category3" --description "Two roll-ups" --previewType description`,
      doc: 'planner/task/task-add',
      check: (task) => {
        expect(task).toMatchObject({ title: 'Order banners', planId: LAUNCH, priority: 1, appliedCategories: { category1: true, category3: true }, description: 'Two roll-ups', previewType: 'description', hasDescription: true });
        expect(servicesOf(harness.emulator.state).planner.tasks.at(-1)).toMatchObject({ title: 'Order banners', description: 'Two roll-ups', version: 2 });
      },
    },
    {
      run: `planner task add --title "Brief the agency" --planId ${LAUNCH} --bucketName Done --assignedToUserNames "AlexW@contoso.onmicrosoft.com,pattif@contoso.onmicrosoft.com"`,
      check: (task) => expect(Object.keys((task as { assignments: object }).assignments)).toEqual([seedGuid('user:alexw@contoso.onmicrosoft.com'), seedGuid('user:pattif@contoso.onmicrosoft.com')]),
    },
    { run: `planner task add --title x --planId ${LAUNCH} --bucketName Done --assignedToUserNames nobody@contoso.onmicrosoft.com`, error: 'The following users provided are invalid : nobody@contoso.onmicrosoft.com' },
    { run: `planner task add --title x --planId ${LAUNCH} --bucketId nosuchbucket`, error: 'The bucket does not belong to the plan of the task.' },
    { run: `planner task add --title x --planId ${LAUNCH} --bucketName "To do" --percentComplete 120`, error: 'percentComplete should be between 0 and 100.' },
    { run: `planner task add --title x --planId ${LAUNCH}`, error: 'needs one of --bucketId, --bucketName' },
  ],
  'external connection list': [
    { run: 'external connection list', doc: 'external/connection/connection-list', check: (c) => expect(c).toContainEqual(expect.objectContaining({ id: 'contosotickets', state: 'ready', configuration: expect.objectContaining({ authorizedAppIds: expect.any(Array) }) })) },
    { run: 'search externalconnection list', check: (c) => expect(c).toHaveLength(2) },
    { run: 'external connection list --id x', error: "Unknown option '--id'" },
  ],
  'purview auditlog list': [
    {
      run: `purview auditlog list --contentType SharePoint --startTime ${hoursAgo(30)}`,
      doc: 'purview/auditlog/auditlog-list',
      check: (records, run) => {
        const times = (records as { CreationTime: string; Workload: string }[]).map((r) => r.CreationTime);
        expect(times.length).toBe(8);
        expect([...times].sort()).toEqual(times);
        expect(run.requests.filter((r) => r.path.endsWith('/subscriptions/content')).length).toBeGreaterThan(2);
      },
    },
    {
      // Not subscribed yet: the command starts the subscription first, as the CLI does.
      run: 'purview auditlog list --contentType Exchange',
      check: (records, run) => {
        expect((records as { Workload: string }[]).every((r) => r.Workload === 'Exchange')).toBe(true);
        expect(run.requests.map((r) => `${r.method} ${r.path.split('/').slice(-2).join('/')}`)).toContain('POST subscriptions/start');
        expect(servicesOf(harness.emulator.state).activityFeed.subscriptions).toContainEqual({ contentType: 'Audit.Exchange', status: 'enabled' });
      },
    },
    { run: `purview auditlog list --contentType General --startTime ${hoursAgo(24 * 9)}`, error: 'startTime value cannot be more than 7 days in the past.' },
    { run: 'purview auditlog list --contentType Teams', error: "is 'Teams', which is not allowed" },
  ],
};

beforeAll(async () => {
  harness = await startHarness();
  // Assigning tasks by UPN reads users: the demo app gets User.Read.All on Graph for these rows.
  grantRoles(harness.emulator.state, DEMO_APP_ID, 'graph', [...(DEMO_APP_ROLES.graph ?? []), 'User.Read.All']);
  writeFileSync(join(harness.cwd, 'notes.txt'), 'release notes');
});

afterAll(() => harness.close());

describeRows(ROWS, () => harness);

describe('the table', () => {
  it('has a success row and a failure row for every command of these areas', () => {
    const areas = ['outlook', 'tenant', 'onedrive', 'planner', 'external', 'purview'];
    const mine = catalogue.filter((c) => areas.includes(c.name.split(' ')[0]));
    expect(mine.map((c) => c.name).sort()).toEqual(Object.keys(ROWS).sort());
    for (const command of mine) {
      expect(ROWS[command.name].some((r) => r.error === undefined), `${command.name}: a success row`).toBe(true);
      expect(ROWS[command.name].some((r) => r.error !== undefined), `${command.name}: a failure row`).toBe(true);
    }
  });
});

describe('usage report CSV', () => {
  it('reads quoted fields with commas, quotes and line breaks, and drops the byte order mark and empty lines', () => {
    expect(parseCsv('\uFEFFa,b\r\n"x, y","say ""hi"""\r\n\r\n"two\nlines",z\n'.replace(/^\uFEFF/, ''))).toEqual([['a', 'b'], ['x, y', 'say "hi"'], ['two\nlines', 'z']]);
    expect(csvToObjects('\uFEFFName , Count\r\n Adele ,7\r\n', 'text')).toEqual([{ Name: 'Adele', Count: '7' }]);
    expect(csvToObjects('Name,Count,Ratio\r\nAdele,7,0.5\r\n', 'typed')).toEqual([{ Name: 'Adele', Count: 7, Ratio: 0.5 }]);
    expect(csvToObjects('\uFEFFName,Count\r\n', 'text')).toEqual([]);
    expect(csvToObjects('', 'text')).toEqual([]);
  });
});

describe('onedrive list', () => {
  it('asks page after page from the start index SharePoint returns, and reports a CSOM error', async () => {
    const { onedriveList } = await import('../src/commands/onedrive/list.js');
    const url = 'POST https://contoso-admin.sharepoint.com/_vti_bin/client.svc/ProcessQuery';
    const pages = [
      [{ ErrorInfo: null }, 5, { NextStartIndexFromSharePoint: '2', _Child_Items_: [{ Url: 'a' }, { Url: 'b' }] }],
      [{ ErrorInfo: null }, 5, { NextStartIndexFromSharePoint: null, _Child_Items_: [{ Url: 'c' }] }],
    ];
    const calls: string[] = [];
    const api = new FakeApi({});
    api.request = async <T,>(request: Parameters<FakeApi['request']>[0]) => {
      calls.push(String(request.body).match(/Name="StartIndex" Type="String">(\d+)</)?.[1] ?? '');
      expect(`${request.method} ${request.url}`).toBe(url);
      return { status: 200, headers: {}, body: pages[calls.length - 1] as T };
    };
    expect(await onedriveList.run(testContext(api), {})).toEqual([{ Url: 'a' }, { Url: 'b' }, { Url: 'c' }]);
    expect(calls).toEqual(['0', '2']);
    const failing = new FakeApi({ [url]: [{ ErrorInfo: { ErrorMessage: 'Access denied.' } }] });
    await expect(onedriveList.run(testContext(failing), {})).rejects.toThrow('Access denied.');
  });
});

describe('planner task add', () => {
  it('assigns users named by UPN, and names every unknown one like the CLI', async () => {
    const graph = 'https://graph.microsoft.com/v1.0';
    const users = (upn: string) => `GET ${graph}/users?$select=id,userPrincipalName&$filter=userPrincipalName eq '${encodeURIComponent(upn)}'`;
    const api = new FakeApi({
      [users('adele@contoso.com')]: { value: [{ id: 'u1', userPrincipalName: 'Adele@contoso.com' }] },
      [users('ghost@contoso.com')]: { value: [] },
      [`POST ${graph}/planner/tasks`]: { id: 't1', title: 'x' },
    });
    const run = (names: string) => plannerTaskAdd.run(testContext(api), { title: 'x', planId: 'p1', bucketId: 'b1', assignedToUserNames: names });
    expect(await run('adele@contoso.com')).toEqual({ id: 't1', title: 'x' });
    expect(api.calls.at(-1)?.body).toMatchObject({ planId: 'p1', bucketId: 'b1', assignments: { u1: { '@odata.type': '#microsoft.graph.plannerAssignment', orderHint: ' !' } } });
    await expect(run('adele@contoso.com,ghost@contoso.com')).rejects.toThrow('Cannot proceed with planner task creation. The following users provided are invalid : ghost@contoso.com');
  });
});
