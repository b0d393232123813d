/**
 * Large results are kept on disk, not in memory: once a result has been logged, and no later command refers to it, the
 * run only needs its text for the outputs and the results file. Memory then grows with the largest result, not with
 * the sum of all of them (a run of 200 large reads, a `for-each` over thousands of sites).
 */
import { randomUUID } from 'node:crypto';
import { open, rm } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Results whose text is at least this large are spooled. Smaller ones cost less in memory than a file. */
export const SPOOL_BYTES = 64 * 1024;

export interface SpooledResult {
  /** The file holding the text. */
  readonly path: string;
  /** UTF-8 bytes of the text. */
  readonly bytes: number;
  /** 'json': the result's JSON; 'text': a string result as it is (what its output holds). */
  readonly kind: 'json' | 'text';
}

/** Writes a large result to a file in `dir`; undefined (nothing written) for a small one. */
export async function spoolResult(dir: string, result: unknown): Promise<SpooledResult | undefined> {
  const text = typeof result === 'string' ? result : JSON.stringify(result ?? null);
  if (Buffer.byteLength(text) < SPOOL_BYTES) return undefined;
  return spoolChunks(dir, typeof result === 'string' ? 'text' : 'json', [text]);
}

/**
 * Writes JSON texts of a list's elements (undefined: null) to a file in `dir` as one JSON array, a thousand elements
 * a write, so that the whole is never joined in memory.
 */
export function spoolJsonArray(dir: string, texts: readonly (string | undefined)[], length: number): Promise<SpooledResult> {
  function* chunks(): Generator<string> {
    for (let start = 0; start === 0 || start < length; start += 1000) {
      const part = Array.from({ length: Math.min(1000, length - start) }, (_, i) => texts[start + i] ?? 'null').join(',');
      yield `${start === 0 ? '[' : ','}${part}${start + 1000 >= length ? ']' : ''}`;
    }
  }
  return spoolChunks(dir, 'json', chunks());
}

/** A new spool file in `dir` (readable by this user only) holding the chunks one after the other. */
async function spoolChunks(dir: string, kind: SpooledResult['kind'], chunks: Iterable<string>): Promise<SpooledResult> {
  const path = join(dir, `m365-action-result-${randomUUID()}.${kind === 'json' ? 'json' : 'txt'}`);
  const handle = await open(path, 'wx', 0o600);
  let bytes = 0;
  try {
    for (const chunk of chunks) {
      bytes += Buffer.byteLength(chunk);
      await handle.write(chunk);
    }
  } finally {
    await handle.close();
  }
  return { path, bytes, kind };
}

/** The spooled text. */
export function readSpooled(spooled: SpooledResult): string {
  return readFileSync(spooled.path, 'utf8');
}

/** The spooled value itself (parsed back for JSON). */
export function spooledValue(spooled: SpooledResult): unknown {
  const text = readSpooled(spooled);
  return spooled.kind === 'json' ? (JSON.parse(text) as unknown) : text;
}

/** Copies a spooled file into an open file handle, a megabyte at a time. */
export async function copySpooled(spooled: SpooledResult, write: (chunk: Buffer) => Promise<unknown>): Promise<void> {
  const handle = await open(spooled.path, 'r');
  try {
    const buffer = Buffer.alloc(1024 * 1024);
    for (let position = 0; ; ) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, position);
      if (bytesRead === 0) break;
      await write(buffer.subarray(0, bytesRead));
      position += bytesRead;
    }
  } finally {
    await handle.close();
  }
}

/** Removes the spool files once outputs and the results file are written (best effort). */
export async function dropSpooled(spooled: readonly SpooledResult[]): Promise<void> {
  await Promise.all(spooled.map((s) => rm(s.path, { force: true }).catch(() => undefined)));
}
