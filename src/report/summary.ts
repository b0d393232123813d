import type { CommandOutcome } from './outputs.js';
import { codeBlock, codeSpan, escapeMarkdown } from './render.js';
import { boundEcho, shorten } from '../text.js';

/** Longest error text shown in the summary; the log always has all of it. */
export const SUMMARY_ERROR_CHARS = 4000;
/** Longest command line shown in a row of the summary table. */
export const SUMMARY_COMMAND_CHARS = 300;
/**
 * Most bytes of summary this action writes per step. GitHub takes at most 1 MiB of job summary per step and drops
 * (with an error) a larger one; half of it leaves room for the summaries of other steps' tools and for safety.
 */
export const SUMMARY_MAX_BYTES = 512 * 1024;

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
  const title = escapeMarkdown(boundEcho(options.title ?? 'Microsoft 365 commands', 200));
  const parts = [`## ${title}${options.dryRun ? ' (dry run)' : ''}`, ''];
  if (options.dryRun) parts.push('Dry run: the commands were planned, nothing was requested.', '');
  parts.push(countLine(outcomes), '');
  // Everything after the count line is added while it fits; what does not is counted in a closing note.
  const budget = new ByteBudget(SUMMARY_MAX_BYTES - byteLength(parts.join('\n')) - NOTE_RESERVE);
  const rows = outcomes.map(tableRow);
  const shownRows = rows.length > 0 && budget.take(TABLE_HEAD) ? budget.takeWhile(rows) : 0;
  if (shownRows > 0) parts.push([TABLE_HEAD, ...rows.slice(0, shownRows)].join('\n'), '');
  const blocks = [
    ...outcomes.filter((o) => o.forEach !== undefined).map(forEachBlock),
    ...outcomes.filter((o) => o.status !== 'succeeded' && o.error !== undefined).map(detailsBlock),
  ];
  const shownBlocks = shownRows === rows.length ? budget.takeWhile(blocks.map((b) => `${b}\n`)) : 0;
  parts.push(...blocks.slice(0, shownBlocks).flatMap((block) => [block, '']));
  if (shownRows < rows.length || shownBlocks < blocks.length) parts.push(leftOutNote(rows.length - shownRows, blocks.length - shownBlocks), '');
  return parts.join('\n');
}

/** Most failed elements of a `for-each` listed in the summary; all of them are in `<id>-failed` and the output file. */
export const SUMMARY_FAILED_ITEMS = 50;

/** A `for-each` command: its counts, and its failed elements with their errors (shortened, at most 50 rows). */
function forEachBlock(o: CommandOutcome): string {
  const each = o.forEach;
  if (!each) return '';
  const lines = [
    `**${o.index + 1}. ${codeSpan(boundEcho(o.display, SUMMARY_COMMAND_CHARS))}** — for each of ${each.total}: ${each.succeeded} done, ${each.failed.length} failed, ${each.notStarted} not started`,
  ];
  if (each.failed.length > 0) {
    lines.push('', '| # | item | error |', '| --- | --- | --- |');
    for (const failed of each.failed.slice(0, SUMMARY_FAILED_ITEMS)) {
      const item = typeof failed.item === 'string' ? failed.item : JSON.stringify(failed.item) ?? 'null';
      lines.push(`| ${failed.index} | ${codeSpan(boundEcho(item, 200))} | ${codeSpan(boundEcho(failed.error.replace(/\s+/g, ' '), 300))} |`);
    }
    const more = each.failed.length - SUMMARY_FAILED_ITEMS;
    if (more > 0) lines.push('', `… ${more} more failed item(s): see the output '${escapeMarkdown(o.id)}-failed' and the output file.`);
  }
  return lines.join('\n');
}

/**
 * A summary of one heading, an optional sentence and a text shown as a code block (why the step failed, the dry-run
 * plan), the text bounded so that the whole stays within SUMMARY_MAX_BYTES.
 */
export function textSummary(heading: string, sentence: string, text: string): string {
  const head = `${heading}\n\n${sentence ? `${sentence}\n\n` : ''}`;
  // Characters, not bytes, are what `shorten` counts: a quarter of the byte budget holds even if every one takes 4.
  const shown = shorten(text, Math.floor((SUMMARY_MAX_BYTES - byteLength(head) - NOTE_RESERVE) / 4), '');
  const cut = shown.length < text.length ? `\n\n… ${text.length - shown.length} more characters in the step log.` : '';
  return `${head}${codeBlock(shown)}${cut}\n`;
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

const TABLE_HEAD = ['| # | id | command | resource | status | duration | items |', '| ---: | --- | --- | --- | --- | ---: | ---: |'].join('\n');

/** Room kept for the note that says what was left out. */
const NOTE_RESERVE = 1024;

function tableRow(o: CommandOutcome): string {
  const cells = [
    String(o.index + 1),
    o.hasDeclaredId ? escapeMarkdown(boundEcho(o.id, 100)) : '',
    codeSpan(boundEcho(o.display, SUMMARY_COMMAND_CHARS)),
    escapeMarkdown(o.resource),
    STATUS_LABELS[o.status],
    o.status === 'skipped' ? '' : formatDuration(o.durationMs),
    o.items === undefined ? '' : String(o.items),
  ];
  return `| ${cells.join(' | ')} |`;
}

function leftOutNote(rows: number, details: number): string {
  const what = [rows > 0 ? `${rows} more command${rows === 1 ? '' : 's'}` : '', details > 0 ? `${details} more error detail${details === 1 ? '' : 's'}` : '']
    .filter(Boolean)
    .join(' and ');
  return `… The summary stops here to stay within ${SUMMARY_MAX_BYTES / 1024} KiB: ${what} are in the step log and the outputs.`;
}

/** Counts UTF-8 bytes as parts are taken, and refuses a part that would pass the limit. */
class ByteBudget {
  constructor(private left: number) {}

  take(part: string): boolean {
    const size = byteLength(part) + 1;
    if (size > this.left) return false;
    this.left -= size;
    return true;
  }

  /** Takes parts in order while they fit; returns how many. */
  takeWhile(parts: readonly string[]): number {
    let taken = 0;
    while (taken < parts.length && this.take(parts[taken] as string)) taken++;
    return taken;
  }
}

function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** The error of a failed command, or the reason a command was skipped, in a collapsed block. */
function detailsBlock(outcome: CommandOutcome): string {
  const name = outcome.hasDeclaredId ? `${outcome.index + 1} (${escapeMarkdown(boundEcho(outcome.id, 100))})` : String(outcome.index + 1);
  const what = outcome.status === 'failed' ? `❌ Command ${name} failed` : `⏭ Command ${name} was skipped`;
  const text = outcome.error ?? '';
  const shown = shorten(text, SUMMARY_ERROR_CHARS, '');
  const cut = shown.length < text.length ? `\n\n… ${text.length - shown.length} more characters in the log.` : '';
  return `<details><summary>${what}</summary>\n\n${codeBlock(shown)}${cut}\n</details>`;
}

