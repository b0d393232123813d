/**
 * The OneDrives (personal sites) of the tenant, on its `-my` host. The tenant administration API lists them with the
 * other sites when `GetSitePropertiesFromSharePointByFilters` asks to include personal sites (tenant-csom.ts).
 */
import { seedGuid } from '../../seed-content.js';
import type { TenantState } from '../../types.js';

/** A personal site (OneDrive) of a user. */
export interface PersonalSite {
  Url: string;
  Title: string;
  Owner: string;
  StorageUsage: number;
}

/** A OneDrive as the tenant administration API describes it (`SiteProperties`). */
export function personalSiteProperties(site: PersonalSite, state: Pick<TenantState, 'tenantId'>): Record<string, unknown> {
  return {
    _ObjectIdentity_: `${seedGuid(`identity:${site.Url}`)}|${state.tenantId}\nSiteProperties\n${encodeURIComponent(site.Url)}`,
    AllowEditing: false,
    CompatibilityLevel: 15,
    DenyAddAndCustomizePages: 2,
    Description: null,
    GroupId: '/Guid(00000000-0000-0000-0000-000000000000)/',
    HubSiteId: '/Guid(00000000-0000-0000-0000-000000000000)/',
    IsHubSite: false,
    LastContentModifiedDate: '/Date(2024,0,15,9,30,0,0)/',
    Lcid: 1033,
    LockIssue: null,
    LockState: 'Unlock',
    Owner: site.Owner,
    SharingCapability: 0,
    Status: 'Active',
    StorageMaximumLevel: 1048576,
    StorageUsage: site.StorageUsage,
    StorageWarningLevel: 943718,
    Template: 'SPSPERS#10',
    TimeZoneId: 13,
    Title: site.Title,
    Url: site.Url,
    WebsCount: 0,
  };
}

/** One OneDrive per seeded mailbox user. */
export function seedPersonalSites(sharePointHost: string, users: readonly { userPrincipalName: string; displayName: string }[]): PersonalSite[] {
  const my = sharePointHost.replace(/^([^.]+)/, '$1-my');
  return users.map((u, i) => ({
    Url: `https://${my}/personal/${u.userPrincipalName.replace(/[@.]/g, '_').toLowerCase()}`,
    Title: u.displayName,
    Owner: u.userPrincipalName,
    StorageUsage: 10 + i * 7,
  }));
}
