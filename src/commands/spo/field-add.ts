import { command, opt, rules, splitList } from '../kit/index.js';
import { POST_HEADERS, webOrListApi } from './shared-content.js';

/** The CLI's `--options` names and the `SPAddFieldOptions` flags they add up to. */
const ADD_FIELD_OPTIONS: Readonly<Record<string, number>> = {
  DefaultValue: 0,
  AddToDefaultContentType: 1,
  AddToNoContentType: 2,
  AddToAllContentTypes: 4,
  AddFieldInternalNameHint: 8,
  AddFieldToDefaultView: 16,
  AddFieldCheckDisplayName: 32,
};

/** `spo field add`: adds a site column, or a list column when a list is named, from its CAML definition (spo/field/field-add). */
export const spoFieldAdd = command({
  name: 'spo field add',
  description: 'Adds a new list or site column using the CAML field definition',
  resource: 'sharepoint',
  readOnly: false,
  permissions: { sharepoint: ['Sites.ReadWrite.All', 'Sites.Manage.All', 'Sites.FullControl.All'] },
  options: {
    webUrl: opt.site('URL of the site where the field is created.', { short: 'u', required: true }),
    listTitle: opt.string('Title of the list, for a list column.', { short: 'l' }),
    listId: opt.guid('ID of the list, for a list column.'),
    listUrl: opt.string('Server- or site-relative URL of the list, for a list column.'),
    xml: opt.string('CAML field definition (<Field Type="Text" DisplayName="…" Name="…" />).', { short: 'x', required: true }),
    options: opt.string(`Comma-separated: ${Object.keys(ADD_FIELD_OPTIONS).join(', ')}.`),
  },
  rules: [rules.atMostOne('listTitle', 'listId', 'listUrl')],
  validate: ({ options }) => {
    const unknown = splitList(options).find((o) => !Object.hasOwn(ADD_FIELD_OPTIONS, o));
    if (unknown === undefined) return undefined;
    return `${unknown} is not a valid value for the options argument. Allowed values are ${Object.keys(ADD_FIELD_OPTIONS).join('|')}`;
  },
  async run(context, o) {
    const flags = splitList(o.options).reduce((sum, name) => sum + (ADD_FIELD_OPTIONS[name] ?? 0), 0);
    const url = `${webOrListApi(o.webUrl, o)}/fields/CreateFieldAsXml`;
    const response = await context.http.request({ method: 'POST', url, headers: { ...POST_HEADERS }, body: { parameters: { SchemaXml: o.xml, Options: flags } } });
    return response.body;
  },
});
