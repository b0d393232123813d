/**
 * A tenant at scale, for fan-out tests and the benchmark (`startEmulator({ scale: {} })`): 2,000 site collections
 * `/sites/fanout-0001` … `/sites/fanout-2000`, each with a site collection app catalog holding the fan-out app, and a
 * hub site `/sites/fanout-hub` with 1,000 of them associated (every second one with the defaults). The tenant app
 * catalog holds the same app, deployed, for installs from the tenant catalog.
 *
 * Not part of the default seed: it would change what every listing of the demo tenant returns. Even when asked for,
 * the sites are created lazily, at the first read of `state.sites` (the first SharePoint request, or a test looking),
 * so that starting such an emulator costs nothing until the sites are needed.
 */
import { seedGuid } from './seed-content.js';
import type { CatalogApp } from './routes/sharepoint/app.js';
import type { SharePointList } from './routes/sharepoint/list.js';
import { newSite, type SharePointSite } from './routes/sharepoint/site.js';
import type { TenantState } from './types.js';

export interface ScaleOptions {
  /** Site collections to add, each with its own app catalog. Default 2,000. */
  readonly sites?: number;
  /** How many of them are associated with the fan-out hub, spread evenly over the numbers. Default 1,000. */
  readonly hubAssociatedSites?: number;
  /**
   * Site numbers (1-based) whose app catalog has the fan-out app without deploying it: `spo app install
   * --appCatalogScope sitecollection` fails there ("not deployed") until `spo app deploy` deploys it in that catalog.
   */
  readonly appNotDeployed?: readonly number[];
  /** Site numbers without a site collection app catalog: an install from the site collection catalog answers 404. */
  readonly noAppCatalog?: readonly number[];
}

const ROOT = 'https://contoso.sharepoint.com';
const SEED_CREATED = '2024-01-15T09:30:00Z';

/** The hub site every associated fan-out site belongs to. */
export const SCALE_HUB_URL = `${ROOT}/sites/fanout-hub`;
export const SCALE_HUB_TITLE = 'Fan-out hub';
/** File name of the fan-out app, in the tenant app catalog and in every fan-out site's catalog. */
export const SCALE_APP_FILE = 'fanout-webpart.sppkg';
/** ID of the fan-out app in the tenant app catalog (deployed): `spo app install --id <this> --siteUrl <site>`. */
export const SCALE_APP_ID = seedGuid(`app:tenant:${SCALE_APP_FILE}`);
/**
 * ID of the fan-out app in each fan-out site's own catalog: `spo app install --id <this> --siteUrl <site>
 * --appCatalogScope sitecollection`. SharePoint gives each catalog's copy its own ID; the emulator gives them one, so
 * that one command line can fan out over the sites.
 */
export const SCALE_SITE_APP_ID = seedGuid(`app:sitecollection:${SCALE_APP_FILE}`);

/** The URL of fan-out site `n` (1-based): `…/sites/fanout-0001`. */
export function scaleSiteUrl(n: number, options: ScaleOptions = {}): string {
  const digits = Math.max(4, String(siteCount(options)).length);
  return `${ROOT}/sites/fanout-${String(n).padStart(digits, '0')}`;
}

function siteCount(options: ScaleOptions): number {
  return options.sites ?? 2000;
}

/** Whether fan-out site `n` is associated with the hub: `hubAssociatedSites` of the numbers, evenly spread. */
export function isHubAssociated(n: number, options: ScaleOptions = {}): boolean {
  const sites = siteCount(options);
  const associated = Math.min(options.hubAssociatedSites ?? 1000, sites);
  return Math.floor((n * associated) / sites) !== Math.floor(((n - 1) * associated) / sites);
}

/** The numbers of the sites associated with the hub, in order. */
export function hubAssociatedNumbers(options: ScaleOptions = {}): number[] {
  return Array.from({ length: siteCount(options) }, (_, i) => i + 1).filter((n) => isHubAssociated(n, options));
}

/** Whether the scale sites of this state are still to be created (nothing has read `state.sites` yet). */
export function isScalePending(state: TenantState): boolean {
  return Object.getOwnPropertyDescriptor(state, 'sites')?.get !== undefined;
}

