import { readFileSync } from 'node:fs';
import { EOL, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { helpText, OPTIONS, parseCommandLine, runCommandLine, SECRET_VARIABLES } from '../src/host/cli-args.js';
import { createCommandLineHost, resultsJson } from '../src/host/cli.js';
import { detectHost } from '../src/host/select.js';
import { REPO_ROOT } from '../scripts/lib/action-runner.js';
import { parseRunnerLog } from './helpers/workflow-commands.js';

const actionInputs = Object.keys((parse(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown> }).inputs);

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (text: string) => out.push(text), stderr: (text: string) => err.push(text) };
}

describe('parseCommandLine', () => {
  it('mirrors every input of action.yml as --<input>, the secrets aside', () => {
    for (const input of actionInputs) {
      expect(input in OPTIONS || input in SECRET_VARIABLES, input).toBe(true);
    }
    expect(Object.keys(SECRET_VARIABLES)).toEqual(['certificate', 'certificate-password']);
    for (const name of Object.keys(OPTIONS)) expect(helpText()).toContain(`--${name}`);
  });

  it('reads the commands file, options with a value, flags and repeated allow-paths', () => {
    expect(
      parseCommandLine(['run', 'cmds.yml', '--app-id', 'a', '--tenant=t', '--dry-run', '--continue-on-error=false', '--allow-paths', '/x', '--allow-paths=/y', '--verbose']),
    ).toEqual({
      kind: 'run',
      inputs: { 'app-id': 'a', tenant: 't', 'dry-run': 'true', 'continue-on-error': 'false', 'allow-paths': '/x\n/y', 'commands-file': 'cmds.yml' },
      stdin: false,
      verbose: true,
    });
    expect(parseCommandLine(['run', '-', '--tenant', 't'])).toEqual({ kind: 'run', inputs: { tenant: 't' }, stdin: true, verbose: false });
    expect(parseCommandLine(['run', '--commands-file', 'c.yml'])).toMatchObject({ inputs: { 'commands-file': 'c.yml' } });
  });

  it('shows the help for no arguments, help, --help and -h', () => {
    for (const argv of [[], ['help'], ['--help'], ['-h'], ['run', 'x.yml', '--help']]) expect(parseCommandLine(argv), argv.join(' ')).toEqual({ kind: 'help' });
  });

  it.each([
    [['deploy'], "Unknown command 'deploy'. The command is 'run': m365-action run <commands.yml> --app-id <guid> --tenant <tenant>."],
    [['run', '--tenantid', 'x'], "Unknown option '--tenantid'. Did you mean --tenant? Run 'm365-action --help' for the options."],
    [['run', '--app-id'], '--app-id needs a value: --app-id <guid>.'],
    [['run', '--tenant', 'a', '--tenant', 'b'], '--tenant is given more than once.'],
    [['run', '--dry-run=yes'], '--dry-run is a flag: give it alone, or as --dry-run=true / --dry-run=false.'],
    [['run', 'a.yml', 'b.yml'], 'Expected one commands file, got 2: a.yml b.yml.'],
    [['run', 'a.yml', '--commands', '- status'], "The commands file 'a.yml' and --commands are both given: declare the commands one way only."],
  ])('refuses %j: %s', (argv, message) => {
    expect(parseCommandLine(argv)).toEqual({ kind: 'usage-error', message });
  });

  it('never takes a secret as an option value, and says where to put it', () => {
    expect(parseCommandLine(['run', '--certificate-password', 'p@ss'])).toEqual({
      kind: 'usage-error',
      message:
        '--certificate-password is not an option: a secret on the command line shows in the process list and the shell history. Set the environment variable M365_CERTIFICATE_PASSWORD.',
    });
    expect(parseCommandLine(['run', '--certificate=MIIabc'])).toMatchObject({
      message: expect.stringContaining('Set the environment variable M365_CERTIFICATE, or give --certificate-file.'),
    });
  });
});

