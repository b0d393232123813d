/**
 * Microsoft Planner on Graph: plans owned by Microsoft 365 groups (and by rosters, on beta), their details, buckets and
 * tasks, task creation and task details updates with Planner's ETag rule (`If-Match` must name the current version).
 * Like Planner, `@odata.etag` is left out when the client asks for `odata.metadata=none`.
 */
import { createHash } from 'node:crypto';
import { seedGuid } from '../../seed-content.js';
import type { EmulatorRequest, EmulatorResponse, Route, TenantState } from '../../types.js';
import { GRAPH, graphError, ok, pagedCollection } from './graph-odata.js';
import { servicesOf } from '../../seed-services.js';

export interface PlannerPlan {
  id: string;
  title: string;
  /** The owner: a group ID, or a roster ID for roster plans. */
  owner: string;
  containerType: 'group' | 'roster';
  createdDateTime: string;
  categoryDescriptions: Record<string, string | null>;
}

export interface PlannerBucket {
  id: string;
  planId: string;
  name: string;
  orderHint: string;
}

export interface PlannerTask {
  id: string;
  planId: string;
  bucketId: string;
  title: string;
  createdDateTime: string;
  createdBy: string;
  orderHint: string;
  assigneePriority: string;
  percentComplete: number;
  priority: number;
  startDateTime: string | null;
  dueDateTime: string | null;
  assignments: Record<string, unknown>;
  appliedCategories: Record<string, boolean>;
  description: string;
  previewType: string;
  /** Increments with every change; the ETag is derived from it. */
  version: number;
}

export interface PlannerState {
  plans: PlannerPlan[];
  buckets: PlannerBucket[];
  tasks: PlannerTask[];
}

const READ = ['Tasks.Read.All', 'Tasks.ReadWrite.All'];
const WRITE = ['Tasks.ReadWrite.All'];

/** A Planner-style 28-character ID, stable for a name. */
export function plannerId(name: string): string {
  return createHash('sha256').update(`planner:${name}`).digest('base64url').slice(0, 28);
}

const etag = (kind: string, id: string, version: number): string => `W/"${Buffer.from(`${kind}:${id}:${version}`).toString('base64')}"`;

/** With `odata.metadata=none` Planner leaves out `@odata.etag`; otherwise it is the first property. */
function withEtag(request: EmulatorRequest, tag: string, json: Record<string, unknown>): Record<string, unknown> {
  return /odata\.metadata=none/i.test(String(request.headers.accept ?? '')) ? json : { '@odata.etag': tag, ...json };
}

const notFound = (): EmulatorResponse => graphError(404, '', 'The requested item is not found.');

function planJson(plan: PlannerPlan): Record<string, unknown> {
  return {
    createdDateTime: plan.createdDateTime,
    owner: plan.owner,
    title: plan.title,
    id: plan.id,
    createdBy: { user: { displayName: null, id: seedGuid('user:adele') } },
    container: { containerId: plan.owner, type: plan.containerType, url: `${GRAPH}/v1.0/${plan.containerType === 'group' ? 'groups' : 'planner/rosters'}/${plan.owner}` },
  };
}

const bucketJson = (b: PlannerBucket): Record<string, unknown> => ({ name: b.name, planId: b.planId, orderHint: b.orderHint, id: b.id });

function taskJson(t: PlannerTask): Record<string, unknown> {
  return {
    planId: t.planId,
    bucketId: t.bucketId,
    title: t.title,
    orderHint: t.orderHint,
    assigneePriority: t.assigneePriority,
    percentComplete: t.percentComplete,
    startDateTime: t.startDateTime,
    createdDateTime: t.createdDateTime,
    dueDateTime: t.dueDateTime,
    hasDescription: t.description !== '',
    previewType: t.previewType,
    completedDateTime: t.percentComplete === 100 ? t.createdDateTime : null,
    completedBy: null,
    referenceCount: 0,
    checklistItemCount: 0,
    activeChecklistItemCount: 0,
    conversationThreadId: null,
    priority: t.priority,
    id: t.id,
    createdBy: { application: { displayName: null, id: t.createdBy } },
    appliedCategories: t.appliedCategories,
    assignments: t.assignments,
  };
}

const detailsJson = (t: PlannerTask): Record<string, unknown> => ({ description: t.description, previewType: t.previewType, id: t.id, references: {}, checklist: {} });

function plansOfGroup(request: EmulatorRequest, params: Record<string, string>, state: TenantState): EmulatorResponse {
  const group = state.groups.find((g) => g.id.toLowerCase() === params.id.toLowerCase());
  if (!group) return graphError(404, 'Request_ResourceNotFound', `Resource '${params.id}' does not exist or one of its queried reference-property objects are not present.`);
  const plans = servicesOf(state).planner.plans.filter((p) => p.containerType === 'group' && p.owner === group.id);
  return pagedCollection(request, 'planner/plans', plans, (p) => withEtag(request, etag('plan', p.id, 1), planJson(p)));
}

