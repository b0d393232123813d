import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { CLOUDS, CLOUD_NAMES, listClouds, sharePointResource, type Cloud, type CloudName } from './clouds.js';
import { DEFAULT_MAX_PARALLEL, DEFAULT_TIMEOUT_MINUTES, Input, MAX_TIMEOUT_MINUTES, PERMISSION_CHECKS } from './constants.js';
import { ActionError, ActionErrors, formatError } from './errors.js';
import { createFileAccess, splitPathList, type FileAccess } from './files.js';
import type { Host, PlatformCloud } from './host/host.js';
import type { AuthMethod, CertificateInput, PermissionCheck, Settings } from './settings-types.js';

export type { Settings } from './settings-types.js';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DOMAIN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;
/** The YAML 1.2 core schema booleans, as `core.getBooleanInput` accepts them. */
const TRUE_VALUES = ['true', 'True', 'TRUE'];
const FALSE_VALUES = ['false', 'False', 'FALSE'];
/** Authorities that name no tenant: app-only sign-in needs the app's home tenant. */
const MULTI_TENANT_AUTHORITIES = ['common', 'organizations', 'consumers'];
/** A commands file is a few kilobytes of YAML; a larger one is a mistake (and /dev/zero must not fill the memory). */
export const MAX_COMMANDS_FILE_BYTES = 1024 * 1024;

/**
 * Platform-neutral environment variables consulted when an input is empty: the CLI for Microsoft 365's own first, then
 * (after the host's platform variables, see `Host.inputDefaults`) those of Azure workload identity (Kubernetes) and
 * azure/login users.
 */
export const ENV_FALLBACKS = {
  before: {
    [Input.AppId]: ['CLIMICROSOFT365_ENTRAAPPID', 'CLIMICROSOFT365_AADAPPID'],
    [Input.Tenant]: ['CLIMICROSOFT365_TENANT'],
  },
  after: {
    [Input.AppId]: ['AZURE_CLIENT_ID'],
    [Input.Tenant]: ['AZURE_TENANT_ID'],
    [Input.FederatedTokenFile]: ['AZURE_FEDERATED_TOKEN_FILE'],
  },
} as const satisfies Record<string, Partial<Record<Input, readonly string[]>>>;

/**
 * Reads and validates every input. All problems are reported together, each naming the input, the value (unless
 * secret) and the expected form. Secrets are registered with the host before anything else happens.
 */
export function readSettings(host: Host, cwd: string = process.cwd()): Settings {
  const reader = new InputReader(host, cwd);
  for (const secret of [Input.Certificate, Input.CertificatePassword]) {
    const value = host.getInput(secret);
    if (value) host.setSecret(value);
  }
  const settings = buildSettings(reader, host, cwd);
  if (reader.errors.length === 1) throw reader.errors[0];
  if (reader.errors.length > 1) throw new ActionErrors(`${reader.errors.length} inputs are invalid:`, reader.errors);
  for (const [key, value] of Object.entries(settings)) {
    if (key === 'cloud') host.debug(`cloud: ${settings.cloud?.name ?? ''}`);
    else if (!['certificate', 'commands', 'files'].includes(key)) host.debug(`${key}: ${typeof value === 'object' ? JSON.stringify(value) : String(value)}`);
  }
  return settings as Settings;
}

