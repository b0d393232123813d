import { command, opt, rules } from '../kit/index.js';
import { bothOf, GROUP_LOOKUP, ownerGroupId, ownerGroupOptions, planByRoster, plansOfGroup, PLANNER_READ } from './shared.js';

/** `planner plan list`: the plans of a group (by ID or name), or the plan of a roster. */
export const plannerPlanList = command({
  name: 'planner plan list',
  description: 'Returns a list of plans associated with a specified group or roster',
  resource: 'graph',
  readOnly: true,
  permissions: { graph: PLANNER_READ },
  permissionsWhen: ({ ownerGroupName }) => ({ graph: ownerGroupName === undefined ? PLANNER_READ : bothOf(PLANNER_READ, GROUP_LOOKUP) }),
  options: { ...ownerGroupOptions, rosterId: opt.string('ID of the Planner roster.') },
  rules: [rules.exactlyOne('ownerGroupId', 'ownerGroupName', 'rosterId')],
  async run(context, options) {
    if (options.rosterId !== undefined) return [await planByRoster(context, options.rosterId)];
    return plansOfGroup(context, await ownerGroupId(context, options));
  },
});
