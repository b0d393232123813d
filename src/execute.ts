import { RESOURCE_LABELS, type Cloud, type Resource } from './clouds.js';
import type { CommandContext } from './commands/types.js';
import { ActionError, formatError, toActionError } from './errors.js';
import type { FileAccess } from './files.js';
import type { Host } from './host/host.js';
import type { ApiClient } from './http/types.js';
import { isReadOnly } from './plan/access.js';
import { showValue } from './plan/options.js';
import { resolveReference, resolveReferences } from './plan/references.js';
import { describeProgress, runForEach } from './execute/for-each.js';
import { createRunMemo } from './commands/run-memo.js';
import type { Plan, PlannedCommand } from './plan/types.js';
import type { CommandOutcome } from './report/outputs.js';
import { applyQuery } from './report/query.js';
import { renderForLog, RESULT_LOG_CHARS } from './report/render.js';
import { spoolJsonArray, spoolResult } from './report/spool.js';
import { Interruption, untilAborted } from './run-control.js';

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
  /** Where commands may read and write files. */
  readonly files: FileAccess;
  /** Fires at a cancellation or the deadline: no command is started after it (its reason is an Interruption). */
  readonly stop?: AbortSignal;
  /** Fires a grace period after `stop`: commands still running are abandoned (their requests aborted). */
  readonly signal?: AbortSignal;
}

/** Why the rest of the run is not started, once something stopped it. */
interface RunState {
  readonly results: Map<string, unknown>;
  readonly failedIds: Set<string>;
  /** Set by the first failure that stops the run. */
  failureStop?: string;
}

/**
 * Runs the plan. Consecutive read-only commands that do not reference each other run concurrently (up to
 * max-parallel); a write is a barrier. Outcomes come back in declared order whatever the order of completion, and each
 * is reported as it happened: a read that ran beside a failing one keeps its result.
 *
 * Nothing new starts once the run is stopped — by a failure (unless continue-on-error), a cancellation or the
 * deadline; what is not started is reported "not run" with the reason.
 */
export async function executePlan(plan: Plan, options: ExecuteOptions): Promise<CommandOutcome[]> {
  const outcomes: CommandOutcome[] = [];
  const state: RunState = { results: new Map(), failedIds: new Set() };
  const referenced = new Set(plan.commands.flatMap((command) => command.references));
  const run = { ...options, once: createRunMemo(), referenced };
  for (const batch of batchCommands(plan.commands)) {
    const batchOutcomes = await mapConcurrently(batch, options.maxParallel, async (command) => {
      const notRun = notRunReason(state, options);
      if (notRun) return skipped(command, notRun);
      const outcome = await runOne(command, state, run);
      if (stopsRun(outcome, plan, options)) state.failureStop ??= 'not run: an earlier command failed';
      return outcome;
    });
    for (const outcome of declaredOrder(batchOutcomes, plan, options)) {
      logOutcome(options.host, plan.commands[outcome.index], outcome);
      if (outcome.status === 'succeeded' && referenced.has(outcome.id)) state.results.set(outcome.id, outcome.result);
      else if (outcome.status === 'failed') state.failedIds.add(outcome.id);
      // Logged, and no later command uses it: a large result goes to disk, so memory does not grow with their sum.
      outcomes.push(outcome.status === 'succeeded' && !referenced.has(outcome.id) ? await spooled(outcome, options.host) : outcome);
    }
  }
  return outcomes;
}

function stopsRun(outcome: CommandOutcome, plan: Plan, options: ExecuteOptions): boolean {
  return outcome.status === 'failed' && !outcome.stopped && !plan.commands[outcome.index].continueOnError && !options.continueOnError;
}

/**
 * Declared-order semantics, whatever ran concurrently: once a command fails and stops the run, the commands declared
 * after it do not count. A read of the same batch that had started beside it and succeeded is reported as what
 * happened — it ran, and its result is not used — not as "not run"; one that failed keeps its own error.
 */
function declaredOrder(outcomes: readonly CommandOutcome[], plan: Plan, options: ExecuteOptions): CommandOutcome[] {
  const stop = outcomes.find((outcome) => stopsRun(outcome, plan, options));
  if (!stop) return [...outcomes];
  const name = `command ${stop.index + 1}${stop.hasDeclaredId ? ` (${stop.id})` : ''}`;
  return outcomes.map((outcome) =>
    outcome.index > stop.index && outcome.status === 'succeeded'
      ? { ...outcome, status: 'skipped', result: undefined, items: undefined, error: `ran beside ${name}, which failed: its result is not used, as the run stops at the first failure` }
      : outcome,
  );
}

