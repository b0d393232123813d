import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { ActionError, ActionErrors } from '../errors.js';
import { didYouMean, suggest } from './suggest.js';
import { Output } from '../constants.js';

/** One item of the declared list, its shape checked (not yet its command). */
export interface DeclaredItem {
  /** 0-based position in the list. */
  readonly index: number;
  /** 1-based line of the item. */
  readonly line?: number;
  readonly id?: string;
  /** The command line (string item or `run`). */
  readonly run?: string;
  /** Structured form: the command name and its options mapping (YAML-typed values). */
  readonly command?: string;
  readonly options?: Record<string, unknown>;
  readonly query?: string;
  readonly continueOnError?: boolean;
  /**
   * `for-each`: run the command once per element of an earlier result (a whole `{{ id.path }}` reference) or of a
   * literal YAML list; `{{ item… }}` and `{{ index }}` refer to the element.
   */
  readonly forEach?: { readonly reference: string } | { readonly items: readonly unknown[] };
  /** True when the item's shape is wrong (already reported): its id still counts, its command is not planned. */
  readonly invalid: boolean;
}

const ITEM_KEYS = ['id', 'run', 'command', 'options', 'query', 'continue-on-error', 'for-each'];
/** Ids that name the element of a `for-each` iteration inside its options. */
export const ITERATION_IDS: readonly string[] = ['item', 'index'];
const ID_PATTERN = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/** "input 'commands'" or "'path/to/file.yml'", for messages. */
export function sourceLabel(source: string): string {
  return source === 'commands' ? "input 'commands'" : `'${source}'`;
}

/** `command 3, id 'app', line 5`: how every planning message names an item (1-based). */
export function describeItem(item: { index: number; id?: string; line?: number }): string {
  const id = item.id === undefined ? '' : `, id '${item.id}'`;
  const line = item.line === undefined ? '' : `, line ${item.line}`;
  return `command ${item.index + 1}${id}${line}`;
}

/**
 * Parses the commands YAML into items. YAML syntax errors are thrown at once (nothing else can be checked); shape
 * errors of items are collected in `errors` so that they are reported together with the other planning errors.
 */
export function readItems(text: string, source: string): { items: DeclaredItem[]; errors: ActionError[] } {
  // The run reads the commands twice, first for the names of the commands to load, then to plan: parse them once.
  if (last?.text !== text || last.source !== source) last = { text, source, read: parseItems(text, source) };
  return { items: [...last.read.items], errors: [...last.read.errors] };
}

let last: { text: string; source: string; read: { items: DeclaredItem[]; errors: ActionError[] } } | undefined;

