import { teamsAppInstall } from '../teams/app-install.js';
import { teamsAppList } from '../teams/app-list.js';
import { teamsChannelAdd } from '../teams/channel-add.js';
import { teamsChannelGet } from '../teams/channel-get.js';
import { teamsChannelList } from '../teams/channel-list.js';
import { teamsTabList } from '../teams/tab-list.js';
import { teamsTeamGet } from '../teams/team-get.js';
import { teamsTeamList } from '../teams/team-list.js';
import type { CommandDefinition } from '../types.js';

/** Teams, channels, tabs and apps. */
export const commands: readonly CommandDefinition[] = [
  teamsTeamGet,
  teamsTeamList,
  teamsChannelGet,
  teamsChannelList,
  teamsChannelAdd,
  teamsTabList,
  teamsAppList,
  teamsAppInstall,
];
