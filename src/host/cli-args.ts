/**
 * The command line: `m365-action run <commands.yml | -> --app-id … --tenant … [options]`. Every option is one of the
 * action's inputs, spelled `--<input>`; secrets are never options (a value on the command line shows in the process
 * list and the shell history), they come from environment variables or files.
 */
import { EOL } from 'node:os';
import { Input } from '../constants.js';
import { createCommandLineHost, type Write } from './cli.js';
import type { Host } from './host.js';

/** Environment variables holding the secrets the action takes as inputs. */
export const SECRET_VARIABLES: Readonly<Partial<Record<Input, string>>> = {
  [Input.Certificate]: 'M365_CERTIFICATE',
  [Input.CertificatePassword]: 'M365_CERTIFICATE_PASSWORD',
};

interface OptionHelp {
  readonly value?: string;
  readonly help: string;
  /** A flag: `--dry-run` means true, `--dry-run=false` false. */
  readonly flag?: boolean;
  /** May be given more than once (the values are joined by line breaks). */
  readonly repeatable?: boolean;
}

/** The options, one per input of action.yml (the secrets aside), in the order of action.yml. */
export const OPTIONS: Readonly<Partial<Record<Input, OptionHelp>>> = {
  [Input.AppId]: { value: '<guid>', help: 'Application (client) ID of the Entra app. Env: CLIMICROSOFT365_ENTRAAPPID, AZURE_CLIENT_ID.' },
  [Input.Tenant]: { value: '<id|domain>', help: 'Tenant ID or domain (contoso.onmicrosoft.com). Env: CLIMICROSOFT365_TENANT, AZURE_TENANT_ID.' },
  [Input.Auth]: { value: '<method>', help: 'auto (default), certificate or federated.' },
  [Input.CertificateFile]: { value: '<path>', help: 'A .pfx, .p12 or .pem file with the certificate and its private key.' },
  [Input.FederatedTokenFile]: { value: '<path>', help: 'A file holding the federated token (OIDC JWT), re-read at each sign-in. Env: AZURE_FEDERATED_TOKEN_FILE.' },
  [Input.Audience]: { value: '<audience>', help: "Audience of the platform's OIDC token (default: the cloud's, api://AzureADTokenExchange in Public)." },
  [Input.ServiceConnectionId]: { value: '<id>', help: 'Azure Pipelines: the service connection whose OIDC token to request.' },
  [Input.Cloud]: { value: '<cloud>', help: 'Public (default), USGov (GCC), USGovHigh (GCC High), USGovDoD (DoD) or China.' },
  [Input.SpoUrl]: { value: '<url>', help: 'SharePoint root URL, e.g. https://contoso.sharepoint.com.' },
  [Input.Commands]: { value: '<yaml>', help: 'The commands as YAML text, instead of a commands file.' },
  [Input.CommandsFile]: { value: '<path>', help: 'The commands file (the same as the first argument; - reads standard input).' },
  [Input.ContinueOnError]: { flag: true, help: 'Run every command even after one fails (exit code 1 at the end).' },
  [Input.MaxParallel]: { value: '<n>', help: 'How many independent read-only commands may run at once (default 4).' },
  [Input.DryRun]: { flag: true, help: 'Plan and print the commands; request nothing (needs no credential).' },
  [Input.PermissionCheck]: { value: '<mode>', help: "strict (default), warn or off: compare the tokens' roles with what the commands need." },
  [Input.OutputFile]: { value: '<path>', help: 'Write the results document to this file instead of standard output.' },
  [Input.Timeout]: { value: '<minutes>', help: 'Deadline of the whole run (default 30).' },
  [Input.AllowPaths]: { value: '<dirs>', repeatable: true, help: 'More directories commands may read and write files in (comma-separated, or repeat the option).' },
};

/** The options that are not inputs. */
const HOST_FLAGS = ['help', 'verbose'];

