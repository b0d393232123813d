import { command, opt, rules, segment } from '../kit/index.js';
import { CONSENT_PERMISSIONS, ensurePrincipal, grantAdminConsent, mergeRequiredAccess, resolvePermissions, type Consent, type RequiredResourceAccess } from './api-permissions.js';
import { GRAPH_JSON, getApp, graphUrl } from './shared.js';

const WRITE = ['Application.ReadWrite.OwnedBy', 'Application.ReadWrite.All'];

/** Space-separated, as the CLI takes them. */
function words(value: string | undefined): string[] {
  return (value ?? '').split(' ').map((w) => w.trim()).filter((w) => w !== '');
}

/**
 * `entra app permission add`: adds fully qualified application and/or delegated permissions
 * (`https://graph.microsoft.com/Sites.Read.All`) to an app registration, optionally granting admin consent.
 * Prints nothing.
 */
export const entraAppPermissionAdd = command({
  name: 'entra app permission add',
  aliases: ['entra appregistration permission add'],
  description: 'Adds the specified application and/or delegated permissions to a specified Entra app registration',
  resource: 'graph',
  readOnly: false,
  permissions: { graph: WRITE },
  permissionsWhen: ({ grantAdminConsent }) => ({ graph: grantAdminConsent ? WRITE.map((w) => [w, ...CONSENT_PERMISSIONS]) : WRITE }),
  options: {
    appId: opt.guid('Application (client) ID. Specify appId, appName or appObjectId.', { short: 'i' }),
    appName: opt.string('Display name of the application.', { short: 'n' }),
    appObjectId: opt.guid('Object ID of the application.'),
    applicationPermissions: opt.string('Space-separated application permissions, e.g. "https://graph.microsoft.com/Group.Read.All".', { short: 'a' }),
    delegatedPermissions: opt.string('Space-separated delegated permissions, e.g. "https://graph.microsoft.com/User.Read".', { short: 'd' }),
    grantAdminConsent: opt.boolean('Grant admin consent for the added permissions.'),
  },
  rules: [rules.exactlyOne('appId', 'appName', 'appObjectId')],
  validate: (o) => (o.applicationPermissions === undefined && o.delegatedPermissions === undefined ? 'Specify at least applicationPermissions or delegatedPermissions.' : undefined),
  async run(context, o) {
    const app = await getApp<{ id: string; appId: string; requiredResourceAccess?: RequiredResourceAccess[] }>(
      context,
      { appId: o.appId, name: o.appName, objectId: o.appObjectId },
      ['id', 'appId', 'requiredResourceAccess'],
    );
    const resolved: RequiredResourceAccess[] = [];
    const consent: Consent[] = [];
    await resolvePermissions(context, words(o.delegatedPermissions), 'Scope', resolved, consent);
    await resolvePermissions(context, words(o.applicationPermissions), 'Role', resolved, consent);
    const requiredResourceAccess = mergeRequiredAccess(app.requiredResourceAccess ?? [], resolved);
    await context.http.request({ method: 'PATCH', url: graphUrl(context, `applications/${segment(app.id)}`), headers: { ...GRAPH_JSON }, body: { requiredResourceAccess } });
    if (o.grantAdminConsent) await grantAdminConsent(context, await ensurePrincipal(context, app.appId), consent);
    return undefined;
  },
});
