import { describe, expect, it } from 'vitest';
import { describeProgress, runForEach, type IterationOutcome } from '../src/execute/for-each.js';

const ok = (result: unknown): IterationOutcome => ({ ok: true, result });
const fail = (error: string): IterationOutcome => ({ ok: false, error });
const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('runForEach', () => {
  it('runs every element, at most maxParallel at once, and returns results in element order', async () => {
    let running = 0;
    let peak = 0;
    const outcome = await runForEach([3, 1, 2, 5, 4], async (n, index) => {
      running++;
      peak = Math.max(peak, running);
      for (let i = 0; i < Number(n); i++) await tick();
      running--;
      return ok(`${index}:${String(n)}`);
    }, { maxParallel: 2, continueOnError: false });
    expect(outcome).toEqual({ results: ['0:3', '1:1', '2:2', '3:5', '4:4'], failed: [], succeeded: 5, notStarted: 0, total: 5 });
    expect(peak).toBe(2);
  });

  it('stops launching after the first failure (those in flight finish) and names the failed element', async () => {
    const started: number[] = [];
    const outcome = await runForEach(['a', 'b', 'c', 'd', 'e'], async (item, index) => {
      started.push(index);
      await tick();
      return item === 'b' ? fail('no site app catalog') : ok(item);
    }, { maxParallel: 2, continueOnError: false });
    expect(outcome.failed).toEqual([{ index: 1, item: 'b', error: 'no site app catalog' }]);
    expect(started).toEqual([0, 1, 2]);
    expect(outcome.notStarted).toBe(2);
    expect(outcome.succeeded).toBe(2);
  });

  it('tries every element with continueOnError, and a thrown error counts as that element failing', async () => {
    const outcome = await runForEach([1, 2, 3, 4], async (n) => {
      if (n === 2) throw new Error('boom');
      return n === 3 ? fail('403') : ok(n);
    }, { maxParallel: 3, continueOnError: true });
    expect(outcome.failed.map((f) => [f.index, f.error])).toEqual([[1, 'boom'], [2, '403']]);
    expect(outcome.results).toEqual([1, undefined, undefined, 4]);
    expect(outcome.notStarted).toBe(0);
  });

  it('starts nothing new once the signal is aborted', async () => {
    const controller = new AbortController();
    const outcome = await runForEach([1, 2, 3, 4], async (n) => {
      if (n === 2) controller.abort();
      return ok(n);
    }, { maxParallel: 1, continueOnError: true, signal: controller.signal });
    expect(outcome.results).toEqual([1, 2, undefined, undefined]);
    expect(outcome.notStarted).toBe(2);
  });

  it('reports progress at most every interval and once at the end', async () => {
    let clock = 0;
    const reports: string[] = [];
    await runForEach(Array.from({ length: 6 }, (_, i) => i), async (n) => {
      clock += 4000;
      return Number(n) === 4 ? fail('x') : ok(n);
    }, { maxParallel: 1, continueOnError: true, now: () => clock, onProgress: (p) => reports.push(describeProgress(p)) });
    expect(reports).toEqual([
      '3 of 6 done, 0.3/s, about 12 s left, 0 running',
      '6 of 6 done (1 failed), 0.3/s, about 0 s left, 0 running',
    ]);
    reports.length = 0;
    clock = 0;
    await runForEach([1, 2, 3], async (n) => ((clock += 4500), ok(n)), { maxParallel: 1, continueOnError: false, now: () => clock, onProgress: (p) => reports.push(describeProgress(p)) });
    expect(reports).toEqual(['3 of 3 done, 0.2/s, about 0 s left, 0 running']);
  });
});
