import { describe, expect, it } from 'vitest';
import { boundEcho, ECHO_VALUE_CHARS, shorten } from '../src/text.js';

describe('shorten', () => {
  it('keeps short text as it is', () => {
    expect(shorten('spo app list', 60)).toBe('spo app list');
  });

  it('cuts at a space and never shows part of a word (a masked secret cut in two would show)', () => {
    const line = 'request --url @graph/users --x-api-key ghp_R2d7Yx0QwErTyUiOpAsDfGhJkLzXcVbNm1234';
    expect(shorten(line, 60, '...')).toBe('request --url @graph/users --x-api-key...');
    expect(shorten(line, 60, '...')).not.toContain('ghp_');
  });

  it('leaves out a single word longer than the limit whole', () => {
    expect(shorten('x'.repeat(100), 60, '...')).toBe('...');
  });

  it('cuts at a line break too, and stays within the limit', () => {
    const text = `first line\n${'second '.repeat(20)}`;
    const short = shorten(text, 40, '');
    expect(short).toBe('first line\nsecond second second second');
    expect(short.length).toBeLessThanOrEqual(40);
  });
});

describe('boundEcho', () => {
  it('keeps a value within the budget as it is', () => {
    expect(boundEcho('x'.repeat(ECHO_VALUE_CHARS))).toBe('x'.repeat(ECHO_VALUE_CHARS));
  });

  it('cuts a longer value at a space, says how much was left out and where the rest is', () => {
    const value = `${'abc '.repeat(10)}${'z'.repeat(10_000_000)}`;
    expect(boundEcho(value, 50, 'see the output file')).toBe(`${'abc '.repeat(9)}abc… (10000001 more characters; see the output file)`);
    expect(boundEcho('y'.repeat(100), 10)).toBe('… (100 more characters)');
  });
});
