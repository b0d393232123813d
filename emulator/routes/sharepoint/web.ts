/**
 * SharePoint webs: `_api/web` (with the associated groups on `$expand`), its update (PATCH, or POST with
 * `X-HTTP-Method: MERGE`) and its root folder's welcome page, `_api/web/webs`, the subsites directly below a web (what
 * `spo web list` reads) with `$select`, `$filter` and paging, `webinfos/add` to create a subsite, and the effective
 * permissions of the caller.
 */
import { randomUUID } from 'node:crypto';
import type { EmulatorResponse, Route } from '../../types.js';
import type { SharePointList } from './list.js';
import { applySelect, badJson, collection, entity, filterOf, jsonBody, pageBySkip, spError, unsupportedFilter } from './odata.js';
import { FULL, now, pathOf, READ, sp, WRITE, type SpContext, type SpHandler } from './route.js';

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
  /** Properties changed through an update of the web (header layout, quick launch…), beyond the fields above. */
  properties?: Record<string, unknown>;
  /** Site-relative URL of the welcome page (`SitePages/Home.aspx` when unset). */
  welcomePage?: string;
  /** The web uses the navigation of its parent (CSOM `Navigation.UseShared`). */
  navigationUseShared?: boolean;
  created?: string;
}

function webJson(web: SharePointWeb): Record<string, unknown> {
  return {
    AllowRssFeeds: true,
    AlternateCssUrl: '',
    AppInstanceId: '00000000-0000-0000-0000-000000000000',
    ClassicWelcomePage: null,
    Configuration: 0,
    Created: web.created ?? '2024-01-15T09:30:00',
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
    WelcomePage: web.welcomePage ?? 'SitePages/Home.aspx',
    ...web.properties,
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

/** Properties an update of `SP.Web` may set besides Title and Description (what the CLI's `spo web set` sends). */
const WRITABLE = new Set(
  [
    'AlternateCssUrl', 'CommentsOnSitePagesDisabled', 'CustomMasterUrl', 'EnableMinimalDownload', 'ExcludeFromOfflineClient', 'FooterEnabled',
    'HeaderEmphasis', 'HeaderLayout', 'HorizontalQuickLaunch', 'MasterUrl', 'MegaMenuEnabled', 'MembersCanShare', 'NavAudienceTargetingEnabled',
    'NoCrawl', 'QuickLaunchEnabled', 'RequestAccessEmail', 'SearchScope', 'SiteLogoUrl', 'SyndicationEnabled', 'TreeViewEnabled',
    'AllowAutomaticASPXPageIndexing', 'AllowRssFeeds', 'ThemedCssFolderUrl', 'UIVersionConfigurationEnabled',
  ].map((p) => p.toLowerCase()),
);

/** A handler that needs the JSON body (SharePoint's 400 for bad JSON). */
function withBody(handler: (c: SpContext, body: Record<string, unknown>) => EmulatorResponse): SpHandler {
  return (c) => {
    let body;
    try {
      body = jsonBody(c.request) ?? {};
    } catch {
      return badJson(c.request);
    }
    return handler(c, body);
  };
}

function noSuchProperty(c: SpContext, name: string, type: string): EmulatorResponse {
  return spError(c.request, 400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', `The property '${name}' does not exist on type '${type}'. Make sure to only use property names that are defined by the type.`);
}

/** Updates the web: Title and Description in place, other writable properties kept beside; unknown names refused. */
const updateWeb = withBody((c, body) => {
  const unknown = Object.keys(body).find((k) => !['title', 'description'].includes(k.toLowerCase()) && !WRITABLE.has(k.toLowerCase()));
  if (unknown !== undefined) return noSuchProperty(c, unknown, 'SP.Web');
  for (const [key, value] of Object.entries(body)) {
    if (key.toLowerCase() === 'title') c.web.Title = String(value);
    else if (key.toLowerCase() === 'description') c.web.Description = String(value);
    else c.web.properties = { ...c.web.properties, [key]: value };
  }
  return { status: 204 };
});

/** `POST …/_api/web` is an update only with `X-HTTP-Method: MERGE` (how clients without PATCH send one). */
const mergeWeb: SpHandler = (c) =>
  String(c.request.headers['x-http-method'] ?? '').toUpperCase() === 'MERGE'
    ? updateWeb(c)
    : spError(c.request, 400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', 'The HTTP method POST is not supported on SP.Web. Use MERGE or PATCH to update it.');

/** `PATCH web/RootFolder` with `{ WelcomePage }`. */
const updateRootFolder = withBody((c, body) => {
  const unknown = Object.keys(body).find((k) => k !== 'WelcomePage');
  if (unknown !== undefined) return noSuchProperty(c, unknown, 'SP.Folder');
  c.web.welcomePage = String(body.WelcomePage ?? '');
  return { status: 204 };
});

/** The caller's permissions on the web: an app with full control has them all (AddAndCustomizePages included). */
const getEffectivePermissions: SpHandler = (c) => {
  const full = c.request.token?.roles.some((r) => FULL.includes(r)) ?? false;
  return entity(c, 'SP.BasePermissions', full ? { High: '2147483647', Low: '4294967295' } : { High: '176', Low: '138612833' });
};

interface WebCreation {
  Url?: unknown;
  Title?: unknown;
  Description?: unknown;
  Language?: unknown;
  WebTemplate?: unknown;
}

/** `POST web/webinfos/add` with `{ parameters }`: a subsite below this web; its `SP.WebInformation` is the answer. */
const addWeb = withBody((c, body) => {
  const info = (body.parameters ?? {}) as WebCreation;
  const leaf = typeof info.Url === 'string' ? info.Url.replace(/^\/+|\/+$/g, '') : '';
  if (leaf === '' || leaf.includes('/') || typeof info.Title !== 'string' || typeof info.WebTemplate !== 'string') {
    return spError(c.request, 400, '-2147024809, System.ArgumentException', 'The parameters Url, Title and WebTemplate are required; Url is the leaf name of the new site.');
  }
  if (!/^[A-Z_]+#\d+$/i.test(info.WebTemplate)) return spError(c.request, 400, '-2146232832, Microsoft.SharePoint.SPException', `The template '${info.WebTemplate}' is not found.`);
  const url = `${c.web.Url}/${leaf}`;
  if (c.web.webs.some((w) => w.Url.toLowerCase() === url.toLowerCase()) || c.web.lists.some((l) => l.RootFolderServerRelativeUrl.toLowerCase() === pathOf(url).toLowerCase())) {
    return spError(c.request, 400, '-2147024713, Microsoft.SharePoint.SPException', `The Web site address "${pathOf(url)}" is already in use.`);
  }
  const created = now().replace('Z', '');
  const web: SharePointWeb = {
    Url: url,
    Id: randomUUID(),
    Title: info.Title,
    Description: typeof info.Description === 'string' ? info.Description : '',
    WebTemplate: info.WebTemplate.split('#')[0],
    Language: Number(info.Language ?? 1033) || 1033,
    lists: [],
    webs: [],
    created,
  };
  c.web.webs.push(web);
  return entity(c, 'SP.WebInformation', {
    Configuration: Number(info.WebTemplate.split('#')[1]),
    Created: created,
    Description: web.Description,
    Id: web.Id,
    Language: web.Language,
    LastItemModifiedDate: `${created}Z`,
    LastItemUserModifiedDate: `${created}Z`,
    ServerRelativeUrl: pathOf(url),
    Title: web.Title,
    WebTemplate: web.WebTemplate,
    WebTemplateId: 0,
  });
});

export const webRoutes: Route[] = [
  sp('GET', 'web', READ, getWeb),
  sp('PATCH', 'web', FULL, updateWeb),
  sp('POST', 'web', FULL, mergeWeb),
  sp('PATCH', 'web/RootFolder', WRITE, updateRootFolder),
  sp('GET', 'web/webs', READ, getWebs),
  sp('POST', 'web/webinfos/add', FULL, addWeb),
  sp('GET', 'web/effectivebasepermissions', READ, getEffectivePermissions),
];
