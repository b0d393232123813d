/**
 * Rendering results as text, CSV and Markdown, roughly like the CLI for Microsoft 365's `--output text|csv|md`.
 * The output is data: callers log it with `host.logUntrusted`; Markdown is escaped here because it may be rendered.
 */
import { breakCommandPrefixes } from '../host/neutralise.js';
import { shorten } from '../text.js';

/** Columns shown by `renderText` for a list of objects (the CLI shows a command's few default properties). */
export const TEXT_COLUMNS = 5;

type Row = Record<string, unknown>;

/** The formats of `--output` that print something. */
export type OutputFormat = 'json' | 'text' | 'csv' | 'md';

/** A result rendered as `--output <format>` would print it (JSON indented by two spaces, like the CLI). */
export function renderOutput(value: unknown, format: OutputFormat): string {
  switch (format) {
    case 'text':
      return renderText(value);
    case 'csv':
      return renderCsv(value);
    case 'md':
      return renderMarkdown(value);
    default:
      return JSON.stringify(value, null, 2) ?? '';
  }
}

/** Most characters of one result echoed into the log; the whole result is in the step outputs and the output file. */
export const RESULT_LOG_CHARS = 64 * 1024;

export interface LogRenderOptions {
  /** Default RESULT_LOG_CHARS. */
  maxChars?: number;
  /** Where the whole result is, for the last line of a cut result. Default: the step outputs and the output file. */
  where?: string;
}

/**
 * A result rendered as `--output <format>` for the log, at most `maxChars` characters (64 K by default) plus one line
 * saying that it was cut and where the whole result is. Whole lines only (a value, a row), so that a masked secret is
 * never cut in two. JSON, the default format, is rendered line by line and stops at the limit: a 200 MB result costs
 * no 200 MB string. Other formats render growing prefixes of a list until the limit is reached.
 */
export function renderForLog(value: unknown, format: OutputFormat, options: LogRenderOptions = {}): string {
  const max = options.maxChars ?? RESULT_LOG_CHARS;
  const lines = format === 'json' ? jsonLines(value, 0, '', '', max) : linesOf(renderPrefix(value, format, max));
  const kept: string[] = [];
  let length = 0;
  let cut = false;
  for (const line of lines) {
    const next = length + (kept.length > 0 ? 1 : 0) + line.length;
    if (next > max) {
      // A first line longer than everything allowed is shortened at a space rather than left out.
      if (kept.length === 0) kept.push(shorten(line, max, ''));
      cut = true;
      break;
    }
    kept.push(line);
    length = next;
  }
  if (!cut) return kept.join('\n');
  const where = options.where ?? 'the step outputs and the output file';
  const size = max >= 1024 ? `${Math.round(max / 1024)} KB` : `${max} characters`;
  return `${kept.join('\n')}\n… the log shows the first ${size} of this result; the whole result is in ${where}.`;
}

function* linesOf(text: string): Generator<string> {
  let start = 0;
  for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
    yield text.slice(start, end);
    start = end + 1;
  }
  yield text.slice(start);
}

/**
 * The rendering of a list cut to its first items, as many as needed to pass `max` characters (doubling the count),
 * so that a long list is never rendered whole; anything else is rendered as it is.
 */
function renderPrefix(value: unknown, format: OutputFormat, max: number): string {
  if (!Array.isArray(value)) return renderOutput(value, format);
  for (let count = 64; ; count *= 2) {
    const text = renderOutput(value.slice(0, count), format);
    if (count >= value.length || text.length > max) return text;
  }
}

/**
 * The lines of `JSON.stringify(value, null, 2)`, one at a time, as a generator: the caller stops when it has enough. A
 * string longer than `max` is given only its head (the line is cut by the caller anyway).
 */
function* jsonLines(value: unknown, depth: number, key: string, comma: string, max: number): Generator<string> {
  const pad = '  '.repeat(depth);
  if (Array.isArray(value)) {
    if (value.length === 0) return yield `${pad}${key}[]${comma}`;
    yield `${pad}${key}[`;
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      const json = item === undefined || typeof item === 'function' || typeof item === 'symbol' ? null : item;
      yield* jsonLines(json, depth + 1, '', i < value.length - 1 ? ',' : '', max);
    }
    return yield `${pad}]${comma}`;
  }
  if (isRow(value) && typeof value.toJSON !== 'function') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== 'function' && typeof v !== 'symbol');
    if (entries.length === 0) return yield `${pad}${key}{}${comma}`;
    yield `${pad}${key}{`;
    for (const [index, [name, item]] of entries.entries()) {
      yield* jsonLines(item, depth + 1, `${JSON.stringify(name)}: `, index < entries.length - 1 ? ',' : '', max);
    }
    return yield `${pad}}${comma}`;
  }
  const scalar = typeof value === 'string' && value.length > max ? JSON.stringify(value.slice(0, max)) : JSON.stringify(value);
  if (scalar !== undefined) yield `${pad}${key}${scalar}${comma}`;
}

/**
 * Text for logs: a scalar as is, a list of scalars one per line, a list of objects as a table of the first
 * `TEXT_COLUMNS` properties of the first object, an object as `key: value` lines. Nested values are JSON.
 */
