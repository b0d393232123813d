/**
 * Reading the request log for writes that took effect: a fan-out must never repeat a write the service carried out
 * (a retry is only safe after a 429 or 503, which the service did not act on). Tests and the benchmark assert that
 * `repeatedWrites(emulator.requests)` is empty.
 */
import type { RecordedRequest } from './types.js';

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'MERGE', 'DELETE']);

export interface RepeatedWrite {
  readonly method: string;
  readonly host: string;
  readonly path: string;
  readonly query: string;
  /** How many times the service answered it with success (2xx). */
  readonly succeeded: number;
}

/**
 * The writes (POST, PUT, PATCH, MERGE, DELETE) that succeeded more than once for the same method, host, path and query.
 * `path` narrows it to the writes of interest: a paged read sent as POST (`RenderListDataAsStream`) repeats legitimately.
 */
export function repeatedWrites(requests: readonly RecordedRequest[], options: { path?: RegExp } = {}): RepeatedWrite[] {
  const counts = new Map<string, RepeatedWrite>();
  for (const r of requests) {
    if (!WRITES.has(r.method) || r.status < 200 || r.status > 299 || (options.path && !options.path.test(r.path))) continue;
    const key = `${r.method} ${r.host}${r.path}?${r.query}`.toLowerCase();
    const seen = counts.get(key);
    counts.set(key, { method: r.method, host: r.host, path: r.path, query: r.query, succeeded: (seen?.succeeded ?? 0) + 1 });
  }
  return [...counts.values()].filter((w) => w.succeeded > 1);
}
