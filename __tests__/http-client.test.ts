import { generateKeyPairSync } from 'node:crypto';
import type http from 'node:http';
import https from 'node:https';
import type net from 'node:net';
import tls from 'node:tls';
import forge from 'node-forge';
import { Agent } from 'undici';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CLOUDS, fixedResource, sharePointResource, type Resource } from '../src/clouds.js';
import { withAccessHints } from '../src/commands/kit/access.js';
import { createApiClient, MAX_REDIRECTS } from '../src/http/client.js';
import { toHttpError } from '../src/http/errors.js';
import type { RetryPolicy } from '../src/http/retry.js';
import { createTransport } from '../src/http/transport.js';
import type { HttpRequest, TokenSource } from '../src/http/types.js';

/**
 * A real HTTPS server that answers for every host (a self-signed certificate naming them), reached through an undici
 * Agent whose connector sends every host to it: the client and the transport run unmodified over real sockets.
 */
const HOSTS = ['graph.microsoft.com', 'contoso.sharepoint.com', 'contoso-admin.sharepoint.com', 'files.example.net', 'manage.office.com'];

function selfSigned(names: string[]): { key: string; cert: string } {
  const pair = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const key = pair.privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
  const forgeKey = forge.pki.privateKeyFromPem(key);
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.setRsaPublicKey(forgeKey.n, forgeKey.e);
  cert.serialNumber = '01';
  cert.validity.notBefore = new Date(Date.now() - 60_000);
  cert.validity.notAfter = new Date(Date.now() + 86_400_000);
  cert.setSubject([{ name: 'commonName', value: 'm365-action client test' }]);
  cert.setIssuer(cert.subject.attributes);
  cert.setExtensions([{ name: 'subjectAltName', altNames: names.map((value) => ({ type: 2, value })) }]);
  cert.sign(forgeKey, forge.md.sha256.create());
  return { key, cert: forge.pki.certificateToPem(cert) };
}

interface Seen {
  host: string;
  method: string;
  path: string;
  authorization?: string;
  accept?: string;
  contentType?: string;
  body: string;
}
type Answer = { status: number; headers?: Record<string, string>; body?: unknown } | 'reset';
type Route = (seen: Seen) => Answer;

const pem = selfSigned(HOSTS);
const seen: Seen[] = [];
let routes: Record<string, Route> = {};

const server = https.createServer({ key: pem.key, cert: pem.cert }, (req: http.IncomingMessage, res: http.ServerResponse) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    const entry: Seen = {
      host: req.headers.host ?? '',
      method: req.method ?? '',
      path: req.url ?? '',
      authorization: req.headers.authorization,
      accept: req.headers.accept,
      contentType: req.headers['content-type'],
      body: Buffer.concat(chunks).toString('utf8'),
    };
    seen.push(entry);
    const route = routes[`${entry.host}${entry.path}`] ?? routes[`${entry.host}${entry.path.split('?')[0]}`];
    const answer: Answer = route ? route(entry) : { status: 404, body: { error: { code: 'NoRoute', message: 'no route' } } };
    if (answer === 'reset') return void req.socket.destroy();
    const body = answer.body === undefined ? '' : typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
    res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers });
    res.end(body);
  });
});
let port = 0;

const dispatcher = new Agent({
  connect: (options, callback) => {
    const socket = tls.connect({ host: '127.0.0.1', port, servername: options.hostname, ca: pem.cert });
    socket.once('secureConnect', () => callback(null, socket));
    socket.once('error', (error) => callback(error, null));
  },
});

beforeAll(async () => {
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  port = (server.address() as net.AddressInfo).port;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((done) => server.close(done));
  await dispatcher.close();
});
beforeEach(() => {
  seen.length = 0;
  routes = {};
});

const graph = fixedResource(CLOUDS.Public, 'graph');
const spo = sharePointResource(CLOUDS.Public, 'https://contoso.sharepoint.com') as Resource;

/** Tokens named after their audience: the test can see which token went where. */
function fakeTokens(): TokenSource & { asked: string[] } {
  const asked: string[] = [];
  return { asked, getToken: async (r: Resource) => (asked.push(r.audience), `token-for-${r.audience}`) };
}

