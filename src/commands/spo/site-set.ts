import { ActionError } from '../../errors.js';
import { ACCEPT, command, opt, query, SHAREPOINT_JSON_BODY, splitList, trimSlashes, type OptionValues } from '../kit/index.js';
import type { CommandContext } from '../types.js';
import { adminUrl, CSOM_REQUEST_CONTEXT, CSOM_TENANT, escapeXml, lastResult, processQuery, waitForOperation, type CsomOperation } from './shared-sites.js';

const SHARING = ['Disabled', 'ExternalUserSharingOnly', 'ExternalUserAndGuestSharing', 'ExistingExternalUserSharingOnly'] as const;
const NO_GROUP = '00000000-0000-0000-0000-000000000000';

const options = {
  url: opt.site('URL of the site collection to update.', { short: 'u', required: true }),
  title: opt.string('New title of the site collection.', { short: 't' }),
  description: opt.string('Site description.', { short: 'd' }),
  classification: opt.string('New classification of the site collection.'),
  disableFlows: opt.boolean('true to disable Power Automate flows in the site collection.'),
  socialBarOnSitePagesDisabled: opt.boolean('true to disable the social bar on site pages.'),
  isPublic: opt.boolean('Make the group of the site public (true) or private (false).'),
  owners: opt.string('Comma-separated users to add as site collection administrators.'),
  shareByEmailEnabled: opt.boolean('Allow (true) or disallow sharing files with guests.'),
  siteDesignId: opt.guid('ID of the custom site design to apply.'),
  sharingCapability: opt.enum(SHARING, 'Sharing capability of the site.'),
  siteLogoUrl: opt.string('Logo of the site (absolute or relative URL of a file of the site; "" resets it).'),
  siteThumbnailUrl: opt.string('Thumbnail of the site (absolute or relative URL of a file of the site; "" resets it).'),
  resourceQuota: opt.number('Sandboxed solutions quota.'),
  resourceQuotaWarningLevel: opt.number('Warning level of the resource quota.'),
  storageQuota: opt.number('Storage quota in MB.'),
  storageQuotaWarningLevel: opt.number('Warning level of the storage quota in MB.'),
  allowSelfServiceUpgrade: opt.boolean('Allow tenant administrators to upgrade the site collection.'),
  lockState: opt.enum(['Unlock', 'NoAdditions', 'ReadOnly', 'NoAccess'], 'Lock state of the site.'),
  noScriptSite: opt.boolean('true to disallow custom script in the site.'),
  wait: opt.boolean('Wait until the settings are applied.'),
};

type SiteSetOptions = OptionValues<typeof options>;

function validate(o: SiteSetOptions): string | undefined {
  const { url: _url, wait: _wait, ...changes } = o;
  if (Object.values(changes).every((v) => v === undefined)) return 'Specify at least one property to update';
  if (o.resourceQuota !== undefined && o.resourceQuotaWarningLevel !== undefined && o.resourceQuotaWarningLevel > o.resourceQuota) return 'resourceQuotaWarningLevel must not exceed the resourceQuota';
  if (o.storageQuota !== undefined && o.storageQuotaWarningLevel !== undefined && o.storageQuotaWarningLevel > o.storageQuota) return 'storageQuotaWarningLevel must not exceed the storageQuota';
  return undefined;
}

/**
 * `spo site set`: updates a site collection. The tenant-level properties (title, quotas, sharing, flows, lock state,
 * custom script) and site administrators have no REST API: they go through CSOM on the tenant admin site, like the
 * CLI; description, logo and the title of a group-connected site through REST. Prints nothing: the result is empty.
 */
