import { endpoint, opt, query, splitList } from '../kit/index.js';

/** `entra roledefinition list`: every Entra ID role definition (all pages), optionally filtered and only some properties. */
export const entraRoleDefinitionList = endpoint({
  name: 'entra roledefinition list',
  description: 'Lists all Microsoft Entra ID role definitions',
  resource: 'graph',
  permissions: { graph: ['RoleManagement.Read.Directory', 'RoleManagement.Read.All', 'Directory.Read.All'] },
  options: {
    properties: opt.string('Comma-separated properties to retrieve.', { short: 'p' }),
    filter: opt.string('OData filter on the role definitions.', { short: 'f' }),
  },
  paged: true,
  url: ({ properties, filter }, { cloud }) => `${cloud.graph}/v1.0/roleManagement/directory/roleDefinitions${query({ $select: splitList(properties), $filter: filter })}`,
});
