/**
 * National clouds: for each of the CLI for Microsoft 365's cloud names, where Entra ID signs in, the origin of every
 * Microsoft 365 resource, and what workload identity federation expects there. A resource is an Entra authorization
 * audience together with the hosts its token may be sent to (token pinning follows these hosts, per cloud).
 *
 * Every row names the Microsoft documentation its facts come from. GCC (`USGov`) is a Microsoft 365 offering on the
 * worldwide Entra ID and endpoints; only its Office 365 Management API host differs. GCC High (`USGovHigh`) and DoD
 * (`USGovDoD`) share the US Government Entra ID (login.microsoftonline.us) and differ in Graph, SharePoint and the
 * Management API. China is Microsoft 365 operated by 21Vianet, with an Entra ID of its own.
 */
export type CloudName = 'Public' | 'USGov' | 'USGovHigh' | 'USGovDoD' | 'China';

export const CLOUD_NAMES: readonly CloudName[] = ['Public', 'USGov', 'USGovHigh', 'USGovDoD', 'China'];

/** The Azure environment of a cloud's Entra ID, as an Azure DevOps service connection names it (ENDPOINT_DATA_<id>_ENVIRONMENT). */
export type AzureEnvironment = 'AzureCloud' | 'AzureUSGovernment' | 'AzureChinaCloud';

export interface Cloud {
  readonly name: CloudName;
  /** What Microsoft calls it: "worldwide", "GCC", "GCC High", "DoD", "operated by 21Vianet". */
  readonly label: string;
  /** Host of the Entra ID authority, e.g. `login.microsoftonline.com`. */
  readonly loginHost: string;
  /**
   * Other hosts of the same Entra ID that sign-in may talk to: msal-node sends China's token requests to
   * login.partner.microsoftonline.cn, the preferred network of its instance metadata for login.chinacloudapi.cn.
   */
  readonly loginAliases: readonly string[];
  /** Microsoft Graph origin, e.g. `https://graph.microsoft.com`. */
  readonly graph: string;
  /** Suffix of SharePoint Online hosts: `<tenant>.<suffix>`, `<tenant>-admin.<suffix>`, `<tenant>-my.<suffix>`. */
  readonly sharePointSuffix: string;
  /** Office 365 Management APIs origin. */
  readonly management: string;
  /** Azure Service Management (Resource Manager) origin. */
  readonly azure: string;
  /**
   * The audience Entra ID's token exchange expects of a platform token in this cloud: the audience of the app's
   * federated credential, and what the action asks a platform's OIDC issuer for unless the input `audience` says
   * otherwise.
   */
  readonly tokenExchangeAudience: string;
  /**
   * Host of the issuer of the tokens Entra ID itself issues to workloads in this cloud, `https://<host>/<tenant>/v2.0`:
   * the issuer of an Azure DevOps service connection whose federation Entra ID backs.
   */
  readonly entraIssuerHost: string;
  /** Subject prefix of those tokens (`/eid1/c/pub/t/<tenant>/a/<app>/sc/<organisation>/<connection>` in the Public cloud). */
  readonly entraSubjectPrefix: string;
  /** The Azure environment whose Entra ID this cloud signs in to. */
  readonly azureEnvironment: AzureEnvironment;
  /** The Microsoft documentation these facts come from. */
  readonly sources: readonly string[];
}

/** Microsoft Learn pages the table cites, by what they document. */
const DOCS = {
  graph: 'https://learn.microsoft.com/graph/deployments',
  managementApi: 'https://learn.microsoft.com/office/office-365-management-api/office-365-management-activity-api-reference',
  gccHigh: 'https://learn.microsoft.com/microsoft-365/enterprise/microsoft-365-u-s-government-gcc-high-endpoints',
  dod: 'https://learn.microsoft.com/microsoft-365/enterprise/microsoft-365-u-s-government-dod-endpoints',
  china: 'https://learn.microsoft.com/microsoft-365/enterprise/urls-and-ip-address-ranges-21vianet',
  worldwide: 'https://learn.microsoft.com/microsoft-365/enterprise/urls-and-ip-address-ranges',
  federation: 'https://learn.microsoft.com/entra/workload-id/workload-identity-federation-config-app-trust-managed-identity',
  // The Entra ID issuer, subject prefix and audience of Entra-issued workload tokens per cloud (its "Specialized Azure
  // cloud environments" table).
  entraWorkloadTokens: 'https://learn.microsoft.com/power-platform/admin/set-up-managed-identity',
  azureDevOps: 'https://learn.microsoft.com/azure/devops/pipelines/library/connect-to-azure',
  azureGovernment: 'https://learn.microsoft.com/azure/azure-government/compare-azure-government-global-azure',
  azureChina: 'https://learn.microsoft.com/azure/china/resources-developer-guide',
} as const;

