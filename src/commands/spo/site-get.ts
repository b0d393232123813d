import { NO_METADATA, trimSlashes } from '../shared/sharepoint.js';
import type { CommandDefinition } from '../types.js';

/** `spo site get`: the site collection's properties (`/_api/site`). */
export const spoSiteGet: CommandDefinition = {
  name: 'spo site get',
  description: 'Gets information about the specific site collection',
  resource: 'sharepoint',
  sharePointUrlOption: 'url',
  readOnly: true,
  permissions: ['Sites.Read.All'],
  options: [{ name: 'url', short: 'u', type: 'url', required: true, description: 'URL of the site collection.' }],
  async run(context, options) {
    const url = `${trimSlashes(String(options.url))}/_api/site`;
    const response = await context.http.request<Record<string, unknown>>({ url, headers: { ...NO_METADATA } });
    return response.body;
  },
};
