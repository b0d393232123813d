/**
 * Publishes the release of a pushed `v1.2.3` tag (what .github/workflows/release.yml runs), in four steps:
 *
 * 1. verify: the tag is a semantic version and is the checked-out commit; package.json has that version and the Azure
 *    DevOps manifests follow it; dist/ and azure-devops/dist/ are committed and what the build produced (the workflow
 *    rebuilds them first, so a stale bundle fails here); CHANGELOG.md has a section for the version;
 * 2. notes: that section, its hard-wrapped lines joined (GitHub would show each break), written to a file;
 * 3. the GitHub release, with `gh release create` (assets such as the .vsix attached; a prerelease for 1.2.3-rc.1);
 * 4. the major tag: `v1` moved to the release, as users pin `uses: owner/m365-action@v1` — unless a newer 1.x release
 *    already holds it (a patch of an older line never pulls `v1` back), and never for a prerelease.
 *
 *   tsx scripts/release/release.ts --tag v1.2.3 [--dry-run] [--notes-file FILE] [--asset FILE]... [--remote origin]
 *
 * `--dry-run` does everything that stays in the clone — checks, notes, moving the local major tag — and prints the
 * `gh` and `git push` commands instead of running them, so the whole flow can be tried (and tested) locally.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { changelogSection, unwrapMarkdown } from './changelog.js';
import { compareVersions, manifestDrift, parseVersion, readProject, type Version } from './project.js';
import { flag, flags, git, isMain } from './run.js';

/** The bundles a release must carry: runners and agents run them as committed. */
export const BUNDLES = ['dist/index.js', 'azure-devops/dist/index.js'];

export interface ReleaseOptions {
  readonly root: string;
  readonly tag: string;
  readonly dryRun: boolean;
  readonly notesFile: string;
  readonly assets: readonly string[];
  readonly remote: string;
  /** Where progress goes (console.log by default). */
  readonly log: (line: string) => void;
}

export interface ReleasePlan {
  readonly version: Version;
  readonly notes: string;
  /** `v1`, or undefined when the major tag stays where it is. */
  readonly majorTag?: string;
  readonly commit: string;
}

/** `v1.2.3` → 1.2.3; throws for anything else. */
export function versionOfTag(tag: string): Version {
  const version = tag.startsWith('v') ? parseVersion(tag.slice(1)) : undefined;
  if (!version) throw new Error(`Tag '${tag}' is not a release tag: releases are tagged v<major>.<minor>.<patch>, like v1.2.3 or v1.3.0-rc.1.`);
  return version;
}

/** Every reason not to release `tag` from `root`, each with its fix. */
export function verify(root: string, tag: string, version: Version): string[] {
  const problems: string[] = [];
  const project = readProject(root);
  if (project.version.text !== version.text) {
    problems.push(`package.json says ${project.version.text}, the tag ${tag}: run 'npm version ${version.text}' (it also updates the Azure DevOps manifests and the changelog), commit, and tag that commit.`);
  }
  problems.push(...manifestDrift(root));
  const commit = tryGit(root, 'rev-parse', `${tag}^{commit}`);
  if (!commit) problems.push(`There is no tag ${tag} in this clone.`);
  else if (commit !== git(root, 'rev-parse', 'HEAD')) problems.push(`The checked-out commit is not ${tag}'s: check out the tag before releasing it.`);
  for (const bundle of BUNDLES) {
    if (!tryGit(root, 'ls-files', '--error-unmatch', bundle)) problems.push(`${bundle} is not committed: run 'npm run package' and commit dist/.`);
  }
  const changed = git(root, 'status', '--porcelain', '--', 'dist', 'azure-devops/dist');
  const count = changed ? changed.split('\n').length : 0;
  if (count > 0) problems.push(`dist/ differs from a fresh build (${count === 1 ? '1 file' : `${count} files`}): run 'npm run package', commit, and tag again.`);
  try {
    changelogSection(readFileSync(join(root, 'CHANGELOG.md'), 'utf8'), version.text);
  } catch (error) {
    problems.push(error instanceof Error ? error.message : String(error));
  }
  return problems;
}

