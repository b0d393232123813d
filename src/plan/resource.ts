import { fixedResource, sharePointResource, type Cloud, type Resource } from '../clouds.js';
import type { CommandDefinition, Options, ResourceDecision } from '../commands/types.js';
import { showValue } from './options.js';

/**
 * The literal part of a URL that may hold `{{ }}` references: all of it without references, else the text before the
 * first one when that already fixes scheme and host (`https://graph.microsoft.com/v1.0/groups/{{ g.id }}`).
 */
export function literalUrl(value: string): string | undefined {
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
  if (definition.resourceFrom) return definition.resourceFrom(options, { cloud, sharePointRoot, where });
  const kind = definition.resource;
  if (kind === 'none') return { kind, discover: false };
  if (kind === 'graph' || kind === 'management' || kind === 'azure') return { kind, resource: fixedResource(cloud, kind), discover: false };
  if (kind === 'sharepoint') return sharePointDecision(definition, options, cloud, sharePointRoot, where);
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
