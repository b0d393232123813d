/**
 * Graph `tenantRelationships/findTenantInformationByDomainName`: the tenant a domain belongs to. The emulated world
 * knows the contoso tenant (its onmicrosoft.com domain and its vanity domain) and one other tenant.
 */
import type { EmulatorRequest, EmulatorResponse, Route, TenantState } from '../../types.js';
import { graphError, ok } from './graph-odata.js';

const OTHER_TENANT = { tenantId: 'c2d1b5a4-8e3f-4a6b-9d7c-5f1e2a3b4c5d', domain: 'fabrikam.onmicrosoft.com', displayName: 'Fabrikam' };

function findTenant(_request: EmulatorRequest, params: Record<string, string>, state: TenantState): EmulatorResponse {
  const domain = params.domain.replace(/''/g, "'").toLowerCase();
  const ownDomains = [state.domain.toLowerCase(), state.domain.toLowerCase().replace(/\.onmicrosoft\.com$/, '.com')];
  const found = ownDomains.includes(domain)
    ? { tenantId: state.tenantId, displayName: 'Contoso', defaultDomainName: state.domain }
    : domain === OTHER_TENANT.domain
      ? { tenantId: OTHER_TENANT.tenantId, displayName: OTHER_TENANT.displayName, defaultDomainName: OTHER_TENANT.domain }
      : undefined;
  if (!found) return graphError(404, 'Request_ResourceNotFound', `No tenant was found for the domain '${params.domain}'.`);
  return ok({ '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#microsoft.graph.tenantInformation', ...found, federationBrandName: null });
}

export const tenantRelationshipRoutes: Route[] = [
  {
    method: 'GET',
    host: 'graph',
    path: /^\/v1\.0\/tenantRelationships\/findTenantInformationByDomainName\(domainName='(?<domain>(?:[^']|'')+)'\)$/i,
    roles: ['CrossTenantInformation.ReadBasic.All'],
    handler: findTenant,
  },
];
