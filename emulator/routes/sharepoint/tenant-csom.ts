/**
 * The client object model behind `/_vti_bin/client.svc/ProcessQuery` (see csom.ts), for the operations that have no
 * REST API: on the admin host `new Tenant()` (site properties and their update, site listing with filters and paging,
 * site collection administrators, `GetSiteByUrl(…).RootWeb.TenantAppCatalog.SiteCollectionAppCatalogsSites.Add/Remove`),
 * and on any site `RequestContext.Current` (`Site` classification and sharing by e-mail, `Web.Navigation.UseShared`).
 */
import type { EmulatorRequest, Route, TenantState } from '../../types.js';
import { seedGuid } from '../../seed-content.js';
import { isSystemUpdateQuery, systemUpdateQuery } from './listitem.js';
import { isPropertyBagQuery, propertyBagQuery } from './propertybag.js';
import { storageEntityMethod } from './storageentity.js';
import { cdnMethod } from './cdn.js';
import { tenantSettingsMembers } from './tenant-settings.js';
import { CsomError, csomDate, csomGuid, csomResponse, processQuery, type CsomObject, type CsomRoots } from './csom.js';
import { FULL, now, READ, sp } from './route.js';
import { personalSiteProperties } from './onedrive.js';
import { groupIdOf, newSite, siteByUrl, type SharePointSite } from './site.js';
import { isAdminHost } from './tenant-admin.js';
import type { SharePointWeb } from './web.js';
import { servicesOf } from '../../seed-services.js';

const TENANT_TYPE_ID = '{268004ae-ef6b-4e9b-8425-127220d84719}';
const REQUEST_CONTEXT_TYPE_ID = '{3747adcd-a3c3-41b9-bfab-4a64dd2f1e0a}';
const ZERO_GUID = '00000000-0000-0000-0000-000000000000';
/** What every tenant-scoped CSOM identity holds before the tenant ID. */
const TENANT_IDENTITY_PREFIX = '908bed80-a04a-4433-b4a0-883d9847d110:';
/** Sites per page of `GetSitePropertiesFromSharePointByFilters` (small, so that listing the seeded tenant pages). */
export const SITE_PAGE = 4;

function noSite(url: unknown): CsomError {
  return new CsomError(`Cannot get site ${String(url)}.`, 'Microsoft.Online.SharePoint.Common.SpoNoSiteException', -1);
}

function accessDenied(): CsomError {
  return new CsomError('Access denied. You do not have permission to perform this action or access this resource.', 'System.UnauthorizedAccessException', -2147024891);
}

/** The site template as the tenant reports it (the seed keeps only the template name of a web). */
function templateOf(site: SharePointSite): string {
  const explicit = site.properties?.Template;
  if (typeof explicit === 'string') return explicit;
  return site.rootWeb.WebTemplate === 'STS' ? 'STS#3' : `${site.rootWeb.WebTemplate}#0`;
}

function countWebs(web: SharePointWeb): number {
  return web.webs.reduce((n, w) => n + 1 + countWebs(w), 0);
}

/** `Microsoft.Online.SharePoint.TenantAdministration.SiteProperties` as CSOM returns them. */
function sitePropertiesJson(state: TenantState, site: SharePointSite, deleted?: string): Record<string, unknown> {
  const p = site.properties ?? {};
  const hubId = site.hub?.ID ?? site.hubSiteId ?? ZERO_GUID;
  return {
    _ObjectIdentity_: `${seedGuid('csom-session')}|${TENANT_IDENTITY_PREFIX}${state.tenantId}\nSiteProperties\n${encodeURIComponent(site.Url).toLowerCase()}`,
    AllowSelfServiceUpgrade: p.AllowSelfServiceUpgrade ?? true,
    CompatibilityLevel: 15,
    DenyAddAndCustomizePages: p.DenyAddAndCustomizePages ?? 2,
    Description: site.rootWeb.Description || null,
    DisableFlows: p.DisableFlows ?? 0,
    GroupId: csomGuid(groupIdOf(site)),
    HubSiteId: csomGuid(hubId),
    IsHubSite: site.hub !== undefined,
    LastContentModifiedDate: csomDate(site.created ?? '2024-01-15T09:30:00Z'),
    Lcid: site.rootWeb.Language,
    LockIssue: null,
    LockState: p.LockState ?? 'Unlock',
    Owner: site.owner ?? '',
    RelatedGroupId: csomGuid(groupIdOf(site)),
    SharingCapability: p.SharingCapability ?? 0,
    SiteId: csomGuid(site.Id),
    SocialBarOnSitePagesDisabled: p.SocialBarOnSitePagesDisabled ?? false,
    Status: deleted ? 'Recycled' : 'Active',
    StorageMaximumLevel: p.StorageMaximumLevel ?? 26214400,
    StorageUsage: 1,
    StorageWarningLevel: p.StorageWarningLevel ?? 25574400,
    Template: templateOf(site),
    TimeZoneId: 13,
    Title: site.rootWeb.Title,
    Url: site.Url,
    UserCodeMaximumLevel: p.UserCodeMaximumLevel ?? 300,
    UserCodeWarningLevel: p.UserCodeWarningLevel ?? 200,
    WebsCount: countWebs(site.rootWeb),
  };
}

