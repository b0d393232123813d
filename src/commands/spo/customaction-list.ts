import { command, opt } from '../kit/index.js';
import { CUSTOM_ACTION_SCOPES, customActions } from './shared-config-a.js';

/** `spo customaction list`: the user custom actions of a web, its site collection, or both (spo/customaction/customaction-list). */
export const spoCustomActionList = command({
  name: 'spo customaction list',
  description: 'Lists all user custom actions at the given scope',
  resource: 'sharepoint',
  readOnly: true,
  permissions: { sharepoint: ['Sites.Read.All', 'Sites.FullControl.All'] },
  options: {
    webUrl: opt.site('URL of the site or site collection to retrieve the custom actions from.', { short: 'u', required: true }),
    scope: opt.enum(CUSTOM_ACTION_SCOPES, 'Scope of the custom actions: Site, Web or All (default).', { short: 's' }),
  },
  run: (context, { webUrl, scope }) => customActions(context, webUrl, scope),
});
