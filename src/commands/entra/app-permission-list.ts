import { command, opt, rules } from '../kit/index.js';
import type { CommandContext } from '../types.js';
import { principalOfApp, type ApiPrincipal, type RequiredResourceAccess } from './api-permissions.js';
import { getApp } from './shared.js';

const TYPES = ['delegated', 'application', 'all'] as const;

interface ListedPermission {
  resource: string;
  resourceId: string;
  permission: string;
  type: 'Application' | 'Delegated';
}

/**
 * `entra app permission list`: the API permissions an app registration asks for, each named by its API's service
 * principal (display name and permission value; the raw ids where the API has no service principal in the tenant).
 */
export const entraAppPermissionList = command({
  name: 'entra app permission list',
  description: 'Lists the application and delegated permissions for a specified Entra Application Registration',
  resource: 'graph',
  readOnly: true,
  permissions: { graph: ['Application.Read.All', 'Application.ReadWrite.OwnedBy', 'Application.ReadWrite.All'] },
  options: {
    appId: opt.guid('Application (client) ID. Specify appId, appName or appObjectId.', { short: 'i' }),
    appName: opt.string('Display name of the application.', { short: 'n' }),
    appObjectId: opt.guid('Object ID of the application.'),
    type: opt.enum(TYPES, 'Which permissions: delegated, application or all (default).'),
  },
  rules: [rules.exactlyOne('appId', 'appName', 'appObjectId')],
  async run(context, { appId, appName, appObjectId, type = 'all' }) {
    const app = await getApp<{ id: string; requiredResourceAccess?: RequiredResourceAccess[] }>(context, { appId, name: appName, objectId: appObjectId }, ['id', 'requiredResourceAccess']);
    const listed: ListedPermission[] = [];
    for (const api of app.requiredResourceAccess ?? []) {
      const wanted = api.resourceAccess.filter((a) => type === 'all' || (type === 'application') === (a.type === 'Role'));
      if (wanted.length === 0) continue;
      const principal = await apiPrincipal(context, api.resourceAppId);
      for (const access of wanted) {
        const exposed = (access.type === 'Role' ? principal?.appRoles : principal?.oauth2PermissionScopes) ?? [];
        listed.push({
          resource: principal?.displayName ?? api.resourceAppId,
          resourceId: api.resourceAppId,
          permission: exposed.find((p) => p.id === access.id)?.value ?? access.id,
          type: access.type === 'Role' ? 'Application' : 'Delegated',
        });
      }
    }
    return listed;
  },
});

/** The API's service principal with its roles and scopes, asked once per run for each API. */
function apiPrincipal(context: CommandContext, appId: string): Promise<ApiPrincipal | undefined> {
  return context.once(`apiPrincipal:${appId}`, () => principalOfApp(context, appId));
}