function client(options: { retry?: Partial<RetryPolicy>; resources?: Resource[] } = {}) {
  const waits: number[] = [];
  let clock = 0;
  const tokens = fakeTokens();
  const api = createApiClient({
    transport: createTransport({ dispatcher }),
    tokens,
    resources: () => options.resources ?? [graph, spo],
    retry: { sleep: async (ms) => void (waits.push(ms), (clock += ms)), random: () => 0, now: () => clock, ...options.retry },
  });
  return { api, waits, tokens };
}

const ok = (body: unknown): Route => () => ({ status: 200, body });

describe('token pinning', () => {
  it('attaches the token of the resource that owns the host, with the accept header of that service', async () => {
    routes['graph.microsoft.com/v1.0/users'] = ok({ value: [] });
    routes['contoso-admin.sharepoint.com/_api/web'] = ok({ Title: 'Admin' });
    const { api } = client();
    await api.request({ url: 'https://graph.microsoft.com/v1.0/users' });
    const web = await api.request({ url: 'https://CONTOSO-ADMIN.sharepoint.com/_api/web' });
    expect(web.body).toEqual({ Title: 'Admin' });
    expect(seen.map((s) => [s.host, s.authorization, s.accept])).toEqual([
      ['graph.microsoft.com', 'Bearer token-for-https://graph.microsoft.com', 'application/json'],
      ['contoso-admin.sharepoint.com', 'Bearer token-for-https://contoso.sharepoint.com', 'application/json;odata=nometadata'],
    ]);
  });

  it('keeps the caller accept header and ignores a caller Authorization header', async () => {
    routes['contoso.sharepoint.com/_api/web'] = ok({ d: {} });
    await client().api.request({
      url: 'https://contoso.sharepoint.com/_api/web',
      headers: { Accept: 'application/json;odata=verbose', Authorization: 'Bearer something-else' },
    });
    expect(seen[0]).toMatchObject({ accept: 'application/json;odata=verbose', authorization: 'Bearer token-for-https://contoso.sharepoint.com' });
  });

  const refusals: [string, string][] = [
    ['https://evil.example.com/steal', 'refusing to send a request to evil.example.com: it belongs to no Microsoft 365 resource of this run'],
    ['https://graph.microsoft.com.evil.com/v1.0/users', 'refusing to send a request to graph.microsoft.com.evil.com: it belongs to no Microsoft 365 resource of this run'],
    ['https://evilcontoso.sharepoint.com/', 'refusing to send a request to evilcontoso.sharepoint.com: it belongs to no Microsoft 365 resource of this run'],
    ['https://graph.microsoft.com:8443/v1.0/users', 'refusing to send a request to graph.microsoft.com:8443: it belongs to no Microsoft 365 resource of this run'],
    ['https://graph.microsoft.com@evil.com/v1.0/users', 'refusing to send a request to evil.com: the URL has a user-info part (text before "@"), which disguises its host'],
    ['https://graph.microsoft.com:x@graph.microsoft.com/v1.0/users', 'refusing to send a request to graph.microsoft.com: the URL has a user-info part (text before "@"), which disguises its host'],
    ['http://graph.microsoft.com/v1.0/users', 'refusing to send GET http://graph.microsoft.com/v1.0/users: only https URLs are allowed'],
  ];
  it.each(refusals)('refuses %s before any token is asked or byte sent', async (url, message) => {
    const { api, tokens } = client();
    await expect(api.request({ url })).rejects.toThrow(message);
    expect(tokens.asked).toEqual([]);
    expect(seen).toEqual([]);
  });

  it('lists the hosts of the run in the refusal hint', async () => {
    await expect(client({ resources: [graph] }).api.request({ url: 'https://manage.office.com/api' })).rejects.toMatchObject({
      hint: 'Tokens are only sent to the hosts of their resource (this run: graph.microsoft.com).',
    });
  });

});