const LOCK_STATES = ['Unlock', 'NoAdditions', 'ReadOnly', 'NoAccess'];
const NUMERIC = ['StorageMaximumLevel', 'StorageWarningLevel', 'UserCodeMaximumLevel', 'UserCodeWarningLevel', 'DisableFlows', 'SharingCapability', 'DenyAddAndCustomizePages'];
const BOOLEAN = ['AllowSelfServiceUpgrade', 'SocialBarOnSitePagesDisabled'];

/** Checks one SiteProperties value; the problem, if any. */
function checkSiteProperty(name: string, value: unknown): CsomError | undefined {
  const invalid = new CsomError(`The value '${String(value)}' of property '${name}' is not valid.`, 'System.ArgumentException', -2147024809);
  if (name === 'Title') return typeof value === 'string' && value !== '' ? undefined : invalid;
  if (name === 'LockState') return LOCK_STATES.includes(String(value)) ? undefined : invalid;
  if (NUMERIC.includes(name)) return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? undefined : invalid;
  if (BOOLEAN.includes(name)) return typeof value === 'boolean' ? undefined : invalid;
  return new CsomError(`The property '${name}' does not exist on type 'Microsoft.Online.SharePoint.TenantAdministration.SiteProperties'.`, 'Microsoft.SharePoint.Client.InvalidClientQueryException');
}

/** The site properties of one site; changes are staged by SetProperty and applied by `Update()`. */
function siteProperties(state: TenantState, site: SharePointSite): CsomObject {
  const staged: Record<string, unknown> = {};
  return {
    type: 'Microsoft.Online.SharePoint.TenantAdministration.SiteProperties',
    json: () => sitePropertiesJson(state, site),
    set(name, value) {
      const problem = checkSiteProperty(name, value);
      if (!problem) staged[name] = value;
      return problem;
    },
    method(name) {
      if (name !== 'Update') return new CsomError(`The method '${name}' is not supported.`, 'Microsoft.SharePoint.Client.InvalidClientQueryException');
      for (const [key, value] of Object.entries(staged)) {
        if (key === 'Title') site.rootWeb.Title = String(value);
        else site.properties = { ...site.properties, [key]: value };
      }
      return operation();
    },
  };
}

const OPERATION_TYPE = 'Microsoft.Online.SharePoint.TenantAdministration.SpoOperation';
/** How often clients are told to poll an operation (the service says about 15 s; the emulator keeps tests quick). */
const POLLING_INTERVAL_MS = 20;

/** The long-running operation an update starts; here it is complete at once. */
function operation(): CsomObject {
  return { type: OPERATION_TYPE, json: () => ({ _ObjectIdentity_: seedGuid('operation'), HasTimedout: false, IsComplete: true, PollingInterval: POLLING_INTERVAL_MS }) };
}

/** An operation that completes after `polls` more queries of it by identity (site creation is not instant). */
function pendingOperation(state: TenantState, identity: string): CsomObject {
  return {
    type: OPERATION_TYPE,
    json() {
      const remaining = state.admin.operations[identity] ?? 0;
      state.admin.operations[identity] = Math.max(remaining - 1, 0);
      return { _ObjectIdentity_: identity, HasTimedout: false, IsComplete: remaining <= 0, PollingInterval: POLLING_INTERVAL_MS };
    },
  };
}

/**
 * `Tenant.CreateSite(SiteCreationProperties)`: a classic site collection. The site exists at once; its operation
 * reports complete only when polled once more (so that `--wait` polls, as it must against the service).
 */
