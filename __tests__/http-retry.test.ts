import { describe, expect, it } from 'vitest';
import { ActionError } from '../src/errors.js';
import {
  abortReason,
  formatSeconds,
  isIdempotent,
  retryAfterMs,
  SIGN_IN_RETRY_STATUSES,
  withRetries,
  type RetryPolicy,
} from '../src/http/retry.js';
import type { HttpResponse } from '../src/http/types.js';

type Step = { status: number; headers?: Record<string, string>; body?: string } | { error: unknown };

/** A scripted attempt function and a fake clock that only moves when the policy sleeps. */
function script(steps: Step[]) {
  let clock = Date.parse('2025-01-01T00:00:00Z');
  const waits: number[] = [];
  let calls = 0;
  const policy: Partial<RetryPolicy> = {
    sleep: async (ms) => {
      waits.push(ms);
      clock += ms;
    },
    random: () => 0.5,
    now: () => clock,
  };
  const attempt = async (): Promise<HttpResponse<Buffer>> => {
    const step = steps[Math.min(calls, steps.length - 1)];
    calls++;
    if (!step) throw new Error('no step');
    if ('error' in step) throw step.error;
    return { status: step.status, headers: step.headers ?? {}, body: Buffer.from(step.body ?? '') };
  };
  return { attempt, policy, waits, calls: () => calls };
}

const GET = { description: 'GET https://graph.microsoft.com/v1.0/users', idempotent: true };
const POST = { description: 'POST https://graph.microsoft.com/v1.0/groups', idempotent: false };
const reset = () => new ActionError('GET https://graph.microsoft.com/v1.0/users failed: the connection was closed before the answer arrived (ECONNRESET)', { code: 'ECONNRESET', hint: 'proxy hint' });

