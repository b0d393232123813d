import { endpoint, opt, trimSlashes } from '../kit/index.js';

/** `spo navigation node list`: the quick launch or top navigation bar of a site, three levels of children (spo/navigation/navigation-node-list). */
export const spoNavigationNodeList = endpoint({
  name: 'spo navigation node list',
  description: 'Lists nodes from the specified site navigation',
  resource: 'sharepoint',
  permissions: { sharepoint: ['Sites.Read.All', 'Sites.FullControl.All'] },
  options: {
    webUrl: opt.site('Absolute URL of the site for which to retrieve navigation.', { short: 'u', required: true }),
    location: opt.enum(['QuickLaunch', 'TopNavigationBar'] as const, 'Navigation to retrieve: QuickLaunch or TopNavigationBar.', { short: 'l', required: true }),
  },
  paged: true,
  url: ({ webUrl, location }) => `${trimSlashes(webUrl)}/_api/web/navigation/${location.toLowerCase()}?$expand=Children,Children/Children,Children/Children/Children`,
});