function createSite(state: TenantState, props: Record<string, unknown>): CsomObject | CsomError {
  const url = String(props.Url ?? '').replace(/\/+$/, '');
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return new CsomError(`The URL '${url}' is not valid.`, 'System.ArgumentException', -2147024809);
  }
  if (parsed.host.toLowerCase() !== state.sharePointHost || !/^\/(sites|teams)\/[^/]+$/i.test(parsed.pathname)) {
    return new CsomError(`The URL '${url}' is not a valid site collection URL of this tenant.`, 'System.ArgumentException', -2147024809);
  }
  if (siteByUrl(state, url) || state.admin.recycleBin.some((r) => r.site.Url.toLowerCase() === url.toLowerCase())) {
    return new CsomError(`A site already exists at url ${url}.`, 'Microsoft.Online.SharePoint.Common.SpoException', -2147024713);
  }
  if (typeof props.Title !== 'string' || props.Title === '' || typeof props.Owner !== 'string' || props.Owner === '') {
    return new CsomError('The title and the owner of the site are required.', 'System.ArgumentException', -2147024809);
  }
  const site = newSite(`https://${state.sharePointHost}${parsed.pathname}`, { Title: props.Title, Owner: props.Owner, WebTemplate: props.Template ?? 'STS#0', Lcid: props.Lcid }, now());
  for (const key of ['StorageMaximumLevel', 'StorageWarningLevel', 'UserCodeMaximumLevel', 'UserCodeWarningLevel', 'TimeZoneId']) {
    if (typeof props[key] === 'number') site.properties = { ...site.properties, [key]: props[key] };
  }
  state.sites.push(site);
  const identity = `${seedGuid('csom-session')}|${TENANT_IDENTITY_PREFIX}${state.tenantId}\nSpoOperation\nCreateSite\n${site.Id}`;
  state.admin.operations[identity] = 1;
  return pendingOperation(state, identity);
}

/** `Url -like 'x' -and Title -eq 'y'`: the filter of `GetSitePropertiesFromSharePointByFilters`. */
function siteFilter(filter: string): ((json: Record<string, unknown>) => boolean) | CsomError {
  if (filter.trim() === '') return () => true;
  const tests = filter.split(/\s+-and\s+/i).map((part) => {
    const m = /^\s*(\w+)\s+-(like|eq|ne)\s+'((?:[^']|'')*)'\s*$/i.exec(part);
    if (!m) return undefined;
    const [, field, op, raw] = m;
    const value = raw.replace(/''/g, "'").toLowerCase();
    return (json: Record<string, unknown>): boolean => {
      const actual = String(json[field] ?? '').toLowerCase();
      if (op.toLowerCase() === 'like') return actual.includes(value);
      return (actual === value) === (op.toLowerCase() === 'eq');
    };
  });
  if (tests.some((t) => t === undefined)) return new CsomError(`The filter '${filter}' is not valid.`, 'System.ArgumentException', -2147024809);
  return (json) => tests.every((t) => t?.(json));
}

/** One page of the tenant's sites for the filters (`Filter`, `Template`, `StartIndex`). */
function sitesByFilters(state: TenantState, filters: Record<string, unknown>): CsomObject | CsomError {
  const test = siteFilter(String(filters.Filter ?? ''));
  if (test instanceof CsomError) return test;
  const template = String(filters.Template ?? '').toLowerCase();
  // A template without '#' (the CLI's 'SPSPERS') matches every configuration of it; IncludePersonalSite 1 adds OneDrives.
  const templateMatches = (actual: unknown): boolean => {
    const value = String(actual).toLowerCase();
    return template === '' || value === template || (!template.includes('#') && value.startsWith(`${template}#`));
  };
  const personal = filters.IncludePersonalSite === 1 ? servicesOf(state).personalSites.map((p) => personalSiteProperties(p, state)) : [];
  const matching = [...state.sites.map((site) => sitePropertiesJson(state, site)), ...personal].filter((json) => templateMatches(json.Template) && test(json));
  const start = Number(filters.StartIndex ?? 0) || 0;
  const page = matching.slice(start, start + SITE_PAGE);
  const next = start + SITE_PAGE < matching.length ? String(start + SITE_PAGE) : null;
  return {
    type: 'Microsoft.Online.SharePoint.TenantAdministration.SPOSitePropertiesEnumerable',
    json: () => ({ NextStartIndex: -1, NextStartIndexFromSharePoint: next, _Child_Items_: page.map((p) => ({ _ObjectType_: 'Microsoft.Online.SharePoint.TenantAdministration.SiteProperties', ...p })) }),
  };
}

