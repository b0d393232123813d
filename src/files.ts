/**
 * Which files commands may read and write.
 *
 * THREAT MODEL
 * ------------
 * A path reaches a command from the workflow author (`--filePath`, `output-file`) or from tenant data through a
 * `{{ ref }}` (a web title set by any site owner). Without a rule, `spo app add --filePath /proc/self/environ` uploads
 * the process environment (the certificate and its password with it), and `request --filePath` naming the runner's
 * output file writes the step's outputs. So every path is resolved against the working directory, symbolic links are followed (realpath),
 * and the result must lie inside one of the roots the host names (the workspace and the runner's temp directory;
 * `allow-paths` adds more). Whatever the roots, these are refused: anything under /proc, /sys and /dev, anything that
 * is not a regular file (a FIFO would block the run, a device never ends), and the `forbidden` paths — the certificate
 * file, the commands file, the federated token file and the runner's own command files — compared by real path and by
 * inode, so that neither a symbolic nor a hard link gets round them. Reads are bounded by a size.
 *
 * A check and the later open are two steps; the open re-checks what it opened (regular file, same inode, not
 * forbidden) and never follows a link in the last component, so a file swapped in between is refused, not used.
 */
import { constants, realpathSync, statSync, lstatSync, type Stats } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { ActionError } from './errors.js';

/** A piece of a file being written: text, or a function that writes its pieces itself (a spooled result's file). */
export type WriteChunk = string | ((write: (piece: Buffer) => Promise<unknown>) => Promise<void>);

/** A file opened for reading in pieces (an upload too large to hold in memory). */
export interface ReadableFile {
  readonly size: number;
  /** Reads `length` bytes at `position` (fewer at the end of the file). */
  read(position: number, length: number): Promise<Buffer>;
  close(): Promise<void>;
}

export interface FileAccess {
  /** The absolute real path of an existing regular file that may be read; throws ActionError (what, which roots, the fix: allow-paths). */
  assertReadable(path: string): string;
  /**
   * The absolute path where a file may be written (parent must exist, inside the roots after following symlinks).
   * With `missingParents`, directories that do not exist yet are allowed: the nearest existing one must be inside.
   */
  assertWritable(path: string, options?: { missingParents?: boolean }): string;
  /** Reads a readable file, refusing one larger than maxBytes with a clear message. */
  readFile(path: string, maxBytes: number): Promise<Buffer>;
  /** Writes data (or its chunks, one after the other) to a writable path; returns the absolute path. */
  writeFile(path: string, data: Buffer | string | readonly WriteChunk[]): Promise<string>;
  /** Opens a readable file to read it in pieces; the caller closes it. */
  openRead(path: string): Promise<ReadableFile>;
  /** The real paths of the roots, for messages. */
  readonly roots: readonly string[];
}

export interface FileAccessOptions {
  /** Base of relative paths. */
  cwd: string;
  /** Directories inside which files may be read and written. A root that does not exist is ignored. */
  roots: readonly string[];
  /** Files or directories never to be read or written, whatever the roots. */
  forbidden: readonly string[];
}

/** The kernel's views of processes, system and devices: never a file to upload or to write. */
const KERNEL_TREES = process.platform === 'win32' ? [] : ['/proc', '/sys', '/dev'];
/** Paths compare without case where the usual file systems do. */
const FOLD_CASE = process.platform === 'win32' || process.platform === 'darwin';
const ALLOW_PATHS_HINT = "Move the file under one of them, or add its directory to the input 'allow-paths' (newline- or comma-separated).";

interface Forbidden {
  readonly path: string;
  /** dev:ino of an existing file, to catch hard links. */
  readonly inode?: string;
  readonly system: boolean;
}