export const spoSiteSet = command({
  name: 'spo site set',
  description: 'Updates properties of the specified site',
  resource: 'sharepoint',
  readOnly: false,
  permissions: { sharepoint: ['Sites.FullControl.All'] },
  options,
  validate,
  async run(context, o) {
    const url = trimSlashes(o.url);
    const ids = (await context.http.request<{ GroupId?: string; Id?: string }>({ url: `${url}/_api/site${query({ $select: 'GroupId,Id' })}`, headers: { ...ACCEPT.sharepoint } })).body;
    const groupId = ids.GroupId && ids.GroupId !== NO_GROUP ? ids.GroupId : undefined;
    if (groupId) await updateGroupSite(context, o, groupId, ids.Id ?? '');
    else await updateSite(context, o, url);
    await updateSiteLevel(context, o, url);
    await wait(context, o, await updateTenantProperties(context, o, url, groupId === undefined));
    if (o.siteDesignId !== undefined) {
      await post(context, `${url}/_api/Microsoft.Sharepoint.Utilities.WebTemplateExtensions.SiteScriptUtility.ApplySiteDesign`, { siteDesignId: o.siteDesignId, webUrl: url });
    }
    if (o.siteLogoUrl !== undefined) await post(context, `${url}/_api/siteiconmanager/setsitelogo`, { aspect: 1, relativeLogoUrl: relativePath(o.siteLogoUrl), type: 0 });
    if (o.siteThumbnailUrl !== undefined) await post(context, `${url}/_api/siteiconmanager/setsitelogo`, { aspect: 0, relativeLogoUrl: relativePath(o.siteThumbnailUrl), type: 0 });
    // Last: a locked site refuses the other changes.
    if (o.lockState !== undefined) await wait(context, o, await setSiteProperties(context, url, [['LockState', 'String', o.lockState]]));
    return undefined;
  },
});

async function post(context: CommandContext, url: string, body: unknown, headers: Record<string, string> = {}): Promise<void> {
  await context.http.request({ method: 'POST', url, headers: { ...ACCEPT.sharepoint, ...SHAREPOINT_JSON_BODY, ...headers }, body });
}

/** `https://x/sites/a/logo.png` → `/sites/a/logo.png`; a relative URL as given. */
function relativePath(url: string): string {
  return /^https:\/\//i.test(url) ? new URL(url).pathname : url;
}

/**
 * A group-connected site: its title is the group's name (SharePoint renames both). Its description, privacy and owners
 * belong to the Microsoft 365 group, which only Microsoft Graph changes: this SharePoint command names that command.
 */
async function updateGroupSite(context: CommandContext, o: SiteSetOptions, groupId: string, siteId: string): Promise<void> {
  const graphOnly = (['description', 'isPublic', 'owners'] as const).filter((name) => o[name] !== undefined);
  if (graphOnly.length > 0) {
    throw new ActionError(`The site is connected to the Microsoft 365 group ${groupId}: --${graphOnly.join(', --')} of its group change through Microsoft Graph.`, {
      hint: `Use 'entra m365group set --id ${groupId}' (--description, --isPrivate, --ownerUserNames) for them, and this command for the other settings.`,
    });
  }
  if (o.title !== undefined) await post(context, `${adminUrl(context)}/_api/SPOGroup/UpdateGroupPropertiesBySiteId`, { groupId, siteId, displayName: o.title });
}

/** A site without group: `isPublic` has no meaning; the description is the root web's; owners become site admins. */
async function updateSite(context: CommandContext, o: SiteSetOptions, url: string): Promise<void> {
  if (o.isPublic !== undefined) throw new ActionError("The isPublic option can't be set on a site that is not groupified");
  if (o.description !== undefined) await post(context, `${url}/_api/web`, { Description: o.description }, { 'if-match': '*', 'x-http-method': 'MERGE' });
  for (const owner of splitList(o.owners)) {
    await processQuery(
      context,
      adminUrl(context),
      '<ObjectPath Id="2" ObjectPathId="1" />',
      `<Constructor Id="0" TypeId="${CSOM_TENANT}" /><Method Id="1" ParentId="0" Name="SetSiteAdmin"><Parameters><Parameter Type="String">${escapeXml(url)}</Parameter>` +
        `<Parameter Type="String">${escapeXml(owner)}</Parameter><Parameter Type="Boolean">true</Parameter></Parameters></Method>`,
    );
  }
}

/** Classification and sharing by e-mail are properties of the site itself (CSOM `RequestContext.Current.Site`). */
async function updateSiteLevel(context: CommandContext, o: SiteSetOptions, url: string): Promise<void> {
  const sets: string[] = [];
  if (o.classification !== undefined) sets.push(`<SetProperty Id="10" ObjectPathId="5" Name="Classification"><Parameter Type="String">${escapeXml(o.classification)}</Parameter></SetProperty>`);
  if (o.shareByEmailEnabled !== undefined) sets.push(`<SetProperty Id="11" ObjectPathId="5" Name="ShareByEmailEnabled"><Parameter Type="Boolean">${o.shareByEmailEnabled}</Parameter></SetProperty>`);
  if (sets.length === 0) return;
  await processQuery(context, url, sets.join(''), `<StaticProperty Id="1" TypeId="${CSOM_REQUEST_CONTEXT}" Name="Current" /><Property Id="5" ParentId="1" Name="Site" />`);
}

