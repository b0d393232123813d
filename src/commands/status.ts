import { command } from './kit/index.js';

/**
 * `status`: who the action signed in as, shaped like the CLI's `m365 status --output json` for an app-only connection.
 * `connectedAs` is the app's display name from the run's access tokens, as the CLI shows it, or the app ID when the run
 * asked for no token. Access tokens are never part of the result (the CLI adds them only in debug mode; an output is no place for them).
 */
export const status = command({
  name: 'status',
  description: 'Shows Microsoft 365 login status',
  resource: 'none',
  readOnly: true,
  permissions: {},
  options: {},
  run(context) {
    const { appId, tenant, authType, cloud, appDisplayName } = context.session;
    return Promise.resolve({ connectedAs: appDisplayName ?? appId, authType, appId, appTenant: tenant, cloudType: cloud });
  },
});