export function renderText(value: unknown): string {
  if (Array.isArray(value)) {
    if (value.length > 0 && value.every(isRow)) return textTable(value);
    return value.map((item) => oneLine(cell(item))).join('\n');
  }
  if (isRow(value)) {
    return Object.entries(value)
      .map(([key, item]) => `${key}: ${oneLine(cell(item))}`)
      .join('\n');
  }
  return cell(value);
}

/**
 * CSV (RFC 4180, `\n` line ends): a header of every property (in order of first appearance), then one row per
 * object. A single object is one row; scalars are one `value` column. Nested values are JSON.
 */
export function renderCsv(value: unknown): string {
  const rows = toRows(value);
  const columns = columnsOf(rows);
  const lines = [columns.map(csvField), ...rows.map((row) => columns.map((column) => csvField(cell(row[column]))))];
  return lines.map((fields) => fields.join(',')).join('\n');
}

/**
 * A Markdown table: one row per object (a single object as a Property | Value table), every cell escaped so that no
 * HTML, link or table syntax in the data takes effect.
 */
export function renderMarkdown(value: unknown): string {
  if (isRow(value)) {
    const lines = Object.entries(value).map(([key, item]) => `| ${escapeMarkdown(key)} | ${escapeMarkdown(cell(item))} |`);
    return ['| Property | Value |', '| --- | --- |', ...lines].join('\n');
  }
  const rows = toRows(value);
  const columns = columnsOf(rows);
  const header = `| ${columns.map(escapeMarkdown).join(' | ')} |`;
  const rule = `| ${columns.map(() => '---').join(' | ')} |`;
  const body = rows.map((row) => `| ${columns.map((column) => escapeMarkdown(cell(row[column]))).join(' | ')} |`);
  return [header, rule, ...body].join('\n');
}

/**
 * Escapes untrusted text for Markdown and HTML, inline or in a table cell: `&`, `<`, `>`, quotes, and every character
 * Markdown gives a meaning (`|`, backtick, `*`, `_`, `[`, `]`, `(`, `)`, `#`, `!`, `~`, `\`, `$`) become character
 * references; line breaks become `<br>`; workflow-command prefixes are broken as well.
 */
export function escapeMarkdown(text: string): string {
  const escaped = breakCommandPrefixes(text).replace(/[&<>"'|`*_[\]()#!~\\$]/g, (char) => `&#${char.charCodeAt(0)};`);
  return escaped.replace(/\r\n|\r|\n/g, '<br>');
}

/*
 * Text that may hold a user's secret (a command line with `${{ secrets.X }}` in it, an error quoting a value) is shown
 * in code, not escaped: the runner masks the summary file line by line with the secrets' exact text, and a secret whose
 * `_`, `$` or `(` had become `&#95;`, `&#36;` or `&#40;` would no longer match yet still render in clear. Code renders
 * its content literally, so no HTML or Markdown in it takes effect either.
 */

/** Inline code for a Markdown table cell: one line, `|` escaped as GFM tables require, a fence longer than any run of backticks inside. */
export function codeSpan(text: string): string {
  const line = text.replace(/\r\n|\r|\n/g, ' ').replace(/\|/g, '\\|');
  const fence = '`'.repeat(longestRun(line, '`') + 1);
  const pad = line.startsWith('`') || line.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${line}${pad}${fence}`;
}

/** A fenced code block, its fence longer than any run of backticks in the text. */
export function codeBlock(text: string, info = 'text'): string {
  const fence = '`'.repeat(Math.max(3, longestRun(text, '`') + 1));
  return `${fence}${info}\n${text.replace(/\r\n?/g, '\n')}\n${fence}`;
}

function longestRun(text: string, char: string): number {
  let longest = 0;
  let run = 0;
  for (const c of text) {
    run = c === char ? run + 1 : 0;
    longest = Math.max(longest, run);
  }
  return longest;
}


function textTable(rows: readonly Row[]): string {
  const columns = Object.keys(rows[0] ?? {})
    .filter((key) => !key.startsWith('@odata.'))
    .slice(0, TEXT_COLUMNS);
  const cells = rows.map((row) => columns.map((column) => oneLine(cell(row[column]))));
  const widths = columns.map((column, index) => Math.max(column.length, ...cells.map((line) => line[index]?.length ?? 0)));
  const format = (fields: readonly string[]): string =>
    fields.map((field, index) => field.padEnd(widths[index] ?? 0)).join('  ').trimEnd();
  return [format(columns), format(widths.map((width) => '-'.repeat(width))), ...cells.map(format)].join('\n');
}

function toRows(value: unknown): Row[] {
  const items = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return items.map((item) => (isRow(item) ? item : { value: item }));
}

function columnsOf(rows: readonly Row[]): string[] {
  const columns = new Set<string>();
  for (const row of rows) Object.keys(row).forEach((key) => columns.add(key));
  return [...columns];
}

function isRow(value: unknown): value is Row {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A value as one cell: strings as they are, nothing as '', other scalars with String, the rest as JSON. */
function cell(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** Keeps a table row on one line. */
function oneLine(text: string): string {
  return text.replace(/\r\n|\r|\n/g, ' ');
}

function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
