/**
 * Microsoft Graph's OData conventions, shared by every Graph route: the error body `{ error: { code, message,
 * innerError } }`, `$select`, the `$filter` clauses the catalogue sends (with the advanced-query rule for `not()`),
 * and paging by `$top` and an opaque `$skiptoken` with `@odata.nextLink`.
 */
import { randomUUID } from 'node:crypto';
import type { EmulatorRequest, EmulatorResponse } from '../../types.js';

export const GRAPH = 'https://graph.microsoft.com';
const DEFAULT_PAGE = 100;
const MAX_PAGE = 999;

/** A Graph error body: `{ error: { code, message, innerError } }`. */
export function graphError(status: number, code: string, message: string): EmulatorResponse {
  const innerError = { date: new Date().toISOString().replace(/\.\d+Z$/, ''), 'request-id': randomUUID() };
  return { status, body: { error: { code, message, innerError } } };
}

export function ok(body: unknown): EmulatorResponse {
  return { status: 200, headers: { 'content-type': 'application/json;odata.metadata=minimal;charset=utf-8' }, body };
}

/** Keeps only the `$select`ed properties (and OData annotations). */
export function project(entity: Record<string, unknown>, select: string | null): Record<string, unknown> {
  if (!select) return entity;
  const wanted = new Set(select.split(',').map((p) => p.trim().toLowerCase()));
  return Object.fromEntries(Object.entries(entity).filter(([k]) => k.startsWith('@') || wanted.has(k.toLowerCase())));
}

/** A string literal of a URL (`'O''Brien'`) without its doubled quotes. */
export function unquote(value: string): string {
  return value.replace(/''/g, "'");
}

export type EntityTest = (entity: object) => boolean;

/** A property of an entity by case-insensitive name. */
function propOf(entity: object, name: string): unknown {
  const entry = Object.entries(entity).find(([k]) => k.toLowerCase() === name.toLowerCase());
  return entry?.[1];
}

/** One `$filter` clause of the forms the CLI sends; undefined when unsupported. */
function clause(text: string): EntityTest | undefined {
  let m = /^startswith\((\w+)\s*,\s*'((?:[^']|'')*)'\)$/i.exec(text);
  if (m) {
    const [prop, prefix] = [m[1], unquote(m[2]).toLowerCase()];
    return (e) => String(propOf(e, prop) ?? '').toLowerCase().startsWith(prefix);
  }
  m = /^(\w+) eq '((?:[^']|'')*)'$/i.exec(text);
  if (m) {
    const [prop, value] = [m[1], unquote(m[2]).toLowerCase()];
    return (e) => String(propOf(e, prop) ?? '').toLowerCase() === value;
  }
  m = /^(\w+) eq (true|false)$/i.exec(text);
  if (m) {
    const [prop, value] = [m[1], m[2].toLowerCase() === 'true'];
    return (e) => propOf(e, prop) === value;
  }
  m = /^groupTypes\/any\((\w+):\s*\1 eq '(\w+)'\)$/i.exec(text);
  if (m) {
    const type = m[2].toLowerCase();
    return (e) => {
      const types = propOf(e, 'groupTypes');
      return Array.isArray(types) && types.some((t) => String(t).toLowerCase() === type);
    };
  }
  return undefined;
}

/** Splits on ` and ` outside parentheses. */
function conjuncts(filter: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < filter.length; i++) {
    if (filter[i] === '(') depth++;
    else if (filter[i] === ')') depth--;
    else if (depth === 0 && filter.slice(i, i + 5).toLowerCase() === ' and ') {
      parts.push(filter.slice(start, i).trim());
      start = i + 5;
    }
  }
  parts.push(filter.slice(start).trim());
  return parts;
}

/** The `$filter` as a predicate, or Graph's error. `not()` is an advanced query, as in Graph. */
export function filterOf(request: EmulatorRequest): EntityTest | EmulatorResponse {
  const filter = request.query.get('$filter');
  if (!filter) return () => true;
  const tests: EntityTest[] = [];
  for (const part of conjuncts(filter)) {
    const negated = /^not\((.*)\)$/i.exec(part);
    if (negated && !isAdvancedQuery(request)) {
      return graphError(400, 'Request_UnsupportedQuery', "Operator 'not' is not supported because the required parameters might be missing. Try adding $count with a value of true and the ConsistencyLevel header with a value of eventual.");
    }
    const test = clause(negated ? negated[1] : part);
    if (!test) return graphError(400, 'Request_UnsupportedQuery', `Unsupported or invalid query filter clause specified: '${part}'.`);
    tests.push(negated ? (e) => !test(e) : test);
  }
  return (e) => tests.every((t) => t(e));
}

/** `ConsistencyLevel: eventual` with `$count=true`: what Graph's directory objects need for advanced queries. */
function isAdvancedQuery(request: EmulatorRequest): boolean {
  return String(request.headers.consistencylevel ?? '').toLowerCase() === 'eventual' && request.query.get('$count') === 'true';
}

/** Page position as an opaque token (Graph's are opaque too). */
function skipToken(offset: number): string {
  return Buffer.from(`RFNwdAIAAQAAA${offset}`).toString('base64url');
}

function offsetOf(token: string): number | undefined {
  const m = /^RFNwdAIAAQAAA(\d+)$/.exec(Buffer.from(token, 'base64url').toString());
  return m ? Number(m[1]) : undefined;
}

/** The same query with the next page's `$skiptoken`. */
function nextLink(request: EmulatorRequest, token: string): string {
  const pairs = [...request.query.entries()].filter(([k]) => k !== '$skiptoken');
  pairs.push(['$skiptoken', token]);
  return `https://${request.host}${request.path}?${pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')}`;
}

/**
 * One page of a collection: `$top` (default 100, 1–999) items from the `$skiptoken`'s position, `$select`ed, with
 * `@odata.context` (`context` names the entity set), `@odata.count` when `$count=true`, and `@odata.nextLink` when
 * more remain; or Graph's error for a bad `$top` or token.
 */
export function pagedCollection<T>(request: EmulatorRequest, context: string, items: T[], toJson: (item: T) => Record<string, unknown>): EmulatorResponse {
  const top = request.query.has('$top') ? Number(request.query.get('$top')) : DEFAULT_PAGE;
  if (!Number.isInteger(top) || top < 1 || top > MAX_PAGE) {
    return graphError(400, 'Request_BadRequest', `Invalid page size specified: '${request.query.get('$top')}'. Must be between 1 and 999 inclusive.`);
  }
  const token = request.query.get('$skiptoken');
  const offset = token === null ? 0 : offsetOf(token);
  if (offset === undefined) return graphError(400, 'Directory_ExpiredPageToken', 'The specified page token value has expired and can no longer be included in your request.');
  const page = items.slice(offset, offset + top).map((i) => project(toJson(i), request.query.get('$select')));
  const body: Record<string, unknown> = { '@odata.context': `${GRAPH}/v1.0/$metadata#${context}` };
  if (request.query.get('$count') === 'true') body['@odata.count'] = items.length;
  if (offset + top < items.length) body['@odata.nextLink'] = nextLink(request, skipToken(offset + top));
  body.value = page;
  return ok(body);
}