function parseItems(text: string, source: string): { items: DeclaredItem[]; errors: ActionError[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  if (doc.errors.length > 0) {
    const errors = doc.errors.map((e) => {
      const pos = e.linePos?.[0] ?? lineCounter.linePos(e.pos[0]);
      const what = e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
      return new ActionError(`YAML syntax error in ${sourceLabel(source)} at line ${pos.line}, column ${pos.col}: ${what}`);
    });
    throw new ActionErrors(`The commands in ${sourceLabel(source)} are not valid YAML:`, errors);
  }
  const root = doc.contents;
  if (!isSeq(root) || root.items.length === 0) throw notAList(root, source);
  const errors: ActionError[] = [];
  const items = root.items.map((node, index) => {
    const line = node && typeof node === 'object' && 'range' in node && node.range ? lineCounter.linePos(node.range[0]).line : undefined;
    return readItem(node as Node | null, index, line, errors);
  });
  checkDuplicateIds(items, errors);
  return { items, errors };
}

function notAList(root: unknown, source: string): ActionErrors {
  const example = "e.g.\n  - spo app list\n  - run: entra group list --displayName Finance";
  const problem =
    root === null || (isScalar(root) && (root.value === null || root.value === ''))
      ? `${sourceLabel(source)} declares no command: give a YAML list with one '- ' item per command, ${example}`
      : isSeq(root)
        ? `${sourceLabel(source)} is an empty list: give at least one command, ${example}`
        : `${sourceLabel(source)} must be a YAML list with one '- ' item per command; got ${kindOf(root)}. Put '- ' before each command, ${example}`;
  return new ActionErrors('Planning failed:', [new ActionError(problem)]);
}

function kindOf(node: unknown): string {
  if (isMap(node)) return 'a mapping';
  if (isSeq(node)) return 'a list';
  if (isScalar(node)) return node.value === null ? 'nothing' : `a ${typeof node.value === 'string' ? 'string' : typeof node.value}`;
  return 'nothing';
}

function readItem(node: Node | null, index: number, line: number | undefined, errors: ActionError[]): DeclaredItem {
  const where = describeItem({ index, line });
  if (isScalar(node) && typeof node.value === 'string' && node.value.trim() !== '') {
    return { index, line, run: node.value, invalid: false };
  }
  if (!isMap(node)) {
    errors.push(new ActionError(`Item ${where} must be a command line (a string) or a mapping with 'run' or 'command'; got ${isScalar(node) && node.value === '' ? 'an empty string' : kindOf(node)}.`));
    return { index, line, invalid: true };
  }
  const fields: Record<string, unknown> = {};
  for (const pair of node.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    if (!ITEM_KEYS.includes(key)) {
      errors.push(new ActionError(`Unknown key '${key}' in ${where}.${didYouMean(suggest(key, ITEM_KEYS, 1))} Allowed keys: ${ITEM_KEYS.join(', ')}.`));
      continue;
    }
    fields[key] = isScalar(pair.value) ? pair.value.value : (pair.value as Node | null)?.toJSON() ?? null;
  }
  return checkFields(fields, index, line, errors);
}

function checkFields(f: Record<string, unknown>, index: number, line: number | undefined, errors: ActionError[]): DeclaredItem {
  const before = errors.length;
  const written = typeof f.id === 'string' || typeof f.id === 'number' ? String(f.id) : undefined;
  const id = written !== undefined && ID_PATTERN.test(written) ? written : undefined;
  const where = describeItem({ index, id, line });
  const add = (message: string) => errors.push(new ActionError(message));
  if (f.id !== undefined && id === undefined) {
    add(`Invalid id '${String(f.id)}' (${where}): an id starts with a letter or '_' and holds only letters, digits, '_' and '-' (it names a step output and is used in {{ id.path }}).`);
  } else if (id !== undefined && RESERVED_KEYS.includes(outputKey(id))) {
    add(`Invalid id '${id}' (${where}): '${id}' is the name of one of the action's own outputs (${Object.values(Output).join(', ')}); choose another id.`);
  } else if (id !== undefined && ITERATION_IDS.includes(outputKey(id))) {
    add(`Invalid id '${id}' (${where}): '${id}' is reserved: in a 'for-each' item, {{ item }} and {{ index }} are the element and its position. Choose another id.`);
  }
  if (f.run !== undefined && f.command !== undefined) add(`Item ${where} has both 'run' and 'command': use 'run' for a command line or 'command' with 'options', not both.`);
  else if (f.run === undefined && f.command === undefined) add(`Item ${where} has neither 'run' nor 'command': add 'run: <command line>' or 'command: <name>' with 'options'.`);
  if (f.run !== undefined && (typeof f.run !== 'string' || f.run.trim() === '')) add(`'run' of ${where} must be a command line (a non-empty string).`);
  if (f.command !== undefined && (typeof f.command !== 'string' || f.command.trim() === '')) add(`'command' of ${where} must be a command name such as 'spo app list'.`);
  if (f.options !== undefined && f.run !== undefined) add(`'options' of ${where} goes with 'command', not 'run': put the options in the 'run' line or use 'command'.`);
  const optionsOk = f.options === undefined || f.options === null || (typeof f.options === 'object' && !Array.isArray(f.options));
  if (!optionsOk) add(`'options' of ${where} must be a mapping of option names to values, e.g. options: { webUrl: https://contoso.sharepoint.com }.`);
  if (f.query !== undefined && (typeof f.query !== 'string' || f.query.trim() === '')) add(`'query' of ${where} must be a JMESPath expression (a string).`);
  const forEach = readForEach(f['for-each'], where, add);
  const coe = f['continue-on-error'];
  if (coe !== undefined && typeof coe !== 'boolean') add(`'continue-on-error' of ${where} must be true or false; got '${String(coe)}'.`);
  return {
    index,
    line,
    id,
    run: typeof f.run === 'string' ? f.run : undefined,
    command: typeof f.command === 'string' ? f.command : undefined,
    options: optionsOk && f.options ? (f.options as Record<string, unknown>) : undefined,
    query: typeof f.query === 'string' ? f.query : undefined,
    continueOnError: typeof coe === 'boolean' ? coe : undefined,
    forEach,
    invalid: errors.length > before,
  };
}

/** `for-each`: one whole `{{ id.path }}` reference, or a literal list. */
function readForEach(value: unknown, where: string, add: (message: string) => void): DeclaredItem['forEach'] {
  if (value === undefined) return undefined;
  if (Array.isArray(value)) return { items: value };
  if (typeof value === 'string' && /^\{\{[\s\S]*\}\}$/.test(value.trim()) && value.indexOf('{{', 2) < 0) return { reference: value.trim() };
  add(`'for-each' of ${where} must be a reference to an earlier result that is a list ("{{ sites }}", "{{ hub.Sites[].Url }}") or a YAML list; got '${String(value)}'.`);
  return undefined;
}

/**
 * What an id is compared by. Ids become output names: GitHub reads `steps.x.outputs.<name>` without regard to case,
 * and Azure DevOps output variables ignore case and are camelCased from dashed ids (`my-app` → `myApp`). Two ids
 * equal but for case or dashes would overwrite each other's output, so they count as the same id.
 */
function outputKey(id: string): string {
  return id.toLowerCase().replace(/-/g, '');
}

const RESERVED_KEYS: readonly string[] = Object.values(Output).map(outputKey);

function checkDuplicateIds(items: readonly DeclaredItem[], errors: ActionError[]): void {
  const seen = new Map<string, DeclaredItem>();
  for (const item of items) {
    if (item.id === undefined) continue;
    const first = seen.get(outputKey(item.id));
    if (!first) {
      seen.set(outputKey(item.id), item);
      continue;
    }
    const other = describeItem({ index: first.index, line: first.line });
    errors.push(
      new ActionError(
        first.id === item.id
          ? `Duplicate id '${item.id}' (${describeItem(item)}): ${other} already uses it; ids must be unique.`
          : `Id '${item.id}' (${describeItem(item)}) differs from '${first.id}' of ${other} only in case or dashes; both would set the same output (output names ignore case, and Azure DevOps turns 'a-b' into 'aB'). Choose ids that differ in letters.`,
      ),
    );
  }
}
