import { EOL, tmpdir } from 'node:os';
import { join } from 'node:path';
import { composeFederation, GENERIC_FEDERATED_HINT, noTokenSource } from './federation.js';
import { azureDevOpsFederation } from './azure-devops-oidc.js';
import { gitHubFederation, noGitHubIdToken, type GetIdToken } from './github-oidc.js';
import type { Host, Platform } from './host.js';
import { neutraliseLines, secretParts } from './neutralise.js';
import { appendFile, appendKeyValue, escapeData, escapeProperty, issueCommand, KEY_VALUE_OVERHEAD_BYTES } from './workflow-commands.js';

/** GitHub allows 1 MB of outputs per job; this leaves room for other steps' outputs. */
export const GITHUB_MAX_OUTPUT_BYTES = 1_000_000;

/** The environment files through which a step talks to the runner: no command may read or write them. */
const RUNNER_FILES = ['GITHUB_OUTPUT', 'GITHUB_ENV', 'GITHUB_STEP_SUMMARY', 'GITHUB_PATH', 'GITHUB_STATE', 'GITHUB_EVENT_PATH'];

export interface GitHubHostOptions {
  /** Fetches the OIDC token (default: `@actions/core`'s getIDToken, loaded on first use). For tests. */
  getIdToken?: GetIdToken;
}

/**
 * GitHub Actions as a platform. Federated tokens: an Azure DevOps service connection first (the bundle run in an Azure
 * Pipelines script step that has one), then the job's own OIDC token — the order sign-in has always used.
 */
export function gitHubPlatform(env: NodeJS.ProcessEnv, options: GitHubHostOptions = {}): Platform {
  const onGitHub = env.GITHUB_ACTIONS === 'true';
  const temp = env.RUNNER_TEMP?.trim();
  return {
    env,
    ...composeFederation(env, [azureDevOpsFederation(), gitHubFederation(options.getIdToken)]),
    noFederatedSource: () => (onGitHub ? noGitHubIdToken() : noTokenSource()),
    federatedHint: onGitHub
      ? "on GitHub, grant the job 'permissions: id-token: write' so that the runner can issue an OIDC token"
      : GENERIC_FEDERATED_HINT,
    outputLimits: { maxOutputBytes: GITHUB_MAX_OUTPUT_BYTES, outputOverheadBytes: KEY_VALUE_OVERHEAD_BYTES },
    tempDirectory: temp || tmpdir(),
    fileRoots: (cwd) => [env.GITHUB_WORKSPACE?.trim() || cwd, ...(temp ? [temp] : [])],
    // The runner keeps the files of file commands (and the step summaries) in RUNNER_TEMP/_runner_file_commands.
    protectedPaths: [
      ...RUNNER_FILES.map((name) => env[name]?.trim() ?? '').filter((path) => path !== ''),
      ...(temp ? [join(temp, '_runner_file_commands')] : []),
    ],
  };
}

/**
 * The GitHub Actions host: the runner's workflow commands and environment files (workflow-commands.ts), and
 * `@actions/core`'s `getIDToken` for federated sign-in, imported only then.
 *
 * Inputs, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY are read from `env` (the process environment unless a test injects
 * another); `core.getIDToken` reads ACTIONS_ID_TOKEN_REQUEST_* from the process environment itself.
 *
 * Every message is neutralised before it is written (see neutralise.ts for the threat model): our messages may quote
 * tenant data such as a Graph error message.
 */
export function createGitHubHost(env: NodeJS.ProcessEnv = process.env, options: GitHubHostOptions = {}): Host {
  return {
    ...gitHubPlatform(env, options),
    getInput: (name) => readInput(env, name),
    setOutput: (name, value) => writeOutput(env, name, value),
    setSecret: (value) => secretParts(value).forEach((part) => issueCommand('add-mask', part)),
    debug: (message) => issueCommand('debug', oneMessage(message)),
    info: (message) => process.stdout.write(neutraliseLines(message).join(EOL) + EOL),
    warning: (message) => issueCommand('warning', oneMessage(message)),
    error: (message) => issueCommand('error', oneMessage(message)),
    startGroup: (title) => issueCommand('group', oneMessage(title)),
    endGroup: () => issueCommand('endgroup'),
    logUntrusted: (text) => writeSuspended(text),
    appendSummary: async (markdown) => appendStepSummary(env, markdown),
    setFailed: (message) => {
      process.exitCode = 1;
      issueCommand('error', oneMessage(message));
    },
  };
}

/** The runner's rule for input variables: `INPUT_` + name, spaces to `_`, upper case; dashes kept. */
function readInput(env: NodeJS.ProcessEnv, name: string): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/**
 * GITHUB_OUTPUT with a random delimiter. Without it (a runner older than 2.297, or a local run) the deprecated
 * `::set-output` command is the only way; its data is escaped onto one line like any command.
 */
function writeOutput(env: NodeJS.ProcessEnv, name: string, value: string): void {
  const file = env['GITHUB_OUTPUT'];
  if (file) appendKeyValue(file, name, value);
  else process.stdout.write(`${EOL}::set-output name=${escapeProperty(name)}::${escapeData(value)}${EOL}`);
}
/**
 * For `::debug::`, `::warning::`, `::error::`, `::group::`: core escapes `%`, CR and LF in the data, so the message
 * stays on the command's line. We still break `##[` / `##vso[` and a leading `::` in each line: the text is shown again
 * as annotations and in logs we do not control.
 */
function oneMessage(message: string): string {
  return neutraliseLines(message).join('\n');
}

/**
 * Echoes untrusted text inside `::stop-commands::<token>` … `::<token>::`. The token is random and made after the data
 * exists, so the data cannot contain the resume line; it is checked anyway, as the cost is nil.
 */
function writeSuspended(text: string): void {
  let token = crypto.randomUUID();
  while (text.includes(token)) token = crypto.randomUUID();
  const body = text.endsWith('\n') ? text.slice(0, -1) : text;
  process.stdout.write(`::stop-commands::${token}${EOL}${body}${EOL}::${token}::${EOL}`);
}

/** The summary is a best-effort extra: without GITHUB_STEP_SUMMARY (a local run) it is skipped with a debug note. */
function appendStepSummary(env: NodeJS.ProcessEnv, markdown: string): void {
  const file = env['GITHUB_STEP_SUMMARY'];
  if (!file) {
    issueCommand('debug', 'GITHUB_STEP_SUMMARY is not set: the job summary is not written.');
    return;
  }
  appendFile(file, markdown + EOL);
}