export function createFileAccess(options: FileAccessOptions): FileAccess {
  const roots = unique(options.roots.map((root) => realOrUndefined(resolve(options.cwd, root))).filter((root) => root !== undefined));
  const forbidden = [
    ...KERNEL_TREES.map((path) => ({ path, system: true })),
    ...options.forbidden.flatMap((path) => forbiddenEntries(resolve(options.cwd, path))),
  ];
  const check = (real: string, given: string): void => assertAllowed(real, given, roots, forbidden);

  const access: FileAccess = {
    roots,
    assertReadable(path) {
      const absolute = resolve(options.cwd, path);
      const real = realPathOf(absolute, path);
      check(real, path);
      assertRegular(statSync(real), path);
      return real;
    },
    assertWritable(path, writeOptions = {}) {
      const absolute = resolve(options.cwd, path);
      const parent = writeOptions.missingParents ? nearestExisting(dirname(absolute)) : dirname(absolute);
      const realParent = realDirectoryOf(parent, path);
      const target = join(realParent, relative(parent, absolute));
      const existing = lstatOrUndefined(target);
      const real = existing?.isSymbolicLink() ? realPathOf(target, path) : target;
      check(real, path);
      if (existing) assertRegular(statSync(real), path);
      return real;
    },
    async readFile(path, maxBytes) {
      const real = access.assertReadable(path);
      const handle = await openChecked(real, path, constants.O_RDONLY, forbidden);
      try {
        return await readBounded(handle, path, maxBytes);
      } finally {
        await handle.close();
      }
    },
    async openRead(path) {
      const real = access.assertReadable(path);
      const handle = await openChecked(real, path, constants.O_RDONLY, forbidden);
      const { size } = await handle.stat();
      return {
        size,
        async read(position, length) {
          const buffer = Buffer.alloc(Math.max(0, Math.min(length, size - position)));
          const { bytesRead } = await handle.read(buffer, 0, buffer.length, position);
          return buffer.subarray(0, bytesRead);
        },
        close: () => handle.close(),
      };
    },
    async writeFile(path, data) {
      const target = access.assertWritable(path);
      // No O_TRUNC: the file is truncated only after the open is checked, so a file swapped in is never emptied.
      const handle = await openChecked(target, path, constants.O_WRONLY | constants.O_CREAT, forbidden);
      try {
        await handle.truncate(0);
        for (const chunk of typeof data === 'string' || Buffer.isBuffer(data) ? [data] : data) {
          if (typeof chunk === 'string') await handle.write(chunk);
          else if (Buffer.isBuffer(chunk)) await handle.write(chunk);
          else await chunk((piece) => handle.write(piece));
        }
      } finally {
        await handle.close();
      }
      return target;
    },
  };
  return access;
}

function assertAllowed(real: string, given: string, roots: readonly string[], forbidden: readonly Forbidden[]): void {
  const inode = inodeOf(real);
  const hit = forbidden.find((entry) => isInside(real, entry.path) || (inode !== undefined && entry.inode === inode));
  if (hit) throw forbiddenError(given, real, hit);
  if (!roots.some((root) => isInside(real, root))) {
    const shown = roots.length ? roots.join(', ') : '(none)';
    throw new ActionError(`The path '${given}'${resolvedNote(given, real)} is outside the directories commands may use: ${shown}.`, {
      hint: ALLOW_PATHS_HINT,
    });
  }
}

function forbiddenError(given: string, real: string, entry: Forbidden): ActionError {
  const what = entry.system
    ? `under ${entry.path}, the system's view of processes and devices`
    : 'a file the action or the runner uses itself (the certificate, the commands or token file, or a runner command file)';
  return new ActionError(`The path '${given}'${resolvedNote(given, real)} is ${what}: no command may read or write it.`, {
    hint: "'allow-paths' does not change this. Give the path of the file the command is meant for.",
  });
}

function resolvedNote(given: string, real: string): string {
  return isAbsolute(given) && given === real ? '' : ` (${real})`;
}

/** A forbidden path by its real path when it exists (a link to it is caught too) and as written (it may appear later). */
function forbiddenEntries(absolute: string): Forbidden[] {
  const real = realOrUndefined(absolute);
  const entries: Forbidden[] = [{ path: absolute, system: false }];
  if (real !== undefined) entries.push({ path: real, inode: inodeOf(real), system: false });
  return entries;
}

