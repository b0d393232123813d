/**
 * The release script (scripts/release/release.ts), run the way the release workflow runs it, in a scratch clone with a
 * bare repository as its origin: a tagged v0.2.0 gets its changelog section as release notes and moves the major tag
 * v0; nothing leaves the clone in a dry run; `gh` (a recording stand-in on PATH) and `git push` run otherwise. GitHub
 * itself is not involved.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { changelogSection, cutRelease, unwrapMarkdown } from '../scripts/release/changelog.js';
import { main as manifests } from '../scripts/release/manifests.js';

const repo = join(import.meta.dirname, '..');
const tsx = join(repo, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const script = join(repo, 'scripts', 'release', 'release.ts');
const REPOSITORY = 'https://github.com/contoso/m365-action';

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Git without the machine's global configuration, with a fixed identity. */
const gitEnv = {
  ...process.env,
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'Release Test',
  GIT_AUTHOR_EMAIL: 'release@example.com',
  GIT_COMMITTER_NAME: 'Release Test',
  GIT_COMMITTER_EMAIL: 'release@example.com',
};
const git = (cwd: string, ...args: string[]): string => execFileSync('git', args, { cwd, env: gitEnv, encoding: 'utf8' }).trim();
const commitOf = (cwd: string, ref: string): string => git(cwd, 'rev-parse', `${ref}^{commit}`);

const CHANGELOG_0_1_0 = `# Changelog

## [Unreleased]

### Added

- Deploys to site collection app catalogs.

### Fixed

- Paging stops at the last page.

## [0.1.0] - 2026-01-01

### Added

- The first commands.

[Unreleased]: ${REPOSITORY}/compare/v0.1.0...HEAD
[0.1.0]: ${REPOSITORY}/releases/tag/v0.1.0
`;

interface Scratch {
  readonly clone: string;
  readonly origin: string;
  readonly dir: string;
}

/**
 * A bare origin and a clone holding a released v0.1.0 (tags v0.1.0 and v0 pushed), then the commit of v0.2.0 made as
 * `npm version 0.2.0` makes it (package.json, manifests and changelog), tagged v0.2.0 locally, as a maintainer would
 * before pushing the tag.
 */
function scratch(): Scratch {
  const dir = mkdtempSync(join(tmpdir(), 'release-'));
  dirs.push(dir);
  const [origin, clone] = [join(dir, 'origin.git'), join(dir, 'clone')];
  git(dir, 'init', '--quiet', '--bare', '--initial-branch=main', origin);
  git(dir, 'clone', '--quiet', origin, clone);
  for (const file of ['azure-devops/task.json', 'azure-devops/vss-extension.json']) cpSync(join(repo, file), join(clone, file));
  for (const bundle of ['dist/index.js', 'azure-devops/dist/index.js']) {
    mkdirSync(join(clone, bundle, '..'), { recursive: true });
    writeFileSync(join(clone, bundle), '// bundle\n');
  }
  setVersion(clone, '0.1.0');
  writeFileSync(join(clone, 'CHANGELOG.md'), CHANGELOG_0_1_0);
  commitAndTag(clone, 'v0.1.0');
  git(clone, 'tag', 'v0', 'v0.1.0');
  git(clone, 'push', '--quiet', 'origin', 'main', 'v0.1.0', 'v0');

  setVersion(clone, '0.2.0');
  expect(manifests(['--write', '--changelog'], clone)).toBe(0);
  commitAndTag(clone, 'v0.2.0');
  return { clone, origin, dir };
}

/** package.json at `version`, and the manifests written from it. */
function setVersion(clone: string, version: string): void {
  const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as Record<string, unknown>;
  writeFileSync(join(clone, 'package.json'), `${JSON.stringify({ ...pkg, version }, null, 2)}\n`);
  expect(manifests(['--write'], clone)).toBe(0);
}

function commitAndTag(clone: string, tag: string): void {
  git(clone, 'add', '-A');
  git(clone, 'commit', '--quiet', '-m', tag);
  git(clone, 'tag', tag);
}

/** Runs the release script in the clone as the workflow does; `gh` is a stand-in that records its arguments. */
function release(s: Scratch, ...args: string[]): { status: number | null; stdout: string; stderr: string; gh: string[][] } {
  const bin = join(s.dir, 'bin');
  const record = join(s.dir, 'gh-calls.jsonl');
  mkdirSync(bin, { recursive: true });
  writeFileSync(join(bin, 'gh'), `#!/usr/bin/env node\nrequire('fs').appendFileSync(${JSON.stringify(record)}, JSON.stringify(process.argv.slice(2)) + '\\n');\n`);
  chmodSync(join(bin, 'gh'), 0o755);
  writeFileSync(record, '');
  const env = { ...gitEnv, PATH: `${bin}${delimiter}${process.env.PATH ?? ''}`, GITHUB_REF_NAME: '', RUNNER_TEMP: s.dir };
  const run = spawnSync(process.execPath, [tsx, script, ...args], { cwd: s.clone, env, encoding: 'utf8' });
  const gh = readFileSync(record, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as string[]);
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, gh };
}

