/**
 * The site configuration commands (property bag, custom actions), table-driven like commands.test.ts: each row a
 * command line as a user would paste it (several lines run as one plan, the last one's outcome checked), planned and
 * run in-process against the emulator over real sockets, naming the CLI documentation page whose `--output json` shape
 * it follows.
 */
import { afterAll, beforeAll, expect } from 'vitest';
import { opensInNewWindow } from '../emulator/routes/sharepoint/navigation.js';
import { ROOT, startHarness, type Harness } from './helpers/harness.js';
import { describeRows, type Row } from './helpers/table.js';

const OPS = `${ROOT}/sites/ops`;
/** Allows custom script on the site first: SharePoint denies property bag writes on NoScript sites. */
const SCRIPTABLE = `spo site set --url ${OPS} --noScriptSite false`;

const CATALOG = `${ROOT}/sites/appcatalog`;
const MARKETING = `${ROOT}/sites/marketing`;
const EXPORT = '6a1c2e3f-7b8d-4e9f-a0b1-c2d3e4f5a6b7';
const BANNER = 'b41916e7-e69d-467f-b37f-ff8ecf8f99f2';
const FOOTER = '0f2ac8a4-5b3c-4d1e-8f7a-6b5c4d3e2f1a';

type Json = Record<string, unknown>;
const items = (result: unknown): Json[] => result as Json[];

let harness: Harness;

