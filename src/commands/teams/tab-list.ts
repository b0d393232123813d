import { endpoint, opt, segment } from '../kit/index.js';
import { invalidChannelId } from './shared.js';

/** `teams tab list`: the tabs of a channel, each with its Teams app (Conversations and Files are not tabs). */
export const teamsTabList = endpoint({
  name: 'teams tab list',
  description: 'Lists tabs in the specified Microsoft Teams channel',
  resource: 'graph',
  permissions: { graph: ['TeamsTab.Read.All', 'TeamsTab.ReadWrite.All', 'Group.Read.All', 'Directory.Read.All'] },
  options: {
    teamId: opt.guid('Id of the team.', { short: 'i', required: true }),
    channelId: opt.string('Id of the channel (19:…@thread.tacv2).', { short: 'c', required: true }),
  },
  validate: ({ channelId }) => invalidChannelId(channelId, `${channelId} is not a valid Teams ChannelId`),
  paged: true,
  url: ({ teamId, channelId }, { cloud }) => `${cloud.graph}/v1.0/teams/${segment(teamId)}/channels/${segment(channelId)}/tabs?$expand=teamsApp`,
});
