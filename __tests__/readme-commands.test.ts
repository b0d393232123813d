import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../src/commands/registry.js';
import { commandsTable, withCommandsTable } from '../scripts/lib/commands-table.js';

describe("the README's command table", () => {
  it('is the one the registry generates (run `npm run docs` after adding a command)', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    expect(withCommandsTable(readme, catalogue)).toBe(readme);
  });

  it('lists every command with what it talks to, whether it writes, its permissions and its options', () => {
    const table = commandsTable(catalogue);
    expect(table.split('\n')).toHaveLength(catalogue.length + 2);
    expect(table).toContain('| `spo app add` | SharePoint Online | yes | `Sites.FullControl.All` | **`--filePath (-p)`**');
    expect(table).toContain('| `request` | the resource of its URL | by its options | what the API needs |');
    expect(table).toContain('(one of `--id` \\| `--name`)');
  });
});
