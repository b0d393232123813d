/**
 * Graph `teams`: list (`$filter` on displayName, `$select`, paging), get, a user's joined and associated teams,
 * channels (list with `$filter`, get, primaryChannel, create), the tabs of a channel (`$expand=teamsApp`) and the apps
 * installed in a team (install). Teams answer with Teams' own error codes (`NotFound`, `BadRequest`).
 */
import { createHash, randomUUID } from 'node:crypto';
import type { EmulatorRequest, EmulatorResponse, Route, TenantState } from '../../types.js';
import { GRAPH, boundId, created, filterOf, graphError, isResponse, jsonBody, ok, pagedCollection, project } from './graph-odata.js';
import { findGroup } from './groups.js';
import { graphOf } from './state.js';
import { teamsAppJson } from './teams-apps.js';
import { findUser } from './users.js';

export interface Channel {
  id: string;
  displayName: string;
  description: string | null;
  membershipType: 'standard' | 'private' | 'shared';
  createdDateTime: string;
  isFavoriteByDefault: boolean | null;
  email: string;
  tabs: Tab[];
  /** Owners of a private or shared channel (user ids). */
  owners: string[];
}

export interface Tab {
  id: string;
  displayName: string;
  teamsAppId: string;
  contentUrl: string;
  dateAdded: string;
}

/** A team; its id is the id of its Microsoft 365 group, which holds the name, description, visibility and members. */
export interface Team {
  id: string;
  internalId: string;
  createdDateTime: string;
  isArchived: boolean;
  channels: Channel[];
  /** Catalog ids of the apps installed in the team. */
  installedApps: string[];
}

/** Least privileged first (resource-specific consent permissions never appear in a tenant-wide token). */
const TEAM_LIST_ROLES = ['Team.ReadBasic.All', 'TeamSettings.Read.All', 'TeamSettings.ReadWrite.All'];
const TEAM_GET_ROLES = ['Team.ReadBasic.All', 'TeamSettings.Read.All', 'TeamSettings.ReadWrite.All', 'Group.Read.All', 'Group.ReadWrite.All', 'Directory.Read.All', 'Directory.ReadWrite.All'];
const USER_TEAMS_ROLES = ['Team.ReadBasic.All', 'TeamSettings.Read.All', 'TeamSettings.ReadWrite.All'];
const CHANNEL_READ_ROLES = ['Channel.ReadBasic.All', 'ChannelSettings.Read.All', 'ChannelSettings.ReadWrite.All', 'Group.Read.All', 'Group.ReadWrite.All', 'Directory.Read.All', 'Directory.ReadWrite.All'];
const CHANNEL_CREATE_ROLES = ['Channel.Create', 'Group.ReadWrite.All', 'Directory.ReadWrite.All', 'Teamwork.Migrate.All'];
const TAB_READ_ROLES = ['TeamsTab.Read.All', 'TeamsTab.ReadWriteSelfForTeam.All', 'TeamsTab.ReadWriteForTeam.All', 'TeamsTab.ReadWrite.All', 'Group.Read.All', 'Group.ReadWrite.All', 'Directory.Read.All', 'Directory.ReadWrite.All'];
const TEAM_APP_INSTALL_ROLES = [
  'TeamsAppInstallation.ReadWriteSelfForTeam.All',
  'TeamsAppInstallation.ReadWriteSelectedForTeam.All',
  'TeamsAppInstallation.ReadWriteForTeam.All',
  'TeamsAppInstallation.ReadWriteAndConsentSelfForTeam.All',
  'TeamsAppInstallation.ReadWriteAndConsentForTeam.All',
  'Group.ReadWrite.All',
  'Directory.ReadWrite.All',
];

/** A Teams-style thread id (`19:…@thread.tacv2`), stable for a name. */
export function threadId(seed: string): string {
  return `19:${createHash('sha256').update(seed).digest('hex').slice(0, 32)}@thread.tacv2`;
}

function teamsError(status: number, code: string, message: string): EmulatorResponse {
  return graphError(status, code, message);
}

export function findTeam(state: TenantState, id: string): Team | undefined {
  return graphOf(state).teams.find((t) => t.id === id.toLowerCase());
}

