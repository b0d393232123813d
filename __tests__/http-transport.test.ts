import { spawn } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import forge from 'node-forge';
import { Agent, EnvHttpProxyAgent } from 'undici';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ActionError } from '../src/errors.js';
import { createTransport } from '../src/http/transport.js';

/** A throwaway CA and a server certificate it signed, for `names` and 127.0.0.1. Nothing here is ever printed. */
function createPki(names: string[]): { caPem: string; key: string; cert: string } {
  const keys = () => {
    const pair = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const pem = pair.privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
    const forgeKey = forge.pki.privateKeyFromPem(pem);
    return { pem, forgeKey, forgePublic: forge.pki.setRsaPublicKey(forgeKey.n, forgeKey.e) };
  };
  const certificate = (subject: string, publicKey: forge.pki.PublicKey, serial: string) => {
    const cert = forge.pki.createCertificate();
    cert.publicKey = publicKey;
    cert.serialNumber = serial;
    cert.validity.notBefore = new Date(Date.now() - 60_000);
    cert.validity.notAfter = new Date(Date.now() + 86_400_000);
    cert.setSubject([{ name: 'commonName', value: subject }]);
    return cert;
  };
  const ca = keys();
  const caCert = certificate('m365-action test CA', ca.forgePublic, '01');
  caCert.setIssuer(caCert.subject.attributes);
  caCert.setExtensions([{ name: 'basicConstraints', cA: true }, { name: 'keyUsage', keyCertSign: true, cRLSign: true }]);
  caCert.sign(ca.forgeKey, forge.md.sha256.create());
  const leaf = keys();
  const leafCert = certificate(names[0] ?? 'localhost', leaf.forgePublic, '02');
  leafCert.setIssuer(caCert.subject.attributes);
  leafCert.setExtensions([
    { name: 'basicConstraints', cA: false },
    { name: 'subjectAltName', altNames: [...names.map((value) => ({ type: 2, value })), { type: 7, ip: '127.0.0.1' }] },
  ]);
  leafCert.sign(ca.forgeKey, forge.md.sha256.create());
  return { caPem: forge.pki.certificateToPem(caCert), key: leaf.pem, cert: forge.pki.certificateToPem(leafCert) };
}

/** Answers JSON describing the request; a few paths misbehave on purpose. */
function handle(req: http.IncomingMessage, res: http.ServerResponse): void {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    if (req.url === '/slow') return; // never answers
    if (req.url === '/reset') return void req.socket.destroy();
    if (req.url === '/redirect') return void res.writeHead(302, { Location: '/elsewhere' }).end();
    res.writeHead(200, { 'Content-Type': 'application/json', 'X-Custom-Header': 'yes' });
    res.end(
      JSON.stringify({
        method: req.method,
        path: req.url,
        host: req.headers.host,
        userAgent: req.headers['user-agent'],
        contentType: req.headers['content-type'] ?? null,
        body: Buffer.concat(chunks).toString('utf8'),
      }),
    );
  });
}

/**
 * A CONNECT proxy that tunnels every host to a local server (port 80 to the plain one, any other to the TLS one) and
 * records what was asked; `refuse` answers 403.
 */
function startProxy(targetPort: (requested: number) => number): { server: http.Server; connects: string[]; refuse: { on: boolean } } {
  const connects: string[] = [];
  const refuse = { on: false };
  const server = http.createServer((_req, res) => res.writeHead(405).end());
  server.on('connect', (req: http.IncomingMessage, client: net.Socket, head: Buffer) => {
    connects.push(req.url ?? '');
    client.on('error', () => client.destroy());
    if (refuse.on) return void client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
    const upstream = net.connect(targetPort(Number((req.url ?? '').split(':').pop())), '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
  });
  return { server, connects, refuse };
}

function listen(server: net.Server): Promise<number> {
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done((server.address() as net.AddressInfo).port)));
}

