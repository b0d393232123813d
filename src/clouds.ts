/**
 * National clouds: the login host and the audiences of each Microsoft 365 resource, by the CLI for Microsoft 365's
 * cloud names. A resource is an Entra authorization audience together with the hosts its token may be sent to.
 */
export type CloudName = 'Public' | 'USGov' | 'USGovHigh' | 'USGovDoD' | 'China';

export const CLOUD_NAMES: readonly CloudName[] = ['Public', 'USGov', 'USGovHigh', 'USGovDoD', 'China'];

export interface Cloud {
  readonly name: CloudName;
  /** Host of the Entra ID authority, e.g. `login.microsoftonline.com`. */
  readonly loginHost: string;
  /** Microsoft Graph origin, e.g. `https://graph.microsoft.com`. */
  readonly graph: string;
  /** Suffix of SharePoint Online hosts, e.g. `sharepoint.com` (tenant hosts are `<tenant>.sharepoint.com`). */
  readonly sharePointSuffix: string;
  /** Office 365 Management APIs origin. */
  readonly management: string;
  /** Azure Service Management (Resource Manager) origin. */
  readonly azure: string;
}

export const CLOUDS: Readonly<Record<CloudName, Cloud>> = {
  Public: {
    name: 'Public',
    loginHost: 'login.microsoftonline.com',
    graph: 'https://graph.microsoft.com',
    sharePointSuffix: 'sharepoint.com',
    management: 'https://manage.office.com',
    azure: 'https://management.azure.com',
  },
  USGov: {
    name: 'USGov',
    loginHost: 'login.microsoftonline.com',
    graph: 'https://graph.microsoft.com',
    sharePointSuffix: 'sharepoint.com',
    management: 'https://manage-gcc.office.com',
    azure: 'https://management.usgovcloudapi.net',
  },
  USGovHigh: {
    name: 'USGovHigh',
    loginHost: 'login.microsoftonline.us',
    graph: 'https://graph.microsoft.us',
    sharePointSuffix: 'sharepoint.us',
    management: 'https://manage.office365.us',
    azure: 'https://management.usgovcloudapi.net',
  },
  USGovDoD: {
    name: 'USGovDoD',
    loginHost: 'login.microsoftonline.us',
    graph: 'https://dod-graph.microsoft.us',
    sharePointSuffix: 'sharepoint-mil.us',
    management: 'https://manage.protection.apps.mil',
    azure: 'https://management.usgovcloudapi.net',
  },
  China: {
    name: 'China',
    loginHost: 'login.chinacloudapi.cn',
    graph: 'https://microsoftgraph.chinacloudapi.cn',
    sharePointSuffix: 'sharepoint.cn',
    management: 'https://manage.office.cn',
    azure: 'https://management.chinacloudapi.cn',
  },
};

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
