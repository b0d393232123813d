import { ActionError } from '../../errors.js';
import { command, opt, segment } from '../kit/index.js';
import type { CommandContext } from '../types.js';

const CONTENT_TYPES = ['AzureActiveDirectory', 'Exchange', 'SharePoint', 'General', 'DLP'] as const;

const DAY_MS = 24 * 60 * 60 * 1000;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;
/** Content blobs fetched at once. */
const BATCH = 8;
/** Content listing pages followed per day before giving up. */
const MAX_PAGES = 1000;

interface AuditRecord {
  readonly CreationTime?: string;
  readonly [key: string]: unknown;
}

/** The CLI's checks of the time window (the Management Activity API keeps content for 7 days). */
function checkWindow(startTime: string | undefined, endTime: string | undefined, now = new Date()): string | undefined {
  for (const [name, value] of [['startTime', startTime], ['endTime', endTime]] as const) {
    if (value !== undefined && (!ISO_DATE_TIME.test(value) || Number.isNaN(Date.parse(value)))) return `Option '--${name}' is '${value}': the value is not a valid ISO date time string.`;
  }
  if (startTime !== undefined && Date.parse(startTime) < now.getTime() - 7 * DAY_MS - 60 * 60 * 1000) return 'startTime value cannot be more than 7 days in the past.';
  if (endTime !== undefined && Date.parse(endTime) > now.getTime()) return 'endTime value cannot be in the future.';
  if (startTime !== undefined && endTime !== undefined && Date.parse(startTime) >= Date.parse(endTime)) return 'startTime value must be before endTime.';
  return undefined;
}

/**
 * `purview auditlog list`: the audit records of a content type from the Office 365 Management Activity API. Like the
 * CLI it starts the tenant's subscription to that content type when there is none, lists the content blobs one day at
 * a time (following `NextPageUri`), reads every blob and returns the records sorted by `CreationTime`. Default window:
 * the last 24 hours.
 */
export const purviewAuditLogList = command({
  name: 'purview auditlog list',
  description: 'Lists audit logs within your tenant',
  resource: 'management',
  readOnly: true,
  permissions: { management: ['ActivityFeed.Read'] },
  permissionsWhen: ({ contentType }) => ({ management: [contentType === 'DLP' ? 'ActivityFeed.ReadDlp' : 'ActivityFeed.Read'] }),
  options: {
    contentType: opt.enum(CONTENT_TYPES, 'Audit content type: AzureActiveDirectory, Exchange, SharePoint, General or DLP.', { required: true }),
    startTime: opt.string('Start of the window (ISO 8601), at most 7 days ago. Default: 24 hours before endTime.'),
    endTime: opt.string('End of the window (ISO 8601), not in the future. Default: now.'),
  },
  validate: ({ startTime, endTime }) => checkWindow(startTime, endTime),
  async run(context, options) {
    const problem = checkWindow(options.startTime, options.endTime);
    if (problem !== undefined) throw new ActionError(`'purview auditlog list': ${problem}`);
    const now = Date.now();
    const end = options.endTime !== undefined ? Date.parse(options.endTime) : now;
    const start = options.startTime !== undefined ? Date.parse(options.startTime) : now - DAY_MS;
    const feed = `${context.cloud.management}/api/v1.0/${segment(tenantIdOf(context))}/activity/feed`;
    const contentType = options.contentType === 'DLP' ? 'DLP.All' : `Audit.${options.contentType}`;
    await ensureSubscription(context, feed, contentType);
    const uris: string[] = [];
    for (let from = start; from < end; from += DAY_MS) uris.push(...(await contentUris(context, feed, contentType, from, Math.min(end, from + DAY_MS))));
    const records = await readBlobs(context, uris);
    return records.sort((a, b) => (a.CreationTime ?? '').localeCompare(b.CreationTime ?? ''));
  },
});

/** The Management Activity API names the tenant by its ID in every URL. */
function tenantIdOf(context: CommandContext): string {
  const tenant = context.session.tenant;
  if (GUID.test(tenant)) return tenant;
  throw new ActionError(`The Office 365 Management Activity API addresses a tenant by its ID, and the tenant input is '${tenant}'.`, {
    hint: "Set the tenant input to the tenant ID (a GUID); 'tenant id get' prints it.",
  });
}

async function ensureSubscription(context: CommandContext, feed: string, contentType: string): Promise<void> {
  const subscriptions = await context.http.request<{ contentType: string; status: string }[]>({ url: `${feed}/subscriptions/list` });
  if (subscriptions.body.some((s) => s.contentType === contentType && s.status === 'enabled')) return;
  context.log.info(`Starting the tenant's subscription to ${contentType} audit content (none was enabled).`);
  const started = await context.http.request<{ status?: string }>({ method: 'POST', url: `${feed}/subscriptions/start?contentType=${encodeURIComponent(contentType)}` });
  if (started.body.status !== 'enabled') throw new ActionError(`Unable to start subscription '${contentType}'`);
}

/** The content blob URIs of one window (at most 24 hours), every page. */
async function contentUris(context: CommandContext, feed: string, contentType: string, from: number, to: number): Promise<string[]> {
  const window = `contentType=${encodeURIComponent(contentType)}&startTime=${new Date(from).toISOString()}&endTime=${new Date(to).toISOString()}`;
  const uris: string[] = [];
  let next: string | undefined = `${feed}/subscriptions/content?${window}`;
  for (let pages = 0; next !== undefined; pages++) {
    if (pages >= MAX_PAGES) throw new ActionError(`Listing ${contentType} content stopped after ${MAX_PAGES} pages.`);
    const response: { body: { contentUri: string }[]; headers: Record<string, string> } = await context.http.request({ url: next });
    uris.push(...response.body.map((blob) => blob.contentUri));
    next = response.headers.nextpageuri || undefined;
  }
  return uris;
}

/** Every record of every blob, a few blobs at a time. */
async function readBlobs(context: CommandContext, uris: string[]): Promise<AuditRecord[]> {
  const records: AuditRecord[] = [];
  for (let i = 0; i < uris.length; i += BATCH) {
    const batch = await Promise.all(uris.slice(i, i + BATCH).map((url) => context.http.request<AuditRecord[]>({ url })));
    for (const response of batch) records.push(...response.body);
  }
  return records;
}
