import { command, opt } from '../kit/index.js';
import type { CommandContext } from '../types.js';
import { folderByPath, folderEntries, selection, withoutItemId } from './shared-content.js';

interface Folder {
  readonly ServerRelativeUrl?: string;
}

/** `spo folder list`: the folders in a folder (each followed by its own with `--recursive`), every page (spo/folder/folder-list). */
export const spoFolderList = command({
  name: 'spo folder list',
  description: 'Returns all folders under the specified parent folder',
  resource: 'sharepoint',
  readOnly: true,
  permissions: { sharepoint: ['Sites.Read.All', 'Sites.FullControl.All'] },
  options: {
    webUrl: opt.site('URL of the site where the folders are.', { short: 'u', required: true }),
    parentFolderUrl: opt.string('Server- or site-relative URL of the parent folder.', { short: 'p', required: true }),
    fields: opt.string('Comma-separated fields to retrieve (default: all).'),
    filter: opt.string('OData filter on the folders.'),
    recursive: opt.boolean('Also list the folders of the subfolders.', { short: 'r' }),
  },
  async run(context, o) {
    return (await foldersIn(context, o, o.parentFolderUrl)).map(withoutItemId);
  },
});

async function foldersIn(context: CommandContext, o: { webUrl: string; fields?: string; filter?: string; recursive?: boolean }, parent: string): Promise<Folder[]> {
  const found: Folder[] = [];
  const folders = await folderEntries<Folder>(context, `${folderByPath(o.webUrl, parent)}/Folders`, { ...selection(o.fields), $filter: o.filter });
  for (const folder of folders) {
    found.push(folder);
    // The CLI recurses by each folder's ServerRelativeUrl, so a selection without it finds no subfolders.
    if (o.recursive && folder.ServerRelativeUrl !== undefined) found.push(...(await foldersIn(context, o, folder.ServerRelativeUrl)));
  }
  return found;
}
