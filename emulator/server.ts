/**
 * The emulator's HTTP proxy. Clients reach it through HTTPS_PROXY: for an emulated host it answers the CONNECT, then
 * terminates TLS itself with a certificate from the local CA and serves HTTP/1.1 on the decrypted socket (an inner
 * http.Server that never listens: sockets are handed to it with `emit('connection')`). Every other host is refused with
 * 403 and recorded, so that tests can prove what was never sent anywhere else.
 *
 * Before a route runs, the server applies injected faults, then checks the bearer token (signature, lifetime, audience
 * of this host) and the route's app roles, answering like the real service when they fail.
 */
import { randomUUID } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import tls from 'node:tls';
import jwt from 'jsonwebtoken';
import type { LeafCertificates } from './ca.js';
import { audienceForHost, hostClassOf } from './clouds.js';
import type { TokenCheck, TokenService } from './tokens.js';
import { Throttle, type ThrottleDecision, type ThrottleOptions } from './throttle.js';
import type { EmulatorRequest, EmulatorResponse, Fault, RecordedRequest, Route, TenantState } from './types.js';

/** The class of an emulated Microsoft host of any cloud, or undefined for any other host (see clouds.ts). */
export { hostClassOf };

interface CompiledRoute {
  route: Route;
  path: RegExp;
}

export interface ServerOptions {
  leaf: LeafCertificates;
  routes: Route[];
  state: TenantState;
  tokens: TokenService;
}

/** A response as the real service shapes its errors (Graph-like for every host but SharePoint). */
export function serviceError(host: string, status: number, code: string, message: string): EmulatorResponse {
  if (hostClassOf(host) === 'sharepoint') {
    return {
      status,
      headers: { 'content-type': 'application/json;odata=nometadata;streaming=true;charset=utf-8' },
      body: { 'odata.error': { code, message: { lang: 'en-US', value: message } } },
    };
  }
  const date = new Date().toISOString().replace(/\.\d+Z$/, '');
  const requestId = randomUUID();
  return {
    status,
    headers: { 'content-type': 'application/json' },
    body: { error: { code, message, innerError: { date, 'request-id': requestId, 'client-request-id': requestId } } },
  };
}

const GRAPH_401: Record<string, string> = {
  missing: 'Access token is empty.',
  malformed: 'IDX14100: JWT is not well formed, there are no dots (.).',
  signature: 'Access token validation failure. Invalid signature.',
  expired: 'Lifetime validation failed, the token is expired.',
  'not-yet-valid': 'Lifetime validation failed, the token is not yet valid.',
  audience: 'Access token validation failure. Invalid audience.',
};

/** SharePoint's 401: an `x-ms-diagnostics` header says why, the body carries a short description. */
function sharePointUnauthorized(problem: string, audience: string | undefined, tenantId: string): EmulatorResponse {
  const reasons: Record<string, [string, string]> = {
    missing: ['3000006', 'Token contains invalid signature.'],
    malformed: ['3000006', 'Token contains invalid signature.'],
    signature: ['3000006', 'Token contains invalid signature.'],
    expired: ['3000006', 'Token expired.'],
    'not-yet-valid': ['3000006', 'Token is not yet valid.'],
    audience: ['3000003', `Invalid audience Uri '${audience ?? ''}'.`],
    'app-only': ['3001000', 'Unsupported app only token.'],
  };
  const [code, reason] = reasons[problem] ?? reasons.signature;
  const description =
    problem === 'audience'
      ? "Exception of type 'Microsoft.IdentityModel.Tokens.AudienceUriValidationFailedException' was thrown."
      : reason;
  return {
    status: 401,
    headers: {
      'content-type': 'application/json;odata=nometadata;charset=utf-8',
      'x-ms-diagnostics': `${code};reason="${reason}";category="invalid_client"`,
      'www-authenticate': [
        `Bearer realm="${tenantId}"`,
        'client_id="00000003-0000-0ff1-ce00-000000000000"',
        'trusted_issuers="00000001-0000-0000-c000-000000000000@*,https://sts.windows.net/*/,https://login.microsoftonline.com/*/v2.0"',
        'authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize"',
      ].join(','),
    },
    body: { error_description: description },
  };
}

