import { endpoint, literal, opt, trimSlashes } from '../kit/index.js';
import { pagePath } from './page-canvas.js';

/** `spo page publish`: publishes a modern page (its file). Like the CLI, it prints nothing (spo/page/page-publish). */
export const spoPagePublish = endpoint({
  name: 'spo page publish',
  description: 'Publishes a modern page',
  resource: 'sharepoint',
  permissions: { sharepoint: ['Sites.ReadWrite.All', 'Sites.Manage.All', 'Sites.FullControl.All'] },
  options: {
    webUrl: opt.site('URL of the site where the page is.', { short: 'u', required: true }),
    name: opt.string('Name of the page (may be in a folder of Site Pages).', { short: 'n', required: true }),
  },
  method: 'POST',
  url: (o) => `${trimSlashes(o.webUrl)}/_api/web/GetFileByServerRelativePath(DecodedUrl=${literal(pagePath(o.webUrl, o.name))})/Publish()`,
  empty: true,
});
