/**
 * The emulator in every cloud, over real sockets: undici through its proxy (CONNECT + TLS with its CA, trusted through
 * NODE_EXTRA_CA_CERTS from the global setup). A tenant started in a cloud has that cloud's hosts, issuer and federated
 * credentials; the other clouds' Entra ID answers as the real directories do. The expected hosts are written out here.
 */
import { createHash, randomUUID, X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import jwt from 'jsonwebtoken';
import { EnvHttpProxyAgent, fetch } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type EmulatedCloudName, type Emulator } from '../emulator/index.js';

interface Expected {
  login: string;
  graph: string;
  sharePoint: string;
  management: string;
  azure: string;
  domain: string;
  v1Issuer: string;
  v2Issuer: string;
  audience: string;
  subjectPrefix: string;
  environment: string;
}

const CLOUDS: Record<EmulatedCloudName, Expected> = {
  Public: { login: 'login.microsoftonline.com', graph: 'graph.microsoft.com', sharePoint: 'sharepoint.com', management: 'manage.office.com', azure: 'management.azure.com', domain: 'contoso.onmicrosoft.com', v1Issuer: 'sts.windows.net', v2Issuer: 'login.microsoftonline.com', audience: 'api://AzureADTokenExchange', subjectPrefix: '/eid1/c/pub', environment: 'AzureCloud' },
  USGov: { login: 'login.microsoftonline.com', graph: 'graph.microsoft.com', sharePoint: 'sharepoint.com', management: 'manage-gcc.office.com', azure: 'management.azure.com', domain: 'contoso.onmicrosoft.com', v1Issuer: 'sts.windows.net', v2Issuer: 'login.microsoftonline.com', audience: 'api://AzureADTokenExchange', subjectPrefix: '/eid1/c/pub', environment: 'AzureCloud' },
  USGovHigh: { login: 'login.microsoftonline.us', graph: 'graph.microsoft.us', sharePoint: 'sharepoint.us', management: 'manage.office365.us', azure: 'management.usgovcloudapi.net', domain: 'contoso.onmicrosoft.us', v1Issuer: 'sts.windows.net', v2Issuer: 'login.microsoftonline.us', audience: 'api://AzureADTokenExchangeUSGov', subjectPrefix: '/eid1/c/usg', environment: 'AzureUSGovernment' },
  USGovDoD: { login: 'login.microsoftonline.us', graph: 'dod-graph.microsoft.us', sharePoint: 'sharepoint-mil.us', management: 'manage.protection.apps.mil', azure: 'management.usgovcloudapi.net', domain: 'contoso.onmicrosoft.us', v1Issuer: 'sts.windows.net', v2Issuer: 'login.microsoftonline.us', audience: 'api://AzureADTokenExchangeUSGov', subjectPrefix: '/eid1/c/usg', environment: 'AzureUSGovernment' },
  China: { login: 'login.chinacloudapi.cn', graph: 'microsoftgraph.chinacloudapi.cn', sharePoint: 'sharepoint.cn', management: 'manage.office.cn', azure: 'management.chinacloudapi.cn', domain: 'contoso.partner.onmschina.cn', v1Issuer: 'sts.chinacloudapi.cn', v2Issuer: 'login.partner.microsoftonline.cn', audience: 'api://AzureADTokenExchangeChina', subjectPrefix: '/eid1/c/chn', environment: 'AzureChinaCloud' },
};

const emulators = new Map<EmulatedCloudName, { emulator: Emulator; dispatcher: EnvHttpProxyAgent }>();

beforeAll(async () => {
  for (const name of Object.keys(CLOUDS) as EmulatedCloudName[]) {
    const emulator = await startEmulator({ cloud: name });
    emulators.set(name, { emulator, dispatcher: new EnvHttpProxyAgent({ httpsProxy: emulator.proxyUrl, httpProxy: emulator.proxyUrl, noProxy: '' }) });
  }
});

afterAll(async () => {
  for (const { emulator, dispatcher } of emulators.values()) {
    await dispatcher.close();
    await emulator.stop();
  }
});

function of(name: EmulatedCloudName): { emulator: Emulator; dispatcher: EnvHttpProxyAgent } {
  const entry = emulators.get(name);
  if (!entry) throw new Error(`no emulator for ${name}`);
  return entry;
}

async function call(name: EmulatedCloudName, url: string, init: { method?: string; headers?: Record<string, string>; form?: Record<string, string> } = {}) {
  const response = await fetch(url, {
    dispatcher: of(name).dispatcher,
    method: init.method ?? (init.form ? 'POST' : 'GET'),
    headers: { ...(init.form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}), ...init.headers },
    body: init.form ? new URLSearchParams(init.form).toString() : undefined,
  });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : undefined) as Record<string, unknown> };
}

