/**
 * The directory and Teams part of the emulated tenant: users, service principals, app registration details, teams,
 * the Teams app catalog, administrative units, role definitions and permission grants. Each type is declared beside
 * the routes that serve it; this file composes them. The part is seeded on first use (`graphOf`), so that a tenant
 * built by hand in a test gets the same deterministic directory as the emulator's own.
 */
import type { TenantState } from '../../types.js';
import type { AppRegistration } from './applications.js';
import type { AdministrativeUnit, RoleDefinition } from './directory.js';
import { seedGraph } from './seed.js';
import type { OAuth2PermissionGrant, ServicePrincipal } from './service-principals.js';
import type { TeamsCatalogApp } from './teams-apps.js';
import type { Team } from './teams.js';
import type { User } from './users.js';

export interface GraphState {
  users: User[];
  /** Graph-only properties of the app registrations in `TenantState.apps`, by object id. */
  registrations: Record<string, AppRegistration>;
  servicePrincipals: ServicePrincipal[];
  oauth2PermissionGrants: OAuth2PermissionGrant[];
  /** Teams, by the id of their Microsoft 365 group. */
  teams: Team[];
  teamsApps: TeamsCatalogApp[];
  /** Apps installed in users' personal scope: user id → catalog app ids. */
  userApps: Record<string, string[]>;
  administrativeUnits: AdministrativeUnit[];
  roleDefinitions: RoleDefinition[];
}

/** The tenant's directory and Teams state, seeded the first time a route asks for it. */
export function graphOf(state: TenantState): GraphState {
  state.graph ??= seedGraph(state);
  return state.graph;
}
