import { command, guidLiteral, literal, opt, rules, serverRelativePath, trimSlashes } from '../kit/index.js';
import { listSettingOptions, listSettingsBody, MERGE_HEADERS, validateListSettings } from './shared-content.js';

/** `spo list set`: changes a list's title and settings (a MERGE). Like the CLI, it prints nothing (spo/list/list-set). */
export const spoListSet = command({
  name: 'spo list set',
  description: 'Updates the settings of the specified list',
  resource: 'sharepoint',
  readOnly: false,
  permissions: { sharepoint: ['Sites.Manage.All', 'Sites.FullControl.All'] },
  options: {
    webUrl: opt.site('URL of the site where the list is.', { short: 'u', required: true }),
    id: opt.guid('ID of the list. Specify id, title or url.'),
    title: opt.string('Title of the list.'),
    url: opt.string('Server- or site-relative URL of the list.'),
    newTitle: opt.string('New title of the list.'),
    ...listSettingOptions,
    versionAutoExpireTrim: opt.boolean('Not supported yet (set through CSOM by the CLI).'),
    versionExpireAfterDays: opt.number('Not supported yet (set through CSOM by the CLI).'),
  },
  rules: [rules.exactlyOne('id', 'title', 'url')],
  validate: (o) => {
    if (o.versionAutoExpireTrim !== undefined || o.versionExpireAfterDays !== undefined) {
      return "Options --versionAutoExpireTrim and --versionExpireAfterDays are not supported yet: SharePoint sets a library's version trimming only through CSOM. Set it in the library settings.";
    }
    if (o.newTitle === undefined && Object.keys(listSettingsBody(o)).length === 0) return 'Specify at least one option to update.';
    return validateListSettings(o);
  },
  async run(context, options) {
    const web = `${trimSlashes(options.webUrl)}/_api/web`;
    const url =
      options.id !== undefined ? `${web}/lists(${guidLiteral(options.id)})`
      : options.title !== undefined ? `${web}/lists/getByTitle(${literal(options.title)})`
      : `${web}/GetList(${literal(serverRelativePath(options.webUrl, options.url ?? ''))})`;
    const body = { ...(options.newTitle !== undefined ? { Title: options.newTitle } : {}), ...listSettingsBody(options) };
    await context.http.request({ method: 'POST', url, headers: { ...MERGE_HEADERS }, body });
    return undefined;
  },
});
