import { ACCEPT, command, opt, trimSlashes } from '../kit/index.js';
import { MODERN_PAGE } from './page-get.js';
import { withoutItemId } from './shared-content.js';

interface Page {
  readonly Id: number;
  readonly [key: string]: unknown;
}

interface PageFile {
  readonly ListItemAllFields?: { readonly Id: number; readonly ClientSideApplicationId?: string };
  readonly [key: string]: unknown;
}

/** `spo page list`: the site's modern pages, each its file and list item merged with the pages API's page (spo/page/page-list). */
export const spoPageList = command({
  name: 'spo page list',
  description: 'Lists all modern pages in the given site',
  resource: 'sharepoint',
  readOnly: true,
  permissions: { sharepoint: ['Sites.Read.All', 'Sites.FullControl.All'] },
  options: { webUrl: opt.site('URL of the site whose pages to list.', { short: 'u', required: true }) },
  async run(context, o) {
    const web = trimSlashes(o.webUrl);
    const headers = { ...ACCEPT.sharepoint };
    const pages = await context.http.getAll<Page>(`${web}/_api/sitepages/pages?$orderby=Title`, headers);
    const files = await context.http.getAll<PageFile>(`${web}/_api/web/lists/SitePages/rootfolder/files?$expand=ListItemAllFields/ClientSideApplicationId&$orderby=Name`, headers);
    const modern = files.filter((f) => f.ListItemAllFields?.ClientSideApplicationId === MODERN_PAGE);
    return pages.map((page) => {
      const file = modern.find((f) => f.ListItemAllFields?.Id === page.Id);
      return file ? withoutItemId({ ...file, ...page }) : page;
    });
  },
});