type Property = readonly [name: string, type: string, value: string | number | boolean];

/** The tenant-level properties; title, quotas and self-service upgrade only of sites without group (as the CLI). */
function tenantProperties(o: SiteSetOptions, withoutGroup: boolean): Property[] {
  const properties: Property[] = [];
  if (withoutGroup) {
    if (o.title !== undefined) properties.push(['Title', 'String', o.title]);
    if (o.resourceQuota !== undefined) properties.push(['UserCodeMaximumLevel', 'Double', o.resourceQuota]);
    if (o.resourceQuotaWarningLevel !== undefined) properties.push(['UserCodeWarningLevel', 'Double', o.resourceQuotaWarningLevel]);
    if (o.storageQuota !== undefined) properties.push(['StorageMaximumLevel', 'Int64', o.storageQuota]);
    if (o.storageQuotaWarningLevel !== undefined) properties.push(['StorageWarningLevel', 'Int64', o.storageQuotaWarningLevel]);
    if (o.allowSelfServiceUpgrade !== undefined) properties.push(['AllowSelfServiceUpgrade', 'Boolean', o.allowSelfServiceUpgrade]);
  }
  // FlowsPolicy: 1 disabled, 2 enabled; DenyAddAndCustomizePages: 2 no script, 1 script allowed.
  if (o.disableFlows !== undefined) properties.push(['DisableFlows', 'Enum', o.disableFlows ? 1 : 2]);
  if (o.socialBarOnSitePagesDisabled !== undefined) properties.push(['SocialBarOnSitePagesDisabled', 'Boolean', o.socialBarOnSitePagesDisabled]);
  if (o.sharingCapability !== undefined) properties.push(['SharingCapability', 'Enum', SHARING.indexOf(o.sharingCapability)]);
  if (o.noScriptSite !== undefined) properties.push(['DenyAddAndCustomizePages', 'Enum', o.noScriptSite ? 2 : 1]);
  return properties;
}

async function updateTenantProperties(context: CommandContext, o: SiteSetOptions, url: string, withoutGroup: boolean): Promise<CsomOperation | undefined> {
  const properties = tenantProperties(o, withoutGroup);
  return properties.length > 0 ? setSiteProperties(context, url, properties) : undefined;
}

/** Sets SiteProperties of the site through the tenant (`GetSitePropertiesByUrl(…)`, then `Update()`); its operation. */
async function setSiteProperties(context: CommandContext, url: string, properties: readonly Property[]): Promise<CsomOperation> {
  const sets = properties.map(([name, type, value], i) => `<SetProperty Id="${20 + i}" ObjectPathId="5" Name="${name}"><Parameter Type="${type}">${escapeXml(String(value))}</Parameter></SetProperty>`);
  const answer = await processQuery(
    context,
    adminUrl(context),
    `${sets.join('')}<ObjectPath Id="14" ObjectPathId="13" /><Query Id="16" ObjectPathId="13"><Query SelectAllProperties="false"><Properties><Property Name="IsComplete" ScalarProperty="true" /><Property Name="PollingInterval" ScalarProperty="true" /></Properties></Query></Query>`,
    `<Constructor Id="3" TypeId="${CSOM_TENANT}" /><Method Id="5" ParentId="3" Name="GetSitePropertiesByUrl"><Parameters><Parameter Type="String">${escapeXml(url)}</Parameter>` +
      '<Parameter Type="Boolean">false</Parameter></Parameters></Method><Method Id="13" ParentId="5" Name="Update" />',
  );
  return lastResult<CsomOperation>(answer);
}

async function wait(context: CommandContext, o: SiteSetOptions, operation: CsomOperation | undefined): Promise<void> {
  if (o.wait && operation && !operation.IsComplete) await waitForOperation(context, adminUrl(context), operation);
}
