/**
 * What the configuration commands share: the web property bag, which SharePoint reads and writes only through CSOM
 * (`/_vti_bin/client.svc/ProcessQuery`), as the CLI for Microsoft 365 does.
 */
import { ActionError } from '../../errors.js';
import { ACCEPT, guidLiteral, query, serverRelativePath, trimSlashes } from '../kit/index.js';
import type { CommandContext } from '../types.js';
import { CSOM_REQUEST_CONTEXT, escapeXml } from './shared-sites.js';

interface CsomError {
  readonly ErrorMessage?: string;
  readonly ErrorTypeName?: string;
}

type CsomAnswer = Readonly<Record<string, unknown>> & { readonly ErrorInfo?: CsomError | null };

const CSOM_HEADERS = { 'content-type': 'text/xml', accept: 'application/json' } as const;
const CSOM_REQUEST = 'AddExpandoFieldTypeSuffix="true" SchemaVersion="15.0.0.0" LibraryVersion="16.0.0.0" ApplicationName="m365-action" xmlns="http://schemas.microsoft.com/sharepoint/clientquery/2009"';

/** The hint the CLI gives when SharePoint denies a property bag write. */
const NO_SCRIPT_TIP = 'If the site has NoScript enabled (custom script not allowed), setting the property bag value fails: allow custom script first (`spo site set --url <site> --noScriptSite false`).';

/** Posts a CSOM request; the first `ErrorInfo` of its answer becomes the error. */
async function processQuery(context: CommandContext, webUrl: string, body: string): Promise<CsomAnswer[]> {
  const url = `${trimSlashes(webUrl)}/_vti_bin/client.svc/ProcessQuery`;
  const response = await context.http.request<unknown>({ method: 'POST', url, headers: { ...CSOM_HEADERS }, body: `<Request ${CSOM_REQUEST}>${body}</Request>` });
  const answers: CsomAnswer[] = Array.isArray(response.body) ? response.body.filter((a): a is CsomAnswer => a !== null && typeof a === 'object') : [];
  const error = answers.find((a) => a.ErrorInfo)?.ErrorInfo;
  if (error) {
    const message = error.ErrorMessage ?? 'ClientSvc unknown error';
    throw new ActionError(error.ErrorTypeName === 'System.UnauthorizedAccessException' ? `${message} ${NO_SCRIPT_TIP}` : message);
  }
  return answers;
}

/** The object identity of the web at `webUrl` (`…:site:<id>:web:<id>`). */
async function webIdentity(context: CommandContext, webUrl: string): Promise<string> {
  const body =
    '<Actions><Query Id="1" ObjectPathId="5"><Query SelectAllProperties="false"><Properties><Property Name="ServerRelativeUrl" ScalarProperty="true" /></Properties></Query></Query></Actions>' +
    `<ObjectPaths><Property Id="5" ParentId="3" Name="Web" /><StaticProperty Id="3" TypeId="${CSOM_REQUEST_CONTEXT}" Name="Current" /></ObjectPaths>`;
  const identity = (await processQuery(context, webUrl, body)).map((a) => a._ObjectIdentity_).find((i) => typeof i === 'string');
  if (typeof identity !== 'string') throw new ActionError('SharePoint did not answer the web object identity that the property bag needs.');
  return identity;
}

/** A property as the CLI prints it: `Int32` keys lose their suffix and become numbers, 'true'/'false' booleans. */
export interface Property {
  readonly key: string;
  readonly value: unknown;
}

function formatProperty(key: string, value: unknown): Property {
  if (key.includes('$  Int32')) return { key: key.replace('$  Int32', ''), value: parseInt(String(value), 10) };
  if (value === 'true' || value === 'false') return { key, value: value === 'true' };
  return { key, value };
}

/** A JSON object of a CSOM answer, if the value is one. */
function asRecord(value: unknown): Readonly<Record<string, unknown>> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value)) : undefined;
}

/** The folder's identity and property bag (`Properties`), by its path relative to the web or the server. */
async function folderBag(context: CommandContext, webUrl: string, folder: string): Promise<{ identity: string; bag: Readonly<Record<string, unknown>> }> {
  const identity = await webIdentity(context, webUrl);
  const body =
    '<Actions><ObjectPath Id="10" ObjectPathId="9" /><ObjectIdentityQuery Id="11" ObjectPathId="9" /><Query Id="12" ObjectPathId="9"><Query SelectAllProperties="false"><Properties><Property Name="Properties" SelectAll="true"><Query SelectAllProperties="false"><Properties /></Query></Property></Properties></Query></Query></Actions>' +
    `<ObjectPaths><Method Id="9" ParentId="5" Name="GetFolderByServerRelativeUrl"><Parameters><Parameter Type="String">${escapeXml(serverRelativePath(webUrl, folder))}</Parameter></Parameters></Method><Identity Id="5" Name="${escapeXml(identity)}" /></ObjectPaths>`;
  const answers = await processQuery(context, webUrl, body);
  const folderIdentity = answers.map((a) => a._ObjectIdentity_).find((i) => typeof i === 'string');
  const bag = answers.map((a) => asRecord(a.Properties)).find((p) => p !== undefined);
  if (typeof folderIdentity !== 'string' || bag === undefined) throw new ActionError(`SharePoint did not answer the property bag of the folder '${folder}'.`);
  return { identity: folderIdentity, bag };
}

