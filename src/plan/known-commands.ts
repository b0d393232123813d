import type { Cloud } from '../clouds.js';
import type { CommandDefinition } from '../commands/types.js';
import { vivaEngageRejection } from './app-only.js';
import data from './cli-commands.json' with { type: 'json' };
import { findCommand, leadingWords } from './find-command.js';
import { showValue } from './options.js';

/**
 * Every command name of the CLI for Microsoft 365 (11.x), so that a pasted line this action does not run is never an
 * "unknown command" when the CLI knows it. Each name is in one class:
 * - runs here: it is in the catalogue (computed from the registry, never stored);
 * - delegated only: the CLI's code refuses an app-only token for it, or its API grants no application permission, or
 *   (`needsUser`) it acts for the signed-in user unless one of the listed options names a user;
 * - local to the CLI: it configures the CLI on a workstation, or needs no Microsoft 365 sign-in at all;
 * - not built yet: it works app-only, and `request` can make the calls the CLI makes (listed where its code names them).
 * `cli-commands.json` holds the names (from the package's allCommands.json), their class and reason, and the requests
 * read from the CLI's compiled code: facts of the CLI, not its code.
 */

export type CommandClass = 'runsHere' | 'delegated' | 'local' | 'notBuilt';

type DelegatedReason = 'delegated-code' | 'power-platform' | 'planner-tenant' | 'no-application-permission' | 'teams-app' | 'permission-request' | 'viva-engage';
type LocalReason = 'login' | 'logout' | 'cli-setup' | 'cli-app' | 'context' | 'connection' | 'app-open' | 'access-token' | 'spfx-local' | 'no-sign-in';

/** One name of the CLI as the data file records it. */
export interface CliCommand {
  readonly class: 'delegated' | 'local' | 'notBuilt';
  readonly reason?: string;
  /** Options naming the user the command acts for; without one, the CLI takes the signed-in user. */
  readonly needsUser?: readonly string[];
  readonly needsUserShort?: readonly string[];
  /** Requests the CLI makes for it (`GET @graph/…`, `POST {webUrl}/_api/…`), as far as its code names them. */
  readonly calls?: readonly string[];
  /** Its documentation page under https://pnp.github.io/cli-microsoft365/cmd/. */
  readonly docs: string;
  readonly aliases?: readonly string[];
}

const DOCS = 'https://pnp.github.io/cli-microsoft365/cmd/';
/** Longest CLI name in words (`spo tenant applicationcustomizer remove`…), with room for aliases. */
const MAX_WORDS = 6;

const DELEGATED: Readonly<Record<Exclude<DelegatedReason, 'viva-engage'>, { why: string; around: string }>> = {
  'delegated-code': {
    why: "the CLI for Microsoft 365 requires delegated permissions for it: its code refuses an app-only token ('This command requires delegated permissions')",
    around: "run it with a user's sign-in (the CLI for Microsoft 365 after 'm365 login')",
  },
  'power-platform': {
    why: "the Power Platform, Power Apps, Power Automate and Power BI APIs it calls take only a user's token in the CLI (its code refuses an app-only token)",
    around: "use Microsoft's Power Platform CLI (pac), which signs in as a service principal, or run it with a user's sign-in",
  },
  'planner-tenant': {
    why: "Planner's tenant settings API (tasks.office.com) takes only a user's token (the CLI documentation: it does not support application permissions)",
    around: "change the settings with a user's sign-in (a Planner administrator)",
  },
  'no-application-permission': {
    why: 'its API grants no application permission (the CLI documentation: it does not support application permissions)',
    around: "run it with a user's sign-in",
  },
  'teams-app': {
    why: 'Microsoft Graph publishes apps to the Teams app catalog only for a signed-in user (updates them likewise): the API grants no application permission',
    around: "upload the app package in the Teams admin center, or run it with a user's sign-in",
  },
  'permission-request': {
    why: "approving or denying a SharePoint API access request grants permissions to SharePoint's client extensibility app, which SharePoint lets only an administrator's sign-in do",
    around: "approve or deny it in the SharePoint admin center (Advanced > API access), or with an administrator's sign-in",
  },
};

