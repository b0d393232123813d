// Bundles the GitHub Action (dist/), the command line (dist/cli/, the package's `bin`) and the Azure DevOps task
// (azure-devops/dist/) with @vercel/ncc. They are committed and must be exactly what this script produces (CI checks
// it). `--out <dir>` builds the same tree under another directory instead (to try a build without touching dist/).
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const ncc = join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
const outIndex = process.argv.indexOf('--out');
const outRoot = outIndex > 0 ? resolve(process.argv[outIndex + 1]) : root;
// dist/cli is built after dist, which is emptied first.
const bundles = [
  { entry: 'src/index.ts', out: 'dist' },
  { entry: 'src/cli.ts', out: 'dist/cli' },
  { entry: 'azure-devops/src/index.ts', out: 'azure-devops/dist' },
];

for (const { entry, out } of bundles) {
  if (!existsSync(join(root, entry))) continue;
  const target = join(outRoot, out);
  rmSync(target, { recursive: true, force: true });
  execFileSync(process.execPath, [ncc, 'build', entry, '-o', target, '--minify', '--license', 'licenses.txt', '--quiet', '--no-source-map-register'], {
    cwd: root,
    stdio: 'inherit',
  });
}
