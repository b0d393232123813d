import { ActionError } from '../../errors.js';
import { ACCEPT, command, literal, opt, query, rules } from '../kit/index.js';
import type { CommandContext } from '../types.js';
import { adminUrl, sameUrl, tenantRoot } from './shared-sites.js';

interface Hub {
  ID: string;
  Title: string;
  SiteId: string;
  SiteUrl: string;
  AssociatedSites?: { Title: string; SiteId: string; SiteUrl: string }[];
}

/**
 * `spo hubsite get`: one hub site by ID, title or URL; `--withAssociatedSites` adds the sites associated with it, from
 * the admin center's list of site collections.
 */
export const spoHubSiteGet = command({
  name: 'spo hubsite get',
  description: 'Gets information about the specified hub site',
  resource: 'sharepoint',
  readOnly: true,
  permissions: { sharepoint: ['Sites.Read.All', 'Sites.FullControl.All'] },
  options: {
    id: opt.guid('ID of the hub site. Specify id, title or url.', { short: 'i' }),
    title: opt.string('Title of the hub site.', { short: 't' }),
    url: opt.site('URL of the hub site.', { short: 'u' }),
    withAssociatedSites: opt.boolean('Include the associated sites in the result.'),
  },
  rules: [rules.exactlyOne('id', 'title', 'url')],
  async run(context, o) {
    const root = tenantRoot(context);
    const hub = o.id !== undefined
      ? (await context.http.request<Hub>({ url: `${root}/_api/hubsites/getbyid(${literal(o.id)})`, headers: { ...ACCEPT.sharepoint } })).body
      : await hubByName(context, root, o);
    if (o.withAssociatedSites) hub.AssociatedSites = (await associatedSites(context, hub.SiteId)).filter((s) => s.SiteId !== hub.SiteId);
    return hub;
  },
});

async function hubByName(context: CommandContext, root: string, o: { title?: string; url?: string }): Promise<Hub> {
  const hubs = (await context.http.request<{ value?: Hub[] }>({ url: `${root}/_api/hubsites`, headers: { ...ACCEPT.sharepoint } })).body.value ?? [];
  const found = hubs.filter((h) => (o.title !== undefined ? h.Title.toLowerCase() === o.title.toLowerCase() : sameUrl(h.SiteUrl, o.url ?? '')));
  const name = o.title ?? o.url;
  if (found.length === 0) throw new ActionError(`The specified hub site ${name} does not exist`, { hint: "List the hub sites with 'spo hubsite list'." });
  if (found.length > 1) throw new ActionError(`Multiple hub sites with ${name} found. Found: ${found.map((h) => h.ID).join(', ')}.`, { hint: 'Name the hub site by --id.' });
  return found[0];
}

async function associatedSites(context: CommandContext, hubSiteId: string): Promise<{ Title: string; SiteId: string; SiteUrl: string }[]> {
  const list = `${adminUrl(context)}/_api/web/lists/GetByTitle('DO_NOT_DELETE_SPLIST_TENANTADMIN_AGGREGATED_SITECOLLECTIONS')/items`;
  const items = await context.http.getAll<{ Title: string; SiteId: string; SiteUrl: string }>(
    `${list}${query({ $filter: `HubSiteId eq ${literal(hubSiteId)}`, $select: 'Title,SiteUrl,SiteId', $top: 5000 })}`,
    { ...ACCEPT.sharepoint },
  );
  return items.map(({ Title, SiteId, SiteUrl }) => ({ Title, SiteId, SiteUrl }));
}
