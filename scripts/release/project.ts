/**
 * package.json is the one place a maintainer or publisher edits the version, the Marketplace publisher
 * (`config.publisher`) and the repository. The Azure DevOps task (task.json) and extension manifest
 * (vss-extension.json) carry copies of them, because the Marketplace and the agent read only those files:
 * `npm run manifests` writes the copies, `npm version` does it as part of the bump, and CI fails when a copy drifts.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const TASK_JSON = 'azure-devops/task.json';
export const EXTENSION_JSON = 'azure-devops/vss-extension.json';

/** A semantic version, `1.2.3` or `1.2.3-rc.1`. */
export interface Version {
  readonly major: number;
  readonly minor: number;
  readonly patch: number;
  readonly prerelease?: string;
  readonly text: string;
}

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?$/;

/** Parses `1.2.3` / `1.2.3-rc.1`; undefined when `text` is not a semantic version (no build metadata). */
export function parseVersion(text: string): Version | undefined {
  const match = SEMVER.exec(text);
  if (!match) return undefined;
  const [, major, minor, patch, prerelease] = match;
  return { major: Number(major), minor: Number(minor), patch: Number(patch), prerelease, text };
}

/** Orders release versions; a prerelease sorts before its release (1.2.0-rc.1 < 1.2.0). */
export function compareVersions(a: Version, b: Version): number {
  const core = a.major - b.major || a.minor - b.minor || a.patch - b.patch;
  if (core !== 0) return core;
  if (a.prerelease === b.prerelease) return 0;
  if (a.prerelease === undefined) return 1;
  if (b.prerelease === undefined) return -1;
  return a.prerelease < b.prerelease ? -1 : 1;
}

/** What package.json says about the project, normalised. */
export interface ProjectInfo {
  readonly version: Version;
  readonly publisher: string;
  /** `https://github.com/<owner>/<name>` */
  readonly repository: string;
  readonly homepage: string;
  readonly issues: string;
}

interface PackageJson {
  version?: unknown;
  config?: { publisher?: unknown };
  repository?: { url?: unknown } | string;
  homepage?: unknown;
  bugs?: { url?: unknown };
}

/** Reads package.json under `root`; throws one error listing every missing or malformed field. */
export function readProject(root: string): ProjectInfo {
  const pkg = readJson<PackageJson>(join(root, 'package.json'));
  const problems: string[] = [];
  const version = typeof pkg.version === 'string' ? parseVersion(pkg.version) : undefined;
  if (!version) problems.push(`"version" must be a semantic version like 1.2.3 (is ${JSON.stringify(pkg.version)})`);
  const publisher = pkg.config?.publisher;
  if (typeof publisher !== 'string' || !/^[A-Za-z0-9][A-Za-z0-9-]*$/.test(publisher)) {
    problems.push(`"config.publisher" must be your Visual Studio Marketplace publisher ID (letters, digits, dashes; is ${JSON.stringify(publisher)})`);
  }
  const repository = githubUrl(typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url);
  if (!repository) problems.push('"repository.url" must be the GitHub repository, like git+https://github.com/owner/name.git');
  if (problems.length > 0 || !version || !repository) throw new Error(`package.json: ${problems.join('; ')}.`);
  return {
    version,
    publisher: String(publisher),
    repository,
    homepage: typeof pkg.homepage === 'string' ? pkg.homepage : `${repository}#readme`,
    issues: typeof pkg.bugs?.url === 'string' ? pkg.bugs.url : `${repository}/issues`,
  };
}

/** `git+https://github.com/o/n.git` → `https://github.com/o/n`; undefined for anything that is not a GitHub URL. */
function githubUrl(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  const match = /^(?:git\+)?https:\/\/github\.com\/([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(url);
  return match ? `https://github.com/${match[1]}/${match[2]}` : undefined;
}

export function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

export function writeJson(path: string, value: unknown): void {
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
}

type Json = Record<string, unknown>;

/** The task's documentation page, linked from task.json and the extension's "Get started". */
export const taskHelpUrl = (project: ProjectInfo): string => `${project.repository}/blob/main/azure-devops/README.md`;

/** task.json with the fields that package.json owns set from it. */
export function syncTask(task: Json, project: ProjectInfo): Json {
  const help = taskHelpUrl(project);
  const markdown = typeof task.helpMarkDown === 'string' ? task.helpMarkDown : '';
  const link = `[Learn more](${help})`;
  return {
    ...task,
    helpUrl: help,
    helpMarkDown: /\[Learn more\]\([^)]*\)/.test(markdown) ? markdown.replace(/\[Learn more\]\([^)]*\)/, link) : `${markdown} ${link}`.trim(),
    // The agent and the Marketplace know no prerelease: 1.2.0-rc.1 is task 1.2.0.
    version: { Major: project.version.major, Minor: project.version.minor, Patch: project.version.patch },
  };
}

/** vss-extension.json with the fields that package.json owns set from it. */
export function syncExtension(extension: Json, project: ProjectInfo): Json {
  const links = { ...(extension.links as Json | undefined) };
  Object.assign(links, {
    home: { uri: project.homepage },
    getstarted: { uri: taskHelpUrl(project) },
    repository: { uri: project.repository },
    issues: { uri: project.issues },
    support: { uri: project.issues },
    license: { uri: `${project.repository}/blob/main/LICENSE` },
  });
  const { major, minor, patch } = project.version;
  return { ...extension, publisher: project.publisher, version: `${major}.${minor}.${patch}`, links, repository: { type: 'git', uri: project.repository } };
}

/**
 * Where task.json and vss-extension.json differ from what package.json says, one message per field, each naming
 * the file, the field, both values and the fix. Empty when they agree.
 */
export function manifestDrift(root: string): string[] {
  const project = readProject(root);
  const problems: string[] = [];
  const compare = (file: string, actual: Json, expected: Json): void => {
    for (const key of Object.keys(expected)) {
      const [is, shouldBe] = [JSON.stringify(actual[key]), JSON.stringify(expected[key])];
      if (is !== shouldBe) problems.push(`${file}: "${key}" is ${is ?? 'missing'}, but package.json makes it ${shouldBe}.`);
    }
  };
  const task = readJson<Json>(join(root, TASK_JSON));
  compare(TASK_JSON, task, syncTask(task, project));
  const extension = readJson<Json>(join(root, EXTENSION_JSON));
  compare(EXTENSION_JSON, extension, syncExtension(extension, project));
  return problems;
}

/** Writes package.json's version, publisher and links into task.json and vss-extension.json. */
export function writeManifests(root: string): void {
  const project = readProject(root);
  const task = readJson<Json>(join(root, TASK_JSON));
  writeJson(join(root, TASK_JSON), syncTask(task, project));
  const extension = readJson<Json>(join(root, EXTENSION_JSON));
  writeJson(join(root, EXTENSION_JSON), syncExtension(extension, project));
}
