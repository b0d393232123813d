/**
 * Cancellation as a runner does it: the GitHub entry (src/index.ts, run through tsx, so no bundle is needed) in a child
 * process with the runner's environment, against the emulated tenant with a slow route, and a signal sent while a
 * command is in flight. GitHub sends SIGINT, then SIGTERM about 7.5 s later, then kills the process: outputs and the
 * summary must be written before that.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { runAction, type ActionRun } from '../scripts/lib/action-runner.js';
import { parseRunnerLog } from './helpers/workflow-commands.js';

const COMMANDS = [
  '- id: site\n  run: spo site get --url https://contoso.sharepoint.com/sites/ops',
  '- id: groups\n  run: entra group list --displayName Finance',
  '- id: after\n  run: spo app list',
].join('\n');
/** GitHub's window between SIGINT and SIGTERM. */
const RUNNER_WINDOW_MS = 7_500;

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(async () => emulator?.stop());
beforeEach(() => emulator.clearRequests());
afterEach(() => emulator.clearFaults());

/** True a moment after the first command's request was answered: the second is in flight by then. */
function whenSecondCommandRuns(): () => boolean {
  let seenAt: number | undefined;
  return () => {
    if (seenAt === undefined && emulator.requests.some((r) => r.path.startsWith('/sites/ops'))) seenAt = Date.now();
    return seenAt !== undefined && Date.now() - seenAt > 400;
  };
}

function runCancelled(signal: NodeJS.Signals, groupsDelayMs: number): Promise<ActionRun> {
  emulator.injectFault({ host: 'graph.microsoft.com', path: /^\/v1\.0\/groups/, delayMs: groupsDelayMs, times: 1 });
  return runAction({
    entry: 'src/index.ts',
    nodeArgs: ['--import', 'tsx'],
    inputs: {
      'app-id': emulator.demo.appId,
      tenant: emulator.demo.tenantDomain,
      'certificate-file': emulator.demo.pemPath,
      commands: COMMANDS,
      'max-parallel': '1',
    },
    env: emulator.env(),
    interrupt: { signal, when: whenSecondCommandRuns() },
  });
}

const errors = (run: ActionRun): string[] => parseRunnerLog(run.stdout).commands.filter((c) => c.name === 'error').map((c) => c.data);

describe('cancellation (SIGINT / SIGTERM to the running action)', () => {
  it('lets the command in flight finish, runs nothing after it, and still writes outputs and the summary', async () => {
    const run = await runCancelled('SIGINT', 2_000);
    expect(run.afterSignalMs).toBeLessThan(RUNNER_WINDOW_MS);
    expect(run.exitCode).not.toBe(0);
    expect(run.outputs.cancelled).toBe('true');
    expect(JSON.parse(run.outputs.failed)).toEqual([]);
    expect(Object.keys(JSON.parse(run.outputs.results))).toEqual(['site', 'groups']);
    expect(JSON.parse(run.outputs.groups)[0].displayName).toBe('Finance');
    expect(run.outputs.after).toBeUndefined();
    expect(run.summary).toContain('| 3 | after | `spo app list` | SharePoint Online | ⏭ skipped |');
    expect(run.summary).toContain('not run: cancelled');
    expect(errors(run)).toEqual([
      'The run was cancelled (SIGINT). 2 of 3 command(s) ran, 0 stopped while running, 1 not run: outputs and the summary show which.',
    ]);
    // Nothing was sent for the command that was not started.
    expect(emulator.requests.filter((r) => r.host !== 'login.microsoftonline.com').map((r) => `${r.host}${r.path}`)).toEqual([
      'contoso.sharepoint.com/sites/ops/_api/site',
      'graph.microsoft.com/v1.0/groups',
    ]);
  });

  it('abandons a command still running after the grace period, says its effect is unknown, within the runner window', async () => {
    const run = await runCancelled('SIGTERM', 20_000);
    expect(run.afterSignalMs).toBeLessThan(RUNNER_WINDOW_MS);
    expect(run.exitCode).not.toBe(0);
    expect(run.outputs.cancelled).toBe('true');
    expect(JSON.parse(run.outputs.failed)).toEqual(['groups']);
    expect(Object.keys(JSON.parse(run.outputs.results))).toEqual(['site']);
    expect(run.summary).toContain('stopped while running: The run was cancelled (SIGTERM). Its request may or may not have reached the service');
    expect(errors(run)).toEqual([
      "Command 2 (groups) 'entra group list --displayName Finance' failed: stopped while running: The run was cancelled (SIGTERM). Its request may or may not have reached the service; check before running it again.",
      'The run was cancelled (SIGTERM). 1 of 3 command(s) ran, 1 stopped while running, 1 not run: outputs and the summary show which.',
    ]);
  });
});
