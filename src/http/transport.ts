import type { Dispatcher } from 'undici';
import { ActionError } from '../errors.js';
import { cancellationError, formatSeconds } from './retry.js';
import type { HttpRequest, HttpResponse, Transport } from './types.js';

/** Per API request, connecting and the whole response body included. */
export const DEFAULT_TIMEOUT_MS = 100_000;
/** Per sign-in request (token endpoint, OIDC endpoints): they answer in well under a second when healthy. */
export const SIGN_IN_TIMEOUT_MS = 30_000;
export const DEFAULT_USER_AGENT = 'm365-action';

export interface TransportOptions {
  /** Per request, connecting and response body included, unless the request sets its own. Default 100 s. */
  timeoutMs?: number;
  /**
   * The run's cancellation or deadline. When it fires, requests in flight are aborted and new ones are refused with an
   * error saying why (code ECANCELLED, never retried). See `abortReason` for how the reason is worded.
   */
  signal?: AbortSignal;
  userAgent?: string;
  log?: { debug(message: string): void };
  /** Replaces the default dispatcher (see createDefaultDispatcher). For tests. */
  dispatcher?: Dispatcher;
}

/**
 * The raw transport: sends one request, follows no redirect, attaches no token, checks no status. Connection failures
 * and timeouts become ActionErrors that keep the system code (`ECONNRESET`…) for the retry layer and say which of
 * HTTPS_PROXY / NO_PROXY / NODE_EXTRA_CA_CERTS to look at.
 */
export function createTransport(options: TransportOptions = {}): Transport {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const userAgent = options.userAgent ?? DEFAULT_USER_AGENT;
  // Chosen on first use, once: the proxy variables are read then (NO_PROXY is re-read per request by undici).
  let fetcher: Promise<Fetch> | undefined;
  const getFetch = (): Promise<Fetch> => (fetcher ??= chooseFetch(options.dispatcher));

  const run = options.signal;
  return {
    signal: run,
    async send(request: HttpRequest): Promise<HttpResponse<Buffer>> {
      const method = (request.method ?? 'GET').toUpperCase();
      const display = displayUrl(request.url);
      if (run?.aborted) throw cancellationError(run, `${method} ${display}`);
      const { headers, body } = encodeBody(request, userAgent);
      const limit = request.timeoutMs ?? timeoutMs;
      const started = Date.now();
      try {
        const fetch = await getFetch();
        const timeout = AbortSignal.timeout(limit);
        const signal = run ? AbortSignal.any([run, timeout]) : timeout;
        const response = await fetch(request.url, { method, headers, body, redirect: 'manual', signal });
        // Under the same signal: a body that stalls is a timeout too.
        const buffer = Buffer.from(await response.arrayBuffer());
        options.log?.debug(`HTTP ${method} ${display} → ${response.status} (${Date.now() - started} ms)`);
        return { status: response.status, headers: lowerCaseHeaders(response.headers), body: buffer };
      } catch (error) {
        // The run's signal first: a deadline made with AbortSignal.timeout() is a TimeoutError too, not ours.
        const failure = run?.aborted
          ? cancellationError(run, `${method} ${display}`, error)
          : toTransportError(error, method, request.url, limit);
        options.log?.debug(`HTTP ${method} ${display} failed after ${Date.now() - started} ms (${failure.code ?? 'error'})`);
        throw failure;
      }
    },
  };
}

const PROXY_VARIABLES = ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY'];

/** The part of fetch the transport uses; Node's global fetch and undici's both fit. */
type Fetch = (
  url: string,
  init: { method: string; headers: Record<string, string>; body?: string | Buffer; redirect: 'manual'; signal: AbortSignal },
) => Promise<{ status: number; headers: Headers | Iterable<[string, string]>; arrayBuffer(): Promise<ArrayBuffer> }>;

