import { endpoint, literal, opt, query } from '../kit/index.js';

/** `entra enterpriseapp list`: every enterprise application (service principal), optionally by display name or tag. */
export const entraEnterpriseAppList = endpoint({
  name: 'entra enterpriseapp list',
  aliases: ['entra sp list'],
  description: 'Lists the enterprise applications (or service principals) in Entra ID',
  resource: 'graph',
  permissions: { graph: ['Application.Read.All', 'Application.ReadWrite.OwnedBy', 'Application.ReadWrite.All', 'Directory.Read.All'] },
  options: {
    displayName: opt.string('Only enterprise applications with this display name.', { short: 'n' }),
    tag: opt.string('Only enterprise applications with this tag.'),
  },
  paged: true,
  url: ({ displayName, tag }, { cloud }) =>
    `${cloud.graph}/v1.0/servicePrincipals${query({
      $filter: [tag === undefined ? '' : `(tags/any(t:t eq ${literal(tag)}))`, displayName === undefined ? '' : `(displayName eq ${literal(displayName)})`],
    })}`,
});
