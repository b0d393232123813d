import { ActionError } from '../../errors.js';
import { command, opt } from '../kit/index.js';
import { delegatedOnly } from './app-publish.js';

/** `teams app update`: refused at planning (delegated only), so that a pasted line explains itself. */
export const teamsAppUpdate = command({
  name: 'teams app update',
  description: 'Updates a Teams app in the catalog: refused, Graph allows it only for a signed-in user',
  resource: 'none',
  readOnly: false,
  permissions: {},
  options: {
    id: opt.string('Catalog id of the app. Specify id or name.', { short: 'i' }),
    name: opt.string('Display name of the app.', { short: 'n' }),
    filePath: opt.string('Path to the Teams app package (.zip).', { short: 'p' }),
  },
  validate: () => delegatedOnly('update'),
  run: () => Promise.reject(new ActionError(delegatedOnly('update'))),
});
