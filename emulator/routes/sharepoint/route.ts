/**
 * The route helper of SharePoint REST: `sp(method, rest, roles, handler)` serves `<web>/_api/<rest>` on any SharePoint
 * host. The site of a request is the site collection of the tenant whose URL is the longest prefix of the path before
 * `/_api/`, and its web the longest-prefix web in that site's tree (the root web unless the path names a subsite).
 */
import type { EmulatorRequest, EmulatorResponse, Route, TenantState } from '../../types.js';
import { spError } from './odata.js';
import { siteGrantAllows } from './site-grants.js';
import type { SharePointSite } from './site.js';
import type { SharePointWeb } from './web.js';

/**
 * The app roles that let an app read, write, or fully control SharePoint (Read < ReadWrite < Manage < FullControl), and
 * Sites.Selected, which a site grant must back (site-grants.ts).
 */
export const READ = ['Sites.Read.All', 'Sites.ReadWrite.All', 'Sites.Manage.All', 'Sites.FullControl.All', 'Sites.Selected'];
export const WRITE = ['Sites.ReadWrite.All', 'Sites.Manage.All', 'Sites.FullControl.All', 'Sites.Selected'];
export const FULL = ['Sites.FullControl.All', 'Sites.Selected'];

/** What a handler gets: the request, its site and web, the path parameters and the tenant. */
export interface SpContext {
  request: EmulatorRequest;
  site: SharePointSite;
  web: SharePointWeb;
  params: Record<string, string>;
  state: TenantState;
}

export type SpHandler = (c: SpContext) => EmulatorResponse;

/**
 * A route under `<web>/_api/`. `rest` is a regular expression source matched case-insensitively (named groups become
 * `c.params`); the handler gets the resolved site and web (404 `File Not Found.` when no site of the tenant matches).
 */
export function sp(method: string, rest: string, roles: readonly string[], handler: SpHandler): Route {
  return {
    method,
    host: 'sharepoint',
    path: new RegExp(`^(?<web>(?:/[^/]+)*?)/_api/${rest}/?$`, 'i'),
    roles,
    handler: (request, params, state) => {
      const url = `https://${request.host}${params.web ?? ''}`.toLowerCase().replace(/\/+$/, '');
      const site = siteOf(state, url);
      if (!site) return spError(request, 404, '-2147024894, System.IO.FileNotFoundException', 'File Not Found.');
      if (!siteGrantAllows(request, roles, site, state)) return spError(request, 403, '-2147024891, System.UnauthorizedAccessException', 'Access denied.');
      return handler({ request, site, web: webOf(site.rootWeb, url), params, state });
    },
  };
}

/** Whether `url` (lower case, no trailing slash) is `base` or below it. */
function isUnder(url: string, base: string): boolean {
  const b = base.toLowerCase();
  return url === b || url.startsWith(`${b}/`);
}

/** The site collection whose URL is the longest prefix of the URL. */
export function siteOf(state: TenantState, url: string): SharePointSite | undefined {
  return state.sites.filter((s) => isUnder(url, s.Url)).sort((a, b) => b.Url.length - a.Url.length)[0];
}

/** The deepest web of the tree that holds the URL (the tree's root when no subsite does). */
export function webOf(web: SharePointWeb, url: string): SharePointWeb {
  const sub = web.webs.find((w) => isUnder(url, w.Url));
  return sub ? webOf(sub, url) : web;
}

/** The server-relative path of a URL without trailing slash ('' for the root site). */
export function pathOf(url: string): string {
  return new URL(url).pathname.replace(/\/+$/, '');
}

/** Now, as SharePoint writes times (no milliseconds). */
export function now(): string {
  return new Date().toISOString().replace(/\.\d+Z$/, 'Z');
}
