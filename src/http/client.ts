import type { Resource } from '../clouds.js';
import { ActionError } from '../errors.js';
import { boundEcho } from '../text.js';
import { shortUrl, toHttpError } from './errors.js';
import { cancellationError, isIdempotent, withRetries, type RetryPolicy } from './retry.js';
import type { HostLimiter } from './host-limiter.js';
import type { ApiClient, HttpRequest, HttpResponse, TokenSource, Transport } from './types.js';

/** Redirects followed per request before giving up. */
export const MAX_REDIRECTS = 5;
/** Pages followed by getAll before giving up (a runaway nextLink chain). */
export const MAX_PAGES = 1000;

export interface ApiClientOptions {
  transport: Transport;
  tokens: TokenSource;
  /** The resources of the run; a token is sent only to a host listed by its resource. */
  resources: () => readonly Resource[];
  retry?: Partial<RetryPolicy>;
  /**
   * The run's cancellation or deadline (default: the transport's). Once it fires, no request starts, no retry waits, and
   * the error says why.
   */
  signal?: AbortSignal;
  /**
   * One limiter per host shared by every request of the run: a 429/503 pauses every request to that host and lowers
   * its concurrency (see host-limiter.ts). Without it, requests go as they come.
   */
  limiter?: HostLimiter;
}

/** One hop's final answer and where it came from (for error messages after redirects). */
interface Answer extends HttpResponse<Buffer> {
  url: URL;
  resource?: Resource;
}

/** Headers the client owns: a caller cannot set them, and they never follow a redirect to another host. */
const CREDENTIAL_HEADERS = ['authorization', 'cookie', 'proxy-authorization'];

/**
 * The ApiClient: token pinning (a token goes only to an https host of its own resource, redirects included), retries,
 * paging and error normalisation over a Transport.
 */
export function createApiClient(options: ApiClientOptions): ApiClient {
  const findResource = (url: URL): Resource | undefined => resourceOf(url, options.resources());

  async function request<T = unknown>(req: HttpRequest): Promise<HttpResponse<T>> {
    // Everything that needs no network is checked before a token is asked for: a refused request costs no sign-in.
    const method = assertMethod(req.method);
    const url = assertSafeUrl(req.url, method);
    const resource = findResource(url);
    if (!resource) throw refusal(url, options.resources());
    const headers = callerHeaders(req, method, url);
    if (req.download && method !== 'GET') {
      throw new ActionError(`refusing to send ${method} ${shortUrl(url.href)} as a download: only a GET can be one`);
    }
    const signal = options.signal ?? options.transport.signal;
    const description = `${method} ${shortUrl(url.href)}`;
    if (signal?.aborted) throw cancellationError(signal, description);
    const first: Hop = { method, url, resource, body: req.body, headers };
    const answer = await withRetries(() => followRedirects(first, req), {
      description,
      idempotent: isIdempotent(method, req.idempotent),
    }, { ...options.retry, signal });
    if (answer.status < 200 || answer.status > 299) {
      throw toHttpError(
        { method, url: answer.url.href, status: answer.status, headers: answer.headers, body: answer.body },
        { resource: answer.resource },
      );
    }
    const body = decodeBody(answer, method, req.responseType ?? 'json') as T;
    return { status: answer.status, headers: answer.headers, body };
  }

  async function followRedirects(first: Hop, req: HttpRequest): Promise<Answer> {
    let hop = first;
    for (let redirects = 0; ; redirects++) {
      const headers = await headersFor(hop.resource, hop.headers);
      const response = await send({ method: hop.method, url: hop.url.href, headers, body: hop.body, timeoutMs: req.timeoutMs }, hop.url.host);
      const location = response.headers.location;
      if (!isRedirect(response.status) || !location) return { ...response, url: hop.url, resource: hop.resource };
      if (redirects >= MAX_REDIRECTS) {
        throw new ActionError(`${first.method} ${shortUrl(first.url.href)} was redirected more than ${MAX_REDIRECTS} times`, {
          hint: 'Check the URL: the service keeps redirecting it.',
        });
      }
      hop = nextHop(hop, response.status, location, req.download === true);
    }
  }

  /** One request through the host's limiter: it waits for a slot, and learns from the answer (429, RateLimit-*). */
  async function send(request: Parameters<Transport['send']>[0], host: string): Promise<HttpResponse<Buffer>> {
    const release = await options.limiter?.acquire(host);
    let response: HttpResponse<Buffer> | undefined;
    try {
      response = await options.transport.send(request);
      return response;
    } finally {
      release?.(response?.status ?? 0, response?.headers ?? {});
    }
  }

  async function headersFor(resource: Resource | undefined, caller: Record<string, string>): Promise<Record<string, string>> {
    const accept = resource?.kind === 'sharepoint' ? 'application/json;odata=nometadata' : 'application/json';
    const headers: Record<string, string> = { accept, ...caller };
    if (resource) headers.authorization = `Bearer ${await options.tokens.getToken(resource)}`;
    return headers;
  }

  async function getAll<T = unknown>(url: string, headers?: Record<string, string>): Promise<T[]> {
    const items: T[] = [];
    const seen = new Set<string>();
    for (let next: string | undefined = url; next !== undefined; ) {
      if (seen.has(next)) {
        throw new ActionError(`GET ${shortUrl(url)}: paging stopped, the service returned the same next link twice (${boundEcho(next, 300)})`);
      }
      if (seen.size >= MAX_PAGES) {
        throw new ActionError(`GET ${shortUrl(url)}: paging stopped after ${MAX_PAGES} pages`, {
          hint: 'Narrow the request (a filter, or a larger page size with $top) so that it returns fewer pages.',
        });
      }
      seen.add(next);
      const page = readPage((await request<unknown>({ url: next, headers })).body, next);
      items.push(...(page.items as T[]));
      next = page.nextLink === undefined ? undefined : new URL(page.nextLink, next).href;
    }
    return items;
  }

  return { request, getAll };
}