function plansOfRoster(request: EmulatorRequest, params: Record<string, string>, state: TenantState): EmulatorResponse {
  const plans = servicesOf(state).planner.plans.filter((p) => p.containerType === 'roster' && p.owner === params.id);
  if (plans.length === 0 && !servicesOf(state).planner.plans.some((p) => p.owner === params.id)) return notFound();
  return pagedCollection(request, 'planner/plans', plans, planJson);
}

function getPlan(request: EmulatorRequest, params: Record<string, string>, state: TenantState): EmulatorResponse {
  const plan = servicesOf(state).planner.plans.find((p) => p.id === params.id);
  return plan ? ok(withEtag(request, etag('plan', plan.id, 1), planJson(plan))) : notFound();
}

function getPlanDetails(request: EmulatorRequest, params: Record<string, string>, state: TenantState): EmulatorResponse {
  const plan = servicesOf(state).planner.plans.find((p) => p.id === params.id);
  if (!plan) return notFound();
  return ok(withEtag(request, etag('plandetails', plan.id, 1), { sharedWith: {}, categoryDescriptions: plan.categoryDescriptions, id: plan.id }));
}

function bucketsOfPlan(request: EmulatorRequest, params: Record<string, string>, state: TenantState): EmulatorResponse {
  if (!servicesOf(state).planner.plans.some((p) => p.id === params.id)) return notFound();
  return pagedCollection(request, 'planner/buckets', servicesOf(state).planner.buckets.filter((b) => b.planId === params.id), bucketJson);
}

function tasksOf(field: 'planId' | 'bucketId') {
  return (request: EmulatorRequest, params: Record<string, string>, state: TenantState): EmulatorResponse => {
    const known = field === 'planId' ? servicesOf(state).planner.plans.some((p) => p.id === params.id) : servicesOf(state).planner.buckets.some((b) => b.id === params.id);
    if (!known) return notFound();
    const tasks = servicesOf(state).planner.tasks.filter((t) => t[field] === params.id);
    return pagedCollection(request, 'planner/tasks', tasks, (t) => withEtag(request, etag('task', t.id, t.version), taskJson(t)));
  };
}

function readJson(request: EmulatorRequest): Record<string, unknown> | undefined {
  try {
    const body: unknown = JSON.parse(request.body.toString('utf8'));
    return typeof body === 'object' && body !== null && !Array.isArray(body) ? Object.fromEntries(Object.entries(body)) : undefined;
  } catch {
    return undefined;
  }
}

const text = (value: unknown, fallback: string): string => (typeof value === 'string' ? value : fallback);

function addTask(request: EmulatorRequest, _params: Record<string, string>, state: TenantState): EmulatorResponse {
  const body = readJson(request);
  if (!body) return graphError(400, 'BadRequest', 'The request body is not a JSON object.');
  const plan = servicesOf(state).planner.plans.find((p) => p.id === body.planId);
  if (!plan) return graphError(400, 'BadRequest', 'The plan of the task does not exist.');
  const bucket = servicesOf(state).planner.buckets.find((b) => b.id === body.bucketId);
  if (body.bucketId !== undefined && (!bucket || bucket.planId !== plan.id)) return graphError(400, 'BadRequest', 'The bucket does not belong to the plan of the task.');
  if (typeof body.title !== 'string' || body.title === '') return graphError(400, 'BadRequest', "The 'title' of a task is required.");
  const task: PlannerTask = {
    id: plannerId(`task:${plan.id}:${servicesOf(state).planner.tasks.length}:${body.title}`),
    planId: plan.id,
    bucketId: bucket?.id ?? '',
    title: body.title,
    createdDateTime: new Date().toISOString(),
    createdBy: request.token?.appid ?? '',
    orderHint: text(body.orderHint, '8585269235419181847'),
    assigneePriority: text(body.assigneePriority, ''),
    percentComplete: typeof body.percentComplete === 'number' ? body.percentComplete : 0,
    priority: typeof body.priority === 'number' ? body.priority : 5,
    startDateTime: typeof body.startDateTime === 'string' ? body.startDateTime : null,
    dueDateTime: typeof body.dueDateTime === 'string' ? body.dueDateTime : null,
    assignments: typeof body.assignments === 'object' && body.assignments !== null ? Object.fromEntries(Object.entries(body.assignments)) : {},
    appliedCategories: typeof body.appliedCategories === 'object' && body.appliedCategories !== null ? Object.fromEntries(Object.entries(body.appliedCategories).map(([k, v]) => [k, v === true])) : {},
    description: '',
    previewType: 'automatic',
    version: 1,
  };
  servicesOf(state).planner.tasks.push(task);
  return { ...ok(withEtag(request, etag('task', task.id, task.version), taskJson(task))), status: 201 };
}

function getTaskDetails(request: EmulatorRequest, params: Record<string, string>, state: TenantState): EmulatorResponse {
  const task = servicesOf(state).planner.tasks.find((t) => t.id === params.id);
  return task ? ok(withEtag(request, etag('taskdetails', task.id, task.version), detailsJson(task))) : notFound();
}

