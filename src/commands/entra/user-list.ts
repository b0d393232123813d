import { command, literal, opt, query, splitList } from '../kit/index.js';
import { GRAPH_JSON, graphUrl, selectAndExpand } from './shared.js';

/**
 * `entra user list`: every user (all pages), optionally of one type; any other option filters on the property of that
 * name (`--displayName Patt` → display names starting with Patt), like the CLI.
 */
export const entraUserList = command({
  name: 'entra user list',
  description: 'Lists users matching specified criteria',
  resource: 'graph',
  readOnly: true,
  permissions: { graph: ['User.Read.All', 'User.ReadWrite.All', 'Directory.Read.All'] },
  options: {
    type: opt.enum(['Member', 'Guest'], 'Only members or only guests.'),
    properties: opt.string('Comma-separated properties to retrieve (x/y expands x).', { short: 'p' }),
  },
  allowUnknownOptions: true,
  // The name of an extra option becomes a property name in the filter: only a plain name may.
  validate: (_options, filters) => {
    const bad = Object.keys(filters).find((name) => !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name));
    return bad === undefined ? undefined : `'--${bad}' cannot be a filter: a filter option is the name of a user property, like --displayName.`;
  },
  run(context, { type, properties }, filters) {
    const clauses = [...Object.entries(filters).map(([name, value]) => `startsWith(${name}, ${literal(value)})`), type === undefined ? '' : `userType eq ${literal(type)}`];
    const { $select, $expand } = selectAndExpand(splitList(properties));
    return context.http.getAll(graphUrl(context, `users${query({ $select, $expand, $filter: clauses })}`), { ...GRAPH_JSON });
  },
});
