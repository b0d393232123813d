/** A command line that cannot be split; `column` is 1-based in the command text. */
export class CommandLineError extends Error {
  constructor(
    message: string,
    readonly column: number,
  ) {
    super(message);
    this.name = 'CommandLineError';
  }
}

/** Characters a backslash escapes inside double quotes (as in POSIX sh); before any other it stays literal. */
const DOUBLE_QUOTE_ESCAPES = new Set(['"', '\\', '$', '`', '\n']);

/**
 * Splits a command line the way a POSIX shell splits words, without expansion: single quotes are literal, double
 * quotes honour backslash before `"` `\` `$` and backtick, a backslash outside quotes escapes the next character and
 * backslash-newline continues the line. No variables, no globbing: the text is data, never run by a shell.
 *
 * A `{{ id.path }}` reference outside quotes is one piece of a word even with blanks inside the braces, so that
 * `--id {{ app.ID }}` works unquoted as in the documented examples.
 *
 * YAML folding turns `add \⏎  --x` into `add \ --x`; a backslash standing alone between blanks is therefore taken as
 * a line continuation too (in a shell it would make a one-space word, which no command wants).
 */
export function splitCommandLine(text: string): string[] {
  const tokens: string[] = [];
  let word = '';
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') {
      const next = text[i + 1];
      const standsAlone = !inWord && (next === undefined || /\s/.test(next));
      if (standsAlone || next === '\n') {
        i += next === undefined ? 0 : 1;
        continue;
      }
      word += next;
      inWord = true;
      i++;
    } else if (c === "'") {
      const end = text.indexOf("'", i + 1);
      if (end < 0) throw new CommandLineError(`unterminated single quote at column ${i + 1}`, i + 1);
      word += text.slice(i + 1, end);
      inWord = true;
      i = end;
    } else if (c === '"') {
      const [value, end] = readDoubleQuoted(text, i);
      word += value;
      inWord = true;
      i = end;
    } else if (c === '{' && text[i + 1] === '{' && text.indexOf('}}', i + 2) > 0) {
      const end = text.indexOf('}}', i + 2) + 2;
      word += text.slice(i, end);
      inWord = true;
      i = end - 1;
    } else if (/\s/.test(c)) {
      if (inWord) tokens.push(word);
      word = '';
      inWord = false;
    } else {
      word += c;
      inWord = true;
    }
  }
  if (inWord) tokens.push(word);
  return tokens;
}

/** Reads `"..."` starting at the opening quote; returns the value and the index of the closing quote. */
function readDoubleQuoted(text: string, start: number): [string, number] {
  let value = '';
  for (let i = start + 1; i < text.length; i++) {
    const c = text[i];
    if (c === '"') return [value, i];
    if (c === '\\' && DOUBLE_QUOTE_ESCAPES.has(text[i + 1])) {
      if (text[i + 1] !== '\n') value += text[i + 1];
      i++;
    } else {
      value += c;
    }
  }
  throw new CommandLineError(`unterminated double quote at column ${start + 1}`, start + 1);
}