export const CLOUDS: Readonly<Record<CloudName, Cloud>> = {
  Public: {
    name: 'Public',
    label: 'worldwide',
    loginHost: 'login.microsoftonline.com',
    loginAliases: [],
    graph: 'https://graph.microsoft.com',
    sharePointSuffix: 'sharepoint.com',
    management: 'https://manage.office.com',
    azure: 'https://management.azure.com',
    tokenExchangeAudience: 'api://AzureADTokenExchange',
    entraIssuerHost: 'login.microsoftonline.com',
    entraSubjectPrefix: '/eid1/c/pub',
    azureEnvironment: 'AzureCloud',
    sources: [DOCS.graph, DOCS.worldwide, DOCS.managementApi, DOCS.federation, DOCS.azureDevOps],
  },
  // GCC: the worldwide Entra ID, Graph and SharePoint; the Management API has a host of its own.
  USGov: {
    name: 'USGov',
    label: 'GCC',
    loginHost: 'login.microsoftonline.com',
    loginAliases: [],
    graph: 'https://graph.microsoft.com',
    sharePointSuffix: 'sharepoint.com',
    management: 'https://manage-gcc.office.com',
    azure: 'https://management.azure.com',
    tokenExchangeAudience: 'api://AzureADTokenExchange',
    entraIssuerHost: 'login.microsoftonline.com',
    entraSubjectPrefix: '/eid1/c/pub',
    azureEnvironment: 'AzureCloud',
    sources: [DOCS.graph, DOCS.managementApi, DOCS.entraWorkloadTokens],
  },
  USGovHigh: {
    name: 'USGovHigh',
    label: 'GCC High',
    loginHost: 'login.microsoftonline.us',
    loginAliases: [],
    graph: 'https://graph.microsoft.us',
    sharePointSuffix: 'sharepoint.us',
    management: 'https://manage.office365.us',
    azure: 'https://management.usgovcloudapi.net',
    tokenExchangeAudience: 'api://AzureADTokenExchangeUSGov',
    entraIssuerHost: 'login.microsoftonline.us',
    entraSubjectPrefix: '/eid1/c/usg',
    azureEnvironment: 'AzureUSGovernment',
    sources: [DOCS.graph, DOCS.gccHigh, DOCS.managementApi, DOCS.federation, DOCS.entraWorkloadTokens, DOCS.azureGovernment],
  },
  USGovDoD: {
    name: 'USGovDoD',
    label: 'DoD',
    loginHost: 'login.microsoftonline.us',
    loginAliases: [],
    graph: 'https://dod-graph.microsoft.us',
    sharePointSuffix: 'sharepoint-mil.us',
    management: 'https://manage.protection.apps.mil',
    azure: 'https://management.usgovcloudapi.net',
    tokenExchangeAudience: 'api://AzureADTokenExchangeUSGov',
    entraIssuerHost: 'login.microsoftonline.us',
    entraSubjectPrefix: '/eid1/c/usg',
    azureEnvironment: 'AzureUSGovernment',
    sources: [DOCS.graph, DOCS.dod, DOCS.managementApi, DOCS.federation, DOCS.entraWorkloadTokens, DOCS.azureGovernment],
  },
  // The Management Activity API reference lists no 21Vianet host; manage.office.cn is the one Microsoft's own
  // Exchange support scripts (microsoft/CSS-Exchange) use for it.
  China: {
    name: 'China',
    label: 'operated by 21Vianet',
    loginHost: 'login.chinacloudapi.cn',
    loginAliases: ['login.partner.microsoftonline.cn'],
    graph: 'https://microsoftgraph.chinacloudapi.cn',
    sharePointSuffix: 'sharepoint.cn',
    management: 'https://manage.office.cn',
    azure: 'https://management.chinacloudapi.cn',
    tokenExchangeAudience: 'api://AzureADTokenExchangeChina',
    entraIssuerHost: 'login.partner.microsoftonline.cn',
    entraSubjectPrefix: '/eid1/c/chn',
    azureEnvironment: 'AzureChinaCloud',
    sources: [DOCS.graph, DOCS.china, DOCS.federation, DOCS.entraWorkloadTokens, DOCS.azureChina],
  },
};

