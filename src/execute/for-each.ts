/**
 * `for-each`: one command, run once per element of a list. Iterations are independent by declaration, so they run
 * concurrently up to `maxParallel` whatever the command writes; the per-host limiter of the HTTP client adapts the real
 * pace to the service's throttling. Results come back in element order.
 */

/** What happened to one element. */
export type IterationOutcome = { readonly ok: true; readonly result: unknown } | { readonly ok: false; readonly error: string };

export interface FailedElement {
  /** 0-based position of the element in the list. */
  readonly index: number;
  /** The element itself, so that a rerun can take exactly the failed ones (`for-each: "{{ x-failed[].item }}"`). */
  readonly item: unknown;
  readonly error: string;
}

export interface ForEachOutcome {
  /** Per element, in element order: the result, or undefined where it failed or did not start. */
  readonly results: readonly unknown[];
  readonly failed: readonly FailedElement[];
  readonly succeeded: number;
  /** Elements never started: the first failure stops launching new ones unless continueOnError. */
  readonly notStarted: number;
  readonly total: number;
}

export interface Progress {
  readonly done: number;
  readonly failed: number;
  readonly total: number;
  readonly running: number;
  readonly elapsedMs: number;
}

export interface ForEachOptions {
  readonly maxParallel: number;
  /** Try every element even after a failure (the step's or the item's `continue-on-error`). */
  readonly continueOnError: boolean;
  /** Stops launching new iterations (cancellation, deadline); those in flight finish. */
  readonly signal?: AbortSignal;
  /** Called at most every `progressEveryMs` while work goes on, and once at the end. */
  readonly onProgress?: (progress: Progress) => void;
  readonly progressEveryMs?: number;
  readonly now?: () => number;
}

/** Runs `iterate` for each element; never throws for an element's failure (it is in `failed`). */
export async function runForEach(
  elements: readonly unknown[],
  iterate: (element: unknown, index: number) => Promise<IterationOutcome>,
  options: ForEachOptions,
): Promise<ForEachOutcome> {
  const now = options.now ?? Date.now;
  const every = options.progressEveryMs ?? 10_000;
  const started = now();
  const results = new Array<unknown>(elements.length);
  const failed: FailedElement[] = [];
  let next = 0;
  let done = 0;
  let running = 0;
  let stop = false;
  let lastReport = started;
  let reportedDone = -1;
  const progress = (): Progress => ({ done, failed: failed.length, total: elements.length, running, elapsedMs: now() - started });
  const maybeReport = (): void => {
    if (options.onProgress && now() - lastReport >= every) {
      lastReport = now();
      reportedDone = done;
      options.onProgress(progress());
    }
  };
  const worker = async (): Promise<void> => {
    while (!stop && next < elements.length && !options.signal?.aborted) {
      const index = next++;
      running++;
      const outcome = await iterate(elements[index], index).catch((error: unknown): IterationOutcome => ({ ok: false, error: error instanceof Error ? error.message : String(error) }));
      running--;
      done++;
      if (outcome.ok) results[index] = outcome.result;
      else {
        failed.push({ index, item: elements[index], error: outcome.error });
        if (!options.continueOnError) stop = true;
      }
      maybeReport();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.maxParallel, elements.length)) }, worker));
  failed.sort((a, b) => a.index - b.index);
  // The final counts, unless the last progress line already said them (short runs say nothing: the outcome does).
  if (options.onProgress && reportedDone >= 0 && reportedDone !== done) options.onProgress(progress());
  return { results, failed, succeeded: done - failed.length, notStarted: elements.length - done, total: elements.length };
}

/** `1,000 of 2,000 done (3 failed), 45/s, about 22 s left, 8 at once`: the progress line of a long for-each. */
export function describeProgress(progress: Progress): string {
  const rate = progress.elapsedMs > 0 ? (progress.done * 1000) / progress.elapsedMs : 0;
  const left = rate > 0 ? Math.ceil((progress.total - progress.done) / rate) : undefined;
  const failed = progress.failed > 0 ? ` (${progress.failed} failed)` : '';
  const eta = left === undefined ? '' : `, about ${left} s left`;
  return `${progress.done} of ${progress.total} done${failed}, ${rate.toFixed(1)}/s${eta}, ${progress.running} running`;
}
