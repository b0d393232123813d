import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { EOL, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { azureDevOpsPlatform, createAzureDevOpsHost, escapeData, escapeProperty, taskName } from '../src/host/azure-devops.js';

/**
 * A model of the Azure Pipelines agent's parser (Command.TryParse): `##vso[` anywhere in a line, the name cut at the
 * prefix + 6, `area.event` with a known area. `ignoreZeroWidth` models a culture-sensitive IndexOf that skips
 * zero-width characters.
 */
const AREAS = ['task', 'artifact', 'build', 'release', 'agent', 'plugininternal'];
function azureCommand(line: string, ignoreZeroWidth: boolean): string | undefined {
  const see = (text: string): string => (ignoreZeroWidth ? text.replace(/\p{Cf}/gu, '') : text);
  for (let i = 0; i < line.length; i++) {
    if (line[i] !== '#' || !see(line.slice(i)).startsWith('##vso[')) continue;
    const end = line.indexOf(']', i);
    if (end < 0) return undefined;
    const name = line.slice(i + 6, end).split(' ')[0] ?? '';
    const [area, event, ...rest] = name.split('.').filter(Boolean);
    return area && event && rest.length === 0 && AREAS.includes(area.toLowerCase()) ? name : undefined;
  }
  return undefined;
}
const agentLines = (text: string): string[] => text.split(/\r\n|\r|\n/);
const commandsIn = (text: string): string[] => [
  ...new Set(agentLines(text).flatMap((line) => [azureCommand(line, false), azureCommand(line, true)])),
].filter((command) => command !== undefined);
/** Formatting commands the log viewer reads (`##[error]`, `##[group]`…). */
const formattingIn = (text: string): string[] => agentLines(text).filter((line) => line.includes('##['));

const ATTACK = 'Title ##vso[task.setvariable variable=x]pwned\rmore ##vso[task.complete result=Succeeded]\n##[error]x';

function capture(env: NodeJS.ProcessEnv = {}) {
  const out: string[] = [];
  const host = createAzureDevOpsHost(env, (text) => out.push(text));
  return { host, text: () => out.join(''), lines: () => out.join('').split(EOL).slice(0, -1) };
}

describe('the agent model', () => {
  it('finds the commands in the raw attack text (so the tests below can fail)', () => {
    expect(commandsIn(ATTACK)).toEqual(['task.setvariable', 'task.complete']);
    expect(azureCommand('#\u200B#vso[task.complete]x', true)).toBeUndefined();
  });
});

describe('createAzureDevOpsHost', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'host-ado-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('maps action.yml names to task.json names and reads INPUT_<NAME>, trimmed', () => {
    const { host } = capture({ INPUT_APPID: ' 00000000-0000-0000-0000-000000000001 ', INPUT_SERVICECONNECTIONID: 'abc' });
    expect(host.getInput('app-id')).toBe('00000000-0000-0000-0000-000000000001');
    expect(host.getInput('service-connection-id')).toBe('abc');
    expect(host.getInput('tenant')).toBe('');
    expect(taskName('certificate-password')).toBe('certificatePassword');
    // The action's spelling, for the GitHub bundle run in a script step on an agent; the task's spelling wins.
    expect(capture({ 'INPUT_APP-ID': 'gh', INPUT_APPID: ' ' }).host.getInput('app-id')).toBe('gh');
    expect(capture({ 'INPUT_APP-ID': 'gh', INPUT_APPID: 'task' }).host.getInput('app-id')).toBe('task');
    expect(taskName('results')).toBe('results');
  });

  it('escapes data and properties as the agent unescapes them', () => {
    expect(escapeData('50% a\r\nb;c]d')).toBe('50%AZP25 a%0D%0Ab;c]d');
    expect(escapeProperty('a;b]c%\n')).toBe('a%3Bb%5Dc%AZP25%0A');
  });

  it('sets an output variable on one line, the value escaped', () => {
    const { host, lines } = capture();
    host.setOutput('results-file', '/tmp/x 100%.json');
    host.setOutput('app', '{"a":"b\\n"}\n##vso[task.complete result=Succeeded]\r]x;y');
    expect(lines()).toEqual([
      '##vso[task.setvariable variable=resultsFile;isOutput=true]/tmp/x 100%AZP25.json',
      '##vso[task.setvariable variable=app;isOutput=true]{"a":"b\\n"}%0A##vso[task.complete result=Succeeded]%0D]x;y',
    ]);
    expect(commandsIn(lines()[1] ?? '')).toEqual(['task.setvariable']);
  });

  it('registers secrets, each line of a multi-line one, and a % secret both escaped and not', () => {
    const { host, lines } = capture();
    host.setSecret('not-a-real-secret');
    host.setSecret('not-real-1\nnot-real-2');
    host.setSecret('pa%ss');
    expect(lines()).toEqual([
      '##vso[task.setsecret]not-a-real-secret',
      '##vso[task.setsecret]not-real-1%0Anot-real-2',
      '##vso[task.setsecret]not-real-1',
      '##vso[task.setsecret]not-real-2',
      '##vso[task.setsecret]pa%AZP25ss',
      '##vso[task.setsecret]pa%ss',
    ]);
  });

  it('breaks ##vso[ and ##[ anywhere in info and splits on a bare CR', () => {
    const { host, text, lines } = capture();
    host.info(ATTACK);
    expect(lines()).toEqual([
      'Title #\u200B#vso[task.setvariable variable=x]pwned',
      'more #\u200B#vso[task.complete result=Succeeded]',
      '#\u200B#[error]x',
    ]);
    expect(commandsIn(text())).toEqual([]);
    expect(formattingIn(text())).toEqual([]);
  });

  it('echoes untrusted text as neutralised lines (no stop-commands on Azure DevOps)', () => {
    const { host, text, lines } = capture();
    host.logUntrusted('::set-output name=x::y\n##VSO[task.prependpath]/evil\r\n##vso[task.setsecret]z\n');
    expect(lines()).toEqual([':\u200B:set-output name=x::y', '#\u200B#VSO[task.prependpath]/evil', '#\u200B#vso[task.setsecret]z']);
    expect(commandsIn(text())).toEqual([]);
  });

  it('logs warnings and errors as issues on one line, prefixes in the message broken', () => {
    const { host, lines } = capture();
    host.warning('Graph: ##vso[task.complete result=Succeeded]x\r\nline 2 100%');
    host.error('##[error]y');
    expect(lines()).toEqual([
      '##vso[task.logissue type=warning]Graph: #\u200B#vso[task.complete result=Succeeded]x%0Aline 2 100%AZP25',
      '##vso[task.logissue type=error]#\u200B#[error]y',
    ]);
    expect(commandsIn(lines().join('\n'))).toEqual(['task.logissue']);
  });

  it('writes debug lines only when system.debug is on', () => {
    const quiet = capture();
    quiet.host.debug('hidden');
    expect(quiet.text()).toBe('');
    const verbose = capture({ SYSTEM_DEBUG: 'True' });
    verbose.host.debug('a\r##vso[task.debug]b');
    expect(verbose.lines()).toEqual(['##[debug]a', '##[debug]#\u200B#vso[task.debug]b']);
  });

  it('opens and closes groups on one line', () => {
    const { host, lines } = capture();
    host.startGroup('1. spo list get\n##[endgroup]');
    host.endGroup();
    expect(lines()).toEqual(['##[group]1. spo list get #\u200B#[endgroup]', '##[endgroup]']);
  });

  it('fails the task with an error issue and task.complete', () => {
    const { host, lines } = capture();
    host.setFailed('2 commands failed:\nsee above');
    expect(lines()).toEqual([
      '##vso[task.logissue type=error]2 commands failed:%0Asee above',
      '##vso[task.complete result=Failed;]2 commands failed:%0Asee above',
    ]);
  });

  it('writes each summary to a new file under AGENT_TEMPDIRECTORY and uploads it', async () => {
    const { host, lines } = capture({ AGENT_TEMPDIRECTORY: dir });
    await host.appendSummary('## Microsoft 365 commands\n');
    await host.appendSummary('## again\n');
    const [first, second] = lines().map((line) => line.replace('##vso[task.uploadsummary]', ''));
    expect(lines()[0]).toMatch(/^##vso\[task\.uploadsummary\]/);
    expect(dirname(dirname(first ?? ''))).toBe(dir);
    expect(first).toMatch(/m365-action-[0-9a-f-]{36}[/\\]Microsoft 365 commands\.md$/);
    expect(second).toMatch(/Microsoft 365 commands \(2\)\.md$/);
    expect(readFileSync(first ?? '', 'utf8')).toBe('## Microsoft 365 commands\n');
    expect(readFileSync(second ?? '', 'utf8')).toBe('## again\n');
  });
});

