import { ActionError } from '../../errors.js';
import { ACCEPT, command, guidLiteral, literal, opt, rules, trimSlashes } from '../kit/index.js';
import { APPLICATION_CUSTOMIZER, CUSTOM_ACTION_SCOPES, customActionById, customActions, type CustomAction } from './shared-config-a.js';

/**
 * `spo applicationcustomizer remove`: removes an Application Customizer by title, ID or client-side component ID, from
 * the scope where it is. Prints nothing, like the CLI.
 */
export const spoApplicationCustomizerRemove = command({
  name: 'spo applicationcustomizer remove',
  description: 'Removes an application customizer that is added to a site',
  resource: 'sharepoint',
  readOnly: false,
  permissions: { sharepoint: ['Sites.FullControl.All'] },
  options: {
    webUrl: opt.site('URL of the site.', { short: 'u', required: true }),
    title: opt.string('Title of the Application Customizer.', { short: 't' }),
    id: opt.guid('ID of the Application Customizer (its custom action).', { short: 'i' }),
    clientSideComponentId: opt.guid('Client-side component ID of the Application Customizer.', { short: 'c' }),
    scope: opt.enum(CUSTOM_ACTION_SCOPES, 'Scope of the Application Customizer: Site, Web or All (default).', { short: 's' }),
    force: opt.boolean("Don't prompt for confirmation (there is never a prompt here).", { short: 'f' }),
  },
  rules: [rules.exactlyOne('title', 'id', 'clientSideComponentId')],
  async run(context, { webUrl, title, id, clientSideComponentId, scope }) {
    let found: CustomAction[];
    let what: string;
    if (id !== undefined) {
      const action = await customActionById(context, webUrl, id, scope);
      found = action ? [action] : [];
      what = `id '${id}'`;
    } else if (title !== undefined) {
      found = await customActions(context, webUrl, scope, `Title eq ${literal(title)} and startswith(Location,'${APPLICATION_CUSTOMIZER}')`);
      what = `title '${title}'`;
    } else {
      found = await customActions(context, webUrl, scope, `ClientSideComponentId eq guid${literal(clientSideComponentId ?? '')} and startswith(Location,'${APPLICATION_CUSTOMIZER}')`);
      what = `ClientSideComponentId '${clientSideComponentId ?? ''}'`;
    }
    if (found.length === 0) throw new ActionError(`No application customizer with ${what} found`);
    if (found.length > 1) throw new ActionError(`Multiple application customizer with ${what} found. Found: ${found.map((a) => a.Id).join(', ')}.`, { hint: 'Name it by --id.' });
    const url = `${trimSlashes(webUrl)}/_api/${found[0].Scope === 2 ? 'Site' : 'Web'}/UserCustomActions(${guidLiteral(found[0].Id)})`;
    await context.http.request({ method: 'DELETE', url, headers: { ...ACCEPT.sharepoint } });
    return undefined;
  },
});
