import { ActionError } from '../../errors.js';
import { command, trimSlashes } from '../kit/index.js';
import type { CommandContext } from '../types.js';

/** Pages of sites asked for before giving up (a runaway start index). */
const MAX_PAGES = 1000;

/** CSOM type IDs of the tenant administration API (`Tenant`, `SPOSitePropertiesEnumerableFilter`). */
const TENANT_TYPE = '{268004ae-ef6b-4e9b-8425-127220d84719}';
const FILTER_TYPE = '{b92aeee2-c92c-4b67-abcc-024e471bc140}';

/** The `ProcessQuery` request for one page of personal sites (template SPSPERS) from `startIndex`. */
function personalSitesQuery(startIndex: string): string {
  const escaped = startIndex.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return [
    '<Request AddExpandoFieldTypeSuffix="true" SchemaVersion="15.0.0.0" LibraryVersion="16.0.0.0" ApplicationName="m365-action" xmlns="http://schemas.microsoft.com/sharepoint/clientquery/2009">',
    '<Actions><ObjectPath Id="2" ObjectPathId="1" /><ObjectPath Id="4" ObjectPathId="3" />',
    '<Query Id="5" ObjectPathId="3"><Query SelectAllProperties="true"><Properties /></Query><ChildItemQuery SelectAllProperties="true"><Properties /></ChildItemQuery></Query></Actions>',
    `<ObjectPaths><Constructor Id="1" TypeId="${TENANT_TYPE}" />`,
    `<Method Id="3" ParentId="1" Name="GetSitePropertiesFromSharePointByFilters"><Parameters><Parameter TypeId="${FILTER_TYPE}">`,
    '<Property Name="IncludeDetail" Type="Boolean">false</Property><Property Name="IncludePersonalSite" Type="Enum">1</Property>',
    `<Property Name="StartIndex" Type="String">${escaped}</Property><Property Name="Template" Type="String">SPSPERS</Property>`,
    '</Parameter></Parameters></Method></ObjectPaths></Request>',
  ].join('');
}

interface SitePage {
  readonly items: unknown[];
  /** `NextStartIndexFromSharePoint`: where the next page starts, if there is one. */
  readonly next?: string;
}

/** `https://contoso.sharepoint.com` → `https://contoso-admin.sharepoint.com`, where the tenant administration API lives. */
export function adminUrlOf(root: string): string {
  const url = new URL(trimSlashes(root));
  const [tenant, ...rest] = url.hostname.split('.');
  return `https://${tenant.replace(/-(admin|my)$/, '')}-admin.${rest.join('.')}`;
}

/**
 * `onedrive list`: every OneDrive (personal site) of the tenant, as SharePoint's tenant administration API describes
 * them (`SiteProperties` objects), page by page like the CLI. An app-only bearer token needs no request digest.
 */
export const onedriveList = command({
  name: 'onedrive list',
  description: 'Retrieves a list of OneDrive sites',
  resource: 'sharepoint',
  readOnly: true,
  permissions: { sharepoint: ['Sites.FullControl.All'] },
  options: {},
  async run(context) {
    if (context.sharePointUrl === undefined) throw new ActionError('The SharePoint root URL is unknown, so the tenant admin site cannot be found.', { hint: 'Set the spo-url input.' });
    const admin = adminUrlOf(context.sharePointUrl);
    const sites: unknown[] = [];
    const seen = new Set<string>();
    for (let start: string | undefined = '0'; start !== undefined; ) {
      if (seen.has(start) || seen.size >= MAX_PAGES) throw new ActionError(`onedrive list: SharePoint kept returning more pages (start index ${start}); stopped.`);
      seen.add(start);
      const page = await sitePage(context, admin, start);
      sites.push(...page.items);
      start = page.next;
    }
    return sites;
  },
});

async function sitePage(context: CommandContext, admin: string, startIndex: string): Promise<SitePage> {
  const response = await context.http.request<unknown>({
    method: 'POST',
    url: `${admin}/_vti_bin/client.svc/ProcessQuery`,
    headers: { 'content-type': 'text/xml' },
    body: personalSitesQuery(startIndex),
    // A query that changes nothing: safe to repeat after a reset.
    idempotent: true,
  });
  // CSOM answers an array: the status object first (its ErrorInfo tells a failure), the query's result last.
  const answer = response.body;
  const [status] = Array.isArray(answer) ? answer : [];
  const last: unknown = Array.isArray(answer) ? answer[answer.length - 1] : undefined;
  if (!isRecord(status) || !isRecord(last)) throw new ActionError(`SharePoint's tenant administration API at ${admin} did not answer with a CSOM response.`);
  if (isRecord(status.ErrorInfo)) throw new ActionError(String(status.ErrorInfo.ErrorMessage ?? 'SharePoint reported an error without a message.'));
  const items = last._Child_Items_;
  const next = last.NextStartIndexFromSharePoint;
  return { items: Array.isArray(items) ? items : [], next: typeof next === 'string' && next !== '' ? next : undefined };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