describe('azure-devops/task.json', () => {
  const root = join(import.meta.dirname, '..');
  const action = parse(readFileSync(join(root, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
    outputs: object;
  };
  const task = JSON.parse(readFileSync(join(root, 'azure-devops', 'task.json'), 'utf8')) as {
    inputs: { name: string; type: string; defaultValue?: string }[];
    outputVariables: { name: string }[];
    execution: Record<string, { target: string }>;
  };

  it('declares every action.yml input under the name the host reads, and nothing else', () => {
    expect(task.inputs.map((input) => input.name).sort()).toEqual(Object.keys(action.inputs).map(taskName).sort());
    for (const input of task.inputs) expect(input.name).toMatch(/^[A-Za-z][A-Za-z0-9]*$/);
    const defaults = (entries: [string, string | undefined][]): Record<string, string> =>
      Object.fromEntries(entries.filter((entry): entry is [string, string] => entry[1] !== undefined));
    expect(defaults(task.inputs.map((input) => [input.name, input.defaultValue]))).toEqual(
      defaults(Object.entries(action.inputs).map(([name, input]) => [taskName(name), input.default])),
    );
  });

  it('declares every action.yml output as an output variable under the name the host sets', () => {
    expect(task.outputVariables.map((output) => output.name)).toEqual(Object.keys(action.outputs).map(taskName));
  });

  it('uses the service connection picker, pick lists for auth and cloud, and the Node 24 / 20 handlers', () => {
    const type = (name: string): string | undefined => task.inputs.find((input) => input.name === name)?.type;
    expect(type('serviceConnectionId')).toBe('connectedService:AzureRM');
    expect([type('auth'), type('cloud'), type('commands'), type('dryRun')]).toEqual(['pickList', 'pickList', 'multiLine', 'boolean']);
    expect(task.execution).toEqual({ Node24: { target: 'dist/index.js' }, Node20_1: { target: 'dist/index.js' } });
  });
});

describe('azureDevOpsPlatform', () => {
  it('names the pipeline workspace, the release and temp directories and sources elsewhere as file roots', () => {
    const agent = {
      TF_BUILD: 'True',
      PIPELINE_WORKSPACE: '/agent/_work/1',
      AGENT_TEMPDIRECTORY: '/agent/_work/_temp',
      AGENT_RELEASEDIRECTORY: '/agent/_work/r1/a',
      BUILD_SOURCESDIRECTORY: '/agent/_work/1/s',
      AGENT_HOMEDIRECTORY: '/agent',
      AGENT_WORKFOLDER: '/agent/_work',
    };
    const platform = azureDevOpsPlatform(agent);
    expect(platform.fileRoots('/x')).toEqual(['/agent/_work/1', '/agent/_work/r1/a', '/agent/_work/_temp']);
    expect(azureDevOpsPlatform({ ...agent, BUILD_SOURCESDIRECTORY: '/src' }).fileRoots('/x')).toContain('/src');
    expect(platform.protectedPaths).toEqual(['/agent', join('/agent/_work', '_tasks')]);
    expect(platform.tempDirectory).toBe('/agent/_work/_temp');
    expect(azureDevOpsPlatform({}).fileRoots('/x')).toEqual(['/x']);
  });

  it('caps each output variable (Windows environment variables) and adds nothing around it', () => {
    expect(azureDevOpsPlatform({}).outputLimits).toEqual({ maxOutputBytes: 1_000_000, maxOutputValueBytes: 32_000, outputOverheadBytes: 0 });
  });
});
