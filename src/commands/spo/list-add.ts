import { ACCEPT, command, opt, SHAREPOINT_JSON_BODY, trimSlashes } from '../kit/index.js';
import { listSettingOptions, listSettingsBody, validateListSettings } from './shared-content.js';

const TEMPLATE_NAMES = [
  'Announcements', 'Contacts', 'CustomGrid', 'DataSources', 'DiscussionBoard', 'DocumentLibrary', 'Events', 'GanttTasks', 'GenericList', 'IssuesTracking',
  'Links', 'NoCodeWorkflows', 'PictureLibrary', 'Survey', 'Tasks', 'WebPageLibrary', 'WorkflowHistory', 'WorkflowProcess', 'XmlForm',
] as const;

/** The CLI's list template names and their numbers. */
const TEMPLATES: Record<(typeof TEMPLATE_NAMES)[number], number> = {
  GenericList: 100, DocumentLibrary: 101, Survey: 102, Links: 103, Announcements: 104, Contacts: 105, Events: 106, Tasks: 107, DiscussionBoard: 108,
  PictureLibrary: 109, DataSources: 110, XmlForm: 115, NoCodeWorkflows: 117, WorkflowProcess: 118, WebPageLibrary: 119, CustomGrid: 120,
  WorkflowHistory: 140, GanttTasks: 150, IssuesTracking: 1100,
};

/** `spo list add`: creates a list; the result is the new list as SharePoint answers it (spo/list/list-add). */
export const spoListAdd = command({
  name: 'spo list add',
  description: 'Creates list in the specified site',
  resource: 'sharepoint',
  readOnly: false,
  permissions: { sharepoint: ['Sites.Manage.All', 'Sites.FullControl.All'] },
  options: {
    title: opt.string('Title of the list.', { short: 't', required: true }),
    baseTemplate: opt.enum(TEMPLATE_NAMES, 'List template. Default: GenericList.'),
    webUrl: opt.site('URL of the site where the list is created.', { short: 'u', required: true }),
    ...listSettingOptions,
  },
  validate: (o) => {
    if (o.majorVersionLimit !== undefined && o.enableVersioning !== true) return 'majorVersionLimit option is only valid in combination with enableVersioning.';
    return validateListSettings(o);
  },
  async run(context, options) {
    const body = { Title: options.title, BaseTemplate: TEMPLATES[options.baseTemplate ?? 'GenericList'], ...listSettingsBody(options) };
    const url = `${trimSlashes(options.webUrl)}/_api/web/lists`;
    return (await context.http.request({ method: 'POST', url, headers: { ...ACCEPT.sharepoint, ...SHAREPOINT_JSON_BODY }, body })).body;
  },
});
