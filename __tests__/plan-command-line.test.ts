import { describe, expect, it } from 'vitest';
import { CommandLineError, splitCommandLine } from '../src/plan/command-line.js';

describe('splitCommandLine', () => {
  it('splits on whitespace of any length', () => {
    expect(splitCommandLine('  spo app   list\t--output  json ')).toEqual(['spo', 'app', 'list', '--output', 'json']);
  });

  it('keeps single-quoted text literally, backslashes and $ included', () => {
    expect(splitCommandLine(`--name 'My App \\n $HOME "x"'`)).toEqual(['--name', 'My App \\n $HOME "x"']);
  });

  it('honours backslash escapes of " \\ $ and backtick inside double quotes only', () => {
    expect(splitCommandLine('--t "a \\"b\\" \\\\ \\$x \\` \\n"')).toEqual(['--t', 'a "b" \\ $x ` \\n']);
  });

  it('escapes the next character with a backslash outside quotes', () => {
    expect(splitCommandLine('--name My\\ App \\"q\\"')).toEqual(['--name', 'My App', '"q"']);
  });

  it('joins adjacent quoted and unquoted parts into one word and keeps empty quotes', () => {
    expect(splitCommandLine(`--a x"y z"'w' --b "" --c ''`)).toEqual(['--a', 'xy zw', '--b', '', '--c', '']);
  });

  it('does no expansion or globbing', () => {
    expect(splitCommandLine('--filePath ./*.sppkg --x $HOME ~')).toEqual(['--filePath', './*.sppkg', '--x', '$HOME', '~']);
  });

  it('accepts a trailing backslash-newline, and the lone backslash YAML folding leaves behind', () => {
    expect(splitCommandLine('spo app add \\\n  --overwrite')).toEqual(['spo', 'app', 'add', '--overwrite']);
    expect(splitCommandLine('spo app add \\ --overwrite \\')).toEqual(['spo', 'app', 'add', '--overwrite']);
  });

  it('reports an unterminated double quote with its column', () => {
    expect(() => splitCommandLine('entra group list --displayName "Finance')).toThrow(
      new CommandLineError('unterminated double quote at column 32', 32),
    );
  });

  it('reports an unterminated single quote with its column', () => {
    expect(() => splitCommandLine("--a 'b")).toThrow(
      expect.objectContaining({ message: 'unterminated single quote at column 5', column: 5 }),
    );
  });
});

describe('splitCommandLine and references', () => {
  it('keeps an unquoted {{ reference }} in one word, blanks included', () => {
    expect(splitCommandLine('spo app deploy --id {{ app.ID }} --x pre{{ a | [0] }}post')).toEqual(['spo', 'app', 'deploy', '--id', '{{ app.ID }}', '--x', 'pre{{ a | [0] }}post']);
  });

  it('treats an unclosed {{ as plain text', () => {
    expect(splitCommandLine('--x {{ a')).toEqual(['--x', '{{', 'a']);
  });
});
