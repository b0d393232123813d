/** Graph `directory/administrativeUnits` and `roleManagement/directory/roleDefinitions`: lists with `$select`, `$filter`, paging. */
import type { EmulatorRequest, EmulatorResponse, Route, TenantState } from '../../types.js';
import { filterOf, pagedCollection } from './graph-odata.js';
import { graphOf } from './state.js';

export interface AdministrativeUnit {
  id: string;
  displayName: string;
  description: string | null;
  visibility: 'Public' | 'HiddenMembership' | null;
  membershipType: 'Assigned' | 'Dynamic' | null;
  membershipRule: string | null;
}

export interface RoleDefinition {
  id: string;
  displayName: string;
  description: string;
  isBuiltIn: boolean;
  isEnabled: boolean;
  allowedResourceActions: string[];
}

const AU_READ_ROLES = ['AdministrativeUnit.Read.All', 'AdministrativeUnit.ReadWrite.All', 'Directory.Read.All', 'Directory.ReadWrite.All'];
const ROLE_READ_ROLES = ['RoleManagement.Read.Directory', 'RoleManagement.Read.All', 'Directory.Read.All', 'RoleManagement.ReadWrite.Directory', 'Directory.ReadWrite.All'];

function unitJson(unit: AdministrativeUnit): Record<string, unknown> {
  return {
    id: unit.id,
    deletedDateTime: null,
    displayName: unit.displayName,
    description: unit.description,
    membershipRule: unit.membershipRule,
    membershipType: unit.membershipType,
    membershipRuleProcessingState: unit.membershipRule === null ? null : 'On',
    visibility: unit.visibility,
  };
}

function roleJson(role: RoleDefinition): Record<string, unknown> {
  return {
    id: role.id,
    description: role.description,
    displayName: role.displayName,
    isBuiltIn: role.isBuiltIn,
    isEnabled: role.isEnabled,
    resourceScopes: ['/'],
    templateId: role.id,
    version: '1',
    rolePermissions: [{ allowedResourceActions: role.allowedResourceActions, condition: null }],
    inheritsPermissionsFrom: [],
  };
}

function listUnits(request: EmulatorRequest, _params: Record<string, string>, state: TenantState): EmulatorResponse {
  const test = filterOf(request);
  if (typeof test !== 'function') return test;
  return pagedCollection(request, 'directory/administrativeUnits', graphOf(state).administrativeUnits.map(unitJson).filter(test), (u) => u);
}

function listRoleDefinitions(request: EmulatorRequest, _params: Record<string, string>, state: TenantState): EmulatorResponse {
  const test = filterOf(request);
  if (typeof test !== 'function') return test;
  return pagedCollection(request, 'roleManagement/directory/roleDefinitions', graphOf(state).roleDefinitions.map(roleJson).filter(test), (r) => r);
}

export const directoryRoutes: Route[] = [
  { method: 'GET', host: 'graph', path: /^\/v1\.0\/directory\/administrativeUnits\/?$/i, roles: AU_READ_ROLES, handler: listUnits },
  { method: 'GET', host: 'graph', path: /^\/v1\.0\/roleManagement\/directory\/roleDefinitions\/?$/i, roles: ROLE_READ_ROLES, handler: listRoleDefinitions },
];
