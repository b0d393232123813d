/**
 * End-to-end: the content commands (lists, fields, list items, files, folders, pages) run through the bundled action as
 * a GitHub runner runs it, against the emulated tenant, one provisioning script per group, pasted the way scripts for
 * the CLI for Microsoft 365 are written (`m365 ` in front, short aliases, `--output json`). Runs the committed bundle
 * (`dist/index.js`); M365_ACTION_ENTRY points at another build (e.g. a scratch `ncc build` of a branch).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { REPO_ROOT, demoCertificateInputs, runAction, type ActionRun } from '../scripts/lib/action-runner.js';
import { parseRunnerLog } from './helpers/workflow-commands.js';

const ENTRY = process.env.M365_ACTION_ENTRY ?? 'dist/index.js';
const OPS = 'https://contoso.sharepoint.com/sites/ops';
let emulator: Emulator;
let workspace: string;

beforeAll(async () => {
  if (!existsSync(join(REPO_ROOT, ENTRY)) && !existsSync(ENTRY)) throw new Error(`${ENTRY} is missing: run \`npm run package\` first.`);
  emulator = await startEmulator();
  workspace = mkdtempSync(join(tmpdir(), 'e2e-spo-content-'));
});
afterAll(async () => {
  await emulator?.stop();
  rmSync(workspace, { recursive: true, force: true });
});

function run(commands: string): Promise<ActionRun> {
  const inputs = { ...demoCertificateInputs(emulator.demo), commands };
  return runAction({ inputs, env: emulator.env(), cwd: workspace, entry: ENTRY });
}

/** The error annotations of a run ('' when it succeeded). */
function errors(result: ActionRun): string {
  return parseRunnerLog(result.stdout).commands.filter((c) => c.name === 'error').map((c) => c.data).join('\n');
}

function output(result: ActionRun, id: string): unknown {
  expect(errors(result)).toBe('');
  expect(result.exitCode).toBe(0);
  return JSON.parse(result.outputs[id]);
}

