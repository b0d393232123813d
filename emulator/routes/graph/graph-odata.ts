/**
 * Microsoft Graph's OData conventions, shared by every Graph route: the error body `{ error: { code, message,
 * innerError } }`, `$select`, the `$filter` clauses the catalogue sends (with the advanced-query rule for `not()`),
 * paging by `$top` and an opaque `$skiptoken` with `@odata.nextLink`, JSON request bodies and `@odata.bind` references.
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

/** Keeps only the `$select`ed properties (and OData annotations, and the navigation properties in `keep`). */
export function project(entity: Record<string, unknown>, select: string | null, keep: readonly string[] = []): Record<string, unknown> {
  if (!select) return entity;
  const wanted = new Set([...select.split(',').map((p) => p.trim().toLowerCase()), ...keep.map((k) => k.toLowerCase())]);
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
  m = /^(\w+)\/any\((\w+):\s*\2 eq '((?:[^']|'')*)'\)$/i.exec(text);
  if (m) {
    const [prop, value] = [m[1], unquote(m[3]).toLowerCase()];
    return (e) => {
      const values = propOf(e, prop);
      return Array.isArray(values) && values.some((t) => String(t).toLowerCase() === value);
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
  for (const part of conjuncts(filter).map(unwrap)) {
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

/** `(clause)` → `clause` when the parentheses enclose the whole clause (the CLI wraps some clauses). */
function unwrap(part: string): string {
  if (!part.startsWith('(') || !part.endsWith(')')) return part;
  let depth = 0;
  for (let i = 0; i < part.length - 1; i++) {
    if (part[i] === '(') depth++;
    else if (part[i] === ')') depth--;
    if (depth === 0) return part;
  }
  return unwrap(part.slice(1, -1).trim());
}

/** `ConsistencyLevel: eventual` with `$count=true`: what Graph's directory objects need for advanced queries. */
function isAdvancedQuery(request: EmulatorRequest): boolean {
  return String(request.headers.consistencylevel ?? '').toLowerCase() === 'eventual' && request.query.get('$count') === 'true';
}

/** The navigation properties `$expand` names (`manager($select=id),owners` → manager, owners): `$select` keeps them. */
export function expanded(request: EmulatorRequest): string[] {
  const expand = request.query.get('$expand') ?? '';
  let depth = 0;
  let current = '';
  const names: string[] = [];
  for (const c of `${expand},`) {
    if (c === '(') depth++;
    if (c === ')') depth--;
    if (c === ',' && depth === 0) {
      names.push(current.replace(/\(.*$/, '').trim());
      current = '';
    } else current += c;
  }
  return names.filter((n) => n !== '');
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
  const page = items.slice(offset, offset + top).map((i) => project(toJson(i), request.query.get('$select'), expanded(request)));
  const body: Record<string, unknown> = { '@odata.context': `${GRAPH}/v1.0/$metadata#${context}` };
  if (request.query.get('$count') === 'true') body['@odata.count'] = items.length;
  if (offset + top < items.length) body['@odata.nextLink'] = nextLink(request, skipToken(offset + top));
  body.value = page;
  return ok(body);
}

/** 201 Created with the new entity. */
export function created(body: Record<string, unknown>): EmulatorResponse {
  return { status: 201, headers: { 'content-type': 'application/json;odata.metadata=minimal;charset=utf-8' }, body };
}

/** 204 No Content (what Graph answers to PATCH, DELETE and `$ref` writes). */
export function noContent(): EmulatorResponse {
  return { status: 204 };
}

/** The JSON object of a request body, or Graph's 400 for anything else. */
export function jsonBody(request: EmulatorRequest): Record<string, unknown> | EmulatorResponse {
  try {
    const parsed: unknown = JSON.parse(request.body.toString('utf8') || 'null');
    if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
  } catch {
    // Answered below, like Graph does for a body it cannot read.
  }
  return graphError(400, 'BadRequest', 'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.');
}

/** True when the value is an error response rather than the parsed thing (`jsonBody`, lookups). */
export function isResponse(value: unknown): value is EmulatorResponse {
  return value !== null && typeof value === 'object' && 'status' in value && typeof (value as { status: unknown }).status === 'number';
}

/** The object id at the end of an `@odata.bind` / `@odata.id` URL (`…/directoryObjects/{id}`, `…/users('{upn}')`). */
export function boundId(reference: unknown): string | undefined {
  if (typeof reference !== 'string') return undefined;
  const m = /\/(?:directoryObjects|users|groups|servicePrincipals|appCatalogs\/teamsApps)(?:\/|\(')([^/'()]+)'?\)?$/i.exec(reference);
  return m ? decodeURIComponent(m[1]) : undefined;
}

/** `$select` of the request as a list (lower-case), or undefined when none was asked. */
export function selected(request: EmulatorRequest): string[] | undefined {
  const select = request.query.get('$select');
  return select ? select.split(',').map((p) => p.trim().toLowerCase()) : undefined;
}

/** Graph's 404 for a directory object (user, group, application, service principal). */
export function directoryNotFound(id: string): EmulatorResponse {
  return graphError(404, 'Request_ResourceNotFound', `Resource '${id}' does not exist or one of its queried reference-property objects are not present.`);
}

/** Graph's 403 for a token that has a route's role but not the one this particular write needs. */
export function insufficientPrivileges(): EmulatorResponse {
  return graphError(403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.');
}

/** True when the request's token carries one of the roles. */
export function hasRole(request: EmulatorRequest, roles: readonly string[]): boolean {
  return roles.some((role) => request.token?.roles.includes(role) ?? false);
}
