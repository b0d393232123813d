/**
 * Graph `groups`: list (the `$filter` clauses the CLI sends, `$select`, `$count`, `$expand=owners`, paging), get,
 * create, update (also `members@odata.bind` / `owners@odata.bind`), members and owners (list, optionally cast to
 * `microsoft.graph.user`; add by `$ref`), the group photo and the group's drive (its SharePoint site).
 */
import { randomUUID } from 'node:crypto';
import type { EmulatorRequest, EmulatorResponse, Route, TenantState } from '../../types.js';
import {
  GRAPH,
  boundId,
  created,
  directoryNotFound,
  filterOf,
  graphError,
  hasRole,
  insufficientPrivileges,
  isResponse,
  jsonBody,
  noContent,
  ok,
  pagedCollection,
  project,
} from './graph-odata.js';
import { servicePrincipalJson } from './service-principals.js';
import { graphOf } from './state.js';
import { findUser, userJson } from './users.js';

/** An Entra group (Microsoft 365, security, distribution or mail-enabled security). */
export interface Group {
  id: string;
  displayName: string;
  description: string | null;
  mail: string | null;
  mailEnabled: boolean;
  mailNickname: string;
  securityEnabled: boolean;
  groupTypes: string[];
  visibility: string | null;
  createdDateTime: string;
  /** Object ids of the members and owners (users, groups, service principals). */
  members?: string[];
  owners?: string[];
  /** `['Team']` for a group with a team. */
  resourceProvisioningOptions?: string[];
  resourceBehaviorOptions?: string[];
  /** Exchange settings of Microsoft 365 groups, returned only on `$select` of one group. */
  settings?: { allowExternalSenders: boolean; autoSubscribeNewMembers: boolean; hideFromAddressLists: boolean; hideFromOutlookClients: boolean };
  photo?: { contentType: string; bytes: number };
  /** Other properties set at creation (the CLI passes unknown options on). */
  extra?: Record<string, unknown>;
}

/** List and get groups, application: GroupMember.Read.All least privileged; Group.*, GroupMember.ReadWrite.All and Directory.* higher. */
const GROUP_READ_ROLES = ['GroupMember.Read.All', 'GroupMember.ReadWrite.All', 'Group.Read.All', 'Group.ReadWrite.All', 'Directory.Read.All', 'Directory.ReadWrite.All'];
const GROUP_CREATE_ROLES = ['Group.Create', 'Group.ReadWrite.All', 'Directory.ReadWrite.All'];
const GROUP_UPDATE_ROLES = ['Group.ReadWrite.All', 'Directory.ReadWrite.All'];
/** Adding members (also by `members@odata.bind` in an update) takes the narrower GroupMember permission. */
const MEMBER_WRITE_ROLES = ['GroupMember.ReadWrite.All', 'Group.ReadWrite.All', 'Directory.ReadWrite.All'];
const MEMBER_READ_ROLES = ['GroupMember.Read.All', 'GroupMember.ReadWrite.All', 'Group.Read.All', 'Group.ReadWrite.All', 'Directory.Read.All', 'Directory.ReadWrite.All'];
const PHOTO_ROLES = ['ProfilePhoto.ReadWrite.All', 'Group.ReadWrite.All'];
const DRIVE_ROLES = ['Files.Read.All', 'Files.ReadWrite.All', 'Sites.Read.All', 'Sites.ReadWrite.All', 'Sites.FullControl.All'];
/** Properties Graph returns only when `$select`ed on a single group. */
const SETTINGS = ['allowExternalSenders', 'autoSubscribeNewMembers', 'hideFromAddressLists', 'hideFromOutlookClients'];

