import { command, opt, rules, type PermissionSpec } from '../kit/index.js';
import { allOf } from './permissions.js';
import { assertUnifiedGroup, bindToGroup, groupId, invalidGuids, invalidUserNames, splitValues, userIdsByNames } from './shared.js';

interface Who {
  readonly role?: 'Owner' | 'Member';
  readonly groupName?: string;
  readonly teamName?: string;
  readonly userNames?: string;
}

function permissionsFor(o: Who): PermissionSpec {
  const write = o.role === 'Owner' ? ['Group.ReadWrite.All', 'Directory.ReadWrite.All'] : ['GroupMember.ReadWrite.All', 'Group.ReadWrite.All', 'Directory.ReadWrite.All'];
  return { graph: allOf(write, ['GroupMember.Read.All', 'Group.Read.All', 'Directory.Read.All'], o.userNames !== undefined ? ['User.Read.All', 'Directory.Read.All'] : []) };
}

/** `entra m365group user add` (also `teams user add`): adds users to a Microsoft 365 group or team as members or owners. */
export const entraM365GroupUserAdd = command({
  name: 'entra m365group user add',
  aliases: ['teams user add'],
  description: 'Adds user to specified Microsoft 365 Group or Microsoft Teams team',
  resource: 'graph',
  readOnly: false,
  permissions: permissionsFor({}),
  permissionsWhen: permissionsFor,
  options: {
    groupId: opt.guid('Id of the Microsoft 365 group. Specify groupId, groupName, teamId or teamName.', { short: 'i' }),
    groupName: opt.string('Display name of the Microsoft 365 group.'),
    teamId: opt.guid('Id of the team.'),
    teamName: opt.string('Display name of the team.'),
    ids: opt.string('Comma-separated ids of users. Specify ids or userNames.'),
    userNames: opt.string('Comma-separated user principal names of users.'),
    role: opt.enum(['Owner', 'Member'], 'Role of the users (default Member).', { short: 'r' }),
  },
  rules: [rules.exactlyOne('groupId', 'groupName', 'teamId', 'teamName'), rules.exactlyOne('ids', 'userNames')],
  validate: (o) => invalidGuids('ids', o.ids) ?? invalidUserNames('userNames', o.userNames),
  async run(context, o) {
    const id = await groupId(context, { id: o.groupId ?? o.teamId, name: o.groupName ?? o.teamName });
    await assertUnifiedGroup(context, id, `Specified group with id '${id}' is not a Microsoft 365 group.`);
    const users = o.ids !== undefined ? splitValues(o.ids) : await userIdsByNames(context, splitValues(o.userNames));
    await bindToGroup(context, id, o.role === 'Owner' ? 'owners' : 'members', users);
    return undefined;
  },
});
