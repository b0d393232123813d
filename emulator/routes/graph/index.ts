/**
 * Microsoft Graph as the catalogue uses it, one file per noun: `sites` (SharePoint discovery), `users`, `groups`,
 * `applications`, `servicePrincipals`, `teams` (channels, tabs, installed apps), the Teams app catalog and the
 * directory lists (administrative units, role definitions), and the services (`serviceannouncement`, `reports`, `planner`,
 * `external`, `mail`, `tenant-relationships`). `graph-odata.ts` holds the error body, `$select`,
 * `$filter`, paging and request-body helpers they share; `state.ts` the directory state; `seed.ts` its seed.
 */
import type { Route } from '../../types.js';
import { applicationRoutes } from './applications.js';
import { directoryRoutes } from './directory.js';
import { externalRoutes } from './external.js';
import { groupRoutes } from './groups.js';
import { mailRoutes } from './mail.js';
import { plannerRoutes } from './planner.js';
import { reportRoutes } from './reports.js';
import { serviceAnnouncementRoutes } from './serviceannouncement.js';
import { servicePrincipalRoutes } from './service-principals.js';
import { siteRoutes } from './sites.js';
import { sitePermissionRoutes } from './site-permissions.js';
import { teamsAppRoutes } from './teams-apps.js';
import { tenantRelationshipRoutes } from './tenant-relationships.js';
import { teamRoutes } from './teams.js';
import { userRoutes } from './users.js';

// The directory's own servicePrincipals routes come before the narrower lookup that site permissions carry.
export const graphRoutes: Route[] = [
  ...siteRoutes,
  ...groupRoutes,
  ...applicationRoutes,
  ...servicePrincipalRoutes,
  ...userRoutes,
  ...teamRoutes,
  ...teamsAppRoutes,
  ...directoryRoutes,
  ...sitePermissionRoutes,
];

/** Microsoft 365 services on Graph: service health, usage reports (and their download host), Planner, connectors, mail. */
export const graphServiceRoutes: Route[] = [
  ...serviceAnnouncementRoutes,
  ...reportRoutes,
  ...plannerRoutes,
  ...externalRoutes,
  ...mailRoutes,
  ...tenantRelationshipRoutes,
];
