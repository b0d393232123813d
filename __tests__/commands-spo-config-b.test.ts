/**
 * The tenant configuration commands (site scripts and designs, themes, content types, site groups and users, CDN,
 * tenant settings), table-driven like commands.test.ts: each row a command line as a user would paste it, planned and
 * run in-process against the emulator over real sockets, naming the CLI documentation page whose `--output json` shape
 * it follows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogue } from '../src/commands/registry.js';
import { ROOT, startHarness, type Harness } from './helpers/harness.js';
import { describeRows, type Row } from './helpers/table.js';

const OPS = `${ROOT}/sites/ops`;
const SCRIPT = `'{"actions":[{"verb":"createSPList","listName":"Customers","templateType":100},{"verb":"applyTheme","themeName":"Contoso"}],"version":1}'`;
const PALETTE = {
  themePrimary: '#d81e05', themeLighterAlt: '#fdf5f4', themeLighter: '#f9d6d2', themeLight: '#f4b4ac', themeTertiary: '#e87060', themeSecondary: '#dd351e',
  themeDarkAlt: '#c31a04', themeDark: '#a51603', themeDarker: '#791002', neutralLighterAlt: '#eeeeee', neutralLighter: '#f5f5f5', neutralLight: '#e1e1e1',
  neutralQuaternaryAlt: '#d1d1d1', neutralQuaternary: '#c8c8c8', neutralTertiaryAlt: '#c0c0c0', neutralTertiary: '#c2c2c2', neutralSecondary: '#858585',
  neutralPrimaryAlt: '#4b4b4b', neutralPrimary: '#333333', neutralDark: '#272727', black: '#1d1d1d', white: '#f5f5f5',
};
const THEME = `'${JSON.stringify(PALETTE)}'`;
const MISSING = '0b1a5a2e-6c5e-4a4b-9c55-1f0d7e8b7a11';

type Json = Record<string, unknown>;
const items = (result: unknown): Json[] => result as Json[];

let harness: Harness;

const ROWS: Record<string, readonly Row[]> = {
  'spo sitescript add': [
    {
      run: `spo sitescript add --title "Contoso lists" --description "Adds the customer list" --content ${SCRIPT}`,
      doc: 'spo/sitescript/sitescript-add',
      check: (s) => expect(s).toEqual({ Content: null, ContentByteArray: null, Description: 'Adds the customer list', Id: expect.stringMatching(/^[0-9a-f-]{36}$/), IsSiteScriptPackage: false, Title: 'Contoso lists', Version: 1 }),
    },
    { run: `spo sitescript add -t "Bob's script" -c '{"actions":[]}'`, result: { Title: "Bob's script", Description: '' } },
    { run: `spo sitescript add -t Broken -c '{"verb":"x"}'`, error: "needs an 'actions' array" },
    { run: `spo sitescript add -t Broken -c '{not json'`, error: 'content' },
  ],
  'spo sitescript list': [
    { run: 'spo sitescript list', doc: 'spo/sitescript/sitescript-list', check: (list) => expect(items(list).map((s) => s.Title)).toEqual(['Contoso lists', "Bob's script"]) },
    { run: 'spo sitescript list --title x', error: 'title' },
  ],
  'spo sitedesign add': [
    {
      run: [{ id: 's', run: `spo sitescript add -t Customers -c ${SCRIPT}` }, 'spo sitedesign add --title "Contoso team site" --webTemplate TeamSite --siteScripts "{{ s.Id }}" -d "Team site with customers"'],
      doc: 'spo/sitedesign/sitedesign-add',
      check: (d) => expect(d).toMatchObject({ Title: 'Contoso team site', WebTemplate: '64', Description: 'Team site with customers', IsDefault: false, SiteScriptIds: [expect.stringMatching(/^[0-9a-f-]{36}$/)], Version: 1 }),
    },
    { run: [{ id: 's', run: `spo sitescript add -t Comms -c ${SCRIPT}` }, 'spo sitedesign add -t Comms -w CommunicationSite -s "{{ s.Id }}" --isDefault'], result: { WebTemplate: '68', IsDefault: true } },
    { run: `spo sitedesign add -t X -w TeamSite -s ${MISSING}`, error: `Cannot find site script with ID: ${MISSING}` },
    { run: 'spo sitedesign add -t X -w TeamSite -s not-a-guid', error: 'not-a-guid is not a valid GUID' },
    { run: `spo sitedesign add -t X -w Wiki -s ${MISSING}`, error: "is 'Wiki', which is not allowed" },
  ],
  'spo sitedesign list': [
    { run: 'spo sitedesign list', doc: 'spo/sitedesign/sitedesign-list', check: (list) => expect(items(list).map((d) => [d.Title, d.WebTemplate])).toEqual([['Contoso team site', '64'], ['Comms', '68']]) },
    { run: 'spo sitedesign list --id x', error: 'id' },
  ],
  'spo sitedesign apply': [
    {
      run: [{ id: 'd', run: 'spo sitedesign list' }, `spo sitedesign apply --id "{{ d[0].Id }}" --webUrl ${OPS}`],
      doc: 'spo/sitedesign/sitedesign-apply',
      check: (outcomes) =>
        expect(outcomes).toEqual([
          { ErrorCode: 0, Outcome: '0', OutcomeText: null, Target: null, TargetId: null, Title: 'Create or update list Customers' },
          { ErrorCode: 0, Outcome: '0', OutcomeText: null, Target: null, TargetId: null, Title: 'Apply theme Contoso' },
        ]),
    },
    { run: [{ id: 'd', run: 'spo sitedesign list' }, `spo sitedesign apply -i "{{ d[1].Id }}" -u ${OPS} --asTask`], result: { SiteDesignStore: 0, SiteID: expect.stringMatching(/^[0-9a-f-]{36}$/) } },
    { run: `spo sitedesign apply -i ${MISSING} -u ${OPS}`, error: `Cannot find site design with ID: ${MISSING}` },
    { run: `spo sitedesign apply -i nope -u ${OPS}`, error: 'nope' },
  ],
  'spo theme set': [
    {
      run: [`spo theme set --name Contoso-Red --theme ${THEME}`, 'spo theme list'],
      doc: 'spo/theme/theme-set',
      check: (list) => expect(items(list)).toEqual([{ name: 'Contoso-Red', themeJson: JSON.stringify({ isInverted: false, name: 'Contoso-Red', palette: PALETTE }) }]),
    },
    {
      run: [`spo theme set -n contoso-red -t ${THEME} --isInverted`, 'spo theme list'],
      check: (list) => expect(items(list).map((t) => [t.name, JSON.parse(String(t.themeJson)).isInverted])).toEqual([['Contoso-Red', true]]),
    },
    { run: `spo theme set -n Broken -t '{"themePrimary":"#fff"}'`, error: 'The specified theme is not valid: it lacks themeLighterAlt' },
    { run: `spo theme set -n Broken -t '${JSON.stringify({ ...PALETTE, white: 'white' })}'`, error: 'white must be a colour like #0078d4' },
  ],
  'spo theme list': [
    { run: [`spo theme set -n Contoso-Blue -t ${THEME}`, 'spo theme list'], doc: 'spo/theme/theme-list', check: (list) => expect(items(list).map((t) => t.name)).toEqual(['Contoso-Red', 'Contoso-Blue']) },
    { run: 'spo theme list --name x', error: 'name' },
  ],
  'spo theme apply': [
    { run: `spo theme apply --name Contoso-Blue --webUrl ${OPS}`, doc: 'spo/theme/theme-apply', result: true },
    { run: `spo theme apply -n "Dark Blue" -u ${OPS} --sharePointTheme`, result: true },
    { run: `spo theme apply -n Nope -u ${OPS}`, error: "The theme 'Nope' is not a theme of the tenant." },
    { run: `spo theme apply -n Pink -u ${OPS} --sharePointTheme`, error: 'Pink is not a valid SharePoint theme' },
  ],
  'spo contenttype add': [
    {
      run: `spo contenttype add --webUrl ${OPS} --name "PnP Alert" --id 0x01007926A45D687BA842B947286090B8F67D --group "PnP Content Types" --description "An alert"`,
      doc: 'spo/contenttype/contenttype-add',
      result: { Name: 'PnP Alert', Group: 'PnP Content Types', Description: 'An alert', Id: { StringValue: '0x01007926A45D687BA842B947286090B8F67D' }, StringId: '0x01007926A45D687BA842B947286090B8F67D', Scope: '/sites/ops', Hidden: false },
    },
    { run: `spo contenttype add -u ${OPS} -n "Contract" -i 0x0101009D1CB255DA76424F860D91F20E6C4118`, result: { Name: 'Contract', Group: 'Custom Content Types', Description: '' } },
    { run: `spo contenttype add -u ${OPS} -n "Copy" -i 0x01007926A45D687BA842B947286090B8F67D`, error: 'A duplicate content type was found.' },
    { run: `spo contenttype add -u ${OPS} -n Orphan -i 0x0199AA`, error: 'The parent content type of the specified content type identifier does not exist.' },
    { run: `spo contenttype add -u ${OPS} -n Bad -i 12345`, error: "'12345' is not a content type ID" },
    { run: `spo contenttype add -u ${OPS} -l Releases -n X -i 0x0100AA`, error: 'List content types (--listTitle, --listId, --listUrl) are not supported yet' },
  ],
  'spo contenttype list': [
    {
      run: `spo contenttype list --webUrl ${OPS} --category "PnP Content Types"`,
      doc: 'spo/contenttype/contenttype-list',
      check: (list) => expect(items(list).map((t) => [t.Name, (t.Parent as Json).Name])).toEqual([['PnP Alert', 'Item']]),
    },
    { run: `spo contenttype list -u ${OPS}`, check: (list) => expect(items(list).map((t) => t.Name)).toEqual(expect.arrayContaining(['Item', 'Document', 'Folder', 'PnP Alert', 'Contract'])) },
    { run: `spo contenttype list -u ${OPS} -c "Nobody's group"`, check: (list) => expect(list).toEqual([]) },
    { run: 'spo contenttype list -c x', error: "Missing required option '--webUrl'" },
  ],
  'spo group list': [
    {
      run: `spo group list --webUrl ${OPS}`,
      doc: 'spo/group/group-list',
      check: (list) => expect(items(list).map((g) => [g.Id, g.Title, g.PrincipalType])).toEqual([[3, 'Operations Owners', 8], [4, 'Operations Visitors', 8], [5, 'Operations Members', 8]]),
    },
    {
      run: `spo group list -u ${OPS} --associatedGroupsOnly`,
      check: (groups) => expect(Object.fromEntries(Object.entries(groups as Json).map(([k, g]) => [k, (g as Json).Title]))).toEqual({ AssociatedOwnerGroup: 'Operations Owners', AssociatedMemberGroup: 'Operations Members', AssociatedVisitorGroup: 'Operations Visitors' }),
    },
    { run: `spo group list -u ${ROOT}/sites/ops --associatedGroupsOnly true --name x`, error: 'name' },
  ],
  'spo user list': [
    {
      run: [`spo site add --type CommunicationSite --url ${ROOT}/sites/people --title People --owners megan@contoso.onmicrosoft.com`, `spo user list --webUrl ${ROOT}/sites/people`],
      doc: 'spo/user/user-list',
      check: (users) =>
        expect(items(users).map((u) => [u.LoginName, u.PrincipalType, u.IsSiteAdmin])).toEqual([
          ['SHAREPOINT\\system', 1, false],
          [expect.stringMatching(/^c:0-\.f\|rolemanager\|spo-grid-all-users\//), 4, false],
          ['i:0#.f|membership|megan@contoso.onmicrosoft.com', 1, true],
        ]),
    },
    { run: 'spo user list --webUrl https://contoso.sharepoint.com/sites/ops --top 3', error: 'top' },
  ],
  'spo cdn get': [
    { run: 'spo cdn get', doc: 'spo/cdn/cdn-get', result: false },
    { run: ['spo cdn set --enabled true --type Private --noDefaultOrigins', 'spo cdn get --type Private'], result: true },
    { run: 'spo cdn get --type Secret', error: "is 'Secret', which is not allowed" },
  ],
  'spo cdn set': [
    { run: ['spo cdn set --enabled true', 'spo cdn origin list'], doc: 'spo/cdn/cdn-set', result: ['*/MASTERPAGE', '*/STYLE LIBRARY', '*/CLIENTSIDEASSETS'] },
    { run: ['spo cdn set -e false -t Both', 'spo cdn get -t Public'], result: false },
    { run: ['spo cdn set -e true -t Both', 'spo cdn origin list -t Private'], result: ['*/USERPHOTO', '*/SITEASSETS', '*/CLIENTSIDEASSETS'] },
    { run: 'spo cdn set -e yes', error: "is 'yes', which is not allowed" },
    { run: 'spo cdn set -t Public', error: "Missing required option '--enabled'" },
  ],
  'spo cdn origin add': [
    { run: ['spo cdn origin add --origin "*/CDN" --type Public', 'spo cdn origin list'], doc: 'spo/cdn/cdn-origin-add', check: (list) => expect(list).toEqual(['*/MASTERPAGE', '*/STYLE LIBRARY', '*/CLIENTSIDEASSETS', '*/CDN']) },
    { run: 'spo cdn origin add -r "*/cdn"', error: "The origin '*/cdn' already exists." },
    { run: 'spo cdn origin add -r "sites/a/*/b"', error: "The origin 'sites/a/*/b' is not valid." },
  ],
  'spo cdn origin list': [
    { run: 'spo cdn origin list --type Private', doc: 'spo/cdn/cdn-origin-list', result: ['*/USERPHOTO', '*/SITEASSETS', '*/CLIENTSIDEASSETS'] },
    { run: 'spo cdn origin list --type Both', error: "is 'Both', which is not allowed" },
  ],
  'spo tenant settings list': [
    {
      run: 'spo tenant settings list',
      doc: 'spo/tenant/tenant-settings-list',
      check: (settings) => {
        expect(settings).toMatchObject({ SharingCapability: 'Disabled', DefaultSharingLinkType: 'Internal', ConditionalAccessPolicy: 'AllowFullAccess', HideDefaultThemes: false, OneDriveStorageQuota: 1048576, CompatibilityRange: '15,15' });
        expect(settings).not.toHaveProperty('_ObjectType_');
      },
    },
    { run: 'spo tenant settings list --SharingCapability Disabled', error: 'SharingCapability' },
  ],
  'spo tenant settings set': [
    {
      run: [
        'spo tenant settings set --SharingCapability ExternalUserSharingOnly --HideDefaultThemes true --OneDriveStorageQuota 2048 --OrgNewsSiteUrl "https://contoso.sharepoint.com/sites/news" --MinCompatibilityLevel 14',
        'spo tenant settings list',
      ],
      doc: 'spo/tenant/tenant-settings-set',
      result: { SharingCapability: 'ExternalUserSharingOnly', HideDefaultThemes: true, OneDriveStorageQuota: 2048, OrgNewsSiteUrl: 'https://contoso.sharepoint.com/sites/news', CompatibilityRange: '14,15' },
    },
    {
      run: ['spo tenant settings set --DisabledWebPartIds "c70391ea-0b10-4ee9-b2b4-006d3fcad0cd, 71c19a43-d08c-4293-9a5d-8a1cc5e8c7d5" --ExcludedFileExtensionsForSyncClient "exe,dll"', 'spo tenant settings list'],
      result: { DisabledWebPartIds: ['c70391ea-0b10-4ee9-b2b4-006d3fcad0cd', '71c19a43-d08c-4293-9a5d-8a1cc5e8c7d5'], ExcludedFileExtensionsForSyncClient: ['exe', 'dll'] },
    },
    { run: 'spo tenant settings set', error: 'needs one of its setting options' },
    { run: 'spo tenant settings set --SharingCapability Everyone', error: "is 'Everyone', which is not allowed" },
    { run: 'spo tenant settings set --DisabledWebPartIds nope', error: "'nope' is not a GUID" },
    { run: 'spo tenant settings set --MinCompatibilityLevel 13', error: "The value '13' of MinCompatibilityLevel is not valid" },
  ],
};

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(() => harness.close());

describeRows(ROWS, () => harness);

describe('the table', () => {
  const config = /^spo (sitescript|sitedesign|theme|contenttype|group|user|cdn|tenant settings)( |$)/;
  it('has a success row with its documentation page and a failure row for every configuration command', () => {
    const commands = catalogue.filter((c) => config.test(c.name));
    expect(commands.map((c) => c.name).sort()).toEqual(Object.keys(ROWS).sort());
    for (const rows of Object.values(ROWS)) {
      expect(rows.some((r) => r.doc !== undefined && r.error === undefined)).toBe(true);
      expect(rows.some((r) => r.error !== undefined)).toBe(true);
    }
  });
});
