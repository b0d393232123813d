import { command, opt, rules } from '../kit/index.js';
import { hubSitesWithEtags, pickHub, setParentHub } from './shared-sites.js';

/**
 * `spo hubsite connect`: makes a hub site the child of a parent hub site (to connect a regular site to a hub, the CLI
 * has `spo site hubsite connect`). Like the CLI, it prints nothing: the result is empty.
 */
export const spoHubSiteConnect = command({
  name: 'spo hubsite connect',
  description: 'Connect a hub site to a parent hub site',
  resource: 'sharepoint',
  readOnly: false,
  permissions: { sharepoint: ['Sites.FullControl.All'] },
  options: {
    id: opt.guid('ID of the hub site. Specify id, title or url.', { short: 'i' }),
    title: opt.string('Title of the hub site.', { short: 't' }),
    url: opt.string('Absolute or server-relative URL of the hub site.', { short: 'u' }),
    parentId: opt.guid('ID of the parent hub site. Specify parentId, parentTitle or parentUrl.'),
    parentTitle: opt.string('Title of the parent hub site.'),
    parentUrl: opt.string('Absolute or server-relative URL of the parent hub site.'),
  },
  rules: [rules.exactlyOne('id', 'title', 'url'), rules.exactlyOne('parentId', 'parentTitle', 'parentUrl')],
  async run(context, o) {
    const hubs = await hubSitesWithEtags(context);
    const hub = pickHub(context, hubs, o);
    const parent = pickHub(context, hubs, { id: o.parentId, title: o.parentTitle, url: o.parentUrl });
    await setParentHub(context, hub, parent.ID);
    return undefined;
  },
});
