import { command, opt, rules, type PermissionSpec } from '../kit/index.js';
import { allOf } from './permissions.js';
import { bindToGroup, groupId, groupIdsByNames, invalidGuids, invalidUserNames, splitValues, userIdsByNames } from './shared.js';

interface Who {
  readonly role: 'Owner' | 'Member';
  readonly groupName?: string;
  readonly userNames?: string;
  readonly subgroupNames?: string;
}

const OWNERS = ['Group.ReadWrite.All', 'Directory.ReadWrite.All'];
const MEMBERS = ['GroupMember.ReadWrite.All', 'Group.ReadWrite.All', 'Directory.ReadWrite.All'];

/** Owners take Group.ReadWrite.All, members GroupMember.ReadWrite.All; names add reading users or groups. */
function permissionsFor(o: Who): PermissionSpec {
  const readUsers = o.userNames !== undefined ? ['User.Read.All', 'Directory.Read.All'] : [];
  const readGroups = o.groupName !== undefined || o.subgroupNames !== undefined ? ['GroupMember.Read.All', 'Group.Read.All', 'Directory.Read.All'] : [];
  return { graph: allOf(o.role === 'Owner' ? OWNERS : MEMBERS, readUsers, readGroups) };
}

/** `entra group member add`: adds users or groups (by id or name) to a group's members or owners. Prints nothing. */
export const entraGroupMemberAdd = command({
  name: 'entra group member add',
  description: 'Adds members to a Microsoft Entra group',
  resource: 'graph',
  readOnly: false,
  permissions: { graph: MEMBERS },
  permissionsWhen: permissionsFor,
  options: {
    groupId: opt.guid('Id of the group. Specify groupId or groupName.', { short: 'i' }),
    groupName: opt.string('Display name of the group.', { short: 'n' }),
    userIds: opt.string('Comma-separated ids of users.'),
    userNames: opt.string('Comma-separated user principal names of users.'),
    subgroupIds: opt.string('Comma-separated ids of groups.'),
    subgroupNames: opt.string('Comma-separated display names of groups.'),
    role: opt.enum(['Owner', 'Member'], 'Role of the new members: Owner or Member.', { short: 'r', required: true }),
  },
  rules: [rules.exactlyOne('groupId', 'groupName'), rules.exactlyOne('userIds', 'userNames', 'subgroupIds', 'subgroupNames')],
  validate: (o) => {
    const invalid = invalidGuids('userIds', o.userIds) ?? invalidGuids('subgroupIds', o.subgroupIds) ?? invalidUserNames('userNames', o.userNames);
    if (invalid !== undefined) return invalid;
    if ((o.subgroupIds !== undefined || o.subgroupNames !== undefined) && o.role === 'Owner') return 'Subgroups cannot be set as owners.';
    return undefined;
  },
  async run(context, o) {
    const id = await groupId(context, { id: o.groupId, name: o.groupName });
    const objectIds =
      o.userIds !== undefined ? splitValues(o.userIds)
      : o.userNames !== undefined ? await userIdsByNames(context, splitValues(o.userNames))
      : o.subgroupIds !== undefined ? splitValues(o.subgroupIds)
      : await groupIdsByNames(context, splitValues(o.subgroupNames));
    await bindToGroup(context, id, o.role === 'Owner' ? 'owners' : 'members', objectIds);
    return undefined;
  },
});
