import type { ConfidentialClientApplication, Configuration, INetworkModule, LogLevel, NodeAuthOptions } from '@azure/msal-node';
import { ActionError, ActionErrors } from '../errors.js';
import { CANCELLED_CODE, type RetryPolicy } from '../http/retry.js';
import type { Transport, TokenSource } from '../http/types.js';
import { RESOURCE_LABELS, scopeOf, type Cloud, type Resource } from '../clouds.js';
import { explainAuthError, type AadstsContext } from './aadsts.js';
import type { LoadedCertificate } from './certificate.js';
import { decodeClaims } from './jwt-claims.js';

/** How the app proves who it is: a loaded certificate, or a callback giving a fresh (federated) assertion. */
export type Credential =
  | { kind: 'certificate'; certificate: LoadedCertificate }
  | { kind: 'assertion'; getAssertion: () => Promise<string>; describe?: () => string };

/** Access tokens per resource, shared by every command of the run. */
export interface TokenProvider extends TokenSource {
  /** Asks for the tokens of all these resources at once; throws one error naming every failure. */
  prefetch(resources: readonly Resource[]): Promise<void>;
  /** How many token requests were sent to Entra ID so far, retries included (for the log and the benchmark). */
  readonly tokenRequests: number;
  /** The app's display name, as Entra ID writes it into app-only tokens (`app_displayname`), once a token arrived. */
  readonly appDisplayName?: string;
  /** The `roles` claim (application permissions) of the resource's latest token; undefined before one arrived. */
  rolesOf(resource: Resource): readonly string[] | undefined;
}

export interface TokenProviderOptions {
  appId: string;
  tenant: string;
  cloud: Cloud;
  credential: Credential;
  transport: Transport;
  onSecret: (secret: string) => void;
  log: { debug(message: string): void };
  /** Context for explaining Entra ID errors (read at failure time: federated claims arrive late). */
  explainContext?: () => AadstsContext;
  /** Overrides of the sign-in retry policy (tests set the sleep to zero). */
  retry?: Partial<RetryPolicy>;
  /** Per token request. Default 30 s. */
  timeoutMs?: number;
}

/**
 * Ask for a new token this long before the cached one expires. msal's own cache renews with the same offset (its
 * default tokenRenewalOffsetSeconds), so when this cache misses, msal's misses too and a new token is requested.
 */
const REFRESH_MARGIN_MS = 5 * 60 * 1000;

interface CachedToken {
  token: string;
  expiresAt: number;
}

/**
 * Creates the run's token provider: one msal-node ConfidentialClientApplication whose network client is the action's
 * transport. Tokens are cached per audience and renewed 5 minutes before they expire; concurrent callers for the same
 * audience share one request.
 */
export function createTokenProvider(options: TokenProviderOptions): TokenProvider {
  let tokenRequests = 0;
  let appDisplayName: string | undefined;
  const rolesByAudience = new Map<string, readonly string[]>();
  // msal-node is a third of the bundle: it is loaded when the first token is asked for, so that invalid input, planning
  // errors and dry runs never pay for it.
  let app: Promise<ConfidentialClientApplication> | undefined;
  const getApp = (): Promise<ConfidentialClientApplication> => (app ??= createMsalApp(options, () => tokenRequests++));
  const cache = new Map<string, CachedToken>();
  const inFlight = new Map<string, Promise<string>>();

  const request = async (resource: Resource): Promise<string> => {
    const scope = scopeOf(resource);
    options.log.debug(`Requesting a token for ${scope}.`);
    let result;
    try {
      result = await (await getApp()).acquireTokenByClientCredential({ scopes: [scope] });
    } catch (error) {
      // A cancelled run is not a sign-in problem: say so, without advice about proxies or credentials.
      throw cancellationIn(error) ?? explainAuthError(error, contextOf(options));
    }
    if (!result?.accessToken) throw new ActionError(`Entra ID returned no access token for ${scope}.`);
    options.onSecret(result.accessToken);
    appDisplayName ??= displayNameIn(result.accessToken);
    rolesByAudience.set(resource.audience, rolesIn(result.accessToken));
    const expiresAt = result.expiresOn ? result.expiresOn.getTime() : Date.now() + REFRESH_MARGIN_MS;
    cache.set(resource.audience, { token: result.accessToken, expiresAt });
    options.log.debug(`Got a token for ${scope}${result.fromCache ? ' (msal cache)' : ''}, valid until ${new Date(expiresAt).toISOString()}.`);
    return result.accessToken;
  };

  const getToken = (resource: Resource): Promise<string> => {
    const cached = cache.get(resource.audience);
    if (cached && cached.expiresAt - REFRESH_MARGIN_MS > Date.now()) return Promise.resolve(cached.token);
    const pending = inFlight.get(resource.audience);
    if (pending) return pending;
    const started = request(resource).finally(() => inFlight.delete(resource.audience));
    inFlight.set(resource.audience, started);
    return started;
  };

  return {
    getToken,
    prefetch: (resources) => prefetchAll(getToken, resources),
    get tokenRequests() {
      return tokenRequests;
    },
    get appDisplayName() {
      return appDisplayName;
    },
    rolesOf: (resource) => rolesByAudience.get(resource.audience),
  };
}

