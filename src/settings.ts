import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { FEDERATED_ENV } from './auth/federated.js';
import { CLOUDS, CLOUD_NAMES, sharePointResource, type Cloud } from './clouds.js';
import { DEFAULT_AUDIENCE, DEFAULT_MAX_PARALLEL, Input, PERMISSION_CHECKS } from './constants.js';
import { ActionError, ActionErrors } from './errors.js';
import type { Host } from './host/host.js';
import type { AuthMethod, CertificateInput, PermissionCheck, Settings } from './settings-types.js';

export type { Settings } from './settings-types.js';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DOMAIN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;
/** The YAML 1.2 core schema booleans, as `core.getBooleanInput` accepts them. */
const TRUE_VALUES = ['true', 'True', 'TRUE'];
const FALSE_VALUES = ['false', 'False', 'FALSE'];
/** Authorities that name no tenant: app-only sign-in needs the app's home tenant. */
const MULTI_TENANT_AUTHORITIES = ['common', 'organizations', 'consumers'];

/**
 * Environment variables consulted when an input is empty, in order. The first ones are the CLI for Microsoft 365's own;
 * the AZURESUBSCRIPTION_* ones are set by Azure DevOps' AzureCLI/AzurePowerShell tasks for a service connection; the
 * AZURE_* ones by Azure workload identity (Kubernetes) and azure/login users.
 */
export const ENV_FALLBACKS = {
  appId: ['CLIMICROSOFT365_ENTRAAPPID', 'CLIMICROSOFT365_AADAPPID', ...FEDERATED_ENV.appId],
  tenant: ['CLIMICROSOFT365_TENANT', ...FEDERATED_ENV.tenant],
  serviceConnectionId: FEDERATED_ENV.serviceConnectionId,
  federatedTokenFile: FEDERATED_ENV.tokenFile,
} as const;

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
    if (key !== 'certificate' && key !== 'commands') host.debug(`${key}: ${typeof value === 'object' ? JSON.stringify(value) : String(value)}`);
  }
  return settings as Settings;
}

function buildSettings(reader: InputReader, host: Host, cwd: string): Partial<Settings> {
  const serviceConnectionId = reader.optional(Input.ServiceConnectionId, ENV_FALLBACKS.serviceConnectionId);
  const connection = (key: string): string[] => (serviceConnectionId ? endpointParameter(host.env, serviceConnectionId, key) : []);
  const appId = reader.guid(Input.AppId, [...ENV_FALLBACKS.appId, ...connection('SERVICEPRINCIPALID')]);
  const tenant = readTenant(reader, [...ENV_FALLBACKS.tenant, ...connection('TENANTID')]);
  const certificate = readCertificate(reader);
  const federatedTokenFile = reader.optional(Input.FederatedTokenFile, ENV_FALLBACKS.federatedTokenFile);
  // Peeked here, validated below in its place so that errors come in the order of the inputs.
  const dryRun = TRUE_VALUES.includes(host.getInput(Input.DryRun));
  const auth = resolveAuth(reader, host, certificate, federatedTokenFile, dryRun);
  const cloud = readCloud(reader);
  const commands = readCommands(reader, cwd);
  return {
    appId: appId ?? '',
    tenant: tenant ?? '',
    auth: auth ?? 'certificate',
    certificate: auth === 'certificate' ? certificate : undefined,
    federatedTokenFile: federatedTokenFile ? resolve(cwd, federatedTokenFile) : undefined,
    audience: reader.optional(Input.Audience) ?? DEFAULT_AUDIENCE,
    serviceConnectionId,
    cloud,
    spoUrl: cloud ? readSpoUrl(reader, cloud) : undefined,
    commands: commands?.text ?? '',
    commandsSource: commands?.source ?? Input.Commands,
    continueOnError: reader.boolean(Input.ContinueOnError, false),
    maxParallel: reader.integer(Input.MaxParallel, DEFAULT_MAX_PARALLEL, 1, 32),
    dryRun: reader.boolean(Input.DryRun, false),
    permissionCheck: readPermissionCheck(reader),
    outputFile: optionalPath(reader.optional(Input.OutputFile), cwd),
    cwd,
  };
}

function readPermissionCheck(reader: InputReader): PermissionCheck {
  const value = reader.choice(Input.PermissionCheck, PERMISSION_CHECKS, 'strict');
  return PERMISSION_CHECKS.find((mode) => mode === value) ?? 'strict';
}

function optionalPath(path: string | undefined, cwd: string): string | undefined {
  return path ? resolve(cwd, path) : undefined;
}

/**
 * The Azure Pipelines agent hands a task the service connections its inputs name, with their authorization parameters
 * as `ENDPOINT_AUTH_PARAMETER_<connection id>_<KEY>` (the id's case as the agent writes it): a workload identity
 * federation connection's `SERVICEPRINCIPALID` and `TENANTID` are the app and tenant to sign in as, so a task that names
 * only the connection needs neither `app-id` nor `tenant`. Returns the name of the variable, when there is one.
 */
function endpointParameter(env: NodeJS.ProcessEnv, connectionId: string, key: string): string[] {
  const wanted = `ENDPOINT_AUTH_PARAMETER_${connectionId}_${key}`.toUpperCase();
  return Object.keys(env).filter((name) => name.toUpperCase() === wanted);
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
  tokenFile: string | undefined,
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
  if (canIssueFederatedToken(host, tokenFile)) return 'federated';
  const onGitHub = host.env.GITHUB_ACTIONS === 'true';
  reader.fail(
    'No credential to sign in with. Either give a certificate (\'certificate\' or \'certificate-file\', with \'certificate-password\' if it has one), ' +
      'or use a federated credential: ' +
      (onGitHub
        ? "on GitHub, grant the job 'permissions: id-token: write' so that the runner can issue an OIDC token"
        : "on GitHub, 'permissions: id-token: write'; on Azure DevOps, a service connection with workload identity federation ('service-connection-id'); elsewhere, 'federated-token-file'") +
      ', and register the matching federated credential on the app.',
  );
  return undefined;
}

/** True when this job can produce a federated token: a token file, an Azure DevOps OIDC endpoint, or GitHub's. */
function canIssueFederatedToken(host: Host, tokenFile: string | undefined): boolean {
  const env = host.env;
  return Boolean(tokenFile || env.SYSTEM_OIDCREQUESTURI || env.ACTIONS_ID_TOKEN_REQUEST_URL);
}

function readCloud(reader: InputReader): Cloud | undefined {
  const name = reader.choice(Input.Cloud, CLOUD_NAMES, 'Public');
  return name ? CLOUDS[name as keyof typeof CLOUDS] : undefined;
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

function readCommands(reader: InputReader, cwd: string): { text: string; source: string } | undefined {
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
  if (!existsSync(path) || !statSync(path).isFile()) {
    reader.fail(`Invalid ${Input.CommandsFile} '${file}': no such file (looked for ${path}).`);
    return undefined;
  }
  return { text: readFileSync(path, 'utf8'), source: file };
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

  integer(name: string, fallback: number, min: number, max: number): number {
    const value = this.optional(name);
    if (value === undefined) return fallback;
    const number = Number(value);
    if (!Number.isInteger(number) || number < min || number > max) {
      this.fail(`Invalid ${name} '${value}'. Expected a whole number from ${min} to ${max}.`);
      return fallback;
    }
    return number;
  }
}
