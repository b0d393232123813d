import { ACCEPT, command, opt, SHAREPOINT_JSON_BODY, trimSlashes } from '../kit/index.js';
import { LIST_VIEW_COMMAND_SET } from './shared-config-a.js';

const LIST_TYPES = { List: '100', Library: '101', SitePages: '119' } as const;
const LOCATIONS = { Both: LIST_VIEW_COMMAND_SET, ContextMenu: `${LIST_VIEW_COMMAND_SET}.ContextMenu`, CommandBar: `${LIST_VIEW_COMMAND_SET}.CommandBar` } as const;

/**
 * `spo commandset add`: registers an SPFx ListView Command Set for a list type as a user custom action of the web
 * (default) or the site collection, and prints the custom action SharePoint made (spo/commandset/commandset-add).
 */
export const spoCommandSetAdd = command({
  name: 'spo commandset add',
  description: 'Add a ListView Command Set to a site',
  resource: 'sharepoint',
  readOnly: false,
  permissions: { sharepoint: ['Sites.FullControl.All'] },
  options: {
    title: opt.string('Title of the ListView Command Set.', { short: 't', required: true }),
    webUrl: opt.site('The site to add the ListView Command Set to.', { short: 'u', required: true }),
    listType: opt.enum(['List', 'Library', 'SitePages'] as const, 'List type to register the Command Set on: List, Library or SitePages.', { short: 'l', required: true }),
    clientSideComponentId: opt.guid('Client-side component ID of the ListView Command Set.', { short: 'i', required: true }),
    description: opt.string('Description of the ListView Command Set.'),
    clientSideComponentProperties: opt.string('Properties of the ListView Command Set, as JSON text.'),
    scope: opt.enum(['Site', 'Web'] as const, 'Scope of the ListView Command Set: Site or Web (default).', { short: 's' }),
    location: opt.enum(['ContextMenu', 'CommandBar', 'Both'] as const, 'Where the commands show: ContextMenu, CommandBar (default) or Both.'),
  },
  async run(context, o) {
    const body: Record<string, unknown> = {
      Title: o.title,
      Description: o.description,
      Location: LOCATIONS[o.location ?? 'CommandBar'],
      ClientSideComponentId: o.clientSideComponentId,
      RegistrationId: LIST_TYPES[o.listType],
      RegistrationType: 1,
    };
    if (o.clientSideComponentProperties) body.ClientSideComponentProperties = o.clientSideComponentProperties;
    const url = `${trimSlashes(o.webUrl)}/_api/${o.scope ?? 'Web'}/UserCustomActions`;
    return (await context.http.request({ method: 'POST', url, headers: { ...ACCEPT.sharepoint, ...SHAREPOINT_JSON_BODY }, body })).body;
  },
});
