import { ACCEPT, command, literal, opt, trimSlashes } from '../kit/index.js';
import { pagePath } from './page-canvas.js';
import { forceOption } from './shared-content.js';

/** `spo page remove`: deletes a modern page, or sends it to the recycle bin. Like the CLI, it prints nothing (spo/page/page-remove). */
export const spoPageRemove = command({
  name: 'spo page remove',
  description: 'Removes a modern page',
  resource: 'sharepoint',
  readOnly: false,
  permissions: { sharepoint: ['Sites.ReadWrite.All', 'Sites.Manage.All', 'Sites.FullControl.All'] },
  options: {
    webUrl: opt.site('URL of the site where the page is.', { short: 'u', required: true }),
    name: opt.string('Name of the page (may be in a folder of Site Pages).', { short: 'n', required: true }),
    recycle: opt.boolean('Send the page to the recycle bin instead of deleting it.'),
    bypassSharedLock: opt.boolean('Remove the page even if it is locked for shared use.'),
    force: forceOption,
  },
  async run(context, o) {
    const file = `${trimSlashes(o.webUrl)}/_api/web/GetFileByServerRelativePath(DecodedUrl=${literal(pagePath(o.webUrl, o.name))})`;
    const headers: Record<string, string> = { ...ACCEPT.sharepoint, ...(o.bypassSharedLock ? { prefer: 'bypass-shared-lock' } : {}) };
    await context.http.request(o.recycle ? { method: 'POST', url: `${file}/Recycle`, headers } : { method: 'DELETE', url: file, headers });
    return undefined;
  },
});
