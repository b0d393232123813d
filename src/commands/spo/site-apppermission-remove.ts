import { ACCEPT, command, opt, rules, segment } from '../kit/index.js';
import { grantedTo, graphSiteId, sitePermissions } from './shared-sites.js';

/**
 * `spo site apppermission remove`: revokes the application permission with the ID, or every permission of the app.
 * `--force` is accepted for pasted lines. Like the CLI, it prints nothing: the result is empty.
 */
export const spoSiteAppPermissionRemove = command({
  name: 'spo site apppermission remove',
  description: 'Removes a specific application permission from a site',
  resource: 'graph',
  readOnly: false,
  permissions: { graph: ['Sites.FullControl.All'] },
  options: {
    siteUrl: opt.url('URL of the site collection where the permission is.', { short: 'u', required: true }),
    appId: opt.guid('App ID whose permissions to remove.'),
    appDisplayName: opt.string('App display name whose permissions to remove.', { short: 'n' }),
    id: opt.string('ID of the permission to remove.', { short: 'i' }),
    force: opt.boolean("Don't prompt for confirmation (there is never a prompt here).", { short: 'f' }),
  },
  rules: [rules.exactlyOne('appId', 'appDisplayName', 'id')],
  async run(context, o) {
    const siteId = await graphSiteId(context, o.siteUrl);
    const ids = o.id !== undefined ? [o.id] : (await sitePermissions(context, siteId)).filter((p) => grantedTo(p, o)).map((p) => p.id);
    for (const id of ids) {
      await context.http.request({ method: 'DELETE', url: `${context.cloud.graph}/v1.0/sites/${segment(siteId)}/permissions/${segment(id)}`, headers: { ...ACCEPT.graph } });
    }
    return undefined;
  },
});
