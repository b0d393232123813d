import { endpoint, opt, query, splitList } from '../kit/index.js';

/** `entra administrativeunit list`: every administrative unit (all pages), optionally only some properties. */
export const entraAdministrativeUnitList = endpoint({
  name: 'entra administrativeunit list',
  description: 'Retrieves a list of administrative units',
  resource: 'graph',
  permissions: { graph: ['AdministrativeUnit.Read.All', 'AdministrativeUnit.ReadWrite.All', 'Directory.Read.All'] },
  options: { properties: opt.string('Comma-separated properties to retrieve.', { short: 'p' }) },
  paged: true,
  url: ({ properties }, { cloud }) => `${cloud.graph}/v1.0/directory/administrativeUnits${query({ $select: splitList(properties).filter((p) => !p.includes('/')) })}`,
});