/** `GetSiteByUrl(url).RootWeb.TenantAppCatalog.SiteCollectionAppCatalogsSites` of the tenant. */
function appCatalogSites(state: TenantState): CsomObject {
  const change = (url: unknown, add: boolean): null | CsomError => {
    const site = siteByUrl(state, String(url));
    if (!site) return noSite(url);
    if (!add) {
      delete site.appCatalog;
      return null;
    }
    site.appCatalog ??= [];
    if (!site.rootWeb.lists.some((l) => l.BaseTemplate === 330)) {
      const path = new URL(site.Url).pathname.replace(/\/+$/, '');
      site.rootWeb.lists.push({ Id: seedGuid(`list:${path}/AppCatalog`), Title: 'Apps for SharePoint', BaseTemplate: 330, Hidden: false, ItemCount: 0, RootFolderServerRelativeUrl: `${path}/AppCatalog`, items: [] });
    }
    return null;
  };
  return {
    type: 'SP.SiteCollectionAppCatalogAllowedItems',
    method: (name, args) => (name === 'Add' || name === 'Remove' ? change(args[0], name === 'Add') : new CsomError(`The method '${name}' is not supported.`)),
  };
}

function webObject(state: TenantState, web: SharePointWeb, canWrite: boolean): CsomObject {
  return {
    type: 'SP.Web',
    json: () => ({ Id: web.Id, Title: web.Title, Url: web.Url }),
    method: (name, args) => (canWrite ? storageEntityMethod(state, web, name, args) : accessDenied()),
    property(name) {
      if (name === 'TenantAppCatalog') return { type: 'SP.TenantCorporateCatalogAccessor', property: (p) => (p === 'SiteCollectionAppCatalogsSites' ? appCatalogSites(state) : new CsomError(`The property '${p}' is not supported.`)) };
      if (name === 'Navigation') {
        return {
          type: 'SP.Navigation',
          json: () => ({ UseShared: web.navigationUseShared === true }),
          set(p, value) {
            if (!canWrite) return accessDenied();
            if (p !== 'UseShared') return new CsomError(`The property '${p}' is not supported.`);
            web.navigationUseShared = value === true;
            return undefined;
          },
        };
      }
      return new CsomError(`The property '${name}' is not supported.`);
    },
  };
}

/** `SP.Site`: its root web, and the site-level settings the CLI sets through CSOM (classification, sharing by e-mail). */
function siteObject(state: TenantState, site: SharePointSite, canWrite: boolean): CsomObject {
  return {
    type: 'SP.Site',
    json: () => ({ Id: site.Id, Url: site.Url }),
    property: (name) => (name === 'RootWeb' ? webObject(state, site.rootWeb, canWrite) : new CsomError(`The property '${name}' is not supported.`)),
    set(name, value) {
      if (!canWrite) return accessDenied();
      if (name === 'Classification') site.properties = { ...site.properties, Classification: String(value ?? '') };
      else if (name === 'ShareByEmailEnabled') site.properties = { ...site.properties, ShareByEmailEnabled: value === true };
      else return new CsomError(`The property '${name}' is not supported.`);
      return undefined;
    },
  };
}

/** `new Tenant()`: only on the admin host, only with full control of SharePoint. */
function tenant(state: TenantState, request: EmulatorRequest): CsomObject | CsomError {
  if (!isAdminHost(request.host)) return new CsomError(`Cannot find stub for type with id ${TENANT_TYPE_ID}. The specified server may not support APIs used in this client.`, 'Microsoft.SharePoint.Client.InvalidClientQueryException');
  if (!request.token?.roles.some((r) => FULL.includes(r))) return accessDenied();
  const settings = tenantSettingsMembers(state);
  return {
    type: 'Microsoft.Online.SharePoint.TenantAdministration.Tenant',
    ...settings,
    // Its identity names the tenant: the CLI for Microsoft 365 reads the tenant ID from it to address SiteProperties.
    json: () => ({ _ObjectIdentity_: `${seedGuid('csom-session')}|${TENANT_IDENTITY_PREFIX}${state.tenantId}\nTenant`, ...settings.json?.() }),
    method(name, args) {
      const site = (): SharePointSite | CsomError => siteByUrl(state, String(args[0])) ?? noSite(args[0]);
      switch (name) {
        case 'GetSiteByUrl': {
          const found = site();
          return found instanceof CsomError ? found : siteObject(state, found, true);
        }
        case 'GetSitePropertiesByUrl': {
          const found = site();
          return found instanceof CsomError ? found : siteProperties(state, found);
        }
        case 'GetSitePropertiesFromSharePointByFilters':
          return sitesByFilters(state, (args[0] ?? {}) as Record<string, unknown>);
        case 'SetSiteAdmin':
          return setSiteAdmin(site(), String(args[1] ?? ''), args[2] !== false);
        case 'CreateSite':
          return createSite(state, (args[0] ?? {}) as Record<string, unknown>);
        case 'Update':
          // Commits the settings changed with SetProperty, which the emulator has applied already.
          return null;
        default: {
          const cdn = cdnMethod(state, name, args);
          return cdn !== undefined ? cdn : new CsomError(`The method '${name}' is not supported.`, 'Microsoft.SharePoint.Client.InvalidClientQueryException');
        }
      }
    },
  };
}

