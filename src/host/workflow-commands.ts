/**
 * The GitHub runner's workflow-command protocol, written directly: `::name props::data` lines on stdout and the
 * environment files (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY). These are the same few lines `@actions/core` writes; the
 * host speaks them itself so that the action does not load `@actions/core` (and with it `@actions/http-client`,
 * `@actions/exec`, tunnel and undici) on every start: that import alone costs about 100 ms, as much as Node's own
 * start-up. `@actions/core` is still what fetches the OIDC token, loaded only when a federated sign-in on GitHub needs it.
 */
import { appendFileSync, existsSync } from 'node:fs';
import { EOL } from 'node:os';

/** `%`, CR and LF escaped so that the data stays on the command's line (the runner unescapes them). */
export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Property values also escape the `:` and `,` that separate properties. */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** Issues `::name::data` on stdout. */
export function issueCommand(name: string, data = ''): void {
  process.stdout.write(`::${name}::${escapeData(data)}${EOL}`);
}

const DELIMITER_PREFIX = 'ghadelimiter_';

/**
 * What `appendKeyValue` writes around a name and its value: `<<`, the delimiter twice (prefix + a 36-character UUID)
 * and three line ends. The runner counts the whole file against its output limit, so the action counts these too.
 */
export const KEY_VALUE_OVERHEAD_BYTES = 2 + 2 * (DELIMITER_PREFIX.length + 36) + 3 * EOL.length;

/**
 * Appends `name<<DELIMITER … DELIMITER` to an environment file such as GITHUB_OUTPUT. The delimiter is random and
 * made after the value exists; a name or value that contains it is refused, so a value can never end the block early
 * and set another output.
 */
export function appendKeyValue(file: string, name: string, value: string): void {
  const delimiter = `${DELIMITER_PREFIX}${crypto.randomUUID()}`;
  if (name.includes(delimiter) || value.includes(delimiter)) {
    throw new Error(`Output '${name}' contains the delimiter of the output file; it was not written.`);
  }
  appendFile(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`);
}

/** Appends text to a runner file that must exist (the runner creates GITHUB_OUTPUT and GITHUB_STEP_SUMMARY). */
export function appendFile(file: string, text: string): void {
  if (!existsSync(file)) throw new Error(`The runner file ${file} does not exist.`);
  appendFileSync(file, text, 'utf8');
}
