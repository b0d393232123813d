/**
 * What the site, hub site, home site and app catalog commands share: the tenant's SharePoint root and admin site, and a
 * minimal CSOM client for the tenant-admin operations that SharePoint offers only through CSOM
 * (`/_vti_bin/client.svc/ProcessQuery`: site collection app catalogs, site properties, listing sites). Everything
 * with a documented REST API uses that instead.
 */
import { ActionError } from '../../errors.js';
import { ACCEPT, literal, query, segment, trimSlashes } from '../kit/index.js';
import type { CommandContext } from '../types.js';

/** The tenant's SharePoint root (`https://contoso.sharepoint.com`), which the plan decided (spo-url, discovery). */
export function tenantRoot(context: CommandContext): string {
  if (context.sharePointUrl === undefined) {
    throw new ActionError('The SharePoint root URL is unknown, so the tenant cannot be addressed.', {
      hint: "Set the spo-url input (or 'spo set --url' before this command).",
    });
  }
  return trimSlashes(new URL(context.sharePointUrl).origin);
}

/** The tenant admin site: `https://contoso.sharepoint.com` → `https://contoso-admin.sharepoint.com` (any cloud). */
export function adminUrl(context: CommandContext): string {
  const root = new URL(tenantRoot(context));
  const [tenant, ...rest] = root.hostname.split('.');
  return `https://${tenant.replace(/-(admin|my)$/, '')}-admin.${rest.join('.')}`;
}

