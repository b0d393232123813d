import { ACCEPT, command, opt, rules, segment } from '../kit/index.js';
import { bothOf, GROUP_LOOKUP, ownerGroupOptions, planIdOf, PLANNER_READ, validateOwnerGroup } from './shared.js';

/** `planner bucket list`: the buckets of a plan (by ID, by title in its group, or a roster's). */
export const plannerBucketList = command({
  name: 'planner bucket list',
  description: 'Lists the Microsoft Planner buckets in a plan',
  resource: 'graph',
  readOnly: true,
  permissions: { graph: PLANNER_READ },
  permissionsWhen: ({ ownerGroupName }) => ({ graph: ownerGroupName === undefined ? PLANNER_READ : bothOf(PLANNER_READ, GROUP_LOOKUP) }),
  options: {
    planId: opt.string('ID of the plan. Specify planId, planTitle or rosterId.'),
    planTitle: opt.string('Title of the plan (with ownerGroupId or ownerGroupName).'),
    rosterId: opt.string('ID of the Planner roster.'),
    ...ownerGroupOptions,
  },
  rules: [rules.exactlyOne('planId', 'planTitle', 'rosterId')],
  validate: ({ planTitle, ownerGroupId, ownerGroupName }) => validateOwnerGroup(planTitle, { ownerGroupId, ownerGroupName }),
  async run(context, options) {
    const planId = await planIdOf(context, options);
    return context.http.getAll(`${context.cloud.graph}/v1.0/planner/plans/${segment(planId)}/buckets`, { ...ACCEPT.graph });
  },
});
