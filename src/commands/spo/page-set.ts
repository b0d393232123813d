import { command, literal, opt, trimSlashes } from '../kit/index.js';
import type { CommandContext } from '../types.js';
import { LAYOUTS, PROMOTIONS, setHomePage, sitePagesApi, validatePromotion } from './page-add.js';
import { checkoutPage, pageFileName, pageFilePath, postPage, type SitePage } from './page-canvas.js';
import { POST_HEADERS, systemUpdateItem } from './shared-content.js';

/**
 * `spo page set`: changes a modern page — layout, promotion (home page, news, template) or demotion, comments,
 * retirement, title, description, canvas (`--content`) — and publishes it or saves a draft, with the CLI's requests.
 * Like the CLI, it prints nothing (spo/page/page-set).
 */
export const spoPageSet = command({
  name: 'spo page set',
  description: 'Updates modern page properties',
  resource: 'sharepoint',
  readOnly: false,
  permissions: { sharepoint: ['Sites.ReadWrite.All', 'Sites.Manage.All', 'Sites.FullControl.All'] },
  options: {
    name: opt.string('Name of the page.', { short: 'n', required: true }),
    webUrl: opt.site('URL of the site where the page is.', { short: 'u', required: true }),
    layoutType: opt.enum(LAYOUTS, 'Layout of the page.', { short: 'l' }),
    promoteAs: opt.enum(PROMOTIONS, 'Make the page the home page, a news page or a template.', { short: 'p' }),
    demoteFrom: opt.enum(['NewsPage'], 'Make a news page a regular page again.'),
    commentsEnabled: opt.boolean('Whether comments are enabled (true or false).'),
    isRetired: opt.boolean('Whether the page is retired (true or false).'),
    publish: opt.boolean('Publish the page.'),
    publishMessage: opt.string('Message of the publishing.'),
    description: opt.string('Description of the page.'),
    title: opt.string('Title of the page.'),
    content: opt.string('The canvas of the page: a JSON array of controls (CanvasContent1).'),
  },
  validate: (o) => {
    const changes = [o.layoutType, o.promoteAs, o.demoteFrom, o.commentsEnabled, o.publish || undefined, o.description, o.title, o.content, o.isRetired];
    if (changes.every((c) => c === undefined || c === '')) return 'Specify at least one option to update.';
    if (o.content !== undefined) {
      try {
        JSON.parse(o.content);
      } catch (error) {
        return `Specified content is not a valid JSON string. Input: ${o.content}. Error: ${error instanceof Error ? error.message : String(error)}`;
      }
    }
    return validatePromotion(o);
  },
  async run(context, o) {
    const web = trimSlashes(o.webUrl);
    const page = await checkoutPage(context, web, o.name);
    const list = sitePagesApi(web);
    if (o.layoutType !== undefined) {
      const thumbnail = '/_layouts/15/images/sitepagethumbnail.png';
      const values: Record<string, string> = { PageLayoutType: o.layoutType };
      // An article is no news page and gets the default thumbnail, as the CLI sets it.
      if (o.layoutType === 'Article') Object.assign(values, { PromotedState: '0', BannerImageUrl: `${new URL(web).origin}${thumbnail}, ${thumbnail}` });
      await systemUpdateItem(context, web, list, page.Id, values);
    }
    if (o.promoteAs === 'HomePage') await setHomePage(context, web, o.name);
    if (o.promoteAs === 'NewsPage') await systemUpdateItem(context, web, list, page.Id, { PromotedState: '2', FirstPublishedDate: new Date().toISOString() });
    const { id, data } = o.promoteAs === 'Template' ? await templateData(context, web, page, o.name, o.description) : { id: page.Id, data: pageData(page, o) };
    if (o.title || o.description || o.content) await postPage(context, `${web}/_api/SitePages/Pages(${id})/SavePage`, data, true);
    if (o.promoteAs === 'Template') await postPage(context, `${web}/_api/SitePages/Pages(${id})/SavePageAsDraft`, data, true);
    const file = `${web}/_api/web/GetFileByServerRelativePath(DecodedUrl=${literal(pageFilePath(web, o.name))})`;
    if (o.commentsEnabled !== undefined) await postPage(context, `${file}/ListItemAllFields/SetCommentsDisabled(${!o.commentsEnabled})`, undefined);
    if (o.demoteFrom === 'NewsPage') await systemUpdateItem(context, web, list, id, { PromotedState: '0' });
    if (o.isRetired !== undefined) await systemUpdateItem(context, web, list, id, { _SPIsRetired: String(o.isRetired) });
    if (o.publish) await postPage(context, `${file}/CheckIn(comment=${literal(o.publishMessage ?? '')},checkintype=1)`, undefined);
    else if (o.promoteAs !== 'Template') await postPage(context, `${web}/_api/SitePages/Pages(${id})/SavePageAsDraft`, data);
    return undefined;
  },
});

/** The page's content as the save methods take it: the given values over the checked-out page's, empty ones left out. */
function pageData(page: SitePage, o: { title?: string; description?: string; content?: string }): Record<string, unknown> {
  const data: Record<string, unknown> = {
    Title: o.title || page.Title,
    Description: o.description || page.Description,
    BannerImageUrl: page.BannerImageUrl,
    CanvasContent1: o.content || page.CanvasContent1,
    LayoutWebpartsContent: page.LayoutWebpartsContent,
    TopicHeader: page.TopicHeader,
    AuthorByline: page.AuthorByline,
  };
  return Object.fromEntries(Object.entries(data).filter(([, value]) => Boolean(value)));
}

/** Saves the page as a template: the template's ID and content (titled by the page's name) are what is saved next. */
async function templateData(context: CommandContext, web: string, page: SitePage, name: string, description: string | undefined): Promise<{ id: number; data: Record<string, unknown> }> {
  const template = (await context.http.request<SitePage>({ method: 'POST', url: `${web}/_api/SitePages/Pages(${page.Id})/SavePageAsTemplate`, headers: { ...POST_HEADERS } })).body;
  const data: Record<string, unknown> = {
    Title: pageFileName(name).replace(/\.aspx$/i, ''),
    Description: description || page.Description,
    BannerImageUrl: template.BannerImageUrl,
    LayoutWebpartsContent: template.LayoutWebpartsContent,
    CanvasContent1: template.CanvasContent1,
  };
  return { id: template.Id, data: Object.fromEntries(Object.entries(data).filter(([, value]) => Boolean(value))) };
}
