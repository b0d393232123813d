import type { CommandOutcome } from './outputs.js';
import { codeBlock, codeSpan, escapeMarkdown } from './render.js';
import { shorten } from '../text.js';

/** Longest error text shown in the summary; the log always has all of it. */
export const SUMMARY_ERROR_CHARS = 4000;

const STATUS_LABELS: Record<CommandOutcome['status'], string> = {
  succeeded: '✅ succeeded',
  failed: '❌ failed',
  skipped: '⏭ skipped',
};

/**
 * The job summary: a heading, a count line, a table (#, id, command, resource, status, duration, items) and, in a
 * details block, the error of each failed command and the reason of each skipped one.
 *
 * GitHub renders the summary as HTML. Command lines and error texts, which may hold a user's secret, are shown as code
 * (codeSpan / codeBlock in render.ts), so that the runner's masking still matches them and nothing in them takes effect;
 * the other texts (ids, resources, the title) go through `escapeMarkdown`.
 */
export function buildSummary(
  outcomes: readonly CommandOutcome[],
  options: { title?: string; dryRun?: boolean } = {},
): string {
  const title = escapeMarkdown(options.title ?? 'Microsoft 365 commands');
  const parts = [`## ${title}${options.dryRun ? ' (dry run)' : ''}`, ''];
  if (options.dryRun) parts.push('Dry run: the commands were planned, nothing was requested.', '');
  parts.push(countLine(outcomes), '');
  if (outcomes.length > 0) parts.push(table(outcomes), '');
  for (const outcome of outcomes) {
    if (outcome.status !== 'succeeded' && outcome.error !== undefined) parts.push(detailsBlock(outcome), '');
  }
  return parts.join('\n');
}

/** `1.5 s`-style durations: ms below a second, seconds with one decimal below a minute, then `2m 05s`. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)}m ${String(seconds % 60).padStart(2, '0')}s`;
}

function countLine(outcomes: readonly CommandOutcome[]): string {
  const count = (status: CommandOutcome['status']): number => outcomes.filter((o) => o.status === status).length;
  return `${outcomes.length} command${outcomes.length === 1 ? '' : 's'}: ${count('succeeded')} succeeded, ${count('failed')} failed, ${count('skipped')} skipped.`;
}

function table(outcomes: readonly CommandOutcome[]): string {
  const rows = outcomes.map((o) =>
    [
      String(o.index + 1),
      o.hasDeclaredId ? escapeMarkdown(o.id) : '',
      codeSpan(o.display),
      escapeMarkdown(o.resource),
      STATUS_LABELS[o.status],
      o.status === 'skipped' ? '' : formatDuration(o.durationMs),
      o.items === undefined ? '' : String(o.items),
    ].join(' | '),
  );
  return ['| # | id | command | resource | status | duration | items |', '| ---: | --- | --- | --- | --- | ---: | ---: |']
    .concat(rows.map((row) => `| ${row} |`))
    .join('\n');
}

/** The error of a failed command, or the reason a command was skipped, in a collapsed block. */
function detailsBlock(outcome: CommandOutcome): string {
  const name = outcome.hasDeclaredId ? `${outcome.index + 1} (${escapeMarkdown(outcome.id)})` : String(outcome.index + 1);
  const what = outcome.status === 'failed' ? `❌ Command ${name} failed` : `⏭ Command ${name} was skipped`;
  const text = outcome.error ?? '';
  const shown = shorten(text, SUMMARY_ERROR_CHARS, '');
  const cut = shown.length < text.length ? `\n\n… ${text.length - shown.length} more characters in the log.` : '';
  return `<details><summary>${what}</summary>\n\n${codeBlock(shown)}${cut}\n</details>`;
}

