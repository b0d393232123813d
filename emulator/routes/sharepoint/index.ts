/**
 * SharePoint REST as the catalogue (and the CLI for Microsoft 365) uses it, one file per noun: web (and subsites), site
 * and tenant settings, list, listitem, contenttype, file and folder, app catalogs. `route.ts` resolves the site and web
 * of a request; `odata.ts` holds the response formats, errors, paging and query options they share.
 */
import type { Route } from '../../types.js';
import { appRoutes } from './app.js';
import { contextInfoRoutes } from './contextinfo.js';
import { customActionRoutes } from './customaction.js';
import { contentTypeRoutes, webContentTypeRoutes } from './contenttype.js';
import { fieldRoutes } from './field.js';
import { fileRoutes } from './file.js';
import { folderRoutes } from './folder.js';
import { listRoutes } from './list.js';
import { listItemRoutes } from './listitem.js';
import { navigationRoutes } from './navigation.js';
import { pageRoutes } from './page.js';
import { siteRoutes } from './site.js';
import { storageEntityRoutes } from './storageentity.js';
import { webRoutes } from './web.js';
import { hubSiteRoutes } from './hubsite.js';
import { homeSiteRoutes } from './homesite.js';
import { tenantAdminRoutes } from './tenant-admin.js';
import { csomRoutes } from './tenant-csom.js';
import { siteDesignRoutes } from './sitedesign.js';
import { themeRoutes } from './theme.js';
import { groupRoutes } from './group.js';
import { userRoutes } from './user.js';

export const sharePointRoutes: Route[] = [
  // First: the admin site's own list and APIs answer before the site routes would look for a site there.
  ...tenantAdminRoutes,
  ...homeSiteRoutes,
  ...hubSiteRoutes,
  ...csomRoutes,
  ...contextInfoRoutes,
  ...webRoutes,
  ...siteRoutes,
  ...listRoutes,
  ...listItemRoutes,
  ...contentTypeRoutes,
  ...webContentTypeRoutes,
  ...fieldRoutes,
  ...fileRoutes,
  ...folderRoutes,
  ...pageRoutes,
  ...appRoutes,
  ...customActionRoutes,
  ...storageEntityRoutes,
  ...navigationRoutes,
  ...siteDesignRoutes,
  ...themeRoutes,
  ...groupRoutes,
  ...userRoutes,
];
