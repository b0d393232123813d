import { ActionError } from '../../errors.js';
import { ACCEPT, command, opt, rules, trimSlashes } from '../kit/index.js';
import type { CommandContext } from '../types.js';
import { editablePage, isRecord, pageApi, parseCanvas, placeControl, postPage, targetColumn } from './page-canvas.js';
import { positiveInteger } from './shared-content.js';

/** The CLI's names of SharePoint's own web parts and their component IDs. */
const STANDARD_WEB_PARTS: Readonly<Record<string, string>> = {
  ContentRollup: 'daf0b71c-6de8-4ef7-b511-faae7c388708', BingMap: 'e377ea37-9047-43b9-8cdb-a761be2f8e09', ContentEmbed: '490d7c76-1824-45b2-9de3-676421c997fa',
  DocumentEmbed: 'b7dd04e1-19ce-4b24-9132-b60a1c2b910d', Image: 'd1d91016-032f-456d-98a4-721247c305e8', ImageGallery: 'af8be689-990e-492a-81f7-ba3e4cd3ed9c',
  LinkPreview: '6410b3b6-d440-4663-8744-378976dc041e', NewsFeed: '0ef418ba-5d19-4ade-9db0-b339873291d0', NewsReel: 'a5df8fdf-b508-4b66-98a6-d83bc2597f63',
  PowerBIReportEmbed: '58fcd18b-e1af-4b0a-b23b-422c2c52d5a2', QuickChart: '91a50c94-865f-4f5c-8b4e-e49659e69772', SiteActivity: 'eb95c819-ab8f-4689-bd03-0c2d65d47b1f',
  VideoEmbed: '275c0095-a77e-4f6d-a2a0-6a7626911518', YammerEmbed: '31e9537e-f9dc-40a4-8834-0e3b7df418bc', Events: '20745d7d-8581-4a6c-bf26-68279bc123fc',
  GroupCalendar: '6676088b-e28e-4a90-b9cb-d0d0303cd2eb', Hero: 'c4bd7b2f-7b6e-4599-8485-16504575f590', List: 'f92bf067-bc19-489e-a556-7fe95f508720',
  PageTitle: 'cbe7b0a9-3504-44dd-a3a3-0e5cacd07788', People: '7f718435-ee4d-431c-bdbf-9c4ff326f46e', QuickLinks: 'c70391ea-0b10-4ee9-b2b4-006d3fcad0cd',
  CustomMessageRegion: '71c19a43-d08c-4178-8218-4df8554c0b0e', Divider: '2161a1c6-db61-4731-b97c-3cdb303f7cbb', MicrosoftForms: 'b19b3b9e-8d13-4fec-a93c-401a091c0707',
  Spacer: '8654b779-4886-46d4-8ffb-b5ed960ee986', ClientWebPart: '243166f5-4dc3-4fe2-9df2-a7971b546a0a',
};

interface ComponentDefinition {
  readonly Id: string;
  readonly Manifest: string;
}

interface WebPart {
  id: string;
  webPartId: string;
  webPartData: Record<string, unknown>;
}

/**
 * `spo page clientsidewebpart add`: adds a standard or custom web part to a page's canvas — from the site's web part
 * definitions, with the given properties or data — in a section and column (default: the last section's first column)
 * or the vertical section, and saves a draft. Like the CLI, it prints nothing (spo/page/page-clientsidewebpart-add).
 */
