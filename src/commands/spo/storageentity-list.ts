import { ACCEPT, command, opt, trimSlashes } from '../kit/index.js';

/**
 * `spo storageentity list`: the tenant properties of an app catalog, read from its root web's `storageentitiesindex`
 * property as the CLI does; none gives an empty result (spo/storageentity/storageentity-list).
 */
export const spoStorageEntityList = command({
  name: 'spo storageentity list',
  description: 'Lists tenant properties stored on the specified SharePoint Online app catalog',
  resource: 'sharepoint',
  readOnly: true,
  permissions: { sharepoint: ['Sites.Read.All', 'Sites.FullControl.All'] },
  options: { appCatalogUrl: opt.site('URL of the app catalog site.', { short: 'u', required: true }) },
  async run(context, { appCatalogUrl }) {
    const url = `${trimSlashes(appCatalogUrl)}/_api/web/AllProperties?$select=storageentitiesindex`;
    const { body } = await context.http.request<{ storageentitiesindex?: string }>({ url, headers: { ...ACCEPT.sharepoint } });
    const index = body.storageentitiesindex?.trim() ?? '';
    const entities: Record<string, Record<string, unknown>> = index === '' ? {} : JSON.parse(index);
    const keys = Object.keys(entities);
    if (keys.length === 0) {
      context.log.info('No tenant properties found');
      return undefined;
    }
    return keys.map((Key) => ({ Key, Value: entities[Key].Value, Description: entities[Key].Description, Comment: entities[Key].Comment }));
  },
});
