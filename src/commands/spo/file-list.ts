import { command, opt } from '../kit/index.js';
import { folderByPath, folderEntries, selection, subfolders, withoutItemId } from './shared-content.js';

/** `spo file list`: the files of a folder (and of its subfolders with `--recursive`), every page (spo/file/file-list). */
export const spoFileList = command({
  name: 'spo file list',
  description: 'Lists all available files in the specified folder and site',
  resource: 'sharepoint',
  readOnly: true,
  permissions: { sharepoint: ['Sites.Read.All', 'Sites.FullControl.All'] },
  options: {
    webUrl: opt.site('URL of the site where the folder is.', { short: 'u', required: true }),
    folderUrl: opt.string('Server- or site-relative URL of the folder.', { required: true }),
    fields: opt.string('Comma-separated fields to retrieve (default: all).'),
    filter: opt.string('OData filter on the files.'),
    recursive: opt.boolean('Also list the files of the subfolders.', { short: 'r' }),
  },
  async run(context, o) {
    const folders = o.recursive ? [...(await subfolders(context, o.webUrl, o.folderUrl)), o.folderUrl] : [o.folderUrl];
    const files: unknown[] = [];
    for (const folder of folders) files.push(...(await folderEntries(context, `${folderByPath(o.webUrl, folder)}/Files`, { ...selection(o.fields), $filter: o.filter })));
    return files.map(withoutItemId);
  },
});
