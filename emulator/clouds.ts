/**
 * The Microsoft clouds the emulator serves, as the services themselves know them. Deliberately its own table, not the
 * action's (src/clouds.ts): a stand-in that shared the action's facts could not catch a wrong one.
 *
 * An emulated tenant lives in one cloud (its home), as a real one does. The emulator still answers every cloud's hosts,
 * so that a run pointed at the wrong cloud gets what the real services would say (Entra ID: AADSTS900382 across the
 * worldwide and US Government directories, AADSTS90002 between them and China; APIs: an invalid audience).
 */
export type EmulatedCloudName = 'Public' | 'USGov' | 'USGovHigh' | 'USGovDoD' | 'China';

export const EMULATED_CLOUD_NAMES: readonly EmulatedCloudName[] = ['Public', 'USGov', 'USGovHigh', 'USGovDoD', 'China'];

/** One Entra ID directory. GCC tenants live in the worldwide one, GCC High and DoD tenants in the US Government one. */
export interface EntraInstance {
  readonly name: 'worldwide' | 'usgov' | 'china';
  /** Hosts that answer for this directory (the first is the one documented for sign-in). */
  readonly loginHosts: readonly string[];
  /** Host of the v1 issuer of its access tokens: `https://<host>/<tenant>/`. */
  readonly v1IssuerHost: string;
  /** Host of its v2 issuer, `https://<host>/<tenant>/v2.0` (the issuer of the workload tokens it issues). */
  readonly v2IssuerHost: string;
  /** `cloud_instance_name` of its OpenID configuration. */
  readonly cloudInstanceName: string;
  /** Subject prefix of the workload tokens it issues (Azure DevOps service connections). */
  readonly subjectPrefix: string;
  /** The audience its token exchange expects of a federated platform token. */
  readonly tokenExchangeAudience: string;
  /** The Azure environment of this directory, as an Azure DevOps service connection names it. */
  readonly azureEnvironment: 'AzureCloud' | 'AzureUSGovernment' | 'AzureChinaCloud';
}

export interface EmulatedCloud {
  readonly name: EmulatedCloudName;
  readonly instance: EntraInstance;
  readonly graphHost: string;
  readonly sharePointSuffix: string;
  readonly managementHost: string;
  readonly azureHost: string;
  /** The initial domain of the demo tenant (`contoso.onmicrosoft.us` in the US Government directory). */
  readonly tenantDomain: string;
  /** `tenant_region_scope` and `tenant_region_sub_scope` of the tenant's OpenID configuration. */
  readonly region: { readonly scope: string; readonly subScope?: string };
}

const WORLDWIDE: EntraInstance = {
  name: 'worldwide',
  loginHosts: ['login.microsoftonline.com'],
  v1IssuerHost: 'sts.windows.net',
  v2IssuerHost: 'login.microsoftonline.com',
  cloudInstanceName: 'microsoftonline.com',
  subjectPrefix: '/eid1/c/pub',
  tokenExchangeAudience: 'api://AzureADTokenExchange',
  azureEnvironment: 'AzureCloud',
};

const US_GOVERNMENT: EntraInstance = {
  name: 'usgov',
  loginHosts: ['login.microsoftonline.us'],
  v1IssuerHost: 'sts.windows.net',
  v2IssuerHost: 'login.microsoftonline.us',
  cloudInstanceName: 'microsoftonline.us',
  subjectPrefix: '/eid1/c/usg',
  tokenExchangeAudience: 'api://AzureADTokenExchangeUSGov',
  azureEnvironment: 'AzureUSGovernment',
};

const CHINA: EntraInstance = {
  name: 'china',
  loginHosts: ['login.chinacloudapi.cn', 'login.partner.microsoftonline.cn'],
  v1IssuerHost: 'sts.chinacloudapi.cn',
  v2IssuerHost: 'login.partner.microsoftonline.cn',
  cloudInstanceName: 'partner.microsoftonline.cn',
  subjectPrefix: '/eid1/c/chn',
  tokenExchangeAudience: 'api://AzureADTokenExchangeChina',
  azureEnvironment: 'AzureChinaCloud',
};

