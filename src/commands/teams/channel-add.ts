import { command, literal, opt, rules, segment } from '../kit/index.js';
import { allOf } from '../entra/permissions.js';
import { GRAPH_JSON, READ_TEAMS, graphUrl, teamId } from './shared.js';

const CREATE_CHANNELS = ['Channel.Create', 'Group.ReadWrite.All', 'Directory.ReadWrite.All'];

/**
 * `teams channel add`: adds a standard, private or shared channel to a team (a private or shared one with its owner,
 * by id or user principal name). The result is the new channel.
 */
export const teamsChannelAdd = command({
  name: 'teams channel add',
  description: 'Adds a channel to the specified Microsoft Teams team',
  resource: 'graph',
  readOnly: false,
  permissions: { graph: CREATE_CHANNELS },
  permissionsWhen: ({ teamName }) => ({ graph: allOf(CREATE_CHANNELS, teamName !== undefined ? READ_TEAMS : []) }),
  options: {
    teamId: opt.guid('Id of the team. Specify teamId or teamName.', { short: 'i' }),
    teamName: opt.string('Display name of the team.'),
    name: opt.string('Name of the channel.', { short: 'n', required: true }),
    description: opt.string('Description of the channel.', { short: 'd' }),
    type: opt.enum(['standard', 'private', 'shared'], 'Type of the channel (default standard).'),
    owner: opt.string('Id or user principal name of the owner of a private or shared channel.'),
  },
  rules: [rules.exactlyOne('teamId', 'teamName')],
  validate: ({ type, owner }) => {
    if ((type === 'private' || type === 'shared') && owner === undefined) return `Specify owner when creating a ${type} channel.`;
    if (type !== 'private' && type !== 'shared' && owner !== undefined) return 'Specify owner only when creating a private or shared channel.';
    return undefined;
  },
  async run(context, o) {
    const team = await teamId(context, { id: o.teamId, name: o.teamName });
    const body: Record<string, unknown> = { membershipType: o.type ?? 'standard', displayName: o.name, description: o.description };
    if (o.owner !== undefined) {
      // An app creating a private or shared channel must name its one owner.
      body.members = [{ '@odata.type': '#microsoft.graph.aadUserConversationMember', 'user@odata.bind': graphUrl(context, `users(${literal(o.owner)})`), roles: ['owner'] }];
    }
    return (await context.http.request({ method: 'POST', url: graphUrl(context, `teams/${segment(team)}/channels`), headers: { ...GRAPH_JSON }, body })).body;
  },
});