async function createMsalApp(options: TokenProviderOptions, onTokenRequest: () => void): Promise<ConfidentialClientApplication> {
  const [msal, { createMsalNetworkClient }] = await Promise.all([import('@azure/msal-node'), import('./msal-network.js')]);
  const transport = countTokenRequests(options.transport, onTokenRequest);
  const networkClient = createMsalNetworkClient(transport, { retry: options.retry, timeoutMs: options.timeoutMs });
  return new msal.ConfidentialClientApplication(msalConfiguration(options, networkClient, msal.LogLevel.Warning));
}

function msalConfiguration(options: TokenProviderOptions, networkClient: INetworkModule, logLevel: LogLevel): Configuration {
  return {
    auth: {
      clientId: options.appId,
      authority: `https://${options.cloud.loginHost}/${options.tenant}`,
      ...credentialOptions(options),
    },
    system: {
      networkClient,
      loggerOptions: {
        // msal's own log is for us, not the user: warnings and errors only, never personal data.
        logLevel,
        piiLoggingEnabled: false,
        loggerCallback: (_level, message) => options.log.debug(`msal: ${message}`),
      },
    },
  };
}

function credentialOptions(options: TokenProviderOptions): Pick<NodeAuthOptions, 'clientCertificate' | 'clientAssertion'> {
  const { credential } = options;
  if (credential.kind === 'certificate') {
    const { certificate } = credential;
    // thumbprintSha256 makes msal sign a PS256 assertion with `x5t#S256` (the SHA-1 `thumbprint` is deprecated);
    // x5c sends the chain so that subject-name/issuer registrations work too.
    return {
      clientCertificate: {
        thumbprintSha256: certificate.thumbprintSha256,
        privateKey: certificate.privateKeyPem,
        x5c: certificate.x5c,
      },
    };
  }
  if (credential.describe) options.log.debug(`Client assertions come from ${credential.describe()}.`);
  return {
    // A callback, not a string: msal asks for a fresh assertion on every token request (platform tokens are short-lived).
    clientAssertion: async () => {
      const assertion = await credential.getAssertion();
      options.onSecret(assertion);
      return assertion;
    },
  };
}

function contextOf(options: TokenProviderOptions): AadstsContext {
  if (options.explainContext) return options.explainContext();
  const { credential } = options;
  return {
    appId: options.appId,
    tenant: options.tenant,
    loginHost: options.cloud.loginHost,
    method: credential.kind === 'certificate' ? 'certificate' : 'federated',
    thumbprintSha1: credential.kind === 'certificate' ? credential.certificate.thumbprintSha1 : undefined,
    thumbprintSha256: credential.kind === 'certificate' ? credential.certificate.thumbprintSha256 : undefined,
  };
}

/** The cancellation error (code ECANCELLED) somewhere in the cause chain msal wrapped, if the run was stopped. */
function cancellationIn(error: unknown): ActionError | undefined {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    if (e instanceof ActionError && e.code === CANCELLED_CODE) return e;
  }
  return undefined;
}

/** The `app_displayname` claim of an access token (read, not verified: the token is Entra ID's answer to us). */
function displayNameIn(token: string): string | undefined {
  try {
    const name = decodeClaims(token).app_displayname;
    return typeof name === 'string' && name !== '' ? name : undefined;
  } catch {
    return undefined;
  }
}

/** Wraps the transport under msal to count POSTs to the token endpoint, retries included: each one reaches Entra ID. */
function countTokenRequests(transport: Transport, onTokenRequest: () => void): Transport {
  return {
    signal: transport.signal,
    send: (request) => {
      if (request.method === 'POST' && /\/oauth2\/(v2\.0\/)?token\b/.test(request.url)) onTokenRequest();
      return transport.send(request);
    },
  };
}

/**
 * Gets every resource's token concurrently and waits for all of them, so that every failure is reported at once.
 * The same failure for several resources (a wrong certificate fails them all) is reported once.
 */
async function prefetchAll(getToken: (r: Resource) => Promise<string>, resources: readonly Resource[]): Promise<void> {
  const unique = [...new Map(resources.map((r) => [r.audience, r])).values()];
  const results = await Promise.allSettled(unique.map((r) => getToken(r)));
  const failures = new Map<string, { error: ActionError; audiences: string[] }>();
  results.forEach((result, index) => {
    if (result.status === 'fulfilled') return;
    const error = result.reason instanceof ActionError ? result.reason : new ActionError(String(result.reason));
    const key = `${error.message}\n${error.hint ?? ''}`;
    const entry = failures.get(key) ?? { error, audiences: [] };
    entry.audiences.push(describeResource(unique[index] as Resource));
    failures.set(key, entry);
  });
  if (failures.size === 0) return;
  const entries = [...failures.values()];
  if (entries.length === 1) throw (entries[0] as { error: ActionError }).error;
  throw new ActionErrors(
    `Could not get access tokens for ${results.filter((r) => r.status === 'rejected').length} resource(s):`,
    entries.map(
      ({ error, audiences }) =>
        new ActionError(`${audiences.join(', ')}: ${error.message}`, { hint: error.hint, code: error.code, cause: error }),
    ),
  );
}

function describeResource(resource: Resource): string {
  return `${RESOURCE_LABELS[resource.kind]} (${resource.audience})`;
}

/** The `roles` claim of an access token (read, not verified); none when absent or not a list of strings. */
function rolesIn(token: string): readonly string[] {
  try {
    const roles = decodeClaims(token).roles;
    return Array.isArray(roles) ? roles.filter((role): role is string => typeof role === 'string') : [];
  } catch {
    return [];
  }
}
