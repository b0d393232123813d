import { readFile } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { ActionError } from '../errors.js';
import type { HttpResponse, Transport } from '../http/types.js';
import { decodeClaims, formatClaim, formatExpiry, type PlatformClaims } from './jwt-claims.js';

export type { PlatformClaims } from './jwt-claims.js';
export { decodeClaims } from './jwt-claims.js';

export type FederatedSourceKind = 'github' | 'azure-devops' | 'file';

/** Something that can issue a platform OIDC token to exchange for an Entra ID token. */
export interface FederatedSource {
  readonly kind: FederatedSourceKind;
  /** Human description for logs, e.g. "GitHub Actions OIDC (audience api://AzureADTokenExchange)". */
  describe(): string;
  /** A fresh platform token. */
  getToken(): Promise<string>;
}

export interface FederatedSourceOptions {
  env: NodeJS.ProcessEnv;
  platform: 'github' | 'azure-devops';
  /** The `federated-token-file` input; env AZURE_FEDERATED_TOKEN_FILE when absent. */
  federatedTokenFile?: string;
  /** The `service-connection-id` input; env AZURESUBSCRIPTION_SERVICE_CONNECTION_ID when absent. */
  serviceConnectionId?: string;
  /** Audience asked of the GitHub issuer (Azure DevOps and token files choose their own). */
  audience: string;
  /** The host's `core.getIDToken`; when absent, `@actions/core` is loaded on first use. */
  getIdToken?: (audience: string) => Promise<string>;
  /** Carries the Azure DevOps token request (proxy and extra CAs as for every other request). */
  transport: Transport;
  /** Base of a relative token file path. Default: process.cwd(). */
  cwd?: string;
  /** Waits (ms) before each retry of the Azure DevOps request on 429/5xx or a network error. Default [1000, 3000]. */
  retryDelaysMs?: readonly number[];
}

/** Environment variables read as fall-backs, by setting, first match wins (see `federatedEnvFallbacks`). */
export const FEDERATED_ENV = {
  /** Set by AzureCLI@2 / AzurePowerShell@5 (Azure DevOps) and by Azure workload identity (Kubernetes). */
  appId: ['AZURESUBSCRIPTION_CLIENT_ID', 'AZURE_CLIENT_ID'],
  tenant: ['AZURESUBSCRIPTION_TENANT_ID', 'AZURE_TENANT_ID'],
  serviceConnectionId: ['AZURESUBSCRIPTION_SERVICE_CONNECTION_ID'],
  tokenFile: ['AZURE_FEDERATED_TOKEN_FILE'],
} as const;

/**
 * App ID, tenant, service connection and token file from the variables the platforms set, so that settings uses one
 * list. When a token file is configured by env (Azure workload identity sets AZURE_FEDERATED_TOKEN_FILE together
 * with AZURE_CLIENT_ID / AZURE_TENANT_ID), its companions win over Azure DevOps' AZURESUBSCRIPTION_* pair.
 */
export function federatedEnvFallbacks(env: NodeJS.ProcessEnv): {
  appId?: string;
  tenant?: string;
  serviceConnectionId?: string;
  tokenFile?: string;
} {
  const tokenFile = firstSet(env, FEDERATED_ENV.tokenFile);
  const order = (names: readonly [string, string]) => (tokenFile ? [names[1], names[0]] : names);
  return {
    appId: firstSet(env, order(FEDERATED_ENV.appId)),
    tenant: firstSet(env, order(FEDERATED_ENV.tenant)),
    serviceConnectionId: firstSet(env, FEDERATED_ENV.serviceConnectionId),
    tokenFile,
  };
}

function firstSet(env: NodeJS.ProcessEnv, names: readonly string[]): string | undefined {
  for (const name of names) {
    const value = env[name]?.trim();
    if (value) return value;
  }
  return undefined;
}

/**
 * The source that can issue a token here, in this order: an explicit token file, Azure DevOps (OIDC request URI and a
 * service connection), GitHub (an ID token request URL). Undefined when none can.
 */
