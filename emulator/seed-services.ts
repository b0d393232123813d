/**
 * The Microsoft 365 services part of the emulated tenant: service health, usage reports, Planner, connectors, sent mail,
 * OneDrives and the audit feed, each type declared and seeded beside the routes that serve it. Like the directory
 * (`graphOf`), the part is seeded on first use, so that a tenant built by hand in a test gets it too. Deterministic
 * except for the audit records, which lie before the moment of seeding so that "the last 24 hours" always holds some.
 */
import { seedExternalConnections, type ExternalConnection } from './routes/graph/external.js';
import type { MailState } from './routes/graph/mail.js';
import { seedPlanner, type PlannerState } from './routes/graph/planner.js';
import { seedReports, type ReportsState } from './routes/graph/reports.js';
import { seedServiceAnnouncement, type ServiceAnnouncementState } from './routes/graph/serviceannouncement.js';
import { graphOf } from './routes/graph/state.js';
import { seedActivityFeed, type ActivityFeedState } from './routes/management.js';
import { seedPersonalSites, type PersonalSite } from './routes/sharepoint/onedrive.js';
import type { TenantState } from './types.js';

export interface ServicesState {
  serviceAnnouncement: ServiceAnnouncementState;
  reports: ReportsState;
  planner: PlannerState;
  externalConnections: ExternalConnection[];
  mail: MailState;
  personalSites: PersonalSite[];
  activityFeed: ActivityFeedState;
}

/** The people of the directory who have a mailbox and a OneDrive (its named members, not the bulk test users). */
export function mailboxUsers(state: TenantState): { id: string; userPrincipalName: string; displayName: string }[] {
  return graphOf(state).users.filter((u) => u.userType === 'Member' && u.mail !== null && u.department !== 'Test');
}

/** The tenant's services, seeded the first time a route asks for them. */
export function servicesOf(state: TenantState): ServicesState {
  state.services ??= {
    serviceAnnouncement: seedServiceAnnouncement(),
    reports: seedReports(),
    planner: seedPlanner(),
    externalConnections: seedExternalConnections(state.apps[0]?.appId ?? ''),
    mail: { sent: [] },
    personalSites: seedPersonalSites(state.sharePointHost, mailboxUsers(state)),
    activityFeed: seedActivityFeed(state),
  };
  return state.services;
}
