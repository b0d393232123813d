/**
 * The seeded tenant: contoso with the demo app (its roles, certificate and federated credentials), then the content
 * (groups, sites, lists, app catalogs) from seed-content.ts.
 */
import { EMULATED_CLOUDS, type EmulatedCloudName } from './clouds.js';
import { DEMO_APP_ID, DEMO_APP_NAME, DEMO_TENANT_ID } from './constants.js';
import { registeredCertificateOf } from './demo-app.js';
import { demoFederatedCredentials } from './federation.js';
import { emptyTenantAdmin } from './routes/sharepoint/tenant-admin.js';
import { seedContent } from './seed-content.js';
import { API_APP_IDS, MANIFEST_APIS, PUBLISHED_APP_ROLES } from './routes/app-roles.js';
import { derivedGuid } from './tokens.js';
import type { ApiName, EntraApp, RegisteredCertificate, SitePermission, TenantState } from './types.js';

/**
 * App roles (application permissions) granted to the demo app, per API — what a CI app of a SharePoint team often
 * holds: more than most plans need, which the action's least-privilege notice points out.
 */
export const DEMO_APP_ROLES: Readonly<Partial<Record<ApiName, readonly string[]>>> = {
  graph: [
    'Sites.Read.All',
    'Sites.FullControl.All',
    'Group.Read.All',
    'Group.ReadWrite.All',
    'Application.Read.All',
    // The service commands: health, reports, Planner, connectors, mail, tenant lookup.
    'ServiceHealth.Read.All',
    'ServiceMessage.Read.All',
    'Reports.Read.All',
    'ReportSettings.Read.All',
    'Tasks.ReadWrite.All',
    'ExternalConnection.Read.All',
    'Mail.Send',
    'CrossTenantInformation.ReadBasic.All',
  ],
  sharepoint: ['Sites.FullControl.All', 'Sites.Read.All'],
  management: ['ActivityFeed.Read'],
};

export interface TenantOptions {
  /** PEM of the demo app's certificate (public part). */
  demoCertificatePem: string;
  /** The cloud the tenant lives in: its domain, SharePoint host and federated credentials follow. Default Public. */
  cloud?: EmulatedCloudName;
}

export function createTenantState(options: TenantOptions): TenantState {
  const cloud = EMULATED_CLOUDS[options.cloud ?? 'Public'];
  const sharePointHost = `contoso.${cloud.sharePointSuffix}`;
  const demoApp: EntraApp = {
    appId: DEMO_APP_ID,
    id: derivedGuid(`app:${DEMO_APP_ID}`),
    displayName: DEMO_APP_NAME,
    roles: Object.fromEntries(Object.entries(DEMO_APP_ROLES).map(([api, roles]) => [api, [...roles]])),
    certificates: [registeredCertificateOf(options.demoCertificatePem)],
    federatedCredentials: demoFederatedCredentials(DEMO_TENANT_ID, cloud),
  };
  const state: TenantState = {
    tenantId: DEMO_TENANT_ID,
    cloud: cloud.name,
    domain: cloud.tenantDomain,
    sharePointHost,
    apps: [demoApp],
    groups: [],
    sites: [],
    tenantAppCatalogUrl: `https://${sharePointHost}/sites/appcatalog`,
    tenantAppCatalog: [],
    admin: emptyTenantAdmin(),
  };
  seedContent(state);
  return state;
}

function appOf(state: TenantState, appId: string): EntraApp {
  const app = state.apps.find((a) => a.appId.toLowerCase() === appId.toLowerCase());
  if (!app) throw new Error(`No app '${appId}' in the emulated tenant.`);
  return app;
}

/** Adds a certificate (PEM, public part) to an app's key credentials. */
export function registerCertificate(state: TenantState, appId: string, certificatePem: string): RegisteredCertificate {
  const registered = registeredCertificateOf(certificatePem);
  appOf(state, appId).certificates.push(registered);
  return registered;
}

/** Removes every certificate of an app (to test "certificate not registered"). */
export function unregisterCertificates(state: TenantState, appId: string): void {
  appOf(state, appId).certificates = [];
}

/** Replaces what an app was granted on one API (admin consent of exactly these application permissions). */
export function grantRoles(state: TenantState, appId: string, api: ApiName, roles: readonly string[]): void {
  appOf(state, appId).roles[api] = [...roles];
}

/** One entry of an app manifest's `requiredResourceAccess`. */
export interface ManifestEntry {
  resourceAppId: string;
  resourceAccess: { id: string; type: string }[];
}

/**
 * Grants an app exactly the application permissions (`type: Role`) of a manifest fragment, as adding them to the
 * registration and granting admin consent would; every other grant of the app is removed. An ID that the emulated
 * APIs do not publish is an error, as Entra ID refuses it.
 */
export function grantManifest(state: TenantState, appId: string, requiredResourceAccess: readonly ManifestEntry[]): void {
  const roles: Partial<Record<ApiName, string[]>> = {};
  for (const entry of requiredResourceAccess) {
    const api = MANIFEST_APIS.find((name) => API_APP_IDS[name] === entry.resourceAppId);
    if (!api) throw new Error(`No emulated API has the application ID '${entry.resourceAppId}'.`);
    for (const access of entry.resourceAccess.filter((a) => a.type === 'Role')) {
      const value = Object.hasOwn(PUBLISHED_APP_ROLES[api], access.id) ? PUBLISHED_APP_ROLES[api][access.id] : undefined;
      if (!value) throw new Error(`The emulated ${api} API publishes no app role '${access.id}'.`);
      (roles[api] ??= []).push(value);
    }
  }
  appOf(state, appId).roles = roles;
}

/** A Sites.Selected grant of an app on one site collection (`spo site apppermission add`). */
export function grantSite(state: TenantState, appId: string, siteUrl: string, permission: SitePermission): void {
  const app = appOf(state, appId);
  app.siteGrants = { ...app.siteGrants, [siteUrl.toLowerCase().replace(/\/+$/, '')]: permission };
}
