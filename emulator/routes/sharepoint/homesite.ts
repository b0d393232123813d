/**
 * Home sites (Viva Connections "targeted sites") of the tenant admin API: `SPO.Tenant/GetTargetedSitesDetails` lists
 * them with their audiences and settings, `SPO.Tenant/UpdateTargetedSite` changes the settings of one.
 */
import type { EmulatorRequest, EmulatorResponse, Route, TenantState } from '../../types.js';
import { badJson, collection, entity, jsonBody, spError } from './odata.js';
import { FULL } from './route.js';
import { siteByUrl } from './site.js';
import { adminOnly } from './tenant-admin.js';

export interface HomeSite {
  siteUrl: string;
  /** IDs of the Entra groups the home site targets. */
  audiences: string[];
  isInDraftMode: boolean;
  vivaConnectionsDefaultStart: boolean;
  /** 0 everyone, 1 front line workers, 2 information workers. */
  targetedLicenseType: number;
}

function homeSiteJson(state: TenantState, home: HomeSite): Record<string, unknown> {
  const site = siteByUrl(state, home.siteUrl);
  return {
    Audiences: home.audiences.map((id) => {
      const group = state.groups.find((g) => g.id.toLowerCase() === id.toLowerCase());
      return { Email: group?.mail ?? null, Id: id, Title: group ? `${group.displayName} Members` : id };
    }),
    IsInDraftMode: home.isInDraftMode,
    IsVivaBackendSite: false,
    SiteId: site?.Id ?? null,
    TargetedLicenseType: home.targetedLicenseType,
    Title: site?.rootWeb.Title ?? '',
    Url: site?.Url ?? home.siteUrl,
    VivaConnectionsDefaultStart: home.vivaConnectionsDefaultStart,
    WebId: site?.rootWeb.Id ?? null,
  };
}

function listHomeSites(request: EmulatorRequest, state: TenantState): EmulatorResponse {
  return collection({ request, web: { Url: `https://${request.host}` } }, 'SP.TargetedSiteDetails', state.admin.homeSites.map((h) => homeSiteJson(state, h)));
}

interface Configuration {
  IsVivaConnectionsDefaultStartPresent?: boolean;
  vivaConnectionsDefaultStart?: boolean;
  IsInDraftModePresent?: boolean;
  isInDraftMode?: boolean;
  IsAudiencesPresent?: boolean;
  Audiences?: unknown;
  IsTargetedLicenseTypePresent?: boolean;
  TargetedLicenseType?: number;
}

/** Applies the `…Present` parts of a configuration to a home site; an audience must be a group of the tenant. */
function configure(state: TenantState, home: HomeSite, config: Configuration): string | undefined {
  if (config.IsAudiencesPresent) {
    const ids = Array.isArray(config.Audiences) ? config.Audiences.map(String) : [];
    const unknown = ids.find((id) => !state.groups.some((g) => g.id.toLowerCase() === id.toLowerCase()));
    if (unknown !== undefined) return `The audience '${unknown}' is not a group of the tenant.`;
    home.audiences = ids;
  }
  if (config.IsInDraftModePresent) home.isInDraftMode = config.isInDraftMode === true;
  if (config.IsVivaConnectionsDefaultStartPresent) home.vivaConnectionsDefaultStart = config.vivaConnectionsDefaultStart === true;
  if (config.IsTargetedLicenseTypePresent) {
    if (![0, 1, 2].includes(Number(config.TargetedLicenseType))) return `The targeted license type '${config.TargetedLicenseType}' is not valid.`;
    home.targetedLicenseType = Number(config.TargetedLicenseType);
  }
  return undefined;
}

/** `POST SPO.Tenant/UpdateTargetedSite` with `{ siteUrl, configurationParam }`; only an existing home site can be updated. */
function updateHomeSite(request: EmulatorRequest, state: TenantState): EmulatorResponse {
  let body;
  try {
    body = jsonBody(request);
  } catch {
    return badJson(request);
  }
  const url = String(body?.siteUrl ?? '').replace(/\/+$/, '').toLowerCase();
  const home = state.admin.homeSites.find((h) => h.siteUrl.replace(/\/+$/, '').toLowerCase() === url);
  // The service's wording for a site that is not a home site is not documented; this one says what is wrong.
  if (!home) return spError(request, 400, '-2146232832, Microsoft.SharePoint.SPException', `The site ${String(body?.siteUrl ?? '')} is not a home site of the tenant.`);
  const problem = configure(state, home, (body?.configurationParam ?? {}) as Configuration);
  if (problem) return spError(request, 400, '-2147024809, System.ArgumentException', problem);
  return entity({ request, web: { Url: `https://${request.host}` } }, 'SP.TargetedSiteDetails', homeSiteJson(state, home));
}

export const homeSiteRoutes: Route[] = [
  adminOnly('GET', 'SPO.Tenant/GetTargetedSitesDetails', FULL, listHomeSites),
  adminOnly('POST', 'SPO.Tenant/UpdateTargetedSite', FULL, updateHomeSite),
];