function teamJson(team: Team, state: TenantState): Record<string, unknown> {
  const group = findGroup(state, team.id);
  return {
    id: team.id,
    createdDateTime: team.createdDateTime,
    displayName: group?.displayName ?? '',
    description: group?.description ?? null,
    internalId: team.internalId,
    classification: null,
    specialization: 'none',
    visibility: (group?.visibility ?? 'public').toLowerCase(),
    webUrl: `https://teams.microsoft.com/l/team/${encodeURIComponent(team.internalId)}/conversations?groupId=${team.id}&tenantId=${state.tenantId}`,
    isArchived: team.isArchived,
    tenantId: state.tenantId,
    isMembershipLimitedToOwners: false,
    discoverySettings: { showInTeamsSearchAndSuggestions: true },
    summary: null,
    memberSettings: {
      allowCreateUpdateChannels: true,
      allowCreatePrivateChannels: true,
      allowDeleteChannels: true,
      allowAddRemoveApps: true,
      allowCreateUpdateRemoveTabs: true,
      allowCreateUpdateRemoveConnectors: true,
    },
    guestSettings: { allowCreateUpdateChannels: false, allowDeleteChannels: false },
    messagingSettings: { allowUserEditMessages: true, allowUserDeleteMessages: true, allowOwnerDeleteMessages: true, allowTeamMentions: true, allowChannelMentions: true },
    funSettings: { allowGiphy: true, giphyContentRating: 'moderate', allowStickersAndMemes: true, allowCustomMemes: true },
  };
}

/** What `GET /teams` (and the joined/associated lists) return: the basic properties only. */
function teamBasicJson(team: Team, state: TenantState): Record<string, unknown> {
  const { id, displayName, description, visibility, isArchived, tenantId, internalId } = teamJson(team, state);
  return { id, createdDateTime: null, displayName, description, internalId, classification: null, specialization: null, visibility, webUrl: null, isArchived, tenantId, isMembershipLimitedToOwners: null, memberSettings: null, guestSettings: null, messagingSettings: null, funSettings: null, discoverySettings: null, summary: null };
}

function channelJson(channel: Channel, team: Team, state: TenantState): Record<string, unknown> {
  return {
    id: channel.id,
    createdDateTime: channel.createdDateTime,
    displayName: channel.displayName,
    description: channel.description,
    isFavoriteByDefault: channel.isFavoriteByDefault,
    email: channel.email,
    tenantId: state.tenantId,
    webUrl: `https://teams.microsoft.com/l/channel/${encodeURIComponent(channel.id)}/${encodeURIComponent(channel.displayName)}?groupId=${team.id}&tenantId=${state.tenantId}`,
    membershipType: channel.membershipType,
  };
}

function tabJson(tab: Tab, channel: Channel, team: Team, expandApp: boolean, state: TenantState): Record<string, unknown> {
  const body: Record<string, unknown> = {
    id: tab.id,
    displayName: tab.displayName,
    webUrl: `https://teams.microsoft.com/l/entity/${tab.teamsAppId}/_djb2_msteams_prefix_${tab.id}?label=${encodeURIComponent(tab.displayName)}&groupId=${team.id}&tenantId=${state.tenantId}`,
    configuration: { entityId: `${tab.id}:${channel.id}`, contentUrl: tab.contentUrl, removeUrl: null, websiteUrl: tab.contentUrl, dateAdded: tab.dateAdded },
  };
  const app = graphOf(state).teamsApps.find((a) => a.id === tab.teamsAppId);
  if (expandApp && app) body.teamsApp = teamsAppJson(app);
  return body;
}

/** The team of the path, or Teams' 404. */
function teamOf(params: Record<string, string>, state: TenantState): Team | EmulatorResponse {
  return findTeam(state, params.team) ?? teamsError(404, 'NotFound', `No team found with Group Id ${params.team}`);
}

function channelOf(team: Team, id: string): Channel | EmulatorResponse {
  return team.channels.find((c) => c.id === id) ?? teamsError(404, 'NotFound', `Channel ${id} was not found in team ${team.id}.`);
}

function listTeams(request: EmulatorRequest, _params: Record<string, string>, state: TenantState): EmulatorResponse {
  const test = filterOf(request);
  if (typeof test !== 'function') return test;
  const teams = graphOf(state).teams.filter((t) => test(teamBasicJson(t, state)));
  return pagedCollection(request, 'teams', teams, (t) => teamBasicJson(t, state));
}

