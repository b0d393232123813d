import type { Resource } from '../clouds.js';
import { ActionError } from '../errors.js';
import { shortUrl, toHttpError } from './errors.js';
import { isIdempotent, withRetries, type RetryPolicy } from './retry.js';
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
    const method = (req.method ?? 'GET').toUpperCase();
    const url = assertSafeUrl(req.url, method);
    const resource = findResource(url);
    if (!resource) throw refusal(url, options.resources());
    const answer = await withRetries(() => followRedirects(req, method, url, resource), {
      description: `${method} ${shortUrl(url.href)}`,
      idempotent: isIdempotent(method, req.idempotent),
    }, options.retry);
    if (answer.status < 200 || answer.status > 299) {
      throw toHttpError(
        { method, url: answer.url.href, status: answer.status, headers: answer.headers, body: answer.body },
        { resource: answer.resource },
      );
    }
    const body = decodeBody(answer, method, req.responseType ?? 'json') as T;
    return { status: answer.status, headers: answer.headers, body };
  }

  async function followRedirects(req: HttpRequest, method: string, url: URL, resource: Resource): Promise<Answer> {
    let hop = { method, url, resource: resource as Resource | undefined, body: req.body, headers: callerHeaders(req) };
    for (let redirects = 0; ; redirects++) {
      const headers = await headersFor(hop.resource, hop.headers);
      const response = await options.transport.send({ method: hop.method, url: hop.url.href, headers, body: hop.body });
      const location = response.headers.location;
      if (!isRedirect(response.status) || !location) return { ...response, url: hop.url, resource: hop.resource };
      if (redirects >= MAX_REDIRECTS) {
        throw new ActionError(`${method} ${shortUrl(url.href)} was redirected more than ${MAX_REDIRECTS} times`, {
          hint: 'Check the URL: the service keeps redirecting it.',
        });
      }
      hop = nextHop(hop, response.status, location, findResource);
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
        throw new ActionError(`GET ${shortUrl(url)}: paging stopped, the service returned the same next link twice (${next})`);
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

function refusal(url: URL, resources: readonly Resource[]): ActionError {
  const hosts = [...new Set(resources.flatMap((r) => r.hosts))];
  return new ActionError(`refusing to send a request to ${url.host}: it belongs to no Microsoft 365 resource of this run`, {
    hint: `Tokens are only sent to the hosts of their resource${hosts.length ? ` (this run: ${hosts.join(', ')})` : ''}.`,
  });
}

function callerHeaders(req: HttpRequest): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers ?? {})) {
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
 * The request after a redirect. Another host gets the token of ITS resource, or none: the original token never
 * follows a redirect off its host. 303 (and 301/302 after a POST, as browsers do) become a GET without body.
 */
function nextHop(hop: Hop, status: number, location: string, findResource: (url: URL) => Resource | undefined): Hop {
  let url: URL;
  try {
    url = new URL(location, hop.url);
  } catch {
    throw new ActionError(`${hop.method} ${shortUrl(hop.url.href)} redirected to an invalid URL`);
  }
  if (url.protocol !== 'https:' || url.username !== '' || url.password !== '') {
    throw new ActionError(`refusing to follow the redirect of ${hop.method} ${shortUrl(hop.url.href)} to ${shortUrl(url.href)}: only https URLs without user info are followed`);
  }
  const toGet = status === 303 || ((status === 301 || status === 302) && hop.method === 'POST');
  const sameHost = url.host === hop.url.host;
  const headers = toGet ? withoutContentHeaders(hop.headers) : { ...hop.headers };
  return {
    method: toGet ? 'GET' : hop.method,
    url,
    resource: sameHost ? hop.resource : findResource(url),
    body: toGet ? undefined : hop.body,
    headers,
  };
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
