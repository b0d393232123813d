import { ActionError } from '../../errors.js';
import { ACCEPT, command, literal, opt, rules, trimSlashes } from '../kit/index.js';
import type { CommandContext } from '../types.js';
import { pageFileName, pageFilePath, parseCanvas, zoneIndexes } from './page-canvas.js';
import { withoutId } from './shared-content.js';

/** The application ID of modern pages. */
export const MODERN_PAGE = 'b6917cb1-93a0-4b97-a84d-7cf49975d4ec';

interface PageFile {
  ListItemAllFields: { Id: number; ClientSideApplicationId?: string; CommentsDisabled?: boolean; Title?: string; PageLayoutType?: string };
  [key: string]: unknown;
}

/**
 * `spo page get`: a modern page's file and list item, with the CLI's additions (`commentsDisabled`, `title`,
 * `layoutType`, and unless `--metadataOnly` the canvas as `canvasContentJson`, `numControls`, `numSections`)
 * (spo/page/page-get).
 */
export const spoPageGet = command({
  name: 'spo page get',
  description: 'Gets information about the specific modern page',
  resource: 'sharepoint',
  readOnly: true,
  permissions: { sharepoint: ['Sites.Read.All', 'Sites.FullControl.All'] },
  options: {
    name: opt.string('Name of the page. Specify name or default.', { short: 'n' }),
    default: opt.boolean("Get the site's home page."),
    webUrl: opt.site('URL of the site where the page is.', { short: 'u', required: true }),
    metadataOnly: opt.boolean('Only the metadata, without the sections and controls.'),
  },
  rules: [rules.exactlyOne('name', 'default')],
  async run(context, o) {
    const web = trimSlashes(o.webUrl);
    const headers = { ...ACCEPT.sharepoint };
    const name = o.name !== undefined ? pageFileName(o.name) : await homePageName(context, web);
    const url = `${web}/_api/web/GetFileByServerRelativePath(DecodedUrl=${literal(pageFilePath(web, name))})?$expand=ListItemAllFields/ClientSideApplicationId,ListItemAllFields/PageLayoutType,ListItemAllFields/CommentsDisabled`;
    const page = (await context.http.request<PageFile>({ url, headers })).body;
    const item = page.ListItemAllFields;
    if (item.ClientSideApplicationId !== MODERN_PAGE) throw new ActionError(`Page ${name} is not a modern page.`);
    const result: Record<string, unknown> = { ...page, ListItemAllFields: withoutId(item), commentsDisabled: item.CommentsDisabled, title: item.Title };
    if (item.PageLayoutType) result.layoutType = item.PageLayoutType;
    if (o.metadataOnly) return result;
    const canvas = (await context.http.request<{ CanvasContent1: string | null }>({ url: `${web}/_api/SitePages/Pages(${item.Id})`, headers })).body.CanvasContent1;
    result.canvasContentJson = canvas;
    const controls = canvas ? parseCanvas(canvas) : [];
    if (controls.length > 0) {
      result.numControls = controls.length;
      result.numSections = zoneIndexes(controls).length;
    }
    return result;
  },
});

async function homePageName(context: CommandContext, web: string): Promise<string> {
  const folder = await context.http.request<{ WelcomePage: string }>({ url: `${web}/_api/Web/RootFolder?$select=WelcomePage`, headers: { ...ACCEPT.sharepoint } });
  return folder.body.WelcomePage.split('/').pop() ?? '';
}
