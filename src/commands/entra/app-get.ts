import { command, opt, rules, splitList } from '../kit/index.js';
import { getApp, saveAppInfo } from './shared.js';

/** `entra app get`: one app registration (Graph `application`), by appId, object ID or display name. */
export const entraAppGet = command({
  name: 'entra app get',
  aliases: ['aad app get', 'entra appregistration get'],
  description: 'Gets an Entra app registration',
  resource: 'graph',
  readOnly: true,
  permissions: { graph: ['Application.Read.All', 'Application.ReadWrite.OwnedBy', 'Application.ReadWrite.All'] },
  options: {
    appId: opt.guid('Application (client) ID. Specify appId, objectId or name.'),
    objectId: opt.guid('Object ID of the application.'),
    name: opt.string('Display name of the application.'),
    save: opt.boolean('Record the app (appId and name) in .m365rc.json in the working directory.'),
    properties: opt.string('Comma-separated properties to retrieve.', { short: 'p' }),
  },
  rules: [rules.exactlyOne('appId', 'objectId', 'name')],
  // --save writes a file in the working directory: the run must not treat the command as a pure read.
  readOnlyWhen: ({ save }) => save !== true,
  async run(context, options) {
    const properties = options.properties === undefined ? undefined : splitList(options.properties);
    const app = await getApp<{ id: string; appId?: string; displayName?: string }>(context, options, properties);
    if (options.save && app.appId !== undefined) await saveAppInfo(context, { appId: app.appId, name: app.displayName ?? '' });
    return app;
  },
});
