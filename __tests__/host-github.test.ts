import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { EOL, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTransport } from '../src/http/transport.js';
import { createGitHubHost, gitHubPlatform } from '../src/host/github.js';
import { appendKeyValue } from '../src/host/workflow-commands.js';

/**
 * A model of the GitHub runner's command parser (actions/runner ActionCommand.TryParseV2 / TryParse), used to prove
 * that what the host writes is not a command. `ignoreZeroWidth` models the runner's culture-sensitive StartsWith /
 * IndexOf under ICU, which skip zero-width characters while the command name is still cut at a fixed offset.
 */
const REGISTERED = ['add-mask', 'set-output', 'save-state', 'set-env', 'add-path', 'debug', 'warning', 'error',
  'notice', 'group', 'endgroup', 'echo', 'stop-commands', 'add-matcher', 'remove-matcher'];
const invisible = (text: string): string => text.replace(/\p{Cf}/gu, '');

function githubCommand(line: string, ignoreZeroWidth: boolean): string | undefined {
  const see = ignoreZeroWidth ? invisible : (text: string): string => text;
  const registered = (info: string): string | undefined => {
    const name = info.split(' ')[0] ?? '';
    return REGISTERED.includes(name.toLowerCase()) ? name : undefined;
  };
  const trimmed = line.replace(/^[\s\u0085]+/u, '');
  if (see(trimmed).startsWith('::')) {
    const end = trimmed.indexOf('::', 2);
    if (end >= 0 && registered(trimmed.slice(2, end))) return registered(trimmed.slice(2, end));
  }
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '#' && see(line.slice(i)).startsWith('##[')) {
      const end = line.indexOf(']', i);
      return end < 0 ? undefined : registered(line.slice(i + 3, end));
    }
  }
  return undefined;
}

/** Lines as the runner reads them: CRLF, CR and LF all end a line. */
const runnerLines = (text: string): string[] => text.split(/\r\n|\r|\n/);
const commandsIn = (text: string): string[] => [
  ...new Set(runnerLines(text).flatMap((line) => [githubCommand(line, false), githubCommand(line, true)])),
].filter((command) => command !== undefined);

const ATTACK = '::set-output name=x::pwned\n::add-mask::abc\n##[error]x\r  ::warning::cr\r\n\u200B::debug::zw ##[add-mask]mid';

describe('the runner model', () => {
  it('finds the commands in the raw attack text (so the tests below can fail)', () => {
    // The `\u200B::debug::` line is not one: the name cut at the fixed offset is ':debug'.
    expect(commandsIn(ATTACK)).toEqual(['set-output', 'add-mask', 'error', 'warning']);
    expect(githubCommand(':\u200B:add-mask::x', true)).toBeUndefined();
    expect(githubCommand('#\u200B#[add-mask]x', true)).toBeUndefined();
  });
});

