/**
 * One version, one publisher, one repository: package.json holds them, and the Azure DevOps task (task.json) and
 * extension (vss-extension.json) carry copies that must agree with it (`npm run manifests` writes them, `npm version`
 * does it as part of the bump).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { manifestDrift, parseVersion, readProject, syncExtension, syncTask, type ProjectInfo } from '../scripts/release/project.js';

const repo = join(import.meta.dirname, '..');
const json = (file: string): Record<string, unknown> => JSON.parse(readFileSync(join(repo, file), 'utf8')) as Record<string, unknown>;

describe('the version and publisher', () => {
  const pkg = json('package.json') as { version: string; config: { publisher: string }; scripts: Record<string, string> };
  const task = json('azure-devops/task.json') as { version: { Major: number; Minor: number; Patch: number }; helpUrl: string; helpMarkDown: string };
  const extension = json('azure-devops/vss-extension.json') as { version: string; publisher: string; links: Record<string, { uri: string }> };

  it("are package.json's in task.json and vss-extension.json", () => {
    const { Major, Minor, Patch } = task.version;
    expect([`${Major}.${Minor}.${Patch}`, extension.version, extension.publisher]).toEqual([pkg.version.replace(/-.*$/, ''), pkg.version.replace(/-.*$/, ''), pkg.config.publisher]);
    expect(manifestDrift(repo)).toEqual([]);
  });

  it('link the task and the extension to the repository of package.json', () => {
    const { repository } = readProject(repo);
    expect(task.helpUrl).toBe(`${repository}/blob/main/azure-devops/README.md`);
    expect(task.helpMarkDown).toContain(`[Learn more](${task.helpUrl})`);
    expect(extension.links.repository?.uri).toBe(repository);
  });

  it('are bumped together by npm version, which runs the manifests script with the changelog', () => {
    expect(pkg.scripts.version).toBe('tsx scripts/release/manifests.ts --write --changelog && git add azure-devops/task.json azure-devops/vss-extension.json CHANGELOG.md');
  });
});

describe('syncTask and syncExtension', () => {
  const project: ProjectInfo = {
    version: parseVersion('2.3.4-rc.1') ?? expect.fail('a version'),
    publisher: 'fabrikam',
    repository: 'https://github.com/fabrikam/m365-action',
    homepage: 'https://fabrikam.example/m365',
    issues: 'https://github.com/fabrikam/m365-action/issues',
  };

  it('give the agent and the Marketplace the numeric part of a prerelease, and keep every other field', () => {
    const task = syncTask({ name: 'M365Action', helpMarkDown: 'Runs commands. [Learn more](https://old.example)' }, project);
    expect(task).toEqual({
      name: 'M365Action',
      helpUrl: 'https://github.com/fabrikam/m365-action/blob/main/azure-devops/README.md',
      helpMarkDown: 'Runs commands. [Learn more](https://github.com/fabrikam/m365-action/blob/main/azure-devops/README.md)',
      version: { Major: 2, Minor: 3, Patch: 4 },
    });
    expect(syncExtension({ id: 'm365-action', links: { privacy: { uri: 'https://fabrikam.example/privacy' } } }, project)).toEqual({
      id: 'm365-action',
      publisher: 'fabrikam',
      version: '2.3.4',
      links: {
        privacy: { uri: 'https://fabrikam.example/privacy' },
        home: { uri: 'https://fabrikam.example/m365' },
        getstarted: { uri: 'https://github.com/fabrikam/m365-action/blob/main/azure-devops/README.md' },
        repository: { uri: 'https://github.com/fabrikam/m365-action' },
        issues: { uri: 'https://github.com/fabrikam/m365-action/issues' },
        support: { uri: 'https://github.com/fabrikam/m365-action/issues' },
        license: { uri: 'https://github.com/fabrikam/m365-action/blob/main/LICENSE' },
      },
      repository: { type: 'git', uri: 'https://github.com/fabrikam/m365-action' },
    });
  });

  it('parse semantic versions only', () => {
    expect(['1.2.3', '0.0.1-rc.1', '1.2', 'v1.2.3', '01.2.3', '1.2.3+build'].map((v) => parseVersion(v)?.text)).toEqual(['1.2.3', '0.0.1-rc.1', undefined, undefined, undefined, undefined]);
  });
});