describe('redirects', () => {
  const CONTENT = 'https://graph.microsoft.com/v1.0/drives/1/items/2/content';

  it('follows a download to another host over https, without token, caller headers or body', async () => {
    routes['graph.microsoft.com/v1.0/drives/1/items/2/content'] = () => ({ status: 302, headers: { location: 'https://files.example.net/blob?x=1' } });
    routes['files.example.net/blob'] = () => ({ status: 200, body: 'file bytes', headers: { 'content-type': 'application/octet-stream' } });
    const response = await client().api.request<Buffer>({ url: CONTENT, responseType: 'buffer', download: true, headers: { 'x-extra': 'kept at home' } });
    expect(response.body.toString('utf8')).toBe('file bytes');
    expect(seen.map((s) => [s.host, s.path, s.authorization, s.accept, s.body])).toEqual([
      ['graph.microsoft.com', '/v1.0/drives/1/items/2/content', 'Bearer token-for-https://graph.microsoft.com', 'application/json', ''],
      ['files.example.net', '/blob?x=1', undefined, '*/*', ''],
    ]);
  });

  it('refuses a redirect to another host for a request that is not a download, naming both hosts; the other host gets nothing', async () => {
    routes['graph.microsoft.com/v1.0/drives/1/items/2/content'] = () => ({ status: 302, headers: { location: 'https://files.example.net/blob' } });
    routes['files.example.net/blob'] = ok({ forged: 'result' });
    await expect(client().api.request({ url: CONTENT })).rejects.toThrow(
      'refusing to follow the redirect (302) of GET https://graph.microsoft.com/v1.0/drives/1/items/2/content from graph.microsoft.com to another host, files.example.net: only a download is followed to another host',
    );
    expect(seen.map((s) => s.host)).toEqual(['graph.microsoft.com']);
  });

  it('refuses a redirect to the host of another resource too: no token of either resource follows', async () => {
    routes['graph.microsoft.com/v1.0/a'] = () => ({ status: 308, headers: { location: 'https://contoso.sharepoint.com/_api/web' } });
    routes['contoso.sharepoint.com/_api/web'] = ok({ Title: 'Root' });
    await expect(client().api.request({ method: 'POST', url: 'https://graph.microsoft.com/v1.0/a', body: { n: 1 } })).rejects.toThrow(
      'from graph.microsoft.com to another host, contoso.sharepoint.com',
    );
    expect(seen.map((s) => s.host)).toEqual(['graph.microsoft.com']);
  });

  it('never re-sends an upload to another host after a 307, download or not', async () => {
    routes['contoso.sharepoint.com/_api/web/upload'] = () => ({ status: 307, headers: { location: 'https://files.example.net/steal' } });
    routes['files.example.net/steal'] = ok({});
    const upload = { method: 'POST', url: 'https://contoso.sharepoint.com/_api/web/upload', body: Buffer.from('package bytes') };
    await expect(client().api.request(upload)).rejects.toThrow('to another host, files.example.net');
    await expect(client().api.request({ ...upload, download: true })).rejects.toThrow('only a GET can be one');
    expect(seen.map((s) => [s.host, s.body])).toEqual([['contoso.sharepoint.com', 'package bytes']]);
  });

  it('refuses a download redirect to another port or to plain http', async () => {
    routes['graph.microsoft.com/v1.0/r1'] = () => ({ status: 302, headers: { location: 'https://files.example.net:8443/blob' } });
    routes['graph.microsoft.com/v1.0/r2'] = () => ({ status: 301, headers: { location: 'http://files.example.net/blob' } });
    await expect(client().api.request({ url: 'https://graph.microsoft.com/v1.0/r1', download: true })).rejects.toThrow(
      'from graph.microsoft.com to files.example.net:8443: only the default https port is followed',
    );
    await expect(client().api.request({ url: 'https://graph.microsoft.com/v1.0/r2', download: true })).rejects.toThrow(
      'refusing to follow the redirect (301) of GET https://graph.microsoft.com/v1.0/r2 to http://files.example.net/blob: only https URLs without user info are followed',
    );
    expect(seen.map((s) => s.host)).toEqual(['graph.microsoft.com', 'graph.microsoft.com']);
  });

  it('attaches no token after leaving the host, even when the other host sends the request back', async () => {
    routes['graph.microsoft.com/v1.0/reports/x'] = () => ({ status: 302, headers: { location: 'https://files.example.net/r' } });
    routes['files.example.net/r'] = () => ({ status: 302, headers: { location: 'https://graph.microsoft.com/v1.0/reports/y' } });
    routes['graph.microsoft.com/v1.0/reports/y'] = ok({ value: [] });
    await client().api.request({ url: 'https://graph.microsoft.com/v1.0/reports/x', download: true });
    expect(seen.map((s) => [s.host, s.authorization])).toEqual([
      ['graph.microsoft.com', 'Bearer token-for-https://graph.microsoft.com'],
      ['files.example.net', undefined],
      ['graph.microsoft.com', undefined],
    ]);
  });

  it('keeps method, body and token on the same host after 307 and 308', async () => {
    routes['graph.microsoft.com/v1.0/a'] = () => ({ status: 307, headers: { location: '/v1.0/b' } });
    routes['graph.microsoft.com/v1.0/b'] = () => ({ status: 308, headers: { location: '/v1.0/c' } });
    routes['graph.microsoft.com/v1.0/c'] = ok({ done: true });
    await client().api.request({ method: 'PATCH', url: 'https://graph.microsoft.com/v1.0/a', body: { n: 1 } });
    expect(seen.map((s) => [s.method, s.path, s.authorization, s.body])).toEqual([
      ['PATCH', '/v1.0/a', 'Bearer token-for-https://graph.microsoft.com', '{"n":1}'],
      ['PATCH', '/v1.0/b', 'Bearer token-for-https://graph.microsoft.com', '{"n":1}'],
      ['PATCH', '/v1.0/c', 'Bearer token-for-https://graph.microsoft.com', '{"n":1}'],
    ]);
  });

  it.each([303, 301, 302])('turns a POST into a GET without body after a %i on the same host', async (status) => {
    routes['graph.microsoft.com/v1.0/jobs'] = () => ({ status, headers: { location: '/v1.0/jobs/1' } });
    routes['graph.microsoft.com/v1.0/jobs/1'] = ok({ id: '1' });
    const response = await client().api.request({ method: 'POST', url: 'https://graph.microsoft.com/v1.0/jobs', body: { a: 1 } });
    expect(response.body).toEqual({ id: '1' });
    expect(seen.map((s) => [s.method, s.path, s.body, s.contentType])).toEqual([
      ['POST', '/v1.0/jobs', '{"a":1}', 'application/json'],
      ['GET', '/v1.0/jobs/1', '', undefined],
    ]);
  });

  it('refuses a 301 after a PUT: a write is only sent again after 307 or 308', async () => {
    routes['graph.microsoft.com/v1.0/put'] = () => ({ status: 301, headers: { location: '/v1.0/elsewhere' } });
    await expect(client().api.request({ method: 'PUT', url: 'https://graph.microsoft.com/v1.0/put', body: 'x' })).rejects.toThrow(
      'refusing to follow the redirect (301) of PUT https://graph.microsoft.com/v1.0/put to https://graph.microsoft.com/v1.0/elsewhere: a PUT is only sent again after a 307 or 308',
    );
    expect(seen).toHaveLength(1);
  });

  it(`stops after ${MAX_REDIRECTS} redirects`, async () => {
    routes['graph.microsoft.com/v1.0/loop'] = () => ({ status: 302, headers: { location: '/v1.0/loop' } });
    await expect(client().api.request({ url: 'https://graph.microsoft.com/v1.0/loop' })).rejects.toThrow(
      'GET https://graph.microsoft.com/v1.0/loop was redirected more than 5 times',
    );
    expect(seen).toHaveLength(MAX_REDIRECTS + 1);
  });

  it('refuses to follow a redirect to plain http', async () => {
    routes['graph.microsoft.com/v1.0/x'] = () => ({ status: 301, headers: { location: 'http://graph.microsoft.com/v1.0/x' } });
    await expect(client().api.request({ url: 'https://graph.microsoft.com/v1.0/x' })).rejects.toThrow(
      'refusing to follow the redirect (301) of GET https://graph.microsoft.com/v1.0/x to http://graph.microsoft.com/v1.0/x: only https URLs without user info are followed',
    );
  });
});