function tryGit(root: string, ...args: string[]): string | undefined {
  try {
    return git(root, ...args);
  } catch {
    return undefined;
  }
}

/** `v1` if `version` is the newest release of its major version among the clone's tags; undefined otherwise. */
export function majorTagFor(root: string, version: Version): string | undefined {
  if (version.prerelease !== undefined) return undefined;
  const newer = git(root, 'tag', '--list', `v${version.major}.*`)
    .split('\n')
    .map((tag) => (tag.startsWith('v') ? parseVersion(tag.slice(1)) : undefined))
    .filter((other): other is Version => other !== undefined && other.prerelease === undefined && other.major === version.major)
    .some((other) => compareVersions(other, version) > 0);
  return newer ? undefined : `v${version.major}`;
}

/** Checks, writes the notes, creates the GitHub release and moves the major tag (or says what it would do). */
export function release(options: ReleaseOptions): ReleasePlan {
  const { root, tag, log } = options;
  const version = versionOfTag(tag);
  const problems = verify(root, tag, version);
  if (problems.length > 0) throw new Error(`Cannot release ${tag}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  const commit = git(root, 'rev-parse', `${tag}^{commit}`);
  log(`✔ ${tag} (${commit.slice(0, 12)}): package.json, Azure DevOps manifests, dist/ and CHANGELOG.md agree.`);

  const notes = changelogSection(readFileSync(join(root, 'CHANGELOG.md'), 'utf8'), version.text);
  writeFileSync(options.notesFile, `${unwrapMarkdown(notes)}\n`);
  log(`✔ Release notes (CHANGELOG.md, ${version.text}) written to ${options.notesFile}.`);

  const gh = ['release', 'create', tag, '--title', tag, '--notes-file', options.notesFile, '--verify-tag'];
  if (version.prerelease !== undefined) gh.push('--prerelease');
  gh.push(...options.assets);
  perform(options, 'gh', gh, `GitHub release ${tag}${options.assets.length > 0 ? ` with ${options.assets.length} asset(s)` : ''}`);

  const majorTag = majorTagFor(root, version);
  if (!majorTag) {
    log(version.prerelease !== undefined ? `• v${version.major} stays: ${tag} is a prerelease.` : `• v${version.major} stays: a newer v${version.major}.x release holds it.`);
    return { version, notes, commit };
  }
  git(root, 'tag', '--force', majorTag, commit);
  log(`✔ ${majorTag} now points at ${tag} (${commit.slice(0, 12)}) in this clone.`);
  perform(options, 'git', ['push', '--force', options.remote, `refs/tags/${majorTag}`], `${majorTag} pushed to ${options.remote}`);
  return { version, notes, majorTag, commit };
}

/** Runs a command that leaves the clone, or only prints it in a dry run. */
function perform(options: ReleaseOptions, command: string, args: string[], done: string): void {
  const shown = [command, ...args].map((arg) => (/^[\w@%+=:,./^-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`)).join(' ');
  if (options.dryRun) {
    options.log(`• dry run, not run: ${shown}`);
    return;
  }
  execFileSync(command, args, { cwd: options.root, stdio: 'inherit' });
  options.log(`✔ ${done}.`);
}

function main(argv: readonly string[]): number {
  const tag = flag(argv, '--tag') ?? process.env.GITHUB_REF_NAME;
  if (!tag) {
    console.error('Give the tag to release: --tag v1.2.3 (in a workflow, GITHUB_REF_NAME is used).');
    return 2;
  }
  const root = resolve(flag(argv, '--root') ?? process.cwd());
  try {
    release({
      root,
      tag,
      dryRun: argv.includes('--dry-run'),
      notesFile: resolve(flag(argv, '--notes-file') ?? join(process.env.RUNNER_TEMP ?? tmpdir(), `release-notes-${tag}.md`)),
      assets: flags(argv, '--asset').map((asset) => resolve(asset)),
      remote: flag(argv, '--remote') ?? 'origin',
      log: (line) => console.log(line),
    });
    return 0;
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 1;
  }
}

if (isMain(import.meta.url)) process.exitCode = main(process.argv.slice(2));
