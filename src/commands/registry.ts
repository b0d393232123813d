import { commands as spoApps } from './sections/spo-apps.js';
import { commands as spoSites } from './sections/spo-sites.js';
import { commands as spoHubs } from './sections/spo-hubs.js';
import { commands as spoLists } from './sections/spo-lists.js';
import { commands as spoFiles } from './sections/spo-files.js';
import { commands as spoPages } from './sections/spo-pages.js';
import { commands as spoSiteConfig } from './sections/spo-site-config.js';
import { commands as spoTenantConfig } from './sections/spo-tenant-config.js';
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
export const catalogue: readonly CommandDefinition[] = [...spoApps, ...spoSites, ...spoHubs, ...spoLists, ...spoFiles, ...spoPages, ...spoSiteConfig, ...spoTenantConfig, ...entraApps, ...entraDirectory, ...teams, ...services, ...core];
