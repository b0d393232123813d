import { endpoint, opt, query, splitList } from '../kit/index.js';

/** `entra app list`: every app registration (all pages), optionally only some properties. */
export const entraAppList = endpoint({
  name: 'entra app list',
  aliases: ['entra appregistration list'],
  description: 'Retrieves a list of Entra app registrations',
  resource: 'graph',
  permissions: { graph: ['Application.Read.All', 'Application.ReadWrite.OwnedBy', 'Application.ReadWrite.All', 'Directory.Read.All'] },
  options: { properties: opt.string('Comma-separated properties to retrieve.', { short: 'p' }) },
  paged: true,
  url: ({ properties }, { cloud }) => `${cloud.graph}/v1.0/applications${query({ $select: splitList(properties).filter((p) => !p.includes('/')) })}`,
});
