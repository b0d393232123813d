import { NO_METADATA, trimSlashes } from '../shared/sharepoint.js';
import type { CommandDefinition } from '../types.js';

/**
 * `spo web get`: the web's properties (`/_api/web`), with its associated owner/member/visitor groups on `--withGroups`.
 * (The CLI's `--withPermissions` is not offered: its friendly-permission decoding is not reproduced yet.)
 */
export const spoWebGet: CommandDefinition = {
  name: 'spo web get',
  description: 'Retrieves information about the specified site',
  resource: 'sharepoint',
  sharePointUrlOption: 'url',
  readOnly: true,
  permissions: ['Sites.Read.All'],
  options: [
    { name: 'url', short: 'u', type: 'url', required: true, description: 'URL of the site.' },
    { name: 'withGroups', type: 'boolean', description: 'Also return the associated owner, member and visitor groups.' },
  ],
  async run(context, options) {
    let url = `${trimSlashes(String(options.url))}/_api/web`;
    if (options.withGroups === true) url += '?$expand=AssociatedMemberGroup,AssociatedOwnerGroup,AssociatedVisitorGroup';
    const response = await context.http.request<Record<string, unknown>>({ url, headers: { ...NO_METADATA } });
    return response.body;
  },
};
