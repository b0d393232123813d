import { ActionError } from '../../errors.js';
import { command, isHttpStatus, literal, opt, query, rules, segment, type PermissionSpec } from '../kit/index.js';
import type { CommandContext } from '../types.js';
import { allOf } from '../entra/permissions.js';
import { GRAPH_JSON, graphUrl } from './shared.js';

/** Installing any catalog app (the `…Self…` permissions install only the calling app itself). */
const FOR_TEAM = ['TeamsAppInstallation.ReadWriteForTeam.All', 'Group.ReadWrite.All', 'Directory.ReadWrite.All'];
const FOR_USER = ['TeamsAppInstallation.ReadWriteForUser.All'];

interface Target {
  readonly teamId?: string;
  readonly userId?: string;
  readonly name?: string;
}

function permissionsFor(o: Target): PermissionSpec {
  const lookups = [o.name !== undefined ? ['AppCatalog.Read.All', 'AppCatalog.ReadWrite.All', 'Directory.Read.All'] : [], o.userId !== undefined ? ['User.Read.All', 'Directory.Read.All'] : []];
  return { graph: allOf(o.teamId !== undefined ? FOR_TEAM : FOR_USER, ...lookups) };
}

/**
 * `teams app install`: installs an app of the Teams app catalog (by catalog id or name) in a team, or in a user's
 * personal scope. Prints nothing.
 */
export const teamsAppInstall = command({
  name: 'teams app install',
  description: 'Installs a Microsoft Teams team app from the catalog in a Microsoft Teams team or for a user',
  resource: 'graph',
  readOnly: false,
  permissions: { graph: FOR_TEAM },
  permissionsWhen: permissionsFor,
  options: {
    id: opt.guid('Catalog id of the app (from teams app list, not the manifest id). Specify id or name.', { short: 'i' }),
    name: opt.string('Display name of the app.', { short: 'n' }),
    teamId: opt.guid('Id of the team to install the app in.'),
    userId: opt.guid('Id of the user to install a personal app for.'),
    userName: opt.string('User principal name of the user to install a personal app for.'),
  },
  rules: [rules.exactlyOne('id', 'name'), rules.exactlyOne('teamId', 'userId', 'userName')],
  async run(context, o) {
    // Graph takes an installation for an unknown user id without complaint: check that the user exists first.
    if (o.userId !== undefined) await assertUser(context, o.userId);
    const appId = o.id ?? (await catalogAppId(context, o.name ?? ''));
    const target = o.teamId !== undefined ? `teams/${segment(o.teamId)}` : `users/${segment(o.userId ?? o.userName ?? '')}/teamwork`;
    const body = { 'teamsApp@odata.bind': graphUrl(context, `appCatalogs/teamsApps/${segment(appId)}`) };
    await context.http.request({ method: 'POST', url: graphUrl(context, `${target}/installedApps`), headers: { ...GRAPH_JSON }, body });
    return undefined;
  },
});

async function assertUser(context: CommandContext, id: string): Promise<void> {
  try {
    await context.http.request({ url: graphUrl(context, `users/${segment(id)}?$select=userPrincipalName`), headers: { ...GRAPH_JSON } });
  } catch (error) {
    if (!isHttpStatus(error, 404)) throw error;
    throw new ActionError(`User with ID ${id} not found. Original error: ${error.message}`, { cause: error });
  }
}

async function catalogAppId(context: CommandContext, name: string): Promise<string> {
  const url = graphUrl(context, `appCatalogs/teamsApps${query({ $filter: `displayName eq ${literal(name)}` })}`);
  const apps = await context.http.getAll<{ id: string }>(url, { ...GRAPH_JSON });
  if (apps.length === 0) throw new ActionError('The specified Teams app does not exist', { hint: "List the catalog with 'teams app list'." });
  if (apps.length > 1) throw new ActionError(`Multiple Teams apps with name ${name} found. Found: ${apps.map((a) => a.id).join(', ')}.`, { hint: 'Use --id to pick one.' });
  return apps[0].id;
}
