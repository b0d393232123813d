import { ActionError } from '../../errors.js';
import { ACCEPT, command, opt, SHAREPOINT_JSON_BODY, splitList, type OptionValues } from '../kit/index.js';
import type { CommandContext } from '../types.js';
import { adminUrl, CSOM_TENANT, escapeXml, lastResult, processQuery, removeDeletedSite, setSiteAppCatalog, siteDetails, tenantRoot, waitForOperation, type CsomOperation } from './shared-sites.js';

/** The site designs of communication sites, as `SPSiteManager/create` takes them. */
const SITE_DESIGNS = { Topic: '00000000-0000-0000-0000-000000000000', Showcase: '6142d2a0-63a5-4ba0-aede-d9fefca2c767', Blank: 'f6cc5403-0d63-442e-96c0-285923709ffc' } as const;
/** The feature that makes a communication site the tenant's brand center. */
const BRAND_CENTER_FEATURE = '99cd6e8b-189b-4611-ae89-f89105876e43';

const options = {
  type: opt.enum(['TeamSite', 'CommunicationSite', 'ClassicSite', 'BrandCenter'], 'Type of site to add (default TeamSite, which needs a signed-in user).'),
  title: opt.string('Site title.', { short: 't', required: true }),
  alias: opt.string('Site alias (TeamSite).', { short: 'a' }),
  url: opt.site('Site URL (CommunicationSite, ClassicSite, BrandCenter).', { short: 'u' }),
  timeZone: opt.number('Time zone ID of the site (ClassicSite).', { short: 'z' }),
  description: opt.string('Site description.', { short: 'd' }),
  lcid: opt.number('Site language as an LCID, e.g. 1033.', { short: 'l' }),
  owners: opt.string('Owner of the site: required app-only (one for CommunicationSite, BrandCenter and ClassicSite).'),
  isPublic: opt.boolean('Public group (TeamSite).'),
  classification: opt.string('Site classification.', { short: 'c' }),
  siteDesign: opt.enum(['Topic', 'Showcase', 'Blank'], 'Design of the communication site (default Topic).'),
  siteDesignId: opt.guid('ID of the custom site design to create the communication site with.'),
  shareByEmailEnabled: opt.boolean('Allow sharing files with guests (CommunicationSite, BrandCenter).'),
  webTemplate: opt.string('Template of the classic site (default STS#0).', { short: 'w' }),
  resourceQuota: opt.number('Sandboxed solutions quota (ClassicSite).'),
  resourceQuotaWarningLevel: opt.number('Warning level of the resource quota (ClassicSite).'),
  storageQuota: opt.number('Storage quota in MB (ClassicSite, default 100).'),
  storageQuotaWarningLevel: opt.number('Warning level of the storage quota in MB (ClassicSite, default 100).'),
  removeDeletedSite: opt.boolean('Remove a deleted site of the same URL from the recycle bin first (ClassicSite).'),
  withAppCatalog: opt.boolean('Also create a site collection app catalog in the new site.'),
  wait: opt.boolean('Wait until the site is provisioned (ClassicSite).'),
  force: opt.boolean('Do not prompt before creating the brand center (there is never a prompt here).', { short: 'f' }),
};

type SiteOptions = OptionValues<typeof options>;

/** Options that each type does not take (the CLI's rules). */
const NOT_FOR: Readonly<Record<string, readonly string[]>> = {
  CommunicationSite: ['timeZone', 'isPublic', 'removeDeletedSite', 'wait', 'alias', 'resourceQuota', 'resourceQuotaWarningLevel', 'storageQuota', 'storageQuotaWarningLevel', 'webTemplate'],
  ClassicSite: ['classification', 'shareByEmailEnabled', 'siteDesign', 'siteDesignId', 'alias', 'isPublic', 'force'],
};

/** Why a team site cannot be made here, and what to run instead. */
const TEAM_SITE_REFUSAL =
  "spo site add --type TeamSite (the default type) cannot run app-only: SharePoint creates group-connected team sites only for a signed-in user (app-only it answers 'Insufficient privileges to complete the operation.'). " +
  "Create the Microsoft 365 group with 'entra m365group add' instead: SharePoint provisions the group's team site, which 'spo site set' can then configure. For a site without a group, use --type CommunicationSite.";

function validate(o: SiteOptions): string | undefined {
  const type = o.type ?? 'TeamSite';
  if (type === 'TeamSite') return TEAM_SITE_REFUSAL;
  const values: Readonly<Record<string, unknown>> = o;
  const given = (names: readonly string[]): string[] => names.filter((n) => values[n] !== undefined);
  if (o.url === undefined) return 'Required option url missing';
  if (o.owners === undefined) return `The --owners option is required to create a ${type} app-only (the site needs a user as its owner).`;
  if (o.owners.includes(',')) return `The ${type} supports only one owner in the owners option`;
  if (type === 'ClassicSite') {
    const wrong = given(NOT_FOR.ClassicSite);
    if (wrong.length > 0) return `Type ClassicSite does not take --${wrong.join(', --')}.`;
    if (o.timeZone === undefined) return 'Required option timeZone missing';
    if (o.resourceQuotaWarningLevel !== undefined && o.resourceQuota === undefined) return 'You cannot specify resourceQuotaWarningLevel without specifying resourceQuota';
    if (o.storageQuotaWarningLevel !== undefined && o.storageQuota === undefined) return 'You cannot specify storageQuotaWarningLevel without specifying storageQuota';
    if (Number(o.resourceQuotaWarningLevel ?? 0) > Number(o.resourceQuota ?? 0)) return 'resourceQuotaWarningLevel cannot exceed resourceQuota';
    if (Number(o.storageQuotaWarningLevel ?? 0) > Number(o.storageQuota ?? 0)) return 'storageQuotaWarningLevel cannot exceed storageQuota';
    return undefined;
  }
  const wrong = given(NOT_FOR.CommunicationSite);
  if (wrong.length > 0) return `Type ${type} does not take --${wrong.join(', --')}.`;
  if (o.siteDesign !== undefined && o.siteDesignId !== undefined) return 'Specify siteDesign or siteDesignId but not both';
  return undefined;
}

