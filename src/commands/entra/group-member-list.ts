import { command, opt, rules } from '../kit/index.js';
import { groupId, listGroupMembers } from './shared.js';

/** `entra group member list`: owners and members of a group, each with its roles (`Owner`, `Member`). */
export const entraGroupMemberList = command({
  name: 'entra group member list',
  description: 'Lists members of a specific Entra group',
  resource: 'graph',
  readOnly: true,
  permissions: { graph: ['GroupMember.Read.All', 'Group.Read.All', 'Group.ReadWrite.All', 'Directory.Read.All'] },
  options: {
    groupId: opt.guid('Id of the group. Specify groupId or groupName.', { short: 'i' }),
    groupName: opt.string('Display name of the group.', { short: 'n' }),
    role: opt.enum(['Owner', 'Member'], 'Only owners or only members.', { short: 'r' }),
    properties: opt.string('Comma-separated properties to retrieve (x/y expands x).', { short: 'p' }),
    filter: opt.string('OData filter on the members.', { short: 'f' }),
  },
  rules: [rules.exactlyOne('groupId', 'groupName')],
  async run(context, o) {
    const id = await groupId(context, { id: o.groupId, name: o.groupName });
    return listGroupMembers(context, id, o, '', 'id,displayName,userPrincipalName,givenName,surname');
  },
});
