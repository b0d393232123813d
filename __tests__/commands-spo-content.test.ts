/**
 * The content commands (lists, fields, list items, files, folders, pages), table-driven like commands.test.ts: each row
 * a command line as a user would paste it (several lines run as one plan, the last one's outcome checked), planned and
 * run in-process against the emulator over real sockets, naming the CLI documentation page whose `--output json` shape
 * it follows. Then the chunked upload, with a chunk size the test injects.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INVENTORY_SIZE } from '../emulator/routes/sharepoint/listitem.js';
import { catalogue } from '../src/commands/registry.js';
import { fileAddCommand } from '../src/commands/spo/file-add.js';
import { ROOT, startHarness, type Harness, type HarnessRun } from './helpers/harness.js';
import { describeRows, type Row } from './helpers/table.js';


const OPS = `${ROOT}/sites/ops`;
const DOCS = 'Shared Documents';
const BING_MAPS = 'e377ea37-9047-43b9-8cdb-a761be2f8e09';

type Json = Record<string, unknown>;
const items = (result: unknown): Json[] => result as Json[];
const json = (result: unknown): Json => result as Json;
const canvasOf = (page: unknown): Json[] => JSON.parse(String(json(page).canvasContentJson)) as Json[];
const names = (result: unknown): unknown[] => items(result).map((f) => f.Name);
/** Runs a page command on a fresh page of its own (rows share one emulator). */
const onNewPage = (name: string, ...lines: string[]): string[] => [`spo page add -n ${name} -u ${OPS}`, ...lines, `spo page get -n ${name} -u ${OPS}`];

let harness: Harness;

