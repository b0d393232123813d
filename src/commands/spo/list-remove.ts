import { command, guidLiteral, literal, opt, rules, trimSlashes } from '../kit/index.js';
import { DELETE_HEADERS, forceOption } from './shared-content.js';

/** `spo list remove`: deletes a list, or sends it to the recycle bin. Like the CLI, it prints nothing (spo/list/list-remove). */
export const spoListRemove = command({
  name: 'spo list remove',
  description: 'Removes the specified list',
  resource: 'sharepoint',
  readOnly: false,
  permissions: { sharepoint: ['Sites.Manage.All', 'Sites.FullControl.All'] },
  options: {
    webUrl: opt.site('URL of the site where the list is.', { short: 'u', required: true }),
    id: opt.guid('ID of the list. Specify id or title.', { short: 'i' }),
    title: opt.string('Title of the list.', { short: 't' }),
    recycle: opt.boolean('Send the list to the recycle bin instead of deleting it.'),
    force: forceOption,
  },
  rules: [rules.exactlyOne('id', 'title')],
  async run(context, options) {
    const web = `${trimSlashes(options.webUrl)}/_api/web`;
    const list = options.id !== undefined ? `${web}/lists(${guidLiteral(options.id)})` : `${web}/lists/GetByTitle(${literal(options.title ?? '')})`;
    await context.http.request({ method: 'POST', url: options.recycle ? `${list}/recycle` : list, headers: { ...DELETE_HEADERS } });
    return undefined;
  },
});
