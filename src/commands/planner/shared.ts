import { ActionError } from '../../errors.js';
import { ACCEPT, isHttpStatus, literal, opt, query, segment } from '../kit/index.js';
import type { CommandContext } from '../types.js';

/**
 * Lookups the planner commands share, with the CLI's messages: the owner group by ID or display name, a plan by ID,
 * title (in its group) or roster, a bucket by name (in its plan).
 */

/** Application permissions of the planner reads; naming the owner group by name also reads groups. */
export const PLANNER_READ = ['Tasks.Read.All', 'Tasks.ReadWrite.All'] as const;
export const GROUP_LOOKUP = ['GroupMember.Read.All', 'Group.Read.All'] as const;

/** `[A, B]` and `[C, D]` → every pair: each alternative of the first with each of the second. */
export function bothOf(first: readonly string[], second: readonly string[]): string[][] {
  return first.flatMap((a) => second.map((b) => [a, b]));
}

export const ownerGroupOptions = {
  ownerGroupId: opt.guid('ID of the group that owns the plan. Specify ownerGroupId or ownerGroupName with a plan title.'),
  ownerGroupName: opt.string('Display name of the group that owns the plan.'),
};

interface OwnerGroup {
  readonly ownerGroupId?: string;
  readonly ownerGroupName?: string;
}

/** The CLI's rule: a plan named by its title needs exactly one of the owner group options. */
export function validateOwnerGroup(title: string | undefined, group: OwnerGroup): string | undefined {
  const given = [group.ownerGroupId, group.ownerGroupName].filter((v) => v !== undefined).length;
  return title !== undefined && given !== 1 ? "Specify exactly one of the following options: 'ownerGroupId' or 'ownerGroupName'." : undefined;
}

function graph(context: CommandContext, path: string): string {
  return `${context.cloud.graph}/${path}`;
}

/** One item by a case-insensitive name, or the CLI's "does not exist" / "Multiple … found" errors. */
function single<T extends { id: string }>(items: T[], what: string, name: string, noun: string): T {
  if (items.length === 0) throw new ActionError(`The specified ${noun} '${name}' does not exist.`);
  if (items.length > 1) throw new ActionError(`Multiple ${what} '${name}' found. Found: ${items.map((i) => i.id).join(', ')}.`, { hint: `Use the ${noun}'s ID instead.` });
  return items[0];
}

export async function ownerGroupId(context: CommandContext, group: OwnerGroup): Promise<string> {
  if (group.ownerGroupId !== undefined) return group.ownerGroupId;
  const name = group.ownerGroupName;
  // Checked at planning too, except where a value waits for a {{ }} reference.
  if (name === undefined) throw new ActionError("Specify exactly one of the following options: 'ownerGroupId' or 'ownerGroupName'.");
  const url = graph(context, `v1.0/groups${query({ $filter: `displayName eq ${literal(name)}`, $select: 'id' })}`);
  const groups = await context.http.getAll<{ id: string }>(url, { ...ACCEPT.graph });
  return single(groups, 'groups with name', name, 'group').id;
}

export interface PlannerPlan {
  readonly id: string;
  readonly title?: string;
  readonly [key: string]: unknown;
}

export async function plansOfGroup(context: CommandContext, groupId: string): Promise<PlannerPlan[]> {
  return context.http.getAll<PlannerPlan>(graph(context, `v1.0/groups/${segment(groupId)}/planner/plans`), { ...ACCEPT.graph });
}

export async function planById(context: CommandContext, id: string): Promise<PlannerPlan> {
  try {
    return (await context.http.request<PlannerPlan>({ url: graph(context, `v1.0/planner/plans/${segment(id)}`), headers: { ...ACCEPT.graph } })).body;
  } catch (error) {
    if (isHttpStatus(error, 404)) throw new ActionError(`Planner plan with id '${id}' was not found.`, { cause: error });
    throw error;
  }
}

export async function planByTitle(context: CommandContext, title: string, group: OwnerGroup): Promise<PlannerPlan> {
  const plans = await plansOfGroup(context, await ownerGroupId(context, group));
  return single(plans.filter((p) => p.title?.toLowerCase() === title.toLowerCase()), 'plans with title', title, 'plan');
}

/** The plan of a Planner roster (Graph beta, as in the CLI). */
export async function planByRoster(context: CommandContext, rosterId: string): Promise<PlannerPlan> {
  const plans = await context.http.getAll<PlannerPlan>(graph(context, `beta/planner/rosters/${segment(rosterId)}/plans`), { ...ACCEPT.graph });
  if (plans.length === 0) throw new ActionError(`The specified roster '${rosterId}' does not have a plan.`);
  return plans[0];
}

export interface PlanReference extends OwnerGroup {
  readonly planId?: string;
  readonly planTitle?: string;
  readonly rosterId?: string;
}

/** The plan's ID: `--planId` as given, else looked up by title in its owner group, else the roster's plan. */
export async function planIdOf(context: CommandContext, plan: PlanReference): Promise<string> {
  if (plan.planId !== undefined) return plan.planId;
  if (plan.planTitle !== undefined) return (await planByTitle(context, plan.planTitle, plan)).id;
  if (plan.rosterId !== undefined) return (await planByRoster(context, plan.rosterId)).id;
  throw new ActionError('Specify the plan: --planId, --planTitle (with --ownerGroupId or --ownerGroupName) or --rosterId.');
}

/** The bucket's ID by its name (case-insensitive) in the plan. */
export async function bucketIdByName(context: CommandContext, name: string, planId: string): Promise<string> {
  const url = graph(context, `v1.0/planner/plans/${segment(planId)}/buckets${query({ $select: 'id,name' })}`);
  const buckets = await context.http.getAll<{ id: string; name?: string }>(url, { ...ACCEPT.graph });
  return single(buckets.filter((b) => b.name?.toLowerCase() === name.toLowerCase()), 'buckets with name', name, 'bucket').id;
}
