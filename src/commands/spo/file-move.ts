import { command, opt, rules } from '../kit/index.js';
import { copyOptions } from './file-copy.js';
import { absoluteUrl, copyFile, NAME_CONFLICT, nameWithExtension, sourcePath } from './shared-content.js';

/** `spo file move`: moves a file to a folder (of this or another site) with a copy job in move mode; returns the moved file (spo/file/file-move). */
export const spoFileMove = command({
  name: 'spo file move',
  description: 'Moves a file to another location',
  resource: 'sharepoint',
  readOnly: false,
  permissions: { sharepoint: ['Sites.ReadWrite.All', 'Sites.Manage.All', 'Sites.FullControl.All'] },
  options: { ...copyOptions, withItemPermissions: opt.boolean('Keep the item-level permissions.') },
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
        IgnoreVersionHistory: false,
        IncludeItemPermissions: o.withItemPermissions ?? false,
        CustomizedItemName: o.newName === undefined ? undefined : [nameWithExtension(o.newName, source)],
        IsMoveMode: true,
      },
    });
  },
});
