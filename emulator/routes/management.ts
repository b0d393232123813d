/**
 * Minimal Office 365 Management Activity API and Azure Resource Manager endpoints, so that `request` can be exercised
 * against both resources: the activity feed subscriptions of the tenant, and an (empty) list of Azure subscriptions.
 */
import type { EmulatorRequest, EmulatorResponse, Route, TenantState } from '../types.js';

/** The content types the Management Activity API knows; the demo tenant has subscribed to two of them. */
const SUBSCRIBED = ['Audit.SharePoint', 'Audit.General'];

function listSubscriptions(_request: EmulatorRequest, params: Record<string, string>, state: TenantState): EmulatorResponse {
  const tenant = params.tenant.toLowerCase();
  if (tenant !== state.tenantId.toLowerCase() && tenant !== state.domain.toLowerCase()) {
    return { status: 400, body: { error: { code: 'AF20010', message: `The tenant ID in the URL ('${params.tenant}') does not match the tenant of the token.` } } };
  }
  const body = SUBSCRIBED.map((contentType) => ({ contentType, status: 'enabled', webhook: null }));
  return { status: 200, headers: { 'content-type': 'application/json; charset=utf-8' }, body };
}

function listAzureSubscriptions(request: EmulatorRequest): EmulatorResponse {
  if (!request.query.get('api-version')) {
    return {
      status: 400,
      body: { error: { code: 'MissingApiVersionParameter', message: "The api-version query parameter (?api-version=) is required for all requests." } },
    };
  }
  return { status: 200, headers: { 'content-type': 'application/json; charset=utf-8' }, body: { value: [], count: { type: 'Total', value: 0 } } };
}

export const managementRoutes: Route[] = [
  {
    method: 'GET',
    host: 'management',
    path: /^\/api\/v1\.0\/(?<tenant>[^/]+)\/activity\/feed\/subscriptions\/list\/?$/i,
    roles: ['ActivityFeed.Read', 'ActivityFeed.ReadDlp'],
    handler: listSubscriptions,
  },
  { method: 'GET', host: 'azure', path: /^\/subscriptions\/?$/i, handler: listAzureSubscriptions },
];
