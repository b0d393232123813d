import { EOL, tmpdir } from 'node:os';
import { composeFederation, GENERIC_FEDERATED_HINT, noTokenSource } from './federation.js';
import { azureDevOpsFederation } from './azure-devops-oidc.js';
import { gitHubFederation } from './github-oidc.js';
import type { Host, Platform } from './host.js';
import { neutraliseLines, secretParts } from './neutralise.js';
import type { ResultsDocument } from '../report/outputs.js';

/** Writes text as is (stdout or stderr by default; buffers in tests). */
export type Write = (text: string) => unknown;

export interface CommandLineHostOptions {
  /** The inputs by their action.yml names: from the command line's options, or INPUT_* for dist/index.js. */
  readonly getInput: (name: string) => string;
  readonly env?: NodeJS.ProcessEnv;
  /** Debug lines too. */
  readonly verbose?: boolean;
  readonly stdout?: Write;
  readonly stderr?: Write;
}

/**
 * The command line as a platform: no output limit (results go to stdout or a file), the working directory and the
 * system temp directory as file roots. It has no token source of its own, but it may run inside a CI job that has one
 * (an Azure Pipelines script step with a service connection, a GitHub run step with `id-token: write`), so it offers
 * theirs, in the order the other hosts use; a token file comes first anyway.
 */
export function commandLinePlatform(env: NodeJS.ProcessEnv): Platform {
  return {
    env,
    ...composeFederation(env, [azureDevOpsFederation(), gitHubFederation()]),
    noFederatedSource: () => noTokenSource(),
    federatedHint: GENERIC_FEDERATED_HINT,
    outputLimits: { maxOutputBytes: Infinity, outputOverheadBytes: 0 },
    tempDirectory: tmpdir(),
    fileRoots: (cwd) => [cwd, tmpdir()],
    protectedPaths: [],
  };
}

/**
 * The plain command-line host: results as one JSON document on stdout (unless `output-file` names a file), every log
 * line on stderr, no workflow commands at all. Also what dist/index.js uses where no CI platform is detected, so that
 * nothing ever prints `::add-mask::<secret>` where no runner consumes it.
 *
 * Secrets cannot be masked by a runner here, so the host masks them itself: every registered secret is replaced by
 * `***` in what it writes (the core never writes one knowingly; this is the second line). Lines are still neutralised:
 * the command line may run inside a CI job whose agent reads stdout and stderr for commands.
 */
export function createCommandLineHost(options: CommandLineHostOptions): Host {
  const env = options.env ?? process.env;
  const stdout = options.stdout ?? ((text: string) => process.stdout.write(text));
  const stderr = options.stderr ?? ((text: string) => process.stderr.write(text));
  let secrets: string[] = [];
  const redact = (text: string): string => secrets.reduce((result, secret) => result.split(secret).join('***'), text);
  const log = (prefix: string, text: string): void => {
    for (const line of neutraliseLines(redact(text))) stderr(`${prefix}${line}${EOL}`);
  };
  return {
    ...commandLinePlatform(env),
    getInput: (name) => options.getInput(name).trim(),
    // Outputs are a CI notion: the command line prints the whole document once (publishResults).
    setOutput: () => undefined,
    publishResults: (document) => {
      if (!options.getInput('output-file').trim()) stdout(`${redact(resultsJson(document))}${EOL}`);
    },
    setSecret: (value) => {
      // Longest first, so that a secret containing another is replaced whole.
      secrets = [...new Set([...secrets, ...secretParts(value)])].sort((a, b) => b.length - a.length);
    },
    debug: (message) => {
      if (options.verbose) log('debug: ', message);
    },
    info: (message) => log('', message),
    warning: (message) => log('warning: ', message),
    error: (message) => log('error: ', message),
    startGroup: (title) => log('', title),
    endGroup: () => undefined,
    logUntrusted: (text) => log('  ', text.endsWith('\n') ? text.slice(0, -1) : text),
    // The summary is Markdown for a CI page; on a terminal the log and the results say the same.
    appendSummary: async (markdown) => {
      if (options.verbose) log('', markdown);
    },
    setFailed: (message) => log('error: ', message),
  };
}

/**
 * The results document as JSON. JSON strings escape line breaks, so no value can start a line; `#` is escaped as
 * `\u0023` in `##[` and `##vso[`, which a CI agent would otherwise find anywhere in a line of stdout. The JSON means
 * the same.
 */
export function resultsJson(document: ResultsDocument): string {
  const json = JSON.stringify(document, null, 2);
  return json.replace(/#(?=#(?:\[|vso\[))/gi, '\\u0023');
}
