import { endpoint, opt } from '../kit/index.js';

/** `tenant serviceannouncement health list`: the health overview of every subscribed service (Graph `healthOverviews`). */
export const tenantServiceAnnouncementHealthList = endpoint({
  name: 'tenant serviceannouncement health list',
  description: 'This operation provides the health report of all subscribed services for a tenant',
  resource: 'graph',
  permissions: { graph: ['ServiceHealth.Read.All'] },
  options: { issues: opt.boolean('Include the issues of each service.', { short: 'i' }) },
  paged: true,
  url: ({ issues }, { cloud }) => `${cloud.graph}/v1.0/admin/serviceAnnouncement/healthOverviews${issues ? '?$expand=issues' : ''}`,
});
