import { ACCEPT, command, guidLiteral, literal, opt, rules, trimSlashes } from '../kit/index.js';
import type { CommandContext } from '../types.js';
import { CUSTOM_ACTION_SCOPES, customActions, onlyCustomAction } from './shared-config-a.js';

/** Deletes a custom action of one scope; true when SharePoint had it (it answers `odata.null` otherwise). */
async function removeIn(context: CommandContext, webUrl: string, scope: 'Site' | 'Web', id: string): Promise<boolean> {
  const url = `${trimSlashes(webUrl)}/_api/${scope}/UserCustomActions(${guidLiteral(id)})`;
  const { body } = await context.http.request<unknown>({ method: 'POST', url, headers: { ...ACCEPT.sharepoint, 'x-http-method': 'DELETE' } });
  return !(body !== null && typeof body === 'object' && 'odata.null' in body);
}

/**
 * `spo customaction remove`: removes a user custom action by ID or title, from the web and then (when the web has
 * none with that ID) the site collection, or from the scope given. Like the CLI, it prints nothing, also when no
 * custom action has the ID.
 */
export const spoCustomActionRemove = command({
  name: 'spo customaction remove',
  description: 'Removes the specified custom action',
  resource: 'sharepoint',
  readOnly: false,
  permissions: { sharepoint: ['Sites.FullControl.All'] },
  options: {
    id: opt.guid('ID of the custom action to remove.', { short: 'i' }),
    title: opt.string('Title of the custom action to remove.', { short: 't' }),
    webUrl: opt.site('URL of the site or site collection to remove the custom action from.', { short: 'u', required: true }),
    scope: opt.enum(CUSTOM_ACTION_SCOPES, 'Scope of the custom action: Site, Web or All (default).', { short: 's' }),
    force: opt.boolean("Don't prompt for confirmation (there is never a prompt here).", { short: 'f' }),
  },
  rules: [rules.exactlyOne('id', 'title')],
  async run(context, { id, title, webUrl, scope }) {
    if (title !== undefined) {
      // One search over the scope(s), so that a title finds a site collection's custom action too.
      const action = onlyCustomAction(await customActions(context, webUrl, scope, `Title eq ${literal(title)}`), `title '${title}'`);
      await removeIn(context, webUrl, action.Scope === 2 ? 'Site' : 'Web', action.Id);
      return undefined;
    }
    for (const s of scope === undefined || scope === 'All' ? (['Web', 'Site'] as const) : [scope]) {
      if (await removeIn(context, webUrl, s, id ?? '')) break;
    }
    return undefined;
  },
});
