import { sharePointResource, type Cloud, type Resource } from '../clouds.js';
import type { CommandDefinition, Options } from '../commands/types.js';
import { ActionError, ActionErrors } from '../errors.js';
import { boundEcho } from '../text.js';
import { isMeToken, isVivaEngageCommand, meTokenRejection, vivaEngageRejection } from './app-only.js';
import { CommandLineError, splitCommandLine } from './command-line.js';
import { dropProgramName, leadingWords, matchCommand, suggestCommands } from './find-command.js';
import { knownCommandRefusal } from './known-commands.js';
import { parseArgs, readOptionsMapping, renderOptions, validateOptions, type ParsedOptions } from './options.js';
import { findReferences, forEachString, hasReference, isReference, jmespathError } from './reference-syntax.js';
import { decideResource } from './resource.js';
import { didYouMean, suggest } from './suggest.js';
import type { Plan, PlannedCommand } from './types.js';
import { describeItem, ITERATION_IDS, readItems, sourceLabel, type DeclaredItem } from './yaml-items.js';

export interface PlanInput {
  /** The declared commands (YAML text). */
  readonly commands: string;
  /** 'commands' (the input) or the commands-file path, for messages. */
  readonly source: string;
  readonly catalogue: readonly CommandDefinition[];
  readonly cloud: Cloud;
  /** `spo-url`, when given. */
  readonly spoUrl?: string;
  /** Working directory for relative file paths. */
  readonly cwd: string;
  /** The run's file rules: a file an option names must be readable under them (checked at planning when known). */
  readonly assertReadable?: (path: string) => string;
}

interface Context extends PlanInput {
  readonly items: readonly DeclaredItem[];
  readonly sharePointRoot?: Resource;
}

/**
 * Parses and validates the declared commands without any network I/O. Throws ActionErrors listing every problem
 * found (each naming the item, the option, the value and the fix); returns the plan when there is none.
 */
export function createPlan(input: PlanInput): Plan {
  const { items, errors } = readItems(input.commands, input.source);
  const sharePointRoot = input.spoUrl ? sharePointResource(input.cloud, input.spoUrl) : undefined;
  if (input.spoUrl && !sharePointRoot) {
    errors.push(new ActionError(`spo-url '${input.spoUrl}' is not a SharePoint Online URL of cloud ${input.cloud.name}; give the root, like https://contoso.${input.cloud.sharePointSuffix}.`));
  }
  let context: Context = { ...input, items, sharePointRoot };
  const commands: PlannedCommand[] = [];
  for (const item of items) {
    if (item.invalid) continue;
    const problems: string[] = [];
    const planned = planItem(item, context, problems);
    if (planned?.definition.setsSharePointRoot) context = { ...context, sharePointRoot: rootSetBy(planned, context, problems) ?? context.sharePointRoot };
    errors.push(...problems.map((p) => new ActionError(p)));
    if (planned && problems.length === 0) commands.push(planned);
  }
  if (errors.length > 0) {
    const count = errors.length === 1 ? '1 problem' : `${errors.length} problems`;
    throw new ActionErrors(`Planning found ${count} in the commands of ${sourceLabel(input.source)}; nothing was run:`, errors);
  }
  const planned = withInferredSharePointRoot(commands);
  const resources = new Map<string, Resource>();
  for (const command of planned) if (command.resource) resources.set(command.resource.audience, command.resource);
  return { commands: planned, resources: [...resources.values()], needsSharePointDiscovery: planned.some((c) => c.resourceKind === 'sharepoint' && !c.resource) };
}

/** The SharePoint root a command such as `spo set --url` gives the commands after it; it must be written out. */
function rootSetBy(planned: PlannedCommand, context: Context, problems: string[]): Resource | undefined {
  const option = planned.definition.sharePointUrlOption ?? '';
  const value = planned.options[option];
  const where = describeItem({ index: planned.index, id: planned.hasDeclaredId ? planned.id : undefined, line: planned.line });
  if (typeof value !== 'string' || hasReference(value)) {
    problems.push(`Option '--${option}' of '${planned.definition.name}' (${where}) must be written out: it decides, before anything runs, which SharePoint the commands after it talk to.`);
    return undefined;
  }
  const root = sharePointResource(context.cloud, value);
  if (!root) problems.push(`Option '--${option}' (${where}) is '${value}', which is not a SharePoint Online URL of cloud ${context.cloud.name}; give the root, like https://contoso.${context.cloud.sharePointSuffix}.`);
  return root;
}

