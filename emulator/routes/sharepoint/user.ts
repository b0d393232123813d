/**
 * Users of a site collection (`web/siteusers`): the system account, the claim for every user of the tenant, the
 * site's primary owner and its other administrators (which the tenant admin API can change).
 */
import type { Route } from '../../types.js';
import { collection } from './odata.js';
import { READ, sp, type SpHandler } from './route.js';
import type { SharePointSite } from './site.js';

/** A user's claims login name. */
const membership = (upn: string): string => `i:0#.f|membership|${upn.toLowerCase()}`;

function userJson(id: number, upn: string, isSiteAdmin: boolean): Record<string, unknown> {
  const name = upn.split('@')[0];
  return {
    Id: id,
    IsHiddenInUI: false,
    LoginName: membership(upn),
    Title: name.charAt(0).toUpperCase() + name.slice(1),
    PrincipalType: 1,
    Email: upn,
    Expiration: '',
    IsEmailAuthenticationGuestUser: false,
    IsShareByEmailGuestUser: false,
    IsSiteAdmin: isSiteAdmin,
    UserId: { NameId: Buffer.from(upn.toLowerCase()).toString('hex').slice(0, 16), NameIdIssuer: 'urn:federation:microsoftonline' },
    UserPrincipalName: upn,
  };
}

function specialJson(id: number, loginName: string, title: string, principalType: number): Record<string, unknown> {
  return {
    Id: id,
    IsHiddenInUI: false,
    LoginName: loginName,
    Title: title,
    PrincipalType: principalType,
    Email: '',
    Expiration: '',
    IsEmailAuthenticationGuestUser: false,
    IsShareByEmailGuestUser: false,
    IsSiteAdmin: false,
    UserId: null,
    UserPrincipalName: null,
  };
}

/** The site's users: its owner and administrators (each once), after the system account and the everyone claim. */
export function siteUsersOf(site: SharePointSite, tenantId: string): Record<string, unknown>[] {
  const people = [site.owner, ...(site.admins ?? [])].filter((p): p is string => p !== undefined && p.includes('@'));
  const unique = people.filter((p, i) => people.findIndex((q) => q.toLowerCase() === p.toLowerCase()) === i);
  return [
    specialJson(1073741823, 'SHAREPOINT\\system', 'System Account', 1),
    specialJson(7, `c:0-.f|rolemanager|spo-grid-all-users/${tenantId}`, 'Everyone except external users', 4),
    ...unique.map((upn, i) => userJson(10 + i, upn, true)),
  ];
}

const getSiteUsers: SpHandler = (c) => collection(c, 'SP.User', siteUsersOf(c.site, c.state.tenantId));

export const userRoutes: Route[] = [sp('GET', 'web/siteusers', READ, getSiteUsers)];
