/**
 * A throttling model of SharePoint and Graph: each app may send so many requests per host per time window; past that
 * the service answers 429 with `Retry-After`, and every answer says how much room is left (`RateLimit-Limit`,
 * `RateLimit-Remaining`, `RateLimit-Reset`, as SharePoint sends them). Off unless a test or the benchmark turns it on.
 */

export interface ThrottleOptions {
  /** Requests allowed per app and host in each window. */
  readonly limit: number;
  /** Length of a window; default 1000 ms. */
  readonly windowMs?: number;
  /** Which hosts are throttled, by class ('graph', 'sharepoint') or exact name; default both services. */
  readonly hosts?: readonly string[];
}

interface Window {
  start: number;
  used: number;
}

export interface ThrottleDecision {
  /** False: answer 429. */
  readonly allowed: boolean;
  /** Headers for the answer (RateLimit-*, and Retry-After when refused). */
  readonly headers: Record<string, string>;
}

export class Throttle {
  private readonly windows = new Map<string, Window>();
  /** How many requests were refused, for tests and the benchmark. */
  refused = 0;

  constructor(
    private readonly options: ThrottleOptions,
    private readonly now: () => number = Date.now,
  ) {}

  /** Whether this host (its class or name) is throttled at all. */
  covers(host: string, hostClass: string | undefined): boolean {
    const hosts = this.options.hosts ?? ['graph', 'sharepoint'];
    return hosts.includes(host) || (hostClass !== undefined && hosts.includes(hostClass));
  }

  /** Counts one request of `app` to `host` and says whether it may be served. */
  take(app: string, host: string): ThrottleDecision {
    const windowMs = this.options.windowMs ?? 1000;
    const now = this.now();
    const key = `${app}|${host}`;
    let window = this.windows.get(key);
    if (!window || now - window.start >= windowMs) {
      window = { start: now, used: 0 };
      this.windows.set(key, window);
    }
    const resetSeconds = Math.max(1, Math.ceil((window.start + windowMs - now) / 1000));
    const allowed = window.used < this.options.limit;
    if (allowed) window.used++;
    else this.refused++;
    const headers: Record<string, string> = {
      'ratelimit-limit': String(this.options.limit),
      'ratelimit-remaining': String(Math.max(0, this.options.limit - window.used)),
      'ratelimit-reset': String(resetSeconds),
    };
    if (!allowed) headers['retry-after'] = String(resetSeconds);
    return { allowed, headers };
  }
}
