import { command, opt } from '../kit/index.js';
import { cdnTypeParameter, onTenant, tenantMethod } from './shared-config-b.js';

const TYPES = ['Public', 'Private', 'Both'] as const;

/**
 * `spo cdn set`: enables or disables the tenant's public (default), private or both CDNs; enabling one also creates
 * its default origins unless `--noDefaultOrigins` (spo/cdn/cdn-set).
 */
export const spoCdnSet = command({
  name: 'spo cdn set',
  description: 'Enable or disable the specified Microsoft 365 CDN',
  resource: 'sharepoint',
  readOnly: false,
  permissions: { sharepoint: ['Sites.FullControl.All'] },
  options: {
    enabled: opt.enum(['true', 'false'] as const, 'Enable (true) or disable (false) the CDN.', { short: 'e', required: true }),
    type: opt.enum(TYPES, 'The CDN: Public (default), Private or Both.', { short: 't' }),
    noDefaultOrigins: opt.boolean('Do not create the default origins when enabling the CDN.'),
  },
  async run(context, { enabled, type, noDefaultOrigins }) {
    const types = type === 'Both' ? (['Private', 'Public'] as const) : ([type ?? 'Public'] as const);
    let id = 2;
    const actions = types.map((t) => tenantMethod(id++, 'SetTenantCdnEnabled', cdnTypeParameter(t), `<Parameter Type="Boolean">${enabled}</Parameter>`));
    if (enabled === 'true' && !noDefaultOrigins) actions.push(...types.map((t) => tenantMethod(id++, 'CreateTenantCdnDefaultOrigins', cdnTypeParameter(t))));
    await onTenant(context, actions.join(''));
    return undefined;
  },
});
