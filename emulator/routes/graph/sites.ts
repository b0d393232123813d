/** Graph `sites/root`: how the action discovers the tenant's SharePoint URL (`$select=webUrl`). */
import type { EmulatorRequest, EmulatorResponse, Route, TenantState } from '../../types.js';
import { GRAPH, ok, project } from './graph-odata.js';

const SITE_ROLES = ['Sites.Read.All', 'Sites.ReadWrite.All', 'Sites.Manage.All', 'Sites.FullControl.All'];

function sitesRoot(request: EmulatorRequest, _params: Record<string, string>, state: TenantState): EmulatorResponse {
  const root = state.sites.find((s) => new URL(s.Url).pathname === '/') ?? state.sites[0];
  const site = {
    '@odata.context': `${GRAPH}/v1.0/$metadata#sites/$entity`,
    createdDateTime: '2024-01-15T09:30:00Z',
    description: root.rootWeb.Description,
    id: `${state.sharePointHost},${root.Id},${root.rootWeb.Id}`,
    lastModifiedDateTime: '2024-01-15T09:30:00Z',
    name: '',
    webUrl: root.Url,
    displayName: root.rootWeb.Title,
    root: {},
    siteCollection: { hostname: state.sharePointHost },
  };
  return ok(project(site, request.query.get('$select')));
}

export const siteRoutes: Route[] = [
  { method: 'GET', host: 'graph', path: /^\/v1\.0\/sites\/root\/?$/i, roles: SITE_ROLES, handler: sitesRoot },
];