/** The clouds whose Entra ID is this Azure environment's (e.g. AzureUSGovernment: USGovHigh and USGovDoD). */
export function cloudsOfEnvironment(environment: string): CloudName[] {
  return CLOUD_NAMES.filter((name) => CLOUDS[name].azureEnvironment.toLowerCase() === environment.toLowerCase());
}

/** The clouds whose token exchange expects this audience (compared exactly: Entra ID compares case-sensitively). */
export function cloudsOfAudience(audience: string): CloudName[] {
  return CLOUD_NAMES.filter((name) => CLOUDS[name].tokenExchangeAudience === audience);
}

/** The clouds that sign in at this Entra ID host. */
export function cloudsOfLoginHost(host: string): CloudName[] {
  const name = host.toLowerCase();
  return CLOUD_NAMES.filter((cloud) => CLOUDS[cloud].loginHost === name || CLOUDS[cloud].loginAliases.includes(name));
}

/** The clouds whose Entra ID issued a token of this issuer (`https://login.microsoftonline.us/<tenant>/v2.0`), if any. */
export function cloudsOfEntraIssuer(issuer: string): CloudName[] {
  const host = /^https:\/\/([^/]+)\/[^/]+\/v2\.0\/?$/i.exec(issuer)?.[1]?.toLowerCase();
  return host ? CLOUD_NAMES.filter((name) => CLOUDS[name].entraIssuerHost === host) : [];
}

/** The issuer of the tokens Entra ID issues to a workload of this tenant in this cloud. */
export function entraIssuerOf(cloud: Cloud, tenantId: string): string {
  return `https://${cloud.entraIssuerHost}/${tenantId}/v2.0`;
}

/** "USGovHigh or USGovDoD", for messages. */
export function listClouds(names: readonly string[], conjunction = 'or'): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} ${conjunction} ${names.at(-1) ?? ''}`;
}

/** The hosts of a cloud's fixed resources and of Entra ID: what a run in this cloud may talk to besides SharePoint. */
export function fixedHostsOf(cloud: Cloud): string[] {
  const apis = [cloud.graph, cloud.management, cloud.azure].map((origin) => new URL(origin).hostname);
  return [...new Set([cloud.loginHost, ...cloud.loginAliases, ...apis])];
}

/** The kinds of Microsoft 365 resource a command can talk to. */
export type ResourceKind = 'graph' | 'sharepoint' | 'management' | 'azure' | 'vivaengage';

/** An Entra authorization audience and the hosts a token issued for it may be sent to. */
export interface Resource {
  readonly kind: ResourceKind;
  /** Origin used as the token audience, without trailing slash, e.g. `https://contoso.sharepoint.com`. */
  readonly audience: string;
  /** Lower-case host names a token for this resource may be sent to (token pinning). */
  readonly hosts: readonly string[];
}

/** Human name of a resource kind, for messages and the summary. */
export const RESOURCE_LABELS: Readonly<Record<ResourceKind, string>> = {
  graph: 'Microsoft Graph',
  sharepoint: 'SharePoint Online',
  management: 'Office 365 Management APIs',
  azure: 'Azure Service Management',
  vivaengage: 'Viva Engage',
};

/** The `.default` scope asked of Entra ID for a resource. */
export function scopeOf(resource: Resource): string {
  return `${resource.audience}/.default`;
}

/** The fixed-host resources of a cloud (SharePoint depends on the tenant: see sharePointResource). */
export function fixedResource(cloud: Cloud, kind: 'graph' | 'management' | 'azure'): Resource {
  const origin = kind === 'graph' ? cloud.graph : kind === 'management' ? cloud.management : cloud.azure;
  return { kind, audience: origin, hosts: [new URL(origin).hostname] };
}

/**
 * The SharePoint resource of a tenant, from any URL of it (`https://contoso.sharepoint.com/sites/x`,
 * `https://contoso-admin.sharepoint.com`, `https://contoso-my.sharepoint.com`): the audience is the root site origin and
 * the token may go to the root, `-admin` and `-my` hosts. Returns undefined when the URL is not a SharePoint Online URL
 * of this cloud.
 */
export function sharePointResource(cloud: Cloud, url: string): Resource | undefined {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  const suffix = `.${cloud.sharePointSuffix}`;
  if (!host.endsWith(suffix)) return undefined;
  const label = host.slice(0, -suffix.length);
  if (!/^[a-z0-9-]+$/.test(label)) return undefined;
  const tenant = label.replace(/-(admin|my)$/, '');
  const root = `${tenant}${suffix}`;
  return {
    kind: 'sharepoint',
    audience: `https://${root}`,
    hosts: [root, `${tenant}-admin${suffix}`, `${tenant}-my${suffix}`],
  };
}
