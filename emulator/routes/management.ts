/**
 * The Office 365 Management Activity API (subscriptions, content blob listing with `NextPageUri` paging, content
 * blobs of audit records) and a minimal Azure Resource Manager endpoint. The activity feed keeps its subscriptions
 * and records in the state: starting a subscription changes what the listing allows, and records are seeded relative
 * to the emulator's start, so "the last 24 hours" always finds some.
 */
import { seedGuid } from '../seed-content.js';
import type { EmulatorRequest, EmulatorResponse, Route, TenantState } from '../types.js';
import { servicesOf } from '../seed-services.js';

/** The content types the API knows. */
const CONTENT_TYPES = ['Audit.AzureActiveDirectory', 'Audit.Exchange', 'Audit.SharePoint', 'Audit.General', 'DLP.All'];
const HOUR_MS = 60 * 60 * 1000;
/** Content blobs per listing page: small, so that the seeded feed pages. */
const PAGE_SIZE = 3;

export interface AuditRecord {
  contentType: string;
  /** What the blob holds, as the API serves it (`CreationTime` without a zone, like the service). */
  record: Record<string, unknown> & { CreationTime: string };
}

export interface ActivityFeedState {
  subscriptions: { contentType: string; status: 'enabled' | 'disabled' }[];
  records: AuditRecord[];
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}): EmulatorResponse => ({
  status,
  headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  body,
});

const afError = (status: number, code: string, message: string): EmulatorResponse => json(status, { error: { code, message } });

/** The tenant in the URL must be the token's (the API takes the tenant ID; the emulator also takes the domain). */
function tenantMismatch(params: Record<string, string>, state: TenantState): EmulatorResponse | undefined {
  const tenant = params.tenant.toLowerCase();
  if (tenant === state.tenantId.toLowerCase() || tenant === state.domain.toLowerCase()) return undefined;
  return afError(400, 'AF20010', `The tenant ID in the URL ('${params.tenant}') does not match the tenant of the token.`);
}

/** DLP content needs its own permission; every other content type ActivityFeed.Read. */
function lacksRole(request: EmulatorRequest, contentType: string): EmulatorResponse | undefined {
  const needed = contentType === 'DLP.All' ? 'ActivityFeed.ReadDlp' : 'ActivityFeed.Read';
  return request.token?.roles.includes(needed) ? undefined : afError(403, 'AF10001', `The permission set (${request.token?.roles.join(' ') ?? ''}) sent in the request does not include the expected permission ${needed}.`);
}

function listSubscriptions(_request: EmulatorRequest, params: Record<string, string>, state: TenantState): EmulatorResponse {
  return tenantMismatch(params, state) ?? json(200, servicesOf(state).activityFeed.subscriptions.map((s) => ({ contentType: s.contentType, status: s.status, webhook: null })));
}

function startSubscription(request: EmulatorRequest, params: Record<string, string>, state: TenantState): EmulatorResponse {
  const mismatch = tenantMismatch(params, state);
  if (mismatch) return mismatch;
  const contentType = request.query.get('contentType') ?? '';
  if (!CONTENT_TYPES.includes(contentType)) return afError(400, 'AF20011', `The content type '${contentType}' is not valid.`);
  const missing = lacksRole(request, contentType);
  if (missing) return missing;
  const existing = servicesOf(state).activityFeed.subscriptions.find((s) => s.contentType === contentType);
  if (existing) existing.status = 'enabled';
  else servicesOf(state).activityFeed.subscriptions.push({ contentType, status: 'enabled' });
  return json(200, { contentType, status: 'enabled', webhook: null });
}

/** The start of the hour of a time: each content blob holds one content type's records of one hour. */
const hourOf = (time: number): number => Math.floor(time / HOUR_MS) * HOUR_MS;
const zoned = (creationTime: string): number => Date.parse(`${creationTime}Z`);

function blobId(contentType: string, hour: number): string {
  return `${new Date(hour).toISOString().slice(0, 13).replace(/\D/g, '')}$${contentType}$${seedGuid(`blob:${contentType}:${hour}`)}`;
}

function listContent(request: EmulatorRequest, params: Record<string, string>, state: TenantState): EmulatorResponse {
  const mismatch = tenantMismatch(params, state);
  if (mismatch) return mismatch;
  const contentType = request.query.get('contentType') ?? '';
  if (!CONTENT_TYPES.includes(contentType)) return afError(400, 'AF20011', `The content type '${contentType}' is not valid.`);
  const missing = lacksRole(request, contentType);
  if (missing) return missing;
  if (!servicesOf(state).activityFeed.subscriptions.some((s) => s.contentType === contentType && s.status === 'enabled')) {
    return afError(400, 'AF20022', 'No subscription found for the specified content type');
  }
  const [start, end] = [Date.parse(request.query.get('startTime') ?? ''), Date.parse(request.query.get('endTime') ?? '')];
  if (Number.isNaN(start) || Number.isNaN(end) || end <= start || end - start > 24 * HOUR_MS || start < Date.now() - 7 * 24 * HOUR_MS - HOUR_MS) {
    return afError(400, 'AF20055', 'Start time and end time must both be specified (or both omitted) and must be less than or equal to 24 hours apart, with the start time no more than 7 days in the past.');
  }
  const hours = [...new Set(servicesOf(state).activityFeed.records.filter((r) => r.contentType === contentType).map((r) => hourOf(zoned(r.record.CreationTime))))]
    .filter((hour) => hour >= hourOf(start) && hour < end)
    .sort((a, b) => a - b);
  const offset = Number(request.query.get('nextPage') ?? '0');
  const page = hours.slice(offset, offset + PAGE_SIZE).map((hour) => {
    const contentId = blobId(contentType, hour);
    return {
      contentType,
      contentId,
      contentUri: `https://${request.host}/api/v1.0/${params.tenant}/activity/feed/audit/${encodeURIComponent(contentId)}`,
      contentCreated: new Date(hour + HOUR_MS).toISOString(),
      contentExpiration: new Date(hour + 7 * 24 * HOUR_MS).toISOString(),
    };
  });
  if (offset + PAGE_SIZE >= hours.length) return json(200, page);
  const next = new URL(`https://${request.host}${request.path}`);
  for (const [k, v] of request.query) if (k !== 'nextPage') next.searchParams.set(k, v);
  next.searchParams.set('nextPage', String(offset + PAGE_SIZE));
  return json(200, page, { nextpageuri: next.href });
}

