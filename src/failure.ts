import { formatError, toActionError } from './errors.js';
import type { Host } from './host/host.js';
import { textSummary } from './report/summary.js';

/** Fails the step with the error's message, and says so in the job summary. */
export async function fail(host: Host, error: unknown): Promise<void> {
  const message = formatError(toActionError(error));
  host.setFailed(message);
  // The job summary says why the step failed, too; best effort, as a summary that cannot be written is no reason to fail.
  try {
    await host.appendSummary(textSummary('## Microsoft 365 commands', '❌ The step failed.', message));
  } catch (summaryError) {
    host.debug(`The job summary could not be written: ${toActionError(summaryError).message}`);
  }
}
