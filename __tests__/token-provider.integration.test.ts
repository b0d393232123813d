import { ProxyAgent } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { loadCertificate, type LoadedCertificate } from '../src/auth/certificate.js';
import { CLOUDS, fixedResource, sharePointResource, type Resource } from '../src/clouds.js';
import { createTokenProvider } from '../src/auth/token-provider.js';
import type { ActionError } from '../src/errors.js';
import { createTransport } from '../src/http/transport.js';

// The real msal-node and the real HTTP stack (undici through the emulator's HTTPS-intercepting proxy) against the
// emulated Entra ID, with the demo app's certificate.
const cloud = CLOUDS.Public;
const GRAPH = fixedResource(cloud, 'graph');
const SHAREPOINT = sharePointResource(cloud, 'https://contoso.sharepoint.com') as Resource;

let emulator: Emulator;
let certificate: LoadedCertificate;

beforeAll(async () => {
  // The data directory (CA, keys, demo certificate) was prepared once by __tests__/global-setup.ts.
  emulator = await startEmulator();
  certificate = await loadCertificate(
    { kind: 'inline', value: emulator.demo.pfxBase64, password: emulator.demo.password },
    { cwd: process.cwd(), onSecret: () => undefined },
  );
});

afterAll(async () => {
  await emulator?.stop();
});

function provider() {
  const transport = createTransport({
    dispatcher: new ProxyAgent({ uri: emulator.proxyUrl, requestTls: { ca: emulator.caCertPem } }),
  });
  const secrets: string[] = [];
  const tokens = createTokenProvider({
    appId: emulator.demo.appId,
    tenant: emulator.demo.tenantDomain,
    cloud,
    credential: { kind: 'certificate', certificate },
    transport,
    onSecret: (s) => secrets.push(s),
    log: { debug: () => undefined },
  });
  return { tokens, secrets };
}

function claimsOf(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1] as string, 'base64url').toString('utf8'));
}

describe('token provider against the emulated Entra ID', () => {
  it('gets app-only tokens for Graph and SharePoint with the demo certificate, one request each', async () => {
    emulator.clearRequests();
    const { tokens, secrets } = provider();
    await tokens.prefetch([GRAPH, SHAREPOINT]);
    const graph = await tokens.getToken(GRAPH);
    expect(claimsOf(graph)).toMatchObject({ aud: 'https://graph.microsoft.com', appid: emulator.demo.appId, idtyp: 'app' });
    expect(claimsOf(await tokens.getToken(SHAREPOINT)).aud).toBe('https://contoso.sharepoint.com');
    expect(certificate.thumbprintSha256).toBe(emulator.demo.thumbprintSha256);
    expect(secrets).toContain(graph);
    expect(tokens.tokenRequests).toBe(2);
    const login = emulator.requests.filter((r) => r.host === 'login.microsoftonline.com');
    expect(login.map((r) => `${r.method} ${r.path} ${r.status} ${r.scope}`).sort()).toEqual([
      `POST /${emulator.demo.tenantDomain}/oauth2/v2.0/token 200 https://contoso.sharepoint.com/.default`,
      `POST /${emulator.demo.tenantDomain}/oauth2/v2.0/token 200 https://graph.microsoft.com/.default`,
    ]);
  });

  it('explains AADSTS700027 when the certificate is not registered on the app', async () => {
    const registered = emulator.state.apps.find((a) => a.appId === emulator.demo.appId)?.certificates ?? [];
    const saved = [...registered];
    emulator.unregisterCertificates(emulator.demo.appId);
    try {
      const error = await provider().tokens.getToken(GRAPH).then(
        () => expect.fail('expected a rejection'),
        (e: unknown) => e as ActionError,
      );
      expect(error.code).toBe('AADSTS700027');
      expect(error.message).toBe(
        `The certificate in use (SHA-1 thumbprint ${certificate.thumbprintSha1}) is not registered on app ${emulator.demo.appId} (AADSTS700027)`,
      );
    } finally {
      for (const c of saved) emulator.registerCertificate(emulator.demo.appId, c.certificatePem);
    }
  });
});
