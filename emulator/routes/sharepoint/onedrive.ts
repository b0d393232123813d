/**
 * The OneDrives of the tenant as SharePoint's tenant administration API lists them: CSOM `ProcessQuery` on the admin
 * host calling `Tenant.GetSitePropertiesFromSharePointByFilters` for personal sites (template SPSPERS), a page at a
 * time (`StartIndex` in, `NextStartIndexFromSharePoint` out). Other CSOM queries on the same path are left to the
 * routes that `accept` them.
 */
import { seedGuid } from '../../seed-content.js';
import type { EmulatorRequest, EmulatorResponse, Route, TenantState } from '../../types.js';
import { FULL } from './route.js';

/** A personal site (OneDrive) of a user. */
export interface PersonalSite {
  Url: string;
  Title: string;
  Owner: string;
  StorageUsage: number;
}

/** OneDrives per answer page: small, so that the seeded tenant pages. */
const PAGE_SIZE = 2;

function csomStatus(error?: { message: string; type: string }): Record<string, unknown> {
  return {
    SchemaVersion: '15.0.0.0',
    LibraryVersion: '16.0.24817.12008',
    ErrorInfo: error ? { ErrorMessage: error.message, ErrorValue: null, TraceCorrelationId: seedGuid('trace'), ErrorCode: -2146232832, ErrorTypeName: error.type } : null,
    TraceCorrelationId: seedGuid('trace'),
  };
}

function csom(body: unknown[]): EmulatorResponse {
  return { status: 200, headers: { 'content-type': 'application/json; charset=utf-8' }, body };
}

function siteProperties(site: PersonalSite, state: TenantState): Record<string, unknown> {
  return {
    _ObjectType_: 'Microsoft.Online.SharePoint.TenantAdministration.SiteProperties',
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

const isPersonalSitesQuery = (request: EmulatorRequest): boolean => request.body.toString('utf8').includes('Name="GetSitePropertiesFromSharePointByFilters"');

function personalSites(request: EmulatorRequest, _params: Record<string, string>, state: TenantState): EmulatorResponse {
  if (!request.host.endsWith('-admin.sharepoint.com')) {
    return csom([csomStatus({ message: 'Current site is not a tenant administration site.', type: 'Microsoft.SharePoint.SPException' })]);
  }
  const xml = request.body.toString('utf8');
  const start = Number(/<Property Name="StartIndex" Type="String">([^<]*)<\/Property>/.exec(xml)?.[1] ?? '0');
  const template = /<Property Name="Template" Type="String">([^<]*)<\/Property>/.exec(xml)?.[1] ?? '';
  const sites = template.toUpperCase().startsWith('SPSPERS') ? state.personalSites : [];
  const page = sites.slice(start, start + PAGE_SIZE);
  const next = start + PAGE_SIZE < sites.length ? String(start + PAGE_SIZE) : null;
  return csom([
    csomStatus(),
    2,
    { IsNull: false },
    4,
    { IsNull: false },
    5,
    { _ObjectType_: 'Microsoft.Online.SharePoint.TenantAdministration.SPOSitePropertiesEnumerable', NextStartIndex: -1, NextStartIndexFromSharePoint: next, _Child_Items_: page.map((s) => siteProperties(s, state)) },
  ]);
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

export const oneDriveRoutes: Route[] = [
  { method: 'POST', host: 'sharepoint', path: /^\/_vti_bin\/client\.svc\/ProcessQuery$/i, roles: FULL, accepts: isPersonalSitesQuery, handler: personalSites },
];