/**
 * Node's own fetch (undici inside Node, already loaded with Node) when no proxy is configured, as on GitHub-hosted
 * runners; the bundled undici with its EnvHttpProxyAgent when HTTPS_PROXY / HTTP_PROXY is set (it applies them and
 * NO_PROXY the way Node 24's own env proxy support does) or when a test passes a dispatcher. The bundled undici is
 * imported only then, which keeps it off the start-up path. TLS uses Node's default CAs, NODE_EXTRA_CA_CERTS included,
 * in every case.
 */
async function chooseFetch(dispatcher: Dispatcher | undefined): Promise<Fetch> {
  if (!dispatcher && !PROXY_VARIABLES.some((name) => process.env[name])) return globalThis.fetch as Fetch;
  const undici = await import('undici');
  const chosen = dispatcher ?? createEnvProxyAgent(undici.EnvHttpProxyAgent);
  return ((url, init) => undici.fetch(url, { ...init, dispatcher: chosen })) as Fetch;
}

/**
 * undici 6 marks EnvHttpProxyAgent experimental with a process warning (code UNDICI-EHPA) on construction. On a
 * self-hosted runner behind a proxy that warning would land in every step's log and read like a fault of the step, so
 * exactly that one warning is held back while the agent is built; every other warning still goes through.
 */
function createEnvProxyAgent(EnvHttpProxyAgent: new () => Dispatcher): Dispatcher {
  const emitWarning = process.emitWarning;
  process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
    const options = rest[0];
    const code = typeof options === 'object' && options !== null ? (options as { code?: unknown }).code : rest[1];
    if (code === 'UNDICI-EHPA') return;
    (emitWarning as (...args: unknown[]) => void).call(process, warning, ...rest);
  }) as typeof process.emitWarning;
  try {
    return new EnvHttpProxyAgent();
  } finally {
    process.emitWarning = emitWarning;
  }
}

function encodeBody(request: HttpRequest, userAgent: string): { headers: Record<string, string>; body?: string | Buffer } {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers ?? {})) headers[name.toLowerCase()] = value;
  headers['user-agent'] ??= userAgent;
  const value = request.body;
  if (value === undefined || value === null) return { headers };
  if (typeof value === 'string' || Buffer.isBuffer(value)) return { headers, body: value };
  if (value instanceof Uint8Array) return { headers, body: Buffer.from(value) };
  headers['content-type'] ??= 'application/json';
  return { headers, body: JSON.stringify(value) };
}

function lowerCaseHeaders(headers: Iterable<[string, string]>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of headers) result[name.toLowerCase()] = value;
  return result;
}

/** Query parameters whose values are never logged, should a URL ever carry one. */
const SENSITIVE_PARAM = /(sig|token|secret|password|assertion|code|key)/i;

/** Longest URL shown in a log line or message: a URL can come from tenant data (a next link, a redirect). */
const MAX_DISPLAY_URL = 300;

/**
 * The URL for logs and messages: no user info, sensitive-looking query values replaced, no per-request ids, at most
 * MAX_DISPLAY_URL characters.
 */
export function displayUrl(url: string): string {
  const shown = sanitisedUrl(url);
  return shown.length > MAX_DISPLAY_URL ? `${shown.slice(0, MAX_DISPLAY_URL)}…` : shown;
}

function sanitisedUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return '(invalid URL)';
  }
  parsed.username = '';
  parsed.password = '';
  // msal adds a fresh client-request-id to every token request: noise that would make equal failures look different.
  parsed.searchParams.delete('client-request-id');
  for (const name of [...parsed.searchParams.keys()]) {
    if (SENSITIVE_PARAM.test(name)) parsed.searchParams.set(name, '***');
  }
  return parsed.href;
}

/** A proxy URL without its credentials, for hints. */
function proxyInUse(): string | undefined {
  const value = process.env.https_proxy ?? process.env.HTTPS_PROXY ?? process.env.http_proxy ?? process.env.HTTP_PROXY;
  if (!value) return undefined;
  try {
    const url = new URL(value);
    url.username = '';
    url.password = '';
    return url.origin;
  } catch {
    return value.replace(/\/\/[^@/]*@/, '//');
  }
}

