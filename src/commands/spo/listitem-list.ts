import { ActionError } from '../../errors.js';
import { ACCEPT, command, opt, query, rules } from '../kit/index.js';
import { listApiUrl } from '../kit/lookups.js';
import type { CommandContext } from '../types.js';
import { positiveInteger, POST_HEADERS, selection, withoutId } from './shared-content.js';

/** Items per request when no page size is given: SharePoint's list view threshold. */
const PAGE = 5000;

interface Item {
  readonly Id: number;
}

interface ListItemOptions {
  readonly fields?: string;
  readonly filter?: string;
  readonly pageSize?: number;
  readonly pageNumber?: number;
  readonly camlQuery?: string;
}

/**
 * `spo listitem list`: the items of a list, of any size — every page through `odata.nextLink` (5,000 a page), or the
 * page `--pageNumber` of `--pageSize` items, or the items a CAML query selects (paged with `ListItemCollectionPosition`),
 * each without `ID` (spo/listitem/listitem-list).
 */
export const spoListItemList = command({
  name: 'spo listitem list',
  description: 'Gets a list of items from the specified list',
  resource: 'sharepoint',
  readOnly: true,
  permissions: { sharepoint: ['Sites.Read.All', 'Sites.FullControl.All'] },
  options: {
    webUrl: opt.site('URL of the site where the list is.', { short: 'u', required: true }),
    listId: opt.guid('ID of the list. Specify listId, listTitle or listUrl.', { short: 'i' }),
    listTitle: opt.string('Title of the list.', { short: 't' }),
    listUrl: opt.string('Server- or site-relative URL of the list.'),
    camlQuery: opt.string('CAML query selecting the items.', { short: 'q' }),
    fields: opt.string('Comma-separated fields to retrieve (default: all).'),
    filter: opt.string('OData filter on the items.', { short: 'l' }),
    pageSize: opt.number('Items per page (default: all items, 5,000 a request).', { short: 's' }),
    pageNumber: opt.number('Page to return with --pageSize (the first page is 0).', { short: 'n' }),
  },
  rules: [rules.exactlyOne('listId', 'listTitle', 'listUrl'), rules.requires('pageNumber', 'pageSize')],
  validate: (o) => {
    if (o.camlQuery !== undefined && o.fields !== undefined) return 'You cannot use the fields-option when specifying a camlQuery';
    if (o.camlQuery !== undefined && o.pageSize !== undefined) return 'You cannot use the pageSize-option when specifying a camlQuery';
    if (o.camlQuery !== undefined && o.pageNumber !== undefined) return 'You cannot use the pageNumber-option when specifying a camlQuery';
    return positiveInteger('pageSize', o.pageSize) ?? positiveInteger('pageNumber', o.pageNumber, 0);
  },
  async run(context, o) {
    const listApi = listApiUrl(o.webUrl, o);
    const items = o.camlQuery !== undefined ? await itemsByCaml(context, listApi, o.camlQuery) : await itemsByQuery(context, listApi, o);
    return items.map(withoutId);
  },
});

async function itemsByQuery(context: CommandContext, listApi: string, o: ListItemOptions): Promise<unknown[]> {
  const headers = { ...ACCEPT.sharepoint };
  const skipToken = await lastIdBeforePage(context, listApi, o);
  if ((o.pageNumber ?? 0) > 0 && skipToken === undefined) return [];
  const { $select, $expand } = selection(o.fields);
  let url = `${listApi}/items${query({ $top: o.pageSize ?? PAGE, $filter: o.filter, $expand, $select })}`;
  if (skipToken !== undefined) url += `&$skiptoken=${encodeURIComponent(`Paged=TRUE&p_ID=${skipToken}`)}`;
  if (o.pageSize === undefined) return context.http.getAll(url, headers);
  return (await context.http.request<{ value: unknown[] }>({ url, headers })).body.value;
}

/** The ID of the last item before the asked page (pages are by ID), or undefined for the first page or past the end. */
async function lastIdBeforePage(context: CommandContext, listApi: string, o: ListItemOptions): Promise<number | undefined> {
  if (o.pageNumber === undefined || o.pageNumber === 0 || o.pageSize === undefined) return undefined;
  const url = `${listApi}/items${query({ $select: 'Id', $top: o.pageSize * o.pageNumber, $filter: o.filter })}`;
  const items = (await context.http.request<{ value: Item[] }>({ url, headers: { ...ACCEPT.sharepoint } })).body.value;
  const id = items.at(-1)?.Id;
  return Number.isSafeInteger(id) ? id : undefined;
}

/** Asks `GetItems` page after page (the query's RowLimit sets the page size) until a page comes back empty. */
async function itemsByCaml(context: CommandContext, listApi: string, viewXml: string): Promise<Item[]> {
  const items: Item[] = [];
  for (let after: number | undefined; ; ) {
    const body = { query: { ViewXml: viewXml, AllowIncrementalResults: true, ...(after !== undefined ? { ListItemCollectionPosition: { PagingInfo: `Paged=TRUE&p_ID=${after}` } } : {}) } };
    const page = await context.http.request<{ value: Item[] }>({ method: 'POST', url: `${listApi}/GetItems`, headers: { ...POST_HEADERS }, body, idempotent: true });
    if (page.body.value.length === 0) return items;
    const last = page.body.value[page.body.value.length - 1].Id;
    // A page must move on, or the loop would never end.
    if (!Number.isSafeInteger(last) || (after !== undefined && last <= after)) throw new ActionError(`GetItems answered a page that does not move past item ${after ?? 0}; stopping.`);
    items.push(...page.body.value);
    after = last;
  }
}

