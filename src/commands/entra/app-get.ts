import { ActionError } from '../../errors.js';
import { stringOption } from '../shared/sharepoint.js';
import type { CommandContext, CommandDefinition } from '../types.js';

const NO_METADATA = { accept: 'application/json;odata.metadata=none' };

/** `entra app get`: one app registration (Graph `application`), by appId, object ID or display name. */
export const entraAppGet: CommandDefinition = {
  name: 'entra app get',
  aliases: ['aad app get'],
  description: 'Gets an Entra app registration',
  resource: 'graph',
  readOnly: true,
  permissions: ['Application.Read.All'],
  options: [
    { name: 'appId', type: 'guid', description: 'Application (client) ID. Specify appId, objectId or name.' },
    { name: 'objectId', type: 'guid', description: 'Object ID of the application.' },
    { name: 'name', type: 'string', description: 'Display name of the application.' },
    { name: 'properties', short: 'p', type: 'string', description: 'Comma-separated properties to retrieve.' },
  ],
  rules: [{ kind: 'exactlyOne', options: ['appId', 'objectId', 'name'] }],
  async run(context, options) {
    const select = stringOption(options.properties);
    const objectId = stringOption(options.objectId);
    if (objectId !== undefined) return getByObjectId(context, objectId, select);
    const appId = stringOption(options.appId);
    const [field, value] = appId !== undefined ? ['appId', appId] : ['name', stringOption(options.name) ?? ''];
    const filter = field === 'appId' ? `appId eq '${value}'` : `displayName eq '${encodeURIComponent(value).replace(/'/g, "''")}'`;
    const url = `${context.cloud.graph}/v1.0/applications?$filter=${filter}${select === undefined ? '' : `&$select=${select}`}`;
    const apps = await context.http.getAll<Record<string, unknown>>(url, { ...NO_METADATA });
    if (apps.length === 0) throw new ActionError(`App with ${field} '${value}' not found in Microsoft Entra ID.`);
    if (apps.length > 1) {
      throw new ActionError(`Multiple apps with name '${value}' found in Microsoft Entra ID. Found: ${apps.map((a) => String(a.id)).join(', ')}.`, {
        hint: 'Use --appId or --objectId to pick one.',
      });
    }
    return apps[0];
  },
};

async function getByObjectId(context: CommandContext, objectId: string, select: string | undefined): Promise<unknown> {
  const url = `${context.cloud.graph}/v1.0/applications/${objectId}${select === undefined ? '' : `?$select=${select}`}`;
  try {
    return (await context.http.request<Record<string, unknown>>({ url, headers: { ...NO_METADATA } })).body;
  } catch (error) {
    // The CLI turns Graph's 404 into this message; the client's error code is Graph's `Request_ResourceNotFound`.
    if (error instanceof ActionError && /ResourceNotFound|does not exist/i.test(`${error.code ?? ''} ${error.message}`)) {
      throw new ActionError(`App with objectId '${objectId}' not found in Microsoft Entra ID.`, { cause: error });
    }
    throw error;
  }
}
