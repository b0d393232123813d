/**
 * Graph `users`: list (`$filter`, `$select`, `$expand=manager`, paging), get by id or user principal name (also the
 * `users('…')` form), create, and set the manager (`manager/$ref`).
 */
import type { EmulatorRequest, EmulatorResponse, Route, TenantState } from '../../types.js';
import { seedGuid } from '../../seed-content.js';
import { GRAPH, created, directoryNotFound, filterOf, graphError, isResponse, jsonBody, noContent, ok, pagedCollection, project } from './graph-odata.js';
import { graphOf } from './state.js';

/** An Entra user. `extra` holds properties set at creation beyond the ones modelled here. */
export interface User {
  id: string;
  displayName: string;
  userPrincipalName: string;
  mail: string | null;
  givenName: string | null;
  surname: string | null;
  jobTitle: string | null;
  officeLocation: string | null;
  preferredLanguage: string | null;
  mobilePhone: string | null;
  businessPhones: string[];
  accountEnabled: boolean;
  userType: 'Member' | 'Guest';
  department: string | null;
  companyName: string | null;
  usageLocation: string | null;
  mailNickname: string;
  createdDateTime: string;
  managerId?: string;
  extra?: Record<string, unknown>;
}

/** Least privileged first, as Graph's permission tables list them for reading users. */
export const USER_READ_ROLES = ['User.ReadBasic.All', 'User.Read.All', 'User.ReadWrite.All', 'Directory.Read.All', 'Directory.ReadWrite.All'];
const USER_WRITE_ROLES = ['User.ReadWrite.All', 'Directory.ReadWrite.All'];

/** What Graph returns without `$select`. */
const DEFAULT_PROPERTIES = ['businessPhones', 'displayName', 'givenName', 'jobTitle', 'mail', 'mobilePhone', 'officeLocation', 'preferredLanguage', 'surname', 'userPrincipalName', 'id'];

/** Every property of the user (the defaults first, as Graph orders them). */
export function userJson(user: User): Record<string, unknown> {
  return {
    businessPhones: user.businessPhones,
    displayName: user.displayName,
    givenName: user.givenName,
    jobTitle: user.jobTitle,
    mail: user.mail,
    mobilePhone: user.mobilePhone,
    officeLocation: user.officeLocation,
    preferredLanguage: user.preferredLanguage,
    surname: user.surname,
    userPrincipalName: user.userPrincipalName,
    id: user.id,
    accountEnabled: user.accountEnabled,
    userType: user.userType,
    department: user.department,
    companyName: user.companyName,
    usageLocation: user.usageLocation,
    mailNickname: user.mailNickname,
    createdDateTime: user.createdDateTime,
    ...user.extra,
  };
}

/** The user as Graph shapes it for this request: default properties or `$select`, and `$expand=manager(...)`. */
function shaped(request: EmulatorRequest, user: User, state: TenantState): Record<string, unknown> {
  const all = userJson(user);
  const select = request.query.get('$select');
  const body = select ? project(all, select) : Object.fromEntries(DEFAULT_PROPERTIES.map((p) => [p, all[p]]));
  const expand = /(?:^|,)\s*manager(?:\(\$select=([^)]*)\))?/i.exec(request.query.get('$expand') ?? '');
  if (expand) {
    const manager = user.managerId === undefined ? undefined : findUser(state, user.managerId);
    if (manager) body.manager = { '@odata.type': '#microsoft.graph.user', ...project(userJson(manager), expand[1] ?? null) };
  }
  return body;
}

/** A user by object id or user principal name (case-insensitive). */
export function findUser(state: TenantState, idOrUpn: string): User | undefined {
  const wanted = idOrUpn.toLowerCase();
  return graphOf(state).users.find((u) => u.id === wanted || u.userPrincipalName.toLowerCase() === wanted);
}

function listUsers(request: EmulatorRequest, _params: Record<string, string>, state: TenantState): EmulatorResponse {
  const test = filterOf(request);
  if (typeof test !== 'function') return test;
  const users = graphOf(state).users.filter((u) => test(userJson(u)));
  return pagedCollection(request, 'users', users, (u) => shaped(request, u, state));
}

function getUser(request: EmulatorRequest, params: Record<string, string>, state: TenantState): EmulatorResponse {
  const user = findUser(state, params.user);
  if (!user) return directoryNotFound(params.user);
  return ok({ '@odata.context': `${GRAPH}/v1.0/$metadata#users/$entity`, ...shaped(request, user, state) });
}