export function detectFederatedSource(options: FederatedSourceOptions): FederatedSource | undefined {
  const { env } = options;
  const tokenFile = options.federatedTokenFile?.trim() || firstSet(env, FEDERATED_ENV.tokenFile);
  if (tokenFile) return createFileSource(tokenFile, options.cwd ?? process.cwd());
  const oidcRequestUri = env.SYSTEM_OIDCREQUESTURI?.trim();
  const connectionId = serviceConnectionOf(options);
  if (oidcRequestUri && connectionId) return createAzureDevOpsSource(options, oidcRequestUri, connectionId);
  if (env.ACTIONS_ID_TOKEN_REQUEST_URL?.trim()) return createGitHubSource(options);
  return undefined;
}

/** Like `detectFederatedSource`, but explains how to make a token available when nothing can issue one. */
export function requireFederatedSource(options: FederatedSourceOptions): FederatedSource {
  const source = detectFederatedSource(options);
  const { env, platform } = options;
  // Checked here too, not only per token: sign-in must stop before msal asks Entra ID for anything.
  if (source?.kind === 'azure-devops' && !systemAccessToken(env)) throw missingAccessToken(serviceConnectionOf(options) ?? '');
  if (source) return source;
  if (platform === 'github' && env.GITHUB_ACTIONS === 'true') throw noGitHubIdToken();
  if (platform === 'azure-devops' && env.TF_BUILD?.toLowerCase() === 'true') throw noAzureDevOpsToken(options);
  throw noTokenSource();
}

function serviceConnectionOf(options: FederatedSourceOptions): string | undefined {
  return options.serviceConnectionId?.trim() || firstSet(options.env, FEDERATED_ENV.serviceConnectionId);
}

// The `id-token: write` hint belongs here and only here: it is the fix only when the job could not ask for a token.
function noGitHubIdToken(): ActionError {
  return new ActionError(
    'Cannot get a federated token: this GitHub Actions job may not request an OIDC token (ACTIONS_ID_TOKEN_REQUEST_URL is not set).',
    {
      hint:
        'Grant the job (or the whole workflow) `permissions: id-token: write`:\n' +
        '  permissions:\n    id-token: write\n    contents: read\n' +
        'A `permissions` block grants only what it lists. Workflows triggered from forks never get an OIDC token.',
    },
  );
}

function noAzureDevOpsToken(options: FederatedSourceOptions): ActionError {
  const missing = options.env.SYSTEM_OIDCREQUESTURI?.trim()
    ? 'no service connection ID (input `service-connection-id` or env AZURESUBSCRIPTION_SERVICE_CONNECTION_ID)'
    : 'the agent did not set SYSTEM_OIDCREQUESTURI (System.OidcRequestUri; Azure DevOps Services only)';
  return new ActionError(`Cannot get a federated token in this Azure Pipelines job: ${missing}.`, {
    hint:
      'Set `service-connection-id` to the ID of an Azure Resource Manager service connection that uses workload ' +
      'identity federation, or run inside AzureCLI@2, which sets AZURESUBSCRIPTION_SERVICE_CONNECTION_ID. ' +
      "Also map `SYSTEM_ACCESSTOKEN: $(System.AccessToken)` in the step's env.",
  });
}

function noTokenSource(): ActionError {
  return new ActionError('Cannot get a federated token: nothing on this machine can issue one.', {
    hint:
      'Use one of:\n' +
      '  - GitHub Actions: a job granted the id-token permission;\n' +
      '  - Azure Pipelines: `service-connection-id` (a service connection using workload identity federation) ' +
      'and env SYSTEM_ACCESSTOKEN: $(System.AccessToken);\n' +
      '  - any platform: `federated-token-file` (or env AZURE_FEDERATED_TOKEN_FILE), a file holding the OIDC token.',
  });
}

// ---------------------------------------------------------------------------------------------------------- GitHub