function buildSettings(reader: InputReader, host: Host, cwd: string): Partial<Settings> {
  const serviceConnectionId = reader.optional(Input.ServiceConnectionId, host.inputDefaults(Input.ServiceConnectionId, {}));
  const fallbacks = (input: Input): string[] => [
    ...(ENV_FALLBACKS.before[input as keyof typeof ENV_FALLBACKS.before] ?? []),
    ...host.inputDefaults(input, { serviceConnectionId }),
    ...(ENV_FALLBACKS.after[input as keyof typeof ENV_FALLBACKS.after] ?? []),
  ];
  const appId = reader.guid(Input.AppId, fallbacks(Input.AppId));
  const tenant = readTenant(reader, fallbacks(Input.Tenant));
  const certificate = readCertificate(reader);
  const tokenFile = reader.optional(Input.FederatedTokenFile, fallbacks(Input.FederatedTokenFile));
  const federatedTokenFile = tokenFile ? resolve(cwd, tokenFile) : undefined;
  const audienceInput = reader.optional(Input.Audience);
  // Peeked here, validated below in its place so that errors come in the order of the inputs.
  const dryRun = TRUE_VALUES.includes(host.getInput(Input.DryRun));
  // Whether a platform source exists does not depend on the audience it would be asked for.
  const canFederate = Boolean(federatedTokenFile) || host.federatedSources({ audience: audienceInput ?? '', serviceConnectionId }).length > 0;
  const auth = resolveAuth(reader, host, certificate, canFederate, dryRun);
  // Only a sign-in through the platform's own source makes what the platform says about its cloud binding.
  const platform = auth === 'federated' && !federatedTokenFile ? host.platformCloud?.({ serviceConnectionId }) : undefined;
  const { cloud, source: cloudSource } = readCloud(reader, host, platform);
  const audience = audienceInput ?? (cloud ?? CLOUDS.Public).tokenExchangeAudience;
  const spoUrl = cloud ? readSpoUrl(reader, cloud) : undefined;
  const commands = readCommands(reader, cwd);
  const continueOnError = reader.boolean(Input.ContinueOnError, false);
  const maxParallel = reader.integer(Input.MaxParallel, DEFAULT_MAX_PARALLEL, 1, 32);
  reader.boolean(Input.DryRun, false);
  const permissionCheck = readPermissionCheck(reader);
  const outputFileValue = reader.optional(Input.OutputFile);
  const timeoutMinutes = readTimeout(reader);
  const files = readFileAccess(reader, host, [certificate?.kind === 'file' ? certificate.path : undefined, commands?.path, federatedTokenFile]);
  return {
    appId: appId ?? '',
    tenant: tenant ?? '',
    auth: auth ?? 'certificate',
    certificate: auth === 'certificate' ? certificate : undefined,
    federatedTokenFile,
    audience,
    audienceSource: audienceInput === undefined ? 'cloud' : 'input',
    serviceConnectionId,
    cloud,
    cloudSource,
    spoUrl,
    commands: commands?.text ?? '',
    commandsSource: commands?.source ?? Input.Commands,
    continueOnError,
    maxParallel,
    dryRun,
    permissionCheck,
    outputFile: readOutputFile(reader, files.access, outputFileValue),
    timeoutMinutes,
    allowPaths: files.allowPaths,
    files: files.access,
    cwd,
  };
}

/**
 * Where commands may read and write files: the host's roots and the `allow-paths` directories, never the files the
 * run itself uses (certificate, commands, token file) nor the platform's own files (see files.ts).
 */
function readFileAccess(
  reader: InputReader,
  host: Host,
  ownFiles: readonly (string | undefined)[],
): { access: FileAccess; allowPaths: string[] } {
  const allowPaths: string[] = [];
  for (const entry of splitPathList(reader.optional(Input.AllowPaths) ?? '')) {
    const path = resolve(reader.cwd, entry);
    if (existsSync(path) && statSync(path).isDirectory()) allowPaths.push(path);
    else reader.fail(`Invalid ${Input.AllowPaths} entry '${entry}': no such directory (looked for ${path}). List existing directories, one per line or separated by commas.`);
  }
  const forbidden = [...host.protectedPaths, ...ownFiles.filter((path) => path !== undefined)];
  const access = createFileAccess({ cwd: reader.cwd, roots: [...host.fileRoots(reader.cwd), ...allowPaths], forbidden });
  return { access, allowPaths };
}

