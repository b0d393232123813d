import { endpoint, opt, SHAREPOINT_JSON_BODY } from '../kit/index.js';
import { siteScriptUtility, valueOf } from './shared-config-b.js';

/**
 * `spo sitedesign apply`: applies a site design to a site now (the outcome of each action) or, with `--asTask`, queues
 * it (the task) (spo/sitedesign/sitedesign-apply).
 */
export const spoSiteDesignApply = endpoint({
  name: 'spo sitedesign apply',
  description: 'Applies a site design to an existing site collection',
  resource: 'sharepoint',
  method: 'POST',
  permissions: { sharepoint: ['Sites.FullControl.All'] },
  options: {
    id: opt.guid('ID of the site design to apply.', { short: 'i', required: true }),
    webUrl: opt.site('URL of the site to apply the design to.', { short: 'u', required: true }),
    asTask: opt.boolean('Queue the design as a task instead of applying it now (needed for more than 30 actions).'),
  },
  url: ({ asTask }, context) => siteScriptUtility(context, asTask ? 'AddSiteDesignTask' : 'ApplySiteDesign'),
  headers: SHAREPOINT_JSON_BODY,
  body: ({ id, webUrl }) => ({ siteDesignId: id, webUrl }),
  result: valueOf,
});
