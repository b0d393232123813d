import { command, opt } from '../kit/index.js';
import { CDN_TYPES, cdnTypeParameter, onTenant, tenantMethod } from './shared-config-b.js';
import { lastResult } from './shared-sites.js';

/** `spo cdn origin list`: the origins of the tenant's public (default) or private CDN (spo/cdn/cdn-origin-list). */
export const spoCdnOriginList = command({
  name: 'spo cdn origin list',
  description: 'List Microsoft 365 CDN origins',
  resource: 'sharepoint',
  readOnly: true,
  permissions: { sharepoint: ['Sites.FullControl.All'] },
  options: { type: opt.enum(CDN_TYPES, 'The CDN: Public (default) or Private.', { short: 't' }) },
  async run(context, { type }) {
    return lastResult<string[]>(await onTenant(context, tenantMethod(2, 'GetTenantCdnOrigins', cdnTypeParameter(type))));
  },
});
