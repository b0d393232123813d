import { command, opt } from '../kit/index.js';
import { editablePage, pageApi, parseCanvas, placeControl, postPage, targetColumn } from './page-canvas.js';
import { positiveInteger } from './shared-content.js';

/**
 * `spo page text add`: adds a text (HTML; a bare text becomes a paragraph) to a page's canvas in a section and column
 * (default: the first of each), and saves a draft. It goes through the pages API's JSON canvas (the CLI rewrites the list
 * item's canvas HTML instead; the page ends up the same). Like the CLI, it prints nothing (spo/page/page-text-add).
 */
export const spoPageTextAdd = command({
  name: 'spo page text add',
  description: 'Adds text to a modern page',
  resource: 'sharepoint',
  readOnly: false,
  permissions: { sharepoint: ['Sites.ReadWrite.All', 'Sites.Manage.All', 'Sites.FullControl.All'] },
  options: {
    webUrl: opt.site('URL of the site where the page is.', { short: 'u', required: true }),
    pageName: opt.string('Name of the page.', { short: 'n', required: true }),
    text: opt.string('Text to add (HTML).', { short: 't', required: true }),
    section: opt.number('Section to add the text to (1 or more). Default: 1.'),
    column: opt.number('Column to add the text to (1 or more). Default: 1.'),
    order: opt.number('Order of the text in the column.'),
  },
  validate: (o) => positiveInteger('section', o.section) ?? positiveInteger('column', o.column) ?? positiveInteger('order', o.order),
  async run(context, o) {
    const page = await editablePage(context, o.webUrl, o.pageName);
    const canvas = parseCanvas(page.CanvasContent1);
    const target = targetColumn(canvas, { section: o.section, column: o.column, defaultSection: 'first' });
    const html = o.text.startsWith('<p>') ? o.text : `<p>${o.text}</p>`;
    placeControl(canvas, target, { controlType: 4, displayMode: 2, id: crypto.randomUUID(), emphasis: target.emphasis ?? {}, zoneGroupMetadata: target.zoneGroupMetadata, editorType: 'CKEditor', innerHTML: html }, o.order);
    await postPage(context, `${pageApi(o.webUrl, o.pageName)}/SavePageAsDraft`, { CanvasContent1: JSON.stringify(canvas) }, true);
    return undefined;
  },
});
