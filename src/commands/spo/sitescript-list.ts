import { endpoint } from '../kit/index.js';
import { siteScriptUtility, valueOf } from './shared-config-b.js';

/** `spo sitescript list`: the site scripts of the tenant (spo/sitescript/sitescript-list). */
export const spoSiteScriptList = endpoint({
  name: 'spo sitescript list',
  description: 'Lists site script available for use with site designs',
  resource: 'sharepoint',
  method: 'POST',
  // A read, though SharePoint asks for it with POST.
  readOnlyWhen: () => true,
  permissions: { sharepoint: ['Sites.Read.All', 'Sites.FullControl.All'] },
  options: {},
  url: (_options, context) => siteScriptUtility(context, 'GetSiteScripts'),
  result: valueOf,
});
