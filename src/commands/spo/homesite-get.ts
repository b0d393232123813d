import { ActionError } from '../../errors.js';
import { ACCEPT, command, opt } from '../kit/index.js';
import { adminUrl, sameUrl } from './shared-sites.js';

/** `spo homesite get`: one home site of the tenant (its audiences, draft mode, Viva Connections settings) by URL. */
export const spoHomeSiteGet = command({
  name: 'spo homesite get',
  description: 'Gets information about a home site',
  resource: 'sharepoint',
  readOnly: true,
  permissions: { sharepoint: ['Sites.FullControl.All'] },
  options: { url: opt.site('URL of the home site.', { short: 'u', required: true }) },
  async run(context, { url }) {
    const homeSites = await context.http.getAll<{ Url: string }>(`${adminUrl(context)}/_api/SPO.Tenant/GetTargetedSitesDetails`, { ...ACCEPT.sharepoint });
    const home = homeSites.find((h) => sameUrl(h.Url, url));
    if (home === undefined) throw new ActionError(`Home site with URL '${url}' not found.`, { hint: `The tenant's home sites: ${homeSites.map((h) => h.Url).join(', ') || 'none'}.` });
    return home;
  },
});
