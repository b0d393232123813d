/**
 * Renders the extension's icon (azure-devops/images/icon.svg, drawn for this project) into the PNG files that Azure
 * DevOps needs: the Marketplace extension icon (128 × 128) and the task icon shown in the pipeline editor (32 × 32,
 * packaged as M365Action/icon.png). Run `npm run icons` after editing the SVG and commit the PNG files;
 * `npm run icons -- --check` fails when a committed PNG is not what the SVG renders to.
 */
import { Resvg } from '@resvg/resvg-js';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMain, repositoryRoot } from '../release/run.js';

export const ICON_SVG = 'azure-devops/images/icon.svg';
/** Each PNG and its width in pixels. */
export const ICON_PNGS: ReadonlyArray<{ file: string; width: number }> = [
  { file: 'azure-devops/images/extension-icon.png', width: 128 },
  { file: 'azure-devops/images/task-icon.png', width: 32 },
];

/** Renders `svg` to a PNG `width` pixels wide (no system fonts: the icon has no text). */
export function renderPng(svg: string, width: number): Buffer {
  const resvg = new Resvg(svg, { fitTo: { mode: 'width', value: width }, font: { loadSystemFonts: false } });
  return resvg.render().asPng();
}

/** Writes every PNG (or, with `check`, lists those that differ from what the SVG renders to). */
export function renderIcons(root: string, check: boolean): string[] {
  const svg = readFileSync(join(root, ICON_SVG), 'utf8');
  const stale: string[] = [];
  for (const { file, width } of ICON_PNGS) {
    const png = renderPng(svg, width);
    const path = join(root, file);
    if (!check) writeFileSync(path, png);
    else if (!safeRead(path)?.equals(png)) stale.push(file);
  }
  return stale;
}

function safeRead(path: string): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}

if (isMain(import.meta.url)) {
  const root = repositoryRoot();
  const check = process.argv.includes('--check');
  const stale = renderIcons(root, check);
  if (stale.length > 0) {
    console.error(`${stale.join(', ')} ${stale.length === 1 ? 'is' : 'are'} not what ${ICON_SVG} renders to: run 'npm run icons' and commit.`);
    process.exit(1);
  }
  if (!check) for (const { file, width } of ICON_PNGS) console.log(`${file} (${width} × ${width})`);
}
