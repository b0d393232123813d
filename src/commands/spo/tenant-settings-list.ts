import { command } from '../kit/index.js';
import { onTenant } from './shared-config-b.js';
import { lastResult } from './shared-sites.js';
import { ENUM_SETTINGS } from './tenant-settings-schema.js';

/**
 * `spo tenant settings list`: every setting of the tenant's SharePoint (a query of the tenant object, CSOM on the admin
 * site), enums by name (spo/tenant/tenant-settings-list).
 */
export const spoTenantSettingsList = command({
  name: 'spo tenant settings list',
  description: 'Lists the global tenant settings',
  resource: 'sharepoint',
  readOnly: true,
  permissions: { sharepoint: ['Sites.FullControl.All'] },
  options: {},
  async run(context) {
    const answer = await onTenant(context, '<ObjectPath Id="2" ObjectPathId="1" /><Query Id="3" ObjectPathId="1"><Query SelectAllProperties="true"><Properties /></Query></Query>');
    const { _ObjectType_: _type, _ObjectIdentity_: _identity, ...settings } = lastResult<Record<string, unknown>>(answer);
    for (const [name, values] of Object.entries(ENUM_SETTINGS)) {
      const value = settings[name];
      if (typeof value === 'number') settings[name] = values[value];
    }
    return settings;
  },
});
