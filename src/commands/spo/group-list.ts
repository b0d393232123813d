import { ACCEPT, command, opt, trimSlashes } from '../kit/index.js';

const ASSOCIATED = ['AssociatedOwnerGroup', 'AssociatedMemberGroup', 'AssociatedVisitorGroup'] as const;

/**
 * `spo group list`: the SharePoint groups of a site, or with `--associatedGroupsOnly` the web's owner, member and
 * visitor groups as `{ AssociatedOwnerGroup, AssociatedMemberGroup, AssociatedVisitorGroup }` (spo/group/group-list).
 */
export const spoGroupList = command({
  name: 'spo group list',
  description: 'Lists all the groups within specific web',
  resource: 'sharepoint',
  readOnly: true,
  permissions: { sharepoint: ['Sites.Read.All', 'Sites.FullControl.All'] },
  options: {
    webUrl: opt.site('URL of the site.', { short: 'u', required: true }),
    associatedGroupsOnly: opt.boolean("Only the web's associated owner, member and visitor groups."),
  },
  async run(context, { webUrl, associatedGroupsOnly }) {
    const web = `${trimSlashes(webUrl)}/_api/web`;
    if (!associatedGroupsOnly) return context.http.getAll(`${web}/sitegroups`, { ...ACCEPT.sharepoint });
    const groups = await Promise.all(ASSOCIATED.map(async (name) => [name, (await context.http.request({ method: 'GET', url: `${web}/${name}`, headers: { ...ACCEPT.sharepoint } })).body] as const));
    return Object.fromEntries(groups);
  },
});
