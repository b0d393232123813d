/* global console, process */
// Stages the task folder that vss-extension.json packages (`files: [{ path: "M365Action" }]`): task.json plus the
// bundle in dist/ (index.js, its lazy chunks, package.json with "type": "module" so that node loads the ESM bundle,
// licenses.txt). The staged copy is a build product: never commit it.
// Usage: npm run package && node azure-devops/stage.mjs && npx tfx-cli extension create --root azure-devops --manifest-globs vss-extension.json
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const task = JSON.parse(readFileSync(join(here, 'task.json'), 'utf8'));
const manifest = JSON.parse(readFileSync(join(here, 'vss-extension.json'), 'utf8'));
const folder = manifest.files?.[0]?.path;
if (folder !== task.name) fail(`vss-extension.json packages '${folder}', but task.json names the task '${task.name}'.`);

const problems = [];
for (const [handler, { target }] of Object.entries(task.execution ?? {})) {
  if (!existsSync(join(here, target))) problems.push(`${handler} target ${target} is missing`);
}
const bundleType = existsSync(join(here, 'dist', 'package.json'))
  ? JSON.parse(readFileSync(join(here, 'dist', 'package.json'), 'utf8')).type
  : undefined;
if (bundleType !== 'module') problems.push('dist/package.json must say "type": "module" (the bundle is ESM)');
if (problems.length > 0) fail(`Cannot stage ${folder}: ${problems.join('; ')}. Run \`npm run package\` first.`);

const out = join(here, folder);
rmSync(out, { recursive: true, force: true });
cpSync(join(here, 'task.json'), join(out, 'task.json'));
cpSync(join(here, 'dist'), join(out, 'dist'), { recursive: true });
console.log(`Staged ${out} (task ${task.name} ${task.version.Major}.${task.version.Minor}.${task.version.Patch}).`);

function fail(message) {
  console.error(message);
  process.exit(1);
}
