import { command, opt } from '../kit/index.js';
import { CDN_TYPES, cdnTypeParameter, onTenant, tenantMethod } from './shared-config-b.js';
import { escapeXml } from './shared-sites.js';

/** `spo cdn origin add`: adds an origin to the tenant's public (default) or private CDN (spo/cdn/cdn-origin-add). */
export const spoCdnOriginAdd = command({
  name: 'spo cdn origin add',
  description: 'Adds CDN origin to the current SharePoint Online tenant',
  resource: 'sharepoint',
  readOnly: false,
  permissions: { sharepoint: ['Sites.FullControl.All'] },
  options: {
    type: opt.enum(CDN_TYPES, 'The CDN: Public (default) or Private.', { short: 't' }),
    origin: opt.string('The origin: a library or folder URL, or */<library> for that library of every site.', { short: 'r', required: true }),
  },
  async run(context, { type, origin }) {
    await onTenant(context, tenantMethod(2, 'AddTenantCdnOrigin', cdnTypeParameter(type), `<Parameter Type="String">${escapeXml(origin)}</Parameter>`));
    return undefined;
  },
});
