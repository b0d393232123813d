import { ActionError } from '../../errors.js';
import { ACCEPT, command, literal, opt, query, segment } from '../kit/index.js';
import type { CommandContext } from '../types.js';
import { graphSiteId, type SitePermission } from './shared-sites.js';

const ROLES = ['read', 'write', 'manage', 'fullcontrol'] as const;

/**
 * `spo site apppermission add`: grants an Entra app a permission on a site (Graph `sites/{id}/permissions`, the
 * Sites.Selected model). Graph grants only read or write at first: manage and full control are set by an update right
 * after, as the CLI does. The result is the permission.
 */
export const spoSiteAppPermissionAdd = command({
  name: 'spo site apppermission add',
  description: 'Adds an application permissions to the site',
  resource: 'graph',
  readOnly: false,
  permissions: { graph: [['Sites.FullControl.All', 'Application.Read.All']] },
  permissionsWhen: (o) => ({ graph: o.appId !== undefined && o.appDisplayName !== undefined ? ['Sites.FullControl.All'] : [['Sites.FullControl.All', 'Application.Read.All']] }),
  options: {
    siteUrl: opt.url('URL of the site collection to add the permission to.', { short: 'u', required: true }),
    permission: opt.enum(ROLES, 'Permission to the site: read, write, manage or fullcontrol.', { short: 'p', required: true }),
    appId: opt.guid('Client ID of the Entra app to grant the permission to.', { short: 'i' }),
    appDisplayName: opt.string('Display name of the Entra app to grant the permission to.', { short: 'n' }),
  },
  validate: (o) => (o.appId === undefined && o.appDisplayName === undefined ? 'Specify appId or appDisplayName (or both, which saves a lookup).' : undefined),
  async run(context, o) {
    const siteId = await graphSiteId(context, o.siteUrl);
    const app = await appInfo(context, o);
    const permissions = `${context.cloud.graph}/v1.0/sites/${segment(siteId)}/permissions`;
    const elevate = o.permission === 'manage' || o.permission === 'fullcontrol';
    const created = await context.http.request<SitePermission>({
      method: 'POST',
      url: permissions,
      headers: { ...ACCEPT.graph },
      body: { roles: [elevate ? 'write' : o.permission], grantedToIdentities: [{ application: { id: app.appId, displayName: app.displayName } }] },
    });
    if (!elevate) return created.body;
    const updated = await context.http.request<SitePermission>({ method: 'PATCH', url: `${permissions}/${segment(created.body.id)}`, headers: { ...ACCEPT.graph }, body: { roles: [o.permission] } });
    return updated.body;
  },
});

/** The app's ID and name: as given when both are, else from its service principal. */
async function appInfo(context: CommandContext, o: { appId?: string; appDisplayName?: string }): Promise<{ appId: string; displayName: string }> {
  if (o.appId !== undefined && o.appDisplayName !== undefined) return { appId: o.appId, displayName: o.appDisplayName };
  const filter = o.appId !== undefined ? `appId eq ${literal(o.appId)}` : `displayName eq ${literal(o.appDisplayName ?? '')}`;
  const url = `${context.cloud.graph}/v1.0/servicePrincipals${query({ $select: 'appId,displayName', $filter: filter })}`;
  const found = (await context.http.request<{ value?: { appId: string; displayName: string }[] }>({ url, headers: { ...ACCEPT.graph } })).body.value ?? [];
  if (found.length === 0) throw new ActionError('The specified Microsoft Entra app does not exist', { hint: `No service principal has ${o.appId !== undefined ? `appId ${o.appId}` : `the name '${o.appDisplayName}'`} in this tenant.` });
  if (found.length > 1) throw new ActionError(`Multiple Microsoft Entra apps with displayName ${o.appDisplayName} found: ${found.map((a) => a.appId).join(',')}`, { hint: 'Use --appId.' });
  return found[0];
}
