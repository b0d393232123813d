/**
 * Finds the steps that run this action in a GitHub workflow (`uses: ./` or `<owner>/m365-action@<ref>`) or an Azure
 * Pipelines definition (`task: M365Action@<major>`), and plans their commands the way the action does before it
 * signs in — so that examples and documentation can only show commands and options that exist.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { CLOUDS, CLOUD_NAMES, type CloudName } from '../../src/clouds.js';
import { catalogue } from '../../src/commands/registry.js';
import { taskName } from '../../src/host/azure-devops.js';
import { createPlan } from '../../src/plan/planner.js';
import type { Plan } from '../../src/plan/types.js';
import { usesThisAction } from '../../scripts/release/validate.js';

const repo = join(import.meta.dirname, '..', '..');

/** One step of this action: where it is, and its inputs under action.yml's names. */
export interface ActionStep {
  readonly where: string;
  readonly platform: 'github' | 'azure-devops';
  readonly inputs: Readonly<Record<string, string>>;
  /** Input names the step gives that the action (action.yml) or the task (task.json, aliases included) lacks. */
  readonly unknownInputs: readonly string[];
}

const actionInputs = Object.keys((parse(readFileSync(join(repo, 'action.yml'), 'utf8')) as { inputs: object }).inputs);
const taskInputs = (JSON.parse(readFileSync(join(repo, 'azure-devops', 'task.json'), 'utf8')) as { inputs: Array<{ name: string; aliases?: string[] }> }).inputs;

/** task.json name (or alias) → action.yml name. */
function actionNameOf(name: string): string | undefined {
  const input = taskInputs.find((i) => i.name === name || (i.aliases ?? []).includes(name));
  return input && actionInputs.find((action) => taskName(action) === input.name);
}

interface Step {
  uses?: unknown;
  task?: unknown;
  name?: unknown;
  displayName?: unknown;
  with?: Record<string, unknown>;
  inputs?: Record<string, unknown>;
}
interface Job {
  steps?: Step[];
  job?: unknown;
}

/** The steps of every job: GitHub `jobs: { id: { steps } }`, Azure Pipelines `jobs: [...]`, `stages[].jobs`, or `steps`. */
function jobsOf(definition: unknown): Array<[string, Job]> {
  const doc = (definition ?? {}) as { jobs?: unknown; stages?: Array<{ jobs?: unknown }>; steps?: Step[] };
  const fromJobs = (jobs: unknown): Array<[string, Job]> =>
    Array.isArray(jobs) ? jobs.map((job: Job, i) => [String(job.job ?? i), job]) : Object.entries((jobs ?? {}) as Record<string, Job>);
  return [...fromJobs(doc.jobs), ...(doc.stages ?? []).flatMap((stage) => fromJobs(stage.jobs)), ...(doc.steps ? [['steps', { steps: doc.steps }] as [string, Job]] : [])];
}

const asText = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value));

/** Every step of this action in a workflow or pipeline (YAML text); `label` names the file in `where`. */
export function actionSteps(yaml: string, label: string): ActionStep[] {
  const steps: ActionStep[] = [];
  for (const [job, { steps: jobSteps = [] }] of jobsOf(parse(yaml))) {
    jobSteps.forEach((step, index) => {
      const name = step.name ?? step.displayName;
      const where = `${label}, job ${job}, step ${typeof name === 'string' ? `'${name}'` : index + 1}`;
      if (usesThisAction(step.uses)) {
        const given = Object.entries(step.with ?? {});
        steps.push({ where, platform: 'github', inputs: Object.fromEntries(given.map(([k, v]) => [k, asText(v)])), unknownInputs: given.map(([k]) => k).filter((k) => !actionInputs.includes(k)) });
      } else if (typeof step.task === 'string' && /^M365Action@\d+$/.test(step.task)) {
        const given = Object.entries(step.inputs ?? {});
        const named = given.map(([k, v]) => [actionNameOf(k), asText(v)] as const);
        steps.push({
          where,
          platform: 'azure-devops',
          inputs: Object.fromEntries(named.filter(([k]) => k !== undefined)),
          unknownInputs: given.map(([k]) => k).filter((k) => actionNameOf(k) === undefined),
        });
      }
    });
  }
  return steps;
}

/** Plans a step's commands as the action would (commands or commands-file, cloud, spo-url); throws the planning errors. */
export function planStep(step: ActionStep, cwd: string): Plan {
  const file = step.inputs['commands-file'];
  const commands = file ? readFileSync(join(repo, file), 'utf8') : (step.inputs['commands'] ?? '');
  const cloudName = (step.inputs['cloud'] ?? 'Public') as CloudName;
  if (!CLOUD_NAMES.includes(cloudName)) throw new Error(`${step.where}: cloud '${cloudName}' is not one of ${CLOUD_NAMES.join(', ')}`);
  return createPlan({ commands, source: file ?? 'commands', catalogue, cloud: CLOUDS[cloudName], spoUrl: step.inputs['spo-url'], cwd });
}

/** A planning failure as one readable string (each problem on its own line), for assertions. */
export function planningErrors(error: unknown): string {
  const errors = (error as { errors?: Array<{ message: string }> }).errors;
  return errors ? errors.map((e) => e.message).join('\n') : String(error);
}
