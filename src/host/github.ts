import { randomUUID } from 'node:crypto';
import { EOL } from 'node:os';
import * as core from '@actions/core';
import type { Host } from './host.js';
import { neutraliseLines, secretParts } from './neutralise.js';

/**
 * The GitHub Actions host, on `@actions/core`.
 *
 * `@actions/core` reads `process.env` itself (`INPUT_*`, `GITHUB_OUTPUT`, `GITHUB_STEP_SUMMARY`,
 * `ACTIONS_ID_TOKEN_REQUEST_*`), so the host is correct for the real process environment. `env` is what the rest of the
 * action reads through the host (fallback variables such as `CLIMICROSOFT365_TENANT`); when a different object is
 * injected, inputs are read from it with the same rule as `core.getInput`.
 *
 * Every message is neutralised before it is written (see neutralise.ts for the threat model): our messages may quote
 * tenant data such as a Graph error message.
 */
export function createGitHubHost(env: NodeJS.ProcessEnv = process.env): Host {
  return {
    platform: 'github',
    env,
    getInput: (name) => (env === process.env ? core.getInput(name, { trimWhitespace: true }) : readInput(env, name)),
    // core.setOutput writes to GITHUB_OUTPUT with a random delimiter and refuses a value that contains it.
    setOutput: (name, value) => core.setOutput(name, value),
    setSecret: (value) => secretParts(value).forEach((part) => core.setSecret(part)),
    debug: (message) => core.debug(oneMessage(message)),
    info: (message) => core.info(neutraliseLines(message).join(EOL)),
    warning: (message) => core.warning(oneMessage(message)),
    error: (message) => core.error(oneMessage(message)),
    startGroup: (title) => core.startGroup(oneMessage(title)),
    endGroup: () => core.endGroup(),
    logUntrusted: (text) => writeSuspended(text),
    appendSummary: (markdown) => appendStepSummary(markdown),
    setFailed: (message) => core.setFailed(oneMessage(message)),
    getIdToken: (audience) => core.getIDToken(audience),
  };
}

/** `core.getInput`'s rule (`INPUT_` + name, spaces to `_`, upper case; dashes kept), on an injected environment. */
function readInput(env: NodeJS.ProcessEnv, name: string): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
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
  let token = randomUUID();
  while (text.includes(token)) token = randomUUID();
  const body = text.endsWith('\n') ? text.slice(0, -1) : text;
  process.stdout.write(`::stop-commands::${token}${EOL}${body}${EOL}::${token}::${EOL}`);
}

/** The summary is a best-effort extra: without GITHUB_STEP_SUMMARY (a local run) it is skipped with a debug note. */
async function appendStepSummary(markdown: string): Promise<void> {
  if (!process.env['GITHUB_STEP_SUMMARY']) {
    core.debug('GITHUB_STEP_SUMMARY is not set: the job summary is not written.');
    return;
  }
  await core.summary.addRaw(markdown, true).write();
}
