import { cloudsOfAudience, listClouds, type Cloud } from '../clouds.js';
import { ActionError } from '../errors.js';
import type { Transport } from '../http/types.js';
import { decodeClaims, formatClaim, formatExpiry, type PlatformClaims } from './jwt-claims.js';
import { createTokenFileSource } from './token-file.js';

export type { PlatformClaims } from './jwt-claims.js';
export { decodeClaims } from './jwt-claims.js';

/**
 * Something that can issue a platform OIDC token to exchange for an Entra ID token. The token file lives in the core
 * (any platform can point at a file); the platforms' own sources (GitHub OIDC, an Azure DevOps service connection)
 * live in `src/host/` and each host offers the ones its platform has.
 */
export interface FederatedSource {
  /** 'file', 'github', 'azure-devops'…: a label for logs and tests. */
  readonly kind: string;
  /** Human description for logs, e.g. "GitHub Actions OIDC (audience api://AzureADTokenExchange)". */
  describe(): string;
  /** True when its tokens carry `job_workflow_ref` worth logging even when absent (GitHub). */
  readonly showsWorkflowRef?: boolean;
  /**
   * Throws when the source cannot work in this job (e.g. no job access token on Azure DevOps). Called before sign-in
   * asks Entra ID for anything, so that the run stops with the fix instead of a failed exchange.
   */
  assertReady?(): void;
  /** A fresh platform token. `transport` carries any request (proxy and extra CAs as for every other request). */
  getToken(transport: Transport): Promise<string>;
}

/** What a host needs to pick its platform's source. */
export interface FederatedRequest {
  /**
   * Audience asked of the platform's issuer (GitHub). Azure DevOps and token files choose their own; their tokens are
   * checked against it instead (see `checkAudience`).
   */
  readonly audience: string;
  /** The `service-connection-id` input, when given. */
  readonly serviceConnectionId?: string;
}

/** The part of a host that offers federated token sources (see src/host/host.ts). */
export interface FederatedSources {
  /** The sources this job can use, in the platform's order of precedence; empty when none can issue a token. */
  federatedSources(request: FederatedRequest): readonly FederatedSource[];
  /** Why no source can issue a token here, with the platform's fix. */
  noFederatedSource(request: FederatedRequest): ActionError;
}

/**
 * The source of this run, in this order: an explicit token file (input or AZURE_FEDERATED_TOKEN_FILE, resolved by
 * settings), then the host's sources in the host's order (Azure DevOps before GitHub). Throws the host's explanation
 * when nothing can issue a token, or the source's own when it cannot work in this job.
 */
export function chooseFederatedSource(
  options: FederatedRequest & { tokenFile?: string; cwd: string },
  host: FederatedSources,
): FederatedSource {
  if (options.tokenFile) return createTokenFileSource(options.tokenFile, options.cwd);
  const [source] = host.federatedSources(options);
  if (!source) throw host.noFederatedSource(options);
  source.assertReady?.();
  return source;
}

export interface AssertionProviderOptions {
  /** Carries the platform's token request, when it makes one. */
  transport: Transport;
  /** Registers a secret with the host; called with every token before anything else happens to it. */
  onSecret: (secret: string) => void;
  log: { info(message: string): void; debug(message: string): void };
  /** Receives each token's claims (the token provider uses them to explain AADSTS70021 / 700213 / 7002138). */
  onClaims?: (claims: PlatformClaims) => void;
  /** Clock for the expiry shown in the log. Default Date.now. */
  now?: () => number;
  /** The audience each platform token must carry; not checked when omitted. */
  audience?: AudienceExpectation;
}

/** The audience a platform token must carry, and why. */
export interface AudienceExpectation {
  /** The input `audience`, or the cloud's token exchange audience. */
  readonly expected: string;
  /** 'input': the user named it, so a token without it is wrong; 'cloud': only another cloud's audience is. */
  readonly source: 'input' | 'cloud';
  readonly cloud: Cloud;
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
    const token = await source.getToken(options.transport);
    options.onSecret(token);
    const claims = decodeClaims(token, source.describe());
    const summary = describeClaims(source, claims, now());
    if (logged) options.log.debug(summary);
    else options.log.info(summary);
    logged = true;
    options.onClaims?.(claims);
    if (options.audience) checkAudience(claims, source, options.audience);
    return token;
  };
}