function createGitHubSource(options: FederatedSourceOptions): FederatedSource {
  const host = hostOf(options.env.ACTIONS_ID_TOKEN_REQUEST_URL ?? '');
  const getIdToken = options.getIdToken ?? getIdTokenFromActionsCore;
  return {
    kind: 'github',
    describe: () => `GitHub Actions OIDC (audience ${options.audience})`,
    getToken: async () => {
      let token: string | undefined;
      try {
        token = await getIdToken(options.audience);
      } catch (error) {
        throw gitHubTokenFailed(host, causeText(error, options.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN));
      }
      if (!token) throw gitHubTokenFailed(host, 'it returned no token');
      return token;
    },
  };
}

// Loaded lazily: only GitHub federated runs need it, and the host normally passes its own wrapper anyway.
async function getIdTokenFromActionsCore(audience: string): Promise<string> {
  const core = await import('@actions/core');
  return core.getIDToken(audience);
}

function gitHubTokenFailed(host: string, cause: string): ActionError {
  return new ActionError(`Could not get an OIDC token from GitHub Actions (${host}): ${cause}`, {
    hint: `On a self-hosted runner check that it can reach ${host} (HTTPS_PROXY / NO_PROXY); otherwise re-run the job.`,
  });
}

// ---------------------------------------------------------------------------------------------------- Azure DevOps

function createAzureDevOpsSource(
  options: FederatedSourceOptions,
  oidcRequestUri: string,
  connectionId: string,
): FederatedSource {
  const separator = oidcRequestUri.includes('?') ? '&' : '?';
  const url = `${oidcRequestUri}${separator}api-version=7.1&serviceConnectionId=${encodeURIComponent(connectionId)}`;
  return {
    kind: 'azure-devops',
    describe: () => `Azure DevOps workload identity federation (service connection ${connectionId})`,
    getToken: async () => {
      const accessToken = systemAccessToken(options.env);
      if (!accessToken) throw missingAccessToken(connectionId);
      const response = await sendWithRetries(options, url, accessToken, connectionId);
      return readOidcToken(response, connectionId, accessToken);
    },
  };
}

/**
 * The job's access token, wherever the agent put it. A script step sees it only when the pipeline maps
 * `SYSTEM_ACCESSTOKEN: $(System.AccessToken)` in the step's env. A Node task also gets it without that: the agent
 * passes secret variables as `SECRET_<NAME>` (System.AccessToken → SECRET_SYSTEM_ACCESSTOKEN, when the job has the
 * variable) and hands every task the job's own `SystemVssConnection` endpoint (ENDPOINT_AUTH_PARAMETER_… and the
 * ENDPOINT_AUTH_… JSON), which is where Microsoft's Azure tasks read it (`getEndpointAuthorization('SYSTEMVSSCONNECTION')`).
 * An explicit mapping comes first: it is what the user chose.
 */
export function systemAccessToken(env: NodeJS.ProcessEnv): string | undefined {
  const direct = firstSet(env, [
    'SYSTEM_ACCESSTOKEN',
    'SECRET_SYSTEM_ACCESSTOKEN',
    'ENDPOINT_AUTH_PARAMETER_SYSTEMVSSCONNECTION_ACCESSTOKEN',
  ]);
  return direct ?? accessTokenOfEndpoint(env.ENDPOINT_AUTH_SYSTEMVSSCONNECTION);
}

/** `{"parameters":{"AccessToken":"…"},"scheme":"OAuth"}`, as the agent serialises an endpoint's authorization. */
function accessTokenOfEndpoint(json: string | undefined): string | undefined {
  if (!json?.trim()) return undefined;
  const auth = parseJson(Buffer.from(json, 'utf8'));
  const parameters = auth?.parameters;
  if (typeof parameters !== 'object' || parameters === null) return undefined;
  for (const [name, value] of Object.entries(parameters)) {
    if (name.toLowerCase() === 'accesstoken' && typeof value === 'string' && value.trim()) return value.trim();
  }
  return undefined;
}

function missingAccessToken(connectionId: string): ActionError {
  return new ActionError(
    `Cannot request the Azure DevOps OIDC token for service connection ${connectionId}: SYSTEM_ACCESSTOKEN is not set.`,
    {
      hint:
        "Azure Pipelines gives a step the job's access token only when asked. Map it in the step's env:\n" +
        '  env:\n    SYSTEM_ACCESSTOKEN: $(System.AccessToken)',
    },
  );
}