/** `https://host/x` or a server-relative `/x` as an absolute URL without trailing slash, on the tenant's host. */
export function absoluteUrl(context: CommandContext, url: string): string {
  return trimSlashes(/^https:\/\//i.test(url) ? url : `${tenantRoot(context)}/${url.replace(/^\/+/, '')}`);
}

/** The site URL without trailing slash, compared case-insensitively like SharePoint does. */
export function sameUrl(a: string, b: string): boolean {
  return trimSlashes(a).toLowerCase() === trimSlashes(b).toLowerCase();
}

const XML_ESCAPES: Readonly<Record<string, string>> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;', '\n': '&#xA;', '\r': '&#xD;', '\t': '&#x9;' };

/**
 * Text for an XML element or attribute value. Line breaks and tabs are written as character references: inside an
 * attribute an XML parser would turn them into spaces (and CSOM identities contain line feeds).
 */
export function escapeXml(value: string): string {
  return value.replace(/[<>&'"\n\r\t]/g, (c) => XML_ESCAPES[c] ?? c);
}

/** CSOM type IDs: `Microsoft.Online.SharePoint.TenantAdministration.Tenant` and `SP.RequestContext`. */
export const CSOM_TENANT = '{268004ae-ef6b-4e9b-8425-127220d84719}';
export const CSOM_REQUEST_CONTEXT = '{3747adcd-a3c3-41b9-bfab-4a64dd2f1e0a}';

interface CsomErrorInfo {
  ErrorMessage?: string;
  ErrorTypeName?: string;
}

/**
 * Sends one CSOM request (its `<Actions>` and `<ObjectPaths>`) to `<url>/_vti_bin/client.svc/ProcessQuery` and returns
 * the response array. CSOM answers errors with status 200 and `ErrorInfo` in the first element: that becomes the error.
 */
export async function processQuery(context: CommandContext, url: string, actions: string, objectPaths: string): Promise<unknown[]> {
  const xml =
    '<Request AddExpandoFieldTypeSuffix="true" SchemaVersion="15.0.0.0" LibraryVersion="16.0.0.0" ApplicationName="m365-action" ' +
    `xmlns="http://schemas.microsoft.com/sharepoint/clientquery/2009"><Actions>${actions}</Actions><ObjectPaths>${objectPaths}</ObjectPaths></Request>`;
  const response = await context.http.request<unknown>({
    method: 'POST',
    url: `${trimSlashes(url)}/_vti_bin/client.svc/ProcessQuery`,
    headers: { 'content-type': 'text/xml' },
    body: xml,
  });
  const answer = Array.isArray(response.body) ? response.body : [];
  const info = (answer[0] as { ErrorInfo?: CsomErrorInfo | null } | undefined)?.ErrorInfo;
  if (info) {
    const denied = info.ErrorTypeName === 'System.UnauthorizedAccessException';
    throw new ActionError(info.ErrorMessage ?? 'SharePoint refused the request.', {
      code: info.ErrorTypeName,
      hint: denied ? 'Tenant administration needs the application permission Sites.FullControl.All on SharePoint, with admin consent.' : undefined,
    });
  }
  if (answer.length === 0) throw new ActionError(`SharePoint answered the CSOM request to ${url} with no result.`);
  return answer;
}

/** The last result of a CSOM response (what the request queried last). */
export function lastResult<T>(answer: readonly unknown[]): T {
  return answer[answer.length - 1] as T;
}

/** Adds (or removes) the site collection app catalog of a site, through the tenant admin site (CSOM only). */
export async function setSiteAppCatalog(context: CommandContext, siteUrl: string, add: boolean): Promise<void> {
  const url = escapeXml(siteUrl);
  const method = `<Method Id="7" ParentId="6" Name="${add ? 'Add' : 'Remove'}"><Parameters><Parameter Type="String">${url}</Parameter></Parameters></Method>`;
  await processQuery(
    context,
    adminUrl(context),
    '<ObjectPath Id="8" ObjectPathId="7" />',
    `<Constructor Id="1" TypeId="${CSOM_TENANT}" />` +
      `<Method Id="2" ParentId="1" Name="GetSiteByUrl"><Parameters><Parameter Type="String">${url}</Parameter></Parameters></Method>` +
      '<Property Id="3" ParentId="2" Name="RootWeb" /><Property Id="4" ParentId="3" Name="TenantAppCatalog" />' +
      `<Property Id="6" ParentId="4" Name="SiteCollectionAppCatalogsSites" />${method}`,
  );
}

/** A row of the tenant admin's list of every site collection (active or deleted). */
export interface SiteDetails {
  GroupId?: string | null;
  SiteId?: string | null;
  TimeDeleted?: string | null;
}

/** The admin center's record of the site at `url`, active or deleted; undefined when the tenant has none. */
export async function siteDetails(context: CommandContext, url: string): Promise<SiteDetails | undefined> {
  const list = `${adminUrl(context)}/_api/web/lists/GetByTitle('DO_NOT_DELETE_SPLIST_TENANTADMIN_AGGREGATED_SITECOLLECTIONS')/items`;
  const sites = await context.http.getAll<SiteDetails>(
    `${list}${query({ $filter: `SiteUrl eq ${literal(trimSlashes(url))}`, $select: 'GroupId,TimeDeleted,SiteId' })}`,
    { ...ACCEPT.sharepoint },
  );
  return sites[0];
}

/** Removes a deleted site from the tenant recycle bin for good. */
export async function removeDeletedSite(context: CommandContext, url: string): Promise<void> {
  await context.http.request({
    method: 'POST',
    url: `${adminUrl(context)}/_api/Microsoft.Online.SharePoint.TenantAdministration.Tenant/RemoveDeletedSite`,
    headers: { ...ACCEPT.sharepoint },
    body: { siteUrl: trimSlashes(url) },
  });
}

/** A long-running tenant operation as CSOM reports it. */
export interface CsomOperation {
  _ObjectIdentity_?: string;
  IsComplete?: boolean;
  PollingInterval?: number;
}

/** Polls at most this often, and this many times (about 20 minutes at SharePoint's usual 15 s interval). */
const MIN_POLL_MS = 10;
const MAX_POLL_MS = 30_000;
const MAX_POLLS = 80;

/** Waits until a tenant operation (site creation, property update) completes, polling as often as SharePoint says. */
export async function waitForOperation(context: CommandContext, admin: string, operation: CsomOperation): Promise<void> {
  let current = operation;
  for (let poll = 0; !current.IsComplete; poll++) {
    if (poll >= MAX_POLLS || current._ObjectIdentity_ === undefined) {
      throw new ActionError('SharePoint did not complete the operation in time.', { hint: 'Run the command again later without --wait, or check the site in the SharePoint admin center.' });
    }
    const delay = Math.min(Math.max(current.PollingInterval ?? MAX_POLL_MS, MIN_POLL_MS), MAX_POLL_MS);
    context.log.debug(`Waiting ${delay} ms for SharePoint to complete the operation…`);
    await new Promise((done) => setTimeout(done, delay));
    const answer = await processQuery(
      context,
      admin,
      '<Query Id="2" ObjectPathId="1"><Query SelectAllProperties="false"><Properties><Property Name="IsComplete" ScalarProperty="true" /><Property Name="PollingInterval" ScalarProperty="true" /></Properties></Query></Query>',
      `<Identity Id="1" Name="${escapeXml(current._ObjectIdentity_)}" />`,
    );
    current = { ...lastResult<CsomOperation>(answer), _ObjectIdentity_: lastResult<CsomOperation>(answer)._ObjectIdentity_ ?? current._ObjectIdentity_ };
  }
}

/** A hub site as `_api/hubsites` lists it (with its ETag when asked with minimal metadata). */
export interface HubSite {
  ID: string;
  Title: string;
  SiteUrl: string;
  SiteId?: string;
  'odata.etag'?: string;
}

/** Which hub an option set names: by ID, title, or absolute or server-relative URL. */
export interface HubReference {
  readonly id?: string;
  readonly title?: string;
  readonly url?: string;
}

/** Every hub site of the tenant as the admin site lists it, with the ETags an update needs. */
export async function hubSitesWithEtags(context: CommandContext): Promise<HubSite[]> {
  const url = `${adminUrl(context)}/_api/HubSites${query({ $select: 'ID,Title,SiteUrl', $top: 5000 })}`;
  const response = await context.http.request<{ value?: HubSite[] }>({ url, headers: { accept: 'application/json;odata=minimalmetadata' } });
  return response.body?.value ?? [];
}

/** The one hub the reference names; the CLI's errors when there is none or more than one. */
export function pickHub(context: CommandContext, hubs: readonly HubSite[], hub: HubReference): HubSite {
  const found = hubs.filter((h) =>
    hub.id !== undefined ? h.ID.toLowerCase() === hub.id.toLowerCase() : hub.title !== undefined ? h.Title.toLowerCase() === hub.title.toLowerCase() : sameUrl(h.SiteUrl, absoluteUrl(context, hub.url ?? '')),
  );
  const name = hub.id ?? hub.title ?? hub.url;
  if (found.length === 0) throw new ActionError(`The specified hub site '${name}' does not exist.`, { hint: "List the hub sites with 'spo hubsite list'." });
  if (found.length > 1) throw new ActionError(`Multiple hub sites with name '${name}' found. Found: ${found.map((h) => h.ID).join(', ')}.`, { hint: 'Name the hub site by --id.' });
  return found[0];
}

/** Sets (or clears, with the empty GUID) the parent of a hub site: a PATCH that must carry the hub's ETag. */
export async function setParentHub(context: CommandContext, hub: HubSite, parentId: string): Promise<void> {
  await context.http.request({
    method: 'PATCH',
    url: `${adminUrl(context)}/_api/HubSites/GetById(${literal(hub.ID)})`,
    headers: { ...ACCEPT.sharepoint, 'content-type': 'application/json;odata=nometadata', 'if-match': hub['odata.etag'] ?? '*' },
    body: { ParentHubSiteId: parentId },
  });
}

/** An application permission of a site, as Graph `/sites/{id}/permissions` returns it. */
export interface SitePermission {
  id: string;
  roles: string[];
  grantedToIdentities?: { application?: { id?: string; displayName?: string } }[];
  grantedToIdentitiesV2?: { application?: { id?: string; displayName?: string } }[];
}

/** The Graph ID (`host,siteId,webId`) of the site at a SharePoint URL. */
export async function graphSiteId(context: CommandContext, siteUrl: string): Promise<string> {
  const url = new URL(siteUrl);
  const path = url.pathname.split('/').filter((p) => p !== '').map((p) => segment(decodeURIComponent(p))).join('/');
  const response = await context.http.request<{ id: string }>({ url: `${context.cloud.graph}/v1.0/sites/${url.hostname}:/${path}${query({ $select: 'id' })}`, headers: { ...ACCEPT.graph } });
  return response.body.id;
}

/** Every application permission of a site (by its Graph ID). */
export async function sitePermissions(context: CommandContext, siteId: string): Promise<SitePermission[]> {
  return context.http.getAll<SitePermission>(`${context.cloud.graph}/v1.0/sites/${segment(siteId)}/permissions`, { ...ACCEPT.graph });
}

/** Whether a permission is granted to the app named by ID (compared as is, like the CLI) or else by display name. */
export function grantedTo(permission: SitePermission, app: { appId?: string; appDisplayName?: string }): boolean {
  return (permission.grantedToIdentities ?? []).some(({ application }) =>
    app.appId !== undefined ? application?.id === app.appId : application?.displayName === app.appDisplayName,
  );
}
