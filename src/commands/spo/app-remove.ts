import { endpoint, literal, opt } from '../kit/index.js';
import { appCatalogOptions, appCatalogUrl, catalogPath, validateCatalogScope } from '../kit/lookups.js';

/**
 * `spo app remove`: deletes an app package from the app catalog. `--force` is accepted for pasted lines. Like the CLI, it prints nothing: the result is empty.
 */
export const spoAppRemove = endpoint({
  name: 'spo app remove',
  description: 'Removes the specified app from the specified app catalog',
  resource: 'sharepoint',
  permissions: { sharepoint: ['Sites.FullControl.All'] },
  options: {
    id: opt.guid('ID of the app to remove (it must be in the app catalog).', { short: 'i', required: true }),
    ...appCatalogOptions,
    force: opt.boolean("Don't prompt for confirmation (there is never a prompt here).", { short: 'f' }),
  },
  validate: validateCatalogScope,
  method: 'POST',
  url: async (o, context) => `${await appCatalogUrl(context, o)}/_api/web/${catalogPath(o)}/AvailableApps/GetById(${literal(o.id)})/remove`,
  empty: true,
});
