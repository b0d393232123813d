import { ActionError } from '../../errors.js';
import { ACCEPT, command, opt, rules, segment } from '../kit/index.js';
import { bothOf, bucketIdByName, GROUP_LOOKUP, ownerGroupOptions, planIdOf, PLANNER_READ, validateOwnerGroup } from './shared.js';

interface TaskListOptions {
  readonly bucketId?: string;
  readonly bucketName?: string;
  readonly planId?: string;
  readonly planTitle?: string;
  readonly rosterId?: string;
  readonly ownerGroupId?: string;
  readonly ownerGroupName?: string;
}

/**
 * Without a bucket or a plan the CLI lists the signed-in user's tasks (`/me/planner/tasks`, even with only `--rosterId`):
 * app-only has no signed-in user, so that shape is refused with the way around.
 */
function refusal({ bucketId, bucketName, planId, planTitle }: TaskListOptions): string | undefined {
  if ([bucketId, bucketName, planId, planTitle].some((v) => v !== undefined)) return undefined;
  return (
    "without --bucketId, --bucketName, --planId or --planTitle the CLI lists the signed-in user's tasks, and app-only sign-in has no signed-in user. " +
    'Name the plan (--planId, or --planTitle with --ownerGroupId/--ownerGroupName, or --bucketName with --rosterId) or the bucket (--bucketId); ' +
    "for one user's tasks call 'request --url @graph/v1.0/users/{id}/planner/tasks'."
  );
}

/** `planner task list`: the tasks of a bucket or of a plan. */
export const plannerTaskList = command({
  name: 'planner task list',
  description: 'Lists planner tasks in a bucket or plan',
  resource: 'graph',
  readOnly: true,
  permissions: { graph: PLANNER_READ },
  permissionsWhen: ({ ownerGroupName }) => ({ graph: ownerGroupName === undefined ? PLANNER_READ : bothOf(PLANNER_READ, GROUP_LOOKUP) }),
  options: {
    bucketId: opt.string('ID of the bucket. Specify bucketId or bucketName.'),
    bucketName: opt.string('Name of the bucket (with planId, planTitle or rosterId).'),
    planId: opt.string('ID of the plan. Specify planId or planTitle.'),
    planTitle: opt.string('Title of the plan (with ownerGroupId or ownerGroupName).'),
    rosterId: opt.string('ID of the Planner roster (with bucketName).'),
    ...ownerGroupOptions,
  },
  rules: [rules.atMostOne('bucketId', 'bucketName'), rules.atMostOne('planId', 'planTitle', 'rosterId')],
  validate: (options) => {
    if (options.bucketName !== undefined && options.rosterId === undefined && options.planId === undefined && options.planTitle === undefined) {
      return "Specify exactly one of the following options: 'planId' or 'planTitle'.";
    }
    return refusal(options) ?? validateOwnerGroup(options.planTitle, options);
  },
  async run(context, options) {
    const refused = refusal(options);
    if (refused !== undefined) throw new ActionError(`'planner task list': ${refused}`);
    const graph = `${context.cloud.graph}/v1.0/planner`;
    if (options.bucketId !== undefined) return context.http.getAll(`${graph}/buckets/${segment(options.bucketId)}/tasks`, { ...ACCEPT.graph });
    const planId = await planIdOf(context, options);
    if (options.bucketName === undefined) return context.http.getAll(`${graph}/plans/${segment(planId)}/tasks`, { ...ACCEPT.graph });
    const bucketId = await bucketIdByName(context, options.bucketName, planId);
    return context.http.getAll(`${graph}/buckets/${segment(bucketId)}/tasks`, { ...ACCEPT.graph });
  },
});
