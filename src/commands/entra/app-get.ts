import { ActionError } from '../../errors.js';
import { ACCEPT, command, isHttpStatus, literal, opt, query, rules, segment } from '../kit/index.js';

/** `entra app get`: one app registration (Graph `application`), by appId, object ID or display name. */
export const entraAppGet = command({
  name: 'entra app get',
  aliases: ['aad app get'],
  description: 'Gets an Entra app registration',
  resource: 'graph',
  readOnly: true,
  permissions: { graph: ['Application.Read.All', 'Application.ReadWrite.All', 'Directory.Read.All'] },
  options: {
    appId: opt.guid('Application (client) ID. Specify appId, objectId or name.'),
    objectId: opt.guid('Object ID of the application.'),
    name: opt.string('Display name of the application.'),
    properties: opt.string('Comma-separated properties to retrieve.', { short: 'p' }),
  },
  rules: [rules.exactlyOne('appId', 'objectId', 'name')],
  async run(context, { appId, objectId, name, properties }) {
    const applications = `${context.cloud.graph}/v1.0/applications`;
    const select = query({ $select: properties });
    if (objectId !== undefined) {
      try {
        return (await context.http.request({ url: `${applications}/${segment(objectId)}${select}`, headers: { ...ACCEPT.graph } })).body;
      } catch (error) {
        // The CLI turns Graph's 404 into this message.
        if (isHttpStatus(error, 404)) throw new ActionError(`App with objectId '${objectId}' not found in Microsoft Entra ID.`, { cause: error });
        throw error;
      }
    }
    const [field, value, filter] = appId !== undefined ? ['appId', appId, `appId eq ${literal(appId)}`] : ['name', name ?? '', `displayName eq ${literal(name ?? '')}`];
    const apps = await context.http.getAll<{ id?: string }>(`${applications}${query({ $filter: filter, $select: properties })}`, { ...ACCEPT.graph });
    if (apps.length === 0) throw new ActionError(`App with ${field} '${value}' not found in Microsoft Entra ID.`);
    if (apps.length > 1) {
      throw new ActionError(`Multiple apps with name '${value}' found in Microsoft Entra ID. Found: ${apps.map((a) => a.id).join(', ')}.`, {
        hint: 'Use --appId or --objectId to pick one.',
      });
    }
    return apps[0];
  },
});
