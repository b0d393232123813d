import { describe, expect, it } from 'vitest';
import { Throttle } from '../emulator/throttle.js';

describe('the emulator throttling model', () => {
  it('serves limit requests per app and host per window, then 429 with Retry-After; RateLimit-* on every answer', () => {
    let now = 10_000;
    const throttle = new Throttle({ limit: 2, windowMs: 1000 }, () => now);
    expect(throttle.take('app', 'contoso.sharepoint.com')).toEqual({ allowed: true, headers: { 'ratelimit-limit': '2', 'ratelimit-remaining': '1', 'ratelimit-reset': '1' } });
    expect(throttle.take('app', 'contoso.sharepoint.com').allowed).toBe(true);
    expect(throttle.take('other-app', 'contoso.sharepoint.com').allowed).toBe(true);
    expect(throttle.take('app', 'graph.microsoft.com').allowed).toBe(true);
    now += 400;
    expect(throttle.take('app', 'contoso.sharepoint.com')).toEqual({
      allowed: false,
      headers: { 'ratelimit-limit': '2', 'ratelimit-remaining': '0', 'ratelimit-reset': '1', 'retry-after': '1' },
    });
    expect(throttle.refused).toBe(1);
    now += 600;
    expect(throttle.take('app', 'contoso.sharepoint.com').allowed).toBe(true);
  });

  it('covers the hosts it is given, by class or name', () => {
    const throttle = new Throttle({ limit: 1, hosts: ['sharepoint'] });
    expect(throttle.covers('contoso.sharepoint.com', 'sharepoint')).toBe(true);
    expect(throttle.covers('graph.microsoft.com', 'graph')).toBe(false);
  });
});
