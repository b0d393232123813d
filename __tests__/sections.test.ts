/**
 * The catalogue loads in sections: a run loads the sections its lines name, and plans exactly as it would with every
 * command loaded. The section files, the registry and the lazy index must agree, and every name and alias of a command
 * must start with a prefix of its own section, or a line naming it would not find it.
 */
import { describe, expect, it } from 'vitest';
import { CLOUDS } from '../src/clouds.js';
import { catalogue } from '../src/commands/registry.js';
import { catalogueFor, sectionsFor, SECTIONS } from '../src/commands/sections/index.js';
import { formatError, toActionError } from '../src/errors.js';
import { cliCommandNames } from '../src/plan/known-commands.js';
import { createPlan, declaredCommandWords } from '../src/plan/planner.js';
import type { CommandDefinition } from '../src/commands/types.js';

/** What planning says of these commands with this catalogue: the planned names and options, or the error text. */
function outcome(commands: string, commandsOf: readonly CommandDefinition[]): string {
  try {
    const plan = createPlan({ commands, source: 'commands', catalogue: commandsOf, cloud: CLOUDS.Public, cwd: process.cwd() });
    return JSON.stringify(plan.commands.map((c) => [c.definition.name, c.options, c.resource?.audience]));
  } catch (error) {
    return formatError(toActionError(error));
  }
}

async function lazyCatalogue(commands: string): Promise<readonly CommandDefinition[]> {
  return catalogueFor(declaredCommandWords(commands, 'commands'));
}

const names = (definitions: readonly CommandDefinition[]): string[] => definitions.map((d) => d.name);

describe('sections of the catalogue', () => {
  it('hold the whole registry, each command once, in registry order', async () => {
    const loaded = (await Promise.all(SECTIONS.map((section) => section.load()))).flat();
    expect(names(loaded)).toEqual(names(catalogue));
    expect(new Set(loaded).size).toBe(catalogue.length);
  });

  it("start every name and alias of a command with a prefix of the command's own section", async () => {
    const misplaced: string[] = [];
    for (const section of SECTIONS) {
      for (const definition of await section.load()) {
        for (const name of [definition.name, ...(definition.aliases ?? [])]) {
          if (!sectionsFor(name.split(' ')).includes(section)) misplaced.push(`${name} (section ${section.name})`);
        }
      }
    }
    expect(misplaced).toEqual([]);
  });

  it('load only the sections a run names', async () => {
    const spfx = await lazyCatalogue('- m365 spo app add --filePath ./x.sppkg\n- command: spo app deploy\n  options: { name: x.sppkg }\n- aad group list');
    const loaded = new Set(names(spfx));
    expect(loaded.has('spo app add') && loaded.has('entra group list')).toBe(true);
    expect(loaded.has('spo list add') || loaded.has('teams team list') || loaded.has('request')).toBe(false);
    expect(spfx.length).toBeLessThan(catalogue.length / 3);
  });

  it('load everything for a line that names no command here, and for commands that are not a YAML list', async () => {
    expect(await lazyCatalogue('- spo app list\n- spo foo bar')).toHaveLength(catalogue.length);
    expect(await lazyCatalogue('- yammer group list')).toHaveLength(catalogue.length);
    expect(await lazyCatalogue('- spo app list\n- "unclosed')).toHaveLength(catalogue.length);
    expect(declaredCommandWords('a: [', 'commands')).toBeUndefined();
    expect(await catalogueFor(undefined)).toHaveLength(catalogue.length);
  });

  it('plan every name of ours and of the CLI for Microsoft 365 as the whole catalogue does', async () => {
    const lines = [...catalogue.flatMap((d) => [d.name, ...(d.aliases ?? [])]), ...cliCommandNames(), 'spo ap list', 'entra grup list'];
    const differ: string[] = [];
    for (const line of lines) {
      const commands = `- m365 ${line} --output json`;
      if (outcome(commands, await lazyCatalogue(commands)) !== outcome(commands, catalogue)) differ.push(line);
    }
    expect(differ).toEqual([]);
  });
});
