import { ActionError } from '../../errors.js';
import { command, literal, opt, query, rules, segment, splitList } from '../kit/index.js';
import { GRAPH_JSON, graphUrl, invalidUserNames } from './shared.js';

/** `users/{id or upn}`; a name starting with `$` must be quoted (`users('$x@…')`), or OData reads it as a system query. */
export function userPath(idOrName: string): string {
  return idOrName.startsWith('$') ? `users(${literal(idOrName)})` : `users/${segment(idOrName)}`;
}

/** `entra user get`: one user, by id, user principal name or email, optionally with the manager. */
export const entraUserGet = command({
  name: 'entra user get',
  description: 'Gets information about the specified user',
  resource: 'graph',
  readOnly: true,
  permissions: { graph: ['User.Read.All', 'User.ReadWrite.All', 'Directory.Read.All'] },
  options: {
    id: opt.guid('Id of the user. Specify id, userName or email.', { short: 'i' }),
    userName: opt.string('User principal name of the user.', { short: 'n' }),
    email: opt.string('Email address of the user.'),
    properties: opt.string('Comma-separated properties to retrieve.', { short: 'p' }),
    withManager: opt.boolean("Include the user's manager."),
  },
  rules: [rules.exactlyOne('id', 'userName', 'email')],
  validate: (o) => (o.userName !== undefined && invalidUserNames('userName', o.userName) !== undefined ? `'${o.userName}' is not a valid userName.` : undefined),
  async run(context, { id, userName, email, properties, withManager }) {
    let who = id ?? userName ?? '';
    if (email !== undefined) {
      const url = graphUrl(context, `users${query({ $filter: `mail eq ${literal(email)}`, $select: 'id' })}`);
      const found = await context.http.getAll<{ id: string }>(url, { ...GRAPH_JSON });
      if (found.length === 0) throw new ActionError(`The specified user with email ${email} does not exist`);
      who = found[0].id;
    }
    const q = query({
      $select: splitList(properties).filter((p) => !p.includes('/')),
      $expand: withManager ? 'manager($select=displayName,userPrincipalName,id,mail)' : undefined,
    });
    return (await context.http.request({ url: graphUrl(context, `${userPath(who)}${q}`), headers: { ...GRAPH_JSON } })).body;
  },
});