const GRAPH_WWW_AUTHENTICATE = [
  'Bearer realm=""',
  'authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize"',
  'client_id="00000003-0000-0000-c000-000000000000"',
].join(', ');

function unauthorized(host: string, problem: string, audience: string | undefined, tenantId: string): EmulatorResponse {
  if (hostClassOf(host) === 'sharepoint') return sharePointUnauthorized(problem, audience, tenantId);
  const response = serviceError(host, 401, 'InvalidAuthenticationToken', GRAPH_401[problem] ?? GRAPH_401.signature);
  response.headers = { ...response.headers, 'www-authenticate': GRAPH_WWW_AUTHENTICATE };
  return response;
}

/** An error in the host's shape: `sharePoint` or `graph` gives the [code, message] pair. */
function shapedError(
  host: string,
  status: number,
  sharePoint: [string, string],
  graph: [string, string],
): EmulatorResponse {
  const [code, message] = hostClassOf(host) === 'sharepoint' ? sharePoint : graph;
  return serviceError(host, status, code, message);
}

function notFound(host: string, path: string): EmulatorResponse {
  return shapedError(
    host,
    404,
    ['-1, Microsoft.SharePoint.Client.ResourceNotFoundException', `Cannot find resource for the request ${path.split('/').pop() ?? ''}.`],
    ['Request_ResourceNotFound', `Resource '${path}' does not exist or one of its queried reference-property objects are not present.`],
  );
}

function methodNotAllowed(host: string): EmulatorResponse {
  const message = 'Specified HTTP method is not allowed for the request target.';
  return shapedError(host, 405, ['-1, Microsoft.SharePoint.Client.InvalidClientQueryException', message], ['Request_BadRequest', message]);
}

function forbidden(host: string): EmulatorResponse {
  return shapedError(
    host,
    403,
    ['-2147024891, System.UnauthorizedAccessException', 'Attempted to perform an unauthorized operation.'],
    ['Authorization_RequestDenied', 'Insufficient privileges to complete the operation.'],
  );
}

/** Entra ID's descriptions of the AADSTS codes faults inject (the transient ones tell the client to try again). */
const AADSTS_TEXT: Record<number, [string, string]> = {
  90033: ['temporarily_unavailable', 'A transient error has occurred. Please try again.'],
  90024: ['temporarily_unavailable', 'RequestBudgetExceededError: A transient error has occurred. Please try again.'],
  50033: ['temporarily_unavailable', 'A transient error has occurred. Please try again.'],
  90006: ['temporarily_unavailable', 'The service is temporarily unavailable.'],
};

/** Entra ID's OAuth error body, as its token endpoint answers a failure. */
function entraFault(fault: Fault): EmulatorResponse {
  const code = fault.aadsts;
  const status = fault.status ?? (code === undefined ? 503 : 400);
  const [error, text] = (code !== undefined ? AADSTS_TEXT[code] : undefined) ?? ['server_error', 'The service is temporarily unavailable.'];
  const description = `${code === undefined ? '' : `AADSTS${code}: `}${text}\r\nTrace ID: ${randomUUID()}\r\nCorrelation ID: ${randomUUID()}`;
  return {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...(fault.retryAfter === undefined ? {} : { 'retry-after': String(fault.retryAfter) }) },
    body: { error, error_description: description, error_codes: code === undefined ? [] : [code] },
  };
}

