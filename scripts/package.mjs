// Bundles the GitHub Action (dist/) and the Azure DevOps task (azure-devops/dist/) with @vercel/ncc.
// dist/ is committed and must be exactly what this script produces (CI checks it).
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const ncc = join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
const bundles = [
  { entry: 'src/index.ts', out: 'dist' },
  { entry: 'azure-devops/src/index.ts', out: 'azure-devops/dist' },
];

for (const { entry, out } of bundles) {
  if (!existsSync(join(root, entry))) continue;
  rmSync(join(root, out), { recursive: true, force: true });
  execFileSync(process.execPath, [ncc, 'build', entry, '-o', out, '--minify', '--license', 'licenses.txt', '--quiet', '--no-source-map-register'], {
    cwd: root,
    stdio: 'inherit',
  });
}