describe('runCommandLine', () => {
  const never = async (): Promise<never> => {
    throw new Error('must not run');
  };

  it('prints the help on stdout with exit code 0, a usage error on stderr with 2, and runs nothing', async () => {
    const io = capture();
    expect(await runCommandLine(['--help'], { ...io, run: never })).toEqual({ exitCode: 0 });
    expect(io.out.join('')).toContain('Usage: m365-action run <commands.yml | -> --app-id <guid> --tenant <tenant> [options]');
    expect(io.out.join('')).toContain('M365_CERTIFICATE_PASSWORD');
    expect(await runCommandLine(['run', '--nope'], { ...io, run: never })).toEqual({ exitCode: 2 });
    expect(io.err.join('')).toBe(`error: Unknown option '--nope'. Run 'm365-action --help' for the options.${EOL}`);
  });

  it('hands the run the inputs, the secrets from the environment and the commands from stdin; maps the status to the exit code', async () => {
    const seen: Record<string, string> = {};
    const run = async (host: Parameters<Parameters<typeof runCommandLine>[1]['run']>[0]) => {
      for (const name of ['tenant', 'commands', 'certificate', 'certificate-password', 'app-id']) seen[name] = host.getInput(name);
      return 'invalid' as const;
    };
    const env = { M365_CERTIFICATE: 'MIIcert', M365_CERTIFICATE_PASSWORD: 'p@ss' };
    const result = await runCommandLine(['run', '-', '--tenant', 'contoso.onmicrosoft.com'], { ...capture(), env, run, readStdin: async () => '- status\n' });
    expect(result).toEqual({ exitCode: 2, status: 'invalid' });
    expect(seen).toEqual({ tenant: 'contoso.onmicrosoft.com', commands: '- status', certificate: 'MIIcert', 'certificate-password': 'p@ss', 'app-id': '' });
    for (const [status, exitCode] of [['succeeded', 0], ['failed', 1], ['cancelled', 1]] as const) {
      expect((await runCommandLine(['run', 'x.yml'], { ...capture(), env: {}, run: async () => status })).exitCode).toBe(exitCode);
    }
  });
});

describe('createCommandLineHost', () => {
  it('logs to stderr with no workflow command, breaks any in the text, and masks registered secrets itself', () => {
    const io = capture();
    const host = createCommandLineHost({ getInput: () => '', env: {}, ...io });
    host.setSecret('s3cret-value');
    host.info('Signing in with s3cret-value');
    host.warning('::set-output name=x::y');
    host.logUntrusted('title ##vso[task.setvariable variable=x]y\r::add-mask::z\n');
    host.debug('hidden without --verbose');
    host.setFailed('it broke');
    const text = io.err.join('');
    expect(io.out).toEqual([]);
    expect(text).not.toContain('s3cret-value');
    expect(text).toContain('Signing in with ***');
    expect(text).not.toContain('hidden');
    expect(text).toContain(`error: it broke${EOL}`);
    expect(parseRunnerLog(text).commands).toEqual([]);
    expect(text).not.toContain('##vso[');
  });

  it('prints the results document on stdout, unless output-file names a file; sets no output of its own', () => {
    const document = { results: { a: '##vso[task.complete result=Succeeded]done', b: '##[error]x' }, failed: [], commands: [] };
    const io = capture();
    const host = createCommandLineHost({ getInput: () => '', env: {}, ...io });
    host.setOutput('results', 'ignored');
    host.publishResults?.(document);
    expect(JSON.parse(io.out.join(''))).toEqual(document);
    expect(io.out.join('')).not.toContain('##vso[');
    expect(io.out.join('')).not.toContain('##[');
    expect(resultsJson(document)).toContain('"\\u0023#vso[task.complete');
    const withFile = capture();
    createCommandLineHost({ getInput: (name) => (name === 'output-file' ? 'out.json' : ''), env: {}, ...withFile }).publishResults?.(document);
    expect(withFile.out).toEqual([]);
  });

  it('has no output limit and the working directory and system temp directory as file roots', () => {
    const host = createCommandLineHost({ getInput: () => '', env: {} });
    expect(host.outputLimits.maxOutputBytes).toBe(Infinity);
    expect(host.fileRoots('/work')).toEqual(['/work', tmpdir()]);
    expect(host.tempDirectory).toBe(tmpdir());
  });
});

describe('detectHost (dist/index.js)', () => {
  it('uses the GitHub host on a runner, the Azure DevOps host on an agent, the command line elsewhere', async () => {
    expect((await detectHost({ GITHUB_ACTIONS: 'true', RUNNER_TEMP: '/r' })).tempDirectory).toBe('/r');
    expect((await detectHost({ TF_BUILD: 'True', AGENT_TEMPDIRECTORY: '/a' })).tempDirectory).toBe('/a');
    const elsewhere = await detectHost({ 'INPUT_APP-ID': ' x ', RUNNER_TEMP: '/r' });
    expect(elsewhere.outputLimits.maxOutputBytes).toBe(Infinity);
    expect(elsewhere.getInput('app-id')).toBe('x');
  });
});
