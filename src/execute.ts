import { RESOURCE_LABELS, type Cloud, type Resource } from './clouds.js';
import type { CommandContext } from './commands/types.js';
import { ActionError, formatError, toActionError } from './errors.js';
import type { Host } from './host/host.js';
import type { ApiClient } from './http/types.js';
import { isReadOnly } from './plan/access.js';
import { resolveReferences } from './plan/references.js';
import { createRunMemo } from './commands/run-memo.js';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Plan, PlannedCommand } from './plan/types.js';
import type { CommandOutcome } from './report/outputs.js';
import { applyQuery } from './report/query.js';
import { renderOutput } from './report/render.js';

export interface ExecuteOptions {
  readonly host: Host;
  readonly http: ApiClient;
  readonly cloud: Cloud;
  /** The resource of each command, by index (SharePoint ones resolved after discovery). */
  readonly resources: ReadonlyMap<number, Resource>;
  readonly sharePointUrl?: string;
  readonly session: CommandContext['session'];
  readonly cwd: string;
  readonly continueOnError: boolean;
  readonly maxParallel: number;
}

/**
 * Runs the plan. Consecutive read-only commands that do not reference each other run concurrently (up to
 * max-parallel); a write is a barrier. Outcomes come back in declared order whatever the order of completion.
 */
export async function executePlan(plan: Plan, options: ExecuteOptions): Promise<CommandOutcome[]> {
  const outcomes: CommandOutcome[] = [];
  const results = new Map<string, unknown>();
  const failedIds = new Set<string>();
  const run = { ...options, once: createRunMemo() };
  let stopped = false;
  for (const batch of batchCommands(plan.commands)) {
    if (stopped) {
      outcomes.push(...batch.map((command) => skipped(command, 'not run: an earlier command failed')));
      continue;
    }
    const batchOutcomes = await mapConcurrently(batch, options.maxParallel, (command) =>
      runOne(command, results, failedIds, run),
    );
    // Declared-order semantics, whatever ran concurrently: the log shows the commands in declared order, and once a
    // command fails and stops the run, the commands after it count as not run, even reads of the same batch that
    // already finished (their results are neither shown nor kept).
    for (const outcome of batchOutcomes) {
      if (stopped) {
        outcomes.push(skipped(plan.commands[outcome.index], 'not run: an earlier command failed'));
        continue;
      }
      logOutcome(options.host, plan.commands[outcome.index], outcome);
      outcomes.push(outcome);
      if (outcome.status === 'succeeded') results.set(outcome.id, outcome.result);
      else failedIds.add(outcome.id);
      const command = plan.commands[outcome.index];
      if (outcome.status === 'failed' && !command.continueOnError && !options.continueOnError) stopped = true;
    }
  }
  return outcomes;
}

/** Splits the plan into batches: a run of independent reads, or a single write. */
export function batchCommands(commands: readonly PlannedCommand[]): PlannedCommand[][] {
  const batches: PlannedCommand[][] = [];
  let current: PlannedCommand[] = [];
  for (const command of commands) {
    const dependsOnCurrent = command.references.some((id) => current.some((other) => other.id === id));
    if (!isReadOnly(command) || dependsOnCurrent) {
      if (current.length) batches.push(current);
      current = [];
      if (!isReadOnly(command)) {
        batches.push([command]);
        continue;
      }
    }
    current.push(command);
  }
  if (current.length) batches.push(current);
  return batches;
}

async function runOne(
  command: PlannedCommand,
  results: ReadonlyMap<string, unknown>,
  failedIds: ReadonlySet<string>,
  options: ExecuteOptions & Pick<CommandContext, 'once'>,
): Promise<CommandOutcome> {
  const failedReference = command.references.find((id) => failedIds.has(id));
  if (failedReference !== undefined) return skipped(command, `not run: it uses the result of '${failedReference}', which failed`);
  const started = performance.now();
  const base = outcomeBase(command, options);
  try {
    const resolved = resolveReferences(command, results);
    const resource = options.resources.get(command.index);
    const context: CommandContext = {
      http: options.http,
      cloud: options.cloud,
      resource,
      sharePointUrl: resource?.kind === 'sharepoint' ? resource.audience : options.sharePointUrl,
      files: workingDirectoryFiles(options.cwd),
      session: options.session,
      once: options.once,
      log: options.host,
    };
    const raw = await command.definition.run(context, resolved);
    const result = command.query ? applyQuery(raw, command.query) : raw;
    const durationMs = Math.round(performance.now() - started);
    return { ...base, status: 'succeeded', durationMs, result, items: Array.isArray(result) ? result.length : undefined };
  } catch (error) {
    const actionError = error instanceof ActionError ? error : toActionError(error);
    return { ...base, status: 'failed', durationMs: Math.round(performance.now() - started), error: formatError(actionError) };
  }
}

/** A result goes to the log (as untrusted text, in a group); a failure becomes an error, or a warning when tolerated. */
function logOutcome(host: Host, command: PlannedCommand, outcome: CommandOutcome): void {
  if (outcome.status === 'succeeded') logResult(host, command, outcome.result, outcome.durationMs);
  if (outcome.status === 'skipped') host.info(`${command.index + 1}. ${command.display}: ${outcome.error}.`);
  if (outcome.status !== 'failed') return;
  const message = `Command ${command.index + 1}${command.hasDeclaredId ? ` (${command.id})` : ''} '${command.display}' failed: ${outcome.error}`;
  if (command.continueOnError) host.warning(message);
  else host.error(message);
}

function outcomeBase(command: PlannedCommand, options: ExecuteOptions): Omit<CommandOutcome, 'status' | 'durationMs'> {
  const resource = options.resources.get(command.index);
  return {
    index: command.index,
    id: command.id,
    hasDeclaredId: command.hasDeclaredId,
    display: command.display,
    resource: resource ? RESOURCE_LABELS[resource.kind] : '—',
  };
}

function skipped(command: PlannedCommand, reason: string): CommandOutcome {
  return {
    index: command.index,
    id: command.id,
    hasDeclaredId: command.hasDeclaredId,
    display: command.display,
    resource: command.resourceKind === 'none' ? '—' : RESOURCE_LABELS[command.resourceKind],
    status: 'skipped',
    durationMs: 0,
    error: reason,
  };
}

/** Echoes a result into the log. It is tenant data: it goes through logUntrusted so it can never act as a command. */
function logResult(host: Host, command: PlannedCommand, result: unknown, durationMs: number): void {
  host.startGroup(`${command.index + 1}. ${command.display} (${durationMs} ms)`);
  if (command.output !== 'none' && result !== undefined) host.logUntrusted(renderOutput(result, command.output));
  host.endGroup();
}

/** Runs `task` over `items` with at most `limit` at once; results in input order. */
async function mapConcurrently<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** Files relative to the working directory, size-limited on read. */
function workingDirectoryFiles(cwd: string): CommandContext['files'] {
  return {
    async readFile(path, maxBytes) {
      const full = resolve(cwd, path);
      if ((await stat(full)).size > maxBytes) throw new ActionError(`'${path}' is larger than ${maxBytes} bytes.`);
      return readFile(full);
    },
    async writeFile(path, data) {
      const full = resolve(cwd, path);
      await writeFile(full, data);
      return full;
    },
  };
}
