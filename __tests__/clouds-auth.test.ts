/**
 * Sign-in across clouds, in unit: the platform token's audience checked against the cloud before the exchange, and Entra
 * ID's errors for a wrong audience, a wrong issuer or a tenant of another cloud turned into messages that name the cloud
 * in use and the one the credential or tenant belongs to.
 */
import { generateKeyPairSync } from 'node:crypto';
import { ServerError } from '@azure/msal-node';
import jwt from 'jsonwebtoken';
import { describe, expect, it } from 'vitest';
import { explainAuthError, type AadstsContext } from '../src/auth/aadsts.js';
import { checkAudience, createAssertionProvider, type AudienceExpectation, type FederatedSource } from '../src/auth/federated.js';
import { CLOUDS } from '../src/clouds.js';
import { ActionError } from '../src/errors.js';
import type { Transport } from '../src/http/types.js';

const APP = '3f2b8c1d-6e4a-4b9f-8c7d-2a1e5f9b0c34';
const TENANT_ID = '7b0d5f3e-2a41-4c8e-9f6d-1e3a5b7c9d20';
const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const transport: Transport = { send: () => Promise.reject(new Error('no request expected')) };

function source(kind: string, token = ''): FederatedSource {
  return { kind, describe: () => `test ${kind} source`, getToken: () => Promise.resolve(token) };
}

const inUsGovHigh: AudienceExpectation = { expected: 'api://AzureADTokenExchangeUSGov', source: 'cloud', cloud: CLOUDS.USGovHigh };

describe('checkAudience: the platform token against the cloud, before the exchange', () => {
  it("accepts the cloud's audience, alone or among others", () => {
    expect(() => checkAudience({ aud: 'api://AzureADTokenExchangeUSGov' }, source('file'), inUsGovHigh)).not.toThrow();
    expect(() => checkAudience({ aud: ['x', 'api://AzureADTokenExchangeUSGov'] }, source('file'), inUsGovHigh)).not.toThrow();
  });

  it("leaves an audience of no cloud to Entra ID when the cloud chose (a credential may list its own)", () => {
    expect(() => checkAudience({ aud: 'https://gitlab.com' }, source('file'), inUsGovHigh)).not.toThrow();
  });

  it("refuses another cloud's audience in a token file, naming both clouds' audiences", () => {
    expect(() => checkAudience({ aud: 'api://AzureADTokenExchange' }, source('file'), inUsGovHigh)).toThrow(
      expect.objectContaining({
        message:
          "The platform token from test file source has the audience 'api://AzureADTokenExchange' (the token exchange audience of " +
          "Public and USGov), but cloud USGovHigh expects 'api://AzureADTokenExchangeUSGov'.",
        hint:
          "Have whatever writes the token ask for the audience 'api://AzureADTokenExchangeUSGov' (GitLab: `id_tokens: <name>: aud:`; " +
          "Kubernetes: the projected service account token's audience). The app's federated credential must list " +
          "'api://AzureADTokenExchangeUSGov' too. If the tenant is not in USGovHigh (GCC High), set the input `cloud`.",
        code: 'AUDIENCE_MISMATCH',
      }),
    );
  });

  it("refuses a service connection of another environment, saying which one the cloud needs", () => {
    const china: AudienceExpectation = { expected: 'api://AzureADTokenExchangeChina', source: 'cloud', cloud: CLOUDS.China };
    expect(() => checkAudience({ aud: 'api://AzureADTokenExchangeUSGov' }, source('azure-devops'), china)).toThrow(
      expect.objectContaining({
        message:
          "The platform token from test azure-devops source has the audience 'api://AzureADTokenExchangeUSGov' (the token exchange " +
          "audience of USGovHigh and USGovDoD), but cloud China expects 'api://AzureADTokenExchangeChina'.",
        hint:
          "A service connection's token carries the audience of its Azure environment: use a service connection of AzureChinaCloud " +
          'for cloud China. If the tenant is not in China (operated by 21Vianet), set the input `cloud`.',
      }),
    );
  });

  it('holds a token to the audience the input names', () => {
    const named: AudienceExpectation = { expected: 'api://Custom', source: 'input', cloud: CLOUDS.Public };
    expect(() => checkAudience({ aud: 'api://Custom' }, source('file'), named)).not.toThrow();
    expect(() => checkAudience({ aud: 'https://gitlab.com' }, source('file'), named)).toThrow(
      "The platform token from test file source has the audience 'https://gitlab.com', but the input `audience` asks for 'api://Custom'.",
    );
    expect(() => checkAudience({}, source('file'), named)).toThrow("has the audience none, but the input `audience` asks for 'api://Custom'.");
  });

  it('runs in the assertion callback after the claims are logged, so the log shows what came', async () => {
    const token = jwt.sign({ iss: 'https://oidc.contoso.test', sub: 's', aud: 'api://AzureADTokenExchange', exp: Math.floor(Date.now() / 1000) + 300 }, privateKey, { algorithm: 'RS256' });
    const logged: string[] = [];
    const assertion = createAssertionProvider(source('file', token), {
      transport,
      onSecret: () => undefined,
      log: { info: (m) => logged.push(m), debug: () => undefined },
      audience: inUsGovHigh,
    });
    await expect(assertion()).rejects.toThrow("but cloud USGovHigh expects 'api://AzureADTokenExchangeUSGov'.");
    expect(logged.join('\n')).toContain('  audience: "api://AzureADTokenExchange"');
  });
});

