import { ActionError } from './errors.js';

/** How long commands in flight may settle after a cancellation or the deadline before they are aborted. */
export const DEFAULT_GRACE_MS = 5_000;

/**
 * Why a run stopped early: the runner cancelled it (SIGINT/SIGTERM) or it reached its `timeout`. It is the reason of
 * both signals of the RunControl, so whatever was aborted by them ends with this error.
 */
export class Interruption extends ActionError {
  constructor(
    readonly kind: 'cancelled' | 'timeout',
    message: string,
    /** What a command that was never started is reported as. */
    readonly notRun: string,
    hint?: string,
  ) {
    super(message, { hint, code: kind });
    this.name = 'Interruption';
  }
}

/**
 * The two steps of stopping a run. GitHub cancels a job by sending SIGINT, then SIGTERM about 7.5 s later, then kills
 * it; the Azure Pipelines agent does the same. So at the first signal (or the deadline) `stop` fires: nothing new is
 * started. In-flight requests get `graceMs` to finish — a write that completes is reported as done — then `abort`
 * fires and they are abandoned, leaving time to write outputs and the summary before the runner's SIGTERM.
 */
export interface RunControl {
  /** Fires at a cancellation or the deadline: start nothing new. */
  readonly stop: AbortSignal;
  /** Fires `graceMs` after `stop`: abort whatever is still in flight. */
  readonly abort: AbortSignal;
  /** The reason, once `stop` has fired. */
  interruption(): Interruption | undefined;
  /** Clears the timers and listeners (call when the run ends). */
  dispose(): void;
}

export interface RunControlOptions {
  /** The `timeout` input, in minutes. */
  readonly timeoutMinutes: number;
  /** Fires when the runner cancels the job; its reason names the signal (a string such as 'SIGINT'). */
  readonly cancel?: AbortSignal;
  readonly graceMs?: number;
}

export function createRunControl(options: RunControlOptions): RunControl {
  const stop = new AbortController();
  const abort = new AbortController();
  let graceTimer: NodeJS.Timeout | undefined;
  const interrupt = (reason: Interruption): void => {
    if (stop.signal.aborted) return;
    stop.abort(reason);
    graceTimer = setTimeout(() => abort.abort(reason), options.graceMs ?? DEFAULT_GRACE_MS);
  };
  const onCancel = (): void => interrupt(cancelled(options.cancel?.reason));
  const deadline = setTimeout(() => interrupt(timedOut(options.timeoutMinutes)), options.timeoutMinutes * 60_000);
  // The deadline alone must not keep a finished process alive.
  deadline.unref();
  if (options.cancel?.aborted) onCancel();
  else options.cancel?.addEventListener('abort', onCancel, { once: true });
  return {
    stop: stop.signal,
    abort: abort.signal,
    interruption: () => (stop.signal.aborted ? (stop.signal.reason as Interruption) : undefined),
    dispose: () => {
      clearTimeout(deadline);
      clearTimeout(graceTimer);
      options.cancel?.removeEventListener('abort', onCancel);
    },
  };
}

function cancelled(reason: unknown): Interruption {
  const signal = typeof reason === 'string' ? ` (${reason})` : '';
  return new Interruption('cancelled', `The run was cancelled${signal}.`, 'not run: cancelled');
}

function timedOut(minutes: number): Interruption {
  return new Interruption(
    'timeout',
    `The run reached its timeout of ${minutes} minute${minutes === 1 ? '' : 's'} (input 'timeout').`,
    "not run: the run reached its timeout",
    "Raise the input 'timeout' (in minutes, default 30) if the commands need longer, or find what is slow in the log.",
  );
}

/**
 * Settles like `promise`, or rejects with the signal's reason as soon as it fires. The work itself is not stopped by
 * this (the HTTP layer aborts its requests on the same signal): the caller just stops waiting for it.
 */
export function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
