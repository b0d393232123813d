import { ACCEPT, command, literal, opt, rules, trimSlashes } from '../kit/index.js';
import { fileByPath, refuseWithPermissions, withoutId, withPermissionsOption } from './shared-content.js';

/**
 * `spo file get`: a file's properties, its list item (`--asListItem`, without `ID`), its text (`--asString`), or its
 * content saved to `--path` (`--asFile`; then, like the CLI, the result is empty) (spo/file/file-get).
 */
export const spoFileGet = command({
  name: 'spo file get',
  description: 'Gets information about the specified file',
  resource: 'sharepoint',
  readOnly: true,
  permissions: { sharepoint: ['Sites.Read.All', 'Sites.FullControl.All'] },
  options: {
    webUrl: opt.site('URL of the site where the file is.', { short: 'u', required: true }),
    url: opt.string('Server- or site-relative URL of the file. Specify url or id.'),
    id: opt.guid('UniqueId of the file.', { short: 'i' }),
    asString: opt.boolean('Return the content of the file as text.'),
    asListItem: opt.boolean('Return the list item of the file.'),
    asFile: opt.boolean('Save the file to --path.'),
    path: opt.string('Local path to save the file to (with --asFile).', { short: 'p' }),
    withPermissions: withPermissionsOption,
  },
  rules: [rules.exactlyOne('id', 'url'), rules.atMostOne('asFile', 'asListItem', 'asString')],
  validate: (o) => {
    if (o.asFile && o.path === undefined) return 'The path should be specified when the --asFile option is used';
    return refuseWithPermissions(o, 'file');
  },
  async run(context, o) {
    const file = o.id !== undefined ? `${trimSlashes(o.webUrl)}/_api/web/GetFileById(${literal(o.id)})` : fileByPath(o.webUrl, o.url ?? '');
    const headers = { ...ACCEPT.sharepoint };
    if (o.asFile) {
      const content = await context.http.request<Buffer>({ url: `${file}/$value`, headers, responseType: 'buffer' });
      const saved = await context.files.writeFile(o.path ?? '', content.body);
      context.log.debug(`File saved to path ${saved}`);
      return undefined;
    }
    if (o.asString) return (await context.http.request<string>({ url: `${file}/$value`, headers, responseType: 'text' })).body;
    const response = await context.http.request<Record<string, unknown>>({ url: o.asListItem ? `${file}?$expand=ListItemAllFields` : file, headers });
    return o.asListItem ? withoutId(response.body.ListItemAllFields) : response.body;
  },
});