function updateTaskDetails(request: EmulatorRequest, params: Record<string, string>, state: TenantState): EmulatorResponse {
  const task = servicesOf(state).planner.tasks.find((t) => t.id === params.id);
  if (!task) return notFound();
  const ifMatch = request.headers['if-match'];
  if (ifMatch === undefined) return graphError(400, 'BadRequest', 'The If-Match header must be specified for this kind of request.');
  if (ifMatch !== etag('taskdetails', task.id, task.version)) return graphError(412, 'PreconditionFailed', 'The request does not match the current version of the resource.');
  const body = readJson(request) ?? {};
  task.description = text(body.description, task.description);
  task.previewType = text(body.previewType, task.previewType);
  task.version += 1;
  if (!/return=representation/i.test(String(request.headers.prefer ?? ''))) return { status: 204 };
  return ok(withEtag(request, etag('taskdetails', task.id, task.version), detailsJson(task)));
}

/** Two plans of the Marketing group (one with buckets and tasks), one of Engineering, and one roster plan. */
export function seedPlanner(): PlannerState {
  const plan = (title: string, owner: string, containerType: PlannerPlan['containerType']): PlannerPlan => ({
    id: plannerId(`plan:${title}`),
    title,
    owner,
    containerType,
    createdDateTime: '2024-01-10T09:00:00Z',
    categoryDescriptions: { category1: 'Blocked', category2: 'Needs review', category3: null, category4: null, category5: null, category6: null },
  });
  const marketing = seedGuid('group:Marketing');
  const plans = [
    plan('Product launch', marketing, 'group'),
    plan('Campaigns 2024', marketing, 'group'),
    plan('Release train', seedGuid('group:Engineering'), 'group'),
    plan('Onboarding roster', 'RosterA1b2C3d4E5f6G7h8I9j0K1l2', 'roster'),
  ];
  const bucket = (planId: string, name: string, i: number): PlannerBucket => ({ id: plannerId(`bucket:${planId}:${name}`), planId, name, orderHint: `85855${i}` });
  const launch = plans[0].id;
  const buckets = [bucket(launch, 'To do', 1), bucket(launch, 'In progress', 2), bucket(launch, 'Done', 3), bucket(plans[2].id, 'Sprint 1', 1)];
  const task = (b: PlannerBucket, title: string, percentComplete: number, priority: number): PlannerTask => ({
    id: plannerId(`task:${b.id}:${title}`),
    planId: b.planId,
    bucketId: b.id,
    title,
    createdDateTime: '2024-01-11T10:00:00Z',
    createdBy: seedGuid('app:seed'),
    orderHint: '8585269235419181847',
    assigneePriority: '',
    percentComplete,
    priority,
    startDateTime: null,
    dueDateTime: null,
    assignments: {},
    appliedCategories: {},
    description: '',
    previewType: 'automatic',
    version: 1,
  });
  const tasks = [task(buckets[0], 'Write the press release', 0, 3), task(buckets[0], 'Book the venue', 0, 5), task(buckets[1], 'Design the landing page', 50, 1), task(buckets[2], 'Pick a name', 100, 9)];
  return { plans, buckets, tasks };
}

const ID = '(?<id>[A-Za-z0-9_-]+)';
export const plannerRoutes: Route[] = [
  { method: 'GET', host: 'graph', path: /^\/v1\.0\/groups\/(?<id>[0-9a-f-]{36})\/planner\/plans\/?$/i, roles: READ, handler: plansOfGroup },
  { method: 'GET', host: 'graph', path: new RegExp(`^/beta/planner/rosters/${ID}/plans/?$`), roles: READ, handler: plansOfRoster },
  { method: 'GET', host: 'graph', path: new RegExp(`^/v1\\.0/planner/plans/${ID}$`), roles: READ, handler: getPlan },
  { method: 'GET', host: 'graph', path: new RegExp(`^/v1\\.0/planner/plans/${ID}/details$`), roles: READ, handler: getPlanDetails },
  { method: 'GET', host: 'graph', path: new RegExp(`^/v1\\.0/planner/plans/${ID}/buckets/?$`), roles: READ, handler: bucketsOfPlan },
  { method: 'GET', host: 'graph', path: new RegExp(`^/v1\\.0/planner/plans/${ID}/tasks/?$`), roles: READ, handler: tasksOf('planId') },
  { method: 'GET', host: 'graph', path: new RegExp(`^/v1\\.0/planner/buckets/${ID}/tasks/?$`), roles: READ, handler: tasksOf('bucketId') },
  { method: 'POST', host: 'graph', path: /^\/v1\.0\/planner\/tasks\/?$/i, roles: WRITE, handler: addTask },
  { method: 'GET', host: 'graph', path: new RegExp(`^/v1\\.0/planner/tasks/${ID}/details$`), roles: READ, handler: getTaskDetails },
  { method: 'PATCH', host: 'graph', path: new RegExp(`^/v1\\.0/planner/tasks/${ID}/details$`), roles: WRITE, handler: updateTaskDetails },
];
