import { ACCEPT, command, opt, rules, segment } from '../kit/index.js';
import { grantedTo, graphSiteId, sitePermissions, type SitePermission } from './shared-sites.js';

/**
 * `spo site apppermission list`: the application permissions of a site, optionally of one app, one row per app and
 * permission (`appDisplayName`, `appId`, `permissionId`, `roles`), as the CLI prints them.
 */
export const spoSiteAppPermissionList = command({
  name: 'spo site apppermission list',
  description: 'Lists application permissions for a site',
  resource: 'graph',
  readOnly: true,
  permissions: { graph: ['Sites.FullControl.All'] },
  options: {
    siteUrl: opt.url('URL of the site collection.', { short: 'u', required: true }),
    appId: opt.string('ID of the application to filter by.', { short: 'i' }),
    appDisplayName: opt.string('Display name of the application to filter by.', { short: 'n' }),
  },
  rules: [rules.atMostOne('appId', 'appDisplayName')],
  async run(context, o) {
    const siteId = await graphSiteId(context, o.siteUrl);
    const all = await sitePermissions(context, siteId);
    const wanted = o.appId !== undefined || o.appDisplayName !== undefined ? all.filter((p) => grantedTo(p, o)) : all;
    // The list does not carry the roles: each permission is read on its own, as the CLI does.
    const permissions = await Promise.all(
      wanted.map(async (p) => (await context.http.request<SitePermission>({ url: `${context.cloud.graph}/v1.0/sites/${segment(siteId)}/permissions/${segment(p.id)}`, headers: { ...ACCEPT.graph } })).body),
    );
    return permissions.flatMap((p) =>
      (p.grantedToIdentities ?? []).map(({ application }) => ({ appDisplayName: application?.displayName, appId: application?.id, permissionId: p.id, roles: p.roles })),
    );
  },
});