/** The resource whose hosts list this exact host, on the default https port. */
export function resourceOf(url: URL, resources: readonly Resource[]): Resource | undefined {
  if (url.protocol !== 'https:' || url.port !== '') return undefined;
  const host = url.hostname.toLowerCase();
  return resources.find((r) => r.hosts.some((h) => h.toLowerCase() === host));
}

/**
 * An absolute https URL without user info. `https://graph.microsoft.com@evil.com/` is a request to evil.com that reads
 * like one to Graph: refused outright, whatever the host.
 */
function assertSafeUrl(raw: string, method: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ActionError(`${method} ${JSON.stringify(raw)}: not an absolute URL`, { hint: 'Use a full https:// URL.' });
  }
  if (url.protocol !== 'https:') {
    throw new ActionError(`refusing to send ${method} ${shortUrl(url.href)}: only https URLs are allowed`, {
      hint: 'Use the https:// form of the URL; tokens never travel unencrypted.',
    });
  }
  if (url.username !== '' || url.password !== '') {
    throw new ActionError(`refusing to send a request to ${url.host}: the URL has a user-info part (text before "@"), which disguises its host`, {
      hint: 'Remove the part before "@" in the URL.',
    });
  }
  return url;
}

/** RFC 9110 token characters: a method or header name with anything else (a space, CR, LF) is malformed. */
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

function assertMethod(raw: string | undefined): string {
  const method = (raw ?? 'GET').toUpperCase();
  if (!TOKEN.test(method)) {
    throw new ActionError(`refusing to send a request with the method ${JSON.stringify(method.slice(0, 40))}: not an HTTP method`, {
      hint: 'Use GET, POST, PUT, PATCH or DELETE.',
    });
  }
  return method;
}

function refusal(url: URL, resources: readonly Resource[]): ActionError {
  const hosts = [...new Set(resources.flatMap((r) => r.hosts))];
  return new ActionError(`refusing to send a request to ${url.host}: it belongs to no Microsoft 365 resource of this run`, {
    hint: `Tokens are only sent to the hosts of their resource${hosts.length ? ` (this run: ${hosts.join(', ')})` : ''}.`,
  });
}

/**
 * The caller's headers, lower-cased, without the credential headers the client owns. A header name that is not a
 * token, or a value with CR, LF or NUL (which would smuggle another header into the request), is refused here, before
 * any token is asked for; the value itself is never echoed (it may be a secret).
 */
function callerHeaders(req: HttpRequest, method: string, url: URL): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers ?? {})) {
    const where = `refusing to send ${method} ${shortUrl(url.href)}`;
    if (!TOKEN.test(name)) {
      throw new ActionError(`${where}: ${JSON.stringify(name.slice(0, 60))} is not a valid header name`, {
        hint: 'A header name is letters, digits and - (e.g. ConsistencyLevel); no spaces, colons or line breaks.',
      });
    }
    if (/[\r\n\0]/.test(value)) {
      throw new ActionError(`${where}: the value of the header ${name} holds a line break or NUL character`, {
        hint: 'A header value is one line: remove the line breaks (CR, LF) from it.',
      });
    }
    const lower = name.toLowerCase();
    if (!CREDENTIAL_HEADERS.includes(lower)) headers[lower] = value;
  }
  return headers;
}

