import { ActionError } from '../../errors.js';
import { command, literal, opt, rules } from '../kit/index.js';
import { CUSTOM_ACTION_SCOPES, customActionById, customActions, onlyCustomAction, scopeName, type CustomAction } from './shared-config-a.js';

/** The properties the CLI prints, `Rights` as JSON text and `Scope` as its name (spo/customaction/customaction-get). */
function asPrinted(action: CustomAction): Record<string, unknown> {
  const keys = ['ClientSideComponentId', 'ClientSideComponentProperties', 'CommandUIExtension', 'Description', 'Group', 'Id', 'ImageUrl', 'Location', 'Name', 'RegistrationId', 'RegistrationType'];
  const printed: Record<string, unknown> = Object.fromEntries(keys.map((k) => [k, action[k]]));
  printed.Rights = JSON.stringify(action.Rights);
  printed.Scope = scopeName(action.Scope);
  for (const k of ['ScriptBlock', 'ScriptSrc', 'Sequence', 'Title', 'Url', 'VersionOfUserCustomAction']) printed[k] = action[k];
  return printed;
}

/** `spo customaction get`: one user custom action by ID, title or client-side component ID. */
export const spoCustomActionGet = command({
  name: 'spo customaction get',
  description: 'Gets details for the specified custom action',
  resource: 'sharepoint',
  readOnly: true,
  permissions: { sharepoint: ['Sites.Read.All', 'Sites.FullControl.All'] },
  options: {
    id: opt.guid('ID of the user custom action.', { short: 'i' }),
    title: opt.string('Title of the user custom action.', { short: 't' }),
    clientSideComponentId: opt.guid('Client-side component ID of the user custom action.', { short: 'c' }),
    webUrl: opt.site('URL of the site or site collection to retrieve the custom action from.', { short: 'u', required: true }),
    scope: opt.enum(CUSTOM_ACTION_SCOPES, 'Scope of the custom action: Site, Web or All (default).', { short: 's' }),
  },
  rules: [rules.exactlyOne('id', 'title', 'clientSideComponentId')],
  async run(context, { id, title, clientSideComponentId, webUrl, scope }) {
    if (id !== undefined) {
      const action = await customActionById(context, webUrl, id, scope);
      if (!action) throw new ActionError(`No user custom action with id '${id}' found`);
      return asPrinted(action);
    }
    if (title !== undefined) return asPrinted(onlyCustomAction(await customActions(context, webUrl, scope, `Title eq ${literal(title)}`), `title '${title}'`));
    const componentId = clientSideComponentId ?? '';
    return asPrinted(onlyCustomAction(await customActions(context, webUrl, scope, `ClientSideComponentId eq guid${literal(componentId)}`), `ClientSideComponentId '${componentId}'`));
  },
});
