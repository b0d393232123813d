import { ActionError } from '../../errors.js';
import { ACCEPT, command, opt, SHAREPOINT_JSON_BODY } from '../kit/index.js';
import type { CommandContext } from '../types.js';
import { adminUrl } from './shared-sites.js';

interface Hub {
  ID: string;
  AssociatedSites?: { Title: string; SiteUrl: string }[];
}

interface SiteRow {
  Title: string;
  SiteUrl: string;
  SiteId: string;
  HubSiteId: string;
}

const BATCH = 30;
const MAX_BATCHES = 10_000;
/** The admin center's active sites associated with a hub, by title (CAML of the CLI's request). */
const VIEW =
  '<View><Query><Where><And><And><IsNull><FieldRef Name="TimeDeleted"/></IsNull><Neq><FieldRef Name="State"/><Value Type=\'Integer\'>0</Value></Neq></And>' +
  "<Neq><FieldRef Name=\"HubSiteId\"/><Value Type='Text'>{00000000-0000-0000-0000-000000000000}</Value></Neq></And></Where><OrderBy><FieldRef Name='Title' Ascending='true' /></OrderBy></Query>" +
  `<ViewFields><FieldRef Name="Title"/><FieldRef Name="SiteUrl"/><FieldRef Name="SiteId"/><FieldRef Name="HubSiteId"/></ViewFields><RowLimit Paged="TRUE">${BATCH}</RowLimit></View>`;

/**
 * `spo hubsite list`: the hub sites of the tenant; `--withAssociatedSites` adds each hub's associated sites (title and
 * URL) from the admin center's list of site collections, read in batches.
 */
export const spoHubSiteList = command({
  name: 'spo hubsite list',
  description: 'Lists hub sites in the current tenant',
  resource: 'sharepoint',
  readOnly: true,
  permissions: { sharepoint: ['Sites.Read.All', 'Sites.FullControl.All'] },
  options: { withAssociatedSites: opt.boolean('Include the associated sites in the result.') },
  async run(context, { withAssociatedSites }) {
    const hubs = await context.http.getAll<Hub>(`${adminUrl(context)}/_api/hubsites`, { ...ACCEPT.sharepoint });
    if (!withAssociatedSites) return hubs;
    const rows = await associatedRows(context);
    for (const hub of hubs) {
      const id = `{${hub.ID.toUpperCase()}}`;
      hub.AssociatedSites = rows.filter((r) => r.SiteId !== r.HubSiteId && r.HubSiteId.toUpperCase() === id).map((r) => ({ Title: r.Title, SiteUrl: r.SiteUrl }));
    }
    return hubs;
  },
});

async function associatedRows(context: CommandContext): Promise<SiteRow[]> {
  const list = `${adminUrl(context)}/_api/web/lists/GetByTitle('DO_NOT_DELETE_SPLIST_TENANTADMIN_AGGREGATED_SITECOLLECTIONS')/RenderListDataAsStream`;
  const rows: SiteRow[] = [];
  let next: string | undefined = '';
  for (let batch = 0; next !== undefined && batch < MAX_BATCHES; batch++) {
    const response: { body: { Row?: SiteRow[]; NextHref?: string } } = await context.http.request<{ Row?: SiteRow[]; NextHref?: string }>({
      method: 'POST',
      url: `${list}${next}`,
      idempotent: true,
      headers: { ...ACCEPT.sharepoint, ...SHAREPOINT_JSON_BODY },
      body: { parameters: { ViewXml: VIEW, DatesInUtc: true } },
    });
    rows.push(...(response.body.Row ?? []));
    next = response.body.NextHref;
    // The next batch is a query on the same list: anything else is not followed.
    if (next !== undefined && !next.startsWith('?')) throw new ActionError(`SharePoint answered an unexpected next page '${next}'.`);
  }
  return rows;
}
