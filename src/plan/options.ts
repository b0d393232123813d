import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CommandDefinition, OptionSchema, OptionValue, Options } from '../commands/types.js';
import { hasReference } from './reference-syntax.js';
import { didYouMean, suggest } from './suggest.js';
import { shorten } from '../text.js';

export type OutputFormat = 'json' | 'text' | 'csv' | 'md' | 'none';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['json', 'text', 'csv', 'md', 'none'];

/** Options as written (strings from a line, YAML-typed values from a mapping), before type validation. */
export interface ParsedOptions {
  readonly options: Options;
  /** `--output` / `-o` in the line. */
  output?: OutputFormat;
  /** `--query` in the line. */
  query?: string;
  readonly errors: string[];
  /** An unknown option was reported: required/rule errors would mostly echo that typo, so they are not checked. */
  unknownOption: boolean;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Global options of the CLI for Microsoft 365 honoured (output, query) or accepted and ignored (debug, verbose). */
const GLOBAL_OPTIONS = ['output', 'query', 'debug', 'verbose'];
const OPTION_TOKEN = /^(--?)([A-Za-z_][\w.:-]*)(?:=([\s\S]*))?$/;

/** A value for messages: long values are shortened, at a space (see shorten: a user's secret is never cut in two). */
export function showValue(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  return shorten(text, 200, '...');
}

function isOptionToken(token: string): boolean {
  return /^--?[A-Za-z_]/.test(token);
}

function optionList(names: readonly string[]): string {
  return names.map((n) => `--${n}`).join(', ');
}

/**
 * Parses the arguments after the command name: `--name value`, `--name=value`, `-n value`, boolean flags with an
 * optional `true`/`false`. A repeated option is an error, as in the CLI for Microsoft 365 (last-wins would hide typos).
 */
export function parseArgs(args: readonly string[], definition: CommandDefinition, where: string): ParsedOptions {
  const parsed: ParsedOptions = { options: {}, errors: [], unknownOption: false };
  for (let i = 0; i < args.length; i++) {
    const match = isOptionToken(args[i]) ? OPTION_TOKEN.exec(args[i]) : null;
    if (!match) {
      parsed.errors.push(`Unexpected argument '${showValue(args[i])}' (${where}): '${definition.name}' takes options only (--name value); quote a value that contains spaces.`);
      continue;
    }
    const [, dashes, name, inline] = match;
    const schema = dashes === '--' ? definition.options.find((o) => o.name === name) : definition.options.find((o) => o.short === name);
    const key = schema?.name ?? globalName(dashes, name, definition) ?? (definition.allowUnknownOptions && dashes === '--' && isFreeName(name) ? name : undefined);
    const isFlag = schema ? schema.type === 'boolean' : key === 'debug' || key === 'verbose';
    const next = args[i + 1];
    let value: string | boolean | undefined = inline;
    if (value === undefined && isFlag && next !== undefined && /^(true|false)$/i.test(next)) value = args[++i];
    else if (value === undefined && !isFlag && next !== undefined && !isOptionToken(next)) value = args[++i];
    if (value === undefined && isFlag) value = true;
    if (key === undefined) {
      reportUnknown(parsed, `${dashes}${name}`, definition, where);
    } else if (value === undefined) {
      parsed.errors.push(`Option '${dashes}${name}' (${where}) needs a value: ${dashes}${name} <value>.`);
    } else {
      store(parsed, key, value, definition, where);
    }
  }
  return parsed;
}

/** The global option a token names, unless the command declares an option of that name itself. */
function globalName(dashes: string, name: string, definition: CommandDefinition): string | undefined {
  if (dashes === '-') return name === 'o' && !definition.options.some((o) => o.short === 'o') ? 'output' : undefined;
  return GLOBAL_OPTIONS.includes(name) ? name : undefined;
}

function reportUnknown(parsed: ParsedOptions, written: string, definition: CommandDefinition, where: string): void {
  parsed.unknownOption = true;
  const bare = written.replace(/^--?/, '');
  const near = suggest(bare, definition.options.map((o) => o.name)).map((n) => `--${n}`);
  const known = definition.options.length > 0 ? ` Options of '${definition.name}': ${optionList(definition.options.map((o) => o.name))}.` : ` '${definition.name}' takes no options.`;
  parsed.errors.push(`Unknown option '${written}' for '${definition.name}' (${where}).${near.length > 0 ? didYouMean(near) : known}`);
}

/**
 * A name an option outside the schema (a list field, a request header) may have: not one of the properties every object
 * inherits (`constructor`, `__proto__`, `toString`…), which would read as "given more than once" or change the options
 * object itself instead of being stored in it.
 */
function isFreeName(name: string): boolean {
  return !(name in Object.prototype) && name !== '__proto__';
}

function store(parsed: ParsedOptions, key: string, value: OptionValue, definition: CommandDefinition, where: string): void {
  const isGlobal = !definition.options.some((o) => o.name === key) && GLOBAL_OPTIONS.includes(key);
  const previous = !isGlobal ? (Object.hasOwn(parsed.options, key) ? parsed.options[key] : undefined) : key === 'output' ? parsed.output : key === 'query' ? parsed.query : undefined;
  if (previous !== undefined) {
    parsed.errors.push(`Option '--${key}' is given more than once (${where}); give it once.`);
  } else if (!isGlobal) {
    parsed.options[key] = value;
  } else if (key === 'output') {
    const format = OUTPUT_FORMATS.find((f) => f === String(value).toLowerCase());
    if (format) parsed.output = format;
    else parsed.errors.push(`Option '--output' (${where}) is '${showValue(value)}'; use one of: ${OUTPUT_FORMATS.join(', ')}.`);
  } else if (key === 'query') {
    parsed.query = String(value);
  }
}

/**
 * Reads the `options` mapping of the structured form. Keys are long option names (a leading `--` is tolerated);
 * values keep their YAML types and are validated like the values of a command line.
 */
export function readOptionsMapping(mapping: Record<string, unknown>, definition: CommandDefinition, where: string): ParsedOptions {
  const parsed: ParsedOptions = { options: {}, errors: [], unknownOption: false };
  for (const [rawKey, raw] of Object.entries(mapping)) {
    const key = rawKey.replace(/^--?/, '');
    const schema = definition.options.find((o) => o.name === key) ?? (key.length === 1 ? definition.options.find((o) => o.short === key) : undefined);
    if (!schema && (!definition.allowUnknownOptions || !isFreeName(key))) {
      reportUnknown(parsed, `--${key}`, definition, where);
    } else if (raw === null || raw === undefined) {
      if (schema?.type === 'boolean') parsed.options[schema.name] = true;
      else parsed.errors.push(`Option '--${key}' (${where}) has no value.`);
    } else if (schema) {
      parsed.options[schema.name] = raw as OptionValue;
    } else {
      // Unknown options are passed on as text (list item fields, request headers).
      parsed.options[key] = typeof raw === 'object' ? JSON.stringify(raw) : String(raw);
    }
  }
  return parsed;
}

/** Checks one value against its schema; returns the typed, normalised value or the message explaining the problem. */
export function validateValue(schema: OptionSchema, value: unknown, where: string, files?: FileCheck): { value: OptionValue } | { error: string } {
  const what = `Option '--${schema.name}' (${where})`;
  const typed = convert(schema, value, what, files);
  if ('error' in typed || !schema.enum) return typed;
  const allowed = schema.enum.find((e) => e.toLowerCase() === String(typed.value).toLowerCase());
  return allowed !== undefined ? { value: allowed } : { error: `${what} is '${showValue(typed.value)}', which is not allowed; use one of: ${schema.enum.join(', ')}.` };
}

function convert(schema: OptionSchema, value: unknown, what: string, files?: FileCheck): { value: OptionValue } | { error: string } {
  const isScalar = typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
  if (schema.type === 'json') return convertJson(value, what);
  if (!isScalar) return { error: `${what} must be a single value, not ${Array.isArray(value) ? 'a list' : 'a mapping'}.` };
  const text = String(value);
  switch (schema.type) {
    case 'string':
    case 'endpoint':
      return { value: text };
    case 'boolean':
      if (typeof value === 'boolean') return { value };
      return /^(true|false)$/i.test(text) ? { value: text.toLowerCase() === 'true' } : { error: `${what} is '${showValue(text)}'; use true or false.` };
    case 'number': {
      const n = typeof value === 'number' ? value : text.trim() === '' ? NaN : Number(text);
      return Number.isFinite(n) ? { value: n } : { error: `${what} is '${showValue(text)}', which is not a number.` };
    }
    case 'url':
      return convertUrl(text, what);
    case 'guid':
      return GUID.test(text) ? { value: text } : { error: `${what} is '${showValue(text)}', which is not a GUID (like 6b6e2a4c-0f1d-4f3e-9a63-2c1f4a6a1d2b).` };
    case 'file':
      return convertFile(text, what, files);
  }
}

function convertUrl(text: string, what: string): { value: OptionValue } | { error: string } {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { error: `${what} is '${showValue(text)}', which is not an absolute URL; give an https URL such as https://contoso.sharepoint.com/sites/team.` };
  }
  const problem = urlShapeProblem(url);
  if (url.protocol === 'https:') return problem ? { error: `${what} is not accepted: ${problem}.` } : { value: text };
  const fix = url.protocol === 'http:' ? ` Use '${showValue(text.replace(/^http:/i, 'https:'))}'.` : '';
  return { error: `${what} is '${showValue(text)}', but https is required: tokens and data only travel over https.${fix}` };
}