describe('checks before any token is asked for', () => {
  const cases: [string, HttpRequest, string][] = [
    ['a CR/LF in a header value', { url: 'https://graph.microsoft.com/v1.0/users', headers: { ConsistencyLevel: 'eventual\r\nX-Injected: 1' } }, 'the value of the header ConsistencyLevel holds a line break or NUL character'],
    ['a header name with a colon', { url: 'https://graph.microsoft.com/v1.0/users', headers: { 'X-A: b': 'c' } }, '"X-A: b" is not a valid header name'],
    ['a method with a space', { method: 'GET /x', url: 'https://graph.microsoft.com/v1.0/users' }, 'not an HTTP method'],
    ['a download that is not a GET', { method: 'POST', url: 'https://graph.microsoft.com/v1.0/users', download: true }, 'only a GET can be one'],
    ['a trailing-dot look-alike host', { url: 'https://contoso.sharepoint.com./_api/web' }, 'refusing to send a request to contoso.sharepoint.com.'],
  ];
  it.each(cases)('refuses %s', async (_name, req, message) => {
    const { api, tokens } = client();
    await expect(api.request(req)).rejects.toThrow(message);
    expect(tokens.asked).toEqual([]);
    expect(seen).toEqual([]);
  });

  it('refuses every request once the run signal fired, before a token is asked for', async () => {
    const controller = new AbortController();
    controller.abort('the run was cancelled (SIGINT)');
    const tokens = fakeTokens();
    const api = createApiClient({ transport: createTransport({ dispatcher }), tokens, resources: () => [graph], signal: controller.signal });
    await expect(api.request({ url: 'https://graph.microsoft.com/v1.0/users' })).rejects.toMatchObject({
      message: 'GET https://graph.microsoft.com/v1.0/users was stopped: the run was cancelled (SIGINT)',
      code: 'ECANCELLED',
    });
    expect(tokens.asked).toEqual([]);
    expect(seen).toEqual([]);
  });

  it('never echoes the refused header value (it may be a secret)', async () => {
    const error = await client().api.request({ url: 'https://graph.microsoft.com/v1.0/users', headers: { 'X-Key': 'hunter2\nsecret' } }).catch((e: Error) => e);
    expect(String(error)).not.toContain('hunter2');
  });
});

