/**
 * The demo tenant's content: SharePoint sites with lists, subsites and app catalogs, Entra groups (more than one Graph
 * page) and the apps already in the tenant app catalog. Deterministic (no randomness, fixed dates) so that tests can name values.
 */
import { createHash } from 'node:crypto';
import type { Group } from './routes/graph/groups.js';
import { seedDocuments } from './routes/sharepoint/file.js';
import { seedLargeList } from './routes/sharepoint/listitem.js';
import { seedPages } from './routes/sharepoint/page.js';
import type { CatalogApp } from './routes/sharepoint/app.js';
import type { SharePointList } from './routes/sharepoint/list.js';
import type { ListItem } from './routes/sharepoint/listitem.js';
import type { SharePointSite } from './routes/sharepoint/site.js';
import type { SharePointWeb } from './routes/sharepoint/web.js';
import { seedTenantAdmin } from './routes/sharepoint/tenant-admin.js';
import type { TenantState } from './types.js';

/** A stable GUID derived from a name, so every run of the seed gives the same IDs. */
export function seedGuid(name: string): string {
  const h = createHash('sha256').update(`seed:${name}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const SEED_DATE = Date.UTC(2024, 0, 15, 9, 30);

/** An ISO date `days` days after the seed date. */
function seedDate(days: number): string {
  return new Date(SEED_DATE + days * 86_400_000).toISOString().replace('.000Z', 'Z');
}

export function seedContent(state: TenantState): void {
  const root = `https://${state.sharePointHost}`;
  state.tenantAppCatalogUrl = `${root}/sites/appcatalog`;
  state.sites = [
    site(root, 'Communication site', 'SITEPAGEPUBLISHING#0', [library('', 'Documents', 'Shared Documents'), sitePages('')]),
    site(`${root}/sites/appcatalog`, 'Apps', 'APPCATALOG#0', [appsLibrary(`${root}/sites/appcatalog`)]),
    site(`${root}/sites/ops`, 'Operations', 'GROUP#0', [
      releasesList(`${root}/sites/ops`),
      library('/sites/ops', 'Documents', 'Shared Documents'),
      sitePages('/sites/ops'),
    ]),
    { ...site(`${root}/sites/marketing`, 'Marketing', 'STS#3', [library('/sites/marketing', 'Documents', 'Shared Documents')]), appCatalog: [] },
  ];
  state.sites[2].rootWeb.webs = opsSubsites(`${root}/sites/ops`);
  const marketing = state.sites[3];
  marketing.rootWeb.lists.push(appsLibrary(marketing.Url));
  marketing.appCatalog = [catalogApp('campaign-banner.sppkg', 'campaign-banner-client-side-solution', '2.1.0.0', true)];
  state.tenantAppCatalog = [
    catalogApp('contoso-news.sppkg', 'contoso-news-client-side-solution', '1.4.0.0', true),
    catalogApp('hr-forms.sppkg', 'hr-forms-client-side-solution', '1.0.0.0', false),
  ];
  state.groups = seedGroups(state.domain);
  seedTenantAdmin(state);
  // Documents, pages and a list above the view threshold, from the files of their routes.
  seedDocuments(state);
  seedPages(state);
  seedLargeList(state);
}

function site(url: string, title: string, template: string, lists: SharePointList[]): SharePointSite {
  return { Url: url, Id: seedGuid(`site:${url}`), rootWeb: web(url, title, template, lists) };
}

function web(url: string, title: string, template: string, lists: SharePointList[], description = ''): SharePointWeb {
  return { Url: url, Id: seedGuid(`web:${url}`), Title: title, Description: description, WebTemplate: template.split('#')[0], Language: 1033, lists, webs: [] };
}

/** Two team subsites of the Operations site (what `spo web list` finds there). */
function opsSubsites(opsUrl: string): SharePointWeb[] {
  const subsite = (leaf: string, title: string, description: string): SharePointWeb => {
    const url = `${opsUrl}/${leaf}`;
    const path = new URL(url).pathname;
    return web(url, title, 'STS#3', [library(path, 'Documents', 'Shared Documents'), sitePages(path)], description);
  };
  return [subsite('runbooks', 'Runbooks', 'How to run and recover the services'), subsite('incidents', 'Incidents', 'Incident reviews')];
}

function list(webPath: string, title: string, template: number, folder: string, items: ListItem[] = []): SharePointList {
  return {
    Id: seedGuid(`list:${webPath}/${folder}`),
    Title: title,
    BaseTemplate: template,
    Hidden: false,
    ItemCount: items.length,
    RootFolderServerRelativeUrl: `${webPath}/${folder}`,
    items,
  };
}

function library(webPath: string, title: string, folder: string): SharePointList {
  return list(webPath, title, 101, folder);
}

function sitePages(webPath: string): SharePointList {
  return list(webPath, 'Site Pages', 119, 'SitePages', [{ Id: 1, Title: 'Home', FileLeafRef: 'Home.aspx' }]);
}

function appsLibrary(webUrl: string): SharePointList {
  return list(new URL(webUrl).pathname, 'Apps for SharePoint', 330, 'AppCatalog');
}

function releasesList(webUrl: string): SharePointList {
  const versions = ['v1.0.0', 'v1.1.0', 'v1.2.0-rc.1'];
  const items = versions.map((v, i) => ({
    Id: i + 1,
    Title: v,
    Status: i < 2 ? 'Released' : 'Planned',
    ReleaseDate: seedDate(i * 30),
  }));
  return list(new URL(webUrl).pathname, 'Releases', 100, 'Lists/Releases', items);
}

function catalogApp(fileName: string, title: string, version: string, deployed: boolean): CatalogApp {
  return {
    ID: seedGuid(`app:${fileName}`),
    Title: title,
    FileName: fileName,
    Deployed: deployed,
    Enabled: true,
    AppCatalogVersion: version,
    InstalledVersion: '',
    CanUpgrade: false,
    IsClientSideSolution: true,
    ProductId: seedGuid(`product:${fileName}`),
    SkipDeploymentFeature: false,
    ContainsTenantWideExtension: false,
    IsEnabled: true,
    IsValidAppPackage: true,
    ShortDescription: `${title.replace(/-client-side-solution$/, '')} description`,
    installedIn: [],
    content: Buffer.from(`PK seeded package ${fileName}`),
  };
}

type GroupKind = 'microsoft365' | 'security' | 'distribution' | 'mailEnabledSecurity';

const NAMED_GROUPS: readonly [string, GroupKind][] = [
  ['Finance', 'microsoft365'],
  ['Marketing', 'microsoft365'],
  ['Sales', 'microsoft365'],
  ['Human Resources', 'microsoft365'],
  ['Engineering', 'microsoft365'],
  ['Finance Approvers', 'security'],
  ['SharePoint Admins', 'security'],
  ['All Staff', 'distribution'],
  ['Finance Auditors', 'mailEnabledSecurity'],
];

const KINDS: readonly GroupKind[] = ['microsoft365', 'security', 'distribution', 'mailEnabledSecurity'];

/** The named groups, then 120 numbered project groups of every kind (so that a listing takes two Graph pages). */
function seedGroups(domain: string): Group[] {
  const numbered = Array.from({ length: 120 }, (_, i): [string, GroupKind] => [
    `Project ${String(i + 1).padStart(3, '0')}`,
    KINDS[i % KINDS.length],
  ]);
  return [...NAMED_GROUPS, ...numbered].map(([name, kind], i) => group(name, kind, domain, i));
}

function group(displayName: string, kind: GroupKind, domain: string, index: number): Group {
  const mailNickname = displayName.replace(/[^A-Za-z0-9]/g, '');
  const mailEnabled = kind !== 'security';
  return {
    id: seedGuid(`group:${displayName}`),
    displayName,
    description: kind === 'microsoft365' ? `${displayName} team` : null,
    mail: mailEnabled ? `${mailNickname}@${domain}` : null,
    mailEnabled,
    mailNickname,
    securityEnabled: kind === 'security' || kind === 'mailEnabledSecurity',
    groupTypes: kind === 'microsoft365' ? ['Unified'] : [],
    visibility: kind === 'microsoft365' ? (index % 2 === 0 ? 'Private' : 'Public') : null,
    createdDateTime: seedDate(index),
  };
}
