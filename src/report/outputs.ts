import { randomUUID } from 'node:crypto';
import { mkdir, open } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { ActionError } from '../errors.js';
import type { FileAccess, WriteChunk } from '../files.js';
import type { Host, OutputLimits } from '../host/host.js';
import { Output as OutputName } from '../constants.js';
import { copySpooled, dropSpooled, readSpooled, spooledValue, type SpooledResult } from './spool.js';

/** What happened to one declared command; the input of outputs and summary. */
export interface CommandOutcome {
  /** 0-based position in the declared list. */
  index: number;
  /** The declared id, or the index as a string. */
  id: string;
  /** True when `id` was declared (only those get an output of their own). */
  hasDeclaredId: boolean;
  /** The command line as declared, for the summary (secrets are masked by the platform). */
  display: string;
  /** The resource's label (`Microsoft Graph`, `SharePoint Online`…). */
  resource: string;
  status: 'succeeded' | 'failed' | 'skipped';
  durationMs: number;
  /** The result after `query`, shaped like the CLI's `--output json`. */
  result?: unknown;
  error?: string;
  /** Array length when the result is an array. */
  items?: number;
  /** True for a command abandoned while running at a cancellation or the deadline (its effect is unknown). */
  stopped?: boolean;
  /** A large result kept on disk once logged (no later command refers to it): `result` is then undefined. */
  spooled?: SpooledResult;
  /** For a `for-each` command: what happened to its elements. */
  forEach?: {
    total: number;
    succeeded: number;
    /** The failed elements, in element order, with their errors. */
    failed: readonly { index: number; item: unknown; error: string }[];
    notStarted: number;
  };
}

/** The action's own outputs. A declared id with one of these names is rejected at planning (see the report). */
export const RESERVED_OUTPUT_NAMES: readonly string[] = Object.values(OutputName);

/** What `output-file` (or the overflow file) holds. */
export interface ResultsDocument {
  results: Record<string, unknown>;
  failed: string[];
  commands: {
    id: string;
    command: string;
    status: CommandOutcome['status'];
    durationMs: number;
    error?: string;
    /** A `for-each` command's elements: counts, and every failed one with its error. */
    forEach?: CommandOutcome['forEach'];
  }[];
}

/**
 * A step output. Its text is made only when it is set: the size decides first, so that a result far over the
 * platform's limit is never joined into one more string (a large `for-each` holds hundreds of megabytes otherwise).
 */
interface Output {
  readonly name: string;
  /** UTF-8 bytes of the value. */
  readonly bytes: number;
  text(): string;
}

function output(name: string, value: string): Output {
  return { name, bytes: byteLength(value), text: () => value };
}

/** Each result serialized once (JSON), shared by `results`, `<id>`, `result` and the results file. */
class ResultTexts {
  private readonly texts = new Map<CommandOutcome, string>();

  json(o: CommandOutcome): string {
    if (o.spooled) return o.spooled.kind === 'json' ? readSpooled(o.spooled) : JSON.stringify(readSpooled(o.spooled));
    let text = this.texts.get(o);
    if (text === undefined) {
      text = JSON.stringify(o.result ?? null);
      this.texts.set(o, text);
    }
    return text;
  }

  /** Bytes of `json(o)`, without reading a spooled result back. */
  jsonBytes(o: CommandOutcome): number {
    return o.spooled?.kind === 'json' ? o.spooled.bytes : byteLength(this.json(o));
  }

  /** The output value of a result: a string as is, a number or boolean with String, nothing as '', the rest as JSON. */
  value(o: CommandOutcome): string {
    if (o.spooled) return readSpooled(o.spooled);
    return typeof o.result === 'object' && o.result !== null ? this.json(o) : formatOutputValue(o.result);
  }

  /** An output holding the result: sized without reading a spooled result back, read only if it is set. */
  output(name: string, o: CommandOutcome): Output {
    if (o.spooled) return { name, bytes: o.spooled.bytes, text: () => this.value(o) };
    return output(name, this.value(o));
  }

  /** The result as a piece of the results file: a spooled one is copied from its file. */
  chunk(o: CommandOutcome): WriteChunk {
    const spooled = o.spooled;
    if (spooled?.kind === 'json') return (write) => copySpooled(spooled, write);
    return this.json(o);
  }
}

/**
 * Sets the step outputs: `results` (every succeeded command's result by id), `<id>` for each declared id, `result`
 * (the last succeeded command's result), `failed` (JSON array of failed ids) and, after a cancellation or the
 * deadline, `cancelled` ("true").
 *
 * Outputs over the host's limits are never truncated: the largest are left unset until the rest fit, every result is
 * written to a JSON file (`outputFile`, else a new file in the host's temp directory), its path is set as
 * `results-file`, and a warning names what was skipped and where it is. With `outputFile`, the file is always written
 * (through `files`, which keeps it inside the allowed roots). The host then gets the whole document (the command line
 * prints it).
 */
