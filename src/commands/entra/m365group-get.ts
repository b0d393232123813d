import { ActionError } from '../../errors.js';
import { command, opt, rules, segment } from '../kit/index.js';
import type { CommandContext } from '../types.js';
import { allOf } from './permissions.js';
import { GRAPH_JSON, getGroupByName, graphUrl } from './shared.js';

const READ_GROUPS = ['GroupMember.Read.All', 'Group.Read.All', 'Group.ReadWrite.All', 'Directory.Read.All'];
export const READ_DRIVES = ['Files.Read.All', 'Sites.Read.All', 'Files.ReadWrite.All', 'Sites.ReadWrite.All'];

/**
 * Exchange settings of a Microsoft 365 group, returned only when asked for on a single group. The CLI also asks for
 * `isSubscribedByMail`, which is about the signed-in user and has no meaning app-only.
 */
const SETTINGS = 'allowExternalSenders,autoSubscribeNewMembers,hideFromAddressLists,hideFromOutlookClients';

/** The URL of the group's SharePoint site: its document library's webUrl without the library. */
export async function groupSiteUrl(context: CommandContext, id: string): Promise<string> {
  const url = graphUrl(context, `groups/${segment(id)}/drive?$select=webUrl`);
  const webUrl = (await context.http.request<{ webUrl?: string }>({ url, headers: { ...GRAPH_JSON } })).body.webUrl;
  return webUrl ? webUrl.slice(0, webUrl.lastIndexOf('/')) : '';
}

/** `entra m365group get`: a Microsoft 365 group with its Exchange settings, optionally with its site URL. */
export const entraM365GroupGet = command({
  name: 'entra m365group get',
  description: 'Gets information about the specified Microsoft 365 Group or Microsoft Teams team',
  resource: 'graph',
  readOnly: true,
  permissions: { graph: READ_GROUPS },
  permissionsWhen: ({ withSiteUrl }) => ({ graph: allOf(READ_GROUPS, withSiteUrl ? READ_DRIVES : []) }),
  options: {
    id: opt.guid('Id of the Microsoft 365 group or team. Specify id or displayName.', { short: 'i' }),
    displayName: opt.string('Display name of the group.', { short: 'n' }),
    withSiteUrl: opt.boolean("Include the URL of the group's SharePoint site."),
  },
  rules: [rules.exactlyOne('id', 'displayName')],
  async run(context, { id, displayName, withSiteUrl }) {
    const group =
      id !== undefined
        ? (await context.http.request<Record<string, unknown> & { id: string; groupTypes?: string[] }>({ url: graphUrl(context, `groups/${segment(id)}`), headers: { ...GRAPH_JSON } })).body
        : await getGroupByName<Record<string, unknown> & { id: string; groupTypes?: string[] }>(context, displayName ?? '');
    if (!(group.groupTypes ?? []).includes('Unified')) throw new ActionError(`Specified group with id '${group.id}' is not a Microsoft 365 group.`);
    const result: Record<string, unknown> = { ...group, ...(await settingsOf(context, group.id)) };
    if (withSiteUrl) result.siteUrl = await groupSiteUrl(context, group.id);
    return result;
  },
});

/** The Exchange settings, best effort: where Graph refuses them to an app, the group is returned without them. */
async function settingsOf(context: CommandContext, id: string): Promise<Record<string, unknown>> {
  try {
    const url = graphUrl(context, `groups/${segment(id)}?$select=${SETTINGS}`);
    return (await context.http.request<Record<string, unknown>>({ url, headers: { ...GRAPH_JSON } })).body;
  } catch (error) {
    context.log.warning(`The Exchange settings of group ${id} (${SETTINGS}) could not be read: ${error instanceof Error ? error.message : String(error)}`);
    return {};
  }
}
