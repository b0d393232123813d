/**
 * The provisioning scenario: a site provisioning script as pipelines run it — a communication site, then on it lists,
 * fields, list items, a folder and an uploaded file, a page with a section and a web part, property bag entries and a
 * custom action, with reads in between and at the end. Written once, as argument lists: the CLI for Microsoft 365 runs
 * each as one `m365 … --output json` process, the action takes all of them as one `commands` input (the same lines,
 * quoted as a shell would take them). Nothing refers to an earlier result, so both tools run exactly the same
 * commands with exactly the same options.
 */
import { stringify } from 'yaml';

/** A site of its own, created by the first command (the seeded tenant does not have it). */
export const PROVISIONING_SITE = 'https://contoso.sharepoint.com/sites/falcon';
const SITE_PATH = new URL(PROVISIONING_SITE).pathname;
/** The owner SharePoint needs when an app creates a site (a user of the seeded tenant). */
const OWNER = 'admin@contoso.onmicrosoft.com';
/** Relative to the repository root, where both tools run. */
const CHARTER = 'bench/scenarios/provisioning-charter.md';
const WEB = ['--webUrl', PROVISIONING_SITE] as const;

const choice = (name: string, choices: readonly string[]): string =>
  `<Field Type="Choice" DisplayName="${name}" Name="${name}"><CHOICES>${choices.map((c) => `<CHOICE>${c}</CHOICE>`).join('')}</CHOICES></Field>`;

/** The web part's properties, as JSON text (the CLI's `--webPartProperties`). */
const LIST_WEB_PART = JSON.stringify({ isDocumentLibrary: false, selectedListUrl: `${SITE_PATH}/Lists/Tasks`, webpartHeightKey: 4 });

/** The tasks the script adds; the reads at the end must give them back. */
export const TASKS = [
  { Title: 'Kick-off', Priority: 'High', Effort: '3' },
  { Title: 'Architecture review', Priority: 'High', Effort: '5' },
  { Title: 'Pilot group', Priority: 'Normal', Effort: '8' },
  { Title: 'Training', Priority: 'Low', Effort: '2' },
] as const;
export const RISKS = [
  { Title: 'Budget overrun', Impact: 'High' },
  { Title: 'Key person leaves', Impact: 'Normal' },
] as const;
export const PROPERTIES = { ProjectCode: 'FALCON-7', CostCenter: '4711', Classification: 'Internal' } as const;

/** One command: its words and options, exactly as typed after `m365`. */
export type CommandArgs = readonly string[];

export const PROVISIONING_COMMANDS: readonly CommandArgs[] = [
  ['spo', 'site', 'add', '--type', 'CommunicationSite', '--url', PROVISIONING_SITE, '--title', 'Project Falcon', '--description', 'Everything about Project Falcon', '--owners', OWNER, '--lcid', '1033'],
  ['spo', 'list', 'add', '--title', 'Tasks', '--baseTemplate', 'GenericList', ...WEB, '--description', 'Work of the project'],
  ['spo', 'list', 'add', '--title', 'Risks', '--baseTemplate', 'GenericList', ...WEB],
  ['spo', 'list', 'add', '--title', 'Decisions', '--baseTemplate', 'GenericList', ...WEB, '--enableVersioning', 'true'],
  ['spo', 'field', 'add', ...WEB, '--listTitle', 'Tasks', '--xml', choice('Priority', ['High', 'Normal', 'Low'])],
  ['spo', 'field', 'add', ...WEB, '--listTitle', 'Tasks', '--xml', '<Field Type="Number" DisplayName="Effort" Name="Effort" />'],
  ['spo', 'field', 'add', ...WEB, '--listTitle', 'Risks', '--xml', choice('Impact', ['High', 'Normal', 'Low'])],
  ['spo', 'field', 'add', ...WEB, '--listTitle', 'Decisions', '--xml', '<Field Type="Note" DisplayName="Rationale" Name="Rationale" />'],
  ['spo', 'field', 'add', ...WEB, '--xml', '<Field Type="Text" DisplayName="Project Code" Name="FalconProjectCode" Group="Falcon Columns" />'],
  ...TASKS.map((t): CommandArgs => ['spo', 'listitem', 'add', ...WEB, '--listTitle', 'Tasks', '--Title', t.Title, '--Priority', t.Priority, '--Effort', t.Effort]),
  ...RISKS.map((r): CommandArgs => ['spo', 'listitem', 'add', ...WEB, '--listTitle', 'Risks', '--Title', r.Title, '--Impact', r.Impact]),
  ['spo', 'listitem', 'add', ...WEB, '--listTitle', 'Decisions', '--Title', 'Pilot with the finance team', '--Rationale', 'Smallest group with every kind of document'],
  ['spo', 'folder', 'add', ...WEB, '--parentFolderUrl', 'Shared Documents', '--name', 'Charter'],
  ['spo', 'file', 'add', ...WEB, '--folder', 'Shared Documents/Charter', '--path', CHARTER],
  ['spo', 'page', 'add', '--name', 'falcon.aspx', ...WEB, '--title', 'Project Falcon'],
  ['spo', 'page', 'section', 'add', '--pageName', 'falcon.aspx', ...WEB, '--sectionTemplate', 'TwoColumn'],
  ['spo', 'page', 'clientsidewebpart', 'add', ...WEB, '--pageName', 'falcon.aspx', '--standardWebPart', 'List', '--section', '1', '--column', '1', '--webPartProperties', LIST_WEB_PART],
  ['spo', 'page', 'publish', ...WEB, '--name', 'falcon.aspx'],
  // A new communication site does not allow custom script: property bag values need it (as on the real service).
  ['spo', 'site', 'set', '--url', PROVISIONING_SITE, '--noScriptSite', 'false'],
  ...Object.entries(PROPERTIES).map(([key, value]): CommandArgs => ['spo', 'propertybag', 'set', ...WEB, '--key', key, '--value', value]),
  ['spo', 'customaction', 'add', ...WEB, '--name', 'FalconBanner', '--title', 'Falcon banner', '--location', 'ClientSideExtension.ApplicationCustomizer', '--clientSideComponentId', 'b41916e7-e69d-467f-b37f-ff8ecf8f99f2', '--clientSideComponentProperties', '{"message":"Project Falcon"}'],
  ['spo', 'site', 'get', '--url', PROVISIONING_SITE],
  ['spo', 'list', 'get', ...WEB, '--title', 'Tasks'],
  ['spo', 'list', 'list', ...WEB],
  ['spo', 'field', 'get', ...WEB, '--listTitle', 'Tasks', '--internalName', 'Priority'],
  ['spo', 'listitem', 'list', ...WEB, '--listTitle', 'Tasks'],
  ['spo', 'listitem', 'list', ...WEB, '--listTitle', 'Risks'],
  ['spo', 'folder', 'get', ...WEB, '--url', 'Shared Documents/Charter'],
  ['spo', 'page', 'get', ...WEB, '--name', 'falcon.aspx'],
  ['spo', 'propertybag', 'get', ...WEB, '--key', 'ProjectCode'],
  ['spo', 'customaction', 'list', ...WEB],
];