async function webBag(context: CommandContext, webUrl: string): Promise<Readonly<Record<string, unknown>>> {
  const identity = await webIdentity(context, webUrl);
  const body =
    '<Actions><Query Id="97" ObjectPathId="5"><Query SelectAllProperties="false"><Properties><Property Name="ServerRelativeUrl" ScalarProperty="true" /><Property Name="AllProperties" SelectAll="true"><Query SelectAllProperties="false"><Properties /></Query></Property></Properties></Query></Query></Actions>' +
    `<ObjectPaths><Identity Id="5" Name="${escapeXml(identity)}" /></ObjectPaths>`;
  const bag = (await processQuery(context, webUrl, body)).map((a) => asRecord(a.AllProperties)).find((p) => p !== undefined);
  if (bag === undefined) throw new ActionError('SharePoint did not answer the property bag of the web.');
  return bag;
}

/** Every property of the web's property bag (`AllProperties`) or of a folder's, formatted as the CLI does. */
export async function webProperties(context: CommandContext, webUrl: string, folder?: string): Promise<Property[]> {
  const bag = folder === undefined ? await webBag(context, webUrl) : (await folderBag(context, webUrl, folder)).bag;
  return Object.entries(bag)
    .filter(([key]) => key !== '_ObjectType_')
    .map(([key, value]) => formatProperty(key, value));
}

/** Sets (or, with `null`, removes) one property of the web's (or a folder's) property bag and saves it. */
export async function setWebProperty(context: CommandContext, webUrl: string, key: string, value: string | null, folder?: string): Promise<void> {
  const identity = folder === undefined ? await webIdentity(context, webUrl) : (await folderBag(context, webUrl, folder)).identity;
  const parameter = value === null ? '<Parameter Type="Null" />' : `<Parameter Type="String">${escapeXml(value)}</Parameter>`;
  const body =
    `<Actions><Method Name="SetFieldValue" Id="206" ObjectPathId="205"><Parameters><Parameter Type="String">${escapeXml(key)}</Parameter>${parameter}</Parameters></Method><Method Name="Update" Id="207" ObjectPathId="198" /></Actions>` +
    `<ObjectPaths><Property Id="205" ParentId="198" Name="${folder === undefined ? 'AllProperties' : 'Properties'}" /><Identity Id="198" Name="${escapeXml(identity)}" /></ObjectPaths>`;
  await processQuery(context, webUrl, body);
}

/** A user custom action as SharePoint answers it (`SP.UserCustomAction`). */
export type CustomAction = Readonly<Record<string, unknown>> & { readonly Id: string; readonly Title?: string | null; readonly Scope?: number };

/** Where custom actions live: a site collection, a web, or (reading) both. */
export const CUSTOM_ACTION_SCOPES = ['Site', 'Web', 'All'] as const;
export type CustomActionScope = (typeof CUSTOM_ACTION_SCOPES)[number];

/** The custom actions of one scope, or of both (site collection first, as the CLI lists them), every page. */
export async function customActions(context: CommandContext, webUrl: string, scope: CustomActionScope | undefined, filter?: string): Promise<CustomAction[]> {
  const search = filter === undefined ? '' : query({ $filter: filter });
  const scopes = scope === undefined || scope === 'All' ? (['Site', 'Web'] as const) : [scope];
  const found: CustomAction[] = [];
  for (const s of scopes) found.push(...(await context.http.getAll<CustomAction>(`${trimSlashes(webUrl)}/_api/${s}/UserCustomActions${search}`, { ...ACCEPT.sharepoint })));
  return found;
}

/** The custom action with this ID in one scope, or in the web's and then the site collection's; undefined if none. */
export async function customActionById(context: CommandContext, webUrl: string, id: string, scope: CustomActionScope | undefined): Promise<CustomAction | undefined> {
  const scopes = scope === undefined || scope === 'All' ? (['Web', 'Site'] as const) : [scope];
  for (const s of scopes) {
    const { body } = await context.http.request<Record<string, unknown>>({ url: `${trimSlashes(webUrl)}/_api/${s}/UserCustomActions(${guidLiteral(id)})`, headers: { ...ACCEPT.sharepoint } });
    if (body['odata.null'] !== true && typeof body.Id === 'string') return { ...body, Id: body.Id };
  }
  return undefined;
}

/** The one custom action found by a name: none or several is an error naming what was looked for. */
export function onlyCustomAction(found: readonly CustomAction[], what: string): CustomAction {
  if (found.length === 0) throw new ActionError(`No user custom action with ${what} found`);
  if (found.length > 1) throw new ActionError(`Multiple user custom actions with ${what} found. Found: ${found.map((a) => a.Id).join(', ')}.`, { hint: 'Name the custom action by --id.' });
  return found[0];
}

/** `Site` and `Web` for SharePoint's scope numbers (2, 3), as the CLI prints them. */
export function scopeName(scope: unknown): string {
  return scope === 2 ? 'Site' : scope === 3 ? 'Web' : String(scope);
}

/** The location of SPFx Application Customizers among custom actions. */
export const APPLICATION_CUSTOMIZER = 'ClientSideExtension.ApplicationCustomizer';
/** The location (prefix) of SPFx ListView Command Sets. */
export const LIST_VIEW_COMMAND_SET = 'ClientSideExtension.ListViewCommandSet';
