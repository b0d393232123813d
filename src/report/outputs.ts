import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { ActionError } from '../errors.js';
import type { FileAccess } from '../files.js';
import type { Host, OutputLimits } from '../host/host.js';
import { Output as OutputName } from '../constants.js';

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

interface Output {
  readonly name: string;
  readonly value: string;
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
  const outputs = collectOutputs(host, ordered, document);
  if (options.cancelled) outputs.push({ name: OutputName.Cancelled, value: 'true' });
  const limits = host.outputLimits;
  const skipped = chooseSkipped(outputs, limits, outputSize(limits, { name: OutputName.ResultsFile, value: file }));

  for (const output of outputs) {
    if (!skipped.has(output.name)) host.setOutput(output.name, output.value);
  }
  if (options.outputFile || skipped.size > 0) await writeResultsFile(file, document, [...skipped], options.outputFile ? options.files : undefined);
  if (skipped.size > 0) {
    host.setOutput(OutputName.ResultsFile, file);
    host.warning(skippedWarning(outputs, skipped, limits, file));
  }
  host.publishResults?.(document);
}

/** The content of `output-file`: results by id, failed ids, and one line per command. */
export function buildResultsDocument(outcomes: readonly CommandOutcome[]): ResultsDocument {
  const results: Record<string, unknown> = {};
  for (const o of outcomes) if (o.status === 'succeeded') results[o.id] = o.result ?? null;
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

function collectOutputs(host: Host, outcomes: readonly CommandOutcome[], document: ResultsDocument): Output[] {
  const succeeded = outcomes.filter((o) => o.status === 'succeeded');
  const outputs: Output[] = [{ name: 'results', value: JSON.stringify(document.results) }];
  for (const o of succeeded.filter((s) => s.hasDeclaredId)) {
    if (RESERVED_OUTPUT_NAMES.includes(o.id)) {
      host.warning(`Command ${o.index + 1} has the id '${o.id}', the name of one of the action's outputs: its own output is not set; read it from 'results'.`);
    } else {
      outputs.push({ name: o.id, value: formatOutputValue(o.result) });
    }
  }
  for (const o of outcomes.filter((each) => each.forEach && each.hasDeclaredId && !RESERVED_OUTPUT_NAMES.includes(each.id))) {
    outputs.push(...forEachOutputs(o, succeeded.includes(o)));
  }
  const last = succeeded.at(-1);
  if (last) outputs.push({ name: 'result', value: formatOutputValue(last.result) });
  outputs.push({ name: 'failed', value: JSON.stringify(document.failed) });
  return outputs;
}

/**
 * A `for-each` command's own outputs: `<id>-failed`, the failed elements themselves (a rerun's `for-each` takes exactly
 * those), `<id>-counts`, and `<id>` with the per-element results (null where an element failed) also when some failed.
 */
function forEachOutputs(o: CommandOutcome, succeeded: boolean): Output[] {
  const each = o.forEach;
  if (!each) return [];
  const counts = { total: each.total, succeeded: each.succeeded, failed: each.failed.length, notStarted: each.notStarted };
  return [
    ...(succeeded ? [] : [{ name: o.id, value: formatOutputValue(o.result) }]),
    { name: `${o.id}-failed`, value: JSON.stringify(each.failed.map((f) => f.item)) },
    { name: `${o.id}-counts`, value: JSON.stringify(counts) },
  ];
}

/** What one output costs as the platform counts it: name, value and what the platform stores around them. */
function outputSize(limits: OutputLimits, output: Output): number {
  return byteLength(output.name) + byteLength(output.value) + limits.outputOverheadBytes;
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
  for (const candidate of candidates.filter((o) => byteLength(o.value) > valueLimit)) {
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

async function writeResultsFile(file: string, document: ResultsDocument, skipped: readonly string[], files: FileAccess | undefined): Promise<void> {
  const text = `${JSON.stringify(document, null, 2)}\n`;
  try {
    await mkdir(dirname(file), { recursive: true });
    if (files) await files.writeFile(file, text);
    else await writeFile(file, text, 'utf8');
  } catch (error) {
    const lost = skipped.length > 0 ? ` The outputs ${skipped.join(', ')} were too large to set and are therefore missing.` : '';
    throw new ActionError(`Could not write the results file '${file}': ${error instanceof Error ? error.message : String(error)}.${lost}`, {
      hint: 'Give output-file a path in a writable directory (e.g. under the workspace or the runner temp directory).',
      cause: error,
    });
  }
}

function skippedWarning(outputs: readonly Output[], skipped: ReadonlySet<string>, limits: OutputLimits, file: string): string {
  const limit = limits.maxOutputBytes;
  const valueLimit = limits.maxOutputValueBytes;
  const listed = outputs
    .filter((o) => skipped.has(o.name))
    .map((o) => `${o.name} (${byteLength(o.value)} bytes)`)
    .join(', ');
  const perOutput = valueLimit === undefined ? '' : ` (or the ${valueLimit}-byte limit per output)`;
  return `Outputs over the ${limit}-byte limit for step outputs${perOutput} were not set: ${listed}. Nothing was truncated: all results are in ${file} (output results-file).`;
}

function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}
