import { ActionError } from '../../errors.js';
import { ACCEPT, command, literal, opt, query, rules, segment, splitList } from '../kit/index.js';
import type { CommandContext } from '../types.js';
import { bucketIdByName, GROUP_LOOKUP, ownerGroupOptions, planIdOf, validateOwnerGroup } from './shared.js';

const CATEGORIES = ['category1', 'category2', 'category3', 'category4', 'category5', 'category6'];
const PREVIEW_TYPES = ['automatic', 'noPreview', 'checklist', 'description', 'reference'] as const;
/** Planner's priority labels and the numbers Graph stores for them. */
const PRIORITY_LABELS: Readonly<Record<string, number>> = { urgent: 1, important: 3, medium: 5, low: 9 };
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;

interface TaskAddOptions {
  readonly startDateTime?: string;
  readonly dueDateTime?: string;
  readonly percentComplete?: number;
  readonly assignedToUserIds?: string;
  readonly assignedToUserNames?: string;
  readonly appliedCategories?: string;
  readonly priority?: string;
}

/** The value checks of the CLI, with its messages. */
function checkValues(o: TaskAddOptions): string | undefined {
  for (const [name, value] of [['startDateTime', o.startDateTime], ['dueDateTime', o.dueDateTime]] as const) {
    if (value !== undefined && (!ISO_DATE_TIME.test(value) || Number.isNaN(Date.parse(value)))) return `The ${name} is not a valid ISO date string.`;
  }
  if (o.percentComplete !== undefined && (o.percentComplete < 0 || o.percentComplete > 100)) return 'percentComplete should be between 0 and 100.';
  const badIds = splitList(o.assignedToUserIds).filter((id) => !GUID.test(id));
  if (badIds.length > 0) return `The following GUIDs are invalid for the option 'assignedToUserIds': ${badIds.join(', ')}.`;
  const badNames = splitList(o.assignedToUserNames).filter((upn) => !/^[^@\s]+@[^@\s]+$/.test(upn));
  if (badNames.length > 0) return `The following user principal names are invalid for the option 'assignedToUserNames': ${badNames.join(', ')}.`;
  if (splitList(o.appliedCategories).some((c) => !CATEGORIES.includes(c.toLowerCase()))) {
    return `The appliedCategories contains invalid value. Specify either ${CATEGORIES.join(', ')} as properties.`;
  }
  if (o.priority !== undefined && priorityOf(o.priority) === undefined) return 'The value is not a valid priority. Allowed values are 0-10 or Urgent|Important|Medium|Low.';
  return undefined;
}

/** A priority as Graph stores it: 0–10, or a label. */
function priorityOf(value: string): number | undefined {
  if (/^\d+$/.test(value)) return Number(value) <= 10 ? Number(value) : undefined;
  return PRIORITY_LABELS[value.toLowerCase()];
}

/**
 * `planner task add`: creates a task in a bucket of a plan (both named by ID or by name), with assignees, categories
 * and priority, then its description and preview type in the task's details; the result is the task with its details
 * merged in, as the CLI prints it.
 */
