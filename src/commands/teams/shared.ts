/**
 * What the `teams` commands share: Graph URLs, the team id of a team name (Graph's `teams` list), the channel of a
 * channel name, Teams channel id checks, and the permissions of reading teams and channels.
 */
import { ActionError } from '../../errors.js';
import { literal, query, segment } from '../kit/index.js';
import type { CommandContext } from '../types.js';
import { GRAPH_JSON, graphUrl } from '../entra/shared.js';

export { GRAPH_JSON, graphUrl };

/** Reading teams (the `teams` list and one team), least privileged first; RSC permissions never reach an app's token. */
export const READ_TEAMS = ['Team.ReadBasic.All', 'TeamSettings.Read.All', 'TeamSettings.ReadWrite.All'];
/** Reading channels, least privileged first. */
export const READ_CHANNELS = ['Channel.ReadBasic.All', 'ChannelSettings.Read.All', 'ChannelSettings.ReadWrite.All', 'Group.Read.All', 'Group.ReadWrite.All', 'Directory.Read.All'];

const CHANNEL_ID = /^19:[0-9a-zA-Z-_]+@thread\.(skype|tacv2)$/i;

/** The CLI's message for a value that is not a Teams channel id (`19:…@thread.tacv2`). */
export function invalidChannelId(value: string | undefined, message = `${value ?? ''} is not a valid Teams channel id`): string | undefined {
  return value !== undefined && !CHANNEL_ID.test(value) ? message : undefined;
}

/** The id of the team with this display name, or the CLI's errors. */
export async function teamIdByName(context: CommandContext, name: string): Promise<string> {
  const url = graphUrl(context, `teams${query({ $filter: `displayName eq ${literal(name)}`, $select: 'id' })}`);
  const teams = await context.http.getAll<{ id: string }>(url, { ...GRAPH_JSON });
  if (teams.length === 0) throw new ActionError(`The specified team '${name}' does not exist.`);
  if (teams.length > 1) throw new ActionError(`Multiple teams with name '${name}' found. Found: ${teams.map((t) => t.id).join(', ')}.`, { hint: 'Use the team id instead of its name.' });
  return teams[0].id;
}

/** The team's id: as given, or looked up by display name. */
export function teamId(context: CommandContext, team: { id?: string; name?: string }): Promise<string> {
  return team.id !== undefined ? Promise.resolve(team.id) : teamIdByName(context, team.name ?? '');
}

/** The channel of the team with this display name (names are unique within a team). */
export async function channelByName<T>(context: CommandContext, team: string, name: string): Promise<T> {
  const url = graphUrl(context, `teams/${segment(team)}/channels${query({ $filter: `displayName eq ${literal(name)}` })}`);
  const channels = await context.http.getAll<T>(url, { ...GRAPH_JSON });
  if (channels.length === 0) throw new ActionError(`The channel '${name}' does not exist in the Microsoft Teams team with ID '${team}'.`);
  return channels[0];
}

/** One team with every property (settings included). */
export async function getTeam(context: CommandContext, id: string): Promise<Record<string, unknown>> {
  return (await context.http.request<Record<string, unknown>>({ url: graphUrl(context, `teams/${segment(id)}`), headers: { ...GRAPH_JSON } })).body;
}
