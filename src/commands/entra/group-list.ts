import { endpoint, literal, opt, query, splitList } from '../kit/index.js';

/** Graph filters of the CLI's `--type` values (the last two need an advanced query: `not()` and `$count`). */
const TYPE_FILTERS = {
  microsoft365: { filter: "groupTypes/any(c:c eq 'Unified')", advanced: false },
  security: { filter: 'securityEnabled eq true and mailEnabled eq false', advanced: false },
  distribution: { filter: "securityEnabled eq false and mailEnabled eq true and not(groupTypes/any(t:t eq 'Unified'))", advanced: true },
  mailEnabledSecurity: { filter: "securityEnabled eq true and mailEnabled eq true and not(groupTypes/any(t:t eq 'Unified'))", advanced: true },
} as const;

const TYPES = ['microsoft365', 'security', 'distribution', 'mailEnabledSecurity'] as const;

/**
 * `entra group list`: every group (all pages), optionally by type and display-name prefix. The JSON output is Graph's
 * group objects, like the CLI's `--output json` (which adds `groupType` only to text output).
 */
export const entraGroupList = endpoint({
  name: 'entra group list',
  aliases: ['aad group list'],
  description: 'Lists all groups defined in Entra ID.',
  resource: 'graph',
  permissions: { graph: ['GroupMember.Read.All', 'Group.Read.All', 'Directory.Read.All'] },
  options: {
    displayName: opt.string('Only groups whose display name starts with this text.'),
    type: opt.enum(TYPES, 'Only groups of this type.'),
    properties: opt.string('Comma-separated group properties to retrieve.', { short: 'p' }),
  },
  paged: true,
  // Graph refuses not() and $count on directory objects without this header.
  headers: ({ type }): Record<string, string> => (type !== undefined && TYPE_FILTERS[type].advanced ? { ConsistencyLevel: 'eventual' } : {}),
  url: ({ type, displayName, properties }, { cloud }) =>
    `${cloud.graph}/v1.0/groups${query({
      $filter: [type === undefined ? '' : TYPE_FILTERS[type].filter, displayName === undefined ? '' : `startswith(displayName,${literal(displayName)})`],
      $count: type !== undefined && TYPE_FILTERS[type].advanced,
      $select: splitList(properties).filter((p) => !p.includes('/')),
    })}`,
});