const RETRIED_STATUSES = new Set([429, 500, 502, 503, 504]);

async function sendWithRetries(
  options: FederatedSourceOptions,
  url: string,
  accessToken: string,
  connectionId: string,
): Promise<HttpResponse<Buffer>> {
  const delays = options.retryDelaysMs ?? [1000, 3000];
  for (let attempt = 0; ; attempt++) {
    const last = attempt >= delays.length;
    try {
      const response = await options.transport.send({
        method: 'POST',
        url,
        headers: {
          authorization: `Bearer ${accessToken}`,
          'content-type': 'application/json',
          accept: 'application/json',
          // Without it an unauthenticated request gets a sign-in page (HTTP 203) instead of a 401.
          'x-tfs-fedauthredirect': 'Suppress',
        },
        body: '{}',
        responseType: 'buffer',
      });
      if (last || !RETRIED_STATUSES.has(response.status)) return response;
    } catch (error) {
      if (last) throw adoUnreachable(url, connectionId, causeText(error, accessToken));
    }
    await sleep(delays[attempt]);
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}

function adoUnreachable(url: string, connectionId: string, cause: string): ActionError {
  return new ActionError(
    `Could not reach the Azure DevOps OIDC endpoint ${hostOf(url)} for service connection ${connectionId}: ${cause}`,
    { hint: 'On a self-hosted agent check that it can reach Azure DevOps (HTTPS_PROXY / NO_PROXY, NODE_EXTRA_CA_CERTS).' },
  );
}

function readOidcToken(response: HttpResponse<Buffer>, connectionId: string, accessToken: string): string {
  const json = parseJson(response.body);
  // 203 is Azure DevOps' sign-in page for a request it did not authenticate: not a success.
  if (response.status >= 200 && response.status < 300 && response.status !== 203) {
    if (typeof json?.oidcToken === 'string' && json.oidcToken) return json.oidcToken;
    throw new ActionError(
      `The Azure DevOps OIDC endpoint answered without an oidcToken for service connection ${connectionId}.`,
      { hint: 'Re-run the job; if it persists, check the status of Azure DevOps.' },
    );
  }
  const said = typeof json?.message === 'string' ? ` Azure DevOps said: ${causeText(json.message, accessToken)}` : '';
  throw adoStatusError(response.status, connectionId, said);
}

const CONNECTION_CHECKS =
  'uses workload identity federation (Project settings → Service connections) and that this pipeline is authorised ' +
  "to use it (the connection's Security → Pipeline permissions)";

function adoStatusError(status: number, connectionId: string, said: string): ActionError {
  const where = `service connection ${connectionId} (HTTP ${status})`;
  switch (status) {
    case 203:
    case 401:
      return new ActionError(`Azure DevOps did not accept the job's access token when asked for the OIDC token of ${where}.${said}`, {
        hint: `Map \`SYSTEM_ACCESSTOKEN: $(System.AccessToken)\` in the step's env, and check that the connection ${CONNECTION_CHECKS}.`,
      });
    case 403:
      return new ActionError(`Azure DevOps refused to issue an OIDC token for ${where}.${said}`, {
        hint: `Check that the connection ${CONNECTION_CHECKS}.`,
      });
    case 404:
      return new ActionError(`Azure DevOps found no ${where} that can issue an OIDC token.${said}`, {
        hint: `Check that \`service-connection-id\` is the ID (a GUID, not the name) of a connection of this project, that it ${CONNECTION_CHECKS}.`,
      });
    default:
      return new ActionError(`The Azure DevOps OIDC endpoint failed for ${where}.${said}`, {
        hint: 'Re-run the job; if it persists, check the status of Azure DevOps.',
      });
  }
}

function parseJson(body: Buffer): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(body.toString('utf8'));
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

// ------------------------------------------------------------------------------------------------------------ File

function createFileSource(path: string, cwd: string): FederatedSource {
  const fullPath = resolve(cwd, path);
  const shown = isAbsolute(path) ? path : `${path} (resolved to ${fullPath})`;
  return {
    kind: 'file',
    describe: () => `token file ${fullPath}`,
    // Read on every call: Kubernetes rotates a projected service account token in place.
    getToken: async () => {
      let text: string;
      try {
        text = await readFile(fullPath, 'utf8');
      } catch (error) {
        throw tokenFileUnreadable(shown, error);
      }
      const token = text.trim();
      if (!token) {
        throw new ActionError(`The federated token file ${shown} is empty.`, {
          hint: 'Whatever writes the token (a projected service account token, GitLab `id_tokens`, a CI step) must write it before this step runs.',
        });
      }
      return token;
    },
  };
}

function tokenFileUnreadable(shown: string, error: unknown): ActionError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') {
    return new ActionError(`The federated token file ${shown} does not exist.`, {
      hint: 'Set the input `federated-token-file` (or env AZURE_FEDERATED_TOKEN_FILE) to the path of a file holding the OIDC token.',
    });
  }
  return new ActionError(`The federated token file ${shown} cannot be read (${code ?? 'unknown error'}).`, {
    hint: 'Give the path of a readable file holding the OIDC token (input `federated-token-file` or env AZURE_FEDERATED_TOKEN_FILE).',
  });
}