export const spoPageClientSideWebPartAdd = command({
  name: 'spo page clientsidewebpart add',
  description: 'Adds a client-side web part to a modern page',
  resource: 'sharepoint',
  readOnly: false,
  permissions: { sharepoint: ['Sites.ReadWrite.All', 'Sites.Manage.All', 'Sites.FullControl.All'] },
  options: {
    webUrl: opt.site('URL of the site where the page is.', { short: 'u', required: true }),
    pageName: opt.string('Name of the page.', { short: 'n', required: true }),
    standardWebPart: opt.string(`Standard web part: ${Object.keys(STANDARD_WEB_PARTS).join(', ')}.`),
    webPartId: opt.guid('ID of a custom web part.'),
    webPartProperties: opt.string('JSON object of web part properties.'),
    webPartData: opt.string('JSON web part data (as in the maintenance mode).'),
    section: opt.number('Section to add the web part to (1 or more).'),
    column: opt.number('Column to add the web part to (1 or more).'),
    order: opt.number('Order of the web part in the column.'),
    verticalSection: opt.boolean('Add the web part to the vertical section.'),
  },
  rules: [rules.exactlyOne('standardWebPart', 'webPartId'), rules.atMostOne('webPartProperties', 'webPartData'), rules.atMostOne('section', 'verticalSection')],
  validate: (o) => {
    if (o.standardWebPart !== undefined && !Object.hasOwn(STANDARD_WEB_PARTS, o.standardWebPart)) return `${o.standardWebPart} is not a valid standard web part type`;
    for (const [name, value] of [['webPartProperties', o.webPartProperties], ['webPartData', o.webPartData]] as const) {
      if (value !== undefined && !isRecord(parseJson(value))) return `Specified ${name} is not a valid JSON object. Input: ${value}.`;
    }
    if (o.column !== undefined && o.verticalSection) return 'Use column in combination with section, not with verticalSection';
    return positiveInteger('section', o.section) ?? positiveInteger('column', o.column) ?? positiveInteger('order', o.order);
  },
  async run(context, o) {
    const page = await editablePage(context, o.webUrl, o.pageName);
    const canvas = parseCanvas(page.CanvasContent1);
    const webPart = await definition(context, o.webUrl, o.webPartId ?? STANDARD_WEB_PARTS[o.standardWebPart ?? '']);
    if (o.webPartProperties !== undefined) webPart.webPartData.properties = { ...asRecord(webPart.webPartData.properties), ...asRecord(parseJson(o.webPartProperties)) };
    if (o.webPartData !== undefined) {
      webPart.webPartData = { ...webPart.webPartData, ...asRecord(parseJson(o.webPartData)) };
      if (typeof webPart.webPartData.instanceId === 'string') webPart.id = webPart.webPartData.instanceId;
    }
    const target = targetColumn(canvas, { section: o.section, column: o.column, verticalSection: o.verticalSection, defaultSection: 'last' });
    placeControl(canvas, target, { controlType: 3, displayMode: 2, id: webPart.id, webPartId: webPart.webPartId, emphasis: {}, zoneGroupMetadata: target.zoneGroupMetadata, webPartData: webPart.webPartData }, o.order);
    const data = Object.fromEntries(
      Object.entries({ AuthorByline: page.AuthorByline, BannerImageUrl: page.BannerImageUrl, Description: page.Description, Title: page.Title, TopicHeader: page.TopicHeader, LayoutWebpartsContent: page.LayoutWebpartsContent }).filter(([, v]) => Boolean(v)),
    );
    await postPage(context, `${pageApi(o.webUrl, o.pageName)}/SavePageAsDraft`, { ...data, CanvasContent1: JSON.stringify(canvas) }, true);
    return undefined;
  },
});

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function asRecord(value: unknown): Record<string, unknown> {
  return isRecord(value) ? value : {};
}

/** A new instance of the web part from the site's definition of it (its first preconfigured entry). */
async function definition(context: CommandContext, webUrl: string, id: string): Promise<WebPart> {
  const response = await context.http.request<{ value: ComponentDefinition[] }>({ url: `${trimSlashes(webUrl)}/_api/web/getclientsidewebparts()`, headers: { ...ACCEPT.sharepoint } });
  const component = response.body.value.find((c) => [id, `{${id}}`].includes(c.Id.toLowerCase()));
  if (!component) throw new ActionError(`There is no available WebPart with Id ${id}.`, { hint: 'Deploy the app that holds the web part to the app catalog and install it on the site first.' });
  const manifest = asRecord(parseJson(component.Manifest));
  const entry = asRecord(Array.isArray(manifest.preconfiguredEntries) ? manifest.preconfiguredEntries[0] : undefined);
  const instance = crypto.randomUUID();
  const componentId = component.Id.replace(/^\{|\}$/g, '').toLowerCase();
  return {
    id: instance,
    webPartId: componentId,
    webPartData: { dataVersion: '1.0', description: asRecord(entry.description).default, id: componentId, instanceId: instance, properties: entry.properties, title: asRecord(entry.title).default },
  };
}
