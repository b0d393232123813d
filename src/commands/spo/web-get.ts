import { endpoint, opt, query, trimSlashes } from '../kit/index.js';

/**
 * `spo web get`: the web's properties (`/_api/web`), with its associated owner/member/visitor groups on `--withGroups`.
 * (The CLI's `--withPermissions` is not offered: its friendly-permission decoding is not reproduced yet.)
 */
export const spoWebGet = endpoint({
  name: 'spo web get',
  description: 'Retrieves information about the specified site',
  resource: 'sharepoint',
  permissions: { sharepoint: ['Sites.Read.All', 'Sites.FullControl.All'] },
  options: {
    url: opt.site('URL of the site.', { short: 'u', required: true }),
    withGroups: opt.boolean('Also return the associated owner, member and visitor groups.'),
  },
  url: ({ url, withGroups }) =>
    `${trimSlashes(url)}/_api/web${query({ $expand: withGroups ? 'AssociatedMemberGroup,AssociatedOwnerGroup,AssociatedVisitorGroup' : undefined })}`,
});
