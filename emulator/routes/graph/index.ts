/**
 * Microsoft Graph as the catalogue uses it, one file per noun: `sites` (SharePoint discovery), `groups`,
 * `applications`, site permissions, and the services (`serviceannouncement`, `reports`, `planner`, `external`,
 * `mail`, `tenant-relationships`). `graph-odata.ts` holds the error body, `$select`, `$filter` and paging they share.
 */
import type { Route } from '../../types.js';
import { applicationRoutes } from './applications.js';
import { externalRoutes } from './external.js';
import { groupRoutes } from './groups.js';
import { mailRoutes } from './mail.js';
import { plannerRoutes } from './planner.js';
import { reportRoutes } from './reports.js';
import { serviceAnnouncementRoutes } from './serviceannouncement.js';
import { sitePermissionRoutes } from './site-permissions.js';
import { siteRoutes } from './sites.js';
import { tenantRelationshipRoutes } from './tenant-relationships.js';

export const graphRoutes: Route[] = [...siteRoutes, ...groupRoutes, ...applicationRoutes, ...sitePermissionRoutes];

/** Microsoft 365 services on Graph: service health, usage reports (and their download host), Planner, connectors, mail. */
export const graphServiceRoutes: Route[] = [
  ...serviceAnnouncementRoutes,
  ...reportRoutes,
  ...plannerRoutes,
  ...externalRoutes,
  ...mailRoutes,
  ...tenantRelationshipRoutes,
];
