import { catalogueFor } from './commands/sections/index.js';
import { fail } from './failure.js';
import type { Host } from './host/host.js';
import { formatPlan } from './plan/format.js';
import { createPlan, declaredCommandWords } from './plan/planner.js';
import type { Plan } from './plan/types.js';
import { reportLeastPrivilege } from './permissions/report.js';
import { textSummary } from './report/summary.js';
import { readSettings, type Settings } from './settings.js';

export interface RunOptions {
  /** Fires when the runner cancels the job: the entry files turn SIGINT and SIGTERM into it (reason: the signal's name). */
  readonly cancel?: AbortSignal;
  /** How long commands in flight may settle after a cancellation or the deadline. Default 5 s. */
  readonly graceMs?: number;
  /** Base of relative paths. Default: the process's working directory. */
  readonly cwd?: string;
}

/**
 * How a run ended. The CI hosts have already failed the step when it is not 'succeeded'; the command line turns it
 * into its exit code ('invalid': the inputs or the commands are wrong and nothing was requested).
 */
export type RunStatus = 'succeeded' | 'failed' | 'invalid' | 'cancelled';

/**
 * The action: settings → plan → sign in → run → report. The one place that fails the step; anything thrown, Error or
 * not, ends here as a failed step with a readable message. Outputs and the summary are written whenever commands were
 * to run, also after a failed sign-in, a cancellation or the deadline.
 */
export async function run(host: Host, options: RunOptions = {}): Promise<RunStatus> {
  let settings: Settings;
  let plan: Plan;
  try {
    settings = readSettings(host, options.cwd);
    const files = settings.files;
    const catalogue = await catalogueFor(declaredCommandWords(settings.commands, settings.commandsSource));
    plan = createPlan({
      commands: settings.commands,
      source: settings.commandsSource,
      catalogue,
      cloud: settings.cloud,
      spoUrl: settings.spoUrl,
      cwd: settings.cwd,
      assertReadable: (path) => files.assertReadable(path),
    });
    if (settings.dryRun) {
      await reportDryRun(host, plan);
      return 'succeeded';
    }
  } catch (error) {
    await fail(host, error);
    return 'invalid';
  }
  // Sign-in, HTTP and the command implementations load only for a run that talks to Microsoft 365: a dry run or a
  // refused plan never pays for them.
  const { runLive } = await import('./live.js');
  return runLive(host, settings, plan, options);
}

async function reportDryRun(host: Host, plan: Plan): Promise<void> {
  host.info(`Dry run: ${plan.commands.length} command(s) planned; nothing was requested.`);
  host.logUntrusted(formatPlan(plan));
  await host.appendSummary(textSummary('### m365-action dry run', '', formatPlan(plan)));
  await reportLeastPrivilege(host, plan);
}

