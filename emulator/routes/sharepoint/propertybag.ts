/**
 * The property bag of a web (`SP.Web.AllProperties`), which SharePoint reads and writes only through CSOM: a query of
 * `AllProperties` on the web's object identity, and `SetFieldValue` (a `Null` value removes the key) followed by
 * `Update`. Keys of Int32 values carry CSOM's `$  Int32` suffix (the request asks `AddExpandoFieldTypeSuffix`).
 * Writing needs full control of the site and, as in SharePoint, a site that allows custom script: on a NoScript site
 * (`DenyAddAndCustomizePages` 2, the default of modern sites) every write is denied.
 */
import { randomUUID } from 'node:crypto';
import type { EmulatorRequest, EmulatorResponse, TenantState } from '../../types.js';
import { unescapeXml } from './field.js';
import { absolutePath, childrenOf, locate, type Place } from './file.js';
import { seedGuid } from '../../seed-content.js';
import { FULL, READ, siteOf, webOf } from './route.js';
import { siteGrantAllows } from './site-grants.js';
import type { SharePointWeb } from './web.js';

const bags = new WeakMap<SharePointWeb, Record<string, string | number>>();
/** Folder property bags (`SP.Folder.Properties`) of each web, by the folder's unique ID. */
const folderBags = new WeakMap<SharePointWeb, Map<string, Record<string, string | number>>>();

function folderIdOf(place: Place): string {
  return place.item ? String(place.item.folder?.UniqueId ?? place.item.file?.UniqueId ?? '') : seedGuid(`folder:${place.list.Id}`);
}

function folderBagOf(web: SharePointWeb, id: string, itemCount = 0): Record<string, string | number> {
  let folders = folderBags.get(web);
  if (!folders) {
    folders = new Map();
    folderBags.set(web, folders);
  }
  let bag = folders.get(id);
  if (!bag) {
    bag = { 'vti_folderitemcount$  Int32': itemCount, vti_level: '1' };
    folders.set(id, bag);
  }
  return bag;
}

/** The web's property bag, with the keys every SharePoint web has. */
export function bagOf(web: SharePointWeb): Record<string, string | number> {
  let bag = bags.get(web);
  if (!bag) {
    bag = { vti_defaultlanguage: 'en-us', 'vti_folderitemcount$  Int32': 0, vti_extenderversion: '16.0.0.25000', vti_associategroups: '3;4;5', vti_createdassociategroups: '3;4;5' };
    bags.set(web, bag);
  }
  return bag;
}

function header(error?: { message: string; type: string; code: number }): Record<string, unknown> {
  return {
    SchemaVersion: '15.0.0.0',
    LibraryVersion: '16.0.25000.12002',
    ErrorInfo: error ? { ErrorMessage: error.message, ErrorValue: null, TraceCorrelationId: randomUUID(), ErrorCode: error.code, ErrorTypeName: error.type } : null,
    TraceCorrelationId: randomUUID(),
  };
}

function answer(body: unknown[]): EmulatorResponse {
  return { status: 200, headers: { 'content-type': 'application/json; charset=utf-8' }, body };
}

const DENIED = { message: 'Access denied. You do not have permission to perform this action or access this resource.', type: 'System.UnauthorizedAccessException', code: -2147024891 };

/** True for the CSOM requests that read or write a web's `AllProperties` or a folder's `Properties`. */
export function isPropertyBagQuery(xml: string): boolean {
  return /<Property [^>]*Name="(?:AllProperties|Properties)"/.test(xml);
}

/** `Web.GetFolderByServerRelativeUrl(path)`: the folder's identity and, queried, its property bag. */
function folderQuery(web: SharePointWeb, identity: string, path: string): EmulatorResponse {
  const place = locate(web, absolutePath(web, path));
  if (!place || (place.item && !place.item.folder)) return answer([header({ message: 'File Not Found.', type: 'System.IO.FileNotFoundException', code: -2147024894 })]);
  const id = folderIdOf(place);
  const folderIdentity = `${identity}:folder:${id}`;
  const bag = folderBagOf(web, id, childrenOf(place).length);
  return answer([header(), 10, { IsNull: false }, 11, { _ObjectIdentity_: folderIdentity }, 12, { _ObjectType_: 'SP.Folder', _ObjectIdentity_: folderIdentity, Properties: { _ObjectType_: 'SP.PropertyValues', ...bag } }]);
}

export function propertyBagQuery(state: TenantState, request: EmulatorRequest, url: string): EmulatorResponse {
  const xml = request.body.toString('utf8');
  const site = siteOf(state, url.toLowerCase().replace(/\/+$/, ''));
  if (!site) return answer([header({ message: 'File Not Found.', type: 'System.IO.FileNotFoundException', code: -2147024894 })]);
  if (!siteGrantAllows(request, READ, site, state)) return answer([header(DENIED)]);
  const identity = /<Identity Id="\d+" Name="([^"]*:web:([0-9a-f-]{36}))(?::folder:([0-9a-f-]{36}))?"\s*\/>/i.exec(xml);
  const web = webOf(site.rootWeb, url.toLowerCase().replace(/\/+$/, ''));
  if (!identity || identity[2].toLowerCase() !== web.Id.toLowerCase()) {
    return answer([header({ message: 'The object specified does not belong to a list.', type: 'Microsoft.SharePoint.Client.ResourceNotFoundException', code: -2146232832 })]);
  }
  const folderPath = /<Method Id="\d+" ParentId="\d+" Name="GetFolderByServerRelativeUrl">\s*<Parameters>\s*<Parameter Type="String">([\s\S]*?)<\/Parameter>/.exec(xml);
  if (folderPath) return folderQuery(web, unescapeXml(identity[1]), unescapeXml(folderPath[1]));
  const bag = identity[3] !== undefined ? folderBagOf(web, identity[3].toLowerCase()) : bagOf(web);
  const set = /<Method Name="SetFieldValue"[^>]*>\s*<Parameters>\s*<Parameter Type="String">([\s\S]*?)<\/Parameter>\s*(?:<Parameter Type="Null"\s*\/>|<Parameter Type="String">([\s\S]*?)<\/Parameter>)/.exec(xml);
  if (!set) {
    const query = /<Query Id="(\d+)"/.exec(xml);
    return answer([header(), Number(query?.[1] ?? 0), { _ObjectType_: 'SP.Web', ServerRelativeUrl: new URL(web.Url).pathname, AllProperties: { _ObjectType_: 'SP.PropertyValues', ...bag } }]);
  }
  const noScript = Number(site.properties?.DenyAddAndCustomizePages ?? 2) !== 1;
  const fullControl = (request.token?.roles ?? []).some((r) => FULL.includes(r)) && siteGrantAllows(request, FULL, site, state);
  if (noScript || !fullControl) return answer([header(DENIED)]);
  const key = unescapeXml(set[1]);
  if (set[2] === undefined) delete bag[key];
  else bag[key] = unescapeXml(set[2]);
  return answer([header()]);
}
