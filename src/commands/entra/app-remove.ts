import { command, opt, rules, segment } from '../kit/index.js';
import { GRAPH_JSON, appObjectId, graphUrl } from './shared.js';

/**
 * `entra app remove`: deletes an app registration. The CLI asks for confirmation unless `--force`; a declared step is
 * its own confirmation, so `--force` is accepted and changes nothing.
 */
export const entraAppRemove = command({
  name: 'entra app remove',
  aliases: ['entra appregistration remove'],
  description: 'Removes an Entra app registration',
  resource: 'graph',
  readOnly: false,
  permissions: { graph: ['Application.ReadWrite.OwnedBy', 'Application.ReadWrite.All'] },
  options: {
    appId: opt.guid('Application (client) ID. Specify appId, objectId or name.'),
    objectId: opt.guid('Object ID of the application.'),
    name: opt.string('Display name of the application.'),
    force: opt.boolean("Don't prompt for confirmation (a declared step never prompts).", { short: 'f' }),
  },
  rules: [rules.exactlyOne('appId', 'objectId', 'name')],
  async run(context, options) {
    const id = await appObjectId(context, options);
    await context.http.request({ method: 'DELETE', url: graphUrl(context, `applications/${segment(id)}`), headers: { ...GRAPH_JSON } });
    return undefined;
  },
});