function readPermissionCheck(reader: InputReader): PermissionCheck {
  const value = reader.choice(Input.PermissionCheck, PERMISSION_CHECKS, 'strict');
  return PERMISSION_CHECKS.find((mode) => mode === value) ?? 'strict';
}

/**
 * Checked now, before any command runs: a results file that could not be written would otherwise be found out only
 * after every write of the run. Its directories may still be missing (they are created); the nearest existing one
 * must be inside the roots, and an existing file may be overwritten only when it is an ordinary one.
 */
function readOutputFile(reader: InputReader, files: FileAccess, value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    files.assertWritable(value, { missingParents: true });
  } catch (error) {
    reader.fail(`Invalid ${Input.OutputFile} '${value}': ${error instanceof ActionError ? formatError(error) : String(error)}`);
    return undefined;
  }
  return resolve(reader.cwd, value);
}

/** Minutes, a positive decimal number (`30`, `0.5`), at most MAX_TIMEOUT_MINUTES. */
function readTimeout(reader: InputReader): number {
  const value = reader.optional(Input.Timeout);
  if (value === undefined) return DEFAULT_TIMEOUT_MINUTES;
  const minutes = /^\d+(\.\d+)?$/.test(value) ? Number(value) : NaN;
  if (!(minutes > 0 && minutes <= MAX_TIMEOUT_MINUTES)) {
    reader.fail(`Invalid ${Input.Timeout} '${value}'. Expected the run's deadline in minutes, a number above 0 and at most ${MAX_TIMEOUT_MINUTES} (e.g. 30 or 2.5).`);
    return DEFAULT_TIMEOUT_MINUTES;
  }
  return minutes;
}

function readTenant(reader: InputReader, fallbacks: readonly string[]): string | undefined {
  const tenant = reader.required(Input.Tenant, fallbacks, 'the tenant ID (GUID) or domain, e.g. contoso.onmicrosoft.com');
  if (tenant === undefined) return undefined;
  if (MULTI_TENANT_AUTHORITIES.includes(tenant.toLowerCase())) {
    reader.fail(`Invalid tenant '${tenant}'. App-only sign-in needs the app's own tenant: give its ID (GUID) or a verified domain such as contoso.onmicrosoft.com.`);
    return undefined;
  }
  if (!GUID.test(tenant) && !DOMAIN.test(tenant)) {
    reader.fail(`Invalid tenant '${tenant}'. Expected a tenant ID (GUID) or a domain such as contoso.onmicrosoft.com.`);
    return undefined;
  }
  return tenant;
}

function readCertificate(reader: InputReader): CertificateInput | undefined {
  const value = reader.optional(Input.Certificate);
  const path = reader.optional(Input.CertificateFile);
  const password = reader.optional(Input.CertificatePassword);
  if (value && path) {
    reader.fail(`Both '${Input.Certificate}' and '${Input.CertificateFile}' are set. Give the certificate one way only.`);
    return undefined;
  }
  if (value) return { kind: 'inline', value, password };
  if (path) return { kind: 'file', path: resolve(reader.cwd, path), password };
  return undefined;
}

function resolveAuth(
  reader: InputReader,
  host: Host,
  certificate: CertificateInput | undefined,
  canFederate: boolean,
  dryRun: boolean,
): AuthMethod | undefined {
  const auth = reader.choice(Input.Auth, ['auto', 'certificate', 'federated'], 'auto');
  // A dry run signs in to nothing, so it needs no credential: it can check a pull request's commands, even one from
  // a fork, which gets no secrets and no OIDC token.
  if (dryRun && !certificate && auth !== 'federated') return 'certificate';
  if (auth === 'certificate' && !certificate) {
    reader.fail(`'${Input.Auth}' is 'certificate' but no certificate is given. Set '${Input.Certificate}' (base64 of a PFX, or PEM text) or '${Input.CertificateFile}'.`);
  }
  if (auth !== 'auto') return auth as AuthMethod | undefined;
  if (certificate) return 'certificate';
  if (canFederate) return 'federated';
  reader.fail(
    'No credential to sign in with. Either give a certificate (\'certificate\' or \'certificate-file\', with \'certificate-password\' if it has one), ' +
      `or use a federated credential: ${host.federatedHint}, and register the matching federated credential on the app.`,
  );
  return undefined;
}