describe('scripts/release/release.ts', () => {
  it('dry run: writes the changelog section as notes and moves v0 in the clone only', () => {
    const s = scratch();
    const notes = join(s.dir, 'notes.md');
    const run = release(s, '--tag', 'v0.2.0', '--dry-run', '--notes-file', notes);
    expect([run.status, run.stderr]).toEqual([0, '']);
    expect(readFileSync(notes, 'utf8')).toBe('### Added\n\n- Deploys to site collection app catalogs.\n\n### Fixed\n\n- Paging stops at the last page.\n');
    expect(commitOf(s.clone, 'v0')).toBe(commitOf(s.clone, 'v0.2.0'));
    expect(commitOf(s.origin, 'v0')).toBe(commitOf(s.origin, 'v0.1.0'));
    expect(run.gh).toEqual([]);
    expect(run.stdout).toContain(`• dry run, not run: gh release create v0.2.0 --title v0.2.0 --notes-file ${notes} --verify-tag\n`);
    expect(run.stdout).toContain('• dry run, not run: git push --force origin refs/tags/v0\n');
  });

  it('for real: creates the release with its asset and pushes the moved v0 to origin', () => {
    const s = scratch();
    const notes = join(s.dir, 'notes.md');
    const vsix = join(s.dir, 'm365-action-0.2.0.vsix');
    writeFileSync(vsix, 'PK');
    git(s.clone, 'push', '--quiet', 'origin', 'main', 'v0.2.0');
    const run = release(s, '--tag', 'v0.2.0', '--notes-file', notes, '--asset', vsix);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('v0 -> v0 (forced update)'); // git push's own report
    expect(run.gh).toEqual([['release', 'create', 'v0.2.0', '--title', 'v0.2.0', '--notes-file', notes, '--verify-tag', vsix]]);
    expect(commitOf(s.origin, 'v0')).toBe(commitOf(s.origin, 'v0.2.0'));
  });

  it('takes the tag from GITHUB_REF_NAME, as in the workflow, and writes the notes to RUNNER_TEMP', () => {
    const s = scratch();
    const run = spawnSync(process.execPath, [tsx, script, '--dry-run'], { cwd: s.clone, env: { ...gitEnv, GITHUB_REF_NAME: 'v0.2.0', RUNNER_TEMP: s.dir }, encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(readFileSync(join(s.dir, 'release-notes-v0.2.0.md'), 'utf8')).toMatch(/^### Added\n/);
  });

  it('refuses a tag that package.json, dist/ and the changelog do not match, listing every reason', () => {
    const s = scratch();
    git(s.clone, 'tag', 'v0.3.0');
    writeFileSync(join(s.clone, 'dist/index.js'), '// rebuilt differently\n');
    const run = release(s, '--tag', 'v0.3.0', '--dry-run');
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      [
        'Cannot release v0.3.0:',
        "  - package.json says 0.2.0, the tag v0.3.0: run 'npm version 0.3.0' (it also updates the Azure DevOps manifests and the changelog), commit, and tag that commit.",
        "  - dist/ differs from a fresh build (1 file): run 'npm run package', commit, and tag again.",
        "  - CHANGELOG.md has no section '## [0.3.0] - YYYY-MM-DD': add one with the changes of 0.3.0.",
        '',
      ].join('\n'),
    );
    expect(commitOf(s.clone, 'v0')).toBe(commitOf(s.clone, 'v0.1.0'));
  });

  it('refuses a tag that is not a version, and a tag that is not checked out', () => {
    const s = scratch();
    expect(release(s, '--tag', 'release-2', '--dry-run').stderr).toBe(
      "Tag 'release-2' is not a release tag: releases are tagged v<major>.<minor>.<patch>, like v1.2.3 or v1.3.0-rc.1.\n",
    );
    git(s.clone, 'checkout', '--quiet', 'v0.1.0');
    const run = release(s, '--tag', 'v0.2.0', '--dry-run');
    expect(run.stderr).toContain("  - The checked-out commit is not v0.2.0's: check out the tag before releasing it.\n");
  });

  it('leaves v0 on the newest release when a patch of an older line is released', () => {
    const s = scratch();
    expect(release(s, '--tag', 'v0.2.0', '--dry-run').status).toBe(0);
    git(s.clone, 'checkout', '--quiet', '-b', 'release-0.1', 'v0.1.0');
    writeFileSync(join(s.clone, 'CHANGELOG.md'), cutRelease(CHANGELOG_0_1_0.replace(/### Added\n\n- Deploys[^\n]*\n\n/, ''), '0.1.1', '2026-02-01', REPOSITORY));
    setVersion(s.clone, '0.1.1');
    commitAndTag(s.clone, 'v0.1.1');
    const run = release(s, '--tag', 'v0.1.1', '--dry-run');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('• v0 stays: a newer v0.x release holds it.\n');
    expect(commitOf(s.clone, 'v0')).toBe(commitOf(s.clone, 'v0.2.0'));
  });

  it('publishes a prerelease as such and leaves the major tag alone', () => {
    const s = scratch();
    setVersion(s.clone, '0.3.0-rc.1');
    writeFileSync(join(s.clone, 'CHANGELOG.md'), cutRelease(readFileSync(join(s.clone, 'CHANGELOG.md'), 'utf8').replace('## [Unreleased]\n', '## [Unreleased]\n\n- Release candidate.\n'), '0.3.0-rc.1', '2026-03-01', REPOSITORY));
    commitAndTag(s.clone, 'v0.3.0-rc.1');
    const run = release(s, '--tag', 'v0.3.0-rc.1', '--notes-file', join(s.dir, 'rc.md'));
    expect(run.status).toBe(0);
    expect(run.gh[0]).toContain('--prerelease');
    expect(run.stdout).toContain('• v0 stays: v0.3.0-rc.1 is a prerelease.\n');
    expect(commitOf(s.origin, 'v0')).toBe(commitOf(s.origin, 'v0.1.0'));
  });
});

describe('CHANGELOG.md', () => {
  const changelog = readFileSync(join(repo, 'CHANGELOG.md'), 'utf8');
  const version = (JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { version: string }).version;

  it("has a section for package.json's version, with entries, and an Unreleased section", () => {
    expect(changelogSection(changelog, version)).toMatch(/^### Added\n\n- /m);
    expect(changelog).toMatch(/^## \[Unreleased\]$/m);
  });

  it('cuts a release: Unreleased entries become the version, links updated, and a second cut is refused', () => {
    const cut = cutRelease(CHANGELOG_0_1_0, '0.2.0', '2026-02-02', REPOSITORY);
    expect(cut).toBe(
      CHANGELOG_0_1_0.replace('## [Unreleased]\n\n', '## [Unreleased]\n\n## [0.2.0] - 2026-02-02\n\n').replace(
        `[Unreleased]: ${REPOSITORY}/compare/v0.1.0...HEAD\n`,
        `[Unreleased]: ${REPOSITORY}/compare/v0.2.0...HEAD\n[0.2.0]: ${REPOSITORY}/compare/v0.1.0...v0.2.0\n`,
      ),
    );
    expect(() => cutRelease(cut, '0.3.0', '2026-02-03', REPOSITORY)).toThrow("CHANGELOG.md: nothing under '## [Unreleased]' to release as 0.3.0; list the changes there first.");
    expect(() => cutRelease(CHANGELOG_0_1_0, '0.1.0', '2026-02-03', REPOSITORY)).toThrow('CHANGELOG.md already has a section for 0.1.0.');
  });
});

describe('unwrapMarkdown', () => {
  it('joins wrapped paragraph and list lines, and keeps headings, nested items, tables and code as they are', () => {
    const wrapped = [
      'The first version: one core',
      'behind two hosts.',
      '',
      '### Added',
      '',
      '- Sign-in with a certificate',
      '  or a federated credential:',
      '  - GitHub OIDC,',
      '    Azure DevOps.',
      '- Commands.',
      '',
      '```yaml',
      '- run: spo app list',
      '  query: x',
      '```',
      '| a |',
      '| b |',
    ].join('\n');
    expect(unwrapMarkdown(wrapped)).toBe(
      [
        'The first version: one core behind two hosts.',
        '',
        '### Added',
        '',
        '- Sign-in with a certificate or a federated credential:',
        '  - GitHub OIDC, Azure DevOps.',
        '- Commands.',
        '',
        '```yaml',
        '- run: spo app list',
        '  query: x',
        '```',
        '| a |',
        '| b |',
      ].join('\n'),
    );
  });
});
