import { endpoint, literal, opt, query } from '../kit/index.js';

/** `tenant serviceannouncement healthissue list`: every service health issue, optionally of one service. */
export const tenantServiceAnnouncementHealthIssueList = endpoint({
  name: 'tenant serviceannouncement healthissue list',
  description: 'Gets all service health issues for the tenant',
  resource: 'graph',
  permissions: { graph: ['ServiceHealth.Read.All'] },
  options: { service: opt.string('Only the issues of this service (e.g. "Microsoft Teams").', { short: 's' }) },
  paged: true,
  url: ({ service }, { cloud }) =>
    `${cloud.graph}/v1.0/admin/serviceAnnouncement/issues${query({ $filter: service === undefined ? undefined : `service eq ${literal(service)}` })}`,
});
