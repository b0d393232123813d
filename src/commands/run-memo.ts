import type { CommandContext } from './types.js';

/** The `once` of a run's command contexts: one promise per key, dropped again if it fails. */
export function createRunMemo(): CommandContext['once'] {
  const values = new Map<string, Promise<unknown>>();
  return <T>(key: string, compute: () => Promise<T>): Promise<T> => {
    const known = values.get(key) as Promise<T> | undefined;
    if (known) return known;
    const value = compute();
    values.set(key, value);
    value.catch(() => values.delete(key));
    return value;
  };
}
