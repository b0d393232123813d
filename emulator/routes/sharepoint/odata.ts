/**
 * SharePoint's OData conventions, shared by every SharePoint route: the three response formats the `Accept` header picks
 * (`odata=verbose` → `{ d: … }`; `odata=nometadata` / `odata.metadata=none` → plain objects; otherwise minimal metadata,
 * plain objects plus `odata.metadata`), the `odata.error` body, paging with `odata.nextLink` (`__next` in verbose),
 * and the `$select`, `$filter` and `$top` that the catalogue sends.
 */
import type { EmulatorRequest, EmulatorResponse } from '../../types.js';

export type Format = 'verbose' | 'nometadata' | 'minimal';

/** What the entity and collection helpers need of a handler's context: the request and the web it addresses. */
export interface ODataScope {
  readonly request: EmulatorRequest;
  /** The web whose `_api/$metadata` minimal metadata names. */
  readonly web: { readonly Url: string };
}

/** Items per page when the request has no `$top`. */
export const PAGE = 100;

export function formatOf(request: EmulatorRequest): Format {
  const accept = String(request.headers.accept ?? '').toLowerCase();
  if (accept.includes('odata=verbose')) return 'verbose';
  if (accept.includes('odata=nometadata') || accept.includes('odata.metadata=none')) return 'nometadata';
  return 'minimal';
}

function contentType(format: Format): string {
  return `application/json;odata=${format === 'minimal' ? 'minimalmetadata' : format};streaming=true;charset=utf-8`;
}

/** SharePoint's error body, in the shape the caller asked for. */
export function spError(request: EmulatorRequest, status: number, code: string, message: string): EmulatorResponse {
  const error = { code, message: { lang: 'en-US', value: message } };
  const format = formatOf(request);
  return { status, headers: { 'content-type': contentType(format) }, body: format === 'verbose' ? { error } : { 'odata.error': error } };
}

/** One entity of OData type `type`. */
export function entity(c: ODataScope, type: string, body: Record<string, unknown>, status = 200): EmulatorResponse {
  const format = formatOf(c.request);
  const headers = { 'content-type': contentType(format) };
  if (format === 'verbose') return { status, headers, body: { d: { __metadata: { type }, ...body } } };
  if (format === 'minimal') return { status, headers, body: { 'odata.metadata': `${c.web.Url}/_api/$metadata#${type}`, ...body } };
  return { status, headers, body };
}

/** A collection (one page of it); `next` is the URL of the next page, when there is one. */
export function collection(c: ODataScope, type: string, items: Record<string, unknown>[], next?: string): EmulatorResponse {
  const format = formatOf(c.request);
  const headers = { 'content-type': contentType(format) };
  if (format === 'verbose') {
    const results = items.map((i) => ({ __metadata: { type }, ...i }));
    return { status: 200, headers, body: { d: next ? { results, __next: next } : { results } } };
  }
  // OData v4 clients (`odata.metadata=…` in Accept) get the v4 spelling of the link.
  const v4 = String(c.request.headers.accept ?? '').includes('odata.metadata=');
  const body: Record<string, unknown> = format === 'minimal' ? { 'odata.metadata': `${c.web.Url}/_api/$metadata#${type}` } : {};
  body.value = items;
  if (next) body[v4 ? '@odata.nextLink' : 'odata.nextLink'] = next;
  return { status: 200, headers, body };
}

/** `$top`, or the default page size. */
export function topOf(request: EmulatorRequest): number {
  return Number(request.query.get('$top') ?? PAGE);
}

/**
 * List items page by ID, as SharePoint does: `$skiptoken=Paged=TRUE&p_ID=<last ID of the page>`. The link to the next
 * page keeps only `$top` and the token.
 */
export function pageByItemId<T extends { Id: number }>(request: EmulatorRequest, items: T[]): { page: T[]; next?: string } {
  const top = topOf(request);
  const after = Number(/p_ID=(\d+)/i.exec(request.query.get('$skiptoken') ?? '')?.[1] ?? 0);
  const rest = items.filter((i) => i.Id > after);
  const page = rest.slice(0, top);
  if (rest.length <= top) return { page };
  const url = new URL(`https://${request.host}${request.path}`);
  url.search = `$top=${top}&$skiptoken=${encodeURIComponent(`Paged=TRUE&p_ID=${page[page.length - 1].Id}`)}`;
  return { page, next: url.toString() };
}

