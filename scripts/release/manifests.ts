/**
 * Keeps the Azure DevOps manifests in step with package.json (see project.ts).
 *
 *   tsx scripts/release/manifests.ts            check: list every field that drifted, exit 1 if any
 *   tsx scripts/release/manifests.ts --write    write package.json's version, publisher and links into them
 *   ... --write --changelog                     also turn CHANGELOG.md's Unreleased entries into the version's section
 *
 * `npm version <major|minor|patch>` runs the last form (the `version` script), so one command bumps everything.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cutRelease } from './changelog.js';
import { manifestDrift, readProject, writeManifests } from './project.js';
import { isMain, repositoryRoot } from './run.js';

export function main(argv: readonly string[], root: string): number {
  if (argv.includes('--write')) {
    writeManifests(root);
    console.log('Wrote the version, publisher and links of package.json into azure-devops/task.json and azure-devops/vss-extension.json.');
    if (argv.includes('--changelog')) {
      const project = readProject(root);
      const file = join(root, 'CHANGELOG.md');
      const today = new Date().toISOString().slice(0, 10);
      writeFileSync(file, cutRelease(readFileSync(file, 'utf8'), project.version.text, today, project.repository));
      console.log(`CHANGELOG.md: the Unreleased entries are now ${project.version.text} (${today}).`);
    }
    return 0;
  }
  const drift = manifestDrift(root);
  for (const problem of drift) console.error(problem);
  if (drift.length > 0) console.error("package.json is the one place for version, config.publisher and repository: run 'npm run manifests' and commit.");
  return drift.length > 0 ? 1 : 0;
}

if (isMain(import.meta.url)) process.exitCode = main(process.argv.slice(2), repositoryRoot());