export type ParsedCommandLine =
  | { readonly kind: 'help' }
  | { readonly kind: 'usage-error'; readonly message: string }
  | { readonly kind: 'run'; readonly inputs: Readonly<Record<string, string>>; readonly stdin: boolean; readonly verbose: boolean };

/** Parses the arguments after the program name. Never reads a secret from them. */
export function parseCommandLine(argv: readonly string[]): ParsedCommandLine {
  if (argv.length === 0 || ['--help', '-h', 'help'].includes(argv[0])) return { kind: 'help' };
  if (argv[0] !== 'run') return usageError(`Unknown command '${argv[0]}'. The command is 'run': m365-action run <commands.yml> --app-id <guid> --tenant <tenant>.`);
  const inputs: Record<string, string> = {};
  const positional: string[] = [];
  let verbose = false;
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '-' || !arg.startsWith('-')) {
      positional.push(arg);
      continue;
    }
    const [name, inline] = splitOption(arg);
    if (name === 'help' || arg === '-h') return { kind: 'help' };
    if (name === 'verbose') {
      verbose = true;
      continue;
    }
    const problem = checkOption(name, inline, inputs);
    if (problem) return usageError(problem);
    const option = OPTIONS[name as Input] as OptionHelp;
    const value = option.flag ? (inline ?? 'true') : (inline ?? argv[++i]);
    if (value === undefined) return usageError(`--${name} needs a value: --${name} ${option.value ?? '<value>'}.`);
    inputs[name] = option.repeatable && inputs[name] ? `${inputs[name]}\n${value}` : value;
  }
  return withCommandsFile(inputs, positional, verbose);
}

/** `--name=value` → ['name', 'value']; `--name` → ['name', undefined]. */
function splitOption(arg: string): [string, string | undefined] {
  const body = arg.replace(/^--?/, '');
  const equals = body.indexOf('=');
  return equals < 0 ? [body, undefined] : [body.slice(0, equals), body.slice(equals + 1)];
}

function checkOption(name: string, inline: string | undefined, inputs: Record<string, string>): string | undefined {
  const secret = SECRET_VARIABLES[name as Input];
  if (secret) {
    return `--${name} is not an option: a secret on the command line shows in the process list and the shell history. Set the environment variable ${secret}${name === Input.Certificate ? ', or give --certificate-file' : ''}.`;
  }
  const option = OPTIONS[name as Input];
  if (!option) return `Unknown option '--${name}'.${nearest(name)} Run 'm365-action --help' for the options.`;
  if (inputs[name] !== undefined && !option.repeatable) return `--${name} is given more than once.`;
  if (option.flag && inline !== undefined && !['true', 'false'].includes(inline)) return `--${name} is a flag: give it alone, or as --${name}=true / --${name}=false.`;
  return undefined;
}

function nearest(name: string): string {
  const names = [...Object.keys(OPTIONS), ...HOST_FLAGS];
  const close = names.filter((candidate) => candidate.includes(name) || name.includes(candidate));
  return close.length > 0 ? ` Did you mean ${close.map((c) => `--${c}`).join(' or ')}?` : '';
}

function withCommandsFile(inputs: Record<string, string>, positional: readonly string[], verbose: boolean): ParsedCommandLine {
  if (positional.length > 1) return usageError(`Expected one commands file, got ${positional.length}: ${positional.join(' ')}.`);
  const [file] = positional;
  if (file !== undefined && (inputs[Input.CommandsFile] !== undefined || inputs[Input.Commands] !== undefined)) {
    return usageError(`The commands file '${file}' and --${inputs[Input.Commands] !== undefined ? Input.Commands : Input.CommandsFile} are both given: declare the commands one way only.`);
  }
  const commandsFile = file ?? inputs[Input.CommandsFile];
  const stdin = commandsFile === '-';
  const rest = Object.fromEntries(Object.entries(inputs).filter(([name]) => name !== Input.CommandsFile));
  return { kind: 'run', inputs: commandsFile !== undefined && !stdin ? { ...rest, [Input.CommandsFile]: commandsFile } : rest, stdin, verbose };
}

