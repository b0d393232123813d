/**
 * Shortens text to at most `max` characters, cutting at a space and never inside a word. The runner masks a secret
 * by its exact text: a secret cut in two would no longer match its mask, and its first part would show. A single word
 * longer than `max` is left out whole.
 */
export function shorten(text: string, max: number, ellipsis = '…'): string {
  if (text.length <= max) return text;
  const head = text.slice(0, Math.max(0, max - ellipsis.length) + 1);
  const space = Math.max(head.lastIndexOf(' '), head.lastIndexOf('\n'));
  return `${space > 0 ? text.slice(0, space) : ''}${ellipsis}`;
}