/**
 * Refuses, before the exchange, a platform token whose audience Entra ID of this cloud will not take: one without the
 * audience the input `audience` names, or, when the cloud chose it, one carrying another cloud's token exchange
 * audience (a service connection or token writer of the Public cloud used for GCC High…). Any other audience is left
 * to Entra ID: a federated credential may list an audience of its own.
 */
export function checkAudience(claims: PlatformClaims, source: FederatedSource, expectation: AudienceExpectation): void {
  const audiences = typeof claims.aud === 'string' ? [claims.aud] : Array.isArray(claims.aud) ? claims.aud.filter((a) => typeof a === 'string') : [];
  if (audiences.includes(expectation.expected)) return;
  const foreign = audiences.find((audience) => cloudsOfAudience(audience).length > 0);
  if (expectation.source === 'cloud' && foreign === undefined) return;
  const shown = audiences.length ? audiences.map((a) => `'${a}'`).join(', ') : 'none';
  const of = foreign ? ` (the token exchange audience of ${listClouds(cloudsOfAudience(foreign), 'and')})` : '';
  const wanted =
    expectation.source === 'input'
      ? `the input \`audience\` asks for '${expectation.expected}'`
      : `cloud ${expectation.cloud.name} expects '${expectation.expected}'`;
  throw new ActionError(`The platform token from ${source.describe()} has the audience ${shown}${of}, but ${wanted}.`, {
    code: 'AUDIENCE_MISMATCH',
    hint: audienceFix(source, expectation),
  });
}

function audienceFix(source: FederatedSource, expectation: AudienceExpectation): string {
  const { expected, cloud } = expectation;
  const register = `The app's federated credential must list '${expected}' too.`;
  const wrongCloud = `If the tenant is not in ${cloud.name} (${cloud.label}), set the input \`cloud\`.`;
  if (source.kind === 'azure-devops') {
    return (
      `A service connection's token carries the audience of its Azure environment: use a service connection of ` +
      `${cloud.azureEnvironment} for cloud ${cloud.name}. ${wrongCloud}`
    );
  }
  if (expectation.source === 'input' && expected !== cloud.tokenExchangeAudience) {
    return `Have the token written for '${expected}', or remove the input \`audience\` to expect the cloud's ('${cloud.tokenExchangeAudience}'). ${register}`;
  }
  return (
    `Have whatever writes the token ask for the audience '${expected}' (GitLab: \`id_tokens: <name>: aud:\`; Kubernetes: ` +
    `the projected service account token's audience). ${register} ${wrongCloud}`
  );
}

function describeClaims(source: FederatedSource, claims: PlatformClaims, nowMs: number): string {
  const lines = [
    `Federated token from ${source.describe()}:`,
    `  issuer:   ${formatClaim(claims.iss)}`,
    `  subject:  ${formatClaim(claims.sub)}`,
    `  audience: ${formatClaim(claims.aud)}`,
  ];
  if (source.showsWorkflowRef || claims.job_workflow_ref !== undefined) {
    lines.push(`  job_workflow_ref: ${formatClaim(claims.job_workflow_ref)}`);
  }
  lines.push(`  expires:  ${formatExpiry(claims.exp, nowMs)}`);
  return lines.join('\n');
}

/**
 * One line of text from a failure, safe to show: the request credential and anything shaped like a JWT are replaced,
 * control characters flattened, length bounded. Third-party messages may echo what they were sent.
 */
export function safeCause(error: unknown, secret: string | undefined): string {
  let text = error instanceof Error ? error.message : String(error);
  if (secret) text = text.split(secret).join('***');
  text = text.replace(/eyJ[\w-]*\.[\w-]*\.[\w-]*/g, '***');
  text = text.replace(/[\s\p{Cc}]+/gu, ' ').trim();
  return text.length > 300 ? `${text.slice(0, 300)}…` : text || 'no details';
}

/** The host of a URL for messages, never the URL itself (its query may hold a credential). */
export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return 'an invalid request URL';
  }
}
