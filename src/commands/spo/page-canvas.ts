/**
 * Modern pages as the page commands see them (not a command of its own): the page's name and its addresses in the
 * pages API, checking it out, and its canvas — `CanvasContent1`, a JSON array of controls, each with a position (zone =
 * section, section index = column, control index = order in the column) — with the CLI's rules for where a new control
 * goes.
 */
import { ActionError } from '../../errors.js';
import { ACCEPT, literal, trimSlashes } from '../kit/index.js';
import type { CommandContext } from '../types.js';
import { POST_HEADERS, webPath } from './shared-content.js';

/** `news` → `news.aspx`. */
export function pageFileName(name: string): string {
  return name.toLowerCase().endsWith('.aspx') ? name : `${name}.aspx`;
}

/** The pages API address of a page of the web's Site Pages library. */
export function pageApi(webUrl: string, name: string): string {
  return `${trimSlashes(webUrl)}/_api/sitepages/pages/GetByUrl(${literal(`sitepages/${pageFileName(name)}`)})`;
}

/** The server-relative URL of the page file. */
export function pageFilePath(webUrl: string, name: string): string {
  return `${webPath(webUrl)}/SitePages/${pageFileName(name)}`;
}

/** The server-relative URL of a page given with or without `.aspx`, possibly in a folder of Site Pages (`/folder/news`). */
export function pagePath(webUrl: string, name: string): string {
  return pageFilePath(webUrl, name.replace(/^\/+/, ''));
}

/** What the pages API answers for a page (the parts the commands use). */
export interface SitePage {
  readonly Id: number;
  readonly Title?: string | null;
  readonly Description?: string | null;
  readonly BannerImageUrl?: string | null;
  readonly CanvasContent1?: string | null;
  readonly LayoutWebpartsContent?: string | null;
  readonly TopicHeader?: string | null;
  readonly AuthorByline?: unknown;
  readonly IsPageCheckedOutToCurrentUser?: boolean;
}

/** Checks the page out (the pages API answers the page as checked out). */
export async function checkoutPage(context: CommandContext, webUrl: string, name: string): Promise<SitePage> {
  const response = await context.http.request<SitePage | undefined>({ method: 'POST', url: `${pageApi(webUrl, name)}/checkoutpage`, headers: { ...ACCEPT.sharepoint } });
  if (!response.body) throw new ActionError(`Page ${name} information not retrieved with the checkout`);
  return response.body;
}

/** Reads the page, and checks it out unless it already is. */
export async function editablePage(context: CommandContext, webUrl: string, name: string, select?: string): Promise<SitePage> {
  const url = `${pageApi(webUrl, name)}${select === undefined ? '' : `?$select=${select}`}`;
  const page = (await context.http.request<SitePage>({ url, headers: { ...ACCEPT.sharepoint } })).body;
  if (page.IsPageCheckedOutToCurrentUser) return page;
  const checkedOut = await checkoutPage(context, webUrl, name);
  return select === undefined ? checkedOut : page;
}

export async function postPage(context: CommandContext, url: string, body: unknown, merge = false): Promise<void> {
  const headers = merge ? { ...POST_HEADERS, 'x-http-method': 'MERGE', 'if-match': '*' } : { ...POST_HEADERS };
  await context.http.request({ method: 'POST', url, headers, body });
}

export interface Position {
  zoneIndex: number;
  sectionIndex: number;
  controlIndex?: number;
  sectionFactor?: number;
  layoutIndex?: number;
  zoneId?: string;
  isLayoutReflowOnTop?: boolean;
}

/** One control of the canvas: a web part (3), text (4), an empty column (no type), the page settings (0), a background (14). */
export interface CanvasControl {
  controlType?: number;
  position?: Position;
  zoneGroupMetadata?: unknown;
  emphasis?: unknown;
  [key: string]: unknown;
}

/** What a page without sections holds: only its settings. */
export const EMPTY_CANVAS = '[{"controlType":0,"pageSettingsSlice":{"isDefaultDescription":true,"isDefaultThumbnail":true}}]';

export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export function parseCanvas(text: string | null | undefined): CanvasControl[] {
  const parsed: unknown = JSON.parse(text || EMPTY_CANVAS);
  if (!Array.isArray(parsed)) throw new ActionError('The page canvas (CanvasContent1) is not a JSON array of controls.');
  return parsed.filter(isRecord);
}

/** The zone indexes of the sections, in order. */
export function zoneIndexes(canvas: readonly CanvasControl[]): number[] {
  return [...new Set(canvas.flatMap((c) => (c.position ? [c.position.zoneIndex] : [])))].sort((a, b) => a - b);
}

function defaultSection(layoutIndex: number): CanvasControl {
  return { position: { controlIndex: 1, sectionIndex: 1, zoneIndex: 1, sectionFactor: 12, layoutIndex }, emphasis: {}, displayMode: 2 };
}

export interface Where {
  /** Section number, from 1 (default: `defaultSection`). */
  readonly section?: number;
  /** Column number, from 1 (default 1). */
  readonly column?: number;
  readonly verticalSection?: boolean;
  /** Which section when none is given: the first (text) or the last (web parts), as the CLI does. */
  readonly defaultSection: 'first' | 'last';
}

/**
 * The first control of the column a new control goes to: a page without sections gets a one-column section first, a
 * vertical section is made when asked for and missing; a section or column that is not there is an error.
 */
export function targetColumn(canvas: CanvasControl[], where: Where): CanvasControl {
  if (where.verticalSection) {
    const vertical = canvas.find((c) => c.position?.layoutIndex === 2);
    if (vertical) return vertical;
    const made = defaultSection(2);
    canvas.unshift(made);
    return made;
  }
  if (!canvas.some((c) => c.position)) canvas.unshift(defaultSection(1));
  const zones = zoneIndexes(canvas);
  const section = where.section ?? (where.defaultSection === 'last' ? zones.length : 1);
  if (section > zones.length) throw new ActionError(`Invalid section '${section}'`);
  const column = where.column ?? 1;
  const found = canvas.find((c) => c.position?.zoneIndex === zones[section - 1] && c.position.sectionIndex === column);
  if (!found) throw new ActionError(`Invalid column '${column}'`);
  return found;
}

/**
 * Puts a control into the column of `target`: in place of an empty column, else at `order` (or last), numbering the
 * column's controls 1, 2, … again.
 */
export function placeControl(canvas: CanvasControl[], target: CanvasControl, control: CanvasControl, order: number | undefined): void {
  const position = { ...(target.position as Position) };
  if (!target.controlType) {
    canvas.splice(canvas.indexOf(target), 1, { ...control, position: { ...position, controlIndex: 1 } });
    return;
  }
  const inColumn = (c: CanvasControl): boolean => c.position?.zoneIndex === position.zoneIndex && c.position.sectionIndex === position.sectionIndex;
  const column = canvas.filter(inColumn).sort((a, b) => (a.position?.controlIndex ?? 0) - (b.position?.controlIndex ?? 0));
  const placed = { ...control, position };
  if (order === undefined || order > column.length) canvas.splice(canvas.indexOf(column[column.length - 1]) + 1, 0, placed);
  else canvas.splice(canvas.indexOf(column[order - 1]), 0, placed);
  canvas.filter(inColumn).forEach((c, i) => {
    if (c.position) c.position = { ...c.position, controlIndex: i + 1 };
  });
}