export const plannerTaskAdd = command({
  name: 'planner task add',
  description: 'Adds a new Microsoft Planner Task',
  resource: 'graph',
  readOnly: false,
  permissions: { graph: ['Tasks.ReadWrite.All'] },
  permissionsWhen: ({ ownerGroupName, assignedToUserNames }) => ({
    graph: [['Tasks.ReadWrite.All', ...(ownerGroupName === undefined ? [] : [GROUP_LOOKUP[0]]), ...(assignedToUserNames === undefined ? [] : ['User.Read.All'])]],
  }),
  options: {
    title: opt.string('Title of the task.', { short: 't', required: true }),
    planId: opt.string('ID of the plan. Specify planId, planTitle or rosterId.'),
    planTitle: opt.string('Title of the plan (with ownerGroupId or ownerGroupName).'),
    rosterId: opt.string('ID of the Planner roster.'),
    ...ownerGroupOptions,
    bucketId: opt.string('ID of the bucket. Specify bucketId or bucketName.'),
    bucketName: opt.string('Name of the bucket.'),
    startDateTime: opt.string('Start of the task (ISO 8601).'),
    dueDateTime: opt.string('Due date of the task (ISO 8601).'),
    percentComplete: opt.number('Percentage of completion, 0–100.'),
    assignedToUserIds: opt.string('Comma-separated IDs of the assignees.'),
    assignedToUserNames: opt.string('Comma-separated UPNs of the assignees.'),
    assigneePriority: opt.string('Hint used to order items of this type in a list view.'),
    description: opt.string('Description of the task.'),
    appliedCategories: opt.string('Comma-separated categories (category1 … category6).'),
    previewType: opt.enum(PREVIEW_TYPES, 'What the task shows as its preview.'),
    orderHint: opt.string('Hint used to order the task in a list view.'),
    priority: opt.string('Priority: 0–10, or Urgent, Important, Medium, Low.'),
  },
  rules: [rules.exactlyOne('planId', 'planTitle', 'rosterId'), rules.exactlyOne('bucketId', 'bucketName'), rules.atMostOne('assignedToUserIds', 'assignedToUserNames')],
  validate: (options) => checkValues(options) ?? validateOwnerGroup(options.planTitle, options),
  async run(context, options) {
    const problem = checkValues(options);
    if (problem !== undefined) throw new ActionError(`'planner task add': ${problem}`);
    const planId = await planIdOf(context, options);
    const bucketId = options.bucketId ?? (await bucketIdByName(context, options.bucketName ?? '', planId));
    const userIds = options.assignedToUserNames !== undefined ? await userIdsOf(context, splitList(options.assignedToUserNames)) : splitList(options.assignedToUserIds);
    const body = {
      planId,
      bucketId,
      title: options.title,
      startDateTime: options.startDateTime,
      dueDateTime: options.dueDateTime,
      percentComplete: options.percentComplete,
      assignments: Object.fromEntries(userIds.map((id) => [id, { '@odata.type': '#microsoft.graph.plannerAssignment', orderHint: ' !' }])),
      orderHint: options.orderHint,
      assigneePriority: options.assigneePriority,
      appliedCategories: Object.fromEntries(splitList(options.appliedCategories).map((c) => [c.toLowerCase(), true])),
      priority: options.priority === undefined ? undefined : priorityOf(options.priority),
    };
    const task = (await context.http.request<{ id: string }>({ method: 'POST', url: `${context.cloud.graph}/v1.0/planner/tasks`, headers: { ...ACCEPT.graph }, body })).body;
    if (options.description === undefined && options.previewType === undefined) return task;
    const details = await updateDetails(context, task.id, { description: options.description, previewType: options.previewType });
    return { ...task, ...details, ...(details.description ? { hasDescription: true } : {}) };
  },
});

/** The IDs of users by UPN, in order; unknown ones fail with the CLI's message. */
async function userIdsOf(context: CommandContext, upns: string[]): Promise<string[]> {
  const found = await Promise.all(
    upns.map(async (upn) => {
      const url = `${context.cloud.graph}/v1.0/users${query({ $filter: `userPrincipalName eq ${literal(upn)}`, $select: 'id,userPrincipalName' })}`;
      const users = (await context.http.request<{ value: { id: string; userPrincipalName: string }[] }>({ url, headers: { ...ACCEPT.graph } })).body.value;
      return users.find((u) => u.userPrincipalName.toLowerCase() === upn.toLowerCase());
    }),
  );
  const invalid = upns.filter((_, i) => found[i] === undefined);
  if (invalid.length > 0) throw new ActionError(`Cannot proceed with planner task creation. The following users provided are invalid : ${invalid.join(',')}`);
  return found.flatMap((u) => (u ? [u.id] : []));
}

/** Planner updates need the current ETag (`If-Match`): read the details, then patch them. */
async function updateDetails(context: CommandContext, taskId: string, changes: Record<string, unknown>): Promise<Record<string, unknown>> {
  const url = `${context.cloud.graph}/v1.0/planner/tasks/${segment(taskId)}/details`;
  const current = await context.http.request<{ '@odata.etag'?: string }>({ url, headers: { accept: 'application/json' } });
  const etag = current.body['@odata.etag'];
  if (etag === undefined) throw new ActionError(`Planner returned the details of task '${taskId}' without an ETag, so they cannot be updated.`);
  const updated = await context.http.request<Record<string, unknown>>({
    method: 'PATCH',
    url,
    headers: { ...ACCEPT.graph, 'if-match': etag, prefer: 'return=representation' },
    body: changes,
  });
  return updated.body;
}
