import { command, opt, rules, segment } from '../kit/index.js';
import { allOf } from '../entra/permissions.js';
import { GRAPH_JSON, READ_CHANNELS, READ_TEAMS, channelByName, graphUrl, invalidChannelId, teamId } from './shared.js';

/** `teams channel get`: a channel of a team, by id, name, or the primary (General) channel. */
export const teamsChannelGet = command({
  name: 'teams channel get',
  description: 'Gets information about the specific Microsoft Teams team channel',
  resource: 'graph',
  readOnly: true,
  permissions: { graph: READ_CHANNELS },
  permissionsWhen: ({ teamName }) => ({ graph: allOf(READ_CHANNELS, teamName !== undefined ? READ_TEAMS : []) }),
  options: {
    teamId: opt.guid('Id of the team. Specify teamId or teamName.'),
    teamName: opt.string('Display name of the team.'),
    id: opt.string('Id of the channel (19:…@thread.tacv2). Specify id, name or primary.', { short: 'i' }),
    name: opt.string('Display name of the channel.'),
    primary: opt.boolean('The default channel (General) of the team.'),
  },
  rules: [rules.exactlyOne('teamId', 'teamName'), rules.exactlyOne('id', 'name', 'primary')],
  validate: (o) => invalidChannelId(o.id),
  async run(context, o) {
    const team = await teamId(context, { id: o.teamId, name: o.teamName });
    if (o.name !== undefined) return channelByName(context, team, o.name);
    const path = o.primary ? 'primaryChannel' : `channels/${segment(o.id ?? '')}`;
    return (await context.http.request({ url: graphUrl(context, `teams/${segment(team)}/${path}`), headers: { ...GRAPH_JSON } })).body;
  },
});
