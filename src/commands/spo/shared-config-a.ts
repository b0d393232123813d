/**
 * What the configuration commands share: the web property bag, which SharePoint reads and writes only through CSOM
 * (`/_vti_bin/client.svc/ProcessQuery`), as the CLI for Microsoft 365 does.
 */
import { ActionError } from '../../errors.js';
import { trimSlashes } from '../kit/index.js';
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

/** Every property of the web's property bag (`AllProperties`), formatted as the CLI does. */
export async function webProperties(context: CommandContext, webUrl: string): Promise<Property[]> {
  const identity = await webIdentity(context, webUrl);
  const body =
    '<Actions><Query Id="97" ObjectPathId="5"><Query SelectAllProperties="false"><Properties><Property Name="ServerRelativeUrl" ScalarProperty="true" /><Property Name="AllProperties" SelectAll="true"><Query SelectAllProperties="false"><Properties /></Query></Property></Properties></Query></Query></Actions>' +
    `<ObjectPaths><Identity Id="5" Name="${escapeXml(identity)}" /></ObjectPaths>`;
  const bag = (await processQuery(context, webUrl, body)).map((a) => a.AllProperties).find((p) => p !== null && typeof p === 'object');
  if (bag === undefined || bag === null || typeof bag !== 'object') throw new ActionError('SharePoint did not answer the property bag of the web.');
  return Object.entries(bag)
    .filter(([key]) => key !== '_ObjectType_')
    .map(([key, value]) => formatProperty(key, value));
}

/** Sets (or, with `null`, removes) one property of the web's property bag and saves the web. */
export async function setWebProperty(context: CommandContext, webUrl: string, key: string, value: string | null): Promise<void> {
  const identity = await webIdentity(context, webUrl);
  const parameter = value === null ? '<Parameter Type="Null" />' : `<Parameter Type="String">${escapeXml(value)}</Parameter>`;
  const body =
    `<Actions><Method Name="SetFieldValue" Id="206" ObjectPathId="205"><Parameters><Parameter Type="String">${escapeXml(key)}</Parameter>${parameter}</Parameters></Method><Method Name="Update" Id="207" ObjectPathId="198" /></Actions>` +
    `<ObjectPaths><Property Id="205" ParentId="198" Name="AllProperties" /><Identity Id="198" Name="${escapeXml(identity)}" /></ObjectPaths>`;
  await processQuery(context, webUrl, body);
}
