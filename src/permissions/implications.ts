import type { ResourceKind } from '../clouds.js';

/**
 * Which application permissions a granted one also gives, kept small and taken from Microsoft's documentation:
 * - SharePoint (and Graph's `Sites.*`, whose API pages list the same order as higher-privileged alternatives):
 *   Sites.Read.All < Sites.ReadWrite.All < Sites.Manage.All < Sites.FullControl.All.
 * - `X.ReadWrite.All` gives `X.Read.All` (the permissions reference describes each ReadWrite as "read and write").
 * - Graph: Directory.Read.All reads users, groups (their basic properties and memberships) and applications — the
 *   "Permissions differences between Azure AD Graph and Microsoft Graph" page and the API pages, which list it as a
 *   higher-privileged alternative of User.Read.All, GroupMember.Read.All and Application.Read.All. It does NOT give
 *   Group.Read.All, which also reads group conversations and content. Group.Read.All gives GroupMember.Read.All and
 *   User.Read.All gives User.ReadBasic.All (the API pages list them as higher-privileged alternatives).
 * `Sites.Selected` gives nothing here: it is granted per site, which a token cannot show.
 */
const SITES_ORDER = ['Sites.Read.All', 'Sites.ReadWrite.All', 'Sites.Manage.All', 'Sites.FullControl.All'];

const GRAPH_EXTRA: Readonly<Record<string, readonly string[]>> = {
  'Directory.Read.All': ['User.Read.All', 'GroupMember.Read.All', 'Application.Read.All'],
  'Group.Read.All': ['GroupMember.Read.All'],
  'User.Read.All': ['User.ReadBasic.All'],
};

/** The permissions one permission directly gives, besides itself. */
function directlyImplied(kind: ResourceKind, permission: string): string[] {
  const implied: string[] = [];
  const rank = SITES_ORDER.indexOf(permission);
  if (rank > 0 && (kind === 'sharepoint' || kind === 'graph')) implied.push(...SITES_ORDER.slice(0, rank));
  const readWrite = /^(.+)\.ReadWrite\.All$/.exec(permission);
  if (readWrite) implied.push(`${readWrite[1]}.Read.All`);
  if (kind === 'graph') implied.push(...(GRAPH_EXTRA[permission] ?? []));
  return implied;
}

/** Every permission that the granted ones give on that resource (themselves included). */
export function effectivePermissions(kind: ResourceKind, granted: Iterable<string>): Set<string> {
  const result = new Set<string>();
  const pending = [...granted];
  for (let permission = pending.pop(); permission !== undefined; permission = pending.pop()) {
    if (result.has(permission)) continue;
    result.add(permission);
    pending.push(...directlyImplied(kind, permission));
  }
  return result;
}

/** True when `higher` gives `permission` (or is it). */
export function implies(kind: ResourceKind, higher: string, permission: string): boolean {
  return effectivePermissions(kind, [higher]).has(permission);
}
