/**
 * SharePoint groups of a site collection (`web/sitegroups`, paged) and the web's associated owner, member and visitor
 * groups (`web/AssociatedOwnerGroup`…). Every site has the three groups a new site gets, named after its title.
 */
import type { Route } from '../../types.js';
import { collection, entity, pageBySkip, spError } from './odata.js';
import { READ, sp, type SpHandler } from './route.js';
import type { SharePointSite } from './site.js';

export interface SiteGroup {
  Id: number;
  Title: string;
  Description: string;
  OnlyAllowMembersViewMembership: boolean;
  AllowMembersEditMembership: boolean;
}

/** The groups of a site: owners (3), visitors (4) and members (5), as SharePoint numbers them on a new site. */
export function siteGroupsOf(site: SharePointSite): SiteGroup[] {
  const title = site.rootWeb.Title;
  return [
    { Id: 3, Title: `${title} Owners`, Description: '', OnlyAllowMembersViewMembership: false, AllowMembersEditMembership: false },
    { Id: 4, Title: `${title} Visitors`, Description: '', OnlyAllowMembersViewMembership: false, AllowMembersEditMembership: false },
    { Id: 5, Title: `${title} Members`, Description: '', OnlyAllowMembersViewMembership: false, AllowMembersEditMembership: true },
  ];
}

function groupJson(site: SharePointSite, group: SiteGroup): Record<string, unknown> {
  return {
    Id: group.Id,
    IsHiddenInUI: false,
    LoginName: group.Title,
    Title: group.Title,
    PrincipalType: 8,
    AllowMembersEditMembership: group.AllowMembersEditMembership,
    AllowRequestToJoinLeave: false,
    AutoAcceptRequestToJoinLeave: false,
    Description: group.Description,
    OnlyAllowMembersViewMembership: group.OnlyAllowMembersViewMembership,
    OwnerTitle: `${site.rootWeb.Title} Owners`,
    RequestToJoinLeaveEmailSetting: null,
  };
}

const getSiteGroups: SpHandler = (c) => {
  const { page, next } = pageBySkip(c.request, siteGroupsOf(c.site).map((g) => groupJson(c.site, g)));
  return collection(c, 'SP.Group', page, next);
};

const ASSOCIATED: Readonly<Record<string, number>> = { associatedownergroup: 3, associatedvisitorgroup: 4, associatedmembergroup: 5 };

const getAssociatedGroup: SpHandler = (c) => {
  const group = siteGroupsOf(c.site).find((g) => g.Id === ASSOCIATED[c.params.which.toLowerCase()]);
  if (!group) return spError(c.request, 404, '-2146232832, Microsoft.SharePoint.SPException', 'Group cannot be found.');
  return entity(c, 'SP.Group', groupJson(c.site, group));
};

export const groupRoutes: Route[] = [
  sp('GET', 'web/sitegroups', READ, getSiteGroups),
  sp('GET', 'web/(?<which>Associated(?:Owner|Member|Visitor)Group)', READ, getAssociatedGroup),
];