/**
 * An app-only token is for one tenant, and a tenant has one SharePoint root: when other commands name SharePoint URLs of
 * exactly one tenant, SharePoint commands without a URL of their own use that root instead of asking Graph for it
 * (one request and often a whole Graph token saved).
 */
function withInferredSharePointRoot(commands: PlannedCommand[]): PlannedCommand[] {
  const roots = new Map<string, Resource>();
  for (const command of commands) if (command.resource?.kind === 'sharepoint') roots.set(command.resource.audience, command.resource);
  if (roots.size !== 1) return commands;
  const [root] = roots.values();
  return commands.map((command) => (command.resourceKind === 'sharepoint' && !command.resource ? { ...command, resource: root } : command));
}

/** Plans one item; pushes its problems (as messages) and returns the planned command when it could be built. */
function planItem(item: DeclaredItem, context: Context, problems: string[]): PlannedCommand | undefined {
  const where = describeItem(item);
  const tokens = tokenize(item, where, problems);
  if (!tokens) return undefined;
  const words = leadingWords(tokens);
  if (isVivaEngageCommand(words) && !matchCommand(tokens, context.catalogue)) {
    problems.push(vivaEngageRejection(words, where, context.cloud.graph));
    return undefined;
  }
  const match = matchCommand(tokens, context.catalogue);
  if (!match) {
    const typed = words.join(' ');
    const fix = didYouMean(suggestCommands(typed, context.catalogue)) || " It is not in this action's catalogue; 'request' calls any Microsoft Graph or SharePoint REST endpoint.";
    problems.push(knownCommandRefusal(tokens, item.options, where, context.cloud) ?? `Unknown command '${typed}' (${where}).${fix}`);
    return undefined;
  }
  const { definition } = match;
  const rest = tokens.slice(match.words);
  const parsed = readOptions(item, definition, rest, where);
  problems.push(...parsed.errors);
  const query = chooseQuery(item, parsed, where, problems);
  problems.push(...meTokenProblems(parsed.options, where));
  const validated = validateOptions(parsed, definition, where, { cwd: context.cwd, assertReadable: context.assertReadable });
  problems.push(...validated.errors);
  const references = checkReferences(item, validated.options, context.items, problems);
  if (problems.length > 0) return undefined;
  const decision = decideResource(definition, validated.options, context.cloud, context.sharePointRoot, where);
  if (decision.error) problems.push(decision.error);
  return {
    index: item.index,
    id: item.id ?? String(item.index),
    hasDeclaredId: item.id !== undefined,
    display: displayOf(item, definition, validated.options),
    line: item.line,
    definition,
    options: validated.options,
    references,
    resourceKind: decision.kind,
    resource: decision.resource,
    query,
    output: parsed.output ?? 'json',
    continueOnError: item.continueOnError ?? false,
    forEach: item.forEach,
  };
}

/**
 * The leading words of each declared item's command line (without `m365`), read before planning so that a run loads
 * only the commands it names; undefined when the YAML cannot be read (planning then says why).
 */
export function declaredCommandWords(text: string, source: string): string[][] | undefined {
  let items: readonly DeclaredItem[];
  try {
    items = readItems(text, source).items;
  } catch {
    return undefined;
  }
  return items.filter((item) => !item.invalid).map((item) => leadingWords(tokenize(item, '', []) ?? []));
}

/** The words of the item: the split command line, or the structured `command` name. */
function tokenize(item: DeclaredItem, where: string, problems: string[]): string[] | undefined {
  try {
    const tokens = dropProgramName(item.run !== undefined ? splitCommandLine(item.run) : (item.command ?? '').trim().split(/\s+/));
    if (tokens.length === 0) problems.push(`Item ${where} holds no command.`);
    return tokens.length > 0 ? tokens : undefined;
  } catch (error) {
    if (!(error instanceof CommandLineError)) throw error;
    problems.push(`Cannot split the command line of ${where}: ${error.message} of '${item.run?.trim()}'; close the quote, or escape it with a backslash.`);
    return undefined;
  }
}

function readOptions(item: DeclaredItem, definition: CommandDefinition, rest: string[], where: string): ParsedOptions {
  if (item.run !== undefined) return parseArgs(rest, definition, where);
  const parsed = readOptionsMapping(item.options ?? {}, definition, where);
  if (rest.length > 0) {
    parsed.errors.push(`'command' of ${where} must be only the command name ('${definition.name}'); put '${rest.join(' ')}' under 'options'.`);
  }
  return parsed;
}

