import { ActionError } from '../../errors.js';
import { command, opt } from '../kit/index.js';
import { editablePage, isRecord, pageApi, parseCanvas, postPage, zoneIndexes, type CanvasControl } from './page-canvas.js';
import { positiveInteger } from './shared-content.js';

const TEMPLATES = ['OneColumn', 'OneColumnFullWidth', 'TwoColumn', 'ThreeColumn', 'TwoColumnLeft', 'TwoColumnRight', 'Vertical', 'Flexible'] as const;
const EMPHASIS = ['None', 'Neutral', 'Soft', 'Strong', 'Image', 'Gradient'] as const;
const FILL_MODES = ['ScaleToFill', 'ScaleToFit', 'Tile', 'OriginalSize'] as const;
const REFLOW = ['TopToBottom', 'LeftToRight'] as const;

/** The column widths (of 12) of each section template; a full-width section has one column of factor 0. */
const COLUMNS: Readonly<Record<(typeof TEMPLATES)[number], readonly number[]>> = {
  OneColumn: [12], OneColumnFullWidth: [0], TwoColumn: [6, 6], ThreeColumn: [4, 4, 4], TwoColumnLeft: [8, 4], TwoColumnRight: [4, 8], Vertical: [12], Flexible: [100],
};

const options = {
  pageName: opt.string('Name of the page.', { short: 'n', required: true }),
  webUrl: opt.site('URL of the site where the page is.', { short: 'u', required: true }),
  sectionTemplate: opt.enum(TEMPLATES, 'Type of section to add.', { short: 't', required: true }),
  order: opt.number('Order of the section (1 or more; default: last).'),
  zoneEmphasis: opt.enum(EMPHASIS, 'Background of the section.'),
  isLayoutReflowOnTop: opt.boolean('On small screens, show the vertical section on top (Vertical only).'),
  isCollapsibleSection: opt.boolean('Make the section collapsible.'),
  showDivider: opt.boolean('Show a divider line between sections.'),
  iconAlignment: opt.enum(['Left', 'Right'], 'Alignment of the expand/collapse icon. Default: Left.'),
  isExpanded: opt.boolean('Show the collapsible section expanded.'),
  headingLevel: opt.number('Heading level of a collapsible section: 2, 3 or 4.'),
  gradientText: opt.string('Gradient of the background (zoneEmphasis Gradient).'),
  imageUrl: opt.string('Background image URL (zoneEmphasis Image).'),
  imageHeight: opt.number('Height of the background image. Default: 955.'),
  imageWidth: opt.number('Width of the background image. Default: 555.'),
  fillMode: opt.enum(FILL_MODES, 'Fill mode of the background image. Default: ScaleToFill.'),
  useLightText: opt.boolean('Light text on the background.'),
  overlayColor: opt.string('Overlay colour (#RRGGBB). Default: #ffffff.'),
  overlayOpacity: opt.number('Overlay opacity, 0-100. Default: 60.'),
  collapsibleTitle: opt.string('Title of the collapsible section.'),
  zoneReflowStrategy: opt.enum(REFLOW, 'Mobile and e-mail reflow (Flexible only).'),
  zoneHeight: opt.number('Height of the section, 34 or more (Flexible only).'),
};

type SectionOptions = Partial<{ [K in keyof typeof options]: NonNullable<(typeof options)[K]['__type']> }>;

/** `spo page section add`: adds a section of the given template to a page's canvas. Like the CLI, it prints nothing (spo/page/page-section-add). */
export const spoPageSectionAdd = command({
  name: 'spo page section add',
  description: 'Adds section to modern page',
  resource: 'sharepoint',
  readOnly: false,
  permissions: { sharepoint: ['Sites.ReadWrite.All', 'Sites.Manage.All', 'Sites.FullControl.All'] },
  options,
  validate: validateSection,
  async run(context, o) {
    const page = await editablePage(context, o.webUrl, o.pageName, 'CanvasContent1,IsPageCheckedOutToCurrentUser');
    const canvas = parseCanvas(page.CanvasContent1);
    assertLayoutFits(canvas, o.sectionTemplate);
    const zones = zoneIndexes(canvas);
    zones.push(zones.length > 0 ? zones[zones.length - 1] + 1 : 1);
    const zoneIndex = zones[Math.min(o.order ?? zones.length, zones.length) - 1];
    const zoneId = o.zoneEmphasis === 'Image' || o.zoneEmphasis === 'Gradient' ? crypto.randomUUID() : undefined;
    if (zoneId !== undefined) setBackground(canvas, zoneId, o);
    for (const control of canvas) if (control.position && control.position.zoneIndex >= zoneIndex) control.position.zoneIndex += 1;
    const at = canvas.findIndex((c) => c.position !== undefined && c.position.zoneIndex >= zoneIndex);
    canvas.splice(at === -1 ? canvas.length - 1 : at, 0, ...columns(zoneIndex, zoneId, o));
    await postPage(context, `${pageApi(o.webUrl, o.pageName)}/savepage`, { CanvasContent1: JSON.stringify(canvas) });
    return undefined;
  },
});

