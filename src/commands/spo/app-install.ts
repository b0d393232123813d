import { catalogScope } from '../shared/app-catalog.js';
import { NO_METADATA, odataString, trimSlashes } from '../shared/sharepoint.js';
import type { CommandDefinition } from '../types.js';

/** `spo app install`: installs a deployed app in a site. Like the CLI, it prints nothing: the result is undefined. */
export const spoAppInstall: CommandDefinition = {
  name: 'spo app install',
  description: 'Installs an app from the specified app catalog in the site',
  resource: 'sharepoint',
  sharePointUrlOption: 'siteUrl',
  readOnly: false,
  permissions: ['Sites.FullControl.All'],
  options: [
    { name: 'id', short: 'i', type: 'guid', required: true, description: 'ID (UniqueId) of the app to install.' },
    { name: 'siteUrl', short: 's', type: 'url', required: true, description: 'URL of the site to install the app in.' },
    {
      name: 'appCatalogScope',
      type: 'string',
      enum: ['tenant', 'sitecollection'],
      description: "Scope of the app catalog: 'tenant' (default) or 'sitecollection'.",
    },
  ],
  async run(context, options) {
    const siteUrl = trimSlashes(String(options.siteUrl));
    await context.http.request({
      method: 'POST',
      url: `${siteUrl}/_api/web/${catalogScope(options)}appcatalog/AvailableApps/GetById(${odataString(String(options.id))})/install`,
      headers: { ...NO_METADATA },
    });
    return undefined;
  },
};
