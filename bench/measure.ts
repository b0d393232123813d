/** Measuring helpers shared by both sides: a node child process with the peak-RSS preload, statistics, sizes. */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const RSS_PRELOAD = fileURLToPath(new URL('./rss.mjs', import.meta.url));

export interface NodeRun {
  exitCode: number;
  stdout: string;
  stderr: string;
  durationMs: number;
  /** Peak resident set size of the process, KiB (0 when the preload did not report). */
  maxRssKiB: number;
}

export interface SpawnOptions {
  env: Record<string, string>;
  cwd: string;
  /** The node binary (default: the one running the benchmark). */
  node?: string;
  /** False: no peak-RSS preload, for timing start-up itself (maxRssKiB is then 0). */
  measureRss?: boolean;
}

/**
 * Runs `node --import rss.mjs <args>` (without the preload when `measureRss` is false) and waits for it. Asynchronous on purpose: the emulator lives in this process,
 * so a synchronous spawn would block the very server the child talks to.
 */
export async function runNode(args: readonly string[], options: SpawnOptions): Promise<NodeRun> {
  const rss = options.measureRss === false ? undefined : rssFile();
  const preload = rss ? ['--import', pathToFileURL(RSS_PRELOAD).href] : [];
  const started = performance.now();
  const child = spawn(options.node ?? process.execPath, [...preload, ...args], {
    cwd: options.cwd,
    env: rss ? { ...options.env, BENCH_RSS_FILE: rss.path } : options.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exitCode = await new Promise<number>((done) => child.on('close', (code) => done(code ?? 1)));
  const durationMs = performance.now() - started;
  return { exitCode, stdout, stderr, durationMs, maxRssKiB: rss?.read() ?? 0 };
}

/** A fresh file for the preload to write to; `read()` gives the largest value written and removes the folder. */
export function rssFile(): { path: string; read(): number } {
  const dir = mkdtempSync(join(tmpdir(), 'm365-bench-rss-'));
  const path = join(dir, 'rss');
  return {
    path,
    read() {
      let peak = 0;
      try {
        for (const line of readFileSync(path, 'utf8').split('\n')) peak = Math.max(peak, Number(line) || 0);
      } catch {
        // No file: the process died before its exit handler ran.
      }
      rmSync(dir, { recursive: true, force: true });
      return peak;
    },
  };
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function min(values: readonly number[]): number {
  return values.length === 0 ? Number.NaN : Math.min(...values);
}

/** Total bytes and number of files under a folder (symbolic links not followed). */
export function folderSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      const inner = folderSize(path);
      bytes += inner.bytes;
      files += inner.files;
    } else if (entry.isFile()) {
      bytes += statSync(path).size;
      files += 1;
    }
  }
  return { bytes, files };
}

/** Median wall time of `runs` runs of `node <args>` (cold start). */
export async function medianStart(args: readonly string[], options: SpawnOptions, runs: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push((await runNode(args, options)).durationMs);
  return median(times);
}
