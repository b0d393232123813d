/**
 * Graph `admin/serviceAnnouncement`: the tenant's service health overviews (with `$expand=issues`), health issues and
 * message center posts, filtered the ways `tenant serviceannouncement … list` asks, paged like Graph.
 */
import type { EmulatorRequest, EmulatorResponse, Route, TenantState } from '../../types.js';
import { graphError, pagedCollection } from './graph-odata.js';
import { servicesOf } from '../../seed-services.js';

export interface ServiceHealthIssue {
  id: string;
  title: string;
  service: string;
  feature: string;
  classification: 'advisory' | 'incident';
  status: string;
  isResolved: boolean;
  startDateTime: string;
  endDateTime: string | null;
  lastModifiedDateTime: string;
  impactDescription: string;
}

export interface ServiceUpdateMessage {
  id: string;
  title: string;
  category: 'preventOrFixIssue' | 'planForChange' | 'stayInformed';
  severity: 'normal' | 'high' | 'critical';
  services: string[];
  tags: string[];
  isMajorChange: boolean;
  startDateTime: string;
  endDateTime: string;
  lastModifiedDateTime: string;
  body: string;
}

/** The tenant's service health: one overview per service (its id and status), issues and message center posts. */
export interface ServiceAnnouncementState {
  services: { id: string; service: string; status: string }[];
  issues: ServiceHealthIssue[];
  messages: ServiceUpdateMessage[];
}

const HEALTH_ROLES = ['ServiceHealth.Read.All'];
const MESSAGE_ROLES = ['ServiceMessage.Read.All'];

function issueJson(issue: ServiceHealthIssue): Record<string, unknown> {
  return {
    startDateTime: issue.startDateTime,
    endDateTime: issue.endDateTime,
    lastModifiedDateTime: issue.lastModifiedDateTime,
    title: issue.title,
    id: issue.id,
    impactDescription: issue.impactDescription,
    classification: issue.classification,
    origin: 'microsoft',
    status: issue.status,
    service: issue.service,
    feature: issue.feature,
    featureGroup: issue.feature,
    isResolved: issue.isResolved,
    highImpact: null,
    details: [],
    posts: [{ createdDateTime: issue.startDateTime, postType: 'regular', description: { contentType: 'html', content: `Title: ${issue.title}\nUser Impact: ${issue.impactDescription}` } }],
  };
}

function messageJson(message: ServiceUpdateMessage): Record<string, unknown> {
  return {
    startDateTime: message.startDateTime,
    endDateTime: message.endDateTime,
    lastModifiedDateTime: message.lastModifiedDateTime,
    title: message.title,
    id: message.id,
    category: message.category,
    severity: message.severity,
    tags: message.tags,
    isMajorChange: message.isMajorChange,
    actionRequiredByDateTime: null,
    services: message.services,
    expiryDateTime: null,
    hasAttachments: false,
    viewPoint: null,
    details: [],
    body: { contentType: 'html', content: message.body },
  };
}

function listHealth(request: EmulatorRequest, _params: Record<string, string>, state: TenantState): EmulatorResponse {
  const expand = request.query.get('$expand');
  if (expand !== null && expand.toLowerCase() !== 'issues') return graphError(400, 'BadRequest', `Could not find a property named '${expand}' on type 'microsoft.graph.serviceHealth'.`);
  const { services, issues } = servicesOf(state).serviceAnnouncement;
  return pagedCollection(request, 'admin/serviceAnnouncement/healthOverviews', services, (s) => ({
    ...s,
    ...(expand === null ? {} : { issues: issues.filter((i) => i.service === s.service).map(issueJson) }),
  }));
}

/** `service eq '…'` (issues) or `services/any(c:c eq '…')` (messages); undefined: no filter; a string: Graph's error. */
function serviceFilter(request: EmulatorRequest, form: RegExp): { service?: string } | EmulatorResponse {
  const filter = request.query.get('$filter');
  if (filter === null) return {};
  const match = form.exec(filter.trim());
  if (!match) return graphError(400, 'BadRequest', `Invalid filter clause: '${filter}'.`);
  return { service: match[1].replace(/''/g, "'").toLowerCase() };
}

