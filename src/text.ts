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

/**
 * Most characters of one value of user or tenant text (an option value, a service's message, a URL from a response)
 * echoed into a log line, an error, an annotation or a summary cell. A 10 MB value must not become a 10 MB log line.
 */
export const ECHO_VALUE_CHARS = 2_000;

/**
 * A value bounded for echoing: at most `max` characters, cut at a space or line break like `shorten` (a masked secret is
 * never cut in two), followed by "… (N more characters)" and, when given, where the whole value is.
 */
export function boundEcho(text: string, max = ECHO_VALUE_CHARS, pointer?: string): string {
  if (text.length <= max) return text;
  const head = shorten(text, max, '');
  const rest = text.length - head.length;
  return `${head}… (${rest} more characters${pointer ? `; ${pointer}` : ''})`;
}
