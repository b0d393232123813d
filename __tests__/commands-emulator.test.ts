/**
 * The catalogue over real sockets: each command through the project's ApiClient and transport, the emulator's proxy
 * and TLS, with app-only tokens the emulator issues for a client assertion signed with the demo certificate. (msal and
 * the whole action are covered by the end-to-end tests; this checks that the commands' URLs, quoting and bodies survive
 * real HTTP and that the emulated routes answer them.)
 */
import { createHash, randomUUID, X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jwt from 'jsonwebtoken';
import { EnvHttpProxyAgent } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_APP_ID, DEMO_TENANT_ID } from '../emulator/constants.js';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { CLOUDS, fixedResource, scopeOf, sharePointResource, type Resource } from '../src/clouds.js';
import { catalogue } from '../src/commands/registry.js';
import type { CommandContext, Options } from '../src/commands/types.js';
import { createApiClient } from '../src/http/client.js';
import { createTransport } from '../src/http/transport.js';
import { createRunMemo } from '../src/commands/run-memo.js';
import { createFileAccess } from '../src/files.js';

const ROOT = 'https://contoso.sharepoint.com';
const TOKEN_URL = `https://login.microsoftonline.com/${DEMO_TENANT_ID}/oauth2/v2.0/token`;
const RESOURCES: Resource[] = [fixedResource(CLOUDS.Public, 'graph'), sharePointResource(CLOUDS.Public, ROOT)!, fixedResource(CLOUDS.Public, 'management')];

let emulator: Emulator;
let dispatcher: EnvHttpProxyAgent;
const cwd = mkdtempSync(join(tmpdir(), 'commands-emulator-'));

/** A PS256 client assertion with x5t#S256, as msal-node builds it. */
function assertion(): string {
  const pem = readFileSync(emulator.demo.pemPath, 'utf8');
  const cert = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/.exec(pem)?.[0] ?? '';
  const key = /-----BEGIN PRIVATE KEY-----[\s\S]+?-----END PRIVATE KEY-----/.exec(pem)?.[0] ?? '';
  const thumbprint = createHash('sha256').update(new X509Certificate(cert).raw).digest('base64url');
  const now = Math.floor(Date.now() / 1000);
  const payload = { aud: TOKEN_URL, iss: DEMO_APP_ID, sub: DEMO_APP_ID, jti: randomUUID(), nbf: now, exp: now + 600 };
  return jwt.sign(payload, key, { algorithm: 'PS256', header: { alg: 'PS256', typ: 'JWT', 'x5t#S256': thumbprint } as jwt.JwtHeader });
}

function run(name: string, options: Options): Promise<unknown> {
  const transport = createTransport({ dispatcher });
  const tokens = {
    async getToken(resource: Resource): Promise<string> {
      const form = { client_id: DEMO_APP_ID, scope: scopeOf(resource), grant_type: 'client_credentials', client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer', client_assertion: assertion() };
      const response = await transport.send({ method: 'POST', url: TOKEN_URL, headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(form).toString() });
      return (JSON.parse(response.body.toString()) as { access_token: string }).access_token;
    },
  };
  const http = createApiClient({ transport, tokens, resources: () => RESOURCES, retry: { maxAttempts: 1 } });
  const context: CommandContext = {
    http,
    cloud: CLOUDS.Public,
    resource: RESOURCES[1],
    sharePointUrl: ROOT,
    cwd,
    files: createFileAccess({ cwd, roots: [cwd], forbidden: [] }),
    signal: new AbortController().signal,
    session: { appId: DEMO_APP_ID, tenant: DEMO_TENANT_ID, authType: 'certificate', cloud: 'Public' },
    once: createRunMemo(),
    log: { debug: () => undefined, info: () => undefined, warning: () => undefined },
  };
  return catalogue.find((c) => c.name === name)!.run(context, options);
}

beforeAll(async () => {
  emulator = await startEmulator();
  dispatcher = new EnvHttpProxyAgent({ httpsProxy: emulator.proxyUrl, httpProxy: emulator.proxyUrl, noProxy: '' });
});

afterAll(async () => {
  await dispatcher.close();
  await emulator.stop();
});

describe('the catalogue against the emulator', () => {
  it('adds, deploys, finds and installs an app', async () => {
    writeFileSync(join(cwd, "team's app.sppkg"), 'PK package');
    const added = (await run('spo app add', { filePath: "team's app.sppkg" })) as { UniqueId: string; Name: string };
    expect(added.Name).toBe("team's app.sppkg");
    await run('spo app deploy', { name: "team's app.sppkg" });
    await run('spo app install', { id: added.UniqueId, siteUrl: `${ROOT}/sites/ops` });
    expect(await run('spo app get', { id: added.UniqueId })).toMatchObject({ Deployed: true, Title: "team's app-client-side-solution" });
    await expect(run('spo app get', { name: 'nope.sppkg' })).rejects.toThrow('The file /sites/appcatalog/AppCatalog/nope.sppkg does not exist.');
  });

  it('lists groups over two pages and filters them', async () => {
    const groups = (await run('entra group list', {})) as unknown[];
    expect(groups).toHaveLength(emulator.state.groups.length);
    const finance = (await run('entra group list', { displayName: 'Finance', type: 'security' })) as { displayName: string }[];
    expect(finance.map((g) => g.displayName)).toEqual(['Finance Approvers']);
  });

  it('adds a list item with a quoted list title and reads lists and the app', async () => {
    emulator.state.sites.find((s) => s.Url.endsWith('/sites/ops'))!.rootWeb.lists.push({
      Id: randomUUID(), Title: "Bob's list & more", BaseTemplate: 100, Hidden: false, ItemCount: 0, RootFolderServerRelativeUrl: '/sites/ops/Lists/Bobs', items: [],
    });
    const item = await run('spo listitem add', { webUrl: `${ROOT}/sites/ops`, listTitle: "Bob's list & more", Title: 'a #1 & b' });
    expect(item).toMatchObject({ Id: 1, Title: 'a #1 & b' });
    const lists = (await run('spo list list', { webUrl: `${ROOT}/sites/ops`, filter: 'BaseTemplate eq 100' })) as { Title: string }[];
    expect(lists.map((l) => l.Title)).toEqual(['Releases', "Bob's list & more"]);
    expect(await run('entra app get', { appId: DEMO_APP_ID })).toMatchObject({ appId: DEMO_APP_ID });
  });

  it('calls the Management API through request', async () => {
    const url = `https://manage.office.com/api/v1.0/${DEMO_TENANT_ID}/activity/feed/subscriptions/list`;
    expect(await run('request', { url })).toEqual([
      { contentType: 'Audit.SharePoint', status: 'enabled', webhook: null },
      { contentType: 'Audit.General', status: 'enabled', webhook: null },
    ]);
  });
});
