import type { PermissionAlternatives } from '../commands/types.js';

/** What `spo site apppermission add --permission` grants a Sites.Selected app on one site. */
export type SitePermission = 'read' | 'write' | 'manage' | 'fullcontrol';

const SITE_LEVELS: readonly (readonly [string, SitePermission])[] = [
  ['Sites.Read.All', 'read'],
  ['Sites.ReadWrite.All', 'write'],
  ['Sites.Manage.All', 'manage'],
  ['Sites.FullControl.All', 'fullcontrol'],
];

/**
 * The per-site grant that matches what a command needs: the level of its least privileged `Sites.*.All` alternative
 * (`write` when nothing says, the usual grant for an app that changes content).
 */
export function sitePermissionFor(alternatives: PermissionAlternatives | undefined): SitePermission {
  for (const set of alternatives ?? []) {
    const level = SITE_LEVELS.find(([permission]) => set.includes(permission));
    if (level) return level[1];
  }
  return 'write';
}

/** True when every alternative is a tenant-wide site permission, which a Sites.Selected grant may stand in for. */
export function isSitesNeed(alternatives: PermissionAlternatives): boolean {
  return alternatives.every((set) => set.every((permission) => SITE_LEVELS.some(([name]) => name === permission)));
}

/**
 * The site collection a SharePoint URL is in: `https://x.sharepoint.com/sites/a` (or `/teams/a`) for anything below
 * it, else the root site. Undefined for what is not an absolute URL (a `{{ }}` reference, for instance).
 */
export function siteCollectionOf(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (url.includes('{{')) return undefined;
  const [first, second] = parsed.pathname.split('/').filter((segment) => segment !== '');
  const managedPath = first !== undefined && second !== undefined && /^(sites|teams)$/i.test(first);
  return managedPath ? `${parsed.origin}/${first}/${decodeURIComponent(second)}` : parsed.origin;
}

/** The CLI for Microsoft 365 line that grants a Sites.Selected app access to a site. */
export function siteGrantLine(appId: string, permission: SitePermission, siteUrl: string): string {
  return `spo site apppermission add --appId ${appId} --permission ${permission} --siteUrl ${siteUrl}`;
}