describe('paging', () => {
  it('follows Graph @odata.nextLink', async () => {
    routes['graph.microsoft.com/v1.0/groups'] = ok({ value: [1, 2], '@odata.nextLink': 'https://graph.microsoft.com/v1.0/groups?$skiptoken=a' });
    routes['graph.microsoft.com/v1.0/groups?$skiptoken=a'] = ok({ value: [3], '@odata.nextLink': 'https://graph.microsoft.com/v1.0/groups?$skiptoken=b' });
    routes['graph.microsoft.com/v1.0/groups?$skiptoken=b'] = ok({ value: [4] });
    await expect(client().api.getAll('https://graph.microsoft.com/v1.0/groups')).resolves.toEqual([1, 2, 3, 4]);
    expect(seen.every((s) => s.authorization === 'Bearer token-for-https://graph.microsoft.com')).toBe(true);
  });

  it('follows a relative SharePoint odata.nextLink against the request URL', async () => {
    routes["contoso.sharepoint.com/_api/web/lists/getbytitle('Docs')/items?$top=2"] = ok({ value: [{ Id: 1 }, { Id: 2 }], 'odata.nextLink': 'items?%24skiptoken=Paged%3DTRUE%26p_ID%3D2&%24top=2' });
    routes["contoso.sharepoint.com/_api/web/lists/getbytitle('Docs')/items?%24skiptoken=Paged%3DTRUE%26p_ID%3D2&%24top=2"] = ok({ value: [{ Id: 3 }] });
    const items = await client().api.getAll("https://contoso.sharepoint.com/_api/web/lists/getbytitle('Docs')/items?$top=2");
    expect(items).toEqual([{ Id: 1 }, { Id: 2 }, { Id: 3 }]);
    expect(seen.map((s) => s.accept)).toEqual(['application/json;odata=nometadata', 'application/json;odata=nometadata']);
  });

  it('follows verbose d.__next and collects d.results', async () => {
    routes['contoso.sharepoint.com/_api/web/lists'] = ok({ d: { results: ['a'], __next: 'https://contoso.sharepoint.com/_api/web/lists?$skiptoken=1' } });
    routes['contoso.sharepoint.com/_api/web/lists?$skiptoken=1'] = ok({ d: { results: ['b'] } });
    const items = await client().api.getAll('https://contoso.sharepoint.com/_api/web/lists', { accept: 'application/json;odata=verbose' });
    expect(items).toEqual(['a', 'b']);
    expect(seen.map((s) => s.accept)).toEqual(['application/json;odata=verbose', 'application/json;odata=verbose']);
  });

  it('stops a nextLink loop', async () => {
    routes['graph.microsoft.com/v1.0/users'] = ok({ value: [1], '@odata.nextLink': 'https://graph.microsoft.com/v1.0/users?$skiptoken=x' });
    routes['graph.microsoft.com/v1.0/users?$skiptoken=x'] = ok({ value: [2], '@odata.nextLink': 'https://graph.microsoft.com/v1.0/users?$skiptoken=x' });
    await expect(client().api.getAll('https://graph.microsoft.com/v1.0/users')).rejects.toThrow(
      'GET https://graph.microsoft.com/v1.0/users: paging stopped, the service returned the same next link twice (https://graph.microsoft.com/v1.0/users?$skiptoken=x)',
    );
    expect(seen).toHaveLength(2);
  });

  it('refuses a nextLink to a foreign host', async () => {
    routes['graph.microsoft.com/v1.0/users'] = ok({ value: [1], '@odata.nextLink': 'https://collector.evil.com/next' });
    await expect(client().api.getAll('https://graph.microsoft.com/v1.0/users')).rejects.toThrow(
      'refusing to send a request to collector.evil.com: it belongs to no Microsoft 365 resource of this run',
    );
    expect(seen).toHaveLength(1);
  });

  it('says when a response is not a collection', async () => {
    routes['graph.microsoft.com/v1.0/organization/1'] = ok({ id: '1' });
    await expect(client().api.getAll('https://graph.microsoft.com/v1.0/organization/1')).rejects.toThrow(
      'GET https://graph.microsoft.com/v1.0/organization/1 did not return a collection (no "value" or "d.results" array)',
    );
  });
});