/**
 * What needs no network to refuse, refused before any token is asked: a user-info part (`https://graph.microsoft.com@evil`
 * reads like Graph and goes elsewhere) and a port (Microsoft 365 serves https on 443 only). Returns the reason.
 */
export function urlShapeProblem(url: URL): string | undefined {
  if (url.username !== '' || url.password !== '') return `its text before '@' hides the real host (${url.hostname}); remove it`;
  if (url.port !== '') return `it names port ${url.port}, and Microsoft 365 answers on the https port only; remove ':${url.port}'`;
  return undefined;
}

/** Where planning looks for the files options name: the working directory, and the rules of what may be read. */
export interface FileCheck {
  readonly cwd: string;
  /** Throws an ActionError for a file outside the allowed roots (the run's FileAccess). */
  readonly assertReadable?: (path: string) => string;
}

function convertFile(text: string, what: string, check?: FileCheck): { value: OptionValue } | { error: string } {
  // Without a working directory (after a reference was resolved) the command's own read applies the same rules.
  if (check === undefined) return { value: text };
  const path = resolve(check.cwd, text);
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat?.isFile()) {
    const problem = stat ? 'is not a file' : 'does not exist';
    return { error: `${what} names '${showValue(text)}', but ${path} ${problem} (paths are relative to the working directory ${check.cwd}).` };
  }
  try {
    check.assertReadable?.(path);
    return { value: text };
  } catch (error) {
    return { error: `${what} names '${showValue(text)}', which the action may not read: ${error instanceof Error ? error.message : String(error)}` };
  }
}

