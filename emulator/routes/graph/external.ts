/** Graph `external/connections`: the tenant's Microsoft Search (Graph connectors) connections, paged like Graph. */
import type { EmulatorRequest, EmulatorResponse, Route, TenantState } from '../../types.js';
import { pagedCollection } from './graph-odata.js';
import { servicesOf } from '../../seed-services.js';

export interface ExternalConnection {
  id: string;
  name: string;
  description: string;
  state: 'draft' | 'ready' | 'obsolete' | 'limitExceeded';
  /** Apps that may push items into the connection. */
  authorizedAppIds: string[];
}

const READ_ROLES = ['ExternalConnection.Read.All', 'ExternalConnection.ReadWrite.OwnedBy', 'ExternalConnection.ReadWrite.All'];

function connectionJson(c: ExternalConnection): Record<string, unknown> {
  return { id: c.id, name: c.name, description: c.description, state: c.state, configuration: { authorizedApps: c.authorizedAppIds, authorizedAppIds: c.authorizedAppIds } };
}

function listConnections(request: EmulatorRequest, _params: Record<string, string>, state: TenantState): EmulatorResponse {
  return pagedCollection(request, 'external/connections', servicesOf(state).externalConnections, connectionJson);
}

export function seedExternalConnections(appId: string): ExternalConnection[] {
  return [
    { id: 'contosotickets', name: 'Contoso tickets', description: 'Support tickets from the ticketing system', state: 'ready', authorizedAppIds: [appId] },
    { id: 'contosowiki', name: 'Contoso wiki', description: 'Pages of the engineering wiki', state: 'draft', authorizedAppIds: [appId] },
  ];
}

export const externalRoutes: Route[] = [
  { method: 'GET', host: 'graph', path: /^\/v1\.0\/external\/connections\/?$/i, roles: READ_ROLES, handler: listConnections },
];
