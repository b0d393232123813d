import type { Resource } from '../clouds.js';

/** Gives an access token for a resource (one per resource and run, cached and shared). */
export interface TokenSource {
  getToken(resource: Resource): Promise<string>;
}

export interface HttpRequest {
  method?: string;
  /** Safe to repeat though the method is not idempotent (a POST that only reads): retried on resets/timeouts/504. */
  idempotent?: boolean;
  /** Absolute https URL. */
  url: string;
  headers?: Record<string, string>;
  /** A string or Buffer is sent as is; any other value is sent as JSON (content-type application/json). */
  body?: unknown;
  /** How to read the response body. Default 'json' (an empty body gives undefined). */
  responseType?: 'json' | 'text' | 'buffer';
  /**
   * A GET whose answer may be a redirect to a pre-authorised download URL on another host (Graph's reports, drive item
   * content): only then is a redirect to another host followed, over https, without the token, the caller's headers
   * or a body. Every other redirect to another host is refused.
   */
  download?: boolean;
  /** This request's own timeout (connecting and the whole answer), instead of the transport's. */
  timeoutMs?: number;
}

export interface HttpResponse<T = unknown> {
  status: number;
  /** Response headers, lower-case names. */
  headers: Record<string, string>;
  body: T;
}

/**
 * The one HTTP client of the action. Every request goes through it: token requests (msal's network client) and API
 * requests. It attaches a token only when the URL's host belongs to a known resource (token pinning), retries 429/503,
 * follows paging, and turns Graph/SharePoint error bodies into ActionErrors.
 */
export interface ApiClient {
  /** Sends one request (with retries) and returns the response; a non-2xx status throws an ActionError. */
  request<T = unknown>(request: HttpRequest): Promise<HttpResponse<T>>;
  /**
   * GETs a collection and follows `@odata.nextLink` / `odata.nextLink` / `__next` until the end; returns all items
   * (`value`, or `d.results` for verbose SharePoint OData).
   */
  getAll<T = unknown>(url: string, headers?: Record<string, string>): Promise<T[]>;
}

/**
 * The raw transport under both msal (token requests) and the ApiClient: Node's fetch machinery (undici) with
 * HTTPS_PROXY/NO_PROXY, NODE_EXTRA_CA_CERTS, timeouts, no redirects followed, no token attached, no status check.
 */
export interface Transport {
  send(request: HttpRequest): Promise<HttpResponse<Buffer>>;
  /** The run's cancellation signal the transport was made with, if any: retry loops over it stop waiting when it fires. */
  readonly signal?: AbortSignal;
}
