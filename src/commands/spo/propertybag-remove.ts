import { command, opt } from '../kit/index.js';
import { setWebProperty } from './shared-config-a.js';

/** `spo propertybag remove`: removes a property from the web's property bag (prints nothing, like the CLI). */
export const spoPropertyBagRemove = command({
  name: 'spo propertybag remove',
  description: 'Removes specified property from the property bag',
  resource: 'sharepoint',
  readOnly: false,
  permissions: { sharepoint: ['Sites.FullControl.All'] },
  options: {
    webUrl: opt.site('URL of the site from which the property should be removed.', { short: 'u', required: true }),
    key: opt.string('Key of the property to be removed. Case-sensitive.', { short: 'k', required: true }),
    force: opt.boolean("Don't prompt for confirmation (there is never a prompt here).", { short: 'f' }),
    folder: opt.string('Site-relative URL of the folder from which to remove the property.'),
  },
  async run(context, { webUrl, key, folder }) {
    await setWebProperty(context, webUrl, key, null, folder);
    return undefined;
  },
});
