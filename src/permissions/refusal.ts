import { RESOURCE_LABELS, type Resource } from '../clouds.js';
import type { PermissionAlternatives } from '../commands/types.js';
import { HttpError } from '../http/errors.js';
import type { ApiClient, HttpRequest, HttpResponse } from '../http/types.js';
import { effectivePermissions } from './implications.js';
import { describePermissions, isSatisfied, minimalPermissions } from './needs.js';
import { RESOURCE_APPS } from './permission-ids.js';
import { siteCollectionOf, siteGrantLine, sitePermissionFor } from './sites.js';

/** What is known about a refused (401/403) request. */
export interface RefusalFacts {
  readonly status: number;
  readonly resource: Resource;
  /** What the command needs on this resource, when it declares it. */
  readonly needed?: PermissionAlternatives;
  /** The `roles` claim of the token the request carried, when known. */
  readonly roles?: readonly string[];
  /** SharePoint: the site collection the request was for. */
  readonly siteUrl?: string;
  readonly appId?: string;
}

/** The roles of each resource's token (the token provider's `rolesOf`). */
export interface RolesSource {
  rolesOf(resource: Resource): readonly string[] | undefined;
}

const CONSENT_DELAY = 'consent can take a few minutes to reach new tokens';

/**
 * The Office 365 Management APIs have few application permissions, so a refusal can name them by endpoint even for a
 * command that declares nothing (`request`): the Management Activity API reference, "Permissions".
 */
const MANAGEMENT_NOTE =
  'The Office 365 Management APIs need ActivityFeed.Read for the activity feed (ActivityFeed.ReadDlp for DLP events) ' +
  'and ServiceHealth.Read for service communications.';

/** Where a permission of this resource is added in the portal. */
function whereToAdd(resource: Resource): string {
  if (resource.kind === 'graph' || resource.kind === 'sharepoint' || resource.kind === 'management') {
    return `App registrations > API permissions > Add a permission > ${RESOURCE_APPS[resource.kind].displayName} > Application permissions`;
  }
  return 'App registrations > API permissions > Add a permission';
}

function neededSentence(facts: RefusalFacts): string {
  const needed = describePermissions(facts.needed);
  const on = `${RESOURCE_LABELS[facts.resource.kind]} (${facts.resource.audience})`;
  if (needed !== undefined) return `The command needs the application permission ${needed} on ${on}.`;
  if (facts.resource.kind === 'management') return MANAGEMENT_NOTE;
  if (facts.resource.kind === 'azure') return 'Azure Service Management grants access by Azure role assignment (IAM), not by API permissions.';
  return `The command declares no permissions for ${on}: the endpoint's documentation names the application permission it needs.`;
}

function rolesSentences(facts: RefusalFacts): string[] {
  const { roles, needed, resource } = facts;
  if (roles === undefined) return [];
  if (roles.length === 0) {
    return [
      `The token had no roles at all: admin consent looks missing. Grant admin consent (App registrations > API permissions > Grant admin consent); ${CONSENT_DELAY}.`,
    ];
  }
  const sentences = [`The token had: ${roles.join(', ')}.`];
  if (needed === undefined || needed.length === 0) return sentences;
  if (isSatisfied(needed, effectivePermissions(resource.kind, roles))) {
    sentences.push('That covers what the command declares, so the refusal has another cause (the item\'s own permissions, or a setting of the tenant).');
    return sentences;
  }
  const missing = minimalPermissions(resource.kind, [needed], roles).join(' and ');
  const where = `under ${whereToAdd(resource)}, then grant admin consent; ${CONSENT_DELAY}`;
  // With Sites.Selected the site grant is the usual fix; the tenant-wide permission is the other way.
  sentences.push(hasSiteGrantFix(facts) ? `Or, for every site at once: add ${missing} ${where}.` : `Missing: ${missing}. Add it ${where}.`);
  return sentences;
}

function hasSiteGrantFix(facts: RefusalFacts): boolean {
  return facts.roles?.includes('Sites.Selected') === true && facts.siteUrl !== undefined;
}

function sitesSelectedSentence(facts: RefusalFacts): string[] {
  if (!hasSiteGrantFix(facts) || facts.siteUrl === undefined) return [];
  const line = siteGrantLine(facts.appId ?? '<app id>', sitePermissionFor(facts.needed), facts.siteUrl);
  return [
    `The token has Sites.Selected, which is granted per site: the site ${facts.siteUrl} needs a grant for this app: ${line} (run by an administrator or an app with Sites.FullControl.All).`,
  ];
}

/** The hint of a refused request: what the command needs, what the token had, what is missing and how to add it. */
export function refusalHint(facts: RefusalFacts): string {
  const roles = rolesSentences(facts);
  const sentences = [neededSentence(facts), ...roles.slice(0, 1), ...sitesSelectedSentence(facts), ...roles.slice(1)];
  if (facts.status === 401) sentences.push(`(401: the token was not accepted; it was issued for ${facts.resource.audience}.)`);
  return sentences.join('\n');
}

/** A 401/403 of a resource, with the token's roles: commands add what they need (`withNeeds`). */
export class RefusedRequest extends HttpError {
  readonly facts: RefusalFacts;

  constructor(message: string, options: { code?: string; cause?: unknown; facts: RefusalFacts }) {
    super(message, { status: options.facts.status, code: options.code, hint: refusalHint(options.facts), resource: options.facts.resource, cause: options.cause });
    this.name = 'HttpError';
    this.facts = options.facts;
  }

  /** The same refusal, explained with what the command needs on its resource. */
  withNeeds(needed: PermissionAlternatives): RefusedRequest {
    return new RefusedRequest(this.message, { code: this.code, cause: this.cause, facts: { ...this.facts, needed } });
  }
}

/**
 * The client of a run, whose 401/403 errors carry the roles of the token the request carried, the site collection
 * (SharePoint) and the app, so that a refusal can say what was missing instead of the service's bare text.
 */
export function withTokenDiagnostics(http: ApiClient, tokens: RolesSource, appId: string): ApiClient {
  const explain = (error: unknown, url: string): unknown => {
    if (!(error instanceof HttpError) || (error.status !== 401 && error.status !== 403) || error.resource === undefined) return error;
    if (error instanceof RefusedRequest) return error;
    const resource = error.resource;
    const siteUrl = resource.kind === 'sharepoint' ? siteCollectionOf(url) : undefined;
    const facts: RefusalFacts = { status: error.status, resource, roles: tokens.rolesOf(resource), siteUrl, appId };
    return new RefusedRequest(error.message, { code: error.code, cause: error, facts });
  };
  return {
    async request<T>(request: HttpRequest): Promise<HttpResponse<T>> {
      try {
        return await http.request<T>(request);
      } catch (error) {
        throw explain(error, request.url);
      }
    },
    async getAll<T>(url: string, headers?: Record<string, string>): Promise<T[]> {
      try {
        return await http.getAll<T>(url, headers);
      } catch (error) {
        throw explain(error, url);
      }
    },
  };
}