export async function publishOutputs(
  host: Host,
  outcomes: readonly CommandOutcome[],
  options: { outputFile?: string; files?: FileAccess; cancelled?: boolean } = {},
): Promise<void> {
  const ordered = [...outcomes].sort((a, b) => a.index - b.index);
  const document = buildResultsDocument(ordered);
  const file = options.outputFile ? resolve(options.outputFile) : join(host.tempDirectory, `m365-action-results-${randomUUID()}.json`);
  const texts = new ResultTexts();
  const outputs = collectOutputs(host, ordered, document, texts);
  if (options.cancelled) outputs.push(output(OutputName.Cancelled, 'true'));
  const limits = host.outputLimits;
  const skipped = chooseSkipped(outputs, limits, outputSize(limits, output(OutputName.ResultsFile, file)));

  for (const each of outputs) {
    if (!skipped.has(each.name)) host.setOutput(each.name, each.text());
  }
  if (options.outputFile || skipped.size > 0) {
    await writeResultsFile(file, resultsFileChunks(ordered, document, texts), [...skipped], options.outputFile ? options.files : undefined);
  }
  if (skipped.size > 0) {
    host.setOutput(OutputName.ResultsFile, file);
    host.warning(skippedWarning(outputs, skipped, limits, file));
  }
  host.publishResults?.(document);
  await dropSpooled(ordered.flatMap((o) => (o.spooled ? [o.spooled] : [])));
}

/** The content of `output-file`: results by id, failed ids, and one line per command. */
export function buildResultsDocument(outcomes: readonly CommandOutcome[]): ResultsDocument {
  const results: Record<string, unknown> = {};
  for (const o of outcomes) {
    if (o.status !== 'succeeded') continue;
    const spooled = o.spooled;
    // A spooled result is read back only by whoever reads it (the command line prints the document), never here.
    if (spooled) Object.defineProperty(results, o.id, { enumerable: true, configurable: true, get: () => spooledValue(spooled) });
    else results[o.id] = o.result ?? null;
  }
  return {
    results,
    failed: outcomes.filter((o) => o.status === 'failed').map((o) => o.id),
    commands: outcomes.map((o) => ({
      id: o.id,
      command: o.display,
      status: o.status,
      durationMs: o.durationMs,
      ...(o.error === undefined ? {} : { error: o.error }),
      ...(o.forEach === undefined ? {} : { forEach: o.forEach }),
    })),
  };
}

/** A result as an output value: a string as is, a number or boolean with String, nothing as '', the rest as JSON. */
export function formatOutputValue(value: unknown): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

function collectOutputs(host: Host, outcomes: readonly CommandOutcome[], document: ResultsDocument, texts: ResultTexts): Output[] {
  const succeeded = outcomes.filter((o) => o.status === 'succeeded');
  const outputs: Output[] = [resultsOutput(succeeded, texts)];
  for (const o of succeeded.filter((s) => s.hasDeclaredId)) {
    if (RESERVED_OUTPUT_NAMES.includes(o.id)) {
      host.warning(`Command ${o.index + 1} has the id '${o.id}', the name of one of the action's outputs: its own output is not set; read it from 'results'.`);
    } else {
      outputs.push(texts.output(o.id, o));
    }
  }
  for (const o of outcomes.filter((each) => each.forEach && each.hasDeclaredId && !RESERVED_OUTPUT_NAMES.includes(each.id))) {
    outputs.push(...forEachOutputs(o, succeeded.includes(o), texts));
  }
  const last = succeeded.at(-1);
  if (last) outputs.push(texts.output('result', last));
  outputs.push(output('failed', JSON.stringify(document.failed)));
  return outputs;
}

/**
 * The succeeded outcomes in the order JSON.stringify gives an object's keys: integer-like ids ascending first (`"0"`,
 * `"1"` of items without an id), then the others in declared order — as `results` always had them.
 */
function inKeyOrder(succeeded: readonly CommandOutcome[]): CommandOutcome[] {
  const index = (id: string): number | undefined => (/^(0|[1-9]\d{0,8})$/.test(id) ? Number(id) : undefined);
  const numeric = succeeded.filter((o) => index(o.id) !== undefined).sort((a, b) => (index(a.id) ?? 0) - (index(b.id) ?? 0));
  return [...numeric, ...succeeded.filter((o) => index(o.id) === undefined)];
}

/** `results`: `{"<id>":<result>,…}`, sized from the results' own texts and joined only when it is set. */
function resultsOutput(succeeded: readonly CommandOutcome[], texts: ResultTexts): Output {
  const entries = inKeyOrder(succeeded).map((o) => [JSON.stringify(o.id), o] as const);
  const bytes = 2 + entries.reduce((sum, [key, o], i) => sum + byteLength(key) + 1 + texts.jsonBytes(o) + (i > 0 ? 1 : 0), 0);
  return { name: 'results', bytes, text: () => `{${entries.map(([key, o]) => `${key}:${texts.json(o)}`).join(',')}}` };
}