/** An msal ServerError as msal-node builds it from a token endpoint error body. */
function serverError(code: number, description: string, error = 'invalid_client'): ServerError {
  return new ServerError(error, 'c', `Error(s): ${code} - Timestamp: t - Description: ${description} - Correlation ID: c - Trace ID: t`, undefined, String(code), 400);
}

function federated(cloud: keyof typeof CLOUDS, claims: AadstsContext['platformClaims'], extra: Partial<AadstsContext> = {}): AadstsContext {
  return {
    appId: APP,
    tenant: TENANT_ID,
    loginHost: CLOUDS[cloud].loginHost,
    method: 'federated',
    cloud: CLOUDS[cloud],
    audience: { expected: CLOUDS[cloud].tokenExchangeAudience, source: 'cloud' },
    platformClaims: claims,
    ...extra,
  };
}

describe('explainAuthError across clouds', () => {
  const github = { iss: 'https://token.actions.githubusercontent.com', sub: 'repo:contoso/app:ref:refs/heads/main' };

  it('AADSTS700212 with the public audience in GCC High names the audience the cloud expects', () => {
    const error = explainAuthError(
      serverError(700212, "AADSTS700212: No matching federated identity record found for presented assertion audience 'api://AzureADTokenExchange'."),
      federated('USGovHigh', { ...github, aud: 'api://AzureADTokenExchange' }, { audience: { expected: 'api://AzureADTokenExchange', source: 'input' } }),
    );
    expect(error.message).toBe(
      `No federated credential of app ${APP} accepts the platform token's audience 'api://AzureADTokenExchange' (that of Public ` +
        "and USGov); cloud USGovHigh (GCC High) expects 'api://AzureADTokenExchangeUSGov' (AADSTS700212)",
    );
    expect(error.hint).toContain(
      'The action asks GitHub for the audience of its input `audience`: remove the input (default api://AzureADTokenExchangeUSGov)',
    );
  });

  it("AADSTS700212 with the cloud's own audience says to list it on the credential", () => {
    const error = explainAuthError(
      serverError(700212, 'AADSTS700212: No matching federated identity record found for presented assertion audience.'),
      federated('China', { ...github, aud: 'api://AzureADTokenExchangeChina' }),
    );
    expect(error.message).toBe(`No federated credential of app ${APP} accepts the platform token's audience 'api://AzureADTokenExchangeChina' (AADSTS700212)`);
    expect(error.hint).toContain('The action asked GitHub for the audience of cloud China, api://AzureADTokenExchangeChina: list it on the federated credential');
  });

  it("AADSTS700211 for a service connection token of another cloud's Entra ID names both issuers", () => {
    const issuer = `https://login.microsoftonline.com/${TENANT_ID}/v2.0`;
    const error = explainAuthError(
      serverError(700211, `AADSTS700211: No matching federated identity record found for presented assertion issuer '${issuer}'.`),
      federated('USGovDoD', { iss: issuer, sub: '/eid1/c/pub/t/x/a/y/sc/o/c', aud: 'api://AzureADTokenExchange' }, { platformKind: 'azure-devops' }),
    );
    expect(error.message).toBe(
      `No federated credential of app ${APP} accepts the platform token's issuer '${issuer}' (the Entra ID of Public and USGov); ` +
        `in cloud USGovDoD Entra ID issues such tokens as 'https://login.microsoftonline.us/${TENANT_ID}/v2.0' (AADSTS700211)`,
    );
    expect(error.hint).toMatch(/^An Azure DevOps service connection's token comes from the Entra ID of its Azure environment: use a service connection of AzureUSGovernment for cloud USGovDoD/);
  });

  it('AADSTS900382 (a worldwide sign-in for a US Government tenant) names both clouds', () => {
    const error = explainAuthError(serverError(900382, 'AADSTS900382: Confidential Client is not supported in Cross Cloud request.', 'invalid_request'), {
      appId: APP,
      tenant: 'contoso.onmicrosoft.us',
      loginHost: 'login.microsoftonline.com',
      method: 'certificate',
      cloud: CLOUDS.Public,
    });
    expect(error.message).toBe(
      "Tenant 'contoso.onmicrosoft.us' belongs to another cloud than Public (login.microsoftonline.com): Entra ID refuses an app's sign-in across clouds (AADSTS900382)",
    );
    expect(error.hint).toMatch(/^The tenant is in USGovHigh or USGovDoD, whose Entra ID is at login\.microsoftonline\.us: set the input `cloud` to USGovHigh or USGovDoD\./);
  });

  it('AADSTS900382 the other way round points at Public or USGov', () => {
    const error = explainAuthError(serverError(900382, 'AADSTS900382: Confidential Client is not supported in Cross Cloud request.'), {
      appId: APP,
      tenant: TENANT_ID,
      loginHost: 'login.microsoftonline.us',
      method: 'certificate',
      cloud: CLOUDS.USGovDoD,
    });
    expect(error.message).toContain('belongs to another cloud than USGovDoD (login.microsoftonline.us)');
    expect(error.hint).toContain('The tenant is in Public or USGov, whose Entra ID is at login.microsoftonline.com');
  });

  it("AADSTS90002 in China names each cloud's login host and what the tenant's domain says", () => {
    const error = explainAuthError(serverError(90002, "AADSTS90002: Tenant 'contoso.onmicrosoft.com' not found.", 'invalid_tenant'), {
      appId: APP,
      tenant: 'contoso.onmicrosoft.com',
      loginHost: 'login.chinacloudapi.cn',
      method: 'certificate',
      cloud: CLOUDS.China,
    });
    expect(error.message).toBe("Tenant 'contoso.onmicrosoft.com' does not exist at login.chinacloudapi.cn (AADSTS90002)");
    expect(error.hint).toBe(
      'Check the input `tenant` (the Directory (tenant) ID GUID or a verified domain such as contoso.onmicrosoft.com) and the input ' +
        '`cloud`: a tenant exists in the Entra ID of one cloud only (Public and USGov sign in at login.microsoftonline.com, ' +
        'USGovHigh and USGovDoD at login.microsoftonline.us, China at login.chinacloudapi.cn). ' +
        "'contoso.onmicrosoft.com' is the initial domain of a tenant of Public or USGov." +
        "\nEntra ID said: AADSTS90002: Tenant 'contoso.onmicrosoft.com' not found.",
    );
  });

  it('passes our own refusal from inside the assertion callback through as it is', () => {
    const own = new ActionError('The platform token from x has the audience …', { hint: 'the fix' });
    expect(explainAuthError(own, federated('China', {}))).toBe(own);
    expect(explainAuthError(new Error('wrapped', { cause: own }), federated('China', {}))).toBe(own);
  });
});