/** A client assertion as msal-node builds it (PS256, x5t#S256) for the token endpoint of `loginHost`. */
function certificateAssertion(emulator: Emulator, loginHost: string): string {
  const pem = readFileSync(emulator.demo.pemPath, 'utf8');
  const cert = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/.exec(pem)?.[0] ?? '';
  const key = /-----BEGIN PRIVATE KEY-----[\s\S]+?-----END PRIVATE KEY-----/.exec(pem)?.[0] ?? '';
  const thumbprint = createHash('sha256').update(new X509Certificate(cert).raw).digest('base64url');
  const now = Math.floor(Date.now() / 1000);
  const aud = `https://${loginHost}/${emulator.demo.tenantId}/oauth2/v2.0/token`;
  const payload = { aud, iss: emulator.demo.appId, sub: emulator.demo.appId, jti: randomUUID(), nbf: now, exp: now + 600 };
  return jwt.sign(payload, key, { algorithm: 'PS256', header: { alg: 'PS256', typ: 'JWT', 'x5t#S256': thumbprint } as jwt.JwtHeader });
}

function tokenRequest(name: EmulatedCloudName, loginHost: string, scope: string, assertion?: string) {
  const { emulator } = of(name);
  return call(name, `https://${loginHost}/${emulator.demo.tenantId}/oauth2/v2.0/token`, {
    form: {
      client_id: emulator.demo.appId,
      scope,
      grant_type: 'client_credentials',
      client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
      client_assertion: assertion ?? certificateAssertion(emulator, loginHost),
    },
  });
}

const claimsOf = (token: unknown): Record<string, unknown> => jwt.decode(String(token), { json: true }) ?? {};

describe.each(Object.keys(CLOUDS) as EmulatedCloudName[])('a tenant in %s', (name) => {
  const expected = CLOUDS[name];

  it("has the cloud's domain, SharePoint host and service connection environment", () => {
    const { emulator } = of(name);
    expect([emulator.demo.tenantDomain, emulator.demo.sharePointUrl, emulator.azureDevOps.environment]).toEqual([
      expected.domain,
      `https://contoso.${expected.sharePoint}`,
      expected.environment,
    ]);
  });

  it("serves Entra ID's discovery on the cloud's login host, with its issuer", async () => {
    const { emulator } = of(name);
    const { status, body } = await call(name, `https://${expected.login}/${emulator.demo.tenantDomain}/v2.0/.well-known/openid-configuration`);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      issuer: `https://${expected.v2Issuer}/${emulator.demo.tenantId}/v2.0`,
      token_endpoint: `https://${expected.login}/${emulator.demo.tenantId}/oauth2/v2.0/token`,
      msgraph_host: expected.graph,
    });
  });

  it('issues tokens with the cloud issuer for its own resources, taken by its hosts only', async () => {
    const { emulator } = of(name);
    const graph = await tokenRequest(name, expected.login, `https://${expected.graph}/.default`);
    expect(graph.status).toBe(200);
    expect(claimsOf(graph.body.access_token)).toMatchObject({ iss: `https://${expected.v1Issuer}/${emulator.demo.tenantId}/`, aud: `https://${expected.graph}` });
    const bearer = { authorization: `Bearer ${String(graph.body.access_token)}` };
    expect((await call(name, `https://${expected.graph}/v1.0/groups?$top=1`, { headers: bearer })).status).toBe(200);
    // The same token at another cloud's Graph: an invalid audience, as that Graph would say.
    const elsewhere = expected.graph === 'graph.microsoft.com' ? 'graph.microsoft.us' : 'graph.microsoft.com';
    const refused = await call(name, `https://${elsewhere}/v1.0/groups`, { headers: bearer });
    expect([refused.status, (refused.body.error as Record<string, unknown>).message]).toEqual([401, 'Access token validation failure. Invalid audience.']);

    const sharePoint = await tokenRequest(name, expected.login, `https://contoso.${expected.sharePoint}/.default`);
    const spBearer = { authorization: `Bearer ${String(sharePoint.body.access_token)}`, accept: 'application/json;odata=nometadata' };
    expect((await call(name, `https://contoso.${expected.sharePoint}/_api/web?$select=Title`, { headers: spBearer })).status).toBe(200);
    // The tenant admin site under the same suffix takes the same token.
    expect((await call(name, `https://contoso-admin.${expected.sharePoint}/_api/SPO.Tenant/GetBrandCenterConfiguration`, { headers: spBearer })).status).toBe(200);
    const management = await tokenRequest(name, expected.login, `https://${expected.management}/.default`);
    const list = await call(name, `https://${expected.management}/api/v1.0/${emulator.demo.tenantId}/activity/feed/subscriptions/list`, {
      headers: { authorization: `Bearer ${String(management.body.access_token)}` },
    });
    expect(list.status).toBe(200);
    expect((await tokenRequest(name, expected.login, `https://${expected.azure}/.default`)).status).toBe(200);
  });

  it("refuses another cloud's resource: the tenant's directory has no such service principal", async () => {
    const foreign = expected.sharePoint === 'sharepoint.cn' ? 'https://graph.microsoft.com/.default' : 'https://microsoftgraph.chinacloudapi.cn/.default';
    const { status, body } = await tokenRequest(name, expected.login, foreign);
    expect([status, body.error_codes]).toEqual([400, [500011]]);
  });

  it('has federated credentials for the cloud audience, and service connection tokens of its Entra ID', async () => {
    const { emulator } = of(name);
    expect(emulator.state.apps[0].federatedCredentials.every((c) => c.audiences.join() === expected.audience)).toBe(true);
    const oidc = await call(name, `${emulator.azureDevOps.oidcRequestUri}?api-version=7.1&serviceConnectionId=${emulator.azureDevOps.entraServiceConnectionId}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${emulator.azureDevOps.systemAccessToken}` },
    });
    const claims = claimsOf(oidc.body.oidcToken);
    expect(claims).toMatchObject({ iss: `https://${expected.v2Issuer}/${emulator.demo.tenantId}/v2.0`, aud: expected.audience });
    expect(String(claims.sub)).toMatch(new RegExp(`^${expected.subjectPrefix}/t/[\\w-]+/a/[\\w-]+/sc/${emulator.azureDevOps.orgId}/`));
    // GitHub mints whatever audience the job asks for.
    const github = await call(name, `${emulator.github.requestUrl}&audience=${encodeURIComponent(expected.audience)}`, {
      headers: { authorization: `Bearer ${emulator.github.requestToken}` },
    });
    expect(claimsOf(github.body.value).aud).toBe(expected.audience);
    expect(claimsOf(emulator.mintFederatedToken({ subject: 's' })).aud).toBe(expected.audience);
  });
});

