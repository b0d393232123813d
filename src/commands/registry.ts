import { commands as spoApps } from './sections/spo-apps.js';
import { commands as spoSites } from './sections/spo-sites.js';
import { commands as spoContent } from './sections/spo-content.js';
import { commands as spoConfig } from './sections/spo-config.js';
import { commands as entraApps } from './sections/entra-apps.js';
import { commands as entraDirectory } from './sections/entra-directory.js';
import { commands as teams } from './sections/teams.js';
import { commands as services } from './sections/services.js';
import { commands as core } from './sections/core.js';
import type { CommandDefinition } from './types.js';

/**
 * Every command the action knows, section by section: adding a command is one file and one line in its section
 * (src/commands/sections/). A run loads only the sections its commands name (see sections/index.ts); this list is the
 * whole catalogue, for the documentation, the tests and a planning message that suggests names.
 */
export const catalogue: readonly CommandDefinition[] = [...spoApps, ...spoSites, ...spoContent, ...spoConfig, ...entraApps, ...entraDirectory, ...teams, ...services, ...core];