describe('createGitHubHost', () => {
  let dir: string;
  let stdout: string;
  const saved = { ...process.env };
  const savedExitCode = process.exitCode;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'host-github-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  beforeEach(() => {
    stdout = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      stdout += String(chunk);
      return true;
    });
    process.env['GITHUB_OUTPUT'] = join(dir, 'output');
    process.env['GITHUB_STEP_SUMMARY'] = join(dir, 'summary');
    writeFileSync(join(dir, 'output'), '');
    writeFileSync(join(dir, 'summary'), '');
  });
  afterEach(() => {
    vi.restoreAllMocks();
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
    Object.assign(process.env, saved);
    process.exitCode = savedExitCode;
  });

  it('reads inputs the way the runner sets them (INPUT_ + upper case, dashes kept), trimmed', () => {
    process.env['INPUT_APP-ID'] = '  00000000-0000-0000-0000-000000000001 \n';
    const host = createGitHubHost();
    expect(host.env).toBe(process.env);
    expect(host.getInput('app-id')).toBe('00000000-0000-0000-0000-000000000001');
    expect(host.getInput('tenant')).toBe('');
  });

  it('reads inputs from an injected environment with the same rule', () => {
    const host = createGitHubHost({ 'INPUT_SPO-URL': ' https://contoso.sharepoint.com ' });
    expect(host.getInput('spo-url')).toBe('https://contoso.sharepoint.com');
  });

  it('sets outputs through GITHUB_OUTPUT with a random delimiter, multi-line values intact', () => {
    createGitHubHost().setOutput('results', '{"a":1}\n::set-output name=x::y');
    const written = readFileSync(join(dir, 'output'), 'utf8');
    const match = /^results<<(ghadelimiter_[0-9a-f-]{36})\n([\s\S]*)\n\1\n$/.exec(written);
    expect(match?.[2]).toBe('{"a":1}\n::set-output name=x::y');
    expect(stdout).toBe('');
  });

  it('wraps untrusted text in stop-commands with a fresh random token absent from the data', () => {
    const host = createGitHubHost();
    const data = '::set-output name=x::pwned\n::add-mask::abc\n##[error]x';
    host.logUntrusted(data);
    const first = stdout;
    const match = /^::stop-commands::([0-9a-f-]{36})\n([\s\S]*)\n::\1::\n$/.exec(first);
    expect(match).not.toBeNull();
    const token = match?.[1] ?? '';
    expect(match?.[2]).toBe(data);
    expect(data).not.toContain(token);

    stdout = '';
    host.logUntrusted(data);
    expect(stdout).not.toContain(token);
    expect(stdout.startsWith('::stop-commands::')).toBe(true);
  });

  it('ends the block on its own line even when the text ends with a line feed', () => {
    createGitHubHost().logUntrusted('last line\n');
    expect(stdout).toMatch(/^::stop-commands::([0-9a-f-]{36})\nlast line\n::\1::\n$/);
  });

  it('neutralises info: CR and LF become lines of their own, no line opens with :: and no ##[ remains', () => {
    createGitHubHost().info(ATTACK);
    expect(stdout).toBe(
      [
        ':\u200B:set-output name=x::pwned',
        ':\u200B:add-mask::abc',
        '#\u200B#[error]x',
        '  :\u200B:warning::cr',
        '\u200B:\u200B:debug::zw #\u200B#[add-mask]mid',
      ].join(EOL) + EOL,
    );
    expect(commandsIn(stdout)).toEqual([]);
  });

  it('keeps warning and error on one command line and breaks the prefixes inside', () => {
    const host = createGitHubHost();
    host.warning('Graph said: ##[add-mask]x\r\n::error::y 100%');
    host.error('##vso[task.complete result=Succeeded]done');
    expect(stdout).toBe(
      `::warning::Graph said: #\u200B#[add-mask]x%0A:\u200B:error::y 100%25${EOL}` +
        `::error::#\u200B#vso[task.complete result=Succeeded]done${EOL}`,
    );
    expect(commandsIn(stdout)).toEqual(['warning', 'error']);
  });

  it('writes debug lines and groups with neutralised text', () => {
    const host = createGitHubHost();
    host.debug('token for ##[add-mask]x');
    host.startGroup('1. spo list get --title "##[group]x"');
    host.endGroup();
    expect(stdout).toBe(
      `::debug::token for #\u200B#[add-mask]x${EOL}::group::1. spo list get --title "#\u200B#[group]x"${EOL}::endgroup::${EOL}`,
    );
  });

  it('registers a secret and each line of a multi-line one (armour lines left out)', () => {
    createGitHubHost().setSecret('-----BEGIN PRIVATE KEY-----\nnot-a-real-key-line-1\nnot-a-real-key-line-2\n-----END PRIVATE KEY-----');
    expect(stdout.split(EOL).filter(Boolean)).toEqual([
      '::add-mask::-----BEGIN PRIVATE KEY-----%0Anot-a-real-key-line-1%0Anot-a-real-key-line-2%0A-----END PRIVATE KEY-----',
      '::add-mask::not-a-real-key-line-1',
      '::add-mask::not-a-real-key-line-2',
    ]);
  });

  it('ignores an empty secret', () => {
    createGitHubHost().setSecret('  ');
    expect(stdout).toBe('');
  });

  it('appends Markdown to GITHUB_STEP_SUMMARY', async () => {
    const host = createGitHubHost();
    await host.appendSummary('## one');
    await host.appendSummary('| a |');
    expect(readFileSync(join(dir, 'summary'), 'utf8')).toBe(`## one${EOL}| a |${EOL}`);
  });

  it('skips the summary with a debug note when GITHUB_STEP_SUMMARY is not set', async () => {
    delete process.env['GITHUB_STEP_SUMMARY'];
    await createGitHubHost().appendSummary('## one');
    expect(stdout).toBe(`::debug::GITHUB_STEP_SUMMARY is not set: the job summary is not written.${EOL}`);
  });

  it('fails the step: an error annotation and exit code 1, the process keeps running', () => {
    createGitHubHost().setFailed('Command 2 failed:\n##[add-mask]x');
    expect(stdout).toBe(`::error::Command 2 failed:%0A#\u200B#[add-mask]x${EOL}`);
    expect(process.exitCode).toBe(1);
  });

  it('asks @actions/core for the OIDC token (which needs id-token: write)', async () => {
    const env = { ACTIONS_ID_TOKEN_REQUEST_URL: 'https://pipelines.actions.githubusercontent.com/x?api-version=2.0' };
    delete process.env['ACTIONS_ID_TOKEN_REQUEST_URL'];
    delete process.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'];
    const [source] = createGitHubHost(env).federatedSources({ audience: 'api://AzureADTokenExchange' });
    await expect(source.getToken(createTransport())).rejects.toThrow('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable');
  });
});