/**
 * The cloud: the input `cloud`; else the cloud of the platform's federated credential when the platform says it (an
 * Azure DevOps service connection names its Azure environment); else Public. The platform's word is binding when sign-in
 * goes through it: a tenant signs in to one cloud only, so an input that contradicts it is refused, and an environment
 * that fits two clouds (AzureUSGovernment: GCC High and DoD) needs the input to choose.
 */
function readCloud(reader: InputReader, host: Host, platform: PlatformCloud | undefined): { cloud?: Cloud; source: string } {
  const given = reader.optional(Input.Cloud) !== undefined;
  const chosen = reader.choice(Input.Cloud, CLOUD_NAMES, 'Public');
  const name = CLOUD_NAMES.find((cloud) => cloud === chosen);
  if (!name) return { source: '' };
  if (platform && platform.clouds.length === 0) {
    host.debug(`${platform.source} says ${platform.environment}, which is no Microsoft 365 cloud; it does not decide the cloud.`);
  }
  const said = platform && platform.clouds.length > 0 ? platform : undefined;
  const fromPlatform = said ? `${said.source}: ${said.environment}` : '';
  if (given) {
    if (said && !said.clouds.includes(name)) {
      reader.fail(
        `Input '${Input.Cloud}' is ${name}, but ${said.source} says ${said.environment}, the Entra ID of ${cloudList(said.clouds, 'and')}: ` +
          `a tenant signs in to one cloud only. Set '${Input.Cloud}' to ${listClouds(said.clouds)}, or use a service connection of ${CLOUDS[name].azureEnvironment}.`,
      );
      return { source: '' };
    }
    return { cloud: CLOUDS[name], source: said ? `input '${Input.Cloud}', matching ${fromPlatform}` : `input '${Input.Cloud}'` };
  }
  if (!said) return { cloud: CLOUDS.Public, source: 'the default' };
  // AzureCloud is the Entra ID of Public and GCC alike: Public stays the default there, as without a connection.
  const implied = said.clouds.includes('Public') ? 'Public' : said.clouds.length === 1 ? said.clouds[0] : undefined;
  if (implied) return { cloud: CLOUDS[implied], source: fromPlatform };
  reader.fail(
    `Input '${Input.Cloud}' is required: ${said.source} says ${said.environment}, the Entra ID of both ${cloudList(said.clouds, 'and')}. ` +
      `Set '${Input.Cloud}' to ${listClouds(said.clouds)}.`,
  );
  return { source: '' };
}

/** "USGovHigh (GCC High) and USGovDoD (DoD)". */
function cloudList(names: readonly CloudName[], conjunction: string): string {
  return listClouds(names.map((name) => `${name} (${CLOUDS[name].label})`), conjunction);
}

function readSpoUrl(reader: InputReader, cloud: Cloud): string | undefined {
  const value = reader.optional(Input.SpoUrl);
  if (!value) return undefined;
  const resource = value.startsWith('https://') ? sharePointResource(cloud, value) : undefined;
  if (!resource) {
    reader.fail(`Invalid ${Input.SpoUrl} '${value}'. Expected the https URL of your SharePoint Online tenant, e.g. https://contoso.${cloud.sharePointSuffix}.`);
    return undefined;
  }
  return resource.audience;
}

