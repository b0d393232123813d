/** Edit distance (insert, delete, substitute), case-insensitive: enough to catch `--filepath` for `--filePath`. */
export function editDistance(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      current.push(Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost));
    }
    previous = current;
  }
  return previous[y.length];
}

/**
 * Up to `max` candidates close to `input`, nearest first. "Close" grows with the length of the input so that short
 * names do not suggest everything, and stays within one edit of the nearest candidate: with a catalogue of hundreds of
 * names, `spo ap list` should suggest `spo app list`, not every three-edit neighbour as well.
 */
export function suggest(input: string, candidates: Iterable<string>, max = 3): string[] {
  const limit = Math.max(2, Math.floor(input.length / 3));
  const scored = new Map<string, number>();
  for (const candidate of candidates) {
    const distance = editDistance(input, candidate);
    if (distance <= limit && !scored.has(candidate)) scored.set(candidate, distance);
  }
  const best = Math.min(...scored.values());
  return [...scored.entries()]
    .filter(([, distance]) => distance <= best + 1)
    .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))
    .slice(0, max)
    .map(([name]) => name);
}

/** ` Did you mean 'a' or 'b'?` (with a leading space), or '' when nothing is close. */
export function didYouMean(suggestions: readonly string[], quote = (s: string) => `'${s}'`): string {
  if (suggestions.length === 0) return '';
  const quoted = suggestions.map(quote);
  const last = quoted.pop();
  return ` Did you mean ${quoted.length > 0 ? `${quoted.join(', ')} or ${last}` : last}?`;
}
