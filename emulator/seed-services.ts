/**
 * The Microsoft 365 services of the demo tenant (service health, usage reports, Planner, connectors, mailboxes,
 * OneDrives, the audit feed), each seeded by its noun's route file; deterministic except for the audit records, which
 * are placed relative to `now` so that "the last 24 hours" always holds some.
 */
import { seedExternalConnections } from './routes/graph/external.js';
import { seedMail } from './routes/graph/mail.js';
import { seedPlanner } from './routes/graph/planner.js';
import { seedReports } from './routes/graph/reports.js';
import { seedServiceAnnouncement } from './routes/graph/serviceannouncement.js';
import { seedActivityFeed } from './routes/management.js';
import { seedPersonalSites } from './routes/sharepoint/onedrive.js';
import type { TenantState } from './types.js';

type ServiceState = Pick<TenantState, 'serviceAnnouncement' | 'reports' | 'planner' | 'externalConnections' | 'mail' | 'personalSites' | 'activityFeed'>;

export function seedServices(tenant: Pick<TenantState, 'tenantId' | 'domain' | 'sharePointHost'>, appId: string): ServiceState {
  const mail = seedMail(tenant.domain);
  return {
    serviceAnnouncement: seedServiceAnnouncement(),
    reports: seedReports(),
    planner: seedPlanner(),
    externalConnections: seedExternalConnections(appId),
    mail,
    personalSites: seedPersonalSites(tenant.sharePointHost, mail.mailboxes),
    activityFeed: seedActivityFeed(tenant),
  };
}
