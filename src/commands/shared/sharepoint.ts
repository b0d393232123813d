/** Small SharePoint REST helpers shared by the `spo` commands. */

/** Headers asking SharePoint for plain JSON objects (no OData metadata), as the CLI for Microsoft 365 does. */
export const NO_METADATA: Readonly<Record<string, string>> = { accept: 'application/json;odata=nometadata' };

/**
 * Quotes a value for a SharePoint REST string literal (`getByTitle('…')`, `GetById('…')`, `files('…')`): URL-encodes it
 * (so `#`, `&`, `?` cannot end the path or start the query) and doubles single quotes (the OData escape), exactly as
 * the CLI for Microsoft 365 does. Without this, a list title such as `Bob's list` would end the literal early.
 */
export function odataString(value: string): string {
  return `'${encodeURIComponent(value).replace(/'/g, "''")}'`;
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
  if (webPath !== '' && (clean.toLowerCase() === webPath.toLowerCase() || clean.toLowerCase().startsWith(`${webPath.toLowerCase()}/`))) {
    return clean;
  }
  return `${webPath}${clean}`;
}

/** Reads an option that is a string (schema-validated by the planner). */
export function stringOption(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}
