/**
 * What the `entra` commands share: Graph URLs, lookups of apps, groups and users by name (each an error naming the
 * value when nothing or more than one matches), member lists and member writes, the `.m365rc.json` file of `--save`,
 * and the hand-over of created secrets to masked outputs (`secretOutput`).
 */
import { ActionError } from '../../errors.js';
import { ACCEPT, isHttpStatus, literal, query, segment, splitList } from '../kit/index.js';
import type { CommandContext } from '../types.js';

/** `https://graph.microsoft.com/v1.0/<path>` of the run's cloud. */
export function graphUrl(context: CommandContext, path: string): string {
  return `${context.cloud.graph}/v1.0/${path}`;
}

/** Graph's JSON without OData annotations, as the CLI asks for it. */
export const GRAPH_JSON: Readonly<Record<string, string>> = ACCEPT.graph;

/** Comma-separated values (ids, user names), trimmed, empty ones dropped. */
export const splitValues = splitList;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The CLI's message for a comma-separated option holding something that is not a GUID. */
export function invalidGuids(option: string, value: string | undefined): string | undefined {
  const invalid = splitList(value).filter((id) => !GUID.test(id));
  return invalid.length > 0 ? `The following GUIDs are invalid for the option '${option}': ${invalid.join(', ')}.` : undefined;
}

/** The CLI's message for a comma-separated option holding something that is not a user principal name. */
export function invalidUserNames(option: string, value: string | undefined): string | undefined {
  const invalid = splitList(value).filter((upn) => !/^[^@\s]+@[^@\s]+$/.test(upn));
  return invalid.length > 0 ? `The following user principal names are invalid for the option '${option}': ${invalid.join(', ')}.` : undefined;
}

/**
 * `--properties a,b,manager/displayName` as OData: plain names go to `$select`, `x/y` become `$expand=x($select=y)`
 * (what the CLI does for member and user lists).
 */
export function selectAndExpand(properties: readonly string[]): { $select: string[]; $expand: string[] } {
  const expand = new Map<string, string[]>();
  for (const path of properties.filter((p) => p.includes('/'))) {
    const [navigation, property] = path.split('/', 2);
    expand.set(navigation, [...(expand.get(navigation) ?? []), property]);
  }
  return { $select: properties.filter((p) => !p.includes('/')), $expand: [...expand].map(([nav, props]) => `${nav}($select=${props.join(',')})`) };
}

/** The one item of a lookup by name, or the CLI's errors for none and for several (where it would prompt). */
function single<T extends { id?: string }>(items: readonly T[], notFound: string, several: string, hint: string): T {
  if (items.length === 0) throw new ActionError(notFound);
  if (items.length > 1) throw new ActionError(`${several} Found: ${items.map((i) => i.id).join(', ')}.`, { hint });
  return items[0];
}

/** How the app commands name an app registration (the option names differ between commands; the values do not). */
export interface AppReference {
  readonly appId?: string;
  readonly objectId?: string;
  readonly name?: string;
}

/** The app registration, by object id (one request) or by appId / display name (a filtered list). */
export async function getApp<T extends { id?: string }>(context: CommandContext, app: AppReference, properties?: readonly string[]): Promise<T> {
  const applications = graphUrl(context, 'applications');
  if (app.objectId !== undefined) {
    try {
      const url = `${applications}/${segment(app.objectId)}${query({ $select: properties ?? [] })}`;
      return (await context.http.request<T>({ url, headers: { ...GRAPH_JSON } })).body;
    } catch (error) {
      // The CLI turns Graph's 404 into this message.
      if (isHttpStatus(error, 404)) throw new ActionError(`App with objectId '${app.objectId}' not found in Microsoft Entra ID.`, { cause: error });
      throw error;
    }
  }
  const [field, value, filter] = app.appId !== undefined ? ['appId', app.appId, `appId eq ${literal(app.appId)}`] : ['name', app.name ?? '', `displayName eq ${literal(app.name ?? '')}`];
  const apps = await context.http.getAll<T>(`${applications}${query({ $filter: filter, $select: properties ?? [] })}`, { ...GRAPH_JSON });
  return single(apps, `App with ${field} '${value}' not found in Microsoft Entra ID.`, `Multiple apps with name '${value}' found in Microsoft Entra ID.`, 'Use --appId or --objectId to pick one.');
}

