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
  /**
   * The run's cancellation (SIGINT/SIGTERM) or deadline: once it fires, no attempt starts and no wait goes on; the
   * retry loop ends with a cancellation error (see `cancellationError`).
   */
  signal?: AbortSignal;
}

export const DEFAULT_RETRY_POLICY: Readonly<RetryPolicy> = {
  maxAttempts: 5,
  maxTotalWaitMs: 60_000,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
};

/**
 * Bounds of sign-in requests (the token endpoint, the platform OIDC endpoints): fewer and shorter waits than API
 * requests, as a sign-in that fails for a minute is better reported than waited for.
 */
export const SIGN_IN_RETRY_POLICY: Readonly<RetryPolicy> = {
  maxAttempts: 4,
  maxTotalWaitMs: 30_000,
  baseDelayMs: 1_000,
  maxDelayMs: 8_000,
};

/** Statuses retried for API requests: 429 and 503 (not processed) always, 504 when the request is idempotent. */
export const API_RETRY_STATUSES: ReadonlySet<number> = new Set([429, 503, 504]);

/**
 * Statuses retried for sign-in requests: a token request has no effect to repeat, so every transient server failure is
 * worth another try.
 */
export const SIGN_IN_RETRY_STATUSES: ReadonlySet<number> = new Set([429, 500, 502, 503, 504]);

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

export interface RetryTarget<R extends HttpResponse<Buffer> = HttpResponse<Buffer>> {
  /** "GET https://graph.microsoft.com/v1.0/users", for messages. */
  description: string;
  /** False for a request that may have been processed when its answer was lost (POST, PATCH…). */
  idempotent: boolean;
  /**
   * Statuses worth another try (default API_RETRY_STATUSES; SIGN_IN_RETRY_STATUSES for sign-in). 429 and 503 are
   * retried whatever the method (the service did not process the request); the others only when `idempotent`.
   */
  statuses?: ReadonlySet<number>;
  /** Another sign that a response is transient (an Entra ID error code marked "try again"); idempotent requests only. */
  isTransient?: (response: R) => boolean;
  /**
   * When the attempts or the wait budget run out on a retryable response: 'throw' (default) an ActionError saying how
   * often it was tried, or 'return' that last response, for a caller that reads error bodies itself (msal, the Azure
   * DevOps OIDC request). A connection failure is thrown either way.
   */
  onExhausted?: 'throw' | 'return';
}

/**
 * Runs `attempt` until it gives a response that is not worth retrying, within the policy's bounds. Retries the target's
 * statuses (429 and 503 always; 504 and connection resets/timeouts only when the request is idempotent). Waits
 * Retry-After when the service sends it, else exponential backoff with full jitter. A loop, not recursion. The last
 * retryable response or error ends in an ActionError saying how many attempts were made over how long (or, with
 * `onExhausted: 'return'`, the last response is returned). The policy's signal stops it between attempts.
 */
export async function withRetries<R extends HttpResponse<Buffer>>(
  attempt: () => Promise<R>,
  target: RetryTarget<R>,
  policy: Partial<RetryPolicy> = {},
): Promise<R> {
  const p = resolvePolicy(policy);
  const start = p.now();
  let waited = 0;
  for (let n = 1; ; n++) {
    if (p.signal?.aborted) throw cancellationError(p.signal, target.description);
    const outcome = await settle(attempt);
    if (!shouldRetry(outcome, target)) return unwrap(outcome, target);
    const remaining = p.maxTotalWaitMs - waited;
    if (n >= p.maxAttempts || remaining <= 0) {
      return giveUp(outcome, target, `after ${plural(n, 'attempt')} over ${formatSeconds(p.now() - start)}`);
    }
    const retryAfter = outcome.response ? retryAfterMs(outcome.response.headers, p.now()) : undefined;
    if (retryAfter !== undefined && retryAfter > remaining) {
      return giveUp(
        outcome,
        target,
        `after ${plural(n, 'attempt')}: the service asked to wait ${formatSeconds(retryAfter)}, ` +
          `more than the ${formatSeconds(remaining)} left of the ${formatSeconds(p.maxTotalWaitMs)} retry budget`,
      );
    }
    // The service's Retry-After is honoured in full (within the budget, checked above); only our own backoff is capped.
    const delay = Math.min(retryAfter ?? Math.min(backoffMs(n, p), p.maxDelayMs), remaining);
    await sleepUnlessAborted(p, delay, target.description);
    waited += delay;
  }
}

