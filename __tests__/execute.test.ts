import { describe, expect, it } from 'vitest';
import { CLOUDS } from '../src/clouds.js';
import type { CommandDefinition, Options } from '../src/commands/types.js';
import { ActionError } from '../src/errors.js';
import { batchCommands, executePlan } from '../src/execute.js';
import type { ApiClient } from '../src/http/types.js';
import { createPlan } from '../src/plan/planner.js';
import type { CommandOutcome } from '../src/report/outputs.js';
import { createFileAccess } from '../src/files.js';
import { Interruption } from '../src/run-control.js';
import { FakeHost } from './helpers/fake-host.js';

/** Records which commands run at the same time; each command waits `--ms` before it answers. */
class Recorder {
  running = 0;
  maxRunning = 0;
  started: string[] = [];

  definition(name: string, readOnly: boolean, fail = false): CommandDefinition {
    return {
      name,
      description: name,
      resource: 'none',
      readOnly,
      permissions: {},
      options: [
        { name: 'name', type: 'string', required: true, description: 'label' },
        { name: 'ms', type: 'number', description: 'how long to take' },
        { name: 'value', type: 'string', description: 'echoed' },
      ],
      run: async (_context, options: Options) => {
        this.started.push(String(options.name));
        this.running++;
        this.maxRunning = Math.max(this.maxRunning, this.running);
        await new Promise((resolve) => setTimeout(resolve, Number(options.ms ?? 5)));
        this.running--;
        if (fail) throw new ActionError(`${String(options.name)} broke`);
        return { name: options.name, value: options.value };
      },
    };
  }
}

function setup(yaml: string, settings: { maxParallel?: number; continueOnError?: boolean } = {}, signals: { stop?: AbortSignal; signal?: AbortSignal } = {}) {
  const recorder = new Recorder();
  const catalogue = [recorder.definition('read', true), recorder.definition('write', false), recorder.definition('fail', true, true)];
  const plan = createPlan({ commands: yaml, source: 'commands', catalogue, cloud: CLOUDS.Public, cwd: process.cwd() });
  const host = new FakeHost();
  const run = (): Promise<CommandOutcome[]> =>
    executePlan(plan, {
      host,
      http: {} as ApiClient,
      cloud: CLOUDS.Public,
      resources: new Map(),
      session: { appId: 'app', tenant: 'contoso.onmicrosoft.com', authType: 'certificate', cloud: 'Public' },
      cwd: process.cwd(),
      continueOnError: settings.continueOnError ?? false,
      maxParallel: settings.maxParallel ?? 4,
      files: createFileAccess({ cwd: process.cwd(), roots: [process.cwd()], forbidden: [] }),
      ...signals,
    });
  return { plan, recorder, host, run };
}

const statuses = (outcomes: CommandOutcome[]): string[] => outcomes.map((o) => `${o.id}:${o.status}`);

describe('batchCommands', () => {
  it('groups consecutive reads; a write, or a reference into the current group, starts a new one', () => {
    const { plan } = setup(
      [
        '- id: a\n  run: read --name a',
        '- id: b\n  run: read --name b',
        '- id: w\n  run: write --name w',
        '- id: c\n  run: read --name c',
        '- id: d\n  run: read --name d --value "{{ c.name }}"',
        '- id: e\n  run: read --name e',
      ].join('\n'),
    );
    expect(batchCommands(plan.commands).map((batch) => batch.map((c) => c.id))).toEqual([['a', 'b'], ['w'], ['c'], ['d', 'e']]);
  });
});