export function groupJson(group: Group): Record<string, unknown> {
  return {
    id: group.id,
    deletedDateTime: null,
    classification: null,
    createdDateTime: group.createdDateTime,
    creationOptions: [],
    description: group.description,
    displayName: group.displayName,
    expirationDateTime: null,
    groupTypes: group.groupTypes,
    isAssignableToRole: null,
    mail: group.mail,
    mailEnabled: group.mailEnabled,
    mailNickname: group.mailNickname,
    membershipRule: null,
    membershipRuleProcessingState: null,
    onPremisesDomainName: null,
    onPremisesLastSyncDateTime: null,
    onPremisesNetBiosName: null,
    onPremisesSamAccountName: null,
    onPremisesSecurityIdentifier: null,
    onPremisesSyncEnabled: null,
    preferredDataLocation: null,
    preferredLanguage: null,
    proxyAddresses: group.mail ? [`SMTP:${group.mail}`] : [],
    renewedDateTime: group.createdDateTime,
    resourceBehaviorOptions: group.resourceBehaviorOptions ?? [],
    resourceProvisioningOptions: group.resourceProvisioningOptions ?? [],
    securityEnabled: group.securityEnabled,
    securityIdentifier: `S-1-12-1-${parseInt(group.id.slice(0, 8), 16)}`,
    theme: null,
    visibility: group.visibility,
    onPremisesProvisioningErrors: [],
    serviceProvisioningErrors: [],
    ...group.extra,
  };
}

export function findGroup(state: TenantState, id: string): Group | undefined {
  graphOf(state);
  return state.groups.find((g) => g.id === id.toLowerCase());
}

/** A directory object (user, group or service principal) as Graph lists it in members and owners. */
function directoryObjectJson(state: TenantState, id: string): Record<string, unknown> | undefined {
  const user = findUser(state, id);
  if (user) return { '@odata.type': '#microsoft.graph.user', ...userJson(user) };
  const group = findGroup(state, id);
  if (group) return { '@odata.type': '#microsoft.graph.group', ...groupJson(group) };
  const sp = graphOf(state).servicePrincipals.find((s) => s.id === id);
  return sp ? { '@odata.type': '#microsoft.graph.servicePrincipal', ...servicePrincipalJson(sp) } : undefined;
}

/** The directory objects of these ids that still exist. */
function objectsOf(state: TenantState, ids: readonly string[]): Record<string, unknown>[] {
  return ids.map((id) => directoryObjectJson(state, id)).filter((o): o is Record<string, unknown> => o !== undefined);
}

function listGroups(request: EmulatorRequest, _params: Record<string, string>, state: TenantState): EmulatorResponse {
  const test = filterOf(request);
  if (typeof test !== 'function') return test;
  graphOf(state);
  const expandOwners = /(?:^|,)\s*owners\b/i.test(request.query.get('$expand') ?? '');
  const json = (g: Group): Record<string, unknown> => {
    const body = groupJson(g);
    if (expandOwners) body.owners = objectsOf(state, g.owners ?? []);
    return body;
  };
  return pagedCollection(request, 'groups', state.groups.filter((g) => test(groupJson(g))), json);
}

function getGroup(request: EmulatorRequest, params: Record<string, string>, state: TenantState): EmulatorResponse {
  const group = findGroup(state, params.id);
  if (!group) return directoryNotFound(params.id);
  const settings = group.groupTypes.includes('Unified') ? { ...{ allowExternalSenders: false, autoSubscribeNewMembers: false, hideFromAddressLists: false, hideFromOutlookClients: false }, ...group.settings } : {};
  const select = request.query.get('$select');
  const body = select ? project({ ...groupJson(group), ...settings }, select) : groupJson(group);
  return ok({ '@odata.context': `${GRAPH}/v1.0/$metadata#groups/$entity`, ...body });
}

const MODELLED = new Set(['displayName', 'description', 'mailNickname', 'mailEnabled', 'securityEnabled', 'groupTypes', 'visibility', 'resourceBehaviorOptions']);

