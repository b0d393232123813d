import { ActionError } from '../../errors.js';
import { command, literal, opt, query, rules, segment } from '../kit/index.js';
import { GRAPH_JSON, graphUrl } from './shared.js';

/** `entra enterpriseapp get`: one enterprise application (Graph `servicePrincipal`), by appId, display name or object id. */
export const entraEnterpriseAppGet = command({
  name: 'entra enterpriseapp get',
  aliases: ['entra sp get'],
  description: 'Gets information about an Enterprise Application',
  resource: 'graph',
  readOnly: true,
  permissions: { graph: ['Application.Read.All', 'Application.ReadWrite.OwnedBy', 'Application.ReadWrite.All', 'Directory.Read.All'] },
  options: {
    id: opt.guid('Application (client) ID of the app whose enterprise application to get.', { short: 'i' }),
    displayName: opt.string('Display name of the enterprise application.', { short: 'n' }),
    objectId: opt.guid('Object ID of the enterprise application.'),
  },
  rules: [rules.exactlyOne('id', 'displayName', 'objectId')],
  async run(context, { id, displayName, objectId }) {
    let spId = objectId;
    if (spId === undefined) {
      const filter = displayName !== undefined ? `displayName eq ${literal(displayName)}` : `appId eq ${literal(id ?? '')}`;
      const found = await context.http.getAll<{ id: string }>(graphUrl(context, `servicePrincipals${query({ $filter: filter })}`), { ...GRAPH_JSON });
      if (found.length === 0) throw new ActionError('The specified Entra app does not exist');
      if (found.length > 1) {
        throw new ActionError(`Multiple Entra apps with name '${displayName ?? id ?? ''}' found. Found: ${found.map((f) => f.id).join(', ')}.`, { hint: 'Use --objectId to pick one.' });
      }
      spId = found[0].id;
    }
    return (await context.http.request({ url: graphUrl(context, `servicePrincipals/${segment(spId)}`), headers: { ...GRAPH_JSON } })).body;
  },
});
