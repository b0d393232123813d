/**
 * Sites.Selected on SharePoint: the app role says nothing about which sites; each site collection grants the app
 * read, write, manage or fullcontrol (`spo site apppermission add`, Graph `POST /sites/{id}/permissions`). A token
 * whose only fitting role is Sites.Selected is accepted on a site the app was granted at the level the route needs.
 */
import type { EmulatorRequest, SitePermission, TenantState } from '../../types.js';
import type { SharePointSite } from './site.js';

const LEVELS: readonly (readonly [string, SitePermission])[] = [
  ['Sites.Read.All', 'read'],
  ['Sites.ReadWrite.All', 'write'],
  ['Sites.Manage.All', 'manage'],
  ['Sites.FullControl.All', 'fullcontrol'],
];

const rank = (permission: SitePermission): number => LEVELS.findIndex(([, level]) => level === permission);

/** The grant a route needs: the level of the least privileged tenant-wide role it accepts. */
function neededLevel(routeRoles: readonly string[]): SitePermission {
  return LEVELS.find(([role]) => routeRoles.includes(role))?.[1] ?? 'fullcontrol';
}

/** False when the token stands on Sites.Selected alone and the app has no sufficient grant on this site. */
export function siteGrantAllows(request: EmulatorRequest, routeRoles: readonly string[], site: SharePointSite, state: TenantState): boolean {
  const roles = request.token?.roles ?? [];
  if (roles.some((role) => role !== 'Sites.Selected' && routeRoles.includes(role))) return true;
  if (!roles.includes('Sites.Selected')) return true;
  const app = state.apps.find((a) => a.appId.toLowerCase() === request.token?.appid.toLowerCase());
  const granted = app?.siteGrants?.[site.Url.toLowerCase().replace(/\/+$/, '')];
  return granted !== undefined && rank(granted) >= rank(neededLevel(routeRoles));
}
