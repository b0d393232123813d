/**
 * SharePoint webs: `_api/web` (with the associated groups on `$expand`) and `_api/web/webs`, the subsites directly
 * below a web (what `spo web list` reads), with `$select`, `$filter` and paging.
 */
import type { Route } from '../../types.js';
import type { SharePointList } from './list.js';
import { applySelect, collection, entity, filterOf, pageBySkip, unsupportedFilter } from './odata.js';
import { pathOf, READ, sp, type SpHandler } from './route.js';

export interface SharePointWeb {
  /** Absolute URL, e.g. https://contoso.sharepoint.com/sites/ops */
  Url: string;
  Id: string;
  Title: string;
  Description: string;
  WebTemplate: string;
  Language: number;
  lists: SharePointList[];
  /** Subsites directly below this web. */
  webs: SharePointWeb[];
}

function webJson(web: SharePointWeb): Record<string, unknown> {
  return {
    AllowRssFeeds: true,
    AlternateCssUrl: '',
    AppInstanceId: '00000000-0000-0000-0000-000000000000',
    ClassicWelcomePage: null,
    Configuration: 0,
    Created: '2024-01-15T09:30:00',
    CustomMasterUrl: `${pathOf(web.Url)}/_catalogs/masterpage/seattle.master`,
    Description: web.Description,
    EnableMinimalDownload: false,
    HorizontalQuickLaunch: false,
    Id: web.Id,
    IsMultilingual: true,
    Language: web.Language,
    LastItemModifiedDate: '2024-01-15T09:30:00Z',
    LastItemUserModifiedDate: '2024-01-15T09:30:00Z',
    MasterUrl: `${pathOf(web.Url)}/_catalogs/masterpage/seattle.master`,
    NoCrawl: false,
    QuickLaunchEnabled: true,
    RecycleBinEnabled: true,
    ServerRelativeUrl: pathOf(web.Url) || '/',
    SiteLogoUrl: null,
    SyndicationEnabled: true,
    Title: web.Title,
    TreeViewEnabled: false,
    UIVersion: 15,
    UIVersionConfigurationEnabled: false,
    Url: web.Url,
    WebTemplate: web.WebTemplate,
    WelcomePage: 'SitePages/Home.aspx',
  };
}

function spGroup(web: SharePointWeb, id: number, role: string): Record<string, unknown> {
  const title = `${web.Title} ${role}`;
  return { Id: id, IsHiddenInUI: false, LoginName: title, Title: title, PrincipalType: 8, AllowMembersEditMembership: role !== 'Visitors', Description: null, OwnerTitle: `${web.Title} Owners` };
}

const getWeb: SpHandler = (c) => {
  const body = webJson(c.web);
  const expand = (c.request.query.get('$expand') ?? '').toLowerCase();
  if (expand.includes('associatedownergroup')) body.AssociatedOwnerGroup = spGroup(c.web, 3, 'Owners');
  if (expand.includes('associatedmembergroup')) body.AssociatedMemberGroup = spGroup(c.web, 5, 'Members');
  if (expand.includes('associatedvisitorgroup')) body.AssociatedVisitorGroup = spGroup(c.web, 4, 'Visitors');
  return entity(c, 'SP.Web', body);
};

const getWebs: SpHandler = (c) => {
  const test = filterOf(c.request.query.get('$filter'));
  if (!test) return unsupportedFilter(c.request);
  const matching = c.web.webs.map(webJson).filter(test);
  const { page, next } = pageBySkip(c.request, matching);
  return collection(c, 'SP.Web', page.map((w) => applySelect(w, c.request.query.get('$select'))), next);
};

export const webRoutes: Route[] = [
  sp('GET', 'web', READ, getWeb),
  sp('GET', 'web/webs', READ, getWebs),
];