function getTeam(request: EmulatorRequest, params: Record<string, string>, state: TenantState): EmulatorResponse {
  const team = teamOf(params, state);
  if (isResponse(team)) return team;
  return ok({ '@odata.context': `${GRAPH}/v1.0/$metadata#teams/$entity`, ...project(teamJson(team, state), request.query.get('$select')) });
}

/** A user's teams: `joinedTeams` (member or owner) or `teamwork/associatedTeams` (the same here: no shared channels). */
function listUserTeams(kind: 'joined' | 'associated') {
  return (request: EmulatorRequest, params: Record<string, string>, state: TenantState): EmulatorResponse => {
    const user = findUser(state, params.user);
    if (!user) return graphError(404, 'Request_ResourceNotFound', `Resource '${params.user}' does not exist or one of its queried reference-property objects are not present.`);
    const teams = graphOf(state).teams.filter((t) => {
      const group = findGroup(state, t.id);
      return (group?.members ?? []).includes(user.id) || (group?.owners ?? []).includes(user.id);
    });
    const json = (t: Team): Record<string, unknown> =>
      kind === 'joined' ? teamBasicJson(t, state) : { id: t.id, displayName: teamJson(t, state).displayName, tenantId: state.tenantId };
    return pagedCollection(request, kind === 'joined' ? `users('${user.id}')/joinedTeams` : `users('${user.id}')/teamwork/associatedTeams`, teams, json);
  };
}

function listChannels(request: EmulatorRequest, params: Record<string, string>, state: TenantState): EmulatorResponse {
  const team = teamOf(params, state);
  if (isResponse(team)) return team;
  const test = filterOf(request);
  if (typeof test !== 'function') return test;
  const channels = team.channels.map((c) => channelJson(c, team, state)).filter(test);
  return pagedCollection(request, `teams('${team.id}')/channels`, channels, (c) => c);
}

function getChannel(request: EmulatorRequest, params: Record<string, string>, state: TenantState): EmulatorResponse {
  const team = teamOf(params, state);
  if (isResponse(team)) return team;
  const channel = params.channel === undefined ? team.channels[0] : channelOf(team, params.channel);
  if (isResponse(channel)) return channel;
  return ok({ '@odata.context': `${GRAPH}/v1.0/$metadata#teams('${team.id}')/channels/$entity`, ...project(channelJson(channel, team, state), request.query.get('$select')) });
}

/** Teams' rules for a new channel: a unique name of at most 50 characters, one owner for a private or shared one. */
function invalidChannel(body: Record<string, unknown>, team: Team, state: TenantState): EmulatorResponse | string[] {
  const name = typeof body.displayName === 'string' ? body.displayName : '';
  if (name.trim() === '' || name.length > 50) return teamsError(400, 'BadRequest', 'Channel name must be between 1 and 50 characters.');
  if (team.channels.some((c) => c.displayName.toLowerCase() === name.toLowerCase())) {
    return teamsError(400, 'NameAlreadyExists', `Channel name already existed, please use other name. Name: ${name}`);
  }
  const type = body.membershipType ?? 'standard';
  if (type !== 'standard' && type !== 'private' && type !== 'shared') return teamsError(400, 'BadRequest', `Invalid membershipType '${String(type)}'.`);
  if (type === 'standard') return [];
  const members = Array.isArray(body.members) ? (body.members as Record<string, unknown>[]) : [];
  const owners = members.filter((m) => Array.isArray(m.roles) && m.roles.includes('owner')).map((m) => findUser(state, boundId(m['user@odata.bind']) ?? ''));
  if (owners.length !== 1 || owners[0] === undefined) {
    return teamsError(400, 'BadRequest', `A ${type} channel needs exactly one owner, a user of the tenant, when it is created by an application.`);
  }
  return [owners[0].id];
}

