import { ACCEPT, command, opt, SHAREPOINT_JSON_BODY, trimSlashes } from '../kit/index.js';

/**
 * `spo applicationcustomizer add`: registers an SPFx Application Customizer as a user custom action of the site
 * collection (default) or the web. Prints nothing, like the CLI.
 */
export const spoApplicationCustomizerAdd = command({
  name: 'spo applicationcustomizer add',
  description: 'Add an application customizer to a site',
  resource: 'sharepoint',
  readOnly: false,
  permissions: { sharepoint: ['Sites.FullControl.All'] },
  permissionsWhen: (o) => (o.scope === 'Web' ? { sharepoint: ['Sites.Manage.All', 'Sites.FullControl.All'] } : { sharepoint: ['Sites.FullControl.All'] }),
  options: {
    title: opt.string('Title of the Application Customizer.', { short: 't', required: true }),
    webUrl: opt.site('URL of the site.', { short: 'u', required: true }),
    clientSideComponentId: opt.guid('Client-side component ID of the Application Customizer.', { short: 'i', required: true }),
    description: opt.string('Description of the Application Customizer.'),
    clientSideComponentProperties: opt.string('Properties of the Application Customizer, as JSON text.'),
    hostProperties: opt.string('Host properties of the Application Customizer.'),
    scope: opt.enum(['Site', 'Web'] as const, 'Scope of the Application Customizer: Site (default) or Web.', { short: 's' }),
  },
  async run(context, o) {
    const body: Record<string, unknown> = {
      Title: o.title,
      Name: o.title,
      Description: o.description,
      Location: 'ClientSideExtension.ApplicationCustomizer',
      ClientSideComponentId: o.clientSideComponentId,
      HostProperties: o.hostProperties ?? '',
    };
    if (o.clientSideComponentProperties) body.ClientSideComponentProperties = o.clientSideComponentProperties;
    const url = `${trimSlashes(o.webUrl)}/_api/${o.scope ?? 'Site'}/UserCustomActions`;
    await context.http.request({ method: 'POST', url, headers: { ...ACCEPT.sharepoint, ...SHAREPOINT_JSON_BODY }, body });
    return undefined;
  },
});
