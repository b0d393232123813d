/**
 * OData and URL building for Microsoft Graph and SharePoint REST: the accept header each service is asked with, string
 * literals, query options, and path segments. Every value a command puts into a URL goes through one of these, so that
 * a title with a quote, a `#` or a `/` stays a value and never changes where the request goes.
 */

/** Accept headers of each service, as the CLI for Microsoft 365 asks them (plain JSON objects, no OData metadata). */
export const ACCEPT = {
  /** SharePoint REST (OData v3), objects without metadata. */
  sharepoint: { accept: 'application/json;odata=nometadata' },
  /** SharePoint REST as OData v4 without metadata: collections page with `odata.nextLink` (e.g. `AvailableApps`). */
  sharepointV4: { accept: 'application/json;odata.metadata=none', 'odata-version': '4.0' },
  /** Microsoft Graph without OData annotations other than paging. */
  graph: { accept: 'application/json;odata.metadata=none' },
} as const satisfies Record<string, Readonly<Record<string, string>>>;

/** The JSON content type SharePoint expects with `odata=nometadata` bodies. */
export const SHAREPOINT_JSON_BODY = { 'content-type': 'application/json;odata=nometadata;charset=utf-8' } as const;

/**
 * A SharePoint REST string literal (`getByTitle('…')`, `GetById('…')`, `files('…')`) or an OData `$filter` string:
 * URL-encoded (so `#`, `&`, `?`, `/` cannot end the path or start the query) with single quotes doubled (OData's
 * escape). Without it, a list title such as `Bob's list` would end the literal early.
 */
export function literal(value: string): string {
  return `'${encodeURIComponent(value.replace(/'/g, "''"))}'`;
}

/** `guid'…'` for SharePoint's GUID parameters (`lists(guid'…')`). The value is a validated GUID. */
export function guidLiteral(value: string): string {
  return `guid${literal(value)}`;
}

/**
 * One URL path segment from a value: percent-encoded so that `/`, `?` and `#` stay inside it. `.` and `..` are
 * refused: URL parsers resolve them (even encoded as `%2e`), so they would move the request to another path.
 */
export function segment(value: string): string {
  if (value === '.' || value === '..' || value === '') throw new Error(`'${value}' cannot be a URL path segment`);
  return encodeURIComponent(value);
}

/** The parts of an OData query. Values are used as written (they are OData expressions), except for encoding. */
export interface QueryOptions {
  readonly $select?: string | readonly string[];
  readonly $filter?: string | readonly string[];
  readonly $expand?: string | readonly string[];
  readonly $top?: number;
  readonly $orderby?: string;
  readonly $count?: boolean;
}

/**
 * `?$select=…&$filter=…`, or '' when nothing is asked. Several filters are joined with `and`; lists with commas.
 * Characters that would end a query value (`&`, `#`, `+`) are encoded; the OData syntax itself is kept readable.
 */
export function query(options: QueryOptions): string {
  const parts: string[] = [];
  const list = (value: string | readonly string[] | undefined, join: string): string | undefined => {
    const values = (typeof value === 'string' ? [value] : value ?? []).map((v) => v.trim()).filter((v) => v !== '');
    return values.length > 0 ? values.join(join) : undefined;
  };
  const add = (name: string, value: string | undefined): void => {
    if (value !== undefined) parts.push(`${name}=${value.replace(/[&#+]/g, (c) => encodeURIComponent(c))}`);
  };
  add('$expand', list(options.$expand, ','));
  add('$select', list(options.$select, ','));
  add('$filter', list(options.$filter, ' and '));
  add('$orderby', options.$orderby);
  add('$top', options.$top === undefined ? undefined : String(options.$top));
  add('$count', options.$count ? 'true' : undefined);
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

/** Comma-separated properties (`--properties "Title,Url"`) as a list, empty entries dropped. */
export function splitList(value: string | undefined): string[] {
  return (value ?? '').split(',').map((p) => p.trim()).filter((p) => p !== '');
}

/** The URL without trailing slashes. */
export function trimSlashes(url: string): string {
  return url.replace(/\/+$/, '');
}

/**
 * Server-relative path of `path` under `base` (an absolute URL or a server-relative path):
 * `('https://x/sites/a', 'Lists/L')` → `/sites/a/Lists/L`; a path that already starts with the base path is kept.
 */
export function serverRelativePath(base: string, path: string): string {
  const basePath = /^https?:\/\//i.test(base) ? decodeURIComponent(new URL(base).pathname) : base;
  const webPath = trimSlashes(basePath.startsWith('/') ? basePath : `/${basePath}`);
  const clean = `/${path.replace(/^\/+/, '').replace(/\/+$/, '')}`;
  const lower = clean.toLowerCase();
  if (webPath !== '' && (lower === webPath.toLowerCase() || lower.startsWith(`${webPath.toLowerCase()}/`))) return clean;
  return `${webPath}${clean}`;
}
