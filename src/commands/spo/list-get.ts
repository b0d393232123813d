import { ACCEPT, command, guidLiteral, literal, opt, query, rules, serverRelativePath, trimSlashes } from '../kit/index.js';
import { refuseWithPermissions, selection, withPermissionsOption } from './shared-content.js';

/** Templates whose lists have a version policy, which the CLI reads and adds (with its trim mode's name). */
const VERSIONED_TEMPLATES = new Set([101, 109, 110, 111, 113, 114, 115, 116, 117, 119, 121, 122, 123, 126, 130, 175]);
const TRIM_MODES = ['NoExpiration', 'ExpireAfter', 'AutoExpiration'];

interface ListInstance {
  BaseTemplate?: number;
  VersionPolicies?: Record<string, unknown>;
  [key: string]: unknown;
}

/** `spo list get`: one list by ID, title, URL or as the web's default library (spo/list/list-get). */
export const spoListGet = command({
  name: 'spo list get',
  description: 'Gets information about the specific list',
  resource: 'sharepoint',
  readOnly: true,
  permissions: { sharepoint: ['Sites.Read.All', 'Sites.FullControl.All'] },
  options: {
    webUrl: opt.site('URL of the site where the list is.', { short: 'u', required: true }),
    id: opt.guid('ID of the list. Specify id, title, url or default.', { short: 'i' }),
    title: opt.string('Title of the list.', { short: 't' }),
    url: opt.string('Server- or site-relative URL of the list.'),
    default: opt.boolean("Get the site's default document library."),
    properties: opt.string('Comma-separated list properties to retrieve.', { short: 'p' }),
    withPermissions: withPermissionsOption,
  },
  rules: [rules.exactlyOne('id', 'title', 'url', 'default')],
  validate: (options) => refuseWithPermissions(options, `${options.webUrl}/_api/web/lists/getByTitle('…')`),
  async run(context, options) {
    const web = `${trimSlashes(options.webUrl)}/_api/web`;
    const listUrl =
      options.id !== undefined ? `${web}/lists(${guidLiteral(options.id)})`
      : options.title !== undefined ? `${web}/lists/GetByTitle(${literal(options.title)})`
      : options.url !== undefined ? `${web}/GetList(${literal(serverRelativePath(options.webUrl, options.url))})`
      : `${web}/DefaultDocumentLibrary`;
    const headers = { ...ACCEPT.sharepoint };
    const list = (await context.http.request<ListInstance>({ url: `${listUrl}${query(selection(options.properties))}`, headers })).body;
    if (list.BaseTemplate !== undefined && VERSIONED_TEMPLATES.has(list.BaseTemplate)) {
      const policies = await context.http.request<ListInstance>({ url: `${listUrl}?$select=VersionPolicies&$expand=VersionPolicies`, headers });
      if (policies.body.VersionPolicies) list.VersionPolicies = policies.body.VersionPolicies;
    }
    if (list.VersionPolicies) list.VersionPolicies = { ...list.VersionPolicies, DefaultTrimModeValue: TRIM_MODES[Number(list.VersionPolicies.DefaultTrimMode)] };
    return list;
  },
});