describe('content through the bundled action', () => {
  it('lists: add, set, get, list and remove', async () => {
    const result = await run(`
- m365 spo list add --title "Change log" --baseTemplate GenericList -u ${OPS} --enableVersioning true --output json
- m365 spo list set -u ${OPS} --title "Change log" --description "Every change" --onQuickLaunch false
- id: list
  run: m365 spo list get -u ${OPS} -t "Change log" -p Title,Description,OnQuickLaunch,EnableVersioning --output json
- m365 spo list add -t Scratch -u ${OPS}
- m365 spo list remove -u ${OPS} -t Scratch --force
- id: lists
  run: m365 spo list list -u ${OPS} -p Title --output json
  query: "[].Title"
`);
    expect(output(result, 'list')).toEqual({ Title: 'Change log', Description: 'Every change', OnQuickLaunch: false, EnableVersioning: true });
    expect(output(result, 'lists')).toEqual(['Releases', 'Documents', 'Site Pages', 'Change log']);
  });

  it('fields: a list column from CAML, read back by internal name and listed', async () => {
    const result = await run(`
- m365 spo field add -u ${OPS} -l Releases -x '<Field Type="Number" DisplayName="Build" Name="Build" />' --options AddFieldInternalNameHint
- id: field
  run: m365 spo field get -u ${OPS} -l Releases --internalName Build --output json
- id: names
  run: m365 spo field list -u ${OPS} -t Releases
  query: "[?Group!='_Hidden'].InternalName"
`);
    expect(output(result, 'field')).toMatchObject({ InternalName: 'Build', TypeAsString: 'Number' });
    expect(output(result, 'names')).toEqual(expect.arrayContaining(['Title', 'Status', 'Build']));
  });

  it('list items: add, set, get, list all 5,200 items of a large list, remove', async () => {
    const result = await run(`
- id: added
  run: m365 spo listitem add -u ${OPS} -t Releases --Title v2.0.0 --Status Planned --output json
- m365 spo listitem set -u ${OPS} -t Releases -i "{{ added.Id }}" --Status Released
- id: release
  run: m365 spo listitem get -u ${OPS} -t Releases -i "{{ added.Id }}" -p Title,Status
- id: count
  run: m365 spo listitem list -u https://contoso.sharepoint.com -t Inventory --fields Id
  query: length(@)
- m365 spo listitem remove -u ${OPS} -t Releases -i "{{ added.Id }}" -f
`);
    expect(output(result, 'release')).toEqual({ Title: 'v2.0.0', Status: 'Released' });
    expect(output(result, 'count')).toBe(5200);
  });

  it('files: add (into a new folder), get as file, copy, move, list, remove', async () => {
    writeFileSync(join(workspace, 'notes.md'), '# Notes\n');
    const result = await run(`
- id: added
  run: m365 spo file add -u ${OPS} --folder "Shared Documents/Notes" -p notes.md --Title "Team notes"
- m365 spo file get -u ${OPS} --url "Shared Documents/Notes/notes.md" --asFile --path downloaded.md
- id: copy
  run: m365 spo file copy -u ${OPS} -s "Shared Documents/Notes/notes.md" -t "/sites/ops/Shared Documents" --newName notes-copy
- m365 spo file move -u ${OPS} --sourceId "{{ added.UniqueId }}" -t "/sites/ops/Shared Documents/Reports"
- id: files
  run: m365 spo file list -u ${OPS} --folderUrl "Shared Documents" --recursive
  query: "[].ServerRelativeUrl"
- m365 spo file remove -u ${OPS} --url "Shared Documents/notes-copy.md" --recycle --force
`);
    expect(output(result, 'copy')).toMatchObject({ Name: 'notes-copy.md' });
    expect(output(result, 'files')).toEqual(expect.arrayContaining(['/sites/ops/Shared Documents/Reports/notes.md', '/sites/ops/Shared Documents/notes-copy.md']));
    expect(output(result, 'files')).not.toContain('/sites/ops/Shared Documents/Notes/notes.md');
    expect(readFileSync(join(workspace, 'downloaded.md'), 'utf8')).toBe('# Notes\n');
  });

  it('folders: add with parents, get, list recursively', async () => {
    const result = await run(`
- m365 spo folder add -u ${OPS} -p "Shared Documents/Projects/Alpha" -n Designs --ensureParentFolders
- id: folder
  run: m365 spo folder get -u ${OPS} --url "Shared Documents/Projects/Alpha/Designs"
- id: folders
  run: m365 spo folder list -u ${OPS} -p "Shared Documents/Projects" -r
  query: "[].Name"
`);
    expect(output(result, 'folder')).toMatchObject({ Name: 'Designs', Exists: true });
    expect(output(result, 'folders')).toEqual(['Alpha', 'Designs']);
  });

  it('pages: add, a section, a web part and a text, set, publish, get, list, remove', async () => {
    const result = await run(`
- m365 spo page add -n launch -u ${OPS} -t "Launch" --commentsEnabled
- m365 spo page section add -n launch -u ${OPS} -t TwoColumn
- m365 spo page clientsidewebpart add -u ${OPS} -n launch --standardWebPart BingMap --section 1 --column 2
- m365 spo page text add -u ${OPS} -n launch -t "We launched."
- m365 spo page set -n launch -u ${OPS} --description "The launch"
- m365 spo page publish -u ${OPS} -n launch
- id: page
  run: m365 spo page get -n launch -u ${OPS} --output json
- id: pages
  run: m365 spo page list -u ${OPS}
  query: "[].Name"
- m365 spo page add -n temporary -u ${OPS}
- m365 spo page remove -u ${OPS} -n temporary --force
`);
    const page = output(result, 'page') as { canvasContentJson: string; UIVersionLabel: string; numSections: number };
    expect(page).toMatchObject({ title: 'Launch', commentsDisabled: false, UIVersionLabel: '1.0', numSections: 1 });
    const canvas = JSON.parse(page.canvasContentJson) as { controlType?: number; innerHTML?: string }[];
    expect(canvas.map((c) => c.controlType)).toEqual([4, 3, 0]);
    expect(canvas[0].innerHTML).toBe('<p>We launched.</p>');
    expect(output(result, 'pages')).toEqual(['Home.aspx', 'launch.aspx']);
  });
});
