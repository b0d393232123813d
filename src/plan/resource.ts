import { fixedResource, sharePointResource, type Cloud, type Resource, type ResourceKind } from '../clouds.js';
import type { CommandDefinition, Options } from '../commands/types.js';
import { showValue } from './options.js';

/** The option of `request` holding the URL it calls. */
export const REQUEST_URL_OPTION = 'url';

export interface ResourceDecision {
  readonly kind: ResourceKind | 'none';
  readonly resource?: Resource;
  /** The SharePoint tenant root must be discovered through Graph first. */
  readonly discover: boolean;
  readonly error?: string;
}

/**
 * Expands the CLI for Microsoft 365's URL tokens of `request`: `@graph` (v1.0) and `@graphbeta` for this cloud's
 * Graph, `@spo` for the SharePoint root when known (else the `request` command expands it with the discovered root).
 */
export function expandRequestUrl(url: string, cloud: Cloud, sharePointRoot?: Resource): string {
  if (url.startsWith('@graphbeta')) return `${cloud.graph}/beta${url.slice('@graphbeta'.length)}`;
  if (url.startsWith('@graph')) return `${cloud.graph}/v1.0${url.slice('@graph'.length)}`;
  if (url.startsWith('@spo') && sharePointRoot) return `${sharePointRoot.audience}${url.slice('@spo'.length)}`;
  return url;
}

/**
 * The literal part of a URL that may hold `{{ }}` references: all of it without references, else the text before the
 * first one when that already fixes scheme and host (`https://graph.microsoft.com/v1.0/groups/{{ g.id }}`).
 */
function literalUrl(value: string): string | undefined {
  const at = value.indexOf('{{');
  if (at < 0) return value;
  const prefix = value.slice(0, at);
  return /^[a-z][a-z0-9+.-]*:\/\/[^/]+\//i.test(prefix) ? prefix : undefined;
}

/** Decides which resource a command's token is for; errors name the command (`where`), the option and the value. */
export function decideResource(
  definition: CommandDefinition,
  options: Options,
  cloud: Cloud,
  sharePointRoot: Resource | undefined,
  where: string,
): ResourceDecision {
  const kind = definition.resource;
  if (kind === 'none') return { kind, discover: false };
  if (kind === 'graph' || kind === 'management' || kind === 'azure') return { kind, resource: fixedResource(cloud, kind), discover: false };
  if (kind === 'sharepoint') return sharePointDecision(definition, options, cloud, sharePointRoot, where);
  if (kind === 'url') return requestDecision(options[REQUEST_URL_OPTION], cloud, where);
  return { kind, discover: false, error: `'${definition.name}' (${where}) talks to Viva Engage, which cannot be used app-only: Entra ID issues no app-only token for Viva Engage (Yammer).` };
}

function sharePointDecision(definition: CommandDefinition, options: Options, cloud: Cloud, root: Resource | undefined, where: string): ResourceDecision {
  const option = definition.sharePointUrlOption;
  const value = option === undefined ? undefined : options[option];
  const literal = typeof value === 'string' ? literalUrl(value) : undefined;
  if (option !== undefined && literal !== undefined) {
    const resource = sharePointResource(cloud, literal);
    if (resource) return { kind: 'sharepoint', resource, discover: false };
    return {
      kind: 'sharepoint',
      discover: false,
      error: `Option '--${option}' (${where}) is '${showValue(value)}', which is not a SharePoint Online URL of cloud ${cloud.name}; give a URL like https://<tenant>.${cloud.sharePointSuffix}/sites/<site>.`,
    };
  }
  return root ? { kind: 'sharepoint', resource: root, discover: false } : { kind: 'sharepoint', discover: true };
}

/** Hosts a token may go to in this cloud, for the error about a foreign host. */
function knownHosts(cloud: Cloud): string {
  const host = (origin: string) => new URL(origin).hostname;
  return [host(cloud.graph), `<tenant>.${cloud.sharePointSuffix}`, host(cloud.management), host(cloud.azure)].join(', ');
}

function requestDecision(value: unknown, cloud: Cloud, where: string): ResourceDecision {
  if (typeof value !== 'string') return { kind: 'none', discover: false };
  if (value.startsWith('@spo')) return { kind: 'sharepoint', discover: true };
  const literal = literalUrl(value);
  const fail = (error: string): ResourceDecision => ({ kind: 'none', discover: false, error });
  if (literal === undefined) return fail(`request to '${showValue(value)}' (${where}): the scheme and host of the URL must be written out (https://<host>/...); only the part after the host may use {{ }} references.`);
  let url: URL;
  try {
    url = new URL(literal);
  } catch {
    return fail(`request to '${showValue(value)}' (${where}): not an absolute URL; write https://<host>/<path> or start with @graph, @graphbeta or @spo.`);
  }
  if (url.protocol !== 'https:') return fail(`request to '${showValue(value)}' (${where}): the URL must use https; an access token is never sent over plain http.`);
  const host = url.hostname.toLowerCase();
  for (const kind of ['graph', 'management', 'azure'] as const) {
    const resource = fixedResource(cloud, kind);
    if (resource.hosts.includes(host)) return { kind, resource, discover: false };
  }
  const sharePoint = sharePointResource(cloud, literal);
  if (sharePoint) return { kind: 'sharepoint', resource: sharePoint, discover: false };
  return fail(
    `request to '${showValue(value)}' (${where}): that host belongs to no Microsoft 365 resource of cloud ${cloud.name}; an access token is only sent to the hosts of the resource it was issued for (${knownHosts(cloud)}).`,
  );
}