function faultResponse(host: string, fault: Fault): EmulatorResponse {
  if (hostClassOf(host) === 'login') return entraFault(fault);
  const status = fault.status ?? 503;
  const throttled = status === 429;
  const message = throttled ? 'Too many requests.' : 'The service is temporarily unavailable.';
  const response = shapedError(
    host,
    status,
    [throttled ? '-2147024860, Microsoft.SharePoint.SPQueryThrottledException' : '-1, System.Exception', message],
    [throttled ? 'TooManyRequests' : status === 503 ? 'ServiceUnavailable' : 'InternalServerError', message],
  );
  if (fault.retryAfter !== undefined) response.headers = { ...response.headers, 'retry-after': String(fault.retryAfter) };
  return response;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function decodePath(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}


/** The proxy and the emulated services behind it. */
export class EmulatorServer {
  readonly requests: RecordedRequest[] = [];
  private readonly faults: { fault: Fault; remaining: number }[] = [];
  private throttle?: Throttle;
  private readonly routes: CompiledRoute[];
  private readonly literalHosts: Set<string>;
  private readonly hostOf = new WeakMap<object, string>();
  private readonly sockets = new Set<Duplex>();
  private readonly proxy = http.createServer();
  private readonly inner = http.createServer();
  private readonly contexts = new Map<string, Promise<tls.SecureContext>>();
  /** Timers of injected delays: cleared on close, so that a stalled answer never outlives the emulator. */
  private readonly timers = new Set<NodeJS.Timeout>();

  constructor(private readonly options: ServerOptions) {
    this.routes = options.routes.map((route) => ({
      route,
      path: new RegExp(route.path.source, route.path.flags.includes('i') ? route.path.flags : `${route.path.flags}i`),
    }));
    this.literalHosts = new Set(
      options.routes.map((r) => r.host.toLowerCase()).filter((h) => !['login', 'graph', 'sharepoint', 'management', 'azure'].includes(h)),
    );
    this.proxy.on('connect', (req: IncomingMessage, socket: Duplex, head: Buffer) => void this.onConnect(req, socket, head));
    this.proxy.on('request', (req: IncomingMessage, res: ServerResponse) => this.onPlainRequest(req, res));
    this.proxy.on('connection', (socket: Duplex) => this.track(socket));
    this.inner.on('request', (req: IncomingMessage, res: ServerResponse) => void this.onRequest(req, res));
  }

  /** Listens on 127.0.0.1 (`port` 0: any free port) and returns the port. */
  listen(port: number): Promise<number> {
    return new Promise((resolve, reject) => {
      this.proxy.once('error', reject);
      this.proxy.listen(port, '127.0.0.1', () => {
        const address = this.proxy.address();
        resolve(typeof address === 'object' && address ? address.port : port);
      });
    });
  }

  async close(): Promise<void> {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.proxy.close(() => resolve()));
  }

  injectFault(fault: Fault): void {
    this.faults.push({ fault, remaining: fault.times ?? Number.POSITIVE_INFINITY });
  }

  clearFaults(): void {
    this.faults.length = 0;
  }

  /** Turns the throttling model on (or off with undefined); returns it, so that a test can read what it refused. */
  setThrottle(options: ThrottleOptions | undefined): Throttle | undefined {
    this.throttle = options ? new Throttle(options) : undefined;
    return this.throttle;
  }

  /** Waits `ms`; never resolves once the emulator is closed (the socket is gone by then). */
  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        resolve();
      }, ms);
      this.timers.add(timer);
    });
  }

  private track(socket: Duplex): void {
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    socket.on('error', () => socket.destroy());
  }

  isServed(host: string): boolean {
    return hostClassOf(host) !== undefined || this.literalHosts.has(host);
  }

  private record(entry: Omit<RecordedRequest, 'time'>): void {
    this.requests.push({ time: Date.now(), ...entry });
  }

  private contextFor(host: string): Promise<tls.SecureContext> {
    const { leaf } = this.options;
    const name = leaf.covers(host) ? '*' : host;
    let context = this.contexts.get(name);
    if (!context) {
      const cert = name === '*' ? Promise.resolve(leaf.defaultCertPem) : leaf.leafFor(host);
      context = cert.then((pem) => tls.createSecureContext({ key: leaf.keyPem, cert: pem }));
      this.contexts.set(name, context);
    }
    return context;
  }

  private async onConnect(req: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    const target = req.url ?? '';
    const port = /:(\d+)$/.exec(target)?.[1] ?? '443';
    const host = target.replace(/:\d+$/, '').replace(/^\[|\]$/g, '').toLowerCase();
    // Only HTTPS on 443 is emulated: a tunnel to port 80 is plain HTTP, which Microsoft 365 does not serve.
    if (!this.isServed(host) || port !== '443') {
      this.record({ method: 'CONNECT', host, path: '', query: '', status: 403, refused: true });
      socket.end(`HTTP/1.1 403 Forbidden\r\nContent-Type: text/plain\r\nConnection: close\r\n\r\nThe emulator does not serve ${host}.\r\n`);
      return;
    }
    const secureContext = await this.contextFor(host);
    if (head.length > 0) socket.unshift(head);
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    const tlsSocket = new tls.TLSSocket(socket, { isServer: true, secureContext });
    this.track(tlsSocket);
    this.hostOf.set(tlsSocket, host);
    this.inner.emit('connection', tlsSocket);
  }

  /** Plain-HTTP proxying (`GET http://host/…`) is never served: Microsoft 365 is HTTPS only. */
  private onPlainRequest(req: IncomingMessage, res: ServerResponse): void {
    let host = '';
    let path = req.url ?? '';
    let query = '';
    try {
      const url = new URL(req.url ?? '', 'http://127.0.0.1');
      host = url.hostname.toLowerCase();
      path = url.pathname;
      query = url.search.slice(1);
    } catch {
      // Recorded as given.
    }
    this.record({ method: req.method ?? 'GET', host, path, query, status: 403, refused: true });
    res.writeHead(403, { 'content-type': 'text/plain' }).end('The emulator only serves HTTPS through CONNECT.\n');
  }

  private takeFault(method: string, host: string, path: string): Fault | undefined {
    const entry = this.faults.find(
      ({ fault, remaining }) =>
        remaining > 0 &&
        (!fault.method || fault.method.toUpperCase() === method) &&
        (!fault.host || fault.host.toLowerCase() === host || fault.host === hostClassOf(host)) &&
        fault.path.test(path),
    );
    if (!entry) return undefined;
    entry.remaining -= 1;
    return entry.fault;
  }

  private findRoute(method: string, host: string, path: string): { route?: Route; params: Record<string, string>; pathMatched: boolean } {
    const hostClass = hostClassOf(host);
    let pathMatched = false;
    for (const { route, path: pattern } of this.routes) {
      if (route.host !== hostClass && route.host.toLowerCase() !== host) continue;
      const match = pattern.exec(path);
      if (!match) continue;
      pathMatched = true;
      if (route.method.toUpperCase() !== method) continue;
      return { route, params: { ...match.groups }, pathMatched };
    }
    return { params: {}, pathMatched };
  }

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const host = this.hostOf.get(req.socket) ?? (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const url = new URL(req.url ?? '/', `https://${host}`);
    const method = (req.method ?? 'GET').toUpperCase();
    const path = decodePath(url.pathname);
    const body = await readBody(req);
    // Recorded on arrival (status 0 until answered): a request the client gave up on, stalled or reset, is still seen.
    const entry: RecordedRequest = { time: Date.now(), method, host, path, query: url.search.slice(1), status: 0 };
    this.requests.push(entry);
    if (hostClassOf(host) === 'login' && /\/oauth2\/(v2\.0\/)?token$/i.test(path)) {
      const form = new URLSearchParams(body.toString('utf8'));
      entry.scope = form.get('scope') ?? undefined;
      entry.clientId = form.get('client_id') ?? undefined;
    }
    const request: EmulatorRequest = { method, host, path, query: url.searchParams, headers: req.headers, body };
    const fault = this.takeFault(method, host, path);
    const response = await this.respond(request, entry, fault);
    if (response === 'reset') {
      req.socket.destroy();
      return;
    }
    entry.status = response.status;
    if (fault?.bodyDelayMs) await this.sendLate(res, response, fault.bodyDelayMs);
    else send(res, response);
  }

  /** The status line and headers now, the body after `ms` (a stall mid-answer). */
  private async sendLate(res: ServerResponse, response: EmulatorResponse, ms: number): Promise<void> {
    const { headers, payload } = encode(response);
    res.writeHead(response.status, headers);
    res.flushHeaders();
    await this.sleep(ms);
    if (!res.destroyed) res.end(payload);
  }

  private async respond(request: EmulatorRequest, entry: RecordedRequest, fault: Fault | undefined): Promise<EmulatorResponse | 'reset'> {
    const { method, host, path } = request;
    // Checked before faults, so that the audience of the token a faulted request carried is recorded too.
    const token = this.checkToken(request, entry);
    if (fault?.delayMs) await this.sleep(fault.delayMs);
    if (fault?.reset) return 'reset';
    if (fault?.redirect) return { status: fault.status ?? 302, headers: { location: fault.redirect } };
    if (fault?.status || fault?.aadsts) return faultResponse(host, fault);
    const { route, params, pathMatched } = this.findRoute(method, host, path);
    const hostClass = hostClassOf(host);
    if (route?.requiresToken ?? (hostClass !== undefined && hostClass !== 'login')) {
      const tenantId = this.options.state.tenantId;
      if (!token) return unauthorized(host, 'missing', undefined, tenantId);
      if (!token.ok) return unauthorized(host, token.problem, token.audience, tenantId);
      // SharePoint takes app-only tokens only from certificate (or federated) credentials, never from a secret.
      if (hostClass === 'sharepoint' && token.claims.appidacr !== '2') return unauthorized(host, 'app-only', undefined, tenantId);
    }
    if (token?.ok) request.token = token.claims;
    const limits = this.throttled(request, hostClass);
    if (limits && !limits.allowed) {
      const refused = serviceError(host, 429, hostClass === 'sharepoint' ? '-2147024860, Microsoft.SharePoint.SPQueryThrottledException' : 'TooManyRequests', 'The request has been throttled.');
      return { ...refused, headers: { ...refused.headers, ...limits.headers } };
    }
    const answer = await this.route(request, route, params, pathMatched);
    return limits ? { ...answer, headers: { ...answer.headers, ...limits.headers } } : answer;
  }

  /** The throttle's decision for an app's request to a throttled host (undefined when the host is not throttled). */
  private throttled(request: EmulatorRequest, hostClass: string | undefined): ThrottleDecision | undefined {
    if (!this.throttle?.covers(request.host, hostClass) || !request.token) return undefined;
    return this.throttle.take(request.token.appid, request.host);
  }

  private async route(request: EmulatorRequest, route: Route | undefined, params: Record<string, string>, pathMatched: boolean): Promise<EmulatorResponse> {
    const { host, path } = request;
    if (!route) return pathMatched ? methodNotAllowed(host) : notFound(host, path);
    if (route.roles && !route.roles.some((role) => request.token?.roles.includes(role))) return forbidden(host);
    try {
      return await route.handler(request, params, this.options.state);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return serviceError(host, 500, hostClassOf(host) === 'sharepoint' ? '-1, System.Exception' : 'InternalServerError', message);
    }
  }

  /** Verifies the bearer token, if any, against the audience of the host; records its audience (never the token). */
  private checkToken(request: EmulatorRequest, entry: RecordedRequest): TokenCheck | undefined {
    const header = request.headers.authorization;
    const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null;
    if (!match) return undefined;
    const expected = audienceForHost(request.host);
    if (!expected) return undefined;
    const decoded = jwt.decode(match[1], { json: true });
    if (decoded && typeof decoded.aud === 'string') entry.tokenAudience = decoded.aud;
    return this.options.tokens.verifyAccessToken(match[1], [expected, `https://${request.host}`]);
  }
}

function send(res: ServerResponse, response: EmulatorResponse): void {
  const { headers, payload } = encode(response);
  res.writeHead(response.status, headers);
  res.end(payload);
}

function encode(response: EmulatorResponse): { headers: Record<string, string>; payload: Buffer | string | undefined } {
  const headers: Record<string, string> = { 'request-id': randomUUID(), ...response.headers };
  let payload: Buffer | string | undefined;
  if (response.body === undefined || response.body === null) payload = undefined;
  else if (typeof response.body === 'string' || Buffer.isBuffer(response.body)) payload = response.body;
  else {
    payload = JSON.stringify(response.body);
    if (!Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) headers['content-type'] = 'application/json; charset=utf-8';
  }
  if (payload !== undefined) headers['content-length'] = String(Buffer.byteLength(payload));
  return { headers, payload };
}
