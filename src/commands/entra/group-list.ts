import { stringOption } from '../shared/sharepoint.js';
import type { CommandDefinition, Options } from '../types.js';

/** Graph filters of the CLI's `--type` values (the last two need an advanced query: `not()` and `$count`). */
const TYPE_FILTERS: Readonly<Record<string, { filter: string; advanced: boolean }>> = {
  microsoft365: { filter: "groupTypes/any(c:c+eq+'Unified')", advanced: false },
  security: { filter: 'securityEnabled eq true and mailEnabled eq false', advanced: false },
  distribution: { filter: "securityEnabled eq false and mailEnabled eq true and not(groupTypes/any(t:t eq 'Unified'))", advanced: true },
  mailEnabledSecurity: { filter: "securityEnabled eq true and mailEnabled eq true and not(groupTypes/any(t:t eq 'Unified'))", advanced: true },
};

/**
 * `entra group list`: every group (all pages), optionally by type and display-name prefix. The JSON output is Graph's
 * group objects, like the CLI's `--output json` (which adds `groupType` only to text output).
 */
export const entraGroupList: CommandDefinition = {
  name: 'entra group list',
  aliases: ['aad group list'],
  description: 'Lists all groups defined in Entra ID.',
  resource: 'graph',
  readOnly: true,
  permissions: ['Group.Read.All'],
  options: [
    { name: 'displayName', type: 'string', description: 'Only groups whose display name starts with this text.' },
    {
      name: 'type',
      type: 'string',
      enum: ['microsoft365', 'security', 'distribution', 'mailEnabledSecurity'],
      description: 'Only groups of this type.',
    },
    { name: 'properties', short: 'p', type: 'string', description: 'Comma-separated group properties to retrieve.' },
  ],
  async run(context, options) {
    const { url, advanced } = groupsUrl(context.cloud.graph, options);
    const headers: Record<string, string> = { accept: 'application/json;odata.metadata=none' };
    // Graph refuses not() and $count on directory objects without this header.
    if (advanced) headers.ConsistencyLevel = 'eventual';
    return context.http.getAll<Record<string, unknown>>(url, headers);
  },
};

function groupsUrl(graph: string, options: Options): { url: string; advanced: boolean } {
  const filters: string[] = [];
  const type = stringOption(options.type);
  const typeFilter = type === undefined ? undefined : TYPE_FILTERS[type];
  if (typeFilter !== undefined) filters.push(typeFilter.filter);
  const name = stringOption(options.displayName);
  if (name !== undefined) filters.push(`startswith(displayName,'${encodeURIComponent(name).replace(/'/g, "''")}')`);
  const query: string[] = [];
  if (filters.length > 0) query.push(`$filter=${filters.join(' and ')}`);
  if (typeFilter?.advanced === true) query.push('$count=true');
  const select = (stringOption(options.properties) ?? '').split(',').map((p) => p.trim()).filter((p) => p !== '' && !p.includes('/'));
  if (select.length > 0) query.push(`$select=${select.join(',')}`);
  const url = `${graph}/v1.0/groups${query.length > 0 ? `?${query.join('&')}` : ''}`;
  return { url, advanced: typeFilter?.advanced === true };
}
