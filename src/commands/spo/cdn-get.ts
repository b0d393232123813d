import { command, opt } from '../kit/index.js';
import { CDN_TYPES, cdnTypeParameter, onTenant, tenantMethod } from './shared-config-b.js';
import { lastResult } from './shared-sites.js';

/** `spo cdn get`: whether the tenant's public (default) or private CDN is enabled: true or false (spo/cdn/cdn-get). */
export const spoCdnGet = command({
  name: 'spo cdn get',
  description: 'View current status of the specified Microsoft 365 CDN',
  resource: 'sharepoint',
  readOnly: true,
  permissions: { sharepoint: ['Sites.FullControl.All'] },
  options: { type: opt.enum(CDN_TYPES, 'The CDN: Public (default) or Private.', { short: 't' }) },
  async run(context, { type }) {
    return lastResult<boolean>(await onTenant(context, tenantMethod(2, 'GetTenantCdnEnabled', cdnTypeParameter(type))));
  },
});
