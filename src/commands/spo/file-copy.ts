import { command, opt, rules } from '../kit/index.js';
import { absoluteUrl, copyFile, NAME_CONFLICT, nameWithExtension, sourcePath } from './shared-content.js';

/** Options `spo file copy` and `spo file move` share. */
export const copyOptions = {
  webUrl: opt.site('URL of the site where the file is.', { short: 'u', required: true }),
  sourceUrl: opt.string('Site-relative, server-relative or absolute URL of the file. Specify sourceUrl or sourceId.', { short: 's' }),
  sourceId: opt.guid('UniqueId of the file.', { short: 'i' }),
  targetUrl: opt.string('Server-relative or absolute URL of the destination folder.', { short: 't', required: true }),
  newName: opt.string('New name of the file (the extension is kept when left out).'),
  nameConflictBehavior: opt.enum(['fail', 'replace', 'rename'], 'When a file of that name is there: fail (default), replace or rename.'),
  bypassSharedLock: opt.boolean('Also when the file is locked for shared use.'),
  skipWait: opt.boolean("Don't wait for the copy job to finish (the result is then empty)."),
};

/**
 * `spo file copy`: copies a file to a folder (of this or another site) with a copy job, waits for it and returns the
 * copy's properties (spo/file/file-copy).
 */
export const spoFileCopy = command({
  name: 'spo file copy',
  description: 'Copies a file to another location',
  resource: 'sharepoint',
  readOnly: false,
  permissions: { sharepoint: ['Sites.ReadWrite.All', 'Sites.Manage.All', 'Sites.FullControl.All'] },
  options: { ...copyOptions, ignoreVersionHistory: opt.boolean('Copy only the latest version.') },
  rules: [rules.exactlyOne('sourceUrl', 'sourceId')],
  async run(context, o) {
    const source = await sourcePath(context, o.webUrl, o);
    return copyFile(context, {
      webUrl: o.webUrl,
      sourceUrl: absoluteUrl(o.webUrl, source),
      targetUrl: absoluteUrl(o.webUrl, o.targetUrl),
      skipWait: o.skipWait,
      options: {
        NameConflictBehavior: NAME_CONFLICT[o.nameConflictBehavior ?? 'fail'],
        BypassSharedLock: o.bypassSharedLock ?? false,
        IgnoreVersionHistory: o.ignoreVersionHistory ?? false,
        IncludeItemPermissions: false,
        CustomizedItemName: o.newName === undefined ? undefined : [nameWithExtension(o.newName, source)],
        IsMoveMode: false,
      },
    });
  },
});
