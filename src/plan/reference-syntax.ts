import jmespath from 'jmespath';
import type { OptionValue } from '../commands/types.js';

/**
 * `{{ id.path }}`: a value taken from an earlier command's result. `${{ … }}` is a GitHub expression (GitHub replaces
 * it before we run; one left over is text, not a reference).
 */
const REFERENCE = /(\$?)\{\{([\s\S]*?)\}\}/g;
const REFERENCE_BODY = /^([A-Za-z_][A-Za-z0-9_-]*)(.*)$/s;

export interface Reference {
  /** The reference as written, `{{ app.ID }}`. */
  readonly text: string;
  /** Where it starts in the string it was found in. */
  readonly index: number;
  /** The id whose result it reads. */
  readonly id: string;
  /** JMESPath evaluated on that result; '' for the whole result. */
  readonly path: string;
}

/** A reference that cannot be read, with why. */
export interface BadReference {
  readonly text: string;
  readonly index: number;
  readonly problem: string;
}

/** Compiles a JMESPath expression; returns the parser's message when it is invalid. */
export function jmespathError(expression: string): string | undefined {
  const compile = (jmespath as unknown as { compile?: (e: string) => unknown }).compile;
  try {
    if (compile) compile(expression);
    else jmespath.search({}, expression);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** Every `{{ }}` in a string (not `${{ }}`), parsed. */
export function findReferences(value: string): Array<Reference | BadReference> {
  const found: Array<Reference | BadReference> = [];
  for (const match of value.matchAll(REFERENCE)) {
    if (match[1] === '$') continue;
    const text = match[0];
    const index = match.index ?? 0;
    const body = REFERENCE_BODY.exec(match[2].trim());
    if (!body) {
      found.push({ text, index, problem: 'it must start with the id of an earlier command, as in {{ app.id }}' });
      continue;
    }
    const [, id, rest] = body;
    // `{{ id.path }}`, `{{ id[0].x }}`, `{{ id | expr }}` (a pipe applies to the whole result) or `{{ id }}`.
    const tail = rest.trim();
    const path = rest.startsWith('.') ? rest.slice(1).trim() : tail.startsWith('|') ? `@ ${tail}` : tail;
    const wellFormed = rest === '' || rest.startsWith('.') || rest.startsWith('[') || tail.startsWith('|');
    const invalid = wellFormed && path !== '' ? jmespathError(path) : undefined;
    const problem = !wellFormed ? 'write it as {{ id.path }}' : invalid && `the path '${path}' is not JMESPath (${invalid})`;
    found.push(problem === undefined ? { text, index, id, path } : { text, index, problem });
  }
  return found;
}

/** Calls `visit` on every string in a value (options of type json may nest references in objects). */
export function forEachString(value: unknown, visit: (text: string) => void): void {
  if (typeof value === 'string') visit(value);
  else if (Array.isArray(value)) value.forEach((v) => forEachString(v, visit));
  else if (value !== null && typeof value === 'object') Object.values(value).forEach((v) => forEachString(v, visit));
}

/** True when the value (or any string nested in it) holds a `{{ }}` reference. */
export function hasReference(value: unknown): boolean {
  let found = false;
  forEachString(value, (text) => {
    if (!found && findReferences(text).length > 0) found = true;
  });
  return found;
}

/** Replaces every string in a value through `replace`, keeping the structure. */
export function mapStrings(value: OptionValue | undefined, replace: (text: string) => OptionValue): OptionValue | undefined {
  if (typeof value === 'string') return replace(value);
  if (Array.isArray(value)) return value.map((v) => mapStrings(v as OptionValue, replace));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v as OptionValue, replace)]));
  }
  return value;
}

export function isReference(found: Reference | BadReference): found is Reference {
  return 'id' in found;
}
