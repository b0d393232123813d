import { ACCEPT, command, literal, opt } from '../kit/index.js';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * `tenant id get`: the tenant ID of a domain, as a bare string like the CLI prints it. The CLI reads the domain's
 * OpenID configuration anonymously; an action's requests go only to the resources of its run, so this asks Graph's
 * `findTenantInformationByDomainName`, which answers app-only. Without `--domainName` the CLI takes the signed-in
 * user's domain; here it is the tenant the action signed in to (given as a GUID, it is the answer itself).
 */
export const tenantIdGet = command({
  name: 'tenant id get',
  description: 'Gets Microsoft 365 tenant ID for the specified domain',
  resource: 'graph',
  readOnly: true,
  permissions: { graph: ['CrossTenantInformation.ReadBasic.All'] },
  options: { domainName: opt.string("The domain name of the tenant. Default: the tenant the action signed in to.", { short: 'd' }) },
  async run(context, { domainName }) {
    const domain = domainName ?? context.session.tenant;
    if (GUID.test(domain)) return domain;
    const url = `${context.cloud.graph}/v1.0/tenantRelationships/findTenantInformationByDomainName(domainName=${literal(domain)})`;
    const response = await context.http.request<{ tenantId: string }>({ url, headers: { ...ACCEPT.graph } });
    return response.body.tenantId;
  },
});