/** Adds (or removes) a site collection administrator; the principal must look like a user's login. */
function setSiteAdmin(site: SharePointSite | CsomError, principal: string, isAdmin: boolean): null | CsomError {
  if (site instanceof CsomError) return site;
  if (!/^[^@\s]+@[^@\s]+$/.test(principal)) return new CsomError('The user does not exist or is not unique.', 'Microsoft.SharePoint.Client.ServerException', -2146232832);
  const others = (site.admins ?? []).filter((a) => a.toLowerCase() !== principal.toLowerCase());
  site.admins = isAdmin ? [...others, principal] : others;
  return null;
}

/**
 * An object named by its identity: a pending operation, or (on the admin host, with full control) the SiteProperties of
 * a site as `<session>|908bed80-…:<tenant ID>\nSiteProperties\n<URL-encoded site URL>`, which is how the CLI for
 * Microsoft 365's `spo site set` addresses them.
 */
function objectByIdentity(state: TenantState, request: EmulatorRequest, name: string): CsomObject | CsomError {
  if (name in state.admin.operations) return pendingOperation(state, name);
  const properties = /^[0-9a-f-]{36}\|908bed80-a04a-4433-b4a0-883d9847d110:([0-9a-f-]{36})\nSiteProperties\n(.+)$/i.exec(name);
  if (properties && isAdminHost(request.host) && properties[1].toLowerCase() === state.tenantId.toLowerCase()) {
    if (!request.token?.roles.some((r) => FULL.includes(r))) return accessDenied();
    let url: string;
    try {
      url = decodeURIComponent(properties[2]);
    } catch {
      url = properties[2];
    }
    const site = siteByUrl(state, url);
    return site ? siteProperties(state, site) : noSite(url);
  }
  return new CsomError(`The object with identity '${name}' is not found.`, 'Microsoft.SharePoint.Client.ResourceNotFoundException');
}

function rootsFor(state: TenantState, request: EmulatorRequest, site?: SharePointSite, web?: SharePointWeb): CsomRoots {
  const canWrite = request.token?.roles.some((r) => FULL.includes(r)) ?? false;
  return {
    identity: (name) => objectByIdentity(state, request, name),
    construct: (typeId) => (typeId.toLowerCase() === TENANT_TYPE_ID ? tenant(state, request) : new CsomError(`Cannot find stub for type with id ${typeId}.`, 'Microsoft.SharePoint.Client.InvalidClientQueryException')),
    staticProperty(typeId, name) {
      if (typeId.toLowerCase() !== REQUEST_CONTEXT_TYPE_ID || name !== 'Current' || !site || !web) return new CsomError(`Cannot find stub for type with id ${typeId}.`, 'Microsoft.SharePoint.Client.InvalidClientQueryException');
      return {
        type: 'SP.RequestContext',
        property: (p) => (p === 'Site' ? siteObject(state, site, canWrite) : p === 'Web' ? webObject(state, web, canWrite) : new CsomError(`The property '${p}' is not supported.`)),
      };
    },
  };
}

/** The site-scoped endpoint resolves its site and web like every other SharePoint route. */
const onSite = sp('POST', 'csom', READ, (c) => csomResponse(processQuery(c.request.body.toString('utf8'), rootsFor(c.state, c.request, c.site, c.web))));

export const csomRoutes: Route[] = [
  {
    method: 'POST',
    host: 'sharepoint',
    path: /^(?<web>(?:\/[^/]+)*?)\/_vti_bin\/client\.svc\/ProcessQuery\/?$/i,
    roles: READ,
    handler: (request, params, state) => {
      const xml = request.body.toString('utf8');
      if (isAdminHost(request.host) && !params.web) return csomResponse(processQuery(xml, rootsFor(state, request)));
      // One ProcessQuery endpoint per site: a list item's system update is answered by its noun's file.
      if (isPropertyBagQuery(xml)) return propertyBagQuery(state, request, `https://${request.host}${params.web ?? ''}`);
      if (isSystemUpdateQuery(xml)) return systemUpdateQuery(state, request, `https://${request.host}${params.web ?? ''}`);
      return onSite.handler(request, params, state);
    },
  },
];