function validateSection(o: SectionOptions): string | undefined {
  const emphasis = o.zoneEmphasis;
  if (o.isLayoutReflowOnTop && o.sectionTemplate !== 'Vertical') return 'Specify isLayoutReflowOnTop when the sectionTemplate is set to Vertical.';
  if (o.headingLevel !== undefined && ![2, 3, 4].includes(o.headingLevel)) return 'The value of parameter headingLevel must be 2, 3 or 4';
  if (emphasis !== 'Image' && (o.imageUrl !== undefined || o.imageWidth !== undefined || o.imageHeight !== undefined || o.fillMode !== undefined)) {
    return 'Specify imageUrl, imageWidth, imageHeight or fillMode only when zoneEmphasis is set to Image';
  }
  if (emphasis === 'Image' && o.imageUrl === undefined) return 'Specify imageUrl when zoneEmphasis is set to Image';
  if (emphasis !== 'Gradient' && o.gradientText !== undefined) return 'Specify gradientText only when zoneEmphasis is set to Gradient';
  if (emphasis === 'Gradient' && o.gradientText === undefined) return 'Specify gradientText when zoneEmphasis is set to Gradient';
  if (o.overlayOpacity !== undefined && (o.overlayOpacity < 0 || o.overlayOpacity > 100)) return 'The value of parameter overlayOpacity must be between 0 and 100';
  if (o.overlayColor !== undefined && !/^#[0-9a-f]{6}$/i.test(o.overlayColor)) return 'The value of parameter overlayColor must be a valid hex color';
  if (emphasis !== 'Image' && emphasis !== 'Gradient' && (o.overlayColor !== undefined || o.overlayOpacity !== undefined || o.useLightText)) {
    return 'Specify overlayColor or overlayOpacity only when zoneEmphasis is set to Image or Gradient';
  }
  if (o.sectionTemplate !== 'Flexible' && (o.zoneReflowStrategy !== undefined || o.zoneHeight !== undefined)) return 'Specify zoneReflowStrategy or zoneHeight only when sectionTemplate is set to Flexible';
  return positiveInteger('order', o.order) ?? positiveInteger('zoneHeight', o.zoneHeight, 34);
}

/** A page has either a vertical section or a full-width one, never both. */
function assertLayoutFits(canvas: readonly CanvasControl[], template: string): void {
  if (template === 'OneColumnFullWidth' && canvas.some((c) => c.position?.layoutIndex === 2 && c.position.sectionFactor === 12)) {
    throw new ActionError('A vertical section already exists on the page. A full-width section cannot be added to a page that already has a vertical section.');
  }
  if (template === 'Vertical' && canvas.some((c) => c.position?.layoutIndex === 1 && c.position.sectionFactor === 0)) {
    throw new ActionError('A full-width section already exists on the page. A vertical section cannot be added to a page that already has a full-width section.');
  }
}

/** The empty columns of the new section. */
function columns(zoneIndex: number, zoneId: string | undefined, o: SectionOptions): CanvasControl[] {
  const template = o.sectionTemplate ?? 'OneColumn';
  return COLUMNS[template].map((factor, i) => {
    const column = emptyColumn(template === 'Vertical' ? 1 : zoneIndex, i + 1, factor, zoneId, o);
    if (template === 'Vertical' && column.position) column.position = { ...column.position, layoutIndex: 2, controlIndex: 1, isLayoutReflowOnTop: o.isLayoutReflowOnTop ?? false };
    if (template === 'Flexible') {
      column.zoneReflowStrategy = { axis: o.zoneReflowStrategy === undefined ? 0 : REFLOW.indexOf(o.zoneReflowStrategy) };
      if (o.zoneHeight !== undefined) column.zoneHeight = o.zoneHeight;
    }
    return column;
  });
}

function emptyColumn(zoneIndex: number, sectionIndex: number, sectionFactor: number, zoneId: string | undefined, o: SectionOptions): CanvasControl {
  const shading = ['None', 'Neutral', 'Soft', 'Strong'].indexOf(o.zoneEmphasis ?? '');
  const column: CanvasControl = { displayMode: 2, position: { zoneIndex, sectionIndex, sectionFactor, layoutIndex: 1, zoneId }, emphasis: shading >= 0 ? { zoneEmphasis: shading } : {} };
  if (o.isCollapsibleSection) {
    column.zoneGroupMetadata = {
      type: 1,
      isExpanded: o.isExpanded ?? false,
      showDividerLine: o.showDivider ?? false,
      iconAlignment: o.iconAlignment === 'Right' ? 'right' : 'left',
      displayName: o.collapsibleTitle,
      headingLevel: o.headingLevel ?? 2,
    };
  }
  return column;
}

/** The object at `key` of `parent`, made when missing (the page's JSON may lack any part of it). */
function child(parent: Record<string, unknown>, key: string): Record<string, unknown> {
  const value = parent[key];
  if (isRecord(value)) return value;
  const made: Record<string, unknown> = {};
  parent[key] = made;
  return made;
}

/** The background of image and gradient sections lives in one control of type 14, per zone. */
function setBackground(canvas: CanvasControl[], zoneId: string, o: SectionOptions): void {
  let control = canvas.find((c) => c.controlType === 14);
  if (!control) {
    control = { controlType: 14, webPartData: { properties: { zoneBackground: {} }, serverProcessedContent: { htmlStrings: {}, searchablePlainTexts: {}, imageSources: {}, links: {} }, dataVersion: '1.0' } };
    canvas.push(control);
  }
  const data = child(control, 'webPartData');
  const background: Record<string, unknown> = {};
  if (o.gradientText !== undefined) Object.assign(background, { type: 'gradient', gradient: o.gradientText });
  if (o.imageUrl !== undefined) {
    Object.assign(background, { type: 'image', imageData: { source: 2, fileName: 'sectionbackground.jpg', height: o.imageHeight ?? 955, width: o.imageWidth ?? 555 }, fillMode: o.fillMode === undefined ? 0 : FILL_MODES.indexOf(o.fillMode) });
    child(child(data, 'serverProcessedContent'), 'imageSources')[`zoneBackground.${zoneId}.imageData.url`] = o.imageUrl;
  }
  child(child(data, 'properties'), 'zoneBackground')[zoneId] = { ...background, useLightText: o.useLightText ?? false, overlay: { color: o.overlayColor ?? '#FFFFFF', opacity: o.overlayOpacity ?? 60 } };
}
