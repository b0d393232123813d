/**
 * Making text that may hold data from Microsoft 365 inert for the CI log parsers.
 *
 * THREAT MODEL
 * ------------
 * Titles, names, descriptions, file names and error messages come from the tenant. Anyone who can write to a list item,
 * a group's display name or an app's title can make a string that *we* print. If that string is read by the CI agent as
 * a workflow command, a tenant user steers the pipeline: set step outputs and state read by later steps, register masks
 * that hide real log lines, create annotations, or, on Azure DevOps, set variables (`task.setvariable`), prepend PATH
 * (`task.prependpath`), upload files, or complete the task as succeeded (`task.complete`). So no byte of data may ever be
 * read as a command.
 *
 * How the parsers read a log (checked in the sources of actions/runner and microsoft/azure-pipelines-agent):
 * - Both read stdout AND stderr of the step, line by line with .NET's ReadLine: `\n`, `\r\n` and a bare `\r` each end a
 *   line. A `\r` inside a message therefore starts a fresh line that is parsed on its own.
 * - GitHub runner, v2 form `::name props::data`: the line is `TrimStart()`-ed (all Unicode white space, including
 *   U+0085 and U+00A0), then must start with `::`. The command name is cut at a FIXED offset (2) and looked up
 *   case-insensitively among the registered commands.
 * - GitHub runner, v1 form `##[name props]data`: `IndexOf("##[")` ANYWHERE in the line; the name is cut at the fixed
 *   offset prefix + 3.
 * - GitHub runner: `::stop-commands::<token>` suspends both forms until a line `::<token>::`. Only a token nobody can
 *   predict makes that safe, so the token is fresh and random per block and never derived from the data.
 * - Azure Pipelines agent: `IndexOf("##vso[")` ANYWHERE in the line (case-sensitive), name cut at prefix + 6, one
 *   command per line. The `##[section|warning|error|group|endgroup|command|debug]` formatting prefixes are read by the
 *   log viewer. The agent has no general stop-commands equivalent (a pause/resume pair is only a proposal today).
 *
 * What we do: split every message on `\r\n`, `\r` and `\n` so that each piece is written as its own line that we
 * control, then in each line break every `##[` and `##vso[` (any case) by putting a ZERO WIDTH SPACE between the two
 * `#`, and break a `::` that opens the line (after white space or invisible format characters) by putting a ZERO WIDTH
 * SPACE between the colons. Readers see the same text; the parsers do not see a prefix.
 *
 * A trap we checked: the runner compares with culture-sensitive `StartsWith`/`IndexOf`, and ICU collation IGNORES
 * zero-width characters, so `:\u200B:` may still "start with" `::` for the runner. It stays inert because the command
 * name is then cut at the fixed offset: it begins with `:` (or `[` for `#\u200B#[`, `##vso[`), which is never a
 * registered command or area. A literal prefix (the only form that yields a valid name at the fixed offset) is always
 * broken by us. The tests pin both the literal breaking and the shifted name.
 */

/** Invisible in logs and in rendered HTML; changes the bytes the parsers look at. */
export const ZERO_WIDTH_SPACE = '\u200B';

const LINE_BREAK = /\r\n|\r|\n/;
/** `##[` and `##vso[` (any case, the agent's own neutraliser ignores case too). */
const HASH_PREFIX = /##(?=\[|vso\[)/giu;
/** `::` opening a line after .NET white space (JS `\s` lacks U+0085) or invisible format characters (Cf). */
const LEADING_COLONS = /^([\s\u0085\p{Cf}]*):(?=:)/u;
/** Every `::`, for texts that are never parsed line by line (the job summary). */
const ANY_COLONS = /:(?=:)/gu;

/** Splits text the way the agents do: on CRLF, a bare CR and LF. */
export function splitLines(text: string): string[] {
  return text.split(LINE_BREAK);
}

/** Breaks `##[` / `##vso[` anywhere and a `::` that opens the line. `line` must hold no CR or LF. */
export function neutraliseLine(line: string): string {
  return line.replace(HASH_PREFIX, `#${ZERO_WIDTH_SPACE}#`).replace(LEADING_COLONS, `$1:${ZERO_WIDTH_SPACE}`);
}

/** Splits text into lines and neutralises each: what can safely be written as separate log lines. */
export function neutraliseLines(text: string): string[] {
  return splitLines(text).map(neutraliseLine);
}

/**
 * Breaks every command prefix wherever it is, line structure aside: `::` anywhere, `##[`, `##vso[`. For text that ends
 * up in files (the job summary) and may be echoed or copied into a log later.
 */
export function breakCommandPrefixes(text: string): string {
  return text.replace(HASH_PREFIX, `#${ZERO_WIDTH_SPACE}#`).replace(ANY_COLONS, `:${ZERO_WIDTH_SPACE}`);
}

/**
 * The strings to register as secrets for one secret value. The agents mask per log line, so a multi-line secret (a PEM
 * key) registered whole never matches a line: each of its lines is registered as well (PEM armour lines are public
 * and would only garble logs, so they are left out).
 */
export function secretParts(value: string): string[] {
  if (value.trim() === '') return [];
  const parts = new Set<string>([value]);
  const lines = splitLines(value).map((line) => line.trim());
  if (lines.length > 1) {
    for (const line of lines) {
      if (line.length >= 4 && !/^-----(BEGIN|END) /.test(line)) parts.add(line);
    }
  }
  return [...parts];
}