/**
 * Adds the tenant at scale to a seeded state. The fan-out app goes to the tenant app catalog now; the sites are made
 * when `state.sites` is first read, after which it is a plain array again.
 */
export function seedScale(state: TenantState, options: ScaleOptions = {}): void {
  assertScaleOptions(options);
  state.tenantAppCatalog.push(fanoutApp(SCALE_APP_ID, true));
  let sites = state.sites;
  Object.defineProperty(state, 'sites', {
    configurable: true,
    enumerable: true,
    get(): SharePointSite[] {
      sites.push(...scaleSites(options));
      Object.defineProperty(state, 'sites', { value: sites, writable: true, configurable: true, enumerable: true });
      return sites;
    },
    set(value: SharePointSite[]) {
      sites = value;
    },
  });
}

function assertScaleOptions(options: ScaleOptions): void {
  const sites = siteCount(options);
  if (!Number.isInteger(sites) || sites < 1) throw new Error(`scale.sites must be a whole number of 1 or more; got ${sites}.`);
  for (const key of ['appNotDeployed', 'noAppCatalog'] as const) {
    const bad = (options[key] ?? []).find((n) => !Number.isInteger(n) || n < 1 || n > sites);
    if (bad !== undefined) throw new Error(`scale.${key} names site ${bad}, which does not exist: the sites are numbered 1 to ${sites}.`);
  }
}

/** The hub first, then the numbered sites. */
function scaleSites(options: ScaleOptions): SharePointSite[] {
  const hub = fanoutSite(SCALE_HUB_URL, SCALE_HUB_TITLE);
  hub.hub = { ID: hub.Id, Description: 'The sites a release rolls out to', LogoUrl: null, ParentHubSiteId: ZERO_GUID, SiteDesignId: ZERO_GUID, version: 1 };
  hub.hubSiteId = hub.Id;
  const notDeployed = new Set(options.appNotDeployed ?? []);
  const noCatalog = new Set(options.noAppCatalog ?? []);
  const sites = [hub];
  for (let n = 1; n <= siteCount(options); n++) {
    const url = scaleSiteUrl(n, options);
    const site = fanoutSite(url, `Fan-out site ${url.slice(url.lastIndexOf('-') + 1)}`);
    if (isHubAssociated(n, options)) site.hubSiteId = hub.Id;
    if (!noCatalog.has(n)) {
      site.rootWeb.lists.push(appsLibrary(url));
      site.appCatalog = [fanoutApp(SCALE_SITE_APP_ID, !notDeployed.has(n))];
    }
    sites.push(site);
  }
  return sites;
}

const ZERO_GUID = '00000000-0000-0000-0000-000000000000';

function fanoutSite(url: string, title: string): SharePointSite {
  const site = newSite(url, { Title: title, WebTemplate: 'STS#3', Owner: 'admin@contoso.onmicrosoft.com' }, 'scale');
  site.created = SEED_CREATED;
  site.rootWeb.created = SEED_CREATED;
  return site;
}

function appsLibrary(siteUrl: string): SharePointList {
  const path = new URL(siteUrl).pathname;
  return { Id: seedGuid(`list:${path}/AppCatalog`), Title: 'Apps for SharePoint', BaseTemplate: 330, Hidden: false, ItemCount: 1, RootFolderServerRelativeUrl: `${path}/AppCatalog`, items: [] };
}

/** Shared by every copy: handlers replace a package's content, never change it in place. */
const PACKAGE = Buffer.from(`PK seeded package ${SCALE_APP_FILE}`);

function fanoutApp(id: string, deployed: boolean): CatalogApp {
  return {
    ID: id,
    Title: 'fanout-webpart-client-side-solution',
    FileName: SCALE_APP_FILE,
    Deployed: deployed,
    Enabled: true,
    AppCatalogVersion: '1.0.0.0',
    InstalledVersion: '',
    CanUpgrade: false,
    IsClientSideSolution: true,
    ProductId: seedGuid(`product:${SCALE_APP_FILE}`),
    SkipDeploymentFeature: false,
    ContainsTenantWideExtension: false,
    IsEnabled: true,
    IsValidAppPackage: true,
    ShortDescription: 'A web part rolled out to many sites',
    installedIn: [],
    content: PACKAGE,
  };
}