describe('retries over the wire', () => {
  it('honours Retry-After on 429', async () => {
    let n = 0;
    routes['graph.microsoft.com/v1.0/users'] = () => (++n === 1 ? { status: 429, headers: { 'retry-after': '3' } } : { status: 200, body: { value: [] } });
    const { api, waits } = client();
    await expect(api.request({ url: 'https://graph.microsoft.com/v1.0/users' })).resolves.toMatchObject({ status: 200 });
    expect(waits).toEqual([3000]);
    expect(seen).toHaveLength(2);
  });

  it('retries 503 with backoff', async () => {
    let n = 0;
    routes['graph.microsoft.com/v1.0/users'] = () => (++n < 3 ? { status: 503 } : { status: 200, body: {} });
    const { api, waits } = client({ retry: { random: () => 0.5, baseDelayMs: 100 } });
    await api.request({ url: 'https://graph.microsoft.com/v1.0/users' });
    expect(waits).toEqual([50, 100]);
    expect(seen).toHaveLength(3);
  });

  it('retries a GET after a connection reset', async () => {
    let n = 0;
    routes['graph.microsoft.com/v1.0/users'] = () => (++n === 1 ? 'reset' : { status: 200, body: { value: [7] } });
    await expect(client().api.getAll('https://graph.microsoft.com/v1.0/users')).resolves.toEqual([7]);
    expect(seen).toHaveLength(2);
  });

  it('does not retry a POST after a connection reset', async () => {
    routes['graph.microsoft.com/v1.0/groups'] = () => 'reset';
    await expect(client().api.request({ method: 'POST', url: 'https://graph.microsoft.com/v1.0/groups', body: {} })).rejects.toThrow(
      /^POST https:\/\/graph\.microsoft\.com\/v1\.0\/groups failed: the connection was closed before the answer arrived \((ECONNRESET|UND_ERR_SOCKET)\); not retried: the request may already have been processed$/,
    );
    expect(seen).toHaveLength(1);
  });

  it('retries a POST after a reset when the caller marks it idempotent', async () => {
    let n = 0;
    routes['graph.microsoft.com/v1.0/search/query'] = () => (++n === 1 ? 'reset' : { status: 200, body: { value: [] } });
    const query: HttpRequest = { method: 'POST', url: 'https://graph.microsoft.com/v1.0/search/query', body: {}, idempotent: true };
    await expect(client().api.request(query)).resolves.toMatchObject({ status: 200 });
    expect(seen).toHaveLength(2);
  });

  it('retries a POST on 429 (the service did not process it)', async () => {
    let n = 0;
    routes['graph.microsoft.com/v1.0/groups'] = () => (++n === 1 ? { status: 429, headers: { 'retry-after': '1' } } : { status: 201, body: { id: 'g' } });
    const { api, waits } = client();
    await expect(api.request({ method: 'POST', url: 'https://graph.microsoft.com/v1.0/groups', body: {} })).resolves.toMatchObject({ status: 201, body: { id: 'g' } });
    expect(waits).toEqual([1000]);
    expect(seen.map((s) => s.method)).toEqual(['POST', 'POST']);
  });

  it('gives up after the last attempt, saying so', async () => {
    routes['graph.microsoft.com/v1.0/users'] = () => ({ status: 429, headers: { 'retry-after': '7' } });
    await expect(client().api.request({ url: 'https://graph.microsoft.com/v1.0/users?$top=5' })).rejects.toMatchObject({
      message: 'GET https://graph.microsoft.com/v1.0/users still throttled (429) after 5 attempts over 28 s; lower max-parallel or retry later',
      code: '429',
    });
    expect(seen).toHaveLength(5);
  });

  it('does not retry a 401 with WWW-Authenticate, and reports its description', async () => {
    routes['graph.microsoft.com/v1.0/users'] = () => ({
      status: 401,
      headers: { 'www-authenticate': 'Bearer realm="", error="invalid_token", error_description="The audience is invalid"' },
    });
    await expect(client().api.request({ url: 'https://graph.microsoft.com/v1.0/users' })).rejects.toMatchObject({
      message: 'Unauthorized: The audience is invalid (GET https://graph.microsoft.com/v1.0/users returned 401 Unauthorized)',
      status: 401,
      code: undefined,
      hint: 'The token was not accepted: check that it was issued for https://graph.microsoft.com and that the app has the application permissions this command needs with admin consent.',
    });
    expect(seen).toHaveLength(1);
  });
});

