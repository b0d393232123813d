import { command, opt, query, rules, segment, splitList } from '../kit/index.js';
import { GRAPH_JSON, getGroupByName, graphUrl } from './shared.js';

/** `entra group get`: one group, by id or display name, optionally only some properties. */
export const entraGroupGet = command({
  name: 'entra group get',
  description: 'Gets information about the specified Entra group',
  resource: 'graph',
  readOnly: true,
  permissions: { graph: ['GroupMember.Read.All', 'Group.Read.All', 'Group.ReadWrite.All', 'Directory.Read.All'] },
  options: {
    id: opt.guid('Object id of the group. Specify either id or displayName.', { short: 'i' }),
    displayName: opt.string('Display name of the group.', { short: 'n' }),
    properties: opt.string('Comma-separated properties to retrieve.', { short: 'p' }),
  },
  rules: [rules.exactlyOne('id', 'displayName')],
  async run(context, { id, displayName, properties }) {
    const select = splitList(properties).filter((p) => !p.includes('/'));
    if (id === undefined) return getGroupByName(context, displayName ?? '', select);
    return (await context.http.request({ url: graphUrl(context, `groups/${segment(id)}${query({ $select: select })}`), headers: { ...GRAPH_JSON } })).body;
  },
});