describe('gitHubPlatform', () => {
  const runner = {
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: '/home/runner/work/app/app',
    RUNNER_TEMP: '/home/runner/work/_temp',
    GITHUB_OUTPUT: '/home/runner/work/_temp/_runner_file_commands/set_output_1',
    GITHUB_ENV: '/home/runner/work/_temp/_runner_file_commands/set_env_1',
    GITHUB_STEP_SUMMARY: '/home/runner/work/_temp/_runner_file_commands/step_summary_1',
    GITHUB_PATH: '/home/runner/work/_temp/_runner_file_commands/add_path_1',
    GITHUB_STATE: '/home/runner/work/_temp/_runner_file_commands/save_state_1',
    GITHUB_EVENT_PATH: '/home/runner/work/_temp/_github_workflow/event.json',
  };

  it('names the workspace and the runner temp directory as file roots, and the runner files as protected', () => {
    const platform = gitHubPlatform(runner);
    expect(platform.fileRoots('/elsewhere')).toEqual(['/home/runner/work/app/app', '/home/runner/work/_temp']);
    expect(platform.protectedPaths).toEqual([
      runner.GITHUB_OUTPUT,
      runner.GITHUB_ENV,
      runner.GITHUB_STEP_SUMMARY,
      runner.GITHUB_PATH,
      runner.GITHUB_STATE,
      runner.GITHUB_EVENT_PATH,
      '/home/runner/work/_temp/_runner_file_commands',
    ]);
    expect(platform.tempDirectory).toBe('/home/runner/work/_temp');
  });

  it('outside a runner: the working directory and the system temp directory', () => {
    const platform = gitHubPlatform({});
    expect(platform.fileRoots('/work')).toEqual(['/work']);
    expect(platform.tempDirectory).toBe(tmpdir());
    expect(platform.protectedPaths).toEqual([]);
  });

  it('counts the delimiter lines GITHUB_OUTPUT holds around each output', () => {
    const { outputLimits } = gitHubPlatform(runner);
    expect(outputLimits.maxOutputBytes).toBe(1_000_000);
    // name<<ghadelimiter_<uuid>EOL value EOL ghadelimiter_<uuid>EOL
    const file = join(mkdtempSync(join(tmpdir(), 'overhead-')), 'output');
    writeFileSync(file, '');
    appendKeyValue(file, 'n', 'v');
    expect(readFileSync(file).length).toBe(2 + outputLimits.outputOverheadBytes);
  });

  it('says what to grant when the job cannot get a token, only on a runner', () => {
    expect(gitHubPlatform(runner).federatedHint).toBe("on GitHub, grant the job 'permissions: id-token: write' so that the runner can issue an OIDC token");
    expect(gitHubPlatform({}).federatedHint).toContain("elsewhere, 'federated-token-file'");
  });
});