/** The response itself in 'return' mode; else the ActionError saying how it was tried. */
function giveUp<R extends HttpResponse<Buffer>>(outcome: Outcome<R>, target: RetryTarget<R>, how: string): R {
  if (outcome.response && target.onExhausted === 'return') return outcome.response;
  throw exhausted(outcome, target, how);
}

/** Waits, unless the signal fires first: then throws the cancellation error at once. */
async function sleepUnlessAborted(p: ResolvedPolicy, ms: number, what: string): Promise<void> {
  const signal = p.signal;
  if (!signal) return p.sleep(ms);
  let onAbort: (() => void) | undefined;
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(cancellationError(signal, what));
    signal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    await Promise.race([p.sleep(ms), aborted]);
  } finally {
    if (onAbort) signal.removeEventListener('abort', onAbort);
  }
}

/** The code of a request stopped by the run's signal (never retried). */
export const CANCELLED_CODE = 'ECANCELLED';

/**
 * Why the run's signal fired, for messages. `AbortSignal.timeout()` (a TimeoutError) is the run's deadline; a reason
 * given as a string or an Error is used as it is (e.g. `controller.abort('the run was cancelled (SIGTERM)')`); anything
 * else reads as a cancellation.
 */
export function abortReason(signal: AbortSignal): string {
  const reason: unknown = signal.reason;
  if (reason instanceof Error && reason.name === 'TimeoutError') return 'the deadline of the run passed';
  if (typeof reason === 'string' && reason.trim() !== '') return reason.trim();
  if (reason instanceof Error && reason.name !== 'AbortError' && reason.message) return reason.message;
  return 'the run was cancelled';
}

/** "GET https://… was stopped: the run was cancelled" — an ActionError with code ECANCELLED, never retried. */
export function cancellationError(signal: AbortSignal, what: string, cause?: unknown): ActionError {
  return new ActionError(`${what} was stopped: ${abortReason(signal)}`, {
    code: CANCELLED_CODE,
    hint: 'Requests already answered kept their effect; nothing more was sent after this point.',
    cause,
  });
}

type Outcome<R = HttpResponse<Buffer>> = { response: R; error?: undefined } | { response?: undefined; error: unknown };

async function settle<R>(attempt: () => Promise<R>): Promise<Outcome<R>> {
  try {
    return { response: await attempt() };
  } catch (error) {
    return { error };
  }
}

function shouldRetry<R extends HttpResponse<Buffer>>(outcome: Outcome<R>, target: RetryTarget<R>): boolean {
  const { idempotent } = target;
  if (outcome.response) {
    const status = outcome.response.status;
    if ((target.statuses ?? API_RETRY_STATUSES).has(status) && (idempotent || NOT_PROCESSED_STATUSES.has(status))) return true;
    return idempotent && (target.isTransient?.(outcome.response) ?? false);
  }
  return idempotent && isTransientError(outcome.error);
}

/** True for a connection reset or timeout (by the code the transport keeps). */
export function isTransientError(error: unknown): boolean {
  return error instanceof ActionError && error.code !== undefined && TRANSIENT_CODES.has(error.code);
}

/** A response is returned as is; an error is rethrown, saying why a reset POST was not retried. */
function unwrap<R extends HttpResponse<Buffer>>(outcome: Outcome<R>, target: RetryTarget<R>): R {
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

function exhausted<R extends HttpResponse<Buffer>>(outcome: Outcome<R>, target: RetryTarget<R>, how: string): ActionError {
  if (!outcome.response) {
    const error = outcome.error instanceof ActionError ? outcome.error : undefined;
    const reason = error ? error.message : String(outcome.error);
    return new ActionError(`${reason} (still failing ${how})`, { code: error?.code, hint: error?.hint, cause: outcome.error });
  }
  const status = outcome.response.status;
  const state =
    status === 429 ? 'still throttled' : status === 503 ? 'still unavailable' : status === 504 ? 'still timing out' : 'still failing';
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
function backoffMs(attempt: number, p: ResolvedPolicy): number {
  const ceiling = Math.min(p.maxDelayMs, p.baseDelayMs * 2 ** (attempt - 1));
  return Math.floor(p.random() * ceiling);
}

type ResolvedPolicy = Required<Omit<RetryPolicy, 'signal'>> & Pick<RetryPolicy, 'signal'>;

function resolvePolicy(policy: Partial<RetryPolicy>): ResolvedPolicy {
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
