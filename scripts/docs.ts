/** Writes the generated parts of README.md (the command table) from the registry. */
import { readFileSync, writeFileSync } from 'node:fs';
import { catalogue } from '../src/commands/registry.js';
import { withCommandsTable } from './lib/commands-table.js';

const path = new URL('../README.md', import.meta.url);
const before = readFileSync(path, 'utf8');
const after = withCommandsTable(before, catalogue);
if (after !== before) writeFileSync(path, after);
process.stdout.write(after === before ? 'README.md is up to date\n' : 'README.md: command table written\n');
