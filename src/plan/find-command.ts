import type { CommandDefinition } from '../commands/types.js';
import { suggest } from './suggest.js';

/** Tokens users paste from their scripts before the command name (`m365 spo app list`). */
const PROGRAM_NAMES = new Set(['m365', 'microsoft365']);
/** Longest command name in words (`spo listitem attachment list`), plus room for the old `aad` names. */
const MAX_NAME_WORDS = 5;

/** Older CLI for Microsoft 365 names used `aad` where current ones use `entra`; accept either spelling. */
export function spellings(name: string): string[] {
  const lower = name.toLowerCase().trim().replace(/\s+/g, ' ');
  if (lower.startsWith('aad ')) return [lower, `entra ${lower.slice(4)}`];
  if (lower.startsWith('entra ')) return [lower, `aad ${lower.slice(6)}`];
  return [lower];
}

function namesOf(definition: CommandDefinition): string[] {
  return [definition.name, ...(definition.aliases ?? [])].map((n) => n.toLowerCase());
}

/** The command called `name` (its name or one of its aliases, case-insensitive, `aad` ≡ `entra`), if any. */
export function findCommand(name: string, catalogue: readonly CommandDefinition[]): CommandDefinition | undefined {
  const wanted = spellings(name);
  return catalogue.find((definition) => namesOf(definition).some((n) => wanted.includes(n)));
}

/** Up to three catalogue names (or aliases) close to `name`, nearest first. */
export function suggestCommands(name: string, catalogue: readonly CommandDefinition[]): string[] {
  return suggest(name.toLowerCase(), catalogue.flatMap(namesOf));
}

/** Drops a leading `m365` / `microsoft365`. */
export function dropProgramName(tokens: readonly string[]): string[] {
  return tokens.length > 0 && PROGRAM_NAMES.has(tokens[0].toLowerCase()) ? tokens.slice(1) : [...tokens];
}

/** The leading words of a command line, up to the first option: the candidate command name. */
export function leadingWords(tokens: readonly string[]): string[] {
  const end = tokens.findIndex((t) => t.startsWith('-'));
  return tokens.slice(0, end < 0 ? tokens.length : end);
}

/**
 * Matches the longest prefix of `tokens` that names a command. Returns the definition and how many tokens the name
 * used, or undefined when no prefix is a command name.
 */
export function matchCommand(
  tokens: readonly string[],
  catalogue: readonly CommandDefinition[],
): { definition: CommandDefinition; words: number } | undefined {
  const words = leadingWords(tokens).slice(0, MAX_NAME_WORDS);
  for (let n = words.length; n > 0; n--) {
    const definition = findCommand(words.slice(0, n).join(' '), catalogue);
    if (definition) return { definition, words: n };
  }
  return undefined;
}
