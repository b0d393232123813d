import { AuthError, type INetworkModule, type NetworkRequestOptions, type NetworkResponse } from '@azure/msal-node';
import { SIGN_IN_RETRY_POLICY, SIGN_IN_RETRY_STATUSES, withRetries, type RetryPolicy } from '../http/retry.js';
import { SIGN_IN_TIMEOUT_MS } from '../http/transport.js';
import type { Transport } from '../http/types.js';
import { hasTransientAadstsCode } from './aadsts.js';

/** msal's error code for a request that did not get an answer; `explainAuthError` turns it into proxy/CA advice. */
export const NETWORK_ERROR_CODE = 'network_error';

export interface MsalNetworkOptions {
  /** Overrides of SIGN_IN_RETRY_POLICY (tests set the sleep to zero). The transport's signal stops the waits. */
  retry?: Partial<RetryPolicy>;
  /** Per request, connecting and answer included. Default SIGN_IN_TIMEOUT_MS (30 s). */
  timeoutMs?: number;
}

/**
 * msal-node's network module on top of the action's own transport, so that token requests share the proxy
 * (HTTPS_PROXY/NO_PROXY), extra CAs (NODE_EXTRA_CA_CERTS), cancellation and request logging of the API requests.
 *
 * msal reads OAuth error bodies itself (a 400 `invalid_client` becomes a ServerError with the AADSTS code), so every
 * HTTP status is returned, never thrown. Only a request without an answer, or an answer that is not JSON, throws: as an
 * msal `AuthError`, because msal rethrows those as they are and replaces anything else by a generic network error
 * without the cause.
 */
export function createMsalNetworkClient(transport: Transport, options: MsalNetworkOptions = {}): INetworkModule {
  return {
    sendGetRequestAsync: <T>(url: string, request?: NetworkRequestOptions) => send<T>(transport, options, 'GET', url, request),
    sendPostRequestAsync: <T>(url: string, request?: NetworkRequestOptions) => send<T>(transport, options, 'POST', url, request),
  };
}

/**
 * One sign-in request, retried here, under msal: msal itself never retries, and after a 429 or 5xx it refuses the same
 * request for a while (its throttling cache), so a retry above it would not reach Entra ID.
 *
 * Every request msal sends (discovery, OpenID configuration, the token request) changes nothing on the service: one
 * repeated after a lost answer at worst has a second token issued. So all are retried on a reset or timeout, on 429,
 * 500, 502, 503 and 504, and on an AADSTS code that Entra ID marks as transient (AADSTS90033…), with jittered backoff
 * within SIGN_IN_RETRY_POLICY; the last answer is then returned for msal to read, so that the error names the code.
 */
async function send<T>(
  transport: Transport,
  options: MsalNetworkOptions,
  method: 'GET' | 'POST',
  url: string,
  request: NetworkRequestOptions | undefined,
): Promise<NetworkResponse<T>> {
  let response;
  try {
    const body = method === 'POST' ? (request?.body ?? '') : undefined;
    const timeoutMs = options.timeoutMs ?? SIGN_IN_TIMEOUT_MS;
    const attempt = () => transport.send({ method, url, headers: request?.headers ?? {}, body, responseType: 'buffer', timeoutMs });
    response = await withRetries(
      attempt,
      {
        description: `${method} ${originOf(url)}${pathOf(url)}`,
        idempotent: true,
        statuses: SIGN_IN_RETRY_STATUSES,
        isTransient: (answer) => answer.status >= 400 && hasTransientAadstsCode(answer.body),
        onExhausted: 'return',
      },
      { ...SIGN_IN_RETRY_POLICY, signal: transport.signal, ...options.retry },
    );
  } catch (error) {
    throw networkError(`Network request to ${originOf(url)} failed: ${describeCause(error)}`, error);
  }
  return { status: response.status, headers: response.headers, body: parseJson<T>(response.body, response, url) };
}

function parseJson<T>(body: Buffer, response: { status: number; headers: Record<string, string> }, url: string): T {
  const text = body.toString('utf8');
  try {
    return (text.trim() === '' ? {} : JSON.parse(text)) as T;
  } catch (error) {
    // Typically a proxy's or captive portal's HTML page instead of Entra ID's answer.
    const type = (response.headers['content-type'] ?? 'no content type').slice(0, 100);
    throw networkError(
      `Network request to ${originOf(url)} failed: it answered HTTP ${response.status} with ${type} instead of JSON ` +
        '(is a proxy answering in its place?)',
      error,
    );
  }
}

function networkError(message: string, cause: unknown): AuthError {
  const error = new AuthError(NETWORK_ERROR_CODE, '', message);
  Object.defineProperty(error, 'cause', { value: cause, enumerable: false });
  return error;
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return '';
  }
}

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return 'Entra ID';
  }
}

/** The message of an error and of its causes (undici hides the useful part, e.g. ECONNREFUSED, in `cause`). */
export function describeCause(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current !== undefined && current !== null; depth++) {
    if (current instanceof Error) {
      const code = (current as NodeJS.ErrnoException).code;
      const text = code && !current.message.includes(code) ? `${current.message} (${code})` : current.message;
      if (text && !parts.includes(text)) parts.push(text);
      current = current.cause;
    } else {
      parts.push(String(current));
      break;
    }
  }
  return parts.join(': ') || 'unknown error';
}
