import { describe, expect, it } from 'vitest';
import { HostLimiter, retryAfterMs, type LimiterClock } from '../src/http/host-limiter.js';

/** Virtual time: sleeping moves the clock, so waits are asserted without taking them. */
function virtualClock(): LimiterClock & { slept: number[] } {
  let now = 1_000_000;
  const slept: number[] = [];
  return { slept, now: () => now, sleep: async (ms) => void (slept.push(ms), (now += ms)) };
}

describe('HostLimiter', () => {
  it('lets at most the ceiling in flight per host, and the next one in when one comes back', async () => {
    const limiter = new HostLimiter(2, virtualClock());
    const a = await limiter.acquire('contoso.sharepoint.com');
    await limiter.acquire('CONTOSO.sharepoint.com');
    await limiter.acquire('graph.microsoft.com'); // another host has its own slots
    let third = false;
    const waiting = limiter.acquire('contoso.sharepoint.com').then(() => (third = true));
    await new Promise((resolve) => setImmediate(resolve));
    expect(third).toBe(false);
    a(200, {});
    await waiting;
    expect(limiter.state('contoso.sharepoint.com')).toMatchObject({ active: 2, limit: 2 });
  });

  it('pauses every request to a host for Retry-After after a 429 and halves its concurrency', async () => {
    const clock = virtualClock();
    const limiter = new HostLimiter(8, clock);
    const release = await limiter.acquire('contoso.sharepoint.com');
    release(429, { 'retry-after': '3' });
    expect(limiter.state('contoso.sharepoint.com')).toMatchObject({ limit: 4, throttled: true, active: 0 });
    await limiter.acquire('contoso.sharepoint.com');
    expect(clock.slept).toEqual([3000]);
    await limiter.acquire('graph.microsoft.com');
    expect(clock.slept).toEqual([3000]);
  });

  it('raises the concurrency again, step by step, after sustained success', async () => {
    const limiter = new HostLimiter(4, virtualClock());
    (await limiter.acquire('h'))(503, { 'retry-after': '0' });
    (await limiter.acquire('h'))(429, { 'retry-after': '0' });
    expect(limiter.state('h').limit).toBe(1);
    for (let i = 0; i < 2; i++) (await limiter.acquire('h'))(200, {});
    expect(limiter.state('h').limit).toBe(2);
    for (let i = 0; i < 4 + 6; i++) (await limiter.acquire('h'))(200, {});
    expect(limiter.state('h')).toMatchObject({ limit: 4, throttled: false });
  });

  it('slows down when SharePoint says the rate limit is nearly used, and waits for the reset when it is', async () => {
    const clock = virtualClock();
    const limiter = new HostLimiter(4, clock);
    (await limiter.acquire('h'))(200, { 'ratelimit-limit': '100', 'ratelimit-remaining': '8', 'ratelimit-reset': '20' });
    expect(limiter.state('h').limit).toBe(3);
    (await limiter.acquire('h'))(200, { 'ratelimit-limit': '100', 'ratelimit-remaining': '0', 'ratelimit-reset': '7' });
    await limiter.acquire('h');
    expect(clock.slept).toEqual([7000]);
  });

  it('reads Retry-After as seconds or an HTTP date', () => {
    expect(retryAfterMs('2')).toBe(2000);
    expect(retryAfterMs(new Date(5_000).toUTCString(), 1_000)).toBe(4000);
    expect(retryAfterMs(undefined)).toBe(1000);
    expect(retryAfterMs('soon')).toBe(1000);
  });
});
