import { stringOption, trimSlashes } from '../shared/sharepoint.js';
import type { CommandDefinition } from '../types.js';

const ODATA_V4_NO_METADATA = { accept: 'application/json;odata.metadata=none', 'odata-version': '4.0' };

/** `spo list list`: every list of a web (all pages), with `RootFolder/ServerRelativeUrl` like the CLI. */
export const spoListList: CommandDefinition = {
  name: 'spo list list',
  description: 'Lists all available list in the specified site',
  resource: 'sharepoint',
  sharePointUrlOption: 'webUrl',
  readOnly: true,
  permissions: ['Sites.Read.All'],
  options: [
    { name: 'webUrl', short: 'u', type: 'url', required: true, description: 'URL of the site.' },
    { name: 'properties', short: 'p', type: 'string', description: 'Comma-separated list properties to retrieve.' },
    { name: 'filter', type: 'string', description: 'OData filter on the lists, e.g. "BaseTemplate eq 100".' },
  ],
  async run(context, options) {
    const { select, expand } = selection(stringOption(options.properties));
    const query = [`$expand=${expand.join(',')}`, `$select=${select.join(',')}`];
    const filter = stringOption(options.filter);
    if (filter !== undefined) query.push(`$filter=${filter}`);
    const url = `${trimSlashes(String(options.webUrl))}/_api/web/lists?${query.join('&')}`;
    return context.http.getAll<Record<string, unknown>>(url, { ...ODATA_V4_NO_METADATA });
  },
};

/** `$select`/`$expand` for the asked properties; a `Parent/Child` property needs `Parent` expanded. */
function selection(properties: string | undefined): { select: string[]; expand: string[] } {
  const select = new Set(['RootFolder/ServerRelativeUrl']);
  const expand = new Set(['RootFolder']);
  if (properties === undefined) select.add('*');
  for (const property of (properties ?? '').split(',').map((p) => p.trim()).filter((p) => p !== '')) {
    if (property.includes('/')) expand.add(property.split('/')[0]);
    select.add(property);
  }
  return { select: [...select], expand: [...expand] };
}
