/**
 * The seeded tenant: contoso with the demo app (its roles, certificate and federated credentials), then the content
 * (groups, sites, lists, app catalogs) from seed-content.ts.
 */
import { DEMO_APP_ID, DEMO_APP_NAME, DEMO_SHAREPOINT_HOST, DEMO_TENANT_DOMAIN, DEMO_TENANT_ID } from './constants.js';
import { registeredCertificateOf } from './demo-app.js';
import { demoFederatedCredentials } from './federation.js';
import { seedContent } from './seed-content.js';
import { seedServices } from './seed-services.js';
import { derivedGuid } from './tokens.js';
import type { EntraApp, RegisteredCertificate, TenantState } from './types.js';

/** App roles (application permissions) granted to the demo app. */
export const DEMO_APP_ROLES = [
  'Sites.FullControl.All',
  'Sites.Read.All',
  'Group.Read.All',
  'Group.ReadWrite.All',
  'Application.Read.All',
  'ActivityFeed.Read',
  'ServiceHealth.Read.All',
  'ServiceMessage.Read.All',
  'Reports.Read.All',
  'ReportSettings.Read.All',
  'Tasks.ReadWrite.All',
  'ExternalConnection.Read.All',
  'Mail.Send',
  'CrossTenantInformation.ReadBasic.All',
];

export interface TenantOptions {
  /** PEM of the demo app's certificate (public part). */
  demoCertificatePem: string;
}

export function createTenantState(options: TenantOptions): TenantState {
  const demoApp: EntraApp = {
    appId: DEMO_APP_ID,
    id: derivedGuid(`app:${DEMO_APP_ID}`),
    displayName: DEMO_APP_NAME,
    roles: [...DEMO_APP_ROLES],
    certificates: [registeredCertificateOf(options.demoCertificatePem)],
    federatedCredentials: demoFederatedCredentials(DEMO_TENANT_ID),
  };
  const state: TenantState = {
    tenantId: DEMO_TENANT_ID,
    domain: DEMO_TENANT_DOMAIN,
    sharePointHost: DEMO_SHAREPOINT_HOST,
    apps: [demoApp],
    groups: [],
    sites: [],
    tenantAppCatalogUrl: `https://${DEMO_SHAREPOINT_HOST}/sites/appcatalog`,
    tenantAppCatalog: [],
    ...seedServices({ tenantId: DEMO_TENANT_ID, domain: DEMO_TENANT_DOMAIN, sharePointHost: DEMO_SHAREPOINT_HOST }, DEMO_APP_ID),
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