/** Where each checked read is in the script. */
export const READ_INDEX = {
  tasks: indexOf(['spo', 'listitem', 'list'], 'Tasks'),
  risks: indexOf(['spo', 'listitem', 'list'], 'Risks'),
  property: indexOf(['spo', 'propertybag', 'get']),
  actions: indexOf(['spo', 'customaction', 'list']),
} as const;

function indexOf(words: readonly string[], listTitle?: string): number {
  const index = PROVISIONING_COMMANDS.findIndex(
    (args) => words.every((w, i) => args[i] === w) && (listTitle === undefined || args[args.indexOf('--listTitle') + 1] === listTitle),
  );
  if (index < 0) throw new Error(`The provisioning script has no '${words.join(' ')}'.`);
  return index;
}

/** A word as a POSIX shell takes it: single-quoted unless it is plain. */
export function shellQuote(word: string): string {
  if (/^[\w@%+=:,./-]+$/.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

/** The `commands` input of the action: one command line per item, the checked reads with an id. */
export function provisioningActionCommands(): string {
  const ids = new Map(Object.entries(READ_INDEX).map(([id, index]) => [index, id]));
  return stringify(
    PROVISIONING_COMMANDS.map((args, index) => {
      const line = args.map(shellQuote).join(' ');
      const id = ids.get(index);
      return id === undefined ? line : { id, run: line };
    }),
    { lineWidth: 0 },
  );
}

interface Item {
  Title?: unknown;
  [field: string]: unknown;
}

/**
 * Throws unless the reads at the end show what the script wrote: every task and risk with its field values, the
 * property bag value and the custom action. `results` are the parsed JSON outputs of the checked reads.
 */
export function checkProvisioning(results: { tasks: unknown; risks: unknown; property: unknown; actions: unknown }, tool: string): void {
  const problems: string[] = [];
  const items = (value: unknown): Item[] => (Array.isArray(value) ? (value as Item[]) : []);
  const missing = (expected: readonly Record<string, string>[], got: Item[]): string[] =>
    expected.filter((e) => !got.some((item) => Object.entries(e).every(([k, v]) => String(item[k]) === v))).map((e) => e.Title);
  const tasks = missing(TASKS, items(results.tasks));
  const risks = missing(RISKS, items(results.risks));
  if (tasks.length > 0) problems.push(`tasks missing: ${tasks.join(', ')}`);
  if (risks.length > 0) problems.push(`risks missing: ${risks.join(', ')}`);
  if (String(results.property) !== PROPERTIES.ProjectCode) problems.push(`property bag ProjectCode is ${JSON.stringify(results.property)}`);
  if (!items(results.actions).some((a) => a.Name === 'FalconBanner')) problems.push('custom action FalconBanner missing');
  if (problems.length > 0) throw new Error(`The provisioning scenario through ${tool} did not leave what it wrote: ${problems.join('; ')}.`);
}
