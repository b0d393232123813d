import { command, opt, rules } from '../kit/index.js';
import { READ_TEAMS, getTeam, teamId } from './shared.js';

/** `teams team get`: one team with its settings, by id or display name. */
export const teamsTeamGet = command({
  name: 'teams team get',
  description: 'Retrieve information about the specified Microsoft Team',
  resource: 'graph',
  readOnly: true,
  permissions: { graph: READ_TEAMS },
  options: {
    id: opt.guid('Id of the team. Specify id or name.', { short: 'i' }),
    name: opt.string('Display name of the team.', { short: 'n' }),
  },
  rules: [rules.exactlyOne('id', 'name')],
  async run(context, team) {
    return getTeam(context, await teamId(context, team));
  },
});
