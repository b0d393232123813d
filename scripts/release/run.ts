/** Small helpers shared by the release scripts. */
import { execFileSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** True when the module at `moduleUrl` is the script node was started with (not imported by a test). */
export function isMain(moduleUrl: string): boolean {
  const script = process.argv[1];
  return script !== undefined && realpathSync(script) === realpathSync(fileURLToPath(moduleUrl));
}

/** This checkout's root (scripts/release/../..). */
export function repositoryRoot(): string {
  return join(dirname(fileURLToPath(import.meta.url)), '..', '..');
}

/** Runs git in `cwd` and returns its trimmed stdout; throws with git's own message when it fails. */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

/** The value of `--name value` (the last one wins), or undefined. */
export function flag(argv: readonly string[], name: string): string | undefined {
  const at = argv.lastIndexOf(name);
  return at >= 0 ? argv[at + 1] : undefined;
}

/** Every value of a repeatable `--name value`. */
export function flags(argv: readonly string[], name: string): string[] {
  return argv.flatMap((arg, i) => (arg === name && argv[i + 1] !== undefined ? [argv[i + 1] as string] : []));
}
