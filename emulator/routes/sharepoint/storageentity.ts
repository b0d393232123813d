/**
 * Tenant properties (storage entities) of app catalogs. SharePoint keeps them as JSON in the app catalog's root web
 * property bag, under `storageentitiesindex` (`{ "<key>": { Value, Description, Comment } }`), which REST reads as
 * `_api/web/AllProperties`. `_api/web/GetStorageEntity('<key>')` on any site answers the entity of that site's
 * collection app catalog, else the tenant app catalog's (`odata.null` when there is none). Writing is CSOM only:
 * `SetStorageEntity` / `RemoveStorageEntity` on an app catalog's root web (`Tenant.GetSiteByUrl(url).RootWeb`), on the
 * admin site; on a web that is no app catalog SharePoint answers "Access denied.".
 */
import type { Route, TenantState } from '../../types.js';
import { CsomError } from './csom.js';
import { entity, unquote } from './odata.js';
import { bagOf } from './propertybag.js';
import { READ, sp, type SpContext } from './route.js';
import { siteByUrl, type SharePointSite } from './site.js';
import type { SharePointWeb } from './web.js';

interface StorageEntity {
  Value: string;
  Description: string;
  Comment: string;
}

const INDEX = 'storageentitiesindex';

function entitiesOf(web: SharePointWeb): Record<string, StorageEntity> {
  const text = bagOf(web)[INDEX];
  if (typeof text !== 'string' || text.trim() === '') return {};
  return JSON.parse(text) as Record<string, StorageEntity>;
}

function isAppCatalog(state: TenantState, web: SharePointWeb): boolean {
  const site = state.sites.find((s) => s.rootWeb === web);
  return site !== undefined && (site.appCatalog !== undefined || site.Url.toLowerCase() === state.tenantAppCatalogUrl.toLowerCase());
}

/** `SetStorageEntity(key, value, description, comment)` and `RemoveStorageEntity(key)` of `SP.Web`. */
export function storageEntityMethod(state: TenantState, web: SharePointWeb, name: string, args: readonly unknown[]): null | CsomError {
  if (name !== 'SetStorageEntity' && name !== 'RemoveStorageEntity') return new CsomError(`The method '${name}' is not supported.`);
  if (!isAppCatalog(state, web)) return new CsomError('Access denied.', 'System.UnauthorizedAccessException', -2147024891);
  const entities = entitiesOf(web);
  const key = String(args[0] ?? '');
  if (name === 'RemoveStorageEntity') delete entities[key];
  else entities[key] = { Value: String(args[1] ?? ''), Description: String(args[2] ?? ''), Comment: String(args[3] ?? '') };
  bagOf(web)[INDEX] = JSON.stringify(entities);
  return null;
}

function getStorageEntity(c: SpContext): ReturnType<typeof entity> {
  const key = unquote(c.params.key);
  const tenantCatalog: SharePointSite | undefined = c.state.tenantAppCatalogUrl ? siteByUrl(c.state, c.state.tenantAppCatalogUrl) : undefined;
  const catalogs = [c.site.appCatalog !== undefined ? c.site.rootWeb : undefined, tenantCatalog?.rootWeb];
  for (const web of catalogs) {
    const found = web ? entitiesOf(web)[key] : undefined;
    if (found) return entity(c, 'SP.StorageEntity', { Comment: found.Comment, Description: found.Description, Value: found.Value });
  }
  return entity(c, 'SP.StorageEntity', { 'odata.null': true });
}

/** REST spells property names as XML names: `_` is `_x005f_`; CSOM's type suffix is not part of the name. */
function allProperties(c: SpContext): ReturnType<typeof entity> {
  const bag = Object.fromEntries(Object.entries(bagOf(c.web)).map(([k, v]) => [k.replace('$  Int32', '').replace(/_/g, '_x005f_'), v]));
  const select = (c.request.query.get('$select') ?? '').split(',').map((s) => s.trim().toLowerCase()).filter((s) => s !== '');
  const picked = select.length === 0 ? bag : Object.fromEntries(Object.entries(bag).filter(([k]) => select.includes(k.toLowerCase())));
  return entity(c, 'SP.PropertyValues', picked);
}

export const storageEntityRoutes: Route[] = [
  sp('GET', "web/GetStorageEntity\\('(?<key>(?:[^']|'')*)'\\)", READ, getStorageEntity),
  sp('GET', 'web/AllProperties', READ, allProperties),
];