/** The object id of the app registration (no request when it is given). */
export async function appObjectId(context: CommandContext, app: AppReference): Promise<string> {
  if (app.objectId !== undefined) return app.objectId;
  const found = await getApp<{ id: string }>(context, app, ['id']);
  return found.id;
}

/** The group with this display name, or the CLI's errors. */
export async function getGroupByName<T extends { id?: string }>(context: CommandContext, displayName: string, properties: readonly string[] = []): Promise<T> {
  const url = graphUrl(context, `groups${query({ $filter: `displayName eq ${literal(displayName)}`, $select: properties })}`);
  const groups = await context.http.getAll<T>(url, { ...GRAPH_JSON });
  return single(groups, `The specified group '${displayName}' does not exist.`, `Multiple groups with name '${displayName}' found.`, 'Use the group id instead of its name.');
}

/** The group's id: as given, or looked up by display name. */
export async function groupId(context: CommandContext, group: { id?: string; name?: string }): Promise<string> {
  if (group.id !== undefined) return group.id;
  return (await getGroupByName<{ id: string }>(context, group.name ?? '', ['id'])).id;
}

/** Fails unless the group is a Microsoft 365 group (`groupTypes` holds `Unified`). */
export async function assertUnifiedGroup(context: CommandContext, id: string, message: string): Promise<void> {
  const url = graphUrl(context, `groups/${segment(id)}?$select=groupTypes`);
  const group = (await context.http.request<{ groupTypes?: string[] }>({ url, headers: { ...GRAPH_JSON } })).body;
  if (!(group.groupTypes ?? []).includes('Unified')) throw new ActionError(message, { hint: "List Microsoft 365 groups with 'entra m365group list'." });
}

/** The ids of users given by user principal name; an unknown name fails with that name. */
export async function userIdsByNames(context: CommandContext, names: readonly string[]): Promise<string[]> {
  const ids: string[] = [];
  for (const name of names) {
    try {
      const url = graphUrl(context, `users/${segment(name)}?$select=id`);
      ids.push((await context.http.request<{ id: string }>({ url, headers: { ...GRAPH_JSON } })).body.id);
    } catch (error) {
      if (isHttpStatus(error, 404)) throw new ActionError(`The specified user with user name '${name}' does not exist.`, { cause: error });
      throw error;
    }
  }
  return ids;
}

/** The ids of groups given by display name (each must name exactly one group). */
export async function groupIdsByNames(context: CommandContext, names: readonly string[]): Promise<string[]> {
  const ids: string[] = [];
  for (const name of names) ids.push(await groupId(context, { name }));
  return ids;
}

/** Graph binds at most 20 directory objects per request. */
const BIND_CHUNK = 20;

/** Adds directory objects to a group's members or owners, 20 per `PATCH` (`members@odata.bind`), like the CLI. */
export async function bindToGroup(context: CommandContext, id: string, kind: 'members' | 'owners', objectIds: readonly string[]): Promise<void> {
  for (let i = 0; i < objectIds.length; i += BIND_CHUNK) {
    const references = objectIds.slice(i, i + BIND_CHUNK).map((objectId) => graphUrl(context, `directoryObjects/${segment(objectId)}`));
    await context.http.request({ method: 'PATCH', url: graphUrl(context, `groups/${segment(id)}`), headers: { ...GRAPH_JSON }, body: { [`${kind}@odata.bind`]: references } });
  }
}

/** A member as the member lists print it: the user's properties and its roles in the group. */
export type Member = Record<string, unknown> & { id: string; roles: ('Owner' | 'Member')[] };