const ROWS: Record<string, readonly Row[]> = {
  'spo list get': [
    { run: `spo list get --webUrl ${OPS} --title Releases`, doc: 'spo/list/list-get', result: { Title: 'Releases', BaseTemplate: 100, ItemCount: 3, ParentWebUrl: '/sites/ops' } },
    {
      run: `spo list get -u ${OPS} --url "${DOCS}" -p "Title,BaseTemplate"`,
      check: (list) => expect(list).toEqual({ Title: 'Documents', BaseTemplate: 101, VersionPolicies: { DefaultExpireAfterDays: 0, DefaultTrimMode: 0, MajorVersionLimit: 500, DefaultTrimModeValue: 'NoExpiration' } }),
    },
    { run: `spo list get -u ${OPS} --default --properties Title,RootFolder/ServerRelativeUrl`, result: { Title: 'Documents' } },
    { run: `spo list get --webUrl ${OPS} --title Nope`, error: "List 'Nope' does not exist at site with URL 'https://contoso.sharepoint.com/sites/ops'." },
    { run: `spo list get --webUrl ${OPS}`, error: 'needs one of --id, --title, --url, --default' },
    { run: `spo list get --webUrl ${OPS} --title Releases --withPermissions`, error: 'Option --withPermissions is not supported yet' },
  ],
  'spo list add': [
    {
      run: `spo list add --title "Team Tasks" --baseTemplate GenericList --webUrl ${OPS} --description "What the team does" --enableVersioning true --majorVersionLimit 20 --onQuickLaunch false`,
      doc: 'spo/list/list-add',
      result: { Title: 'Team Tasks', BaseTemplate: 100, Description: 'What the team does', EnableVersioning: true, MajorVersionLimit: 20, OnQuickLaunch: false, ItemCount: 0 },
    },
    { run: `spo list add -t Contracts --baseTemplate DocumentLibrary -u ${OPS} --draftVersionVisibility Approver`, result: { BaseType: 1, DraftVersionVisibility: 2, EntityTypeName: 'Contracts' } },
    { run: `spo list add -t Releases -u ${OPS}`, error: 'A list, survey, discussion board, or document library with the specified title already exists in this Web site.' },
    { run: `spo list add -t X -u ${OPS} --baseTemplate Wiki`, error: "is 'Wiki', which is not allowed" },
    { run: `spo list add -t X -u ${OPS} --majorVersionLimit 5`, error: 'majorVersionLimit option is only valid in combination with enableVersioning.' },
  ],
  'spo list set': [
    {
      run: [`spo list add -t Budget -u ${OPS}`, `spo list set -u ${OPS} --title Budget --newTitle "Budget 2024" --hidden true --readSecurity 2`, `spo list get -u ${OPS} -t "Budget 2024"`],
      doc: 'spo/list/list-set',
      result: { Title: 'Budget 2024', Hidden: true, ReadSecurity: 2 },
    },
    { run: `spo list set -u ${OPS} --title Releases`, error: 'Specify at least one option to update.' },
    { run: `spo list set -u ${OPS} --title Releases --writeSecurity 3`, error: '3 is not a valid writeSecurity value. Allowed values are 1|2|4' },
    { run: `spo list set -u ${OPS} --title Nope --hidden true`, error: "List 'Nope' does not exist" },
  ],
  'spo list remove': [
    {
      run: [`spo list add -t Scratch -u ${OPS}`, `spo list remove -u ${OPS} -t Scratch -f`, `spo list list -u ${OPS} -p Title`],
      doc: 'spo/list/list-remove',
      check: (lists) => expect(items(lists).map((l) => l.Title)).not.toContain('Scratch'),
    },
    { run: [`spo list add -t Recycled -u ${OPS}`, { id: 'l', run: `spo list get -u ${OPS} -t Recycled -p Id` }, `spo list remove -u ${OPS} --id {{ l.Id }} --recycle --force`], result: undefined },
    { run: `spo list remove -u ${OPS} -t Nope --force`, error: "List 'Nope' does not exist" },
    { run: `spo list remove -u ${OPS} --force`, error: 'needs one of --id, --title' },
  ],
  'spo field add': [
    {
      run: `spo field add -u ${OPS} -l Releases -x '<Field Type="Number" DisplayName="Build number" Name="BuildNumber" />' --options AddFieldInternalNameHint`,
      doc: 'spo/field/field-add',
      result: { InternalName: 'BuildNumber', Title: 'Build number', TypeAsString: 'Number', FieldTypeKind: 9, Scope: '/sites/ops/Lists/Releases' },
    },
    { run: `spo field add -u ${OPS} --xml '<Field Type="Text" DisplayName="Owner Team" Name="OwnerTeam" Group="Ops" />'`, result: { InternalName: 'Owner_x0020_Team', Group: 'Ops', Scope: '/sites/ops' } },
    { run: `spo field add -u ${OPS} -l Releases -x '<Field Type="Text" DisplayName="Title" Name="Title" />' --options AddFieldInternalNameHint`, error: 'A duplicate field name "Title" was found.' },
    { run: `spo field add -u ${OPS} -x '<Field Type="Text" DisplayName="X" />' --options Bogus`, error: 'Bogus is not a valid value for the options argument.' },
    { run: `spo field add -u ${OPS} -l Releases --listUrl Lists/Releases -x '<Field />'`, error: 'accepts at most one of --listTitle, --listId, --listUrl' },
  ],
  'spo field get': [
    { run: `spo field get -u ${OPS} -l Releases --internalName Status`, doc: 'spo/field/field-get', result: { InternalName: 'Status', TypeAsString: 'Text', Scope: '/sites/ops/Lists/Releases' } },
    { run: `spo field get -u ${OPS} --listUrl Lists/Releases --title "Created By"`, result: { InternalName: 'Author', ReadOnlyField: true } },
    { run: `spo field get -u ${OPS} -l Releases --internalName Nope`, error: "Column 'Nope' does not exist." },
    { run: `spo field get -u ${OPS} -l Releases`, error: 'needs one of --id, --title, --internalName' },
  ],
  'spo field list': [
    {
      run: `spo field list -u ${OPS} -t Releases`,
      doc: 'spo/field/field-list',
      check: (fields) => expect(items(fields).map((f) => f.InternalName)).toEqual(expect.arrayContaining(['Title', 'ID', 'Status', 'ReleaseDate'])),
    },
    { run: `spo field list -u ${OPS}`, check: (fields) => expect(items(fields).every((f) => f.Scope === '/sites/ops')).toBe(true) },
    { run: `spo field list -u ${OPS} -t Releases -i 6b6e2a4c-0f1d-4f3e-9a63-2c1f4a6a1d2b`, error: 'accepts at most one of --listTitle, --listId, --listUrl' },
  ],
  'spo listitem get': [
    { run: `spo listitem get -u ${OPS} -t Releases -i 2`, doc: 'spo/listitem/listitem-get', check: (item) => expect(item).toMatchObject({ Id: 2, Title: 'v1.1.0', Status: 'Released' }) },
    { run: `spo listitem get -u ${OPS} --listUrl Lists/Releases --id 1 -p "Title,Status"`, check: (item) => expect(item).toEqual({ Title: 'v1.0.0', Status: 'Released' }) },
    { run: `spo listitem get -u ${OPS} -t Releases -i 99`, error: 'Item does not exist. It may have been deleted by another user.' },
    { run: `spo listitem get -u ${OPS} -t Releases -i 0`, error: 'Option --id is 0; it must be a whole number of 1 or more.' },
  ],
  'spo listitem list': [
    {
      run: `spo listitem list -u ${ROOT} -t Inventory`,
      doc: 'spo/listitem/listitem-list',
      check: (result, run) => {
        const ids = items(result).map((i) => i.Id);
        expect(ids.length).toBe(INVENTORY_SIZE);
        expect(new Set(ids).size).toBe(INVENTORY_SIZE);
        expect(items(result)[0]).not.toHaveProperty('ID');
        // Two pages: 5,000 items, then the rest through odata.nextLink with SharePoint's $skiptoken.
        const pages = run.requests.filter((r) => r.path.endsWith('/items'));
        expect(pages.map((r) => decodeURIComponent(r.query))).toEqual(['$top=5000', '$skiptoken=Paged=TRUE&p_ID=5000&$top=5000']);
      },
    },
    { run: `spo listitem list -u ${ROOT} -t Inventory --pageSize 100 --pageNumber 2 --fields Id,Title`, check: (result) => expect([items(result).length, items(result)[0]]).toEqual([100, { Id: 201, Title: 'Asset 00201' }]) },
    { run: `spo listitem list -u ${OPS} -t Releases --filter "Status eq 'Released'"`, check: (result) => expect(items(result).map((i) => i.Title)).toEqual(['v1.0.0', 'v1.1.0']) },
    {
      run: `spo listitem list -u ${OPS} -t Releases -q "<View><Query><Where><Eq><FieldRef Name='Status'/><Value Type='Text'>Planned</Value></Eq></Where></Query></View>"`,
      check: (result) => expect(items(result).map((i) => i.Title)).toEqual(['v1.2.0-rc.1']),
    },
    { run: `spo listitem list -u ${ROOT} -t Inventory --filter "Category eq 'Dock'"`, error: 'The attempted operation is prohibited because it exceeds the list view threshold.' },
    { run: `spo listitem list -u ${OPS} -t Releases --pageNumber 1`, error: '--pageNumber' },
  ],
  'spo listitem set': [
    { run: `spo listitem set -u ${OPS} -t Releases -i 3 --Status Released --Title v1.2.0`, doc: 'spo/listitem/listitem-set', check: (item) => expect(item).toMatchObject({ Id: 3, Title: 'v1.2.0', Status: 'Released' }) },
    {
      run: `spo listitem set -u ${ROOT} -t Inventory -i 7 --Quantity 12 --systemUpdate`,
      check: (item) => expect([json(item).Quantity, json(item).Modified]).toEqual([12, '2024-01-15T09:30:00Z']),
    },
    { run: `spo listitem set -u ${ROOT} -t Inventory -i 5 --Quantity many`, error: 'Updating the items has failed with the following errors: \n- Quantity - You must specify a number.' },
    { run: `spo listitem set -u ${OPS} -t Releases -i 1 --Colour red`, error: "Column 'Colour' does not exist." },
    { run: `spo listitem set -u ${OPS} -t Releases -i 1 --contentType Task --Title x`, error: "Specified content type 'Task' doesn't exist on the target list" },
  ],
  'spo listitem remove': [
    {
      run: [`spo listitem add -u ${OPS} -t Releases --Title temp`, `spo listitem remove -u ${OPS} -t Releases -i 4 -f`, `spo listitem list -u ${OPS} -t Releases --fields Id`],
      doc: 'spo/listitem/listitem-remove',
      check: (result) => expect(items(result).map((i) => i.Id)).not.toContain(4),
    },
    { run: `spo listitem remove -u ${ROOT} -t Inventory -i 10 --recycle --force`, result: undefined },
    { run: `spo listitem remove -u ${OPS} -t Releases -i 42 -f`, error: 'Item does not exist.' },
  ],
  'spo file get': [
    {
      run: `spo file get -u ${OPS} --url "${DOCS}/Runbook.md"`,
      doc: 'spo/file/file-get',
      result: { Name: 'Runbook.md', ServerRelativeUrl: '/sites/ops/Shared Documents/Runbook.md', Exists: true, Level: 1, UIVersionLabel: '1.0' },
    },
    { run: `spo file get -u ${OPS} --url "/sites/ops/${DOCS}/Architecture.txt" --asString`, result: 'Web front end -> API -> queue -> workers\n' },
    { run: [{ id: 'f', run: `spo file get -u ${OPS} --url "${DOCS}/Runbook.md"` }, `spo file get -u ${OPS} -i {{ f.UniqueId }} --asListItem`], check: (item) => expect(item).toMatchObject({ FileSystemObjectType: 0, Title: null }) },
    {
      run: `spo file get -u ${OPS} --url "${DOCS}/Reports/Q1 summary.csv" --asFile --path q1.csv`,
      check: (result) => {
        expect(result).toBeUndefined();
        expect(readFileSync(join(harness.cwd, 'q1.csv'), 'utf8')).toBe('quarter,incidents\nQ1,3\n');
      },
    },
    { run: `spo file get -u ${OPS} --url "${DOCS}/nope.md"`, error: 'File Not Found.' },
    { run: `spo file get -u ${OPS} --url "${DOCS}/Runbook.md" --asFile`, error: 'The path should be specified when the --asFile option is used' },
  ],
  'spo file list': [
    { run: `spo file list -u ${OPS} --folderUrl "${DOCS}"`, doc: 'spo/file/file-list', check: (files) => expect(names(files)).toEqual(expect.arrayContaining(['Runbook.md', 'Architecture.txt'])) },
    { run: `spo file list -u ${OPS} --folderUrl "/sites/ops/${DOCS}/Reports" -r --fields Name,ServerRelativeUrl`, check: (files) => expect(files).toEqual([{ Name: 'Q4 summary.csv', ServerRelativeUrl: '/sites/ops/Shared Documents/Reports/2023/Q4 summary.csv' }, { Name: 'Q1 summary.csv', ServerRelativeUrl: '/sites/ops/Shared Documents/Reports/Q1 summary.csv' }]) },
    { run: `spo file list -u ${OPS} --folderUrl "${DOCS}/Nope"`, error: 'File Not Found.' },
    { run: `spo file list -u ${OPS}`, error: "Missing required option '--folderUrl'" },
  ],
  'spo file add': [
    {
      run: `spo file add -u ${OPS} --folder "${DOCS}/Uploads/2024" -p report.txt --Title "Monthly report"`,
      doc: 'spo/file/file-add',
      check: (file) => {
        expect(file).toMatchObject({ Name: 'report.txt', ServerRelativeUrl: '/sites/ops/Shared Documents/Uploads/2024/report.txt', Length: '14' });
        const library = harness.emulator.state.sites.find((s) => s.Url === OPS)?.rootWeb.lists.find((l) => l.Title === 'Documents');
        expect(library?.items.find((i) => i.FileLeafRef === 'report.txt')).toMatchObject({ Title: 'Monthly report', FileDirRef: '/sites/ops/Shared Documents/Uploads/2024' });
      },
    },
    { run: `spo file add -u ${OPS} --folder "${DOCS}" -p report.txt --fileName Runbook.md --overwrite false`, error: "File 'Runbook.md' already exists in folder '/sites/ops/Shared Documents'. To overwrite the file, use the --overwrite option." },
    { run: `spo file add -u ${OPS} --folder "${DOCS}" -p report.txt --contentType Invoice`, error: "Specified content type 'Invoice' doesn't exist on the target list" },
    { run: `spo file add -u ${OPS} --folder "${DOCS}" -p missing.txt`, error: 'missing.txt' },
    { run: `spo file add -u ${OPS} --folder "${DOCS}" -p report.txt --publishComment x`, error: '--publishComment cannot be used without --publish' },
  ],
  'spo file remove': [
    {
      run: [`spo file remove -u ${OPS} --url "${DOCS}/Architecture.txt" -f`, `spo file list -u ${OPS} --folderUrl "${DOCS}"`],
      doc: 'spo/file/file-remove',
      check: (files) => expect(names(files)).not.toContain('Architecture.txt'),
    },
    { run: [{ id: 'f', run: `spo file get -u ${OPS} --url "${DOCS}/Reports/Q1 summary.csv"` }, `spo file remove -u ${OPS} -i {{ f.UniqueId }} --recycle --bypassSharedLock --force`], result: undefined },
    { run: `spo file remove -u ${OPS} --url "${DOCS}/nope.md" -f`, error: 'File Not Found.' },
  ],
  'spo file copy': [
    { run: `spo file copy -u ${OPS} -s "${DOCS}/Runbook.md" -t "/sites/ops/${DOCS}/Reports"`, doc: 'spo/file/file-copy', result: { Name: 'Runbook.md', ServerRelativeUrl: '/sites/ops/Shared Documents/Reports/Runbook.md' } },
    { run: `spo file copy -u ${OPS} --sourceUrl "${DOCS}/Runbook.md" --targetUrl "${ROOT}/sites/marketing/${DOCS}" --newName Runbook-ops`, result: { Name: 'Runbook-ops.md', ServerRelativeUrl: '/sites/marketing/Shared Documents/Runbook-ops.md' } },
    { run: `spo file copy -u ${OPS} -s "${DOCS}/Runbook.md" -t "/sites/ops/${DOCS}" --nameConflictBehavior rename`, result: { Name: 'Runbook 1.md' } },
    { run: `spo file copy -u ${OPS} -s "${DOCS}/Runbook.md" -t "/sites/ops/${DOCS}"`, error: 'A file or folder with the name /sites/ops/Shared Documents/Runbook.md already exists.' },
    { run: `spo file copy -u ${OPS} -t "/sites/ops/${DOCS}"`, error: 'needs one of --sourceUrl, --sourceId' },
  ],
  'spo file move': [
    {
      run: [`spo file add -u ${OPS} --folder "${DOCS}" -p report.txt --fileName movable.txt`, `spo file move -u ${OPS} -s "${DOCS}/movable.txt" -t "/sites/ops/${DOCS}/Reports/2023"`, `spo file list -u ${OPS} --folderUrl "${DOCS}" -r --fields ServerRelativeUrl`],
      doc: 'spo/file/file-move',
      check: (files) => {
        const urls = items(files).map((f) => f.ServerRelativeUrl);
        expect(urls).toContain('/sites/ops/Shared Documents/Reports/2023/movable.txt');
        expect(urls).not.toContain('/sites/ops/Shared Documents/movable.txt');
      },
    },
    { run: `spo file move -u ${OPS} -s "${DOCS}/nope.txt" -t "/sites/ops/${DOCS}/Reports"`, error: 'does not exist' },
    { run: `spo file move -u ${OPS} -s "${DOCS}/Runbook.md" -i 6b6e2a4c-0f1d-4f3e-9a63-2c1f4a6a1d2b -t x`, error: 'accepts only one of --sourceUrl, --sourceId' },
  ],
  'spo folder add': [
    { run: `spo folder add -u ${OPS} -p "${DOCS}" -n Plans`, doc: 'spo/folder/folder-add', result: { Name: 'Plans', ServerRelativeUrl: '/sites/ops/Shared Documents/Plans', Exists: true, ItemCount: 0 } },
    { run: `spo folder add -u ${OPS} -p "${DOCS}/Projects/Alpha" -n Designs --ensureParentFolders`, result: { ServerRelativeUrl: '/sites/ops/Shared Documents/Projects/Alpha/Designs' } },
    {
      run: `spo folder add -u ${OPS} -p "/sites/ops/${DOCS}" -n Urgent --color darkRed`,
      check: () => {
        const library = harness.emulator.state.sites.find((s) => s.Url === OPS)?.rootWeb.lists.find((l) => l.Title === 'Documents');
        expect(library?.items.find((i) => i.FileLeafRef === 'Urgent')?.folder?.ColorHex).toBe('1');
      },
    },
    { run: `spo folder add -u ${OPS} -p "${DOCS}/Missing" -n X`, error: 'File Not Found.' },
    { run: `spo folder add -u ${OPS} -p "${DOCS}" -n X --color pink`, error: "'pink' is not a valid value for option 'color'." },
  ],
  'spo folder get': [
    { run: `spo folder get -u ${OPS} --url "${DOCS}/Reports"`, doc: 'spo/folder/folder-get', result: { Name: 'Reports', ServerRelativeUrl: '/sites/ops/Shared Documents/Reports', Exists: true } },
    { run: [{ id: 'r', run: `spo folder get -u ${OPS} --url "${DOCS}/Reports/2023"` }, `spo folder get -u ${OPS} --id {{ r.UniqueId }}`], result: { Name: '2023', ServerRelativeUrl: '/sites/ops/Shared Documents/Reports/2023' } },
    { run: `spo folder get -u ${OPS} --url "${DOCS}/Nope"`, error: 'File Not Found.' },
    { run: `spo folder get -u ${OPS} --url "${DOCS}" --withPermissions`, error: 'Option --withPermissions is not supported yet' },
  ],
  'spo folder list': [
    { run: `spo folder list -u ${OPS} -p "/sites/ops/${DOCS}/Reports"`, doc: 'spo/folder/folder-list', check: (folders) => expect(names(folders)).toEqual(['2023']) },
    { run: `spo folder list -u ${OPS} -p "${DOCS}/Reports" --recursive --fields Name,ServerRelativeUrl`, check: (folders) => expect(folders).toEqual([{ Name: '2023', ServerRelativeUrl: '/sites/ops/Shared Documents/Reports/2023' }]) },
    { run: `spo folder list -u ${OPS} -p "${DOCS}/Nope"`, error: 'File Not Found.' },
  ],
  'spo page add': [
    {
      run: [`spo page add -n release-notes -u ${OPS} -t "Release notes" --description "What changed" --publish --publishMessage "First"`, `spo page get -n release-notes -u ${OPS} --metadataOnly`],
      doc: 'spo/page/page-add',
      check: (page) => expect(page).toMatchObject({ Name: 'release-notes.aspx', title: 'Release notes', layoutType: 'Article', commentsDisabled: true, UIVersionLabel: '1.0', Level: 1, CheckInComment: 'First', ListItemAllFields: { Description: 'What changed', PromotedState: 0 } }),
    },
    { run: [`spo page add -n draft.aspx -u ${OPS} --commentsEnabled`, `spo page get -n draft -u ${OPS} --metadataOnly`], check: (page) => expect(page).toMatchObject({ Level: 2, commentsDisabled: false, title: 'draft' }) },
    { run: [`spo page add -n news -u ${OPS} --promoteAs NewsPage`, `spo page get -n news -u ${OPS} --metadataOnly`], check: (page) => expect(json(json(page).ListItemAllFields)).toMatchObject({ PromotedState: 2, FirstPublishedDate: expect.stringMatching(/^\d{4}-/) }) },
    { run: [`spo page add -n start -u ${OPS} --layoutType Home --promoteAs HomePage`, `spo page get --default -u ${OPS} --metadataOnly`], result: { Name: 'start.aspx', layoutType: 'Home' } },
    { run: `spo page add -n Home -u ${OPS}`, error: 'A file or folder with the name /sites/ops/SitePages/Home.aspx already exists.' },
    { run: `spo page add -n x -u ${OPS} --promoteAs HomePage`, error: 'You can only promote home pages as site home page' },
  ],
  'spo page get': [
    {
      run: `spo page get -n Home -u ${OPS}`,
      doc: 'spo/page/page-get',
      check: (page) => {
        expect(page).toMatchObject({ Name: 'Home.aspx', title: 'Home', layoutType: 'Home', numControls: 2, numSections: 1, ListItemAllFields: { ClientSideApplicationId: 'b6917cb1-93a0-4b97-a84d-7cf49975d4ec' } });
        expect(json(json(page).ListItemAllFields)).not.toHaveProperty('ID');
        expect(String(json(json(page).ListItemAllFields).CanvasContent1)).toContain('<div data-sp-rte=""><p>Welcome to Operations.</p></div>');
      },
    },
    { run: `spo page get --default -u ${ROOT} --metadataOnly`, check: (page) => expect(page).not.toHaveProperty('canvasContentJson') },
    { run: `spo page get -n nope -u ${OPS}`, error: 'File Not Found.' },
    { run: `spo page get -n Home --default -u ${OPS}`, error: 'accepts only one of --name, --default' },
  ],
  'spo page list': [
    { run: `spo page list -u ${ROOT}`, doc: 'spo/page/page-list', check: (pages) => expect(pages).toEqual([expect.objectContaining({ Name: 'Home.aspx', FileName: 'Home.aspx', Title: 'Home', PageLayoutType: 'Home', ListItemAllFields: expect.objectContaining({ Title: 'Home' }) })]) },
    { run: 'spo page list', error: "Missing required option '--webUrl'" },
  ],
  'spo page set': [
    {
      run: [`spo page add -n set-me -u ${OPS}`, `spo page set -n set-me -u ${OPS} --title "Set me" --description About --layoutType Article --commentsEnabled true --publish`, `spo page get -n set-me -u ${OPS} --metadataOnly`],
      doc: 'spo/page/page-set',
      check: (page) => expect(page).toMatchObject({ title: 'Set me', layoutType: 'Article', commentsDisabled: false, Level: 1, ListItemAllFields: { Description: 'About', PromotedState: 0 } }),
    },
    { run: [`spo page add -n demote -u ${OPS} --promoteAs NewsPage`, `spo page set -n demote -u ${OPS} --demoteFrom NewsPage --isRetired true`, `spo page get -n demote -u ${OPS} --metadataOnly`], check: (page) => expect(json(page).ListItemAllFields).toMatchObject({ PromotedState: 0, _SPIsRetired: true }) },
    { run: `spo page set -n Home -u ${OPS}`, error: 'Specify at least one option to update.' },
    { run: `spo page set -n Home -u ${OPS} --content "{bad"`, error: 'Specified content is not a valid JSON string.' },
    { run: `spo page set -n nope -u ${OPS} --title x`, error: 'File Not Found.' },
  ],
  'spo page publish': [
    { run: [`spo page add -n to-publish -u ${OPS}`, `spo page publish -u ${OPS} -n to-publish`, `spo page get -n to-publish -u ${OPS} --metadataOnly`], doc: 'spo/page/page-publish', result: { Level: 1, UIVersionLabel: '1.0' } },
    { run: `spo page publish -u ${OPS} -n nope`, error: 'File Not Found.' },
  ],
  'spo page remove': [
    { run: [`spo page add -n to-remove -u ${OPS}`, `spo page remove -u ${OPS} -n to-remove.aspx -f`, `spo page list -u ${OPS}`], doc: 'spo/page/page-remove', check: (pages) => expect(names(pages)).not.toContain('to-remove.aspx') },
    { run: [`spo page add -n to-recycle -u ${OPS}`, `spo page remove -u ${OPS} -n to-recycle --recycle --bypassSharedLock --force`], result: undefined },
    { run: `spo page remove -u ${OPS} -n nope -f`, error: 'File Not Found.' },
  ],
  'spo page section add': [
    {
      run: onNewPage('sections', `spo page section add -n sections -u ${OPS} -t TwoColumn`, `spo page section add -n sections.aspx -u ${OPS} -t OneColumn --order 1 --zoneEmphasis Soft --isCollapsibleSection --collapsibleTitle More`),
      doc: 'spo/page/page-section-add',
      check: (page) => {
        const columns = canvasOf(page).filter((c) => c.position);
        expect(columns.map((c) => [json(c.position).zoneIndex, json(c.position).sectionIndex, json(c.position).sectionFactor])).toEqual([[1, 1, 12], [2, 1, 6], [2, 2, 6]]);
        expect(columns[0]).toMatchObject({ emphasis: { zoneEmphasis: 2 }, zoneGroupMetadata: { type: 1, displayName: 'More', headingLevel: 2 } });
        expect(json(page).numSections).toBe(2);
      },
    },
    { run: onNewPage('gradient', `spo page section add -n gradient -u ${OPS} -t OneColumn --zoneEmphasis Gradient --gradientText "linear-gradient(red, blue)"`), check: (page) => expect(canvasOf(page).find((c) => c.controlType === 14)).toBeDefined() },
    { run: `spo page section add -n Home -u ${OPS} -t FourColumn`, error: "is 'FourColumn', which is not allowed" },
    { run: `spo page section add -n Home -u ${OPS} -t OneColumn --zoneEmphasis Image`, error: 'Specify imageUrl when zoneEmphasis is set to Image' },
  ],
  'spo page clientsidewebpart add': [
    {
      run: onNewPage(
        'map',
        `spo page section add -n map -u ${OPS} -t ThreeColumn`,
        `spo page clientsidewebpart add -u ${OPS} -n map --standardWebPart BingMap --section 1 --column 2 --webPartProperties '{"zoomLevel":5}'`,
        `spo page clientsidewebpart add -u ${OPS} -n map --standardWebPart Divider --section 1 --column 2 --order 1`,
      ),
      doc: 'spo/page/page-clientsidewebpart-add',
      check: (page) => {
        const parts = canvasOf(page).filter((c) => c.controlType === 3);
        expect(parts.map((p) => [p.webPartId, json(p.position).sectionIndex, json(p.position).controlIndex])).toEqual([['2161a1c6-db61-4731-b97c-3cdb303f7cbb', 2, 1], [BING_MAPS, 2, 2]]);
        expect(json(parts[1].webPartData)).toMatchObject({ title: 'Bing Maps', properties: { zoomLevel: 5, mapType: 'road' } });
      },
    },
    { run: onNewPage('vertical', `spo page clientsidewebpart add -u ${OPS} -n vertical --webPartId 4f0b2c5e-8d3a-4e61-9b7c-2a5d8e1f3c40 --verticalSection`), check: (page) => expect(canvasOf(page)[0]).toMatchObject({ controlType: 3, position: { layoutIndex: 2 }, webPartData: { title: 'Contoso news' } }) },
    { run: `spo page clientsidewebpart add -u ${OPS} -n Home --webPartId 6b6e2a4c-0f1d-4f3e-9a63-2c1f4a6a1d2b`, error: 'There is no available WebPart with Id 6b6e2a4c-0f1d-4f3e-9a63-2c1f4a6a1d2b.' },
    { run: `spo page clientsidewebpart add -u ${OPS} -n Home --standardWebPart BingMap --section 5`, error: "Invalid section '5'" },
    { run: `spo page clientsidewebpart add -u ${OPS} -n Home --standardWebPart Clock`, error: 'Clock is not a valid standard web part type' },
  ],
  'spo page text add': [
    {
      run: onNewPage('texts', `spo page text add -u ${OPS} -n texts -t "Hello"`, `spo page text add -u ${OPS} -n texts -t "<p>First</p>" --order 1`),
      doc: 'spo/page/page-text-add',
      check: (page) => expect(canvasOf(page).filter((c) => c.controlType === 4).map((c) => [c.innerHTML, json(c.position).controlIndex])).toEqual([['<p>First</p>', 1], ['<p>Hello</p>', 2]]),
    },
    { run: `spo page text add -u ${OPS} -n Home -t x --section 3`, error: "Invalid section '3'" },
    { run: `spo page text add -u ${OPS} -n Home`, error: "Missing required option '--text'" },
  ],
};

