import { command, opt } from '../kit/index.js';
import { webProperties } from './shared-config-a.js';

/**
 * `spo propertybag get`: the value of one property of the web's property bag, as the CLI prints it (a number or a
 * boolean where the value is one); a key that is not there gives an empty result, as in the CLI.
 */
export const spoPropertyBagGet = command({
  name: 'spo propertybag get',
  description: 'Gets the value of the specified property from the property bag',
  resource: 'sharepoint',
  readOnly: true,
  permissions: { sharepoint: ['Sites.Read.All', 'Sites.FullControl.All'] },
  options: {
    webUrl: opt.site('URL of the site from which the property bag value should be retrieved.', { short: 'u', required: true }),
    key: opt.string('Key of the property for which the value should be retrieved. Case-sensitive.', { short: 'k', required: true }),
    folder: opt.string('Site-relative URL of the folder whose property bag to read.'),
  },
  async run(context, { webUrl, key, folder }) {
    return (await webProperties(context, webUrl, folder)).find((p) => p.key === key)?.value;
  },
});