function getContent(request: EmulatorRequest, params: Record<string, string>, state: TenantState): EmulatorResponse {
  const mismatch = tenantMismatch(params, state);
  if (mismatch) return mismatch;
  const [, contentType] = params.contentId.split('$');
  const missing = lacksRole(request, contentType ?? '');
  if (missing) return missing;
  const records = servicesOf(state).activityFeed.records.filter((r) => r.contentType === contentType && blobId(r.contentType, hourOf(zoned(r.record.CreationTime))) === params.contentId);
  if (records.length === 0) return afError(404, 'AF20051', `Content requested with the key ${params.contentId} has already expired or does not exist.`);
  return json(200, records.map((r) => r.record));
}

function listAzureSubscriptions(request: EmulatorRequest): EmulatorResponse {
  if (!request.query.get('api-version')) {
    return afError(400, 'MissingApiVersionParameter', 'The api-version query parameter (?api-version=) is required for all requests.');
  }
  return json(200, { value: [], count: { type: 'Total', value: 0 } });
}

const WORKLOADS: Record<string, [string, number, string[]]> = {
  'Audit.SharePoint': ['SharePoint', 4, ['FileAccessed', 'FileModified', 'ListItemViewed']],
  'Audit.General': ['MicrosoftTeams', 25, ['TeamCreated', 'MemberAdded']],
  'Audit.Exchange': ['Exchange', 2, ['MailItemsAccessed', 'Send']],
  'Audit.AzureActiveDirectory': ['AzureActiveDirectory', 15, ['UserLoggedIn', 'Add service principal.']],
};

/**
 * The demo tenant subscribes to SharePoint and General audit content; records of four content types are spread over
 * the last three days, a few per hour, relative to `now`.
 */
export function seedActivityFeed(state: Pick<TenantState, 'tenantId' | 'domain' | 'sharePointHost'>, now = Date.now()): ActivityFeedState {
  const records: AuditRecord[] = [];
  for (const [contentType, [workload, recordType, operations]] of Object.entries(WORKLOADS)) {
    for (let i = 0; i < 18; i++) {
      const time = new Date(now - (i * 4 + 1) * HOUR_MS - (i % 3) * 60_000).toISOString().replace(/\.\d+Z$/, '');
      const operation = operations[i % operations.length];
      records.push({
        contentType,
        record: {
          CreationTime: time,
          Id: seedGuid(`audit:${contentType}:${i}`),
          Operation: operation,
          OrganizationId: state.tenantId,
          RecordType: recordType,
          UserKey: `i:0h.f|membership|${i}@live.com`,
          UserType: 0,
          Version: 1,
          Workload: workload,
          ObjectId: contentType === 'Audit.SharePoint' ? `https://${state.sharePointHost}/sites/ops/Shared Documents/report-${i}.docx` : operation,
          UserId: `${['AdeleV', 'AlexW', 'MeganB'][i % 3]}@${state.domain}`,
        },
      });
    }
  }
  return { subscriptions: [{ contentType: 'Audit.SharePoint', status: 'enabled' }, { contentType: 'Audit.General', status: 'enabled' }], records };
}

const FEED = '^/api/v1\\.0/(?<tenant>[^/]+)/activity/feed';
const FEED_ROLES = ['ActivityFeed.Read', 'ActivityFeed.ReadDlp'];
export const managementRoutes: Route[] = [
  { method: 'GET', host: 'management', path: new RegExp(`${FEED}/subscriptions/list/?$`), roles: FEED_ROLES, handler: listSubscriptions },
  { method: 'POST', host: 'management', path: new RegExp(`${FEED}/subscriptions/start/?$`), roles: FEED_ROLES, handler: startSubscription },
  { method: 'GET', host: 'management', path: new RegExp(`${FEED}/subscriptions/content/?$`), roles: FEED_ROLES, handler: listContent },
  { method: 'GET', host: 'management', path: new RegExp(`${FEED}/audit/(?<contentId>[^/]+)$`), roles: FEED_ROLES, handler: getContent },
  { method: 'GET', host: 'azure', path: /^\/subscriptions\/?$/i, handler: listAzureSubscriptions },
];