describe('executePlan', () => {
  it('runs independent reads concurrently, never more than max-parallel, and reports in declared order', async () => {
    const yaml = ['- read --name a --ms 30', '- read --name b --ms 5', '- read --name c --ms 5', '- read --name d --ms 5'].join('\n');
    const { recorder, run } = setup(yaml, { maxParallel: 2 });
    const outcomes = await run();
    expect(recorder.maxRunning).toBe(2);
    expect(outcomes.map((o) => (o.result as { name: string }).name)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('a write waits for everything before it and is alone', async () => {
    const { recorder, run } = setup('- read --name a --ms 20\n- write --name w\n- read --name b');
    await run();
    expect(recorder.started).toEqual(['a', 'w', 'b']);
    expect(recorder.maxRunning).toBe(1);
  });

  it('resolves references from earlier results', async () => {
    const { run } = setup('- id: first\n  run: read --name one\n- id: second\n  run: read --name two --value "{{ first.name }}"');
    const outcomes = await run();
    expect(outcomes[1].result).toEqual({ name: 'two', value: 'one' });
  });

  it('stops at the first failure: what had not started is not run; a read that ran beside it says so', async () => {
    const { run, host } = setup(
      '- id: a\n  run: read --name a\n- id: bad\n  run: fail --name bad\n- id: c\n  run: read --name c --ms 20\n- id: w\n  run: write --name w',
    );
    const outcomes = await run();
    expect(statuses(outcomes)).toEqual(['a:succeeded', 'bad:failed', 'c:skipped', 'w:skipped']);
    expect(outcomes[1].error).toBe('bad broke');
    // 'c' was sent beside 'bad': reported as what happened, not as "not run"; its result is not used.
    expect(outcomes[2]).toMatchObject({
      error: 'ran beside command 2 (bad), which failed: its result is not used, as the run stops at the first failure',
      result: undefined,
    });
    expect(outcomes[3].error).toBe('not run: an earlier command failed');
    expect(host.logs.filter((l) => l.level === 'error').map((l) => l.message)).toEqual(["Command 2 (bad) 'fail --name bad' failed: bad broke"]);
    expect(host.logs.filter((l) => l.level === 'untrusted').map((l) => JSON.parse(l.message).name)).toEqual(['a']);
  });

  it('a read beside the first failure that fails too keeps its own error', async () => {
    const { run } = setup('- id: bad\n  run: fail --name bad\n- id: worse\n  run: fail --name worse --ms 10');
    const outcomes = await run();
    expect(outcomes.map((o) => [o.id, o.status, o.error])).toEqual([
      ['bad', 'failed', 'bad broke'],
      ['worse', 'failed', 'worse broke'],
    ]);
  });

  it('after a failure, starts no command of the same batch that was still waiting for a slot', async () => {
    const { run, recorder } = setup('- id: bad\n  run: fail --name bad --ms 1\n- id: b\n  run: read --name b --ms 30\n- id: c\n  run: read --name c', {
      maxParallel: 2,
    });
    const outcomes = await run();
    expect(statuses(outcomes)).toEqual(['bad:failed', 'b:skipped', 'c:skipped']);
    expect(outcomes[2].error).toBe('not run: an earlier command failed');
    expect(recorder.started).toEqual(['bad', 'b']);
  });

  it('logs results in declared order, whatever order concurrent reads finish in', async () => {
    const { run, host } = setup('- read --name slow --ms 40\n- read --name fast --ms 1');
    await run();
    expect(host.logs.filter((l) => l.level === 'untrusted').map((l) => JSON.parse(l.message).name)).toEqual(['slow', 'fast']);
  });

  it('with the continue-on-error input runs everything, skipping only what uses a failed result', async () => {
    const { run, host } = setup('- id: bad\n  run: fail --name bad\n- id: b\n  run: read --name b --value "{{ bad.name }}"\n- id: c\n  run: write --name c', {
      continueOnError: true,
    });
    const outcomes = await run();
    expect(statuses(outcomes)).toEqual(['bad:failed', 'b:skipped', 'c:succeeded']);
    expect(outcomes[1].error).toBe("not run: it uses the result of 'bad', which failed");
    expect(host.logs).toContainEqual({ level: 'info', message: `2. read --name b --value "{{ bad.name }}": not run: it uses the result of 'bad', which failed.` });
  });

  it('an item with continue-on-error warns instead of stopping', async () => {
    const { run, host } = setup('- id: bad\n  run: fail --name bad\n  continue-on-error: true\n- id: w\n  run: write --name w');
    const outcomes = await run();
    expect(statuses(outcomes)).toEqual(['bad:failed', 'w:succeeded']);
    expect(host.logs.filter((l) => l.level === 'warning').map((l) => l.message)).toEqual(["Command 1 (bad) 'fail --name bad' failed: bad broke"]);
  });

  it('echoes each result through logUntrusted, inside a group named after the command', async () => {
    const { run, host } = setup('- read --name "::set-output name=x::y"');
    await run();
    const untrusted = host.logs.filter((l) => l.level === 'untrusted').map((l) => l.message);
    expect(untrusted).toHaveLength(1);
    expect(JSON.parse(untrusted[0])).toEqual({ name: '::set-output name=x::y' });
    expect(host.logs[0]).toEqual({ level: 'group', message: expect.stringMatching(/^1\. read --name "::set-output name=x::y" \(\d+ ms\)$/) });
  });
});

describe('executePlan when the run is stopped', () => {
  const interruption = new Interruption('cancelled', 'The run was cancelled (SIGINT).', 'not run: cancelled');

  it('starts nothing once stop has fired: every command is "not run: cancelled"', async () => {
    const stop = new AbortController();
    stop.abort(interruption);
    const { run, recorder } = setup('- read --name a\n- write --name w', {}, { stop: stop.signal });
    const outcomes = await run();
    expect(outcomes.map((o) => [o.status, o.error])).toEqual([
      ['skipped', 'not run: cancelled'],
      ['skipped', 'not run: cancelled'],
    ]);
    expect(recorder.started).toEqual([]);
  });

  it('lets a command in flight finish and starts none after it', async () => {
    const stop = new AbortController();
    const { run, recorder } = setup(
      '- id: w1\n  run: write --name w1 --ms 30\n- id: w2\n  run: write --name w2\n- id: r\n  run: read --name r',
      {},
      { stop: stop.signal },
    );
    const running = run();
    setTimeout(() => stop.abort(interruption), 10); // while w1 runs
    expect(statuses(await running)).toEqual(['w1:succeeded', 'w2:skipped', 'r:skipped']);
    expect(recorder.started).toEqual(['w1']);
  });

  it('abandons a command still running when the signal fires, saying its effect is unknown', async () => {
    const stop = new AbortController();
    const abort = new AbortController();
    const { run } = setup('- id: slow\n  run: write --name slow --ms 5000', {}, { stop: stop.signal, signal: abort.signal });
    const started = Date.now();
    const pending = run();
    setTimeout(() => {
      stop.abort(interruption);
      abort.abort(interruption);
    }, 20);
    const [slow] = await pending;
    expect(Date.now() - started).toBeLessThan(1000);
    expect(slow).toMatchObject({ status: 'failed', stopped: true });
    expect(slow.error).toBe(
      'stopped while running: The run was cancelled (SIGINT). Its request may or may not have reached the service; check before running it again.',
    );
  });
});