beforeAll(async () => {
  harness = await startHarness();
  writeFileSync(join(harness.cwd, 'report.txt'), 'monthly totals');
});

afterAll(() => harness.close());

describeRows(ROWS, () => harness);

describe('the table', () => {
  const content = /^spo (list|field|listitem|file|folder|page)( |$)/;
  it('has a success row with its documentation page and a failure row for every content command', () => {
    const commands = catalogue.filter((c) => content.test(c.name) && c.name !== 'spo list list' && c.name !== 'spo listitem add');
    expect(commands.length).toBe(Object.keys(ROWS).length);
    for (const command of commands) {
      const rows = ROWS[command.name] ?? [];
      expect(rows.some((r) => r.error === undefined && r.doc !== undefined), `${command.name}: a success row naming its page`).toBe(true);
      expect(rows.some((r) => r.error !== undefined), `${command.name}: a failure row`).toBe(true);
    }
  });
});

describe('spo file add in chunks', () => {
  const LIMITS = { chunkThreshold: 1000, chunkSize: 300 };
  let chunked: Harness;
  beforeAll(async () => {
    chunked = await startHarness({ commands: catalogue.map((c) => (c.name === 'spo file add' ? fileAddCommand(LIMITS) : c)) });
  });
  afterAll(() => chunked.close());

  const uploads = (run: HarnessRun): string[] => run.requests.filter((r) => /Upload\(|cancelupload/i.test(r.path)).map((r) => r.path.replace(/^.*\/(\w+)\(uploadId=guid'[^']+'(?:,\s*fileOffset=(\d+))?\)$/, '$1 $2').trim());

  it('uploads a file above the threshold chunk by chunk: StartUpload, ContinueUpload at each offset, FinishUpload', async () => {
    const content = randomBytes(2500);
    const path = join(chunked.cwd, 'big.bin');
    writeFileSync(path, content);
    const run = await chunked.run(`spo file add -u ${OPS} --folder "${DOCS}/Large" -p "${path}"`);
    expect(run.error).toBeUndefined();
    expect(run.result).toMatchObject({ Name: 'big.bin', Length: '2500', ServerRelativeUrl: '/sites/ops/Shared Documents/Large/big.bin' });
    expect(uploads(run)).toEqual(['StartUpload', ...[0, 300, 600, 900, 1200, 1500, 1800, 2100].map((o) => `ContinueUpload ${o}`), 'FinishUpload 2400']);
    const stored = chunked.emulator.state.sites.find((s) => s.Url === OPS)?.rootWeb.lists.find((l) => l.Title === 'Documents')?.items.find((i) => i.FileLeafRef === 'big.bin');
    expect(stored?.file?.content.equals(content)).toBe(true);
  });

  it('uploads a file at the threshold in one request', async () => {
    const path = join(chunked.cwd, 'small.bin');
    writeFileSync(path, randomBytes(1000));
    const run = await chunked.run(`spo file add -u ${OPS} --folder "${DOCS}" -p "${path}"`);
    expect(run.error).toBeUndefined();
    expect(uploads(run)).toEqual([]);
    expect(run.requests.some((r) => r.path.includes("/Files/Add(url='small.bin', overwrite=true)"))).toBe(true);
  });

  it('cancels the upload session when a chunk fails, and says why', async () => {
    const path = join(chunked.cwd, 'broken.bin');
    writeFileSync(path, randomBytes(1500));
    chunked.emulator.injectFault({ path: /ContinueUpload\(.*fileOffset=600\)$/, status: 500, times: 1 });
    const run = await chunked.run(`spo file add -u ${OPS} --folder "${DOCS}" -p "${path}"`);
    expect(run.error).toBeDefined();
    expect(uploads(run)).toEqual(['StartUpload', 'ContinueUpload 0', 'ContinueUpload 300', 'ContinueUpload 600', 'cancelupload']);
  });
});

describe('spo listitem add into a folder', () => {
  it('creates the missing folder below the list root first, as the CLI does, and puts the item in it', async () => {
    const run = await harness.run(`spo listitem add -u ${OPS} -t Releases --folder Archive/2023 --Title "v0.9.0"`);
    expect(run.error).toBeUndefined();
    expect(run.requests.filter((r) => r.method === 'POST').map((r) => r.path.replace(/^.*_api\/web\//, ''))).toEqual([
      "GetFolderByServerRelativePath(DecodedUrl='/sites/ops/Lists/Releases')/AddSubFolderUsingPath(DecodedUrl='Archive')",
      "GetFolderByServerRelativePath(DecodedUrl='/sites/ops/Lists/Releases/Archive')/AddSubFolderUsingPath(DecodedUrl='2023')",
      "lists/getByTitle('Releases')/AddValidateUpdateItemUsingPath()",
    ]);
    const releases = harness.emulator.state.sites.find((s) => s.Url === OPS)?.rootWeb.lists.find((l) => l.Title === 'Releases');
    expect(releases?.items.find((i) => i.Title === 'v0.9.0')?.FileDirRef).toBe('/sites/ops/Lists/Releases/Archive/2023');
  });
});