// ------------------------------------------------------------------------------------------------------- Assertion

export interface AssertionProviderOptions {
  /** Registers a secret with the host; called with every token before anything else happens to it. */
  onSecret: (secret: string) => void;
  log: { info(message: string): void; debug(message: string): void };
  /** Receives each token's claims (the token provider uses them to explain AADSTS70021 / 700213 / 7002138). */
  onClaims?: (claims: PlatformClaims) => void;
  /** Clock for the expiry shown in the log. Default Date.now. */
  now?: () => number;
}

/**
 * The `clientAssertion` callback for msal-node. Every call fetches a fresh platform token (they live 5–10 minutes and
 * msal calls back whenever it needs a new assertion), masks it, and logs its claims — the full picture the first time,
 * at debug level afterwards — so that a federated credential that does not match can be fixed from the log alone.
 */
export function createAssertionProvider(source: FederatedSource, options: AssertionProviderOptions): () => Promise<string> {
  const now = options.now ?? Date.now;
  let logged = false;
  return async () => {
    options.log.debug(`Requesting a federated token from ${source.describe()}.`);
    const token = await source.getToken();
    options.onSecret(token);
    const claims = decodeClaims(token, source.describe());
    const summary = describeClaims(source, claims, now());
    if (logged) options.log.debug(summary);
    else options.log.info(summary);
    logged = true;
    options.onClaims?.(claims);
    return token;
  };
}

function describeClaims(source: FederatedSource, claims: PlatformClaims, nowMs: number): string {
  const lines = [
    `Federated token from ${source.describe()}:`,
    `  issuer:   ${formatClaim(claims.iss)}`,
    `  subject:  ${formatClaim(claims.sub)}`,
    `  audience: ${formatClaim(claims.aud)}`,
  ];
  if (source.kind === 'github' || claims.job_workflow_ref !== undefined) {
    lines.push(`  job_workflow_ref: ${formatClaim(claims.job_workflow_ref)}`);
  }
  lines.push(`  expires:  ${formatExpiry(claims.exp, nowMs)}`);
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------------------- shared

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return 'an invalid request URL';
  }
}

/**
 * One line of text from a failure, safe to show: the request credential and anything shaped like a JWT are replaced,
 * control characters flattened, length bounded. Third-party messages may echo what they were sent.
 */
function causeText(error: unknown, secret: string | undefined): string {
  let text = error instanceof Error ? error.message : String(error);
  if (secret) text = text.split(secret).join('***');
  text = text.replace(/eyJ[\w-]*\.[\w-]*\.[\w-]*/g, '***');
  text = text.replace(/[\s\p{Cc}]+/gu, ' ').trim();
  return text.length > 300 ? `${text.slice(0, 300)}…` : text || 'no details';
}
