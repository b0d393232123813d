import { ActionError } from '../../errors.js';
import { command, opt } from '../kit/index.js';

/** Why `teams app publish` and `teams app update` cannot run here, and what to do instead. */
export function delegatedOnly(verb: 'publish' | 'update'): string {
  return (
    `Microsoft Graph ${verb === 'publish' ? 'publishes apps to' : 'updates apps in'} the Teams app catalog only for a signed-in user; it refuses an app-only token, ` +
    'which is the only kind this action signs in with. Upload the package in the Teams admin center (Teams apps > Manage apps), ' +
    `or run 'm365 teams app ${verb}' signed in as a Teams administrator.`
  );
}

/** `teams app publish`: refused at planning (delegated only), so that a pasted line explains itself. */
export const teamsAppPublish = command({
  name: 'teams app publish',
  description: 'Publishes a Teams app to the catalog: refused, Graph allows it only for a signed-in user',
  resource: 'none',
  readOnly: false,
  permissions: {},
  // Not required: the refusal, not a missing option, is what a pasted line should hear.
  options: { filePath: opt.string('Path to the Teams app package (.zip).', { short: 'p' }) },
  validate: () => delegatedOnly('publish'),
  run: () => Promise.reject(new ActionError(delegatedOnly('publish'))),
});
