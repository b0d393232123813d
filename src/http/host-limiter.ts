/**
 * One limiter per resource host: how many requests may be in flight to it, and whether it asked us to wait.
 *
 * SharePoint and Graph throttle per app and tenant. A 429 or 503 with `Retry-After` means the service wants *all* our
 * requests to that host to pause, not only the one that got it: the limiter holds every new request to the host until
 * the time has passed, and halves the concurrency. Sustained success raises it again, one step at a time, up to the
 * ceiling (`max-parallel`). SharePoint also says how much room is left (`RateLimit-Limit` / `RateLimit-Remaining` /
 * `RateLimit-Reset`): near zero, the limiter slows down before the 429 comes.
 */

export interface LimiterClock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

const realClock: LimiterClock = { now: Date.now, sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)) };

export interface HostState {
  /** Requests allowed in flight now. */
  readonly limit: number;
  readonly active: number;
  /** Epoch ms until which new requests wait. */
  readonly pausedUntil: number;
  /** True when a 429/503 was seen since the last success streak restored the ceiling. */
  readonly throttled: boolean;
}

interface Host {
  limit: number;
  active: number;
  pausedUntil: number;
  successes: number;
  throttled: boolean;
  waiters: (() => void)[];
}

/** Answer headers the limiter reads (lower-case names). */
export type AnswerHeaders = Readonly<Record<string, string | undefined>>;

export class HostLimiter {
  private readonly hosts = new Map<string, Host>();

  constructor(
    private readonly ceiling: number,
    private readonly clock: LimiterClock = realClock,
  ) {}

  /** Waits for a slot to `host`; call the returned function with the answer's status and headers when it is back. */
  async acquire(host: string): Promise<(status: number, headers: AnswerHeaders) => void> {
    const state = this.host(host);
    for (;;) {
      const wait = state.pausedUntil - this.clock.now();
      if (wait > 0) {
        await this.clock.sleep(wait);
        continue;
      }
      if (state.active < state.limit) break;
      await new Promise<void>((resolve) => state.waiters.push(resolve));
    }
    state.active++;
    let released = false;
    return (status, headers) => {
      if (released) return;
      released = true;
      state.active--;
      this.learn(state, status, headers);
      this.wake(state);
    };
  }

  /** What the limiter knows of a host, for progress lines. */
  state(host: string): HostState {
    const { limit, active, pausedUntil, throttled } = this.host(host);
    return { limit, active, pausedUntil, throttled };
  }

  private host(name: string): Host {
    const key = name.toLowerCase();
    let state = this.hosts.get(key);
    if (!state) {
      state = { limit: this.ceiling, active: 0, pausedUntil: 0, successes: 0, throttled: false, waiters: [] };
      this.hosts.set(key, state);
    }
    return state;
  }

  private learn(state: Host, status: number, headers: AnswerHeaders): void {
    if (status === 429 || status === 503) {
      state.pausedUntil = Math.max(state.pausedUntil, this.clock.now() + retryAfterMs(headers['retry-after']));
      state.limit = Math.max(1, Math.floor(state.limit / 2));
      state.successes = 0;
      state.throttled = true;
      return;
    }
    if (this.nearLimit(state, headers)) return;
    // Additive increase: one more slot after a full window of successes at the current level.
    if (++state.successes >= state.limit * 2 && state.limit < this.ceiling) {
      state.limit++;
      state.successes = 0;
      if (state.limit === this.ceiling) state.throttled = false;
    }
  }

  /** `RateLimit-Remaining` at or below a tenth of `RateLimit-Limit`: one slot less, and none left means wait for the reset. */
  private nearLimit(state: Host, headers: AnswerHeaders): boolean {
    const limit = Number(headers['ratelimit-limit']);
    const remaining = Number(headers['ratelimit-remaining']);
    if (!Number.isFinite(limit) || !Number.isFinite(remaining) || limit <= 0 || remaining > limit / 10) return false;
    state.successes = 0;
    state.limit = Math.max(1, state.limit - 1);
    if (remaining <= 0) state.pausedUntil = Math.max(state.pausedUntil, this.clock.now() + secondsMs(headers['ratelimit-reset'], 1));
    return true;
  }

  private wake(state: Host): void {
    const free = state.limit - state.active;
    for (const resolve of state.waiters.splice(0, Math.max(0, free))) resolve();
  }
}

/** `Retry-After` in seconds or as an HTTP date; 1 s when absent or unreadable. */
export function retryAfterMs(value: string | undefined, now: number = Date.now()): number {
  if (value === undefined) return 1000;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isFinite(date) ? Math.max(0, date - now) : 1000;
}

function secondsMs(value: string | undefined, fallback: number): number {
  const seconds = Number(value);
  return (Number.isFinite(seconds) && seconds >= 0 ? seconds : fallback) * 1000;
}