function createChannel(request: EmulatorRequest, params: Record<string, string>, state: TenantState): EmulatorResponse {
  const team = teamOf(params, state);
  if (isResponse(team)) return team;
  const body = jsonBody(request);
  if (isResponse(body)) return body;
  const owners = invalidChannel(body, team, state);
  if (isResponse(owners)) return owners;
  const channel: Channel = {
    id: threadId(`${team.id}:${randomUUID()}`),
    displayName: String(body.displayName),
    description: typeof body.description === 'string' ? body.description : null,
    membershipType: body.membershipType === 'private' || body.membershipType === 'shared' ? body.membershipType : 'standard',
    createdDateTime: new Date().toISOString(),
    isFavoriteByDefault: false,
    email: '',
    tabs: [],
    owners,
  };
  team.channels.push(channel);
  return created({ '@odata.context': `${GRAPH}/v1.0/$metadata#teams('${team.id}')/channels/$entity`, ...channelJson(channel, team, state) });
}

function listTabs(request: EmulatorRequest, params: Record<string, string>, state: TenantState): EmulatorResponse {
  const team = teamOf(params, state);
  if (isResponse(team)) return team;
  const channel = channelOf(team, params.channel);
  if (isResponse(channel)) return channel;
  const expandApp = /(?:^|,)\s*teamsApp\b/i.test(request.query.get('$expand') ?? '');
  return pagedCollection(request, `teams('${team.id}')/channels('${channel.id}')/tabs`, channel.tabs, (t) => tabJson(t, channel, team, expandApp, state));
}

function installApp(request: EmulatorRequest, params: Record<string, string>, state: TenantState): EmulatorResponse {
  const team = teamOf(params, state);
  if (isResponse(team)) return team;
  const body = jsonBody(request);
  if (isResponse(body)) return body;
  const appId = boundId(body['teamsApp@odata.bind']);
  const app = graphOf(state).teamsApps.find((a) => a.id === appId);
  if (!app) return teamsError(404, 'NotFound', `App with id ${appId ?? '(none)'} was not found in the app catalog.`);
  if (team.installedApps.includes(app.id)) return teamsError(409, 'Conflict', 'App is already installed in this team.');
  team.installedApps.push(app.id);
  return { status: 201 };
}

const TEAM = String.raw`^\/v1\.0\/teams\/(?<team>[0-9a-f-]{36})`;
const CHANNEL = String.raw`\/channels\/(?<channel>[^/]+)`;
const USER = String.raw`^\/v1\.0\/users(?:\/|\(')(?<user>[^/'()]+)'?\)?`;

export const teamRoutes: Route[] = [
  { method: 'GET', host: 'graph', path: /^\/v1\.0\/teams\/?$/i, roles: TEAM_LIST_ROLES, handler: listTeams },
  { method: 'GET', host: 'graph', path: new RegExp(`${TEAM}$`, 'i'), roles: TEAM_GET_ROLES, handler: getTeam },
  { method: 'GET', host: 'graph', path: new RegExp(`${TEAM}\\/channels\\/?$`, 'i'), roles: CHANNEL_READ_ROLES, handler: listChannels },
  { method: 'POST', host: 'graph', path: new RegExp(`${TEAM}\\/channels\\/?$`, 'i'), roles: CHANNEL_CREATE_ROLES, handler: createChannel },
  { method: 'GET', host: 'graph', path: new RegExp(`${TEAM}\\/primaryChannel$`, 'i'), roles: CHANNEL_READ_ROLES, handler: getChannel },
  { method: 'GET', host: 'graph', path: new RegExp(`${TEAM}${CHANNEL}$`, 'i'), roles: CHANNEL_READ_ROLES, handler: getChannel },
  { method: 'GET', host: 'graph', path: new RegExp(`${TEAM}${CHANNEL}\\/tabs$`, 'i'), roles: TAB_READ_ROLES, handler: listTabs },
  { method: 'POST', host: 'graph', path: new RegExp(`${TEAM}\\/installedApps$`, 'i'), roles: TEAM_APP_INSTALL_ROLES, handler: installApp },
  { method: 'GET', host: 'graph', path: new RegExp(`${USER}\\/joinedTeams$`, 'i'), roles: USER_TEAMS_ROLES, handler: listUserTeams('joined') },
  { method: 'GET', host: 'graph', path: new RegExp(`${USER}\\/teamwork\\/associatedTeams$`, 'i'), roles: USER_TEAMS_ROLES, handler: listUserTeams('associated') },
];
