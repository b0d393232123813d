import { endpoint } from '../kit/index.js';
import { siteScriptUtility, valueOf } from './shared-config-b.js';

/** `spo sitedesign list`: the site designs of the tenant (spo/sitedesign/sitedesign-list). */
export const spoSiteDesignList = endpoint({
  name: 'spo sitedesign list',
  description: 'Lists available site designs for creating modern sites',
  resource: 'sharepoint',
  method: 'POST',
  // A read, though SharePoint asks for it with POST.
  readOnlyWhen: () => true,
  permissions: { sharepoint: ['Sites.Read.All', 'Sites.FullControl.All'] },
  options: {},
  url: (_options, context) => siteScriptUtility(context, 'GetSiteDesigns'),
  result: valueOf,
});
