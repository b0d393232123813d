import { ActionError } from '../../errors.js';
import { ACCEPT, command, literal, opt, rules, SHAREPOINT_JSON_BODY, trimSlashes } from '../kit/index.js';
import type { CommandContext } from '../types.js';
import { adminUrl, removeDeletedSite, siteDetails, tenantRoot, type SiteDetails } from './shared-sites.js';

const NO_GROUP = '00000000-0000-0000-0000-000000000000';

/**
 * `spo site remove`: deletes a site collection. A site without group goes to the tenant recycle bin through
 * `SPSiteManager/delete` (the documented REST API); a group-connected site through `GroupSiteManager/Delete`, which
 * deletes its Microsoft 365 group too. `--skipRecycleBin` then removes it for good; `--fromRecycleBin` removes an
 * already deleted site for good. Like the CLI, it prints nothing: the result is empty.
 */
export const spoSiteRemove = command({
  name: 'spo site remove',
  description: 'Removes the specified site',
  resource: 'sharepoint',
  readOnly: false,
  permissions: { sharepoint: ['Sites.FullControl.All'] },
  options: {
    url: opt.site('URL of the site.', { short: 'u', required: true }),
    skipRecycleBin: opt.boolean('Remove the site for good instead of moving it to the recycle bin.'),
    fromRecycleBin: opt.boolean('Remove a deleted site from the recycle bin for good.'),
    force: opt.boolean("Don't prompt for confirmation (there is never a prompt here).", { short: 'f' }),
  },
  rules: [rules.atMostOne('fromRecycleBin', 'skipRecycleBin')],
  validate: ({ url }) => (new URL(url).pathname.replace(/\/+$/, '') === '' ? 'The root site cannot be deleted.' : undefined),
  async run(context, options) {
    const url = trimSlashes(options.url);
    const site = await siteDetails(context, url);
    if (site === undefined) throw new ActionError('Site not found in the tenant.', { hint: `No active or deleted site collection has the URL ${url}.` });
    const groupId = site.GroupId && site.GroupId !== NO_GROUP ? site.GroupId : undefined;
    if (options.fromRecycleBin) {
      if (!site.TimeDeleted) throw new ActionError('Site is currently not in the recycle bin. Remove --fromRecycleBin if you want to remove it as active site.');
    } else {
      if (site.TimeDeleted) throw new ActionError('Site is already in the recycle bin. Use --fromRecycleBin to permanently delete it.');
      await deleteSite(context, url, site, groupId);
    }
    if (options.fromRecycleBin || options.skipRecycleBin) {
      await removeDeletedSite(context, url);
      if (groupId) warnAboutGroup(context, groupId);
    }
    return undefined;
  },
});

async function deleteSite(context: CommandContext, url: string, site: SiteDetails, groupId: string | undefined): Promise<void> {
  if (groupId) {
    await context.http.request({ method: 'POST', url: `${adminUrl(context)}/_api/GroupSiteManager/Delete?siteUrl=${literal(url)}`, headers: { ...ACCEPT.sharepoint } });
    return;
  }
  await context.http.request({
    method: 'POST',
    url: `${tenantRoot(context)}/_api/SPSiteManager/delete`,
    headers: { ...ACCEPT.sharepoint, ...SHAREPOINT_JSON_BODY },
    body: { siteId: site.SiteId },
  });
}

/**
 * The CLI also purges the deleted Microsoft 365 group from Entra ID's recycle bin, through Microsoft Graph. A SharePoint
 * command here holds a SharePoint token only, so it says what is left and how to remove it.
 */
function warnAboutGroup(context: CommandContext, groupId: string): void {
  context.log.warning(
    `The site is removed for good; its Microsoft 365 group ${groupId} stays in the Entra ID recycle bin (30 days). ` +
      `To remove it now: 'entra m365group recyclebinitem remove --id ${groupId} --force'.`,
  );
}
