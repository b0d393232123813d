import { hostOf, safeCause, type FederatedRequest, type FederatedSource } from '../auth/federated.js';
import { cloudsOfEnvironment } from '../clouds.js';
import { ActionError } from '../errors.js';
import type { HttpResponse, Transport } from '../http/types.js';
import { firstSet, type FederationOffer } from './federation.js';
import type { PlatformCloud } from './host.js';

/** Set by AzureCLI@2 / AzurePowerShell@5 for the service connection they run with (a script step inside them). */
const CONNECTION_VARIABLES = {
  'app-id': ['AZURESUBSCRIPTION_CLIENT_ID'],
  tenant: ['AZURESUBSCRIPTION_TENANT_ID'],
  'service-connection-id': ['AZURESUBSCRIPTION_SERVICE_CONNECTION_ID'],
} as const satisfies Record<string, readonly string[]>;

/**
 * The agent hands a task the service connections its inputs name, with their authorization parameters as
 * `ENDPOINT_AUTH_PARAMETER_<connection id>_<KEY>` (the id's case as the agent writes it): a workload identity
 * federation connection's `SERVICEPRINCIPALID` and `TENANTID` are the app and tenant to sign in as, so a task that
 * names only the connection needs neither `app-id` nor `tenant`.
 */
const ENDPOINT_KEYS: Readonly<Record<string, string>> = { 'app-id': 'SERVICEPRINCIPALID', tenant: 'TENANTID' };

export interface AzureDevOpsFederationOptions {
  /** Waits (ms) before each retry of the OIDC request on 429/5xx or a network error. Default [1000, 3000]. */
  retryDelaysMs?: readonly number[];
}

/**
 * Azure DevOps workload identity federation: `POST $SYSTEM_OIDCREQUESTURI?api-version=7.1&serviceConnectionId=<id>`
 * with the job's access token answers `{ oidcToken }` for the service connection.
 */
export function azureDevOpsFederation(options: AzureDevOpsFederationOptions = {}): FederationOffer {
  return {
    source: (env, request) => {
      const oidcRequestUri = env.SYSTEM_OIDCREQUESTURI?.trim();
      const connectionId = serviceConnectionOf(env, request);
      return oidcRequestUri && connectionId ? createAzureDevOpsSource(env, oidcRequestUri, connectionId, options) : undefined;
    },
    inputDefaults: (env, input, context) => {
      const variables: string[] = [...(CONNECTION_VARIABLES[input as keyof typeof CONNECTION_VARIABLES] ?? [])];
      const key = ENDPOINT_KEYS[input];
      if (key && context.serviceConnectionId) variables.push(...endpointVariable(env, `ENDPOINT_AUTH_PARAMETER_${context.serviceConnectionId}_${key}`));
      return variables;
    },
    cloud: (env, context) => connectionCloud(env, serviceConnectionOf(env, { audience: '', ...context })),
  };
}

/** The name of the agent's variable for a connection's parameter or data, when there is one (matched without case). */
function endpointVariable(env: NodeJS.ProcessEnv, name: string): string[] {
  const wanted = name.toUpperCase();
  return Object.keys(env).filter((variable) => variable.toUpperCase() === wanted);
}

/**
 * The Azure environment of an Azure Resource Manager service connection, as the agent hands it to a task that names the
 * connection (`ENDPOINT_DATA_<id>_ENVIRONMENT`: AzureCloud, AzureUSGovernment, AzureChinaCloud…), with the clouds whose
 * Entra ID it is.
 */
function connectionCloud(env: NodeJS.ProcessEnv, connectionId: string | undefined): PlatformCloud | undefined {
  if (!connectionId) return undefined;
  const [variable] = endpointVariable(env, `ENDPOINT_DATA_${connectionId}_ENVIRONMENT`);
  const environment = variable ? env[variable]?.trim() : undefined;
  if (!variable || !environment) return undefined;
  return { environment, clouds: cloudsOfEnvironment(environment), source: `service connection ${connectionId} (${variable})` };
}

function serviceConnectionOf(env: NodeJS.ProcessEnv, request: FederatedRequest): string | undefined {
  return request.serviceConnectionId?.trim() || firstSet(env, CONNECTION_VARIABLES['service-connection-id']);
}

export function createAzureDevOpsSource(
  env: NodeJS.ProcessEnv,
  oidcRequestUri: string,
  connectionId: string,
  options: AzureDevOpsFederationOptions = {},
): FederatedSource {
  const separator = oidcRequestUri.includes('?') ? '&' : '?';
  const url = `${oidcRequestUri}${separator}api-version=7.1&serviceConnectionId=${encodeURIComponent(connectionId)}`;
  return {
    kind: 'azure-devops',
    describe: () => `Azure DevOps workload identity federation (service connection ${connectionId})`,
    assertReady: () => {
      if (!systemAccessToken(env)) throw missingAccessToken(connectionId);
    },
    getToken: async (transport) => {
      const accessToken = systemAccessToken(env);
      if (!accessToken) throw missingAccessToken(connectionId);
      const response = await sendWithRetries(transport, url, accessToken, connectionId, options.retryDelaysMs ?? [1000, 3000]);
      return readOidcToken(response, connectionId, accessToken);
    },
  };
}

/** Why an Azure Pipelines job has no source, naming what is missing. */
export function noAzureDevOpsToken(env: NodeJS.ProcessEnv): ActionError {
  const missing = env.SYSTEM_OIDCREQUESTURI?.trim()
    ? 'no service connection ID (input `service-connection-id` or env AZURESUBSCRIPTION_SERVICE_CONNECTION_ID)'
    : 'the agent did not set SYSTEM_OIDCREQUESTURI (System.OidcRequestUri; Azure DevOps Services only)';
  return new ActionError(`Cannot get a federated token in this Azure Pipelines job: ${missing}.`, {
    hint:
      'Set `service-connection-id` to the ID of an Azure Resource Manager service connection that uses workload ' +
      'identity federation, or run inside AzureCLI@2, which sets AZURESUBSCRIPTION_SERVICE_CONNECTION_ID. ' +
      "Also map `SYSTEM_ACCESSTOKEN: $(System.AccessToken)` in the step's env.",
  });
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
  transport: Transport,
  url: string,
  accessToken: string,
  connectionId: string,
  delays: readonly number[],
): Promise<HttpResponse<Buffer>> {
  for (let attempt = 0; ; attempt++) {
    const last = attempt >= delays.length;
    try {
      const response = await transport.send({
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
      if (last) throw adoUnreachable(url, connectionId, safeCause(error, accessToken));
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
  const said = typeof json?.message === 'string' ? ` Azure DevOps said: ${safeCause(json.message, accessToken)}` : '';
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