function usageError(message: string): ParsedCommandLine {
  return { kind: 'usage-error', message };
}

/** The text of `--help`. */
export function helpText(): string {
  const width = 30;
  const line = (left: string, right: string): string => `  ${left.padEnd(width)}${right}`;
  const options = Object.entries(OPTIONS).map(([name, option]) => line(`--${name}${option.value ? ` ${option.value}` : ''}`, option.help));
  return [
    'Usage: m365-action run <commands.yml | -> --app-id <guid> --tenant <tenant> [options]',
    '',
    'Runs CLI for Microsoft 365 commands app-only, signed in with a certificate or a federated token, as the GitHub',
    'Action and the Azure DevOps task do. The results document ({ results, failed, commands }) goes to standard',
    'output, or to --output-file; the log goes to standard error.',
    '',
    'Options (one per input of the action, same names and values):',
    ...options,
    '',
    'Secrets are never options; they come from the environment (or a file):',
    line(SECRET_VARIABLES[Input.Certificate] ?? '', 'The certificate: base64 of a PFX, or PEM text (or use --certificate-file).'),
    line(SECRET_VARIABLES[Input.CertificatePassword] ?? '', 'The password of the PFX or of the encrypted PEM key.'),
    '',
    'Other options:',
    line('--verbose', 'Debug lines and the summary on standard error.'),
    line('--help', 'This text.'),
    '',
    'Exit code: 0 every command succeeded; 1 a command or the sign-in failed, or the run was cancelled or timed out;',
    '2 the options or the commands are invalid (nothing was requested).',
  ].join(EOL);
}

export interface CommandLineIo {
  /** The action's run (main.ts), injected so that the host layer does not import the core's entry point. */
  readonly run: (host: Host, options: { cancel?: AbortSignal; cwd?: string }) => Promise<'succeeded' | 'failed' | 'invalid' | 'cancelled'>;
  readonly env?: NodeJS.ProcessEnv;
  readonly cwd?: string;
  readonly cancel?: AbortSignal;
  readonly readStdin?: () => Promise<string>;
  readonly stdout?: Write;
  readonly stderr?: Write;
}

const EXIT_CODES = { succeeded: 0, failed: 1, cancelled: 1, invalid: 2 } as const;

type RunStatus = Awaited<ReturnType<CommandLineIo['run']>>;

/** Runs `m365-action …`: the exit code, and how the run ended when there was one. */
export async function runCommandLine(argv: readonly string[], io: CommandLineIo): Promise<{ exitCode: number; status?: RunStatus }> {
  const stdout = io.stdout ?? ((text: string) => process.stdout.write(text));
  const stderr = io.stderr ?? ((text: string) => process.stderr.write(text));
  const parsed = parseCommandLine(argv);
  if (parsed.kind === 'help') {
    stdout(`${helpText()}${EOL}`);
    return { exitCode: 0 };
  }
  if (parsed.kind === 'usage-error') {
    stderr(`error: ${parsed.message}${EOL}`);
    return { exitCode: 2 };
  }
  const env = io.env ?? process.env;
  const inputs: Record<string, string> = { ...parsed.inputs };
  if (parsed.stdin) inputs[Input.Commands] = await (io.readStdin ?? readStandardInput)();
  for (const [input, variable] of Object.entries(SECRET_VARIABLES)) inputs[input] = env[variable] ?? '';
  const host = createCommandLineHost({ env, getInput: (name) => inputs[name] ?? '', verbose: parsed.verbose, stdout, stderr });
  const status = await io.run(host, { cancel: io.cancel, cwd: io.cwd });
  return { exitCode: EXIT_CODES[status], status };
}

async function readStandardInput(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}
