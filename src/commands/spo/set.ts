import { command, opt } from '../kit/index.js';

/**
 * `spo set`: the SharePoint root of the commands after it, as pasted scripts set it (multi-geo tenants pick their
 * geography this way). Planning applies it; running it does nothing and, like the CLI, prints nothing.
 */
export const spoSet = command({
  name: 'spo set',
  description: 'Sets the URL of the root SharePoint site collection for use in SPO commands',
  resource: 'none',
  readOnly: true,
  permissions: {},
  options: { url: opt.site('The URL of the root SharePoint site collection to use in SPO commands', { short: 'u', required: true }) },
  setsSharePointRoot: true,
  run: () => Promise.resolve(undefined),
});
