/**
 * Microsoft Graph as the catalogue uses it, one file per noun: `sites` (SharePoint discovery), `groups` and
 * `applications`. `graph-odata.ts` holds the error body, `$select`, `$filter` and paging they share.
 */
import type { Route } from '../../types.js';
import { applicationRoutes } from './applications.js';
import { groupRoutes } from './groups.js';
import { siteRoutes } from './sites.js';
import { sitePermissionRoutes } from './site-permissions.js';

export const graphRoutes: Route[] = [...siteRoutes, ...groupRoutes, ...applicationRoutes, ...sitePermissionRoutes];
