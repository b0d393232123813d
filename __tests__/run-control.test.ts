import { afterEach, describe, expect, it, vi } from 'vitest';
import { createRunControl, Interruption, untilAborted } from '../src/run-control.js';

afterEach(() => vi.useRealTimers());

describe('createRunControl', () => {
  it('on a cancellation, stops at once and aborts after the grace period', () => {
    vi.useFakeTimers();
    const cancel = new AbortController();
    const control = createRunControl({ timeoutMinutes: 30, cancel: cancel.signal, graceMs: 5_000 });
    expect(control.interruption()).toBeUndefined();
    cancel.abort('SIGINT');
    expect(control.stop.aborted).toBe(true);
    expect(control.abort.aborted).toBe(false);
    expect(control.interruption()).toMatchObject({ kind: 'cancelled', message: 'The run was cancelled (SIGINT).', notRun: 'not run: cancelled' });
    vi.advanceTimersByTime(4_999);
    expect(control.abort.aborted).toBe(false);
    vi.advanceTimersByTime(1);
    expect(control.abort.aborted).toBe(true);
    expect(control.abort.reason).toBe(control.interruption());
    control.dispose();
  });

  it('at the deadline, stops with a message naming the timeout input', () => {
    vi.useFakeTimers();
    const control = createRunControl({ timeoutMinutes: 0.5, graceMs: 100 });
    vi.advanceTimersByTime(29_999);
    expect(control.stop.aborted).toBe(false);
    vi.advanceTimersByTime(1);
    const interruption = control.interruption();
    expect(interruption).toBeInstanceOf(Interruption);
    expect(interruption).toMatchObject({
      kind: 'timeout',
      message: "The run reached its timeout of 0.5 minutes (input 'timeout').",
      notRun: 'not run: the run reached its timeout',
      hint: "Raise the input 'timeout' (in minutes, default 30) if the commands need longer, or find what is slow in the log.",
    });
    vi.advanceTimersByTime(100);
    expect(control.abort.aborted).toBe(true);
    control.dispose();
  });

  it('keeps the first reason: a signal after the deadline does not change it', () => {
    vi.useFakeTimers();
    const cancel = new AbortController();
    const control = createRunControl({ timeoutMinutes: 1, cancel: cancel.signal });
    vi.advanceTimersByTime(60_000);
    cancel.abort('SIGTERM');
    expect(control.interruption()?.kind).toBe('timeout');
    control.dispose();
  });

  it('a signal already aborted stops at once; dispose clears the deadline', () => {
    vi.useFakeTimers();
    const cancel = new AbortController();
    cancel.abort('SIGTERM');
    expect(createRunControl({ timeoutMinutes: 30, cancel: cancel.signal }).interruption()?.message).toBe('The run was cancelled (SIGTERM).');
    const control = createRunControl({ timeoutMinutes: 1 });
    control.dispose();
    vi.advanceTimersByTime(120_000);
    expect(control.stop.aborted).toBe(false);
  });
});

describe('untilAborted', () => {
  it('settles like the promise, or rejects with the reason as soon as the signal fires', async () => {
    const controller = new AbortController();
    await expect(untilAborted(Promise.resolve(1), controller.signal)).resolves.toBe(1);
    await expect(untilAborted(Promise.reject(new Error('no')), controller.signal)).rejects.toThrow('no');
    const never = new Promise<number>(() => undefined);
    const waiting = untilAborted(never, controller.signal);
    controller.abort(new Error('stopped'));
    await expect(waiting).rejects.toThrow('stopped');
    await expect(untilAborted(never, controller.signal)).rejects.toThrow('stopped');
    await expect(untilAborted(Promise.resolve(2), undefined)).resolves.toBe(2);
  });
});