const LOCAL: Readonly<Record<Exclude<LocalReason, 'login'>, string>> = {
  logout: 'there is no session to end: the action signs in for one run, from its inputs, and keeps nothing afterwards. Remove the line.',
  'cli-setup': "it configures or describes the CLI's own installation (settings, completion, diagnostics, version, docs); the action is configured by its inputs. Remove the line.",
  'cli-app': "it sets up or consents the CLI's own Entra app. Here the app is yours: register it with the application permissions the README's command table lists and give its ID as the app-id input.",
  context: "it edits the CLI's .m365rc.json context of a working folder. Here each command states its options, and '{{ id.path }}' passes one command's result to another.",
  connection: "it manages the CLI's saved connections. Here a run has one connection, from the app-id, tenant and credential inputs; use one step per tenant.",
  'app-open': 'it opens the Entra admin center in a browser. Remove the line.',
  'access-token': "it prints an access token, which this action never hands out (tokens are masked secrets). 'request' calls any Microsoft 365 API with the run's token.",
  'spfx-local': 'it works on a local SharePoint Framework project or development environment. Run it in a build step before this action (npx @pnp/cli-microsoft365 …); this action deploys the package the build makes (spo app add, spo app deploy).',
  'no-sign-in': 'it needs no Microsoft 365 sign-in (it talks to a webhook, a public feed, a third-party API or local files). Run it in a script step.',
};

const CLASSES = ['delegated', 'local', 'notBuilt'] as const;

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

/** One entry of the data file, checked: its class must be one of the three stored ones, with a known reason; else the problem. */
export function readEntry(raw: unknown): CliCommand | string {
  if (typeof raw !== 'object' || raw === null) return 'not an object';
  const entry: Record<string, unknown> = { ...raw };
  const cls = CLASSES.find((c) => c === entry.class);
  if (cls === undefined) return `class ${JSON.stringify(entry.class)} is none of ${CLASSES.join(', ')}`;
  if (typeof entry.docs !== 'string') return 'no docs page';
  const reason = typeof entry.reason === 'string' ? entry.reason : undefined;
  if (cls === 'delegated' && !(isDelegatedReason(reason) || reason === 'viva-engage')) return `delegated without a known reason (${String(reason)})`;
  if (cls === 'local' && !(isLocalReason(reason) || reason === 'login')) return `local without a known reason (${String(reason)})`;
  for (const key of ['needsUser', 'needsUserShort', 'calls', 'aliases']) {
    if (entry[key] !== undefined && !isStringList(entry[key])) return `${key} is not a list of strings`;
  }
  return {
    class: cls,
    reason,
    docs: entry.docs,
    needsUser: isStringList(entry.needsUser) ? entry.needsUser : undefined,
    needsUserShort: isStringList(entry.needsUserShort) ? entry.needsUserShort : undefined,
    calls: isStringList(entry.calls) ? entry.calls : undefined,
    aliases: isStringList(entry.aliases) ? entry.aliases : undefined,
  };
}

interface Known {
  readonly commands: Record<string, CliCommand>;
  readonly problems: string[];
}

let known: Known | undefined;

/**
 * The data file, checked once on first use: only a line that is not in the catalogue needs it, so a run whose every
 * command is known pays nothing for 878 names at start-up.
 */
function load(): Known {
  if (known) return known;
  const commands: Record<string, CliCommand> = {};
  const problems: string[] = [];
  for (const [name, raw] of Object.entries(data.commands)) {
    const entry = readEntry(raw);
    if (typeof entry === 'string') problems.push(`${name}: ${entry}`);
    else commands[name] = entry;
  }
  known = { commands, problems };
  return known;
}

/** Entries of the data file that are in none of the classes (a test fails on any). */
export function dataProblems(): readonly string[] {
  return load().problems;
}
/** The CLI's name for what was typed: its own or an alias (case-insensitive; `aad …` is `entra …`). */
function canonicalName(typed: string): string | undefined {
  const lower = typed.toLowerCase().replace(/\s+/g, ' ').trim().replace(/^aad /, 'entra ');
  const { commands } = load();
  if (Object.hasOwn(commands, lower)) return lower;
  return Object.entries(commands).find(([, c]) => c.aliases?.includes(lower))?.[0];
}

/** The longest run of leading words that is a CLI name, and how many words it took. */
function matchName(tokens: readonly string[]): { name: string; words: number } | undefined {
  const words = leadingWords(tokens).slice(0, MAX_WORDS);
  for (let n = words.length; n > 0; n--) {
    const name = canonicalName(words.slice(0, n).join(' '));
    if (name !== undefined) return { name, words: n };
  }
  return undefined;
}

