import type { CommandDefinition } from './types.js';

/**
 * `status`: who the action signed in as, shaped like the CLI's `m365 status --output json` for an app-only connection.
 * The CLI shows the app's display name from the token as `connectedAs`; the action has only the app ID here. Access
 * tokens are never part of the result (the CLI adds them only in debug mode; an output is no place for them).
 */
export const status: CommandDefinition = {
  name: 'status',
  description: 'Shows Microsoft 365 login status',
  resource: 'none',
  readOnly: true,
  permissions: [],
  options: [],
  run(context) {
    const { appId, tenant, authType, cloud } = context.session;
    return Promise.resolve({ connectedAs: appId, authType, appId, appTenant: tenant, cloudType: cloud });
  },
};
