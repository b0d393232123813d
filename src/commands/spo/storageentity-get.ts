import { ACCEPT, command, literal, opt } from '../kit/index.js';
import { tenantRoot } from './shared-sites.js';

/**
 * `spo storageentity get`: one tenant property of the app catalogs, `{ Key, Value, Description, Comment }`; a key
 * that is not there gives an empty result, as the CLI prints nothing then (spo/storageentity/storageentity-get).
 */
export const spoStorageEntityGet = command({
  name: 'spo storageentity get',
  description: 'Get details for the specified tenant property',
  resource: 'sharepoint',
  readOnly: true,
  permissions: { sharepoint: ['Sites.Read.All', 'Sites.FullControl.All'] },
  options: { key: opt.string('Name of the tenant property to retrieve.', { short: 'k', required: true }) },
  async run(context, { key }) {
    const url = `${tenantRoot(context)}/_api/web/GetStorageEntity(${literal(key)})`;
    const { body } = await context.http.request<Record<string, unknown>>({ url, headers: { ...ACCEPT.sharepoint } });
    if (body['odata.null'] === true) {
      context.log.info(`Property with key ${key} not found`);
      return undefined;
    }
    return { Key: key, Value: body.Value, Description: body.Description, Comment: body.Comment };
  },
});
