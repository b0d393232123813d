import { ACCEPT, command, literal, opt, rules, trimSlashes } from '../kit/index.js';
import { folderByPath, refuseWithPermissions, withPermissionsOption } from './shared-content.js';

/** `spo folder get`: a folder's properties, by URL or unique ID (spo/folder/folder-get). */
export const spoFolderGet = command({
  name: 'spo folder get',
  description: 'Gets information about the specified folder',
  resource: 'sharepoint',
  readOnly: true,
  permissions: { sharepoint: ['Sites.Read.All', 'Sites.FullControl.All'] },
  options: {
    webUrl: opt.site('URL of the site where the folder is.', { short: 'u', required: true }),
    url: opt.string('Server- or site-relative URL of the folder. Specify url or id.'),
    id: opt.guid('UniqueId of the folder.', { short: 'i' }),
    withPermissions: withPermissionsOption,
  },
  rules: [rules.exactlyOne('url', 'id')],
  validate: (o) => refuseWithPermissions(o, 'folder'),
  async run(context, o) {
    const url = o.id !== undefined ? `${trimSlashes(o.webUrl)}/_api/web/GetFolderById(${literal(o.id)})` : folderByPath(o.webUrl, o.url ?? '');
    return (await context.http.request({ url, headers: { ...ACCEPT.sharepoint } })).body;
  },
});