function realPathOf(absolute: string, given: string): string {
  try {
    return realpathSync(absolute);
  } catch (error) {
    if (codeOf(error) === 'ENOENT') {
      // The code lets a caller tell a missing file (often fine: nothing to update yet) from a refusal.
      throw new ActionError(`The file '${given}' does not exist (looked for ${absolute}).`, {
        hint: 'Paths are relative to the working directory; check the name and that an earlier step created the file.',
        code: 'ENOENT',
      });
    }
    throw new ActionError(`The path '${given}' cannot be resolved (${codeOf(error) ?? 'unknown error'}).`);
  }
}

function realDirectoryOf(directory: string, given: string): string {
  try {
    const real = realpathSync(directory);
    if (!statSync(real).isDirectory()) throw new ActionError(`Cannot write '${given}': ${directory} is not a directory.`);
    return real;
  } catch (error) {
    if (error instanceof ActionError) throw error;
    throw new ActionError(`Cannot write '${given}': its directory ${directory} does not exist.`, {
      hint: 'Create the directory in an earlier step, or write to an existing one.',
    });
  }
}

/** The deepest ancestor that exists (the root of the file system at worst). */
function nearestExisting(directory: string): string {
  let current = directory;
  while (lstatOrUndefined(current) === undefined && dirname(current) !== current) current = dirname(current);
  return current;
}

function assertRegular(stats: Stats, given: string): void {
  if (stats.isFile()) return;
  throw new ActionError(`The path '${given}' is ${kindOf(stats)}, not a regular file: commands read and write regular files only.`);
}

function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a directory';
  if (stats.isFIFO()) return 'a named pipe';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isSocket()) return 'a socket';
  return 'not a regular file';
}

/**
 * Opens without following a link in the last component and without blocking on a FIFO, then checks what was opened:
 * a regular file that is not forbidden (by inode), so that a file swapped in after the path check is refused.
 */
async function openChecked(path: string, given: string, flags: number, forbidden: readonly Forbidden[]): Promise<FileHandle> {
  let handle: FileHandle;
  try {
    handle = await open(path, flags | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0), 0o666);
  } catch (error) {
    throw new ActionError(`The file '${given}' cannot be opened (${codeOf(error) ?? 'unknown error'}).`, { cause: error });
  }
  const stats = await handle.stat();
  const inode = `${stats.dev}:${stats.ino}`;
  if (!stats.isFile() || forbidden.some((entry) => entry.inode === inode)) {
    await handle.close();
    throw new ActionError(`The file '${given}' changed while it was being opened; it was not used.`);
  }
  return handle;
}

/** Reads at most maxBytes; a file that is larger (or grows while read) is refused rather than cut. */
async function readBounded(handle: FileHandle, given: string, maxBytes: number): Promise<Buffer> {
  const { size } = await handle.stat();
  if (size > maxBytes) throw tooLarge(given, size, maxBytes);
  const buffer = Buffer.alloc(Math.min(size, maxBytes) + 1);
  let length = 0;
  for (;;) {
    const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
    if (bytesRead === 0) break;
    length += bytesRead;
    if (length > maxBytes) throw tooLarge(given, length, maxBytes);
    if (length === buffer.length) break;
  }
  return buffer.subarray(0, length);
}

function tooLarge(given: string, size: number, maxBytes: number): ActionError {
  return new ActionError(`The file '${given}' has ${size} bytes, more than the ${maxBytes} bytes allowed here; it was not read.`);
}

function isInside(path: string, directory: string): boolean {
  const rel = relative(fold(directory), fold(path));
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

function fold(path: string): string {
  return FOLD_CASE ? path.toLowerCase() : path;
}

function realOrUndefined(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}

function lstatOrUndefined(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

function inodeOf(path: string): string | undefined {
  try {
    const stats = statSync(path);
    // Directories are matched by path; inodes only tell files apart (a hard link is always to a file).
    return stats.isFile() ? `${stats.dev}:${stats.ino}` : undefined;
  } catch {
    return undefined;
  }
}

function codeOf(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

function unique(paths: readonly string[]): string[] {
  return [...new Set(paths)];
}

/** Splits `allow-paths`: one directory per line or comma; blank entries ignored. */
export function splitPathList(value: string): string[] {
  return value
    .split(/[\n,]/)
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
}
