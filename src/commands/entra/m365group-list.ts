import { command, literal, opt, query } from '../kit/index.js';
import { groupSiteUrl, READ_DRIVES } from './m365group-get.js';
import { allOf } from './permissions.js';
import { GRAPH_JSON, graphUrl } from './shared.js';

const READ_GROUPS = ['GroupMember.Read.All', 'Group.Read.All', 'Group.ReadWrite.All', 'Directory.Read.All'];
/** Site URLs take one request per group: a few at a time, so that a long list is not throttled all at once. */
const SITE_URL_CONCURRENCY = 4;

/** `entra m365group list`: Microsoft 365 groups, by display name or mail nickname prefix, optionally only those without owners. */
export const entraM365GroupList = command({
  name: 'entra m365group list',
  description: 'Lists Microsoft 365 Groups in the current tenant',
  resource: 'graph',
  readOnly: true,
  permissions: { graph: READ_GROUPS },
  permissionsWhen: ({ withSiteUrl }) => ({ graph: allOf(READ_GROUPS, withSiteUrl ? READ_DRIVES : []) }),
  options: {
    displayName: opt.string('Only groups whose display name starts with this text.', { short: 'd' }),
    mailNickname: opt.string('Only groups whose mail nickname starts with this text.', { short: 'm' }),
    withSiteUrl: opt.boolean("Include each group's SharePoint site URL (one request per group)."),
    orphaned: opt.boolean('Only groups without owners.'),
  },
  async run(context, { displayName, mailNickname, withSiteUrl, orphaned }) {
    const filter = [
      "groupTypes/any(c:c eq 'Unified')",
      displayName === undefined ? '' : `startswith(DisplayName,${literal(displayName)})`,
      mailNickname === undefined ? '' : `startswith(MailNickname,${literal(mailNickname)})`,
    ];
    const url = graphUrl(context, `groups${query({ $filter: filter, $expand: orphaned ? 'owners' : undefined, $top: 100 })}`);
    let groups = await context.http.getAll<Record<string, unknown> & { id: string; owners?: unknown[] }>(url, { ...GRAPH_JSON });
    if (orphaned) groups = groups.filter((g) => (g.owners ?? []).length === 0);
    if (!withSiteUrl) return groups;
    const withUrls: Record<string, unknown>[] = [];
    for (let i = 0; i < groups.length; i += SITE_URL_CONCURRENCY) {
      const batch = groups.slice(i, i + SITE_URL_CONCURRENCY);
      withUrls.push(...(await Promise.all(batch.map(async (g) => ({ ...g, siteUrl: await groupSiteUrl(context, g.id) })))));
    }
    return withUrls;
  },
});
