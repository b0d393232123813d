import { command, opt } from '../kit/index.js';
import { adminUrl, CSOM_TENANT, escapeXml, processQuery } from './shared-sites.js';

/** The CSOM object paths of an app catalog's root web, through the tenant admin site. */
export function appCatalogRootWeb(appCatalogUrl: string): string {
  return (
    `<Constructor Id="23" TypeId="${CSOM_TENANT}" />` +
    `<Method Id="25" ParentId="23" Name="GetSiteByUrl"><Parameters><Parameter Type="String">${escapeXml(appCatalogUrl)}</Parameter></Parameters></Method>` +
    '<Property Id="27" ParentId="25" Name="RootWeb" />'
  );
}

/**
 * `spo storageentity set`: sets a tenant property on an app catalog (CSOM `SetStorageEntity` on its root web, through
 * the tenant admin site). SharePoint denies it on a site that is no app catalog. Prints nothing, like the CLI.
 */
export const spoStorageEntitySet = command({
  name: 'spo storageentity set',
  description: 'Sets tenant property on the specified SharePoint Online app catalog',
  resource: 'sharepoint',
  readOnly: false,
  permissions: { sharepoint: ['Sites.FullControl.All'] },
  options: {
    appCatalogUrl: opt.site('URL of the app catalog site.', { short: 'u', required: true }),
    key: opt.string('Name of the tenant property to set.', { short: 'k', required: true }),
    value: opt.string('Value to set for the property.', { short: 'v', required: true }),
    description: opt.string('Description to set for the property.', { short: 'd' }),
    comment: opt.string('Comment to set for the property.', { short: 'c' }),
  },
  async run(context, o) {
    const parameters = [o.key, o.value, o.description ?? '', o.comment ?? ''].map((p) => `<Parameter Type="String">${escapeXml(p)}</Parameter>`).join('');
    await processQuery(
      context,
      adminUrl(context),
      `<ObjectPath Id="24" ObjectPathId="23" /><ObjectPath Id="26" ObjectPathId="25" /><ObjectPath Id="28" ObjectPathId="27" /><Method Name="SetStorageEntity" Id="29" ObjectPathId="27"><Parameters>${parameters}</Parameters></Method>`,
      appCatalogRootWeb(o.appCatalogUrl),
    );
    return undefined;
  },
});