/**
 * `spo site add`: creates a communication site or brand center (`SPSiteManager/create`, the documented REST API) or a
 * classic site (CSOM `CreateSite`, which has no REST equivalent), optionally with a site collection app catalog. The
 * result is the new site's URL, as the CLI prints it. Team sites are refused at planning (see TEAM_SITE_REFUSAL).
 */
export const spoSiteAdd = command({
  name: 'spo site add',
  description: 'Creates new SharePoint Online site',
  resource: 'sharepoint',
  readOnly: false,
  permissions: { sharepoint: ['Sites.FullControl.All'] },
  options,
  validate,
  async run(context, o) {
    const url = o.type === 'ClassicSite' ? await createClassicSite(context, o) : await createModernSite(context, o);
    if (o.withAppCatalog) await setSiteAppCatalog(context, url, true);
    return url;
  },
});

async function createModernSite(context: CommandContext, o: SiteOptions): Promise<string> {
  const request: Record<string, unknown> = {
    Title: o.title,
    Url: o.url,
    ShareByEmailEnabled: o.shareByEmailEnabled,
    Description: o.description ?? '',
    Classification: o.classification ?? '',
    WebTemplate: 'SITEPAGEPUBLISHING#0',
    SiteDesignId: o.siteDesignId ?? SITE_DESIGNS[o.siteDesign ?? 'Topic'],
    Owner: o.owners,
  };
  if (o.lcid !== undefined) request.Lcid = o.lcid;
  if (o.type === 'BrandCenter') request.AdditionalSiteFeatureIds = await brandCenterFeatures(context);
  const response = await context.http.request<{ SiteStatus?: number; SiteUrl?: string }>({
    method: 'POST',
    url: `${tenantRoot(context)}/_api/SPSiteManager/create`,
    headers: { ...ACCEPT.sharepoint, ...SHAREPOINT_JSON_BODY },
    body: { request },
  });
  // 2 is "ready"; the service reports a URL already in use (and other failures) as 3.
  if (response.body?.SiteStatus !== 2 || !response.body.SiteUrl) {
    throw new ActionError('An error has occurred while creating the site', { hint: `Check that no site (active or deleted) uses ${String(o.url)} already: 'spo site list --filter "Url -like '...'"'.` });
  }
  return response.body.SiteUrl;
}

/** The brand center feature, unless the tenant has a brand center already (there can be one). */
async function brandCenterFeatures(context: CommandContext): Promise<string[]> {
  const url = `${adminUrl(context)}/_api/SPO.Tenant/GetBrandCenterConfiguration`;
  const config = await context.http.request<{ IsBrandCenterSiteFeatureEnabled?: boolean }>({ url, headers: { ...ACCEPT.sharepoint } });
  if (config.body?.IsBrandCenterSiteFeatureEnabled) throw new ActionError('Brand center site is already created in the tenant.');
  context.log.warning('Creating the brand center: its files are stored in a public content delivery network, and the site cannot be deleted afterwards.');
  return [BRAND_CENTER_FEATURE];
}

async function createClassicSite(context: CommandContext, o: SiteOptions): Promise<string> {
  const url = String(o.url);
  const admin = adminUrl(context);
  if (o.removeDeletedSite && (await siteDetails(context, url))?.TimeDeleted) await removeDeletedSite(context, url);
  const property = (name: string, type: string, value: unknown): string => `<Property Name="${name}" Type="${type}">${escapeXml(String(value))}</Property>`;
  const properties = [
    property('CompatibilityLevel', 'Int32', 0),
    property('Lcid', 'UInt32', o.lcid ?? 1033),
    property('Owner', 'String', splitList(o.owners)[0] ?? ''),
    property('StorageMaximumLevel', 'Int64', o.storageQuota ?? 100),
    property('StorageWarningLevel', 'Int64', o.storageQuotaWarningLevel ?? 100),
    property('Template', 'String', o.webTemplate ?? 'STS#0'),
    property('TimeZoneId', 'Int32', o.timeZone),
    property('Title', 'String', o.title),
    property('Url', 'String', url),
    property('UserCodeMaximumLevel', 'Double', o.resourceQuota ?? 0),
    property('UserCodeWarningLevel', 'Double', o.resourceQuotaWarningLevel ?? 0),
  ].join('');
  const answer = await processQuery(
    context,
    admin,
    '<ObjectPath Id="4" ObjectPathId="3" /><ObjectPath Id="6" ObjectPathId="5" /><Query Id="8" ObjectPathId="5"><Query SelectAllProperties="false"><Properties><Property Name="IsComplete" ScalarProperty="true" /><Property Name="PollingInterval" ScalarProperty="true" /></Properties></Query></Query>',
    `<Constructor Id="3" TypeId="${CSOM_TENANT}" /><Method Id="5" ParentId="3" Name="CreateSite"><Parameters><Parameter TypeId="{11f84fff-b8cf-47b6-8b50-34e692656606}">${properties}</Parameter></Parameters></Method>`,
  );
  const operation = lastResult<CsomOperation>(answer);
  // The app catalog can only be added to a provisioned site.
  if (!operation.IsComplete && (o.wait || o.withAppCatalog)) await waitForOperation(context, admin, operation);
  return url;
}