/**
 * The results file as chunks written one after the other: each result's text is the one the outputs use, never joined
 * into a second copy of the whole document.
 */
function resultsFileChunks(outcomes: readonly CommandOutcome[], document: ResultsDocument, texts: ResultTexts): WriteChunk[] {
  const succeeded = inKeyOrder(outcomes.filter((o) => o.status === 'succeeded'));
  const chunks: WriteChunk[] = ['{\n  "results": {'];
  succeeded.forEach((o, i) => chunks.push(`${i > 0 ? ',' : ''}\n    ${JSON.stringify(o.id)}: `, texts.chunk(o)));
  const rest = JSON.stringify({ failed: document.failed, commands: document.commands }, null, 2).slice(1);
  chunks.push(`${succeeded.length > 0 ? '\n  ' : ''}},${rest}\n`);
  return chunks;
}

/**
 * A `for-each` command's own outputs: `<id>-failed`, the failed elements themselves (a rerun's `for-each` takes exactly
 * those), `<id>-counts`, and `<id>` with the per-element results (null where an element failed) also when some failed.
 */
function forEachOutputs(o: CommandOutcome, succeeded: boolean, texts: ResultTexts): Output[] {
  const each = o.forEach;
  if (!each) return [];
  const counts = { total: each.total, succeeded: each.succeeded, failed: each.failed.length, notStarted: each.notStarted };
  return [
    ...(succeeded ? [] : [texts.output(o.id, o)]),
    output(`${o.id}-failed`, JSON.stringify(each.failed.map((f) => f.item))),
    output(`${o.id}-counts`, JSON.stringify(counts)),
  ];
}

/** What one output costs as the platform counts it: name, value and what the platform stores around them. */
function outputSize(limits: OutputLimits, each: Output): number {
  return byteLength(each.name) + each.bytes + limits.outputOverheadBytes;
}

/**
 * Which outputs to leave unset so that the rest (plus `results-file`) fit: the largest first; `failed` and
 * `cancelled` never (they are short and say whether the run is to be trusted).
 */
function chooseSkipped(outputs: readonly Output[], limits: OutputLimits, fileOutputBytes: number): Set<string> {
  const skipped = new Set<string>();
  const valueLimit = limits.maxOutputValueBytes ?? Infinity;
  const size = (o: Output): number => outputSize(limits, o);
  let total = outputs.reduce((sum, o) => sum + size(o), 0);
  const kept: string[] = [OutputName.Failed, OutputName.Cancelled];
  const candidates = outputs.filter((o) => !kept.includes(o.name)).sort((a, b) => size(b) - size(a));
  for (const candidate of candidates.filter((o) => o.bytes > valueLimit)) {
    skipped.add(candidate.name);
    total -= size(candidate);
  }
  for (const candidate of candidates.filter((o) => !skipped.has(o.name))) {
    if (total + (skipped.size > 0 ? fileOutputBytes : 0) <= limits.maxOutputBytes) break;
    skipped.add(candidate.name);
    total -= size(candidate);
  }
  return skipped;
}

async function writeResultsFile(file: string, text: readonly WriteChunk[], skipped: readonly string[], files: FileAccess | undefined): Promise<void> {
  try {
    await mkdir(dirname(file), { recursive: true });
    if (files) await files.writeFile(file, text);
    else await writeChunks(file, text);
  } catch (error) {
    const lost = skipped.length > 0 ? ` The outputs ${skipped.join(', ')} were too large to set and are therefore missing.` : '';
    throw new ActionError(`Could not write the results file '${file}': ${error instanceof Error ? error.message : String(error)}.${lost}`, {
      hint: 'Give output-file a path in a writable directory (e.g. under the workspace or the runner temp directory).',
      cause: error,
    });
  }
}

/** The overflow file in the host's temp directory (a new file: no containment question arises). */
async function writeChunks(file: string, chunks: readonly WriteChunk[]): Promise<void> {
  const handle = await open(file, 'w', 0o600);
  try {
    for (const chunk of chunks) {
      if (typeof chunk === 'string') await handle.write(chunk);
      else await chunk((piece) => handle.write(piece));
    }
  } finally {
    await handle.close();
  }
}

function skippedWarning(outputs: readonly Output[], skipped: ReadonlySet<string>, limits: OutputLimits, file: string): string {
  const limit = limits.maxOutputBytes;
  const valueLimit = limits.maxOutputValueBytes;
  const listed = outputs
    .filter((o) => skipped.has(o.name))
    .map((o) => `${o.name} (${o.bytes} bytes)`)
    .join(', ');
  const perOutput = valueLimit === undefined ? '' : ` (or the ${valueLimit}-byte limit per output)`;
  return `Outputs over the ${limit}-byte limit for step outputs${perOutput} were not set: ${listed}. Nothing was truncated: all results are in ${file} (output results-file).`;
}

function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}
