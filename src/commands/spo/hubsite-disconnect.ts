import { command, literal, opt, query, rules } from '../kit/index.js';
import { adminUrl, hubSitesWithEtags, pickHub, setParentHub, type HubSite } from './shared-sites.js';

const NO_PARENT = '00000000-0000-0000-0000-000000000000';

/**
 * `spo hubsite disconnect`: detaches a hub site from its parent hub site. `--force` is accepted for pasted lines. Like
 * the CLI, it prints nothing: the result is empty.
 */
export const spoHubSiteDisconnect = command({
  name: 'spo hubsite disconnect',
  description: 'Disconnect a hub site from its parent hub site',
  resource: 'sharepoint',
  readOnly: false,
  permissions: { sharepoint: ['Sites.FullControl.All'] },
  options: {
    id: opt.guid('ID of the hub site. Specify id, title or url.', { short: 'i' }),
    title: opt.string('Title of the hub site.', { short: 't' }),
    url: opt.string('Absolute or server-relative URL of the hub site.', { short: 'u' }),
    force: opt.boolean("Don't prompt for confirmation (there is never a prompt here).", { short: 'f' }),
  },
  rules: [rules.exactlyOne('id', 'title', 'url')],
  async run(context, o) {
    const hub = o.id !== undefined
      ? (await context.http.request<HubSite>({ url: `${adminUrl(context)}/_api/HubSites/GetById(${literal(o.id)})${query({ $select: 'ID' })}`, headers: { accept: 'application/json;odata=minimalmetadata' } })).body
      : pickHub(context, await hubSitesWithEtags(context), o);
    await setParentHub(context, hub, NO_PARENT);
    return undefined;
  },
});
