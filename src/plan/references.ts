import jmespath from 'jmespath';
import type { OptionValue, Options } from '../commands/types.js';
import { ActionError } from '../errors.js';
import { validateValue } from './options.js';
import { findReferences, hasReference, isReference, mapStrings, type Reference } from './reference-syntax.js';
import type { PlannedCommand } from './types.js';
import { describeItem } from './yaml-items.js';

/**
 * Replaces the `{{ id.path }}` references in a command's options with values from earlier results (JMESPath `path`
 * on the result of `id`), then validates the changed options again. A reference that is the whole value becomes the
 * JSON value itself; one inside a longer text is inserted as text (objects as JSON).
 */
export function resolveReferences(command: PlannedCommand, results: ReadonlyMap<string, unknown>): Options {
  const where = describeItem({ index: command.index, id: command.hasDeclaredId ? command.id : undefined, line: command.line });
  const resolved: Options = {};
  for (const [name, value] of Object.entries(command.options)) {
    if (!hasReference(value)) {
      resolved[name] = value;
      continue;
    }
    const schema = command.definition.options.find((o) => o.name === name);
    const isUrl = schema?.type === 'url' || schema?.type === 'endpoint';
    const what = `Option '--${name}' (${where})`;
    const replaced = mapStrings(value, (text) => (isUrl ? substituteInUrl(text, results, what) : substitute(text, results, what)));
    if (schema && typeof value === 'string') {
      const checked = validateValue(schema, replaced, where);
      if ('error' in checked) throw new ActionError(`${checked.error} It came from '${value}'.`);
      resolved[name] = checked.value;
    } else {
      resolved[name] = replaced;
    }
  }
  const problem = command.definition.validate?.(resolved);
  if (problem) throw new ActionError(`'${command.definition.name}' (${where}): ${problem}`);
  return resolved;
}

/** How a value is written into the text around it. */
type Insert = (value: unknown, before: string) => string;

const asText: Insert = (value) => (typeof value === 'string' ? value : JSON.stringify(value));

function substitute(text: string, results: ReadonlyMap<string, unknown>, what: string, insert: Insert = asText): OptionValue {
  const references = findReferences(text);
  const only = references.length === 1 ? references[0] : undefined;
  if (only && isReference(only) && text.trim() === only.text) return evaluate(only, results, what) as OptionValue;
  // One pass over the original text, by position: a value is inserted as it is (no `$&` patterns) and is never
  // scanned again, so data that looks like a reference stays data.
  let out = '';
  let last = 0;
  for (const found of references) {
    if (!isReference(found)) throw new ActionError(`${what}: '${found.text}' is not a valid reference: ${found.problem}.`);
    const value = evaluate(found, results, what);
    out += text.slice(last, found.index);
    out += insert(value, out);
    last = found.index + found.text.length;
  }
  return out + text.slice(last);
}

/**
 * References are data, also inside a URL: a value that comes from an earlier result (tenant data, which any site owner
 * may set) must never change where a request goes. Inserted into the path it is encoded as one segment (`/`, `?`, `#`
 * stay inside it; `.` and `..`, which URL parsers resolve even when encoded, are refused); into the query or fragment,
 * encoded as a value. A reference that is the whole value is a URL of its own and is validated as one. Last, the path
 * must still start with the literal path written before the first reference.
 */
function substituteInUrl(text: string, results: ReadonlyMap<string, unknown>, what: string): OptionValue {
  const insert: Insert = (value, before) => {
    const raw = typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : JSON.stringify(value);
    if (/[?#]/.test(before)) return encodeURIComponent(raw);
    if (raw === '.' || raw === '..' || raw === '') {
      throw new ActionError(`${what}: a reference inserted '${raw}' into the URL path; '.', '..' and empty segments would move the request elsewhere.`, {
        hint: 'Check the path of the reference against the earlier command\'s JSON output.',
      });
    }
    return encodeURIComponent(raw);
  };
  const resolved = substitute(text, results, what, insert);
  const at = text.indexOf('{{');
  if (typeof resolved === 'string' && at > 0) assertUnderPrefix(resolved, text.slice(0, at), what);
  return resolved;
}

/** The resolved URL keeps the host and the directory written before the first reference. */
function assertUnderPrefix(resolved: string, prefix: string, what: string): void {
  let literal: URL;
  let url: URL;
  try {
    literal = new URL(prefix);
    url = new URL(resolved);
  } catch {
    return; // Not an absolute URL (an @graph form): the option's own validation and the planner's check apply.
  }
  const directory = literal.pathname.slice(0, literal.pathname.lastIndexOf('/') + 1);
  if (url.host !== literal.host || !url.pathname.startsWith(directory)) {
    throw new ActionError(`${what}: with its references resolved the URL leaves ${literal.host}${directory}; a reference may not move a request.`);
  }
}

function evaluate(reference: Reference, results: ReadonlyMap<string, unknown>, what: string): unknown {
  if (!results.has(reference.id)) {
    throw new ActionError(`${what} uses '${reference.text}', but command '${reference.id}' has no result (it failed or did not run).`);
  }
  const result = results.get(reference.id);
  const value: unknown = reference.path === '' ? result : jmespath.search(result, reference.path);
  if (value === null || value === undefined) {
    const part = reference.path === '' ? 'the result' : `'${reference.path}'`;
    throw new ActionError(`${what} uses '${reference.text}', but ${part} of '${reference.id}' is null or missing; check the path against that command's JSON output.`);
  }
  return value;
}

/** The value of one whole `{{ id.path }}` text (a `for-each` list), with the same messages as options get. */
export function resolveReference(text: string, results: ReadonlyMap<string, unknown>, what: string): unknown {
  const [found] = findReferences(text);
  if (!found || !isReference(found)) throw new ActionError(`${what}: '${text}' is not a valid reference.`);
  return evaluate(found, results, what);
}
