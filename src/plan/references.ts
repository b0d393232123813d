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
    const replaced = mapStrings(value, (text) => substitute(text, results, `Option '--${name}' (${where})`));
    const schema = command.definition.options.find((o) => o.name === name);
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

function substitute(text: string, results: ReadonlyMap<string, unknown>, what: string): OptionValue {
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
    out += text.slice(last, found.index) + (typeof value === 'string' ? value : JSON.stringify(value));
    last = found.index + found.text.length;
  }
  return out + text.slice(last);
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