describe('error normalisation over the wire', () => {
  it('Graph: "<code>: <message>" with method, URL and status; code kept', async () => {
    routes['graph.microsoft.com/v1.0/groups/abc'] = () => ({
      status: 404,
      body: { error: { code: 'Request_ResourceNotFound', message: "Resource 'abc' does not exist.", innerError: { 'request-id': 'r1' } } },
    });
    await expect(client().api.request({ url: 'https://graph.microsoft.com/v1.0/groups/abc?$select=id' })).rejects.toMatchObject({
      message: "Request_ResourceNotFound: Resource 'abc' does not exist. (GET https://graph.microsoft.com/v1.0/groups/abc returned 404 Not Found)",
      code: 'Request_ResourceNotFound',
      hint: 'Check the URL and the id or name in it: nothing was found there (or the app cannot see it).',
    });
  });

  it('SharePoint: odata.error message value, with the command\'s permission and the SharePoint-specific 403 hint', async () => {
    routes['contoso.sharepoint.com/_api/web/lists'] = () => ({
      status: 403,
      body: { 'odata.error': { code: '-2147024891, System.UnauthorizedAccessException', message: { lang: 'en-US', value: 'Access denied.' } } },
    });
    // What a command's context gives it: the client, with the command's declared permissions named in 401/403 hints.
    const api = withAccessHints(client().api, { sharepoint: [['Sites.FullControl.All']] });
    await expect(api.request({ method: 'POST', url: 'https://contoso.sharepoint.com/_api/web/lists', body: {} })).rejects.toMatchObject({
      message: 'Access denied. (POST https://contoso.sharepoint.com/_api/web/lists returned 403 Forbidden)',
      code: '-2147024891, System.UnauthorizedAccessException',
      hint:
        'The app needs the application permission Sites.FullControl.All (not a delegated one) with admin consent granted in Entra ID ' +
        '(App registrations > API permissions). SharePoint refuses app-only tokens obtained with a client secret (this action uses ' +
        'a certificate or federated credential, which it accepts). With Sites.Selected, grant the app access to this site ' +
        '(Graph POST /sites/{site-id}/permissions).',
    });
  });

  it('a body that is not JSON on success is an error, an empty one is undefined, text is text', async () => {
    routes['graph.microsoft.com/v1.0/a'] = () => ({ status: 200, body: '<html>' });
    routes['graph.microsoft.com/v1.0/b'] = () => ({ status: 204 });
    const { api } = client();
    await expect(api.request({ url: 'https://graph.microsoft.com/v1.0/a' })).rejects.toThrow(
      'GET https://graph.microsoft.com/v1.0/a returned 200 with a body that is not JSON',
    );
    await expect(api.request({ url: 'https://graph.microsoft.com/v1.0/a', responseType: 'text' })).resolves.toMatchObject({ body: '<html>' });
    await expect(api.request({ method: 'DELETE', url: 'https://graph.microsoft.com/v1.0/b' })).resolves.toEqual({ status: 204, headers: expect.any(Object) as unknown, body: undefined });
  });
});