/** Other collections page by position (`$skip`); the link to the next page keeps the rest of the query. */
export function pageBySkip<T>(request: EmulatorRequest, items: T[]): { page: T[]; next?: string } {
  const top = topOf(request);
  const skip = Number(request.query.get('$skip') ?? 0);
  const page = items.slice(skip, skip + top);
  if (skip + top >= items.length) return { page };
  const pairs = [...request.query.entries()].filter(([k]) => k !== '$skip' && k !== '$top');
  pairs.push(['$top', String(top)], ['$skip', String(skip + top)]);
  return { page, next: `https://${request.host}${request.path}?${pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')}` };
}

/** `Parent/Child` in `$select`: the entry to add for it (key and value), or undefined to treat it as `Parent`. */
export type SelectExpander = (head: string, sub: string, selected: Record<string, unknown>) => [string, unknown] | undefined;

/**
 * `$select` on an entity: absent or `*` keeps every property; names pick properties case-insensitively (SharePoint
 * accepts `URL` for `Url`), unknown names are left out; `Parent/Child` paths go to `expand`.
 */
export function applySelect(full: Record<string, unknown>, select: string | null, expand?: SelectExpander): Record<string, unknown> {
  const names = (select ?? '*').split(',').map((s) => s.trim()).filter((s) => s !== '');
  const result: Record<string, unknown> = names.includes('*') ? { ...full } : {};
  for (const name of names) {
    const [head, sub] = name.split('/');
    const expanded = sub ? expand?.(head, sub, result) : undefined;
    if (expanded) {
      result[expanded[0]] = expanded[1];
    } else if (head !== '*') {
      const key = Object.keys(full).find((k) => k.toLowerCase() === head.toLowerCase());
      if (key !== undefined) result[key] = full[key];
    }
  }
  return result;
}

/**
 * `$filter` as a predicate on an entity's JSON: `Prop eq|ne value [and …]`, enough for `BaseTemplate eq 100`,
 * `Hidden eq false`, `Title eq 'x'`. Undefined when the expression is beyond that (answer it with `unsupportedFilter`).
 */
export function filterOf(filter: string | null): ((entity: Record<string, unknown>) => boolean) | undefined {
  if (!filter) return () => true;
  const tests: ((entity: Record<string, unknown>) => boolean)[] = [];
  for (const part of filter.split(/\s+and\s+/i)) {
    const m = /^(\w+)\s+(eq|ne)\s+(?:'((?:[^']|'')*)'|(true|false)|(-?\d+))$/i.exec(part.trim());
    if (!m) return undefined;
    const value: unknown = m[3] !== undefined ? unquote(m[3]) : m[4] !== undefined ? m[4].toLowerCase() === 'true' : Number(m[5]);
    const negate = m[2].toLowerCase() === 'ne';
    tests.push((e) => (e[m[1]] === value) !== negate);
  }
  return (e) => tests.every((t) => t(e));
}

export function unsupportedFilter(request: EmulatorRequest): EmulatorResponse {
  return spError(request, 400, '-1, Microsoft.SharePoint.SPException', `The expression "${request.query.get('$filter')}" is not supported.`);
}

/** A string literal of a URL (`'O''Brien'`) without its doubled quotes. */
export function unquote(value: string | undefined): string {
  return (value ?? '').replace(/''/g, "'");
}

/** The body of a POST as JSON (undefined when empty); throws on bad JSON (answer it with `badJson`). */
export function jsonBody(request: EmulatorRequest): Record<string, unknown> | undefined {
  const text = request.body.toString('utf8').trim();
  return text === '' ? undefined : (JSON.parse(text) as Record<string, unknown>);
}

export function badJson(request: EmulatorRequest): EmulatorResponse {
  return spError(request, 400, '-1, Microsoft.OData.ODataException', 'Invalid JSON. A token was not recognized in the JSON content.');
}