describe('across clouds', () => {
  it('the worldwide Entra ID knows a US Government tenant but refuses its app (AADSTS900382), and the other way round', async () => {
    const high = of('USGovHigh').emulator;
    const discovery = await call('USGovHigh', `https://login.microsoftonline.com/${high.demo.tenantId}/v2.0/.well-known/openid-configuration`);
    expect(discovery.body).toMatchObject({ cloud_instance_name: 'microsoftonline.us', tenant_region_scope: 'USGov', tenant_region_sub_scope: 'DODCON', msgraph_host: 'graph.microsoft.us' });
    const token = await tokenRequest('USGovHigh', 'login.microsoftonline.com', 'https://graph.microsoft.com/.default');
    expect([token.status, token.body.error_codes, String(token.body.error_description).split('\r\n')[0]]).toEqual([
      400,
      [900382],
      'AADSTS900382: Confidential Client is not supported in Cross Cloud request.',
    ]);
    const gcc = await tokenRequest('USGov', 'login.microsoftonline.us', 'https://graph.microsoft.us/.default');
    expect(gcc.body.error_codes).toEqual([900382]);
  });

  it("China's Entra ID and the others do not know each other's tenants (AADSTS90002)", async () => {
    const china = of('China').emulator;
    expect((await call('China', `https://login.microsoftonline.com/${china.demo.tenantId}/v2.0/.well-known/openid-configuration`)).body.error_codes).toEqual([90002]);
    expect((await tokenRequest('Public', 'login.chinacloudapi.cn', 'https://microsoftgraph.chinacloudapi.cn/.default')).body.error_codes).toEqual([90002]);
  });

  it("a federated token with another cloud's audience finds no credential (AADSTS700212)", async () => {
    const { emulator } = of('USGovDoD');
    const assertion = emulator.mintFederatedToken({ subject: 'system:serviceaccount:ops:m365-action', audience: 'api://AzureADTokenExchange' });
    const { status, body } = await tokenRequest('USGovDoD', 'login.microsoftonline.us', 'https://dod-graph.microsoft.us/.default', assertion);
    expect([status, body.error_codes]).toEqual([401, [700212]]);
  });

  it('answers every cloud host with a certificate of its CA, and refuses any other host', async () => {
    const { emulator } = of('Public');
    for (const host of ['login.chinacloudapi.cn', 'dod-graph.microsoft.us', 'contoso-my.sharepoint-mil.us', 'manage.protection.apps.mil', 'management.usgovcloudapi.net']) {
      // Served over TLS (the request reaches the emulated service and is answered, not refused at CONNECT).
      expect((await call('Public', `https://${host}/`)).status, host).not.toBe(403);
    }
    await expect(call('Public', 'https://graph.microsoft.de/v1.0/groups')).rejects.toThrow();
    expect(emulator.requests.at(-1)).toMatchObject({ method: 'CONNECT', host: 'graph.microsoft.de', refused: true });
  });
});
