import { command, opt, rules } from '../kit/index.js';
import { allOf } from './permissions.js';
import { assertUnifiedGroup, groupId, listGroupMembers } from './shared.js';

/** `entra m365group user list`: the users of a Microsoft 365 group (owners and members), each with its roles. */
export const entraM365GroupUserList = command({
  name: 'entra m365group user list',
  description: 'Lists users for the specified Microsoft 365 group',
  resource: 'graph',
  readOnly: true,
  permissions: { graph: allOf(['GroupMember.Read.All', 'Group.Read.All', 'Directory.Read.All'], ['User.Read.All', 'Directory.Read.All']) },
  options: {
    groupId: opt.guid('Id of the Microsoft 365 group. Specify groupId or groupDisplayName.', { short: 'i' }),
    groupDisplayName: opt.string('Display name of the Microsoft 365 group.', { short: 'n' }),
    role: opt.enum(['Owner', 'Member'], 'Only owners or only members.', { short: 'r' }),
    properties: opt.string('Comma-separated properties to retrieve (x/y expands x).', { short: 'p' }),
    filter: opt.string('OData filter on the users.', { short: 'f' }),
  },
  rules: [rules.exactlyOne('groupId', 'groupDisplayName')],
  async run(context, o) {
    const id = await groupId(context, { id: o.groupId, name: o.groupDisplayName });
    await assertUnifiedGroup(context, id, `Specified group '${o.groupId ?? o.groupDisplayName ?? ''}' is not a Microsoft 365 group.`);
    return listGroupMembers(context, id, o, '/microsoft.graph.user', 'id,displayName,userPrincipalName,givenName,surname,userType');
  },
});
