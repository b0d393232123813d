import { command, opt } from '../kit/index.js';
import { CUSTOM_ACTION_SCOPES, customActions, LIST_VIEW_COMMAND_SET } from './shared-config-a.js';

/** `spo commandset list`: the ListView Command Sets of a site (spo/commandset/commandset-list). */
export const spoCommandSetList = command({
  name: 'spo commandset list',
  description: 'Get a list of ListView Command Sets that are added to a site',
  resource: 'sharepoint',
  readOnly: true,
  permissions: { sharepoint: ['Sites.Read.All', 'Sites.FullControl.All'] },
  options: {
    webUrl: opt.site('URL of the site.', { short: 'u', required: true }),
    scope: opt.enum(CUSTOM_ACTION_SCOPES, 'Scope of the ListView Command Sets: Site, Web or All (default).', { short: 's' }),
  },
  run: (context, { webUrl, scope }) => customActions(context, webUrl, scope, `startswith(Location,'${LIST_VIEW_COMMAND_SET}')`),
});
