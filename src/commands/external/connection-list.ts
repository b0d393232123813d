import { endpoint } from '../kit/index.js';

/** `external connection list`: the Microsoft Search (Graph connectors) external connections of the tenant. */
export const externalConnectionList = endpoint({
  name: 'external connection list',
  aliases: ['search externalconnection list'],
  description: 'Lists external connections defined in the Microsoft Search',
  resource: 'graph',
  permissions: { graph: ['ExternalConnection.Read.All', 'ExternalConnection.ReadWrite.OwnedBy', 'ExternalConnection.ReadWrite.All'] },
  options: {},
  paged: true,
  url: (_options, { cloud }) => `${cloud.graph}/v1.0/external/connections`,
});