const TLS_CODES = new Set([
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

/** Maps whatever fetch threw (its TypeError wraps the socket error in `cause`) to an ActionError. */
export function toTransportError(error: unknown, method: string, url: string, timeoutMs: number): ActionError {
  const where = `${method} ${displayUrl(url)}`;
  if (isTimeout(error)) {
    return new ActionError(`${where} timed out after ${formatSeconds(timeoutMs)}`, {
      code: 'ETIMEDOUT',
      hint: networkHint('The service did not answer in time.'),
      cause: error,
    });
  }
  const root = rootCause(error);
  const code = root.code;
  const host = hostOf(url);
  const proxyRefusal = /Proxy response \((\d+)\)/.exec(root.message);
  if (proxyRefusal) {
    return new ActionError(`${where} failed: the proxy refused to open a tunnel to ${host} (HTTP ${proxyRefusal[1]})`, {
      code: 'EPROXY',
      hint:
        `Check HTTPS_PROXY (${proxyInUse() ?? 'not set'}): its address, its credentials (http://user:password@host:port) ` +
        `and whether it lets ${host} through; list hosts to reach directly in NO_PROXY.`,
      cause: error,
    });
  }
  if (code && TLS_CODES.has(code)) {
    return new ActionError(`${where} failed: the TLS certificate of ${host} is not trusted (${code})`, {
      code,
      hint:
        'If a TLS-inspecting proxy or a private CA is in the path, set NODE_EXTRA_CA_CERTS to a PEM file holding its CA ' +
        "certificate (Node reads it at start: set it in the step's or job's env).",
      cause: error,
    });
  }
  return new ActionError(`${where} failed: ${describeCode(code, host, root.message)}`, {
    code,
    hint: code ? networkHint(connectionAdvice(code, host)) : undefined,
    cause: error,
  });
}

function describeCode(code: string | undefined, host: string, message: string): string {
  switch (code) {
    case 'ECONNRESET':
    case 'UND_ERR_SOCKET':
      return `the connection was closed before the answer arrived (${code})`;
    case 'ECONNREFUSED':
      return `the connection was refused (${code})`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `could not resolve ${host} (${code})`;
    case 'ETIMEDOUT':
    case 'UND_ERR_CONNECT_TIMEOUT':
      return `connecting timed out (${code})`;
    default: {
      // The message of an unknown failure, bounded: it can quote what a proxy or server sent.
      const text = message.length > 500 ? `${message.slice(0, 500)}…` : message;
      return code ? `${text} (${code})` : text;
    }
  }
}

function connectionAdvice(code: string, host: string): string {
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return `Check the host name ${host}.`;
  if (code === 'ECONNREFUSED') return `Nothing accepted the connection${proxyInUse() ? ' at the proxy' : ` at ${host}`}.`;
  return 'A proxy or firewall may have cut the connection.';
}

function networkHint(lead: string): string {
  const proxy = proxyInUse();
  return proxy
    ? `${lead} Requests go through the proxy ${proxy} (HTTPS_PROXY): check that it is up, or list hosts to reach directly in NO_PROXY.`
    : `${lead} If this runner must go through a proxy, set HTTPS_PROXY (and NO_PROXY for hosts to reach directly).`;
}

function isTimeout(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    if (e.name === 'TimeoutError') return true;
  }
  return false;
}

/** The innermost error (fetch → undici → socket) and the innermost `code` on the way. */
function rootCause(error: unknown): { message: string; code?: string } {
  let code: string | undefined;
  let current: unknown = error;
  let message = error instanceof Error ? error.message : String(error);
  for (let depth = 0; current instanceof Error && depth < 5; current = current.cause, depth++) {
    const own = (current as Error & { code?: unknown }).code;
    if (typeof own === 'string') code = own;
    message = current.message;
  }
  return { message, code };
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '(invalid URL)';
  }
}