function chooseQuery(item: DeclaredItem, parsed: ParsedOptions, where: string, problems: string[]): string | undefined {
  if (item.query !== undefined && parsed.query !== undefined) {
    problems.push(`${where} has both 'query' and --query in its line; keep one.`);
    return undefined;
  }
  const query = item.query ?? parsed.query;
  const problem = query === undefined ? undefined : jmespathError(query);
  if (problem) problems.push(`Query '${query}' of ${where} is not valid JMESPath: ${problem}.`);
  return query;
}

/** `@meId`/`@meUserName` in any option: app-only has no signed-in user for them to stand for. */
function meTokenProblems(options: Options, where: string): string[] {
  return Object.entries(options).flatMap(([name, value]) => (isMeToken(value) ? [meTokenRejection(name, String(value), where)] : []));
}

/**
 * Every `{{ id.path }}` must name an id declared by an earlier item; in a `for-each` item, `{{ item… }}` and
 * `{{ index }}` name the element instead. The `for-each` reference itself follows the same rule. Returns the distinct
 * ids referenced (the element is not one).
 */
function checkReferences(item: DeclaredItem, options: Options, items: readonly DeclaredItem[], problems: string[]): string[] {
  const ids = new Set<string>();
  for (const [name, value] of Object.entries(options)) {
    forEachString(value, (text) => checkText(text, `option '--${name}'`, item, items, problems, ids));
  }
  if (item.forEach && 'reference' in item.forEach) checkText(item.forEach.reference, "'for-each'", item, items, problems, ids, false);
  return [...ids];
}

function checkText(text: string, place: string, item: DeclaredItem, items: readonly DeclaredItem[], problems: string[], ids: Set<string>, elementAllowed = true): void {
  const where = describeItem(item);
  for (const found of findReferences(text)) {
    const what = `Reference '${found.text}' in ${place} (${where})`;
    if (!isReference(found)) {
      problems.push(`${what} is not valid: ${found.problem}.`);
      continue;
    }
    if (ITERATION_IDS.includes(found.id)) {
      if (!item.forEach || !elementAllowed) {
        problems.push(`${what} names '${found.id}', which only a 'for-each' item has (the element of each iteration${elementAllowed ? '' : ', not known before the list is'}). Add 'for-each', or refer to an earlier command's id.`);
      }
      continue;
    }
    const target = items.find((i) => i.id === found.id) ?? forEachFailures(found.id, items);
    if (!target) {
      const declared = items.flatMap((i) => (i.id === undefined ? [] : [i.id]));
      const fix = didYouMean(suggest(found.id, declared)) || (declared.length > 0 ? ` Declared ids: ${declared.join(', ')}.` : " Give that command an 'id'.");
      problems.push(`${what} names id '${found.id}', but no command declares it.${fix}`);
    } else if (target.index >= item.index) {
      const whose = target.index === item.index ? 'its own result' : `the result of ${describeItem(target)}, which comes later`;
      problems.push(`${what} uses ${whose}; a command can only use results of earlier commands: move '${found.id}' before it.`);
    } else {
      ids.add(found.id);
    }
  }
}

/** Longest command line shown in logs and the summary. */
const DISPLAY_CHARS = 300;

/** `<id>-failed` names the failed elements of the `for-each` item `<id>` (a later item can retry exactly those). */
function forEachFailures(id: string, items: readonly DeclaredItem[]): DeclaredItem | undefined {
  if (!id.endsWith('-failed')) return undefined;
  const base = id.slice(0, -'-failed'.length);
  return items.find((i) => i.id === base && i.forEach !== undefined);
}

/** The command as declared: its line (continuations joined), or the structured form rendered as a line. */
function displayOf(item: DeclaredItem, definition: CommandDefinition, options: Options): string {
  // Bounded: the line is echoed in logs, errors and the summary, and an option may hold megabytes.
  if (item.run !== undefined) return boundEcho(item.run.replace(/\s*\\?\r?\n\s*/g, ' ').trim(), DISPLAY_CHARS);
  const rendered = renderOptions(options);
  return boundEcho(rendered === '' ? definition.name : `${definition.name} ${rendered}`, DISPLAY_CHARS);
}