const MODELLED = new Set(['accountEnabled', 'displayName', 'userPrincipalName', 'mailNickname', 'passwordProfile', 'givenName', 'surname', 'usageLocation', 'officeLocation', 'jobTitle', 'companyName', 'department', 'preferredLanguage']);

function text(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

/** Graph's checks of a new user: the required properties, a verified domain, a unique user principal name. */
function invalidNewUser(body: Record<string, unknown>, state: TenantState): EmulatorResponse | undefined {
  const upn = text(body.userPrincipalName);
  const password = (body.passwordProfile as { password?: unknown } | undefined)?.password;
  for (const [name, value] of [['displayName', body.displayName], ['userPrincipalName', upn], ['mailNickname', body.mailNickname], ['accountEnabled', body.accountEnabled]] as const) {
    if (value === undefined || value === null) return graphError(400, 'Request_BadRequest', `Invalid value specified for property '${name}' of resource 'User'.`);
  }
  if (typeof password !== 'string' || password.length < 8) return graphError(400, 'Request_BadRequest', "Invalid value specified for property 'passwordProfile' of resource 'User'.");
  const domain = (upn ?? '').split('@')[1]?.toLowerCase();
  if (domain !== state.domain.toLowerCase()) {
    return graphError(400, 'Request_BadRequest', `The domain portion of the userPrincipalName property is invalid. You must use one of the verified domain names in your organization.`);
  }
  if (findUser(state, upn ?? '')) return graphError(400, 'Request_BadRequest', 'Another object with the same value for property userPrincipalName already exists.');
  return undefined;
}

function createUser(request: EmulatorRequest, _params: Record<string, string>, state: TenantState): EmulatorResponse {
  const body = jsonBody(request);
  if (isResponse(body)) return body;
  const problem = invalidNewUser(body, state);
  if (problem) return problem;
  const upn = String(body.userPrincipalName);
  const extra = Object.fromEntries(Object.entries(body).filter(([k]) => !MODELLED.has(k)));
  const user: User = {
    id: seedGuid(`user:${upn.toLowerCase()}`),
    displayName: String(body.displayName),
    userPrincipalName: upn,
    mail: null,
    givenName: text(body.givenName),
    surname: text(body.surname),
    jobTitle: text(body.jobTitle),
    officeLocation: text(body.officeLocation),
    preferredLanguage: text(body.preferredLanguage),
    mobilePhone: null,
    businessPhones: [],
    accountEnabled: body.accountEnabled !== false,
    userType: 'Member',
    department: text(body.department),
    companyName: text(body.companyName),
    usageLocation: text(body.usageLocation),
    mailNickname: String(body.mailNickname),
    createdDateTime: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    extra,
  };
  graphOf(state).users.push(user);
  return created({ '@odata.context': `${GRAPH}/v1.0/$metadata#users/$entity`, ...Object.fromEntries(DEFAULT_PROPERTIES.map((p) => [p, userJson(user)[p]])) });
}

function setManager(request: EmulatorRequest, params: Record<string, string>, state: TenantState): EmulatorResponse {
  const user = findUser(state, params.user);
  if (!user) return directoryNotFound(params.user);
  const body = jsonBody(request);
  if (isResponse(body)) return body;
  const reference = typeof body['@odata.id'] === 'string' ? body['@odata.id'] : '';
  const m = /\/users(?:\/|\(')([^/'()]+)'?\)?$/i.exec(reference);
  const manager = m ? findUser(state, decodeURIComponent(m[1])) : undefined;
  if (!manager) return directoryNotFound(m ? decodeURIComponent(m[1]) : reference);
  user.managerId = manager.id;
  return noContent();
}

/** `users/{id}`, `users/{upn}` or `users('{upn}')`. */
const USER = String.raw`users(?:\/|\(')(?<user>[^/'()]+)'?\)?`;

export const userRoutes: Route[] = [
  { method: 'GET', host: 'graph', path: /^\/v1\.0\/users\/?$/i, roles: USER_READ_ROLES, handler: listUsers },
  { method: 'POST', host: 'graph', path: /^\/v1\.0\/users\/?$/i, roles: USER_WRITE_ROLES, handler: createUser },
  { method: 'PUT', host: 'graph', path: new RegExp(String.raw`^\/v1\.0\/${USER}\/manager\/\$ref$`, 'i'), roles: USER_WRITE_ROLES, handler: setManager },
  { method: 'GET', host: 'graph', path: new RegExp(String.raw`^\/v1\.0\/${USER}$`, 'i'), roles: USER_READ_ROLES, handler: getUser },
];
