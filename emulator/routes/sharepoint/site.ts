/** SharePoint site collections: `_api/site`, and the tenant settings that name the tenant app catalog. */
import type { Route } from '../../types.js';
import { seedGuid } from '../../seed-content.js';
import type { CatalogApp } from './app.js';
import { entity } from './odata.js';
import { pathOf, READ, sp, type SpHandler } from './route.js';
import type { SharePointWeb } from './web.js';

export interface SharePointSite {
  /** Site collection URL. */
  Url: string;
  Id: string;
  rootWeb: SharePointWeb;
  /** Site collection app catalog, when the site has one. */
  appCatalog?: CatalogApp[];
}

const getSite: SpHandler = (c) =>
  entity(c, 'SP.Site', {
    AllowDesigner: true,
    AllowExternalEmbeddingWrapper: 1,
    Classification: '',
    CompatibilityLevel: 15,
    Id: c.site.Id,
    GroupId: c.site.rootWeb.WebTemplate === 'GROUP' ? seedGuid(`m365group:${c.site.Url}`) : '00000000-0000-0000-0000-000000000000',
    HubSiteId: '00000000-0000-0000-0000-000000000000',
    IsHubSite: false,
    LockIssue: null,
    MaxItemsPerThrottledOperation: 5000,
    ReadOnly: false,
    RelatedGroupId: '00000000-0000-0000-0000-000000000000',
    SensitivityLabelId: null,
    ServerRelativeUrl: pathOf(c.site.Url) || '/',
    ShareByEmailEnabled: false,
    StatusBarText: null,
    Url: c.site.Url,
  });

const getTenantSettings: SpHandler = (c) =>
  entity(c, 'SP.TenantSettings', { CorporateCatalogUrl: c.state.tenantAppCatalogUrl || null });

export const siteRoutes: Route[] = [
  sp('GET', 'site', READ, getSite),
  sp('GET', 'SP_TenantSettings_Current', READ, getTenantSettings),
];