/** Every name of the data file (the CLI's own names, not aliases). */
export function cliCommandNames(): string[] {
  return Object.keys(load().commands);
}

/** What the data file says about a name (its own or an alias), if the CLI knows it. */
export function cliCommand(name: string): CliCommand | undefined {
  const canonical = canonicalName(name);
  return canonical === undefined ? undefined : load().commands[canonical];
}

/**
 * The class of a CLI name written without options: in the catalogue it runs here; a command that needs a user it is
 * not given is delegated only; otherwise as the data file says. Undefined when the CLI does not know the name.
 */
export function classOf(name: string, catalogue: readonly CommandDefinition[]): CommandClass | undefined {
  if (findCommand(name, catalogue)) return 'runsHere';
  const command = cliCommand(name);
  if (command === undefined) return undefined;
  return command.needsUser !== undefined ? 'delegated' : command.class;
}

/** Options written after the name (`--name value`, `--name=value`, `-n value`, flags), by the name as written. */
function writtenOptions(rest: readonly string[], mapping: Readonly<Record<string, unknown>> | undefined): Map<string, string | undefined> {
  const options = new Map<string, string | undefined>();
  for (const [key, value] of Object.entries(mapping ?? {})) options.set(key.replace(/^--?/, ''), typeof value === 'string' ? value : undefined);
  for (let i = 0; i < rest.length; i++) {
    const match = /^--?([A-Za-z_][\w.:-]*)(?:=([\s\S]*))?$/.exec(rest[i]);
    if (!match) continue;
    const next = rest[i + 1];
    const value = match[2] ?? (next !== undefined && !next.startsWith('-') ? rest[++i] : undefined);
    options.set(match[1], value);
  }
  return options;
}

/**
 * The planner's hook for a line whose command is not in the catalogue: the message that names the class of a CLI
 * name and the way around (one message per line), or undefined when the CLI does not know the name either.
 * `mapping` is the `options` of the structured form.
 */
export function knownCommandRefusal(tokens: readonly string[], mapping: Readonly<Record<string, unknown>> | undefined, where: string, cloud: Cloud): string | undefined {
  const match = matchName(tokens);
  if (match === undefined) return undefined;
  const command = load().commands[match.name];
  const options = writtenOptions(tokens.slice(match.words), mapping);
  if (command.class === 'local') return localMessage(match.name, command, options, where);
  if (command.class === 'delegated') {
    if (command.reason === 'viva-engage') return vivaEngageRejection(match.name.split(' '), where, cloud.graph);
    return delegatedMessage(match.name, command, where);
  }
  const user = [...(command.needsUser ?? []), ...(command.needsUserShort ?? [])];
  if (command.needsUser !== undefined && !user.some((o) => options.has(o))) return needsUserMessage(match.name, command, where);
  return notBuiltMessage(match.name, command, where);
}

function docsOf(command: CliCommand): string {
  return `${DOCS}${command.docs}`;
}

/** The requests of the CLI, and how `request` makes them here. */
function callsText(command: CliCommand): string {
  const calls = command.calls ?? [];
  if (calls.length === 0) return `Make the Microsoft Graph or SharePoint REST requests it makes with 'request --url …'; its documentation says what it does: ${docsOf(command)}.`;
  return (
    `The CLI calls ${calls.join('; ')}; make ${calls.length > 1 ? 'these requests' : 'that request'} with 'request --url …' ` +
    `(add --method, --body and --content-type for writes; fill in the {placeholders}). Options and permissions: ${docsOf(command)}.`
  );
}

function notBuiltMessage(name: string, command: CliCommand, where: string): string {
  return `Command '${name}' (${where}) is not built yet: this action does not run that CLI for Microsoft 365 command yet. ${callsText(command)}`;
}

function needsUserMessage(name: string, command: CliCommand, where: string): string {
  const options = (command.needsUser ?? []).map((o) => `--${o}`).join(' or ');
  return (
    `Command '${name}' (${where}) cannot be run app-only as written: without ${options} the CLI acts for the signed-in user, and app-only sign-in ` +
    `has no signed-in user. Give ${options} to name the user (ID or userPrincipalName). Named, it is still not built yet here. ${callsText(command)}`
  );
}