const pki = createPki(['api.contoso.test', 'localhost']);
const tls = https.createServer({ key: pki.key, cert: pki.cert }, handle);
const plain = http.createServer(handle);
const proxy = startProxy((requested) => (requested === 80 ? plainPort : tlsPort));
let tlsPort = 0;
let plainPort = 0;
let proxyPort = 0;
let closedPort = 0;
const trusted = new Agent({ connect: { ca: pki.caPem } });

beforeAll(async () => {
  tlsPort = await listen(tls);
  plainPort = await listen(plain);
  proxyPort = await listen(proxy.server);
  const spare = net.createServer();
  closedPort = await listen(spare);
  await new Promise((done) => spare.close(done));
});

afterAll(async () => {
  tls.closeAllConnections();
  plain.closeAllConnections();
  await Promise.all([tls, plain, proxy.server].map((s) => new Promise((done) => s.close(done))));
  await trusted.close();
});

afterEach(() => {
  proxy.connects.length = 0;
  proxy.refuse.on = false;
});

/**
 * An EnvHttpProxyAgent that trusts the test CA inside the CONNECT tunnel. `requestTls` reaches undici's ProxyAgent at
 * run time but is missing from EnvHttpProxyAgent's option types, hence the spread.
 */
function trustingProxyAgent(): EnvHttpProxyAgent {
  const tunnel = { requestTls: { ca: pki.caPem } };
  return new EnvHttpProxyAgent({ ...tunnel, connect: { ca: pki.caPem } });
}

const json = (body: Buffer): Record<string, unknown> => JSON.parse(body.toString('utf8')) as Record<string, unknown>;

describe('transport: requests and responses', () => {
  it('sends GET with the default user agent and returns status, lower-case headers and the body as a Buffer', async () => {
    const transport = createTransport({ dispatcher: trusted });
    const response = await transport.send({ url: `https://127.0.0.1:${tlsPort}/hello?x=1` });
    expect(response.status).toBe(200);
    expect(response.headers['x-custom-header']).toBe('yes');
    expect(response.headers['content-type']).toBe('application/json');
    expect(Buffer.isBuffer(response.body)).toBe(true);
    expect(json(response.body)).toMatchObject({ method: 'GET', path: '/hello?x=1', userAgent: 'm365-action', body: '' });
  });

  it('sends an object as JSON with its content type, strings and Buffers as they are', async () => {
    const transport = createTransport({ dispatcher: trusted, userAgent: 'custom-agent/1.0' });
    const url = `https://127.0.0.1:${tlsPort}/echo`;
    const asJson = json((await transport.send({ method: 'post', url, body: { a: 1 } })).body);
    expect(asJson).toMatchObject({ method: 'POST', contentType: 'application/json', body: '{"a":1}', userAgent: 'custom-agent/1.0' });
    const asText = json((await transport.send({ method: 'PUT', url, body: 'plain', headers: { 'Content-Type': 'text/plain' } })).body);
    expect(asText).toMatchObject({ contentType: 'text/plain', body: 'plain' });
    const asBuffer = json((await transport.send({ method: 'PUT', url, body: Buffer.from('bytes') })).body);
    expect(asBuffer).toMatchObject({ contentType: null, body: 'bytes' });
  });

  it('does not follow redirects: the 302 comes back with its location', async () => {
    const transport = createTransport({ dispatcher: trusted });
    const response = await transport.send({ url: `https://127.0.0.1:${tlsPort}/redirect` });
    expect(response.status).toBe(302);
    expect(response.headers.location).toBe('/elsewhere');
  });

  it('logs method, URL, status and duration at debug, never headers or bodies', async () => {
    const lines: string[] = [];
    const transport = createTransport({ dispatcher: trusted, log: { debug: (m) => lines.push(m) } });
    await transport.send({ method: 'POST', url: `https://127.0.0.1:${tlsPort}/log?sig=abc`, headers: { authorization: 'Bearer SECRET-TOKEN' }, body: 'BODY-TEXT' });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^HTTP POST https://127\\.0\\.0\\.1:${tlsPort}/log\\?sig=\\*\\*\\* → 200 \\(\\d+ ms\\)$`));
    expect(lines.join('\n')).not.toMatch(/SECRET-TOKEN|BODY-TEXT|abc/);
  });
});