/** A cancellation or the deadline comes first: it is what the user needs to know about the rest of the run. */
function notRunReason(state: RunState, options: ExecuteOptions): string | undefined {
  if (options.stop?.aborted) return options.stop.reason instanceof Interruption ? options.stop.reason.notRun : 'not run: cancelled';
  return state.failureStop;
}

/** Splits the plan into batches: a run of independent reads, or a single write. */
export function batchCommands(commands: readonly PlannedCommand[]): PlannedCommand[][] {
  const batches: PlannedCommand[][] = [];
  let current: PlannedCommand[] = [];
  for (const command of commands) {
    const dependsOnCurrent = command.references.some((id) => current.some((other) => other.id === id));
    // A for-each runs its own iterations concurrently: it is a batch of its own, like a write.
    const alone = !isReadOnly(command) || command.forEach !== undefined;
    if (alone || dependsOnCurrent) {
      if (current.length) batches.push(current);
      current = [];
      if (alone) {
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
  state: RunState,
  options: ExecuteOptions & Pick<CommandContext, 'once'> & { readonly referenced: ReadonlySet<string> },
): Promise<CommandOutcome> {
  const failedReference = command.references.find((id) => state.failedIds.has(id));
  if (failedReference !== undefined) return skipped(command, `not run: it uses the result of '${failedReference}', which failed`);
  const started = performance.now();
  const base = outcomeBase(command, options);
  try {
    const context = commandContext(command, options);
    if (command.forEach) {
      const each = await runEach(command, context, state, { ...options, compact: !options.referenced.has(command.id) });
      return { ...base, ...each, durationMs: Math.round(performance.now() - started) };
    }
    const result = await runWith(command, context, state.results, options.signal);
    const durationMs = Math.round(performance.now() - started);
    return { ...base, status: 'succeeded', durationMs, result, items: Array.isArray(result) ? result.length : undefined };
  } catch (error) {
    const durationMs = Math.round(performance.now() - started);
    if (options.signal?.aborted) return { ...base, status: 'failed', durationMs, error: abandoned(options.signal.reason), stopped: true };
    const actionError = error instanceof ActionError ? error : toActionError(error);
    return { ...base, status: 'failed', durationMs, error: formatError(actionError) };
  }
}

/** What a command gets to do its work. */
function commandContext(command: PlannedCommand, options: ExecuteOptions & Pick<CommandContext, 'once'>): CommandContext {
  const resource = options.resources.get(command.index);
  const { host } = options;
  return {
    http: options.http,
    cloud: options.cloud,
    resource,
    sharePointUrl: resource?.kind === 'sharepoint' ? resource.audience : options.sharePointUrl,
    files: options.files,
    signal: options.signal ?? NEVER,
    session: options.session,
    once: options.once,
    log: host,
    // A secret the command creates (a client secret, a generated password) becomes a masked output of its own, registered
    // with the platform before it is written, and never part of the result, the log or the summary.
    secretOutput(name, value) {
      host.setSecret(value);
      const output = `${command.id}-${name}`;
      host.setOutput(output, value);
      return output;
    },
  };
}

/** Resolves the references against `results`, runs the command, applies its query. */
async function runWith(command: PlannedCommand, context: CommandContext, results: ReadonlyMap<string, unknown>, signal?: AbortSignal): Promise<unknown> {
  const resolved = resolveReferences(command, results);
  // The HTTP layer aborts its requests on the same signal; racing it also frees the run from a command that would not
  // stop, so that outputs and the summary are written within the runner's cancellation window.
  const raw = await untilAborted(command.definition.run(context, resolved), signal);
  return command.query ? applyQuery(raw, command.query) : raw;
}

/**
 * `for-each`: the command once per element, concurrently up to max-parallel. The result is the per-element results in
 * element order; the failed elements are kept (`<id>-failed`) so that a later item or a rerun takes exactly those.
 */
async function runEach(
  command: PlannedCommand,
  context: CommandContext,
  state: RunState,
  options: ExecuteOptions & { readonly compact: boolean },
): Promise<Pick<CommandOutcome, 'status' | 'result' | 'items' | 'error' | 'forEach' | 'spooled'>> {
  const elements = forEachElements(command, state.results);
  // When no later command uses the results, each is kept as its JSON text (a fraction of the memory of the objects),
  // and the whole goes to disk at the end.
  const texts: (string | undefined)[] = [];
  const outcome = await runForEach(
    elements,
    async (item, index) => {
      const results = new Map(state.results).set('item', item).set('index', index);
      try {
        const result = await runWith(command, context, results, options.signal);
        if (!options.compact) return { ok: true, result };
        texts[index] = JSON.stringify(result ?? null);
        return { ok: true, result: undefined };
      } catch (error) {
        const message = formatError(toActionError(error));
        options.host.debug(`${command.display} [${index}]: ${message}`);
        return { ok: false, error: message };
      }
    },
    {
      maxParallel: options.maxParallel,
      continueOnError: command.continueOnError || options.continueOnError,
      signal: options.stop,
      onProgress: (progress) => options.host.info(`${command.index + 1}. ${command.display}: ${describeProgress(progress)}`),
    },
  );
  state.results.set(`${command.id}-failed`, outcome.failed.map((f) => f.item));
  const forEach = { total: outcome.total, succeeded: outcome.succeeded, failed: outcome.failed, notStarted: outcome.notStarted };
  const spool = options.compact ? await spoolJsonArray(options.host.tempDirectory, texts, elements.length) : undefined;
  const result = spool ? preview(texts, elements.length) : Array.from(outcome.results, (r) => r ?? null);
  const kept = spool ? { result, spooled: spool } : { result };
  if (outcome.failed.length === 0 && outcome.notStarted === 0) return { status: 'succeeded', ...kept, items: elements.length, forEach };
  const first = outcome.failed[0];
  const error =
    `${outcome.failed.length} of ${outcome.total} item(s) failed, ${outcome.succeeded} done, ${outcome.notStarted} not started` +
    (first ? `; first: item ${first.index} (${showValue(first.item)}): ${first.error}` : '');
  return { status: 'failed', ...kept, items: elements.length, error, forEach };
}

/** The first results, up to about what the log shows of a result, for the log (the rest is in the outputs). */
function preview(texts: readonly (string | undefined)[], length: number): unknown[] {
  const shown: string[] = [];
  let size = 0;
  for (let i = 0; i < length; i++) {
    const text = texts[i] ?? 'null';
    size += text.length;
    if (size > RESULT_LOG_CHARS && shown.length > 0) break;
    shown.push(text);
  }
  return JSON.parse(`[${shown.join(',')}]`) as unknown[];
}

/** The elements of a `for-each`: its literal list, or the list its reference gives. */
function forEachElements(command: PlannedCommand, results: ReadonlyMap<string, unknown>): readonly unknown[] {
  const forEach = command.forEach;
  if (!forEach) return [];
  if ('items' in forEach) return forEach.items;
  const value = resolveReference(forEach.reference, results, `'for-each' of command ${command.index + 1}`);
  if (!Array.isArray(value)) throw new ActionError(`'for-each' of command ${command.index + 1} is ${forEach.reference}, which is not a list: ${showValue(value)}.`);
  return value;
}

/** The outcome with its result on disk when it is large (see report/spool.ts); as it is when small or on a write error. */
async function spooled(outcome: CommandOutcome, host: Host): Promise<CommandOutcome> {
  // A for-each's results are already on disk; what it holds in `result` is the log's preview.
  if (outcome.spooled) return { ...outcome, result: undefined };
  try {
    const spool = await spoolResult(host.tempDirectory, outcome.result);
    return spool ? { ...outcome, result: undefined, spooled: spool } : outcome;
  } catch (error) {
    host.debug(`The result of '${outcome.id}' stays in memory: ${toActionError(error).message}`);
    return outcome;
  }
}

/** A signal that never fires, for runs without cancellation (tests, library use). */
const NEVER = new AbortController().signal;

function abandoned(reason: unknown): string {
  const why = reason instanceof Interruption ? reason.message : 'The run was cancelled.';
  return `stopped while running: ${why} Its request may or may not have reached the service; check before running it again.`;
}

/** A result goes to the log (as untrusted text, in a group); a failure becomes an error, or a warning when tolerated. */
function logOutcome(host: Host, command: PlannedCommand, outcome: CommandOutcome): void {
  if (outcome.status === 'succeeded') logResult(host, command, outcome.result, outcome.durationMs);
  if (outcome.spooled && Array.isArray(outcome.result) && (outcome.items ?? 0) > outcome.result.length) {
    host.info(`${command.index + 1}. The log shows the first ${outcome.result.length} of ${outcome.items} results; all of them are in the output '${command.id}' and the output file.`);
  }
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
  if (command.output !== 'none' && result !== undefined) host.logUntrusted(renderForLog(result, command.output, { where: `the output '${command.id}' and the output file` }));
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