function delegatedMessage(name: string, command: CliCommand, where: string): string {
  const reason = DELEGATED[isDelegatedReason(command.reason) ? command.reason : 'delegated-code'];
  const me = (command.calls ?? []).filter((c) => /@graph(beta)?\/me(\/|\?|$)/.test(c)).map((c) => c.replace(/@graph(beta)?\/me(?=\/|\?|$)/, '@graph$1/users/{userId}'));
  const alternative = me.length > 0 ? ` Where Graph grants an application permission for a named user's data, 'request' can call it for that user, e.g. ${me[0]} (check the permission in the Graph documentation).` : '';
  return `Command '${name}' (${where}) cannot be run app-only (delegated only): ${reason.why}. Way around: ${reason.around}.${alternative} Documentation: ${docsOf(command)}.`;
}

function isDelegatedReason(reason: string | undefined): reason is Exclude<DelegatedReason, 'viva-engage'> {
  return reason !== undefined && Object.hasOwn(DELEGATED, reason);
}

function isLocalReason(reason: string | undefined): reason is Exclude<LocalReason, 'login'> {
  return reason !== undefined && Object.hasOwn(LOCAL, reason);
}

function localMessage(name: string, command: CliCommand, options: Map<string, string | undefined>, where: string): string {
  const lead = `Command '${name}' (${where}) is local to the CLI for Microsoft 365 and has no counterpart here:`;
  if (command.reason === 'login') return `${lead} ${loginAdvice(options)}`;
  return `${lead} ${isLocalReason(command.reason) ? LOCAL[command.reason] : LOCAL['cli-setup']}`;
}

/** `m365 login` short options. */
const LOGIN_SHORT: Readonly<Record<string, string>> = { t: 'authType', u: 'userName', p: 'password', c: 'certificateFile', s: 'secret' };

/**
 * What a pasted `m365 login …` becomes: the action's inputs that do the same. Secrets (passwords, client secrets,
 * certificate contents) are never repeated, only where they belong.
 */
export function loginAdvice(written: Map<string, string | undefined>): string {
  const option = (name: string): string | undefined => {
    for (const [key, value] of written) if (key === name || LOGIN_SHORT[key] === name) return value ?? '';
    return undefined;
  };
  const inputs: string[] = [];
  const appId = option('appId');
  const tenant = option('tenant');
  inputs.push(appId ? `app-id: ${showValue(appId)}` : 'app-id: <the app (client) ID>');
  inputs.push(tenant ? `tenant: ${showValue(tenant)}` : 'tenant: <tenant ID or domain>');
  const cloud = option('cloud');
  if (cloud) inputs.push(`cloud: ${showValue(cloud)}`);
  const problem = loginAuth(option, inputs);
  const head = 'here sign-in comes from the action\'s inputs, before any command runs; remove this line';
  if (problem) return `${head}. ${problem}`;
  return `${head} and set the inputs ${inputs.join(', ')}.`;
}

/** Adds the credential inputs for the login's `--authType`, or says why that kind of sign-in cannot be used here. */
function loginAuth(option: (name: string) => string | undefined, inputs: string[]): string | undefined {
  const certificateFile = option('certificateFile');
  const certificate = option('certificateBase64Encoded');
  const authType = (option('authType') ?? (certificateFile !== undefined || certificate !== undefined ? 'certificate' : option('secret') !== undefined ? 'secret' : '')).toLowerCase();
  if (authType === 'certificate') {
    inputs.push('auth: certificate');
    inputs.push(certificateFile ? `certificate-file: ${showValue(certificateFile)}` : 'certificate: <the base64 PFX or PEM, from a secret>');
    if (option('password') !== undefined) inputs.push('certificate-password: <the --password value, from a secret>');
    return undefined;
  }
  if (authType === 'federatedidentity') {
    inputs.push('auth: federated');
    return undefined;
  }
  if (authType === 'secret') {
    return "Client secrets are not supported (SharePoint refuses app-only tokens from a secret): add a certificate or a federated credential to the app, then set app-id, tenant and certificate (or auth: federated).";
  }
  if (authType === 'identity') return 'Managed identity sign-in is not supported: give the app a federated credential (workload identity federation) and set auth: federated, with app-id and tenant.';
  if (authType === 'password' || authType === 'devicecode' || authType === 'browser') {
    return `'--authType ${authType}' signs in a user; this action signs in as an app (app-only): give the app a certificate or a federated credential and set app-id, tenant and certificate, certificate-file or auth: federated.`;
  }
  inputs.push('certificate or certificate-file (auth: certificate), or auth: federated');
  return undefined;
}