describe('withRetries', () => {
  it('returns a success at once', async () => {
    const s = script([{ status: 200 }]);
    await expect(withRetries(s.attempt, GET, s.policy)).resolves.toMatchObject({ status: 200 });
    expect(s.calls()).toBe(1);
    expect(s.waits).toEqual([]);
  });

  it('waits Retry-After seconds on 429, then returns the success', async () => {
    const s = script([{ status: 429, headers: { 'retry-after': '3' } }, { status: 200 }]);
    await expect(withRetries(s.attempt, POST, s.policy)).resolves.toMatchObject({ status: 200 });
    expect(s.waits).toEqual([3000]);
  });

  it('reads Retry-After as an HTTP date', async () => {
    const s = script([{ status: 503, headers: { 'retry-after': 'Wed, 01 Jan 2025 00:00:07 GMT' } }, { status: 204 }]);
    await expect(withRetries(s.attempt, GET, s.policy)).resolves.toMatchObject({ status: 204 });
    expect(s.waits).toEqual([7000]);
  });

  it('honours a Retry-After longer than maxDelayMs in full: waking early would only be throttled again', async () => {
    const s = script([{ status: 429, headers: { 'retry-after': '45' } }, { status: 200 }]);
    await withRetries(s.attempt, GET, { ...s.policy, maxDelayMs: 30_000, maxTotalWaitMs: 60_000 });
    expect(s.waits).toEqual([45_000]);
  });

  it('backs off exponentially with full jitter when there is no Retry-After', async () => {
    const s = script([{ status: 503 }, { status: 503 }, { status: 504 }, { status: 200 }]);
    await withRetries(s.attempt, GET, { ...s.policy, baseDelayMs: 1000 });
    // random() = 0.5 of 1000, 2000, 4000
    expect(s.waits).toEqual([500, 1000, 2000]);
  });

  it('stops after maxAttempts and says how many attempts over how long', async () => {
    const s = script([{ status: 429, headers: { 'retry-after': '8' } }]);
    await expect(withRetries(s.attempt, GET, s.policy)).rejects.toMatchObject({
      name: 'ActionError',
      message: 'GET https://graph.microsoft.com/v1.0/users still throttled (429) after 5 attempts over 32 s; lower max-parallel or retry later',
      code: '429',
    });
    expect(s.calls()).toBe(5);
    expect(s.waits).toEqual([8000, 8000, 8000, 8000]);
  });

  it('fails at once when Retry-After exceeds what is left of the budget', async () => {
    const s = script([{ status: 429, headers: { 'retry-after': '20' } }, { status: 429, headers: { 'retry-after': '50' } }]);
    const error = await withRetries(s.attempt, GET, { ...s.policy, maxTotalWaitMs: 60_000 }).catch((e: unknown) => e);
    expect(error).toMatchObject({
      message: 'GET https://graph.microsoft.com/v1.0/users still throttled (429) after 2 attempts: the service asked to wait 50 s, more than the 40 s left of the 60 s retry budget; lower max-parallel or retry later',
      code: '429',
    });
    expect(s.calls()).toBe(2);
    expect(s.waits).toEqual([20_000]);
  });

  it('never waits more than the total budget', async () => {
    const s = script([{ status: 503 }]);
    await expect(withRetries(s.attempt, GET, { ...s.policy, maxAttempts: 100, baseDelayMs: 4000, maxTotalWaitMs: 10_000 })).rejects.toThrow(
      'GET https://graph.microsoft.com/v1.0/users still unavailable (503) after 4 attempts over 10 s; retry later',
    );
    expect(s.waits).toEqual([2000, 4000, 4000]);
  });

  it('returns other error statuses without retrying', async () => {
    for (const status of [400, 401, 403, 404, 500]) {
      const s = script([{ status }, { status: 200 }]);
      await expect(withRetries(s.attempt, GET, s.policy)).resolves.toMatchObject({ status });
      expect(s.calls()).toBe(1);
    }
  });

  it('retries a GET after a connection reset', async () => {
    const s = script([{ error: reset() }, { status: 200 }]);
    await expect(withRetries(s.attempt, GET, s.policy)).resolves.toMatchObject({ status: 200 });
    expect(s.calls()).toBe(2);
  });

  it('gives up on resets after maxAttempts, keeping code and hint', async () => {
    const s = script([{ error: reset() }]);
    const error = await withRetries(s.attempt, GET, { ...s.policy, maxAttempts: 3 }).catch((e: unknown) => e);
    expect(error).toMatchObject({
      message: 'GET https://graph.microsoft.com/v1.0/users failed: the connection was closed before the answer arrived (ECONNRESET) (still failing after 3 attempts over 0.8 s)',
      code: 'ECONNRESET',
      hint: 'proxy hint',
    });
    expect(s.calls()).toBe(3);
  });

  it('never retries a POST after a reset, a timeout or a 504 (it may have been processed)', async () => {
    const s = script([{ error: reset() }, { status: 200 }]);
    await expect(withRetries(s.attempt, POST, s.policy)).rejects.toThrow(
      'failed: the connection was closed before the answer arrived (ECONNRESET); not retried: the request may already have been processed',
    );
    expect(s.calls()).toBe(1);
    const t = script([{ error: new ActionError('POST … timed out after 100 s', { code: 'ETIMEDOUT' }) }, { status: 200 }]);
    await expect(withRetries(t.attempt, POST, t.policy)).rejects.toMatchObject({ code: 'ETIMEDOUT' });
    expect(t.calls()).toBe(1);
    const u = script([{ status: 504 }, { status: 200 }]);
    await expect(withRetries(u.attempt, POST, u.policy)).resolves.toMatchObject({ status: 504 });
    expect(u.calls()).toBe(1);
  });

  it('retries a POST the caller marked idempotent after a reset', async () => {
    const s = script([{ error: reset() }, { status: 201 }]);
    await expect(withRetries(s.attempt, { ...POST, idempotent: isIdempotent('POST', true) }, s.policy)).resolves.toMatchObject({ status: 201 });
    expect(s.calls()).toBe(2);
  });

  it('does not retry errors that are not connection failures', async () => {
    const s = script([{ error: new ActionError('no token', { code: 'AADSTS700016' }) }, { status: 200 }]);
    await expect(withRetries(s.attempt, GET, s.policy)).rejects.toThrow('no token');
    expect(s.calls()).toBe(1);
  });
});

