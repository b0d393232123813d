import { ActionError } from '../../errors.js';
import { command, opt, query, rules, segment } from '../kit/index.js';
import { invalidUserNames } from '../entra/shared.js';
import { GRAPH_JSON, READ_TEAMS, getTeam, graphUrl } from './shared.js';

/** One request per team: a few at a time. */
const CONCURRENCY = 4;

/**
 * `teams team list`: every team of the tenant, or the teams a given user is in (`--joined`) or associated with
 * (`--associated`), each with its settings, sorted by name. Without `--userId`/`--userName` the CLI lists the
 * signed-in user's teams; an app has no such user, so that form is refused at planning.
 */
export const teamsTeamList = command({
  name: 'teams team list',
  description: 'Lists Microsoft Teams in the current tenant',
  resource: 'graph',
  readOnly: true,
  permissions: { graph: READ_TEAMS },
  options: {
    joined: opt.boolean("Only the teams the user (--userId or --userName) is a direct member of.", { short: 'j' }),
    associated: opt.boolean('Only the teams the user is associated with (direct membership and shared channels).', { short: 'a' }),
    userId: opt.guid('Id of the user whose teams to list (with --joined or --associated).'),
    userName: opt.string('User principal name of the user whose teams to list (with --joined or --associated).'),
  },
  rules: [rules.atMostOne('joined', 'associated'), rules.atMostOne('userId', 'userName')],
  validate: problemOf,
  async run(context, o) {
    // Planning checks this too, unless a value comes from an earlier command's result.
    const problem = problemOf(o);
    if (problem !== undefined) throw new ActionError(problem);
    const user = o.userId ?? o.userName;
    const path = user === undefined ? 'teams' : `users/${segment(user)}/${o.associated ? 'teamwork/associatedTeams' : 'joinedTeams'}`;
    const ids = (await context.http.getAll<{ id: string }>(graphUrl(context, `${path}${query({ $select: 'id' })}`), { ...GRAPH_JSON })).map((t) => t.id);
    const teams: Record<string, unknown>[] = [];
    for (let i = 0; i < ids.length; i += CONCURRENCY) teams.push(...(await Promise.all(ids.slice(i, i + CONCURRENCY).map((id) => getTeam(context, id)))));
    return teams.sort((a, b) => String(a.displayName ?? '').localeCompare(String(b.displayName ?? '')));
  },
});

interface ListOptions {
  readonly joined?: boolean;
  readonly associated?: boolean;
  readonly userId?: string;
  readonly userName?: string;
}

function problemOf(o: ListOptions): string | undefined {
  if (o.userName !== undefined && invalidUserNames('userName', o.userName) !== undefined) return `${o.userName} is not a valid UPN for userName.`;
  const user = o.userId !== undefined || o.userName !== undefined;
  const scoped = (o.joined ?? false) || (o.associated ?? false);
  if (user && !scoped) return 'You must specify either joined or associated when specifying userId or userName.';
  if (scoped && !user) {
    return `--${o.joined ? 'joined' : 'associated'} without a user lists the signed-in user's teams, and an app signs in as no user. Add --userId or --userName to list that user's teams.`;
  }
  return undefined;
}