describe('toHttpError', () => {
  const base = { method: 'GET', url: 'https://contoso.sharepoint.com/_api/web?x=1', headers: {} };
  const error = (status: number, body: string | object, resource?: Resource) =>
    toHttpError({ ...base, status, body: Buffer.from(typeof body === 'string' ? body : JSON.stringify(body)) }, { resource });

  it('reads verbose SharePoint errors', () => {
    expect(error(400, { error: { code: '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', message: { lang: 'en-US', value: 'The expression is not valid.' } } })).toMatchObject({
      message: 'The expression is not valid. (GET https://contoso.sharepoint.com/_api/web returned 400 Bad Request)',
      code: '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
      hint: undefined,
    });
  });

  it('reads Entra ID errors, first line only', () => {
    expect(error(400, { error: 'invalid_client', error_description: 'AADSTS700027: Client assertion failed.\r\nTrace ID: 1\r\nCorrelation ID: 2' })).toMatchObject({
      message: 'invalid_client: AADSTS700027: Client assertion failed. (GET https://contoso.sharepoint.com/_api/web returned 400 Bad Request)',
      code: 'invalid_client',
    });
  });

  it('reads HTML and text bodies as status text and first line, capped', () => {
    expect(error(502, '<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head><body>…</body></html>').message).toBe(
      'Bad Gateway: 502 Bad Gateway (GET https://contoso.sharepoint.com/_api/web returned 502 Bad Gateway)',
    );
    expect(error(500, '\n  upstream connect error  \nsecond line').message).toBe(
      'Internal Server Error: upstream connect error (GET https://contoso.sharepoint.com/_api/web returned 500 Internal Server Error)',
    );
    expect(error(500, 'x'.repeat(2000)).message).toBe(`Internal Server Error: ${'x'.repeat(500)}… (GET https://contoso.sharepoint.com/_api/web returned 500 Internal Server Error)`);
    expect(error(404, '')).toMatchObject({ message: 'Not Found (GET https://contoso.sharepoint.com/_api/web returned 404 Not Found)', status: 404, code: undefined });
  });

  it('names the generic 403 causes when the command did not list its permissions', () => {
    expect(error(403, { error: { code: 'Authorization_RequestDenied', message: 'Insufficient privileges to complete the operation.' } }, graph)).toMatchObject({
      message: 'Authorization_RequestDenied: Insufficient privileges to complete the operation. (GET https://contoso.sharepoint.com/_api/web returned 403 Forbidden)',
      hint: 'The app lacks the application permission this request needs (not a delegated one) with admin consent granted in Entra ID (App registrations > API permissions).',
    });
  });

  it('bounds every echoed part of a huge error: message, code, Entra error and URL', () => {
    const huge = 'word '.repeat(2_000_000);
    const graphShaped = error(400, { error: { code: 'C'.repeat(1_000_000), message: huge } });
    expect(graphShaped.message.length).toBeLessThan(1_000);
    expect(graphShaped.code?.length).toBeLessThan(200);
    const entraShaped = error(400, { error: 'E'.repeat(1_000_000), error_description: huge });
    expect(entraShaped.message.length).toBeLessThan(1_500);
    const longPath = toHttpError({ ...base, url: `https://graph.microsoft.com/v1.0/${'p'.repeat(1_000_000)}`, status: 404, body: Buffer.alloc(0) });
    expect(longPath.message.length).toBeLessThan(600);
    expect(error(500, `${'x'.repeat(10_000_000)}`).message.length).toBeLessThan(700);
  });

  it('keeps service text on one line', () => {
    expect(error(400, { error: { code: 'BadRequest', message: 'line one\r\n::error::line two' } }).message).toBe(
      'BadRequest: line one ::error::line two (GET https://contoso.sharepoint.com/_api/web returned 400 Bad Request)',
    );
  });
});
