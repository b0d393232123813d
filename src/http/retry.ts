import { ActionError } from '../errors.js';
import type { HttpResponse } from './types.js';

/** How hard to try again. Every bound holds: no request is tried more than `maxAttempts` times. */
export interface RetryPolicy {
  /** Attempts in all, the first included. */
  maxAttempts: number;
  /** Most time spent waiting between attempts, in all. */
  maxTotalWaitMs: number;
  /** First backoff step (doubled each attempt, full jitter). */
  baseDelayMs: number;
  /** Longest single backoff of our own (a service's Retry-After is honoured within maxTotalWaitMs). */
  maxDelayMs: number;
  /** Injectable for tests. */
  sleep?: (ms: number) => Promise<void>;
  /** Injectable for tests: [0, 1). */
  random?: () => number;
  /** Injectable for tests: milliseconds since the epoch (Retry-After dates, the elapsed time in messages). */
  now?: () => number;
}

export const DEFAULT_RETRY_POLICY: Readonly<RetryPolicy> = {
  maxAttempts: 5,
  maxTotalWaitMs: 60_000,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
};

/** Connection failures worth another try (the transport keeps the system or undici code on its ActionError). */
const TRANSIENT_CODES = new Set([
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
]);

/** Statuses where the service said it did not process the request: safe to retry even a POST. */
const NOT_PROCESSED_STATUSES = new Set([429, 503]);

const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);

/** HTTP's idempotent methods; POST, PATCH and others only when the caller says so. */
export function isIdempotent(method: string, markedIdempotent = false): boolean {
  return markedIdempotent || IDEMPOTENT_METHODS.has(method.toUpperCase());
}

export interface RetryTarget {
  /** "GET https://graph.microsoft.com/v1.0/users", for messages. */
  description: string;
  /** False for a request that may have been processed when its answer was lost (POST, PATCH…). */
  idempotent: boolean;
}

/**
 * Runs `attempt` until it gives a response that is not worth retrying, within the policy's bounds. Retries 429 and 503
 * always; 504 and connection resets/timeouts only when the request is idempotent. Waits Retry-After when the service
 * sends it, else exponential backoff with full jitter. A loop, not recursion. The last retryable response or error ends
 * in an ActionError saying how many attempts were made over how long.
 */
export async function withRetries<R extends HttpResponse<Buffer>>(
  attempt: () => Promise<R>,
  target: RetryTarget,
  policy: Partial<RetryPolicy> = {},
): Promise<R> {
  const p = resolvePolicy(policy);
  const start = p.now();
  let waited = 0;
  for (let n = 1; ; n++) {
    const outcome = await settle(attempt);
    if (!shouldRetry(outcome, target.idempotent)) return unwrap(outcome, target);
    const remaining = p.maxTotalWaitMs - waited;
    if (n >= p.maxAttempts || remaining <= 0) {
      throw exhausted(outcome, target, `after ${plural(n, 'attempt')} over ${formatSeconds(p.now() - start)}`);
    }
    const retryAfter = outcome.response ? retryAfterMs(outcome.response.headers, p.now()) : undefined;
    if (retryAfter !== undefined && retryAfter > remaining) {
      throw exhausted(
        outcome,
        target,
        `after ${plural(n, 'attempt')}: the service asked to wait ${formatSeconds(retryAfter)}, ` +
          `more than the ${formatSeconds(remaining)} left of the ${formatSeconds(p.maxTotalWaitMs)} retry budget`,
      );
    }
    // The service's Retry-After is honoured in full (within the budget, checked above); only our own backoff is capped.
    const delay = Math.min(retryAfter ?? Math.min(backoffMs(n, p), p.maxDelayMs), remaining);
    await p.sleep(delay);
    waited += delay;
  }
}

type Outcome<R = HttpResponse<Buffer>> = { response: R; error?: undefined } | { response?: undefined; error: unknown };

async function settle<R>(attempt: () => Promise<R>): Promise<Outcome<R>> {
  try {
    return { response: await attempt() };
  } catch (error) {
    return { error };
  }
}

function shouldRetry(outcome: Outcome, idempotent: boolean): boolean {
  if (outcome.response) {
    const status = outcome.response.status;
    return NOT_PROCESSED_STATUSES.has(status) || (status === 504 && idempotent);
  }
  return idempotent && isTransientError(outcome.error);
}

/** True for a connection reset or timeout (by the code the transport keeps). */
export function isTransientError(error: unknown): boolean {
  return error instanceof ActionError && error.code !== undefined && TRANSIENT_CODES.has(error.code);
}

/** A response is returned as is; an error is rethrown, saying why a reset POST was not retried. */
function unwrap<R>(outcome: Outcome<R>, target: RetryTarget): R {
  if (outcome.response) return outcome.response;
  const error = outcome.error;
  if (!target.idempotent && isTransientError(error) && error instanceof ActionError) {
    throw new ActionError(`${error.message}; not retried: the request may already have been processed`, {
      code: error.code,
      hint: error.hint,
      cause: error,
    });
  }
  throw error;
}

function exhausted(outcome: Outcome, target: RetryTarget, how: string): ActionError {
  if (!outcome.response) {
    const error = outcome.error instanceof ActionError ? outcome.error : undefined;
    const reason = error ? error.message : String(outcome.error);
    return new ActionError(`${reason} (still failing ${how})`, { code: error?.code, hint: error?.hint, cause: outcome.error });
  }
  const status = outcome.response.status;
  const state = status === 429 ? 'still throttled' : status === 503 ? 'still unavailable' : 'still timing out';
  const advice = status === 429 ? 'lower max-parallel or retry later' : 'retry later';
  return new ActionError(`${target.description} ${state} (${status}) ${how}; ${advice}`, { code: String(status) });
}

/**
 * Retry-After as milliseconds from now: delta-seconds or an HTTP date (RFC 9110 §10.2.3). Undefined when absent or
 * unreadable (the caller then backs off on its own).
 */
export function retryAfterMs(headers: Record<string, string>, now: number): number | undefined {
  const value = headers['retry-after']?.trim();
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

/** Full jitter: uniform in [0, min(max, base * 2^(n-1))). */
function backoffMs(attempt: number, p: Required<RetryPolicy>): number {
  const ceiling = Math.min(p.maxDelayMs, p.baseDelayMs * 2 ** (attempt - 1));
  return Math.floor(p.random() * ceiling);
}

function resolvePolicy(policy: Partial<RetryPolicy>): Required<RetryPolicy> {
  const defined = Object.fromEntries(Object.entries(policy).filter(([, v]) => v !== undefined)) as Partial<RetryPolicy>;
  return {
    ...DEFAULT_RETRY_POLICY,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    random: Math.random,
    now: Date.now,
    ...defined,
  };
}

/** "31 s", "1.5 s", "0 s". */
export function formatSeconds(ms: number): string {
  const s = ms / 1000;
  return `${s >= 10 || Number.isInteger(s) ? Math.round(s) : s.toFixed(1)} s`;
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
