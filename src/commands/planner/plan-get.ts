import { ACCEPT, command, opt, rules, segment } from '../kit/index.js';
import type { CommandContext } from '../types.js';
import { bothOf, GROUP_LOOKUP, ownerGroupOptions, planById, planByRoster, planByTitle, PLANNER_READ, validateOwnerGroup, type PlannerPlan } from './shared.js';

/** `planner plan get`: one plan (by ID, by title in its group, or a roster's) with its details merged in, as the CLI shows it. */
export const plannerPlanGet = command({
  name: 'planner plan get',
  description: 'Retrieves information about the specified plan',
  resource: 'graph',
  readOnly: true,
  permissions: { graph: PLANNER_READ },
  permissionsWhen: ({ ownerGroupName }) => ({ graph: ownerGroupName === undefined ? PLANNER_READ : bothOf(PLANNER_READ, GROUP_LOOKUP) }),
  options: {
    id: opt.string('ID of the plan. Specify id, title or rosterId.', { short: 'i' }),
    title: opt.string('Title of the plan (with ownerGroupId or ownerGroupName).', { short: 't' }),
    rosterId: opt.string('ID of the Planner roster.'),
    ...ownerGroupOptions,
  },
  rules: [rules.exactlyOne('id', 'title', 'rosterId')],
  validate: ({ title, ownerGroupId, ownerGroupName }) => validateOwnerGroup(title, { ownerGroupId, ownerGroupName }),
  async run(context, options) {
    const plan = options.id !== undefined
      ? await planById(context, options.id)
      : options.rosterId !== undefined
        ? await planByRoster(context, options.rosterId)
        : await planByTitle(context, options.title ?? '', options);
    return { ...plan, ...(await planDetails(context, plan)) };
  },
});

async function planDetails(context: CommandContext, plan: PlannerPlan): Promise<Record<string, unknown>> {
  const url = `${context.cloud.graph}/v1.0/planner/plans/${segment(plan.id)}/details`;
  return (await context.http.request<Record<string, unknown>>({ url, headers: { ...ACCEPT.graph } })).body;
}