export const EMULATED_CLOUDS: Readonly<Record<EmulatedCloudName, EmulatedCloud>> = {
  Public: {
    name: 'Public',
    instance: WORLDWIDE,
    graphHost: 'graph.microsoft.com',
    sharePointSuffix: 'sharepoint.com',
    managementHost: 'manage.office.com',
    azureHost: 'management.azure.com',
    tenantDomain: 'contoso.onmicrosoft.com',
    region: { scope: 'EU' },
  },
  USGov: {
    name: 'USGov',
    instance: WORLDWIDE,
    graphHost: 'graph.microsoft.com',
    sharePointSuffix: 'sharepoint.com',
    managementHost: 'manage-gcc.office.com',
    azureHost: 'management.azure.com',
    tenantDomain: 'contoso.onmicrosoft.com',
    region: { scope: 'NA', subScope: 'GCC' },
  },
  USGovHigh: {
    name: 'USGovHigh',
    instance: US_GOVERNMENT,
    graphHost: 'graph.microsoft.us',
    sharePointSuffix: 'sharepoint.us',
    managementHost: 'manage.office365.us',
    azureHost: 'management.usgovcloudapi.net',
    tenantDomain: 'contoso.onmicrosoft.us',
    region: { scope: 'USGov', subScope: 'DODCON' },
  },
  USGovDoD: {
    name: 'USGovDoD',
    instance: US_GOVERNMENT,
    graphHost: 'dod-graph.microsoft.us',
    sharePointSuffix: 'sharepoint-mil.us',
    managementHost: 'manage.protection.apps.mil',
    azureHost: 'management.usgovcloudapi.net',
    tenantDomain: 'contoso.onmicrosoft.us',
    region: { scope: 'USGov', subScope: 'DOD' },
  },
  China: {
    name: 'China',
    instance: CHINA,
    graphHost: 'microsoftgraph.chinacloudapi.cn',
    sharePointSuffix: 'sharepoint.cn',
    managementHost: 'manage.office.cn',
    azureHost: 'management.chinacloudapi.cn',
    tenantDomain: 'contoso.partner.onmschina.cn',
    region: { scope: 'AS' },
  },
};

const ALL = EMULATED_CLOUD_NAMES.map((name) => EMULATED_CLOUDS[name]);
const INSTANCES: readonly EntraInstance[] = [WORLDWIDE, US_GOVERNMENT, CHINA];

/** The Entra ID directory a login host answers for, if it is one. */
export function instanceOfLoginHost(host: string): EntraInstance | undefined {
  return INSTANCES.find((instance) => instance.loginHosts.includes(host.toLowerCase()));
}

/**
 * The worldwide and US Government directories know of each other's tenants (their discovery answers for both, with
 * the tenant's own cloud instance), but refuse a confidential client across the two (AADSTS900382). China's knows
 * neither, and neither knows China's tenants (AADSTS90002).
 */
export function areLinked(a: EntraInstance, b: EntraInstance): boolean {
  return a.name !== 'china' && b.name !== 'china';
}

/** Every login host, Graph host and fixed API host of every cloud. */
export const FIXED_HOSTS: readonly string[] = [
  ...new Set([...INSTANCES.flatMap((i) => i.loginHosts), ...ALL.flatMap((c) => [c.graphHost, c.managementHost, c.azureHost])]),
];

/** Every SharePoint Online host suffix. */
export const SHAREPOINT_SUFFIXES: readonly string[] = [...new Set(ALL.map((c) => c.sharePointSuffix))];

export type HostClass = 'login' | 'graph' | 'sharepoint' | 'management' | 'azure';

/** What kind of Microsoft host this is, in any cloud; undefined for any other host. */
export function hostClassOf(host: string): HostClass | undefined {
  const name = host.toLowerCase();
  if (instanceOfLoginHost(name)) return 'login';
  if (ALL.some((c) => c.graphHost === name)) return 'graph';
  if (ALL.some((c) => c.managementHost === name)) return 'management';
  if (ALL.some((c) => c.azureHost === name)) return 'azure';
  return sharePointTenantOf(name) ? 'sharepoint' : undefined;
}

/**
 * The tenant root host of a SharePoint host (`contoso-admin.sharepoint.us` → `contoso.sharepoint.us`), or undefined.
 * The tenant part is one DNS label: `a.b.sharepoint.com` is no SharePoint Online host.
 */
export function sharePointTenantOf(host: string): string | undefined {
  const name = host.toLowerCase();
  const suffix = SHAREPOINT_SUFFIXES.find((s) => name.endsWith(`.${s}`));
  if (!suffix) return undefined;
  const label = /^([a-z0-9-]+?)(?:-admin|-my)?$/.exec(name.slice(0, -suffix.length - 1))?.[1];
  return label ? `${label}.${suffix}` : undefined;
}

/**
 * The audience a token must have to be accepted by `host`, or undefined for hosts that take no bearer token: a Graph,
 * Management API or Azure host its own origin; a SharePoint host its tenant's root origin (`-admin`, `-my` included).
 */
export function audienceForHost(host: string): string | undefined {
  const name = host.toLowerCase();
  const hostClass = hostClassOf(name);
  if (hostClass === 'graph' || hostClass === 'management' || hostClass === 'azure') return `https://${name}`;
  const root = hostClass === 'sharepoint' ? sharePointTenantOf(name) : undefined;
  return root ? `https://${root}` : undefined;
}

/** The clouds a host belongs to (a worldwide host belongs to Public and USGov). */
export function cloudsOfHost(host: string): EmulatedCloudName[] {
  const name = host.toLowerCase();
  const root = sharePointTenantOf(name);
  return ALL.filter(
    (c) =>
      c.instance.loginHosts.includes(name) ||
      [c.graphHost, c.managementHost, c.azureHost].includes(name) ||
      (root !== undefined && root.endsWith(`.${c.sharePointSuffix}`)),
  ).map((c) => c.name);
}
