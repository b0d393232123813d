import { ACCEPT, command, literal, opt, trimSlashes } from '../kit/index.js';
import { listApiUrl } from '../kit/lookups.js';
import type { CommandContext } from '../types.js';
import { checkoutPage, pageFileName, pageFilePath, postPage, type SitePage } from './page-canvas.js';
import { POST_HEADERS, systemUpdateItem } from './shared-content.js';

export const LAYOUTS = ['Article', 'Home', 'SingleWebPartAppPage', 'RepostPage', 'HeaderlessSearchResults', 'Spaces', 'Topic'] as const;
export const PROMOTIONS = ['HomePage', 'NewsPage', 'Template'] as const;

/** The CLI's rules between layout and promotion. */
export function validatePromotion(o: { promoteAs?: string; layoutType?: string }): string | undefined {
  if (o.promoteAs === 'HomePage' && o.layoutType !== 'Home') return 'You can only promote home pages as site home page';
  if (o.promoteAs === 'NewsPage' && o.layoutType !== undefined && o.layoutType !== 'Article') return 'You can only promote article pages as news article';
  return undefined;
}

/** Makes the page the web's home page (its root folder's welcome page). */
export async function setHomePage(context: CommandContext, webUrl: string, name: string): Promise<void> {
  await postPage(context, `${trimSlashes(webUrl)}/_api/web/rootfolder`, { WelcomePage: `SitePages/${pageFileName(name)}` }, true);
}

/** The Site Pages library of the web, as the CLI addresses it for system updates. */
export function sitePagesApi(webUrl: string): string {
  return listApiUrl(webUrl, { listUrl: 'SitePages' });
}

/**
 * `spo page add`: creates a modern page through the pages API — create, check out, promote (home page, news, template),
 * save, set comments, then publish or save as draft — with the CLI's requests. Like the CLI, it prints nothing
 * (spo/page/page-add).
 */
export const spoPageAdd = command({
  name: 'spo page add',
  description: 'Creates modern page',
  resource: 'sharepoint',
  readOnly: false,
  permissions: { sharepoint: ['Sites.ReadWrite.All', 'Sites.Manage.All', 'Sites.FullControl.All'] },
  options: {
    name: opt.string('Name of the page (.aspx is added when missing).', { short: 'n', required: true }),
    webUrl: opt.site('URL of the site where the page is created.', { short: 'u', required: true }),
    title: opt.string('Title of the page (default: its name).', { short: 't' }),
    layoutType: opt.enum(LAYOUTS, 'Layout of the page. Default: Article.', { short: 'l' }),
    promoteAs: opt.enum(PROMOTIONS, 'Create the page as the home page, a news page or a template.', { short: 'p' }),
    commentsEnabled: opt.boolean('Enable comments on the page.'),
    publish: opt.boolean('Publish the page.'),
    publishMessage: opt.string('Message of the publishing.'),
    description: opt.string('Description of the page.'),
  },
  validate: validatePromotion,
  async run(context, o) {
    const web = trimSlashes(o.webUrl);
    const name = pageFileName(o.name);
    const title = o.title ?? o.name.replace(/\.aspx$/i, '');
    const created = await context.http.request<{ UniqueId: string }>({
      method: 'POST',
      url: `${web}/_api/sitepages/pages`,
      headers: { ...POST_HEADERS },
      body: { PageLayoutType: o.layoutType ?? 'Article', Name: name, PromotedState: o.promoteAs === 'NewsPage' ? 2 : 0, Title: title },
    });
    const fileId = created.body.UniqueId;
    const file = await context.http.request<{ ListItemAllFields: { Id: number } }>({ url: `${web}/_api/web/GetFileByServerRelativePath(DecodedUrl=${literal(pageFilePath(web, name))})?$expand=ListItemAllFields`, headers: { ...ACCEPT.sharepoint } });
    let page: SitePage = await checkoutPage(context, web, name);
    if (o.promoteAs === 'HomePage') await setHomePage(context, web, name);
    if (o.promoteAs === 'NewsPage') await systemUpdateItem(context, web, sitePagesApi(web), file.body.ListItemAllFields.Id, { FirstPublishedDate: new Date().toISOString() });
    if (o.promoteAs === 'Template') page = await saveAsTemplate(context, web, page.Id, !o.commentsEnabled);
    const content = { BannerImageUrl: page.BannerImageUrl, CanvasContent1: page.CanvasContent1, LayoutWebpartsContent: page.LayoutWebpartsContent, Description: o.description ?? '' };
    await postPage(context, `${web}/_api/SitePages/Pages(${page.Id})/SavePage`, content, true);
    if (o.promoteAs === 'Template') await postPage(context, `${web}/_api/SitePages/Pages(${page.Id})/SavePageAsDraft`, { Title: name.replace(/\.aspx$/i, ''), ...content }, true);
    await postPage(context, `${web}/_api/web/getfilebyid(${literal(fileId)})/ListItemAllFields/SetCommentsDisabled(${!o.commentsEnabled})`, undefined);
    if (o.publish) {
      await postPage(context, `${web}/_api/web/getfilebyid(${literal(fileId)})/CheckIn(comment=${literal(o.publishMessage ?? '')},checkintype=1)`, undefined);
    } else if (o.promoteAs !== 'Template') {
      await postPage(context, `${web}/_api/SitePages/Pages(${page.Id})/SavePageAsDraft`, { Title: title, ...content });
    }
    return undefined;
  },
});

/** Saves the page as a template and answers the template (with comments set like the page's). */
async function saveAsTemplate(context: CommandContext, web: string, pageId: number, commentsDisabled: boolean): Promise<SitePage & { UniqueId: string }> {
  const response = await context.http.request<SitePage & { UniqueId: string }>({ method: 'POST', url: `${web}/_api/SitePages/Pages(${pageId})/SavePageAsTemplate`, headers: { ...POST_HEADERS } });
  await postPage(context, `${web}/_api/web/getfilebyid(${literal(response.body.UniqueId)})/ListItemAllFields/SetCommentsDisabled(${commentsDisabled})`, undefined);
  return response.body;
}