function listIssues(request: EmulatorRequest, _params: Record<string, string>, state: TenantState): EmulatorResponse {
  const wanted = serviceFilter(request, /^service eq '((?:[^']|'')*)'$/i);
  if ('status' in wanted) return wanted;
  const issues = servicesOf(state).serviceAnnouncement.issues.filter((i) => wanted.service === undefined || i.service.toLowerCase() === wanted.service);
  return pagedCollection(request, 'admin/serviceAnnouncement/issues', issues, issueJson);
}

function listMessages(request: EmulatorRequest, _params: Record<string, string>, state: TenantState): EmulatorResponse {
  const wanted = serviceFilter(request, /^services\/any\(\w+:\s*\w+ eq '((?:[^']|'')*)'\)$/i);
  if ('status' in wanted) return wanted;
  const messages = servicesOf(state).serviceAnnouncement.messages.filter((m) => wanted.service === undefined || m.services.some((s) => s.toLowerCase() === wanted.service));
  return pagedCollection(request, 'admin/serviceAnnouncement/messages', messages, messageJson);
}

const SERVICES: [string, string, string][] = [
  ['Exchange', 'Exchange Online', 'serviceDegradation'],
  ['SharePoint', 'SharePoint Online', 'serviceOperational'],
  ['microsoftteams', 'Microsoft Teams', 'serviceOperational'],
  ['OneDriveForBusiness', 'OneDrive for Business', 'serviceOperational'],
  ['Planner', 'Planner', 'serviceOperational'],
];

/** A few services, issues and posts of a plausible week; deterministic dates. */
export function seedServiceAnnouncement(): ServiceAnnouncementState {
  const issue = (id: string, service: string, title: string, resolved: boolean, day: number): ServiceHealthIssue => ({
    id,
    title,
    service,
    feature: service === 'Exchange Online' ? 'E-Mail and calendar access' : 'Other',
    classification: resolved ? 'advisory' : 'incident',
    status: resolved ? 'serviceRestored' : 'serviceDegradation',
    isResolved: resolved,
    startDateTime: `2024-01-${String(day).padStart(2, '0')}T08:00:00Z`,
    endDateTime: resolved ? `2024-01-${String(day).padStart(2, '0')}T12:30:00Z` : null,
    lastModifiedDateTime: `2024-01-${String(day).padStart(2, '0')}T13:00:00Z`,
    impactDescription: `Users may be affected by: ${title.toLowerCase()}.`,
  });
  const message = (id: string, services: string[], title: string, category: ServiceUpdateMessage['category'], day: number): ServiceUpdateMessage => ({
    id,
    title,
    category,
    severity: 'normal',
    services,
    tags: ['User impact'],
    isMajorChange: category === 'planForChange',
    startDateTime: `2024-01-${String(day).padStart(2, '0')}T00:00:00Z`,
    endDateTime: `2024-06-${String(day).padStart(2, '0')}T00:00:00Z`,
    lastModifiedDateTime: `2024-01-${String(day).padStart(2, '0')}T00:00:00Z`,
    body: `<p>${title}</p>`,
  });
  return {
    services: SERVICES.map(([id, service, status]) => ({ service, status, id })),
    issues: [
      issue('EX712345', 'Exchange Online', 'Delays receiving email from external senders', false, 15),
      issue('SP700001', 'SharePoint Online', 'Search results missing recently added files', true, 10),
      issue('TM699999', 'Microsoft Teams', 'Meeting recordings delayed', true, 8),
    ],
    messages: [
      message('MC700100', ['SharePoint Online'], 'Microsoft Lists: custom list templates', 'planForChange', 12),
      message('MC700200', ['Microsoft Teams', 'Exchange Online'], 'Retirement of legacy connectors', 'planForChange', 9),
      message('MC700300', ['Planner'], 'Planner premium plans in the Planner app', 'stayInformed', 5),
    ],
  };
}

export const serviceAnnouncementRoutes: Route[] = [
  { method: 'GET', host: 'graph', path: /^\/v1\.0\/admin\/serviceAnnouncement\/healthOverviews\/?$/i, roles: HEALTH_ROLES, handler: listHealth },
  { method: 'GET', host: 'graph', path: /^\/v1\.0\/admin\/serviceAnnouncement\/issues\/?$/i, roles: HEALTH_ROLES, handler: listIssues },
  { method: 'GET', host: 'graph', path: /^\/v1\.0\/admin\/serviceAnnouncement\/messages\/?$/i, roles: MESSAGE_ROLES, handler: listMessages },
];
