import { endpoint, literal, opt, query } from '../kit/index.js';

/** `teams app list`: the apps of the Teams app catalog (all pages), optionally of one distribution method. */
export const teamsAppList = endpoint({
  name: 'teams app list',
  description: 'Lists apps from the Microsoft Teams app catalog',
  resource: 'graph',
  permissions: { graph: ['AppCatalog.Read.All', 'AppCatalog.ReadWrite.All', 'Directory.Read.All'] },
  options: { distributionMethod: opt.enum(['store', 'organization', 'sideloaded'], 'Only apps of this distribution method.') },
  paged: true,
  url: ({ distributionMethod }, { cloud }) =>
    `${cloud.graph}/v1.0/appCatalogs/teamsApps${query({ $filter: distributionMethod === undefined ? undefined : `distributionMethod eq ${literal(distributionMethod)}` })}`,
});
