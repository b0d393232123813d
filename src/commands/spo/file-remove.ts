import { command, guidLiteral, opt, rules, trimSlashes } from '../kit/index.js';
import { DELETE_HEADERS, fileByPath, forceOption } from './shared-content.js';

/** `spo file remove`: deletes a file, or sends it to the recycle bin. Like the CLI, it prints nothing (spo/file/file-remove). */
export const spoFileRemove = command({
  name: 'spo file remove',
  description: 'Removes the specified file',
  resource: 'sharepoint',
  readOnly: false,
  permissions: { sharepoint: ['Sites.ReadWrite.All', 'Sites.Manage.All', 'Sites.FullControl.All'] },
  options: {
    webUrl: opt.site('URL of the site where the file is.', { short: 'u', required: true }),
    id: opt.guid('UniqueId of the file. Specify id or url.', { short: 'i' }),
    url: opt.string('Server- or site-relative URL of the file.'),
    recycle: opt.boolean('Send the file to the recycle bin instead of deleting it.'),
    bypassSharedLock: opt.boolean('Remove the file even if it is locked for shared use.'),
    force: forceOption,
  },
  rules: [rules.exactlyOne('id', 'url')],
  async run(context, o) {
    const file = o.id !== undefined ? `${trimSlashes(o.webUrl)}/_api/web/GetFileById(${guidLiteral(o.id)})` : fileByPath(o.webUrl, o.url ?? '');
    const headers: Record<string, string> = { ...DELETE_HEADERS, ...(o.bypassSharedLock ? { prefer: 'bypass-shared-lock' } : {}) };
    await context.http.request({ method: 'POST', url: o.recycle ? `${file}/recycle()` : file, headers });
    return undefined;
  },
});
