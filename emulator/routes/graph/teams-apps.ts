/**
 * The Teams app catalog (`appCatalogs/teamsApps`, with `$filter` on distributionMethod, displayName and externalId)
 * and apps installed in a user's personal scope (`users/{id}/teamwork/installedApps`).
 */
import type { EmulatorRequest, EmulatorResponse, Route, TenantState } from '../../types.js';
import { boundId, filterOf, graphError, isResponse, jsonBody, pagedCollection } from './graph-odata.js';
import { graphOf } from './state.js';
import { findUser } from './users.js';

export interface TeamsCatalogApp {
  id: string;
  externalId: string | null;
  displayName: string;
  distributionMethod: 'store' | 'organization' | 'sideloaded';
}

const CATALOG_READ_ROLES = ['AppCatalog.Read.All', 'AppCatalog.ReadWrite.All', 'Directory.Read.All', 'Directory.ReadWrite.All'];
const USER_APP_INSTALL_ROLES = [
  'TeamsAppInstallation.ReadWriteSelfForUser.All',
  'TeamsAppInstallation.ReadWriteSelectedForUser.All',
  'TeamsAppInstallation.ReadWriteForUser.All',
  'TeamsAppInstallation.ReadWriteAndConsentSelfForUser.All',
  'TeamsAppInstallation.ReadWriteAndConsentForUser.All',
];

export function teamsAppJson(app: TeamsCatalogApp): Record<string, unknown> {
  return { id: app.id, externalId: app.externalId, displayName: app.displayName, distributionMethod: app.distributionMethod };
}

function listCatalog(request: EmulatorRequest, _params: Record<string, string>, state: TenantState): EmulatorResponse {
  const test = filterOf(request);
  if (typeof test !== 'function') return test;
  const apps = graphOf(state).teamsApps.filter((a) => test(teamsAppJson(a)));
  return pagedCollection(request, 'appCatalogs/teamsApps', apps, teamsAppJson);
}

function installForUser(request: EmulatorRequest, params: Record<string, string>, state: TenantState): EmulatorResponse {
  const user = findUser(state, params.user);
  if (!user) return graphError(404, 'NotFound', `User ${params.user} was not found.`);
  const body = jsonBody(request);
  if (isResponse(body)) return body;
  const appId = boundId(body['teamsApp@odata.bind']);
  const app = graphOf(state).teamsApps.find((a) => a.id === appId);
  if (!app) return graphError(404, 'NotFound', `App with id ${appId ?? '(none)'} was not found in the app catalog.`);
  const installed = (graphOf(state).userApps[user.id] ??= []);
  if (installed.includes(app.id)) return graphError(409, 'Conflict', 'App is already installed for this user.');
  installed.push(app.id);
  return { status: 201 };
}

export const teamsAppRoutes: Route[] = [
  { method: 'GET', host: 'graph', path: /^\/v1\.0\/appCatalogs\/teamsApps\/?$/i, roles: CATALOG_READ_ROLES, handler: listCatalog },
  {
    method: 'POST',
    host: 'graph',
    path: /^\/v1\.0\/users(?:\/|\(')(?<user>[^/'()]+)'?\)?\/teamwork\/installedApps$/i,
    roles: USER_APP_INSTALL_ROLES,
    handler: installForUser,
  },
];