function isRedirect(status: number): boolean {
  return status === 301 || status === 302 || status === 303 || status === 307 || status === 308;
}

interface Hop {
  method: string;
  url: URL;
  resource: Resource | undefined;
  body: unknown;
  headers: Record<string, string>;
}

/**
 * The request after a redirect (RFC 9110 §15.4), stricter than a browser because a token is at stake:
 * - To another host: only a GET declared as a download (a pre-authorised URL, as Graph's reports and file contents
 *   answer) is followed, over https on the default port, with no token, none of the caller's headers and no body; the
 *   token is never attached again on that chain. Anything else is refused, naming both hosts: the answer of a foreign
 *   host must never become a command's result, and a 307 must never carry an upload's body off its host.
 * - On the same host: 307/308 keep method and body; 303, and 301/302 after a POST, become a GET without body (as
 *   browsers do); a 301/302 after PUT, PATCH or DELETE is refused, as the write could only be re-sent by guessing.
 */
function nextHop(hop: Hop, status: number, location: string, download: boolean): Hop {
  let url: URL;
  try {
    url = new URL(location, hop.url);
  } catch {
    throw new ActionError(`${hop.method} ${shortUrl(hop.url.href)} redirected to an invalid URL`);
  }
  const what = `the redirect (${status}) of ${hop.method} ${shortUrl(hop.url.href)}`;
  if (url.protocol !== 'https:' || url.username !== '' || url.password !== '') {
    throw new ActionError(`refusing to follow ${what} to ${shortUrl(url.href)}: only https URLs without user info are followed`);
  }
  if (url.host !== hop.url.host) return crossHostHop(hop, url, what, download);
  if (status === 307 || status === 308 || hop.method === 'GET' || hop.method === 'HEAD') return { ...hop, url };
  if (status === 303 || hop.method === 'POST') {
    return { method: 'GET', url, resource: hop.resource, body: undefined, headers: withoutContentHeaders(hop.headers) };
  }
  throw new ActionError(`refusing to follow ${what} to ${shortUrl(url.href)}: a ${hop.method} is only sent again after a 307 or 308`, {
    hint: 'Send the request to the URL the service redirects to.',
  });
}

function crossHostHop(hop: Hop, url: URL, what: string, download: boolean): Hop {
  if (!download || hop.method !== 'GET') {
    throw new ActionError(`refusing to follow ${what} from ${hop.url.host} to another host, ${url.host}: only a download is followed to another host`, {
      hint:
        'A redirect off the host of the request is followed only for a GET that downloads a file, without token or body. ' +
        'If the other host is right, send the request to it directly.',
    });
  }
  if (url.port !== '') {
    throw new ActionError(`refusing to follow ${what} from ${hop.url.host} to ${url.host}: only the default https port is followed`);
  }
  // A pre-authorised download answers a file of any type: no JSON is asked for there.
  return { method: 'GET', url, resource: undefined, body: undefined, headers: { accept: '*/*' } };
}

function withoutContentHeaders(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !name.startsWith('content-')));
}

function decodeBody(answer: Answer, method: string, type: 'json' | 'text' | 'buffer'): unknown {
  if (type === 'buffer') return answer.body;
  const text = answer.body.toString('utf8');
  if (type === 'text') return text;
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ActionError(`${method} ${shortUrl(answer.url.href)} returned ${answer.status} with a body that is not JSON`, {
      hint: `It starts with: ${JSON.stringify(text.slice(0, 80))}`,
    });
  }
}

/** The items and next link of a page, in Graph, SharePoint nometadata/minimal and SharePoint verbose shapes. */
function readPage(body: unknown, url: string): { items: unknown[]; nextLink?: string } {
  if (isRecord(body)) {
    if (Array.isArray(body.value)) {
      const next = body['@odata.nextLink'] ?? body['odata.nextLink'];
      return { items: body.value, nextLink: typeof next === 'string' && next !== '' ? next : undefined };
    }
    const d = body.d;
    if (isRecord(d) && Array.isArray(d.results)) {
      return { items: d.results, nextLink: typeof d.__next === 'string' && d.__next !== '' ? d.__next : undefined };
    }
  }
  throw new ActionError(`GET ${shortUrl(url)} did not return a collection (no "value" or "d.results" array)`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
