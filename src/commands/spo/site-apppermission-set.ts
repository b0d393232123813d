import { ActionError } from '../../errors.js';
import { ACCEPT, command, opt, rules, segment } from '../kit/index.js';
import { grantedTo, graphSiteId, sitePermissions, type SitePermission } from './shared-sites.js';

/** `spo site apppermission set`: changes the role of an application permission of a site; the result is the permission. */
export const spoSiteAppPermissionSet = command({
  name: 'spo site apppermission set',
  description: 'Updates a specific application permission for a site',
  resource: 'graph',
  readOnly: false,
  permissions: { graph: ['Sites.FullControl.All'] },
  options: {
    siteUrl: opt.url('URL of the site collection where the permission is.', { short: 'u', required: true }),
    id: opt.string('ID of the permission to update. Specify id, appId or appDisplayName.', { short: 'i' }),
    appId: opt.guid('Client ID of the Entra app whose permission to update.'),
    appDisplayName: opt.string('Display name of the Entra app whose permission to update.', { short: 'n' }),
    permission: opt.enum(['read', 'write', 'manage', 'fullcontrol'], 'Permission to the site: read, write, manage or fullcontrol.', { short: 'p', required: true }),
  },
  rules: [rules.exactlyOne('id', 'appId', 'appDisplayName')],
  async run(context, o) {
    const siteId = await graphSiteId(context, o.siteUrl);
    const id = o.id ?? (await permissionOf(await sitePermissions(context, siteId), o));
    const url = `${context.cloud.graph}/v1.0/sites/${segment(siteId)}/permissions/${segment(id)}`;
    return (await context.http.request<SitePermission>({ method: 'PATCH', url, headers: { ...ACCEPT.graph }, body: { roles: [o.permission] } })).body;
  },
});

function permissionOf(permissions: readonly SitePermission[], app: { appId?: string; appDisplayName?: string }): string {
  const found = permissions.filter((p) => grantedTo(p, app));
  if (found.length === 0) throw new ActionError('The specified app permission does not exist', { hint: "List the site's app permissions with 'spo site apppermission list'." });
  if (found.length > 1) throw new ActionError(`Multiple app permissions with displayName ${app.appDisplayName} found: ${found.map((p) => p.id).join(',')}`, { hint: 'Use --id.' });
  return found[0].id;
}
