import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import {
  APP_CATALOG_SCOPE_OPTION,
  APP_CATALOG_URL_OPTION,
  catalogScope,
  resolveAppCatalogUrl,
  validateCatalogScope,
} from '../shared/app-catalog.js';
import { NO_METADATA, odataString } from '../shared/sharepoint.js';
import type { CommandDefinition } from '../types.js';

/** The file SharePoint created in the catalog (its `UniqueId` is the app's ID). */
export interface AddedAppFile {
  UniqueId: string;
  Name: string;
  [property: string]: unknown;
}

/**
 * `spo app add`: uploads an .sppkg to the tenant (or a site collection) app catalog. The result is the added file's
 * properties, like the CLI's `--output json`.
 */
export const spoAppAdd: CommandDefinition = {
  name: 'spo app add',
  description: 'Adds an app to the specified SharePoint Online app catalog',
  resource: 'sharepoint',
  sharePointUrlOption: 'appCatalogUrl',
  readOnly: false,
  permissions: ['Sites.FullControl.All'],
  options: [
    { name: 'filePath', short: 'p', type: 'file', required: true, description: 'Path to the .sppkg file to add.' },
    APP_CATALOG_SCOPE_OPTION,
    APP_CATALOG_URL_OPTION,
    { name: 'overwrite', type: 'boolean', description: 'Overwrite an app of the same file name.' },
  ],
  validate: validateCatalogScope,
  async run(context, options) {
    const catalogUrl = await resolveAppCatalogUrl(context, options);
    const fullPath = resolve(context.cwd, String(options.filePath));
    const overwrite = options.overwrite === true;
    const url = `${catalogUrl}/_api/web/${catalogScope(options)}appcatalog/Add(overwrite=${overwrite}, url=${odataString(basename(fullPath))})`;
    context.log.debug(`Adding app '${fullPath}' to ${catalogUrl}`);
    const response = await context.http.request<AddedAppFile>({
      method: 'POST',
      url,
      headers: { ...NO_METADATA, binaryStringRequestBody: 'true' },
      body: await readFile(fullPath),
    });
    return response.body;
  },
};
