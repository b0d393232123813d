import { command, opt } from '../kit/index.js';
import { APPLICATION_CUSTOMIZER, CUSTOM_ACTION_SCOPES, customActions } from './shared-config-a.js';

/** `spo applicationcustomizer list`: the Application Customizers of a site (spo/applicationcustomizer/applicationcustomizer-list). */
export const spoApplicationCustomizerList = command({
  name: 'spo applicationcustomizer list',
  description: 'Get a list of application customizers that are added to a site',
  resource: 'sharepoint',
  readOnly: true,
  permissions: { sharepoint: ['Sites.Read.All', 'Sites.FullControl.All'] },
  options: {
    webUrl: opt.site('URL of the site.', { short: 'u', required: true }),
    scope: opt.enum(CUSTOM_ACTION_SCOPES, 'Scope of the application customizers: Site, Web or All (default).', { short: 's' }),
  },
  run: (context, { webUrl, scope }) => customActions(context, webUrl, scope, `Location eq '${APPLICATION_CUSTOMIZER}'`),
});