function readCommands(reader: InputReader, cwd: string): { text: string; source: string; path?: string } | undefined {
  const inline = reader.host.getInput(Input.Commands);
  const file = reader.optional(Input.CommandsFile);
  if (inline && file) {
    reader.fail(`Both '${Input.Commands}' and '${Input.CommandsFile}' are set. Declare the commands one way only.`);
    return undefined;
  }
  if (inline) return { text: inline, source: Input.Commands };
  if (!file) {
    reader.fail(`No commands to run. Set '${Input.Commands}' (a YAML list, e.g. "- spo site get --url https://contoso.sharepoint.com") or '${Input.CommandsFile}'.`);
    return undefined;
  }
  const path = resolve(cwd, file);
  const problem = commandsFileProblem(path);
  if (problem) {
    reader.fail(`Invalid ${Input.CommandsFile} '${file}': ${problem}.`);
    return undefined;
  }
  return { text: readFileSync(path, 'utf8'), source: file, path };
}

/** Why the commands file cannot be read, if it cannot: checked before reading, so a FIFO or /dev/zero never is. */
function commandsFileProblem(path: string): string | undefined {
  if (!existsSync(path)) return `no such file (looked for ${path})`;
  const stats = statSync(path);
  if (!stats.isFile()) return `${path} is not a regular file`;
  if (stats.size > MAX_COMMANDS_FILE_BYTES) return `${path} has ${stats.size} bytes, more than the ${MAX_COMMANDS_FILE_BYTES} a commands file may have`;
  return undefined;
}

/** Reads inputs, collecting every error instead of stopping at the first. */
class InputReader {
  readonly errors: ActionError[] = [];
  constructor(
    readonly host: Host,
    readonly cwd: string,
  ) {}

  fail(message: string): void {
    this.errors.push(new ActionError(message));
  }

  optional(name: string, fallbacks: readonly string[] = []): string | undefined {
    const value = this.host.getInput(name);
    if (value) return value;
    for (const variable of fallbacks) {
      const fromEnv = this.host.env[variable]?.trim();
      if (fromEnv) return fromEnv;
    }
    return undefined;
  }

  required(name: string, fallbacks: readonly string[], expected: string): string | undefined {
    const value = this.optional(name, fallbacks);
    if (value === undefined) {
      const env = fallbacks.length ? ` (or the environment variable ${fallbacks[0]})` : '';
      this.fail(`Input '${name}' is required${env}: ${expected}.`);
    }
    return value;
  }

  guid(name: string, fallbacks: readonly string[]): string | undefined {
    const value = this.required(name, fallbacks, 'the Entra application (client) ID, a GUID');
    if (value !== undefined && !GUID.test(value)) {
      this.fail(`Invalid ${name} '${value}'. Expected the application (client) ID of the Entra app, a GUID such as 3f2b8c1d-6e4a-4b9f-8c7d-2a1e5f9b0c34.`);
      return undefined;
    }
    return value?.toLowerCase();
  }

  choice(name: string, allowed: readonly string[], fallback: string): string | undefined {
    const value = this.optional(name);
    if (value === undefined) return fallback;
    const match = allowed.find((option) => option.toLowerCase() === value.toLowerCase());
    if (!match) this.fail(`Invalid ${name} '${value}'. Expected one of: ${allowed.join(', ')}.`);
    return match;
  }

  boolean(name: string, fallback: boolean): boolean {
    const value = this.optional(name);
    if (value === undefined) return fallback;
    if (TRUE_VALUES.includes(value)) return true;
    if (FALSE_VALUES.includes(value)) return false;
    this.fail(`Invalid ${name} '${value}'. Expected true or false.`);
    return fallback;
  }

  /** Decimal digits only: `Number()` would also take `0x10`, `1e1` or `0b11`. */
  integer(name: string, fallback: number, min: number, max: number): number {
    const value = this.optional(name);
    if (value === undefined) return fallback;
    const number = /^\d+$/.test(value) ? Number(value) : NaN;
    if (!Number.isInteger(number) || number < min || number > max) {
      this.fail(`Invalid ${name} '${value}'. Expected a whole number from ${min} to ${max}.`);
      return fallback;
    }
    return number;
  }
}
