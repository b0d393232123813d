/** Graph `groups`: the `$filter` clauses `entra group list` sends, `$select`, `$count`, and paging. */
import type { EmulatorRequest, EmulatorResponse, Route, TenantState } from '../../types.js';
import { filterOf, pagedCollection } from './graph-odata.js';

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
}

/** List groups, application: GroupMember.Read.All least privileged; Group.*, GroupMember.ReadWrite.All and Directory.* higher. */
const GROUP_ROLES = ['GroupMember.Read.All', 'GroupMember.ReadWrite.All', 'Group.Read.All', 'Group.ReadWrite.All', 'Directory.Read.All', 'Directory.ReadWrite.All'];

function groupJson(group: Group): Record<string, unknown> {
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
    onPremisesSyncEnabled: null,
    preferredDataLocation: null,
    proxyAddresses: group.mail ? [`SMTP:${group.mail}`] : [],
    renewedDateTime: group.createdDateTime,
    resourceBehaviorOptions: [],
    resourceProvisioningOptions: [],
    securityEnabled: group.securityEnabled,
    securityIdentifier: `S-1-12-1-${parseInt(group.id.slice(0, 8), 16)}`,
    theme: null,
    visibility: group.visibility,
  };
}

function listGroups(request: EmulatorRequest, _params: Record<string, string>, state: TenantState): EmulatorResponse {
  const test = filterOf(request);
  if (typeof test !== 'function') return test;
  return pagedCollection(request, 'groups', state.groups.filter(test), groupJson);
}

export const groupRoutes: Route[] = [
  { method: 'GET', host: 'graph', path: /^\/v1\.0\/groups\/?$/i, roles: GROUP_ROLES, handler: listGroups },
];
