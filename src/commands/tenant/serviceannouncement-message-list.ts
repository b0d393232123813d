import { endpoint, literal, opt, query } from '../kit/index.js';

/** `tenant serviceannouncement message list`: every service update message (message center), optionally of one service. */
export const tenantServiceAnnouncementMessageList = endpoint({
  name: 'tenant serviceannouncement message list',
  description: 'Gets all service update messages for the tenant',
  resource: 'graph',
  permissions: { graph: ['ServiceMessage.Read.All'] },
  options: { service: opt.string('Only the messages about this service (e.g. "Microsoft Teams").', { short: 's' }) },
  paged: true,
  url: ({ service }, { cloud }) =>
    `${cloud.graph}/v1.0/admin/serviceAnnouncement/messages${query({ $filter: service === undefined ? undefined : `services/any(c:c eq ${literal(service)})` })}`,
});
