import { command, opt } from '../kit/index.js';
import { setWebProperty } from './shared-config-a.js';

/**
 * `spo propertybag set`: sets a property of the web's property bag. SharePoint refuses it on a site where custom
 * script is not allowed (NoScript), whatever the permission: the error then says how to allow it, like the CLI's tip.
 * Like the CLI, it prints nothing.
 */
export const spoPropertyBagSet = command({
  name: 'spo propertybag set',
  description: 'Sets the value of the specified property from the property bag. Adds the property if it does not exist',
  resource: 'sharepoint',
  readOnly: false,
  permissions: { sharepoint: ['Sites.FullControl.All'] },
  options: {
    webUrl: opt.site('URL of the site in which the property should be set.', { short: 'u', required: true }),
    key: opt.string('Key of the property to be set. Case-sensitive.', { short: 'k', required: true }),
    value: opt.string('Value of the property to be set.', { short: 'v', required: true }),
    folder: opt.string('Site-relative URL of the folder on which to set the property.'),
  },
  async run(context, { webUrl, key, value, folder }) {
    await setWebProperty(context, webUrl, key, value, folder);
    return undefined;
  },
});
