import { endpoint, opt, query, splitList, trimSlashes } from '../kit/index.js';

/** `spo list list`: every list of a web (all pages), with `RootFolder/ServerRelativeUrl` like the CLI. */
export const spoListList = endpoint({
  name: 'spo list list',
  description: 'Lists all available list in the specified site',
  resource: 'sharepoint',
  permissions: { sharepoint: ['Sites.Read.All', 'Sites.FullControl.All'] },
  options: {
    webUrl: opt.site('URL of the site.', { short: 'u', required: true }),
    properties: opt.string('Comma-separated list properties to retrieve.', { short: 'p' }),
    filter: opt.string('OData filter on the lists, e.g. "BaseTemplate eq 100".'),
  },
  paged: true,
  odataV4: true,
  url: ({ webUrl, properties, filter }) => `${trimSlashes(webUrl)}/_api/web/lists${query({ ...selection(properties), $filter: filter })}`,
});

/** `$select`/`$expand` for the asked properties; a `Parent/Child` property needs `Parent` expanded. */
function selection(properties: string | undefined): { $select: string[]; $expand: string[] } {
  const select = new Set(['RootFolder/ServerRelativeUrl']);
  const expand = new Set(['RootFolder']);
  if (properties === undefined) select.add('*');
  for (const property of splitList(properties)) {
    if (property.includes('/')) expand.add(property.split('/')[0]);
    select.add(property);
  }
  return { $select: [...select], $expand: [...expand] };
}
