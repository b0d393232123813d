import { ACCEPT, command, literal, opt, serverRelativePath, trimSlashes } from '../kit/index.js';
import type { CommandContext } from '../types.js';
import { POST_HEADERS, webPath } from './shared-content.js';

/** The CLI's folder colour names and SharePoint's numbers for them. */
const COLORS: Readonly<Record<string, string>> = {
  yellow: '0', darkRed: '1', darkOrange: '2', darkGreen: '3', darkTeal: '4', darkBlue: '5', darkPurple: '6', darkPink: '7',
  grey: '8', lightRed: '9', lightOrange: '10', lightGreen: '11', lightTeal: '12', lightBlue: '13', lightPurple: '14', lightPink: '15',
};

/** `spo folder add`: creates a folder (with its parents on `--ensureParentFolders`, in a colour on `--color`); the result is the folder (spo/folder/folder-add). */
export const spoFolderAdd = command({
  name: 'spo folder add',
  description: 'Creates a folder within a parent folder',
  resource: 'sharepoint',
  readOnly: false,
  permissions: { sharepoint: ['Sites.ReadWrite.All', 'Sites.Manage.All', 'Sites.FullControl.All'] },
  options: {
    webUrl: opt.site('URL of the site where the folder is created.', { short: 'u', required: true }),
    parentFolderUrl: opt.string('Server- or site-relative URL of the parent folder.', { short: 'p', required: true }),
    name: opt.string('Name of the new folder.', { short: 'n', required: true }),
    color: opt.string(`Colour of the folder: a name (${Object.keys(COLORS).join(', ')}) or its number 0-15.`),
    ensureParentFolders: opt.boolean('Create the parent folders that do not exist.'),
  },
  validate: ({ color }) => {
    if (color === undefined || Object.hasOwn(COLORS, color) || Object.values(COLORS).includes(color)) return undefined;
    return `'${color}' is not a valid value for option 'color'. Allowed values are ${Object.keys(COLORS).join(', ')}, ${Object.values(COLORS).join(', ')}.`;
  },
  async run(context, o) {
    const parent = serverRelativePath(o.webUrl, o.parentFolderUrl);
    if (o.ensureParentFolders) await ensureParents(context, o, parent);
    return addFolder(context, o, `${parent}/${o.name}`);
  },
});

interface FolderOptions {
  readonly webUrl: string;
  readonly color?: string;
}

/** `folders/addUsingPath`, or with a colour `foldercoloring/createfolder`. */
async function addFolder(context: CommandContext, o: FolderOptions, path: string): Promise<unknown> {
  const web = trimSlashes(o.webUrl);
  if (o.color === undefined) {
    return (await context.http.request({ method: 'POST', url: `${web}/_api/web/folders/addUsingPath(decodedUrl=${literal(path)})`, headers: { ...ACCEPT.sharepoint } })).body;
  }
  const body = { coloringInformation: { ColorHex: COLORS[o.color] ?? o.color } };
  return (await context.http.request({ method: 'POST', url: `${web}/_api/foldercoloring/createfolder(DecodedUrl=${literal(path)}, overwrite=false)`, headers: { ...POST_HEADERS }, body })).body;
}

/** Checks each folder of the parent path below the library (`$select=Exists`) and adds the missing ones, like the CLI. */
async function ensureParents(context: CommandContext, o: FolderOptions, parent: string): Promise<void> {
  const web = webPath(o.webUrl);
  const parts = parent.slice(web.length).split('/').filter((p) => p !== '');
  for (let i = 1; i < parts.length; i++) {
    const path = `${web}/${parts.slice(0, i + 1).join('/')}`;
    const url = `${trimSlashes(o.webUrl)}/_api/web/GetFolderByServerRelativePath(DecodedUrl=${literal(path)})?$select=Exists`;
    const folder = await context.http.request<{ Exists?: boolean }>({ url, headers: { ...ACCEPT.sharepoint } });
    if (folder.body.Exists !== true) await addFolder(context, o, path);
  }
}