describe('transport: failures', () => {
  it('turns a timeout into an ActionError naming method and URL', async () => {
    const transport = createTransport({ dispatcher: trusted, timeoutMs: 200 });
    const url = `https://127.0.0.1:${tlsPort}/slow`;
    await expect(transport.send({ method: 'DELETE', url, headers: { authorization: 'Bearer SECRET' } })).rejects.toMatchObject({
      name: 'ActionError',
      message: `DELETE ${url} timed out after 0.2 s`,
      code: 'ETIMEDOUT',
    });
  });

  it("a request's own timeout replaces the transport's", async () => {
    const transport = createTransport({ dispatcher: trusted, timeoutMs: 60_000 });
    const url = `https://127.0.0.1:${tlsPort}/slow`;
    const started = Date.now();
    await expect(transport.send({ url, timeoutMs: 200 })).rejects.toMatchObject({ message: `GET ${url} timed out after 0.2 s`, code: 'ETIMEDOUT' });
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('the run signal aborts a request in flight and refuses new ones, saying why', async () => {
    const controller = new AbortController();
    const transport = createTransport({ dispatcher: trusted, signal: controller.signal });
    const url = `https://127.0.0.1:${tlsPort}/slow`;
    const pending = transport.send({ url }).catch((e: unknown) => e);
    setTimeout(() => controller.abort('the run was cancelled (SIGTERM)'), 100);
    expect(await pending).toMatchObject({ name: 'ActionError', message: `GET ${url} was stopped: the run was cancelled (SIGTERM)`, code: 'ECANCELLED' });
    // A port where nothing listens: a connection attempt would fail with ECONNREFUSED, a refusal does not try.
    await expect(transport.send({ url: `https://127.0.0.1:${closedPort}/x` })).rejects.toMatchObject({ code: 'ECANCELLED' });
  });

  it("a deadline made with AbortSignal.timeout is the run's deadline, not the request's timeout", async () => {
    const transport = createTransport({ dispatcher: trusted, signal: AbortSignal.timeout(100) });
    const url = `https://127.0.0.1:${tlsPort}/slow`;
    await expect(transport.send({ url })).rejects.toMatchObject({ message: `GET ${url} was stopped: the deadline of the run passed`, code: 'ECANCELLED' });
  });

  it('keeps the code of a connection reset', async () => {
    const transport = createTransport({ dispatcher: trusted });
    const error = await transport.send({ url: `https://127.0.0.1:${tlsPort}/reset` }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ActionError);
    expect(['ECONNRESET', 'UND_ERR_SOCKET']).toContain((error as ActionError).code);
    expect((error as ActionError).message).toMatch(/^GET https:\/\/127\.0\.0\.1:\d+\/reset failed: the connection was closed before the answer arrived \((ECONNRESET|UND_ERR_SOCKET)\)$/);
  });

  it('keeps ECONNREFUSED and hints at HTTPS_PROXY', async () => {
    const transport = createTransport({ dispatcher: trusted });
    const url = `https://127.0.0.1:${closedPort}/x`;
    const error = (await transport.send({ url }).catch((e: unknown) => e)) as ActionError;
    expect(error.message).toBe(`GET ${url} failed: the connection was refused (ECONNREFUSED)`);
    expect(error.code).toBe('ECONNREFUSED');
    expect(error.hint).toContain('HTTPS_PROXY');
  });

  it('names NODE_EXTRA_CA_CERTS when the server certificate is not trusted', async () => {
    const untrusting = new Agent();
    const transport = createTransport({ dispatcher: untrusting });
    const url = `https://127.0.0.1:${tlsPort}/x`;
    const error = (await transport.send({ url }).catch((e: unknown) => e)) as ActionError;
    await untrusting.close();
    expect(error.message).toBe(`GET ${url} failed: the TLS certificate of 127.0.0.1:${tlsPort} is not trusted (UNABLE_TO_VERIFY_LEAF_SIGNATURE)`);
    expect(error.code).toBe('UNABLE_TO_VERIFY_LEAF_SIGNATURE');
    expect(error.hint).toContain('NODE_EXTRA_CA_CERTS');
  });
});

describe('transport: proxies in process', () => {
  const saved = { ...process.env };
  afterEach(() => {
    for (const name of ['HTTP_PROXY', 'http_proxy', 'HTTPS_PROXY', 'https_proxy', 'NO_PROXY', 'no_proxy']) {
      if (saved[name] === undefined) delete process.env[name];
      else process.env[name] = saved[name];
    }
  });

  it('the default dispatcher reads HTTP_PROXY when it is first used and tunnels through it', async () => {
    const transport = createTransport();
    delete process.env.http_proxy;
    process.env.HTTP_PROXY = `http://127.0.0.1:${proxyPort}`;
    const answer = await transport.send({ url: 'http://plain.contoso.test/through-proxy' });
    expect(json(answer.body)).toMatchObject({ host: 'plain.contoso.test', path: '/through-proxy' });
    expect(proxy.connects).toEqual(['plain.contoso.test:80']);
  });

  it('the default dispatcher skips the proxy for NO_PROXY hosts', async () => {
    process.env.HTTP_PROXY = `http://127.0.0.1:${proxyPort}`;
    process.env.NO_PROXY = '127.0.0.1';
    delete process.env.no_proxy;
    const answer = await createTransport().send({ url: `http://127.0.0.1:${plainPort}/direct` });
    expect(json(answer.body)).toMatchObject({ path: '/direct' });
    expect(proxy.connects).toEqual([]);
  });

  it('a dispatcher trusting the CA reaches an https host through HTTPS_PROXY', async () => {
    process.env.HTTPS_PROXY = `http://127.0.0.1:${proxyPort}`;
    const transport = createTransport({ dispatcher: trustingProxyAgent() });
    const answer = await transport.send({ url: 'https://api.contoso.test/through-proxy' });
    expect(json(answer.body)).toMatchObject({ host: 'api.contoso.test', path: '/through-proxy' });
    expect(proxy.connects).toEqual(['api.contoso.test:443']);
  });

  it('reports a proxy that refuses the tunnel, naming HTTPS_PROXY and NO_PROXY', async () => {
    proxy.refuse.on = true;
    process.env.HTTPS_PROXY = `http://user:pw@127.0.0.1:${proxyPort}`;
    const transport = createTransport({ dispatcher: trustingProxyAgent() });
    const error = (await transport.send({ url: 'https://api.contoso.test/x' }).catch((e: unknown) => e)) as ActionError;
    expect(error.message).toBe('GET https://api.contoso.test/x failed: the proxy refused to open a tunnel to api.contoso.test (HTTP 403)');
    expect(error.code).toBe('EPROXY');
    expect(error.hint).toContain(`Check HTTPS_PROXY (http://127.0.0.1:${proxyPort})`);
    expect(error.hint).toContain('NO_PROXY');
    expect(error.hint).not.toContain('pw');
  });
});

/**
 * NODE_EXTRA_CA_CERTS is read once when Node starts, so the real default (no dispatcher injected) is tested in a
 * child process with the variables set, as a runner would set them.
 */
describe('transport: environment of a fresh process', () => {
  const dir = mkdtempSync(join(tmpdir(), 'm365-transport-'));
  const caFile = join(dir, 'ca.pem');
  const script = join(dir, 'send.mts');
  writeFileSync(caFile, pki.caPem);
  const transportUrl = pathToFileURL(resolve('src/http/transport.ts')).href;
  writeFileSync(
    script,
    `import { createTransport } from ${JSON.stringify(transportUrl)};
const transport = createTransport();
const results = [];
for (const url of process.argv.slice(2)) {
  try {
    const r = await transport.send({ url });
    results.push({ status: r.status, body: JSON.parse(r.body.toString('utf8')) });
  } catch (e) {
    results.push({ code: e.code, message: e.message, hint: e.hint });
  }
}
process.stdout.write(JSON.stringify(results));
`,
  );
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  type Result = { status?: number; body?: Record<string, unknown>; code?: string; message?: string; hint?: string };
  function run(env: Record<string, string>, urls: string[]): Promise<Result[]> {
    const clean = Object.fromEntries(
      Object.entries(process.env).filter(([k]) => !/^(https?_proxy|no_proxy|node_extra_ca_certs)$/i.test(k)),
    );
    return new Promise((done, fail) => {
      const child = spawn(process.execPath, ['--import', 'tsx', script, ...urls], { env: { ...clean, ...env }, cwd: resolve('.') });
      let out = '';
      child.stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
      child.on('error', fail);
      child.on('close', (code) => (code === 0 ? done(JSON.parse(out) as Result[]) : fail(new Error(`child exited ${code}`))));
    });
  }

  it('honours HTTPS_PROXY, NO_PROXY and NODE_EXTRA_CA_CERTS (upper case)', async () => {
    const results = await run(
      { HTTPS_PROXY: `http://127.0.0.1:${proxyPort}`, NO_PROXY: 'localhost,127.0.0.1', NODE_EXTRA_CA_CERTS: caFile },
      ['https://api.contoso.test/via-proxy', `https://127.0.0.1:${tlsPort}/direct`],
    );
    expect(results[0]).toMatchObject({ status: 200, body: { host: 'api.contoso.test', path: '/via-proxy' } });
    expect(results[1]).toMatchObject({ status: 200, body: { path: '/direct' } });
    expect(proxy.connects).toEqual(['api.contoso.test:443']);
  });

  it('without a proxy uses Node\'s own fetch, which trusts NODE_EXTRA_CA_CERTS too', async () => {
    const results = await run({ NODE_EXTRA_CA_CERTS: caFile }, [`https://127.0.0.1:${tlsPort}/no-proxy`]);
    expect(results[0]).toMatchObject({ status: 200, body: { path: '/no-proxy' } });
    expect(proxy.connects).toEqual([]);
  });

  it('honours https_proxy and no_proxy (lower case)', async () => {
    const results = await run(
      { https_proxy: `http://127.0.0.1:${proxyPort}`, no_proxy: '.contoso.test', NODE_EXTRA_CA_CERTS: caFile },
      [`https://localhost:${tlsPort}/via-proxy`, 'https://api.contoso.test/direct'],
    );
    expect(results[0]).toMatchObject({ status: 200, body: { path: '/via-proxy' } });
    // api.contoso.test is excluded from the proxy and does not resolve: proof that it was not proxied.
    expect(results[1]).toMatchObject({ code: expect.stringMatching(/^(ENOTFOUND|EAI_AGAIN)$/) });
    expect(proxy.connects).toEqual([`localhost:${tlsPort}`]);
  });

  it('without NODE_EXTRA_CA_CERTS the private CA is not trusted, and the hint says how to fix it', async () => {
    const results = await run({ HTTPS_PROXY: `http://127.0.0.1:${proxyPort}` }, ['https://api.contoso.test/x']);
    expect(results[0]).toMatchObject({
      code: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
      message: 'GET https://api.contoso.test/x failed: the TLS certificate of api.contoso.test is not trusted (UNABLE_TO_VERIFY_LEAF_SIGNATURE)',
      hint: expect.stringContaining('NODE_EXTRA_CA_CERTS') as unknown as string,
    });
  });
});