function createGroup(request: EmulatorRequest, _params: Record<string, string>, state: TenantState): EmulatorResponse {
  const body = jsonBody(request);
  if (isResponse(body)) return body;
  for (const name of ['displayName', 'mailNickname', 'mailEnabled', 'securityEnabled']) {
    if (body[name] === undefined || body[name] === null) return graphError(400, 'Request_BadRequest', `Invalid value specified for property '${name}' of resource 'Group'.`);
  }
  const nickname = String(body.mailNickname);
  if (state.groups.some((g) => g.mailNickname.toLowerCase() === nickname.toLowerCase())) {
    return graphError(400, 'Request_BadRequest', 'Another object with the same value for property mailNickname already exists.');
  }
  const groupTypes = Array.isArray(body.groupTypes) ? body.groupTypes.map(String) : [];
  const unified = groupTypes.includes('Unified');
  const group: Group = {
    id: randomUUID(),
    displayName: String(body.displayName),
    description: typeof body.description === 'string' ? body.description : null,
    mail: body.mailEnabled === true ? `${nickname}@${state.domain}` : null,
    mailEnabled: body.mailEnabled === true,
    mailNickname: nickname,
    securityEnabled: body.securityEnabled === true,
    groupTypes,
    visibility: unified ? (typeof body.visibility === 'string' ? body.visibility : 'Public') : null,
    createdDateTime: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    members: [],
    owners: [],
    resourceBehaviorOptions: Array.isArray(body.resourceBehaviorOptions) ? body.resourceBehaviorOptions.map(String) : [],
    extra: Object.fromEntries(Object.entries(body).filter(([k]) => !MODELLED.has(k) && !k.includes('@odata.bind'))),
  };
  const bound = bindReferences(group, body, state);
  if (bound) return bound;
  state.groups.push(group);
  return created({ '@odata.context': `${GRAPH}/v1.0/$metadata#groups/$entity`, ...groupJson(group) });
}

/** `members@odata.bind` / `owners@odata.bind`: adds each referenced object (at most 20 per request, as in Graph). */
function bindReferences(group: Group, body: Record<string, unknown>, state: TenantState): EmulatorResponse | undefined {
  for (const kind of ['members', 'owners'] as const) {
    const references = body[`${kind}@odata.bind`];
    if (references === undefined) continue;
    if (!Array.isArray(references) || references.length > 20) {
      return graphError(400, 'Request_BadRequest', `Invalid value for '${kind}@odata.bind': give an array of at most 20 directory object URLs.`);
    }
    for (const reference of references) {
      const problem = addReference(group, kind, boundId(reference), state);
      if (problem) return problem;
    }
  }
  return undefined;
}

function addReference(group: Group, kind: 'members' | 'owners', id: string | undefined, state: TenantState): EmulatorResponse | undefined {
  // Distribution lists and mail-enabled security groups are managed in Exchange: Graph only reads them.
  if (group.mailEnabled && !group.groupTypes.includes('Unified')) {
    return graphError(400, 'Request_BadRequest', 'Cannot Update a mail-enabled security groups and or distribution list.');
  }
  const object = id === undefined ? undefined : directoryObjectJson(state, id);
  if (id === undefined || !object) return directoryNotFound(id ?? '');
  if (kind === 'owners' && object['@odata.type'] === '#microsoft.graph.group') return graphError(400, 'Request_BadRequest', 'Groups cannot be owners of a group.');
  const list = (group[kind] ??= []);
  if (list.includes(String(object.id))) {
    return graphError(400, 'Request_BadRequest', 'One or more added object references already exist for the following modified properties: \'' + kind + "'.");
  }
  list.push(String(object.id));
  return undefined;
}

function updateGroup(request: EmulatorRequest, params: Record<string, string>, state: TenantState): EmulatorResponse {
  const group = findGroup(state, params.id);
  if (!group) return directoryNotFound(params.id);
  const body = jsonBody(request);
  if (isResponse(body)) return body;
  // Binding members alone needs GroupMember.ReadWrite.All; anything else in the body is an update of the group.
  const onlyMembers = Object.keys(body).every((k) => k === 'members@odata.bind');
  if (!onlyMembers && !hasRole(request, GROUP_UPDATE_ROLES)) return insufficientPrivileges();
  const bound = bindReferences(group, body, state);
  if (bound) return bound;
  for (const [key, value] of Object.entries(body)) {
    if (key.includes('@odata.bind')) continue;
    if (key === 'displayName' || key === 'description' || key === 'visibility') Object.assign(group, { [key]: value });
    else if (SETTINGS.includes(key)) group.settings = { ...{ allowExternalSenders: false, autoSubscribeNewMembers: false, hideFromAddressLists: false, hideFromOutlookClients: false }, ...group.settings, [key]: value === true };
    else group.extra = { ...group.extra, [key]: value };
  }
  return noContent();
}

