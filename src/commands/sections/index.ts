import { spellings } from '../../plan/find-command.js';
import type { CommandDefinition } from '../types.js';

/**
 * The catalogue in sections that load on demand. A command line names its command in its first words, and every name
 * and alias of a section's commands starts with one of the section's prefixes, so the sections whose prefixes begin
 * the lines of a run hold every command those lines can mean: a dry run of three SPFx commands compiles the SPFx
 * section, not the other 150 commands. The bundler makes each `import()` below a file of its own.
 */
export interface Section {
  readonly name: string;
  /** Leading words (lower case, `entra` for `aad`) that every name and alias of the section's commands starts with. */
  readonly prefixes: readonly string[];
  readonly load: () => Promise<readonly CommandDefinition[]>;
}

export const SECTIONS: readonly Section[] = [
  {
    name: 'spo-apps',
    prefixes: ['spo app', 'spo tenant appcatalogurl', 'spo site appcatalog'],
    load: async () => (await import('./spo-apps.js')).commands,
  },
  {
    name: 'spo-sites',
    prefixes: ['spo site get', 'spo site list', 'spo site add', 'spo site set', 'spo site remove', 'spo web', 'spo set'],
    load: async () => (await import('./spo-sites.js')).commands,
  },
  {
    name: 'spo-hubs',
    prefixes: ['spo hubsite', 'spo homesite', 'spo site apppermission'],
    load: async () => (await import('./spo-hubs.js')).commands,
  },
  {
    name: 'spo-lists',
    prefixes: ['spo list', 'spo field', 'spo listitem'],
    load: async () => (await import('./spo-lists.js')).commands,
  },
  {
    name: 'spo-files',
    prefixes: ['spo file', 'spo folder'],
    load: async () => (await import('./spo-files.js')).commands,
  },
  {
    name: 'spo-pages',
    prefixes: ['spo page'],
    load: async () => (await import('./spo-pages.js')).commands,
  },
  {
    name: 'spo-site-config',
    prefixes: ['spo propertybag', 'spo storageentity', 'spo customaction', 'spo applicationcustomizer', 'spo commandset', 'spo navigation'],
    load: async () => (await import('./spo-site-config.js')).commands,
  },
  {
    name: 'spo-tenant-config',
    prefixes: ['spo sitescript', 'spo sitedesign', 'spo theme', 'spo contenttype', 'spo group', 'spo user', 'spo cdn', 'spo tenant settings'],
    load: async () => (await import('./spo-tenant-config.js')).commands,
  },
  {
    name: 'entra-apps',
    prefixes: ['entra app', 'entra appregistration', 'entra enterpriseapp', 'entra sp'],
    load: async () => (await import('./entra-apps.js')).commands,
  },
  {
    name: 'entra-directory',
    // `teams user add` is the CLI's other name of `entra m365group user add`.
    prefixes: ['entra group', 'entra m365group', 'entra user', 'entra administrativeunit', 'entra roledefinition', 'teams user'],
    load: async () => (await import('./entra-directory.js')).commands,
  },
  {
    name: 'teams',
    prefixes: ['teams'],
    load: async () => (await import('./teams.js')).commands,
  },
  {
    name: 'services',
    prefixes: ['outlook', 'tenant', 'onedrive', 'planner', 'external', 'search externalconnection', 'purview'],
    load: async () => (await import('./services.js')).commands,
  },
  {
    name: 'core',
    prefixes: ['request', 'status'],
    load: async () => (await import('./core.js')).commands,
  },
];

/** The sections whose commands a line starting with `words` can name (none: the line names no command of ours). */
export function sectionsFor(words: readonly string[]): Section[] {
  // Both spellings of the line (`aad` ≡ `entra`, lower case), as the planner matches names.
  const lines = spellings(words.join(' ')).map((line) => `${line} `);
  return SECTIONS.filter((section) => section.prefixes.some((prefix) => lines.some((line) => line.startsWith(`${prefix} `))));
}

/**
 * The commands that lines with these leading words can name; the whole catalogue when a line names none of them, or
 * when the lines could not be read (`undefined`), so that planning says what it says with every command loaded: the
 * nearest names, or why a name of the CLI for Microsoft 365 does not run here.
 */
export async function catalogueFor(lines: readonly (readonly string[])[] | undefined): Promise<readonly CommandDefinition[]> {
  if (lines === undefined) return load(SECTIONS);
  const wanted = new Set<Section>();
  for (const words of lines) {
    const sections = sectionsFor(words);
    if (sections.length === 0) return load(SECTIONS);
    for (const section of sections) wanted.add(section);
  }
  return load(SECTIONS.filter((section) => wanted.has(section)));
}

async function load(sections: readonly Section[]): Promise<readonly CommandDefinition[]> {
  return (await Promise.all(sections.map((section) => section.load()))).flat();
}