const ROWS: Record<string, readonly Row[]> = {
  'spo propertybag list': [
    {
      run: `spo propertybag list --webUrl ${OPS}`,
      doc: 'spo/propertybag/propertybag-list',
      check: (bag) => {
        expect(items(bag)).toContainEqual({ key: 'vti_folderitemcount', value: 0 });
        expect(items(bag)).toContainEqual({ key: 'vti_defaultlanguage', value: 'en-us' });
        expect(items(bag).map((p) => p.key)).not.toContain('_ObjectType_');
      },
    },
    {
      run: [SCRIPTABLE, `spo propertybag set -u ${OPS} --folder "Shared Documents" -k retention -v 7y`, `spo propertybag list -u ${OPS} --folder "/sites/ops/Shared Documents"`],
      check: (bag) => {
        expect(items(bag)).toContainEqual({ key: 'retention', value: '7y' });
        expect(items(bag).find((p) => p.key === 'vti_folderitemcount')?.value).toEqual(expect.any(Number));
      },
    },
    { run: `spo propertybag list -u ${OPS} --folder "No such folder"`, error: 'File Not Found.' },
    { run: 'spo propertybag list', error: 'webUrl' },
  ],
  'spo propertybag set': [
    {
      run: [SCRIPTABLE, `spo propertybag set -u ${OPS} -k "pipeline:stage" -v "prod & <test>"`, `spo propertybag get -u ${OPS} -k "pipeline:stage"`],
      doc: 'spo/propertybag/propertybag-set',
      result: 'prod & <test>',
    },
    { run: `spo propertybag set -u ${ROOT}/sites/marketing -k a -v b`, error: 'Access denied. You do not have permission to perform this action or access this resource. If the site has NoScript enabled' },
    { run: `spo propertybag set -u ${OPS} -k a`, error: 'value' },
  ],
  'spo propertybag get': [
    { run: [SCRIPTABLE, `spo propertybag set -u ${OPS} -k enabled -v true`, `spo propertybag get -u ${OPS} -k enabled`], doc: 'spo/propertybag/propertybag-get', check: (value) => expect(value).toBe(true) },
    { run: `spo propertybag get -u ${OPS} -k missing`, result: undefined },
    { run: `spo propertybag get -u ${OPS} -k retention`, result: undefined },
    { run: `spo propertybag get -u ${OPS} -k retention --folder "Shared Documents"`, result: '7y' },
    { run: `spo propertybag get -u ${OPS}`, error: 'key' },
  ],
  'spo propertybag remove': [
    {
      run: [SCRIPTABLE, `spo propertybag set -u ${OPS} -k temp -v 1`, `spo propertybag remove -u ${OPS} -k temp -f`, `spo propertybag list -u ${OPS}`],
      doc: 'spo/propertybag/propertybag-remove',
      check: (bag) => expect(items(bag).map((p) => p.key)).not.toContain('temp'),
    },
    { run: `spo propertybag remove -u ${ROOT}/sites/marketing -k vti_defaultlanguage -f`, error: 'Access denied.' },
  ],
  'spo customaction add': [
    {
      run: [
        `spo customaction add -u ${OPS} -n Banner -t "Banner" -l ClientSideExtension.ApplicationCustomizer -c ${BANNER} -p '{"message":"Hi"}' --rights AddListItems,ManageWeb --sequence 10`,
        `spo customaction get -u ${OPS} -t Banner`,
      ],
      doc: 'spo/customaction/customaction-add',
      result: { Name: 'Banner', Location: 'ClientSideExtension.ApplicationCustomizer', ClientSideComponentId: BANNER, ClientSideComponentProperties: '{"message":"Hi"}', Scope: 'Web', Sequence: 10, Rights: '{"High":"0","Low":"1073741826"}' },
    },
    { run: `spo customaction add -u ${OPS} -n Js -t Js -l ScriptLink`, error: 'Option scriptSrc or scriptBlock is required when the location is set to ScriptLink' },
    { run: `spo customaction add -u ${OPS} -n X -t X -l ScriptLink --scriptSrc ~site/a.js --scriptBlock "alert(1)"`, error: 'Either option scriptSrc or scriptBlock can be specified, but not both' },
    { run: `spo customaction add -u ${OPS} -n X -t X -l CommandUI.Ribbon --rights manageweb`, error: "Rights option 'manageweb' is not recognized as valid PermissionKind choice" },
    { run: `spo customaction add -u ${ROOT}/sites/marketing -n Js -t Js -l ScriptLink --scriptSrc ~site/a.js`, error: 'Access denied.' },
  ],
  'spo customaction get': [
    {
      run: [`spo customaction add -u ${OPS} -n Footer -t Footer -l ClientSideExtension.ApplicationCustomizer -c ${FOOTER} -s Site`, `spo customaction get -u ${OPS} -c ${FOOTER}`],
      doc: 'spo/customaction/customaction-get',
      result: { Title: 'Footer', Scope: 'Site', ClientSideComponentId: FOOTER, Rights: '{"High":"0","Low":"0"}' },
    },
    { run: `spo customaction get -u ${OPS} -t Footer -s Web`, error: "No user custom action with title 'Footer' found" },
    { run: `spo customaction get -u ${OPS} -i 0b1e5a3c-4f6d-4c2a-9d8e-7f6a5b4c3d2e`, error: "No user custom action with id '0b1e5a3c-4f6d-4c2a-9d8e-7f6a5b4c3d2e' found" },
    { run: `spo customaction get -u ${OPS}`, error: 'needs one of --id, --title, --clientSideComponentId' },
  ],
  'spo customaction list': [
    {
      run: `spo customaction list -u ${OPS} --output json`,
      doc: 'spo/customaction/customaction-list',
      check: (list) => {
        expect(items(list).map((a) => [a.Title, a.Scope])).toEqual([['Footer', 2], ['Banner', 3]]);
        expect(items(list)[0]).toMatchObject({ Location: 'ClientSideExtension.ApplicationCustomizer', VersionOfUserCustomAction: '16.0.1.0' });
      },
    },
    { run: `spo customaction list -u ${OPS} -s Web`, check: (list) => expect(items(list).map((a) => a.Title)).toEqual(['Banner']) },
    { run: `spo customaction list -u ${OPS} -s Tenant`, error: "is 'Tenant', which is not allowed" },
  ],
  'spo customaction remove': [
    {
      run: [`spo customaction remove -u ${OPS} -t Footer -f`, `spo customaction list -u ${OPS}`],
      doc: 'spo/customaction/customaction-remove',
      check: (list) => expect(items(list).map((a) => a.Title)).toEqual(['Banner']),
    },
    { run: `spo customaction remove -u ${OPS} -t Footer -f`, error: "No user custom action with title 'Footer' found" },
    { run: `spo customaction remove -u ${OPS} -i ${BANNER} -t Banner -f`, error: 'one of --id, --title' },
  ],
  'spo storageentity set': [
    {
      run: [`spo storageentity set -u ${CATALOG} -k AnalyticsId -v "123 & <456>" -d "Web analytics ID" -c "No change without approval"`, 'spo storageentity get -k AnalyticsId'],
      doc: 'spo/storageentity/storageentity-set',
      result: { Key: 'AnalyticsId', Value: '123 & <456>', Description: 'Web analytics ID', Comment: 'No change without approval' },
    },
    { run: `spo storageentity set -u ${OPS} -k AnalyticsId -v 1`, error: 'Access denied.' },
    { run: `spo storageentity set -u ${CATALOG} -k AnalyticsId`, error: 'value' },
  ],
  'spo storageentity get': [
    { run: [`spo storageentity set -u ${CATALOG} -k Region -v EU`, 'spo storageentity get -k Region'], doc: 'spo/storageentity/storageentity-get', result: { Key: 'Region', Value: 'EU', Description: '', Comment: '' } },
    { run: "spo storageentity get -k Nope", result: undefined },
    { run: 'spo storageentity get', error: 'key' },
  ],
  'spo storageentity list': [
    {
      run: `spo storageentity list -u ${CATALOG}`,
      doc: 'spo/storageentity/storageentity-list',
      check: (list) => expect(items(list).map((e) => e.Key)).toEqual(['AnalyticsId', 'Region']),
    },
    { run: `spo storageentity list -u ${OPS}`, result: undefined },
    { run: 'spo storageentity list', error: 'appCatalogUrl' },
  ],
  'spo storageentity remove': [
    {
      run: [`spo storageentity remove -u ${CATALOG} -k Region -f`, `spo storageentity list -u ${CATALOG}`],
      doc: 'spo/storageentity/storageentity-remove',
      check: (list) => expect(items(list)).toEqual([{ Key: 'AnalyticsId', Value: '123 & <456>', Description: 'Web analytics ID', Comment: 'No change without approval' }]),
    },
    { run: `spo storageentity remove -u ${OPS} -k Region -f`, error: 'Access denied.' },
  ],
  'spo applicationcustomizer add': [
    {
      run: [`spo applicationcustomizer add -t "Cookie banner" -u ${MARKETING} -i ${BANNER} --clientSideComponentProperties '{"text":"We use cookies"}'`, `spo applicationcustomizer list -u ${MARKETING} -s Site`],
      doc: 'spo/applicationcustomizer/applicationcustomizer-add',
      check: (list) => expect(items(list)).toMatchObject([{ Title: 'Cookie banner', Name: 'Cookie banner', Scope: 2, ClientSideComponentId: BANNER, ClientSideComponentProperties: '{"text":"We use cookies"}', HostProperties: '' }]),
    },
    { run: `spo applicationcustomizer add -t X -u ${MARKETING} -i not-a-guid`, error: 'clientSideComponentId' },
    { run: `spo applicationcustomizer add -t X -u ${MARKETING} -i ${BANNER} -s All`, error: "is 'All', which is not allowed" },
  ],
  'spo applicationcustomizer list': [
    {
      run: [`spo applicationcustomizer add -t Footer -u ${MARKETING} -i ${FOOTER} -s Web`, `spo customaction add -u ${MARKETING} -n Other -t Other -l CommandUI.Ribbon`, `spo applicationcustomizer list -u ${MARKETING}`],
      doc: 'spo/applicationcustomizer/applicationcustomizer-list',
      check: (list) => expect(items(list).map((a) => [a.Title, a.Scope])).toEqual([['Cookie banner', 2], ['Footer', 3]]),
    },
    { run: `spo applicationcustomizer list -u ${MARKETING} -s Tenant`, error: "is 'Tenant', which is not allowed" },
  ],
  'spo applicationcustomizer remove': [
    {
      run: [`spo applicationcustomizer remove -u ${MARKETING} -c ${BANNER} -f`, `spo applicationcustomizer list -u ${MARKETING}`],
      doc: 'spo/applicationcustomizer/applicationcustomizer-remove',
      check: (list) => expect(items(list).map((a) => a.Title)).toEqual(['Footer']),
    },
    { run: `spo applicationcustomizer remove -u ${MARKETING} -t Other -f`, error: "No application customizer with title 'Other' found" },
    { run: `spo applicationcustomizer remove -u ${MARKETING} -f`, error: 'needs one of --title, --id, --clientSideComponentId' },
  ],
  'spo commandset add': [
    {
      run: `spo commandset add -t "Export" -u ${MARKETING} -l Library -i ${EXPORT} --location Both --clientSideComponentProperties '{"format":"csv"}'`,
      doc: 'spo/commandset/commandset-add',
      result: { Title: 'Export', Location: 'ClientSideExtension.ListViewCommandSet', RegistrationId: '101', RegistrationType: 1, Scope: 3, ClientSideComponentId: EXPORT, ClientSideComponentProperties: '{"format":"csv"}' },
    },
    { run: `spo commandset add -t Export -u ${MARKETING} -l Calendar -i ${EXPORT}`, error: "is 'Calendar', which is not allowed" },
    { run: `spo commandset add -t Export -u ${MARKETING} -i ${EXPORT}`, error: 'listType' },
  ],
  'spo commandset list': [
    {
      run: [`spo commandset add -t Archive -u ${MARKETING} -l List -i ${FOOTER} -s Site --location ContextMenu`, `spo commandset list -u ${MARKETING}`],
      doc: 'spo/commandset/commandset-list',
      check: (list) => expect(items(list).map((a) => [a.Title, a.Location, a.Scope])).toEqual([['Archive', 'ClientSideExtension.ListViewCommandSet.ContextMenu', 2], ['Export', 'ClientSideExtension.ListViewCommandSet', 3]]),
    },
    { run: `spo commandset list -u ${MARKETING} -s Web`, check: (list) => expect(items(list).map((a) => a.Title)).toEqual(['Export']) },
    { run: 'spo commandset list', error: 'webUrl' },
  ],
  'spo navigation node add': [
    {
      run: `spo navigation node add -u ${OPS} -l QuickLaunch -t "Runbook" --url /sites/ops/SitePages/Runbook.aspx`,
      doc: 'spo/navigation/navigation-node-add',
      result: { Title: 'Runbook', Url: '/sites/ops/SitePages/Runbook.aspx', IsExternal: false, IsVisible: true, CurrentLCID: 1033, ListTemplateType: 0 },
    },
    {
      run: `spo navigation node add -u ${OPS} -l TopNavigationBar -t Status --url https://status.contoso.com --isExternal --openInNewWindow --audienceIds ${BANNER}`,
      check: (node) => {
        expect(node).toMatchObject({ Title: 'Status', IsExternal: true, AudienceIds: [BANNER] });
        const web = harness.emulator.state.sites.find((site) => site.Url === OPS)?.rootWeb;
        expect(web && opensInNewWindow(web, Number((node as Json).Id))).toBe(true);
      },
    },
    { run: `spo navigation node add -u ${OPS} --parentNodeId 9999 -t Child`, error: 'Value does not fall within the expected range.' },
    { run: `spo navigation node add -u ${OPS} -l QuickLaunch --parentNodeId 1025 -t Child`, error: 'accepts only one of --location, --parentNodeId' },
    { run: `spo navigation node add -u ${OPS} -l QuickLaunch -t X --audienceIds nope`, error: "The following GUIDs are invalid for the option 'audienceIds': nope." },
  ],
  'spo navigation node list': [
    {
      run: [`spo navigation node add -u ${OPS} --parentNodeId 1025 -t "On call"`, `spo navigation node list -u ${OPS} -l QuickLaunch`],
      doc: 'spo/navigation/navigation-node-list',
      check: (nodes) => {
        expect(items(nodes).map((n) => n.Title)).toEqual(['Home', 'Documents', 'Runbook']);
        expect(items(nodes)[0].Children).toMatchObject([{ Title: 'On call', Url: 'http://linkless.header/', Children: [] }]);
      },
    },
    { run: `spo navigation node list -u ${OPS} -l Footer`, error: "is 'Footer', which is not allowed" },
    { run: `spo navigation node list -u ${OPS}`, error: 'location' },
  ],
};

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(() => harness.close());

describeRows(ROWS, () => harness);
