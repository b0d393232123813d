import { command, opt } from '../kit/index.js';
import { adminUrl, escapeXml, processQuery } from './shared-sites.js';
import { appCatalogRootWeb } from './storageentity-set.js';

/** `spo storageentity remove`: removes a tenant property from an app catalog (CSOM `RemoveStorageEntity`); prints nothing. */
export const spoStorageEntityRemove = command({
  name: 'spo storageentity remove',
  description: 'Removes tenant property stored on the specified SharePoint Online app catalog',
  resource: 'sharepoint',
  readOnly: false,
  permissions: { sharepoint: ['Sites.FullControl.All'] },
  options: {
    appCatalogUrl: opt.site('URL of the app catalog site.', { short: 'u', required: true }),
    key: opt.string('Name of the tenant property to remove.', { short: 'k', required: true }),
    force: opt.boolean("Don't prompt for confirmation (there is never a prompt here).", { short: 'f' }),
  },
  async run(context, { appCatalogUrl, key }) {
    await processQuery(
      context,
      adminUrl(context),
      `<ObjectPath Id="31" ObjectPathId="23" /><ObjectPath Id="33" ObjectPathId="25" /><ObjectPath Id="35" ObjectPathId="27" /><Method Name="RemoveStorageEntity" Id="36" ObjectPathId="27"><Parameters><Parameter Type="String">${escapeXml(key)}</Parameter></Parameters></Method>`,
      appCatalogRootWeb(appCatalogUrl),
    );
    return undefined;
  },
});
