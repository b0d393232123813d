/**
 * `POST <web>/_api/contextinfo`: the context of a web, with a form digest. Bearer-token callers do not need the digest,
 * but the CLI for Microsoft 365 asks for one before many writes (CSOM `ProcessQuery`, `CreateFieldAsXml`…) and sends it
 * as `X-RequestDigest`; the emulator hands out a digest of the real value's shape and does not check it afterwards.
 */
import { randomBytes } from 'node:crypto';
import type { EmulatorResponse, Route } from '../../types.js';
import { formatOf } from './odata.js';
import { READ, type SpContext } from './route.js';
import { isAdminHost, tenantWide } from './tenant-admin.js';

/** How long a digest is valid, in seconds (SharePoint Online's value). */
const DIGEST_SECONDS = 1800;
const LIBRARY_VERSION = '16.0.25409.12004';

/** `0x<128 hex digits>,<date>`: what SharePoint's digests look like. */
function digest(): string {
  return `0x${randomBytes(64).toString('hex').toUpperCase()},${new Date().toUTCString().replace(/^\w+, /, '').replace('GMT', '-0000')}`;
}

function contextInfo(c: SpContext): EmulatorResponse {
  // On the admin host the context is the admin site itself (tenantWide passes the root site for it).
  const url = isAdminHost(c.request.host) ? `https://${c.request.host}` : c.web.Url;
  const site = isAdminHost(c.request.host) ? url : c.site.Url;
  const info = { FormDigestTimeoutSeconds: DIGEST_SECONDS, FormDigestValue: digest(), LibraryVersion: LIBRARY_VERSION, SiteFullUrl: site, WebFullUrl: url };
  const versions = ['14.0.0.0', '15.0.0.0'];
  const headers = { 'content-type': `application/json;odata=${formatOf(c.request) === 'minimal' ? 'minimalmetadata' : formatOf(c.request)};charset=utf-8` };
  if (formatOf(c.request) === 'verbose') {
    return { status: 200, headers, body: { d: { GetContextWebInformation: { __metadata: { type: 'SP.ContextWebInformation' }, ...info, SupportedSchemaVersions: { __metadata: { type: 'Collection(Edm.String)' }, results: versions } } } } };
  }
  const metadata = formatOf(c.request) === 'minimal' ? { 'odata.metadata': `${url}/_api/$metadata#SP.ContextWebInformation` } : {};
  return { status: 200, headers, body: { ...metadata, ...info, SupportedSchemaVersions: versions } };
}

export const contextInfoRoutes: Route[] = [tenantWide('POST', 'contextinfo', READ, contextInfo)];
