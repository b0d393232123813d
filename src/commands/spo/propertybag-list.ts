import { command, opt } from '../kit/index.js';
import { webProperties } from './shared-config-a.js';

/** `spo propertybag list`: the web's property bag as `{ key, value }` pairs (spo/propertybag/propertybag-list). */
export const spoPropertyBagList = command({
  name: 'spo propertybag list',
  description: 'Gets property bag values',
  resource: 'sharepoint',
  readOnly: true,
  permissions: { sharepoint: ['Sites.Read.All', 'Sites.FullControl.All'] },
  options: {
    webUrl: opt.site('URL of the site from which the property bag values should be retrieved.', { short: 'u', required: true }),
    folder: opt.string('Site-relative URL of the folder whose property bag to list.'),
  },
  run: (context, { webUrl, folder }) => webProperties(context, webUrl, folder),
});
