import { nodeCrypto } from '../../lazy-builtins.js';
import { command, opt, rules, type OptionValues, type PermissionSpec } from '../kit/index.js';
import type { CommandContext } from '../types.js';
import { allOf } from './permissions.js';
import { GRAPH_JSON, bindToGroup, graphUrl, invalidGuids, invalidUserNames, splitValues, userIdsByNames } from './shared.js';

/** What Exchange accepts in a mail alias (ASCII without @ ( ) \ [ ] " ; : < > , and space). */
const MAIL_NICKNAME = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]*$/;

const options = {
  displayName: opt.string('Name of the group (at most 256 characters).', { short: 'n', required: true }),
  description: opt.string('Description of the group.', { short: 'd' }),
  type: opt.enum(['microsoft365', 'security'], 'Group type: microsoft365 or security.', { short: 't', required: true }),
  mailNickname: opt.string('Mail alias of the group (the part before the @, at most 64 characters).', { short: 'm' }),
  ownerIds: opt.string('Comma-separated ids of users to make owners.'),
  ownerUserNames: opt.string('Comma-separated user principal names of users to make owners.'),
  memberIds: opt.string('Comma-separated ids of users to make members.'),
  memberUserNames: opt.string('Comma-separated user principal names of users to make members.'),
  visibility: opt.enum(['Private', 'Public', 'HiddenMembership'], 'Visibility of a Microsoft 365 group (required for microsoft365).'),
};
type AddOptions = OptionValues<typeof options>;

/** The CLI's value checks, in its words. */
function validate(o: AddOptions): string | undefined {
  if (o.displayName.length > 256) return "The maximum amount of characters for 'displayName' is 256.";
  if (o.mailNickname !== undefined && !MAIL_NICKNAME.test(o.mailNickname)) {
    return `Value for option 'mailNickname' must contain only characters in the ASCII character set 0-127 except the following: @ () \\ [] " ; : <> , SPACE.`;
  }
  if (o.mailNickname !== undefined && o.mailNickname.length > 64) return "The maximum amount of characters for 'mailNickname' is 64.";
  const invalid = invalidGuids('ownerIds', o.ownerIds) ?? invalidGuids('memberIds', o.memberIds) ?? invalidUserNames('ownerUserNames', o.ownerUserNames) ?? invalidUserNames('memberUserNames', o.memberUserNames);
  if (invalid !== undefined) return invalid;
  if (o.type === 'microsoft365' && o.visibility === undefined) return "Option 'visibility' must be specified if the option 'type' is set to microsoft365";
  return undefined;
}

const CREATE = ['Group.Create', 'Group.ReadWrite.All', 'Directory.ReadWrite.All'];
/** Adding owners takes Group.ReadWrite.All, adding members GroupMember.ReadWrite.All (Graph's tables). */
const OWNERS = ['Group.ReadWrite.All', 'Directory.ReadWrite.All'];
const MEMBERS = ['GroupMember.ReadWrite.All', 'Group.ReadWrite.All', 'Directory.ReadWrite.All'];
const READ_USERS = ['User.Read.All', 'Directory.Read.All'];

function permissionsFor(o: AddOptions): PermissionSpec {
  const owners = o.ownerIds !== undefined || o.ownerUserNames !== undefined;
  const members = o.memberIds !== undefined || o.memberUserNames !== undefined;
  const names = o.ownerUserNames !== undefined || o.memberUserNames !== undefined;
  return { graph: allOf(CREATE, owners ? OWNERS : [], members ? MEMBERS : [], names ? READ_USERS : []) };
}

/**
 * `entra group add`: creates a Microsoft 365 or security group, then adds its owners and members. Other options are
 * passed on as group properties, like the CLI. The result is the new group.
 */
export const entraGroupAdd = command({
  name: 'entra group add',
  description: 'Creates a Microsoft Entra group',
  resource: 'graph',
  readOnly: false,
  permissions: { graph: CREATE },
  permissionsWhen: permissionsFor,
  options,
  rules: [rules.atMostOne('ownerIds', 'ownerUserNames'), rules.atMostOne('memberIds', 'memberUserNames')],
  allowUnknownOptions: true,
  validate,
  async run(context, o, extra) {
    // Users are resolved first: an unknown name fails before anything is created.
    const owners = await userIds(context, o.ownerIds, o.ownerUserNames);
    const members = await userIds(context, o.memberIds, o.memberUserNames);
    const body = {
      displayName: o.displayName,
      description: o.description,
      mailNickname: o.mailNickname ?? `Group${nodeCrypto().randomInt(1_000_000)}`,
      visibility: o.visibility ?? 'Public',
      groupTypes: o.type === 'microsoft365' ? ['Unified'] : [],
      mailEnabled: o.type !== 'security',
      securityEnabled: true,
      ...extra,
    };
    const group = (await context.http.request<{ id: string }>({ method: 'POST', url: graphUrl(context, 'groups'), headers: { ...GRAPH_JSON }, body })).body;
    await bindToGroup(context, group.id, 'owners', owners);
    await bindToGroup(context, group.id, 'members', members);
    return group;
  },
});

function userIds(context: CommandContext, ids: string | undefined, names: string | undefined): Promise<string[]> {
  return ids !== undefined ? Promise.resolve(splitValues(ids)) : userIdsByNames(context, splitValues(names));
}
