/**
 * The table-driven command tests: each area's file declares its rows (a command line as a user would paste it, and the
 * result or error it must give) and runs them through the in-process harness against the emulator.
 */
import { describe, expect, it } from 'vitest';
import type { Harness, HarnessRun } from './harness.js';

export interface Row {
  /** The command line(s) or items; several run as one plan, the last one's outcome is checked. */
  readonly run: string | readonly (string | Record<string, unknown>)[];
  /** The CLI documentation page of the JSON shape (docs/docs/cmd/<page>.mdx). */
  readonly doc?: string;
  /** Matched as a subset (toMatchObject); undefined expects an empty result, unless `check` is given. */
  readonly result?: unknown;
  readonly check?: (result: unknown, run: HarnessRun) => void;
  /** Part of the planning or run error. */
  readonly error?: string;
}

export type Rows = Readonly<Record<string, readonly Row[]>>;

/** The test name of a row: its line, or its items' lines joined. */
function title(row: Row): string {
  if (typeof row.run === 'string') return row.run;
  return row.run.map((item) => (typeof item === 'string' ? item : String(item.run ?? item.command))).join(' ⏎ ');
}

/** One describe block per command, one test per row, run in order against the harness the file started. */
export function describeRows(rows: Rows, harness: () => Harness): void {
  describe.each(Object.entries(rows))('%s', (_name, commandRows) => {
    it.each(commandRows.map((row) => [title(row), row] as const))('%s', async (_line, row) => {
      const run = await harness().run(row.run);
      if (row.error !== undefined) {
        expect(run.planningError ?? run.error).toContain(row.error);
        return;
      }
      expect(run.planningError).toBeUndefined();
      expect(run.outcomes.map((o) => o.error)).toEqual(run.outcomes.map(() => undefined));
      if (row.check) row.check(run.result, run);
      else if (row.result === undefined) expect(run.result).toBeUndefined();
      else expect(run.result).toMatchObject(row.result as object);
    });
  });
}
