import { command, opt, rules, segment } from '../kit/index.js';
import { GRAPH_JSON, appObjectId, graphUrl } from './shared.js';

/** `entra app role list`: the app roles an app registration defines. */
export const entraAppRoleList = command({
  name: 'entra app role list',
  aliases: ['entra appregistration role list'],
  description: 'Gets Entra app registration roles',
  resource: 'graph',
  readOnly: true,
  permissions: { graph: ['Application.Read.All', 'Application.ReadWrite.OwnedBy', 'Application.ReadWrite.All'] },
  options: {
    appId: opt.guid('Application (client) ID. Specify appId, appObjectId or appName.'),
    appObjectId: opt.guid('Object ID of the application.'),
    appName: opt.string('Display name of the application.'),
  },
  rules: [rules.exactlyOne('appId', 'appObjectId', 'appName')],
  async run(context, { appId, appObjectId: objectId, appName }) {
    const id = await appObjectId(context, { appId, objectId, name: appName });
    return context.http.getAll(graphUrl(context, `applications/${segment(id)}/appRoles`), { ...GRAPH_JSON });
  },
});