describe('withRetries for sign-in requests', () => {
  const TOKEN = { description: 'POST https://login.microsoftonline.com/contoso/oauth2/v2.0/token', idempotent: true, statuses: SIGN_IN_RETRY_STATUSES };

  it('retries 500, 502 and 504 with the sign-in statuses, not with the API ones', async () => {
    const s = script([{ status: 500 }, { status: 502 }, { status: 504 }, { status: 200 }]);
    await expect(withRetries(s.attempt, TOKEN, s.policy)).resolves.toMatchObject({ status: 200 });
    expect(s.calls()).toBe(4);
    const t = script([{ status: 500 }, { status: 200 }]);
    await expect(withRetries(t.attempt, GET, t.policy)).resolves.toMatchObject({ status: 500 });
    expect(t.calls()).toBe(1);
  });

  it('retries a response the caller calls transient (an Entra ID code in a 400 body)', async () => {
    const s = script([{ status: 400, body: '{"error_codes":[90033]}' }, { status: 200 }]);
    const isTransient = (r: HttpResponse<Buffer>) => r.body.toString().includes('90033');
    await expect(withRetries(s.attempt, { ...TOKEN, isTransient }, s.policy)).resolves.toMatchObject({ status: 200 });
    expect(s.calls()).toBe(2);
  });

  it("'return' mode hands back the last response when attempts run out, for the caller to read", async () => {
    const s = script([{ status: 503, body: 'first' }, { status: 503, body: 'last' }]);
    const last = await withRetries(s.attempt, { ...TOKEN, onExhausted: 'return' }, { ...s.policy, maxAttempts: 2 });
    expect(last.body.toString()).toBe('last');
    expect(s.calls()).toBe(2);
  });

  it("'return' mode still throws a connection failure after the last attempt", async () => {
    const s = script([{ error: reset() }]);
    await expect(withRetries(s.attempt, { ...TOKEN, onExhausted: 'return' }, { ...s.policy, maxAttempts: 2 })).rejects.toMatchObject({
      code: 'ECONNRESET',
      message: expect.stringContaining('(still failing after 2 attempts'),
    });
  });

  it('says "still failing" for a 500 that outlasts the attempts', async () => {
    const s = script([{ status: 500 }]);
    await expect(withRetries(s.attempt, TOKEN, { ...s.policy, maxAttempts: 2 })).rejects.toThrow(
      'POST https://login.microsoftonline.com/contoso/oauth2/v2.0/token still failing (500) after 2 attempts over 0.3 s; retry later',
    );
  });
});

describe('withRetries and the run signal', () => {
  it('starts no attempt once the signal fired', async () => {
    const s = script([{ status: 200 }]);
    const controller = new AbortController();
    controller.abort('the run was cancelled (SIGTERM)');
    await expect(withRetries(s.attempt, GET, { ...s.policy, signal: controller.signal })).rejects.toMatchObject({
      message: 'GET https://graph.microsoft.com/v1.0/users was stopped: the run was cancelled (SIGTERM)',
      code: 'ECANCELLED',
    });
    expect(s.calls()).toBe(0);
  });

  it('stops waiting between attempts at once when the signal fires', async () => {
    const controller = new AbortController();
    let calls = 0;
    const attempt = async (): Promise<HttpResponse<Buffer>> => {
      calls++;
      setTimeout(() => controller.abort(), 10);
      return { status: 503, headers: { 'retry-after': '60' }, body: Buffer.alloc(0) };
    };
    const started = Date.now();
    // The real sleep: a 60 s wait that the abort must cut short.
    await expect(withRetries(attempt, GET, { maxTotalWaitMs: 120_000, signal: controller.signal })).rejects.toThrow(
      'was stopped: the run was cancelled',
    );
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(calls).toBe(1);
  });

  it('words a deadline (AbortSignal.timeout) and a reason given as an Error', async () => {
    const deadline = AbortSignal.timeout(1);
    await new Promise((done) => setTimeout(done, 20));
    expect(abortReason(deadline)).toBe('the deadline of the run passed');
    const controller = new AbortController();
    controller.abort(new ActionError('the run passed its timeout of 30 min'));
    expect(abortReason(controller.signal)).toBe('the run passed its timeout of 30 min');
    const plain = new AbortController();
    plain.abort();
    expect(abortReason(plain.signal)).toBe('the run was cancelled');
  });
});

describe('retry helpers', () => {
  it('knows the idempotent methods', () => {
    expect(['GET', 'head', 'OPTIONS', 'PUT', 'DELETE'].every((m) => isIdempotent(m))).toBe(true);
    expect(['POST', 'PATCH', 'MERGE'].some((m) => isIdempotent(m))).toBe(false);
  });

  it('reads Retry-After forms', () => {
    const now = Date.parse('2025-01-01T00:00:00Z');
    expect(retryAfterMs({ 'retry-after': '0' }, now)).toBe(0);
    expect(retryAfterMs({ 'retry-after': ' 12 ' }, now)).toBe(12_000);
    expect(retryAfterMs({ 'retry-after': 'Wed, 01 Jan 2025 00:01:00 GMT' }, now)).toBe(60_000);
    expect(retryAfterMs({ 'retry-after': 'Tue, 31 Dec 2024 00:00:00 GMT' }, now)).toBe(0);
    expect(retryAfterMs({ 'retry-after': 'soon' }, now)).toBeUndefined();
    expect(retryAfterMs({}, now)).toBeUndefined();
  });

  it('formats durations', () => {
    expect([0, 200, 1500, 9000, 31_400].map(formatSeconds)).toEqual(['0 s', '0.2 s', '1.5 s', '9 s', '31 s']);
  });
});
