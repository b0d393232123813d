/**
 * Rendering results as text, CSV and Markdown, roughly like the CLI for Microsoft 365's `--output text|csv|md`.
 * The output is data: callers log it with `host.logUntrusted`; Markdown is escaped here because it may be rendered.
 */
import { breakCommandPrefixes } from '../host/neutralise.js';

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
