import { command, literal, opt, query, rules, segment } from '../kit/index.js';
import { allOf } from '../entra/permissions.js';
import { GRAPH_JSON, READ_CHANNELS, READ_TEAMS, graphUrl, teamId } from './shared.js';

/** `teams channel list`: the channels of a team (all pages), optionally of one membership type. */
export const teamsChannelList = command({
  name: 'teams channel list',
  description: 'Lists channels in the specified Microsoft Teams team',
  resource: 'graph',
  readOnly: true,
  permissions: { graph: READ_CHANNELS },
  permissionsWhen: ({ teamName }) => ({ graph: allOf(READ_CHANNELS, teamName !== undefined ? READ_TEAMS : []) }),
  options: {
    teamId: opt.guid('Id of the team. Specify teamId or teamName.', { short: 'i' }),
    teamName: opt.string('Display name of the team.'),
    type: opt.enum(['standard', 'private', 'shared'], 'Only channels of this type.'),
  },
  rules: [rules.exactlyOne('teamId', 'teamName')],
  async run(context, o) {
    const team = await teamId(context, { id: o.teamId, name: o.teamName });
    const filter = o.type === undefined ? undefined : `membershipType eq ${literal(o.type)}`;
    return context.http.getAll(graphUrl(context, `teams/${segment(team)}/channels${query({ $filter: filter })}`), { ...GRAPH_JSON });
  },
});
