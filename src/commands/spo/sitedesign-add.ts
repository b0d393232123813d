import { endpoint, opt, SHAREPOINT_JSON_BODY, splitList } from '../kit/index.js';
import { siteScriptUtility } from './shared-config-b.js';

const WEB_TEMPLATES = ['TeamSite', 'CommunicationSite'] as const;

/** `spo sitedesign add`: creates a site design from site scripts (spo/sitedesign/sitedesign-add). */
export const spoSiteDesignAdd = endpoint({
  name: 'spo sitedesign add',
  description: 'Adds site design for creating modern sites',
  resource: 'sharepoint',
  method: 'POST',
  permissions: { sharepoint: ['Sites.FullControl.All'] },
  options: {
    title: opt.string('Title of the site design.', { short: 't', required: true }),
    webTemplate: opt.enum(WEB_TEMPLATES, 'The kind of site the design is for: TeamSite or CommunicationSite.', { short: 'w', required: true }),
    siteScripts: opt.string('Comma-separated IDs of the site scripts the design applies.', { short: 's', required: true }),
    description: opt.string('Description of the site design.', { short: 'd' }),
    previewImageUrl: opt.string('URL of the preview image.', { short: 'm' }),
    previewImageAltText: opt.string('Alt text of the preview image.', { short: 'a' }),
    thumbnailUrl: opt.string('URL of the thumbnail image.'),
    isDefault: opt.boolean('Make it the default design of its kind of site.'),
  },
  validate({ siteScripts }) {
    const bad = splitList(siteScripts).find((id) => !/^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$/i.test(id));
    return bad === undefined ? undefined : `${bad} is not a valid GUID (--siteScripts takes comma-separated site script IDs).`;
  },
  url: (_options, context) => siteScriptUtility(context, 'CreateSiteDesign'),
  headers: SHAREPOINT_JSON_BODY,
  body: (o) => ({
    info: {
      Title: o.title,
      WebTemplate: o.webTemplate === 'TeamSite' ? '64' : '68',
      SiteScriptIds: splitList(o.siteScripts),
      ...(o.description ? { Description: o.description } : {}),
      ...(o.previewImageUrl ? { PreviewImageUrl: o.previewImageUrl } : {}),
      ...(o.previewImageAltText ? { PreviewImageAltText: o.previewImageAltText } : {}),
      ...(o.thumbnailUrl ? { ThumbnailUrl: o.thumbnailUrl } : {}),
      ...(o.isDefault ? { IsDefault: true } : {}),
    },
  }),
});
