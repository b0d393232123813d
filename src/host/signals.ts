/**
 * How runners and agents cancel a job: SIGINT, then SIGTERM about 7.5 s later, then a kill. The first of them aborts
 * the returned signal (its reason is the signal's name) and the run stops starting commands, lets those in flight
 * settle and writes what it has. Each handler is installed once: a second SIGINT (Ctrl-C twice in a terminal) ends the
 * process at once, as the user asks.
 */
export function cancelOnSignals(): AbortSignal {
  const controller = new AbortController();
  for (const name of ['SIGINT', 'SIGTERM'] as const) {
    process.once(name, () => controller.abort(name));
  }
  return controller.signal;
}

/**
 * Ends an action run: a step that did not succeed exits non-zero (the GitHub host has set 1 already; the plain
 * command-line host relies on this), and after a cancellation or the deadline the process ends at once — a request
 * the network could not abort may still hold the event loop, and the runner would then kill the process. The outputs
 * and the summary are written by now.
 */
export function endRun(status: string): void {
  if (status !== 'succeeded' && !process.exitCode) process.exitCode = 1;
  if (status === 'cancelled') process.exit();
}