export interface MemberListOptions {
  readonly role?: 'Owner' | 'Member';
  readonly properties?: string;
  readonly filter?: string;
}

/**
 * The owners and members of a group, merged into one list with each one's roles (owners first), like the CLI's
 * `group member list` and `m365group user list`. `path` is `owners`/`members` optionally followed by a cast.
 */
export async function listGroupMembers(context: CommandContext, id: string, options: MemberListOptions, cast: string, defaults: string): Promise<Member[]> {
  const properties = options.properties === undefined ? splitList(defaults) : [...splitList(options.properties).filter((p) => p.toLowerCase() !== 'id'), 'id'];
  const select = selectAndExpand(properties);
  const fetch = async (kind: 'owners' | 'members'): Promise<Record<string, unknown>[]> => {
    const url = graphUrl(context, `groups/${segment(id)}/${kind}${cast}${query(select)}`);
    if (options.filter === undefined) return context.http.getAll(url, { ...GRAPH_JSON });
    // Graph filters directory-object relationships only as an advanced query.
    const filtered = `${url}&$filter=${encodeURIComponent(options.filter)}&$count=true`;
    return context.http.getAll(filtered, { ...GRAPH_JSON, ConsistencyLevel: 'eventual' });
  };
  const members: Member[] = [];
  if (options.role !== 'Member') for (const owner of await fetch('owners')) members.push({ ...owner, id: String(owner.id), roles: ['Owner'] });
  if (options.role !== 'Owner') {
    for (const member of await fetch('members')) {
      const known = members.find((m) => m.id === member.id);
      if (known) known.roles.push('Member');
      else members.push({ ...member, id: String(member.id), roles: ['Member'] });
    }
  }
  return members;
}

/** Fails before anything is created when the host cannot take a secret the command would create (output `<id>-<name>`). */
export function assertSecretOutput(context: CommandContext, what: string, name: string): NonNullable<CommandContext['secretOutput']> {
  if (context.secretOutput === undefined) {
    throw new ActionError(`This run cannot hand out the ${what} the command would create, so nothing was created.`, {
      hint: `Run the command in the GitHub Action or the Azure DevOps task, with an id, to receive it as the masked output <id>-${name}.`,
    });
  }
  return context.secretOutput;
}

interface M365rc {
  apps?: { appId: string; name: string }[];
  [key: string]: unknown;
}

function isMissingFile(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ENOENT';
}

/** The content of `.m365rc.json`: an object, else undefined (the file is then left alone). */
function parseM365rc(text: string): M365rc | undefined {
  const parsed: unknown = JSON.parse(text.trim() === '' ? '{}' : text);
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return undefined;
  const apps: unknown = 'apps' in parsed ? parsed.apps : undefined;
  return apps === undefined || Array.isArray(apps) ? { ...parsed } : undefined;
}

/** `.m365rc.json` of `--save`: records the app (appId and name) once, as the CLI does; a failure is a warning. */
export async function saveAppInfo(context: CommandContext, app: { appId: string; name: string }): Promise<void> {
  const file = '.m365rc.json';
  const giveUp = (problem: string): void => context.log.warning(`Could not update ${file} (${problem}); add the app ${app.appId} to it yourself.`);
  let m365rc: M365rc | undefined = {};
  try {
    m365rc = parseM365rc((await context.files.readFile(file, 1_000_000)).toString('utf8'));
  } catch (error) {
    if (!isMissingFile(error)) return giveUp(error instanceof Error ? error.message : String(error));
  }
  if (m365rc === undefined) return giveUp('it is not a JSON object with an apps list');
  const apps = m365rc.apps ?? [];
  if (apps.some((a) => a.appId === app.appId)) return;
  try {
    await context.files.writeFile(file, JSON.stringify({ ...m365rc, apps: [...apps, app] }, null, 2));
  } catch (error) {
    giveUp(error instanceof Error ? error.message : String(error));
  }
}