function listRelated(kind: 'members' | 'owners') {
  return (request: EmulatorRequest, params: Record<string, string>, state: TenantState): EmulatorResponse => {
    const group = findGroup(state, params.id);
    if (!group) return directoryNotFound(params.id);
    const onlyUsers = params.cast !== undefined;
    const objects = objectsOf(state, group[kind] ?? []).filter((o) => !onlyUsers || o['@odata.type'] === '#microsoft.graph.user');
    const test = filterOf(request);
    if (typeof test !== 'function') return test;
    return pagedCollection(request, onlyUsers ? 'users' : 'directoryObjects', objects.filter(test), (o) => o);
  };
}

function addRelated(kind: 'members' | 'owners') {
  return (request: EmulatorRequest, params: Record<string, string>, state: TenantState): EmulatorResponse => {
    const group = findGroup(state, params.id);
    if (!group) return directoryNotFound(params.id);
    const body = jsonBody(request);
    if (isResponse(body)) return body;
    return addReference(group, kind, boundId(body['@odata.id']), state) ?? noContent();
  };
}

function setPhoto(request: EmulatorRequest, params: Record<string, string>, state: TenantState): EmulatorResponse {
  const group = findGroup(state, params.id);
  if (!group) return directoryNotFound(params.id);
  const contentType = String(request.headers['content-type'] ?? '');
  if (!/^image\/(jpeg|png|gif)$/i.test(contentType) || request.body.length === 0) {
    return graphError(400, 'ErrorInvalidImage', 'The photo is not a valid image (JPEG, PNG or GIF) or the content-type is not an image type.');
  }
  group.photo = { contentType, bytes: request.body.length };
  return noContent();
}

/** A Microsoft 365 group's document library: its webUrl is `<site>/Shared Documents`. */
function getDrive(request: EmulatorRequest, params: Record<string, string>, state: TenantState): EmulatorResponse {
  const group = findGroup(state, params.id);
  if (!group) return directoryNotFound(params.id);
  if (!group.groupTypes.includes('Unified')) return graphError(404, 'itemNotFound', 'The requested site was not found.');
  const webUrl = `https://${state.sharePointHost}/sites/${encodeURIComponent(group.mailNickname)}/Shared%20Documents`;
  const drive = { id: `b!${Buffer.from(group.id).toString('base64url')}`, driveType: 'documentLibrary', name: 'Documents', webUrl };
  return ok({ '@odata.context': `${GRAPH}/v1.0/$metadata#drives/$entity`, ...project(drive, request.query.get('$select')) });
}

const ID = String.raw`^\/v1\.0\/groups\/(?<id>[0-9a-f-]{36})`;

export const groupRoutes: Route[] = [
  { method: 'GET', host: 'graph', path: /^\/v1\.0\/groups\/?$/i, roles: GROUP_READ_ROLES, handler: listGroups },
  { method: 'POST', host: 'graph', path: /^\/v1\.0\/groups\/?$/i, roles: GROUP_CREATE_ROLES, handler: createGroup },
  { method: 'GET', host: 'graph', path: new RegExp(`${ID}$`, 'i'), roles: GROUP_READ_ROLES, handler: getGroup },
  { method: 'PATCH', host: 'graph', path: new RegExp(`${ID}$`, 'i'), roles: MEMBER_WRITE_ROLES, handler: updateGroup },
  { method: 'GET', host: 'graph', path: new RegExp(`${ID}\\/members(?<cast>\\/microsoft\\.graph\\.user)?$`, 'i'), roles: MEMBER_READ_ROLES, handler: listRelated('members') },
  { method: 'GET', host: 'graph', path: new RegExp(`${ID}\\/owners(?<cast>\\/microsoft\\.graph\\.user)?$`, 'i'), roles: MEMBER_READ_ROLES, handler: listRelated('owners') },
  { method: 'POST', host: 'graph', path: new RegExp(`${ID}\\/members\\/\\$ref$`, 'i'), roles: MEMBER_WRITE_ROLES, handler: addRelated('members') },
  { method: 'POST', host: 'graph', path: new RegExp(`${ID}\\/owners\\/\\$ref$`, 'i'), roles: GROUP_UPDATE_ROLES, handler: addRelated('owners') },
  { method: 'PUT', host: 'graph', path: new RegExp(`${ID}\\/photo\\/\\$value$`, 'i'), roles: PHOTO_ROLES, handler: setPhoto },
  { method: 'GET', host: 'graph', path: new RegExp(`${ID}\\/drive$`, 'i'), roles: DRIVE_ROLES, handler: getDrive },
];