function convertJson(value: unknown, what: string): { value: OptionValue } | { error: string } {
  if (typeof value !== 'string') return { value: value as OptionValue };
  try {
    return { value: JSON.parse(value) as OptionValue };
  } catch (error) {
    return { error: `${what} is not valid JSON: ${(error as Error).message} (value '${showValue(value)}').` };
  }
}

/**
 * Validates parsed options: types (values holding `{{ }}` references wait for resolution), required options, the
 * definition's rules and its own `validate`. Returns the typed options and every problem found.
 */
export function validateOptions(
  parsed: ParsedOptions,
  definition: CommandDefinition,
  where: string,
  files?: FileCheck,
): { options: Options; errors: string[] } {
  const options: Options = {};
  const errors: string[] = [];
  let referenced = false;
  for (const [name, value] of Object.entries(parsed.options)) {
    const schema = definition.options.find((o) => o.name === name);
    if (hasReference(value)) referenced = true;
    if (!schema || (typeof value === 'string' && hasReference(value))) {
      options[name] = value;
      continue;
    }
    const result = validateValue(schema, value, where, files);
    if ('error' in result) errors.push(result.error);
    else options[name] = result.value;
  }
  if (parsed.unknownOption) return { options, errors };
  errors.push(...checkPresence(parsed.options, definition, where));
  if (errors.length === 0 && !referenced) {
    const problem = definition.validate?.(options);
    if (problem) errors.push(`'${definition.name}' (${where}): ${problem}`);
  }
  return { options, errors };
}

/** Required options and the rules across options (presence only: a value with a reference counts as given). */
export function checkPresence(options: Options, definition: CommandDefinition, where: string): string[] {
  const given = (name: string) => options[name] !== undefined;
  const errors = definition.options
    .filter((o) => o.required && !given(o.name))
    .map((o) => `Missing required option '--${o.name}' for '${definition.name}' (${where}): ${o.description}`);
  for (const rule of definition.rules ?? []) {
    if (rule.kind === 'requires') {
      const missing = rule.requires.filter((n) => !given(n));
      if (given(rule.option) && missing.length > 0) errors.push(`Option '--${rule.option}' (${where}) also needs ${optionList(missing)}.`);
      continue;
    }
    const present = rule.options.filter(given);
    if (rule.kind === 'exactlyOne' && present.length === 0) {
      errors.push(`'${definition.name}' (${where}) needs one of ${optionList(rule.options)}; none was given.`);
    } else if (present.length > 1) {
      const limit = rule.kind === 'exactlyOne' ? 'only one' : 'at most one';
      errors.push(`'${definition.name}' (${where}) accepts ${limit} of ${optionList(rule.options)}; got ${optionList(present)}.`);
    }
  }
  return errors;
}

/** `--name value` text of options, quoted so that it splits back into the same values (for `display`). */
export function renderOptions(options: Options): string {
  return Object.entries(options)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => (value === true ? `--${name}` : `--${name} ${quoteWord(typeof value === 'object' ? JSON.stringify(value) : String(value))}`))
    .join(' ');
}

function quoteWord(text: string): string {
  if (text !== '' && /^[\w@%+=:,./{}-]+$/.test(text)) return text;
  return `'${text.replace(/'/g, `'\\''`)}'`;
}
