import { AuthError, InteractionRequiredAuthError, ServerError } from '@azure/msal-node';
import { describe, expect, it } from 'vitest';
import { explainAuthError, type AadstsContext } from '../src/auth/aadsts.js';
import { ActionError, formatError } from '../src/errors.js';

const APP = '3f2b8c1d-6e4a-4b9f-8c7d-2a1e5f9b0c34';
const TENANT = 'contoso.onmicrosoft.com';
const certificateContext: AadstsContext = {
  appId: APP,
  tenant: TENANT,
  loginHost: 'login.microsoftonline.com',
  method: 'certificate',
  thumbprintSha1: '5d36ba1a76df5075d34eeb8fb86675445afaa40e',
  thumbprintSha256: 'C8BD3BCB7DF1F812AB3B7122CDE3564171A974E10FAFCE3807F8737D26BCFEFA',
};
const federatedContext: AadstsContext = {
  appId: APP,
  tenant: TENANT,
  loginHost: 'login.microsoftonline.com',
  method: 'federated',
  platformClaims: {
    iss: 'https://token.actions.githubusercontent.com',
    sub: 'repo:contoso/app:environment:Production',
    aud: 'api://AzureADTokenExchange',
    job_workflow_ref: 'contoso/app/.github/workflows/deploy.yml@refs/heads/main',
  },
};

/** An msal ServerError exactly as msal-node 7 builds it from a token endpoint error body. */
function serverError(code: number, description: string, error = 'invalid_client'): ServerError {
  const full = `${description}\r\nTrace ID: 11111111-2222\r\nCorrelation ID: 3333-4444\r\nTimestamp: 2030-06-01 10:00:00Z`;
  return new ServerError(
    error,
    '3333-4444',
    `Error(s): ${code} - Timestamp: 2030-06-01 10:00:00Z - Description: ${full} - Correlation ID: 3333-4444 - Trace ID: 11111111-2222`,
    undefined,
    String(code),
    400,
  );
}

const REGISTER =
  `Add a federated credential on app ${APP} (Certificates & secrets > Federated credentials) with exactly: issuer ` +
  "'https://token.actions.githubusercontent.com', subject identifier 'repo:contoso/app:environment:Production' " +
  "(workflow contoso/app/.github/workflows/deploy.yml@refs/heads/main), audience 'api://AzureADTokenExchange'.";

describe('explainAuthError: AADSTS codes become actions', () => {
  it.each<[string, unknown, AadstsContext, string, string]>([
    [
      '700016 app not found',
      serverError(700016, `AADSTS700016: Application with identifier '${APP}' was not found in the directory 'Contoso'.`, 'unauthorized_client'),
      certificateContext,
      `Entra ID found no app ${APP} in tenant '${TENANT}' (AADSTS700016)`,
      'A single-tenant app exists only in the tenant it was registered in',
    ],
    [
      '700027 certificate not registered: upper-case SHA-1',
      serverError(700027, 'AADSTS700027: Client assertion contains an invalid signature. [Reason - The key was not found.]'),
      certificateContext,
      `The certificate in use (SHA-1 thumbprint 5D36BA1A76DF5075D34EEB8FB86675445AFAA40E) is not registered on app ${APP} (AADSTS700027)`,
      'Upload the public part of this certificate (.cer/.crt, never the PFX) to the app registration under Certificates & secrets > Certificates',
    ],
    [
      '70021 no federated match',
      serverError(70021, 'AADSTS70021: No matching federated identity record found for presented assertion.', 'invalid_request'),
      federatedContext,
      `No federated credential of app ${APP} matches the platform token (AADSTS70021)`,
      REGISTER,
    ],
    [
      '700211 issuer',
      serverError(700211, 'AADSTS700211: No matching federated identity record found for presented assertion issuer.', 'invalid_request'),
      federatedContext,
      `No federated credential of app ${APP} accepts the platform token's issuer 'https://token.actions.githubusercontent.com' (AADSTS700211)`,
      REGISTER,
    ],
    [
      '700212 audience',
      serverError(700212, 'AADSTS700212: No matching federated identity record found for presented assertion audience.', 'invalid_request'),
      federatedContext,
      `No federated credential of app ${APP} accepts the platform token's audience 'api://AzureADTokenExchange' (AADSTS700212)`,
      REGISTER,
    ],
    [
      '700213 subject',
      serverError(700213, "AADSTS700213: No matching federated identity record found for presented assertion subject 'repo:contoso/app:environment:Production'.", 'invalid_request'),
      federatedContext,
      `No federated credential of app ${APP} accepts the platform token's subject 'repo:contoso/app:environment:Production' (AADSTS700213)`,
      REGISTER,
    ],
    [
      '7002138 case-only match of the subject',
      serverError(7002138, "AADSTS7002138: No matching federated identity record found for presented assertion subject 'repo:contoso/app:environment:Production'. Please note that the matching is done using a case-sensitive comparison.", 'invalid_request'),
      federatedContext,
      `A federated credential of app ${APP} matches the platform token's subject 'repo:contoso/app:environment:Production' only when upper/lower case is ignored (AADSTS7002138)`,
      "Change the credential's subject to exactly 'repo:contoso/app:environment:Production'.",
    ],
    [
      '7002138 case-only match of the audience',
      serverError(7002138, 'AADSTS7002138: The federated identity credential audience matched only case-insensitively.', 'invalid_request'),
      federatedContext,
      `A federated credential of app ${APP} matches the platform token's audience 'api://AzureADTokenExchange' only when upper/lower case is ignored (AADSTS7002138)`,
      "Change the credential's audience to exactly 'api://AzureADTokenExchange'.",
    ],
    [
      "7002138 in Entra ID's own words names the subject, not the 'Audience' of its closing advice",
      serverError(
        7002138,
        "AADSTS7002138: No matching federated identity record found for presented assertion subject 'repo:contoso/app:environment:Production'. The subject matches with case-insensitive comparison, but not with case-sensitive comparison. Check your federated identity credential Subject, Audience and Issuer against the presented assertion. See documentation at: https://learn.microsoft.com/entra/workload-id/workload-identity-federation.",
        'invalid_request',
      ),
      federatedContext,
      `A federated credential of app ${APP} matches the platform token's subject 'repo:contoso/app:environment:Production' only when upper/lower case is ignored (AADSTS7002138)`,
      "Change the credential's subject to exactly 'repo:contoso/app:environment:Production'.",
    ],
    [
      '700212 audience asked of GitHub: the input `audience` is named',
      serverError(700212, "AADSTS700212: No matching federated identity record found for presented assertion audience 'api://Other'. Check your federated identity credential Subject, Audience and Issuer against the presented assertion.", 'invalid_client'),
      { ...federatedContext, platformClaims: { ...federatedContext.platformClaims, aud: 'api://Other' } },
      `No federated credential of app ${APP} accepts the platform token's audience 'api://Other' (AADSTS700212)`,
      'The action asks GitHub for the audience of its input `audience`: remove the input (default api://AzureADTokenExchange) or set it to an audience of the credential.',
    ],
    [
      '700212 audience of a token file: whatever writes the token chose it',
      serverError(700212, "AADSTS700212: No matching federated identity record found for presented assertion audience 'gitlab.com'.", 'invalid_client'),
      { ...federatedContext, platformClaims: { iss: 'https://gitlab.com', sub: 'project_path:contoso/app:ref_type:branch:ref:main', aud: 'gitlab.com' } },
      `No federated credential of app ${APP} accepts the platform token's audience 'gitlab.com' (AADSTS700212)`,
      "Configure whatever writes the platform token to ask for the credential's audience (GitLab: `id_tokens: <name>: aud:`",
    ],
    [
      '700024 federated: token too old',
      serverError(700024, 'AADSTS700024: Client assertion is not within its valid time range.', 'invalid_client'),
      federatedContext,
      'The client assertion is outside its valid time range (expired or not yet valid) (AADSTS700024)',
      'The platform token expired before the exchange',
    ],
    [
      '700024 certificate: clock',
      serverError(700024, 'AADSTS700024: Client assertion is not within its valid time range.'),
      certificateContext,
      'The client assertion is outside its valid time range (expired or not yet valid) (AADSTS700024)',
      "The runner's clock is wrong: check its time synchronisation (NTP).",
    ],
    [
      '50166 issuer unreachable',
      serverError(50166, "AADSTS50166: Request to External OIDC endpoint failed.", 'invalid_request'),
      federatedContext,
      "Entra ID could not fetch the signing keys of the platform token's issuer (AADSTS50166)",
      "The issuer 'https://token.actions.githubusercontent.com' must serve /.well-known/openid-configuration",
    ],
    [
      '90002 tenant not found',
      serverError(90002, "AADSTS90002: Tenant 'contoso.onmicrosoft.com' not found.", 'invalid_request'),
      certificateContext,
      `Tenant '${TENANT}' does not exist at login.microsoftonline.com (AADSTS90002)`,
      'and the input `cloud`',
    ],
    [
      '7000222 expired credential',
      serverError(7000222, 'AADSTS7000222: The provided client secret keys for app are expired.'),
      certificateContext,
      `The credential of app ${APP} has expired (AADSTS7000222)`,
      'Create a new credential',
    ],
    [
      '50049 bad authority',
      serverError(50049, 'AADSTS50049: Unknown or invalid instance.', 'invalid_instance'),
      certificateContext,
      `The authority https://login.microsoftonline.com/${TENANT} is not valid (AADSTS50049)`,
      'not a URL',
    ],
    [
      '500011 resource not in tenant',
      serverError(500011, 'AADSTS500011: The resource principal named https://fabrikam.sharepoint.com was not found in the tenant named Contoso.', 'invalid_resource'),
      certificateContext,
      `Tenant '${TENANT}' has no service principal for the resource https://fabrikam.sharepoint.com (AADSTS500011)`,
      'no app-only token can be issued for it',
    ],
    [
      '7000215 client secret',
      serverError(7000215, 'AADSTS7000215: Invalid client secret provided.'),
      certificateContext,
      `Entra ID rejected a client secret for app ${APP} (AADSTS7000215)`,
      'never a client secret',
    ],
    [
      '65001 consent',
      new InteractionRequiredAuthError('invalid_grant', '', "AADSTS65001: The user or administrator has not consented to use the application.", 'consent_required', '', '', '', '65001'),
      certificateContext,
      `App ${APP} has no admin consent for its application permissions in tenant '${TENANT}' (AADSTS65001)`,
      `https://login.microsoftonline.com/${TENANT}/adminconsent?client_id=${APP}`,
    ],
    [
      'another consent code, recognised by its description',
      { error: 'invalid_grant', error_description: 'AADSTS650057: Invalid resource. The client has requested access to a resource which is not listed in the requested permissions in the client\'s application registration. Consent required.', error_codes: [650057] },
      certificateContext,
      `App ${APP} has no admin consent for its application permissions in tenant '${TENANT}' (AADSTS650057)`,
      'Grant admin consent',
    ],
  ])('%s', (_name, error, context, message, hint) => {
    const explained = explainAuthError(error, context);
    expect(explained).toBeInstanceOf(ActionError);
    expect(explained.message).toBe(message);
    expect(explained.hint).toContain(hint);
    expect(explained.code).toMatch(/^AADSTS\d+$/);
    expect(explained.hint).not.toMatch(/Trace ID|Correlation ID|Timestamp/);
  });

  it('adds the first line of Entra ID\'s description to the hint', () => {
    const explained = explainAuthError(serverError(90002, "AADSTS90002: Tenant 'x' not found."), certificateContext);
    expect(explained.hint?.split('\n').at(-1)).toBe("Entra ID said: AADSTS90002: Tenant 'x' not found.");
  });

  it('without platform claims, says where the claims are logged', () => {
    const explained = explainAuthError(serverError(70021, 'AADSTS70021: No matching federated identity record found.'), {
      ...federatedContext,
      platformClaims: undefined,
    });
    expect(explained.message).toBe(`No federated credential of app ${APP} matches the platform token (AADSTS70021)`);
    expect(explained.hint).toContain("the action logs them before the exchange as 'iss', 'sub' and 'aud'");
  });
});

describe('explainAuthError: other errors', () => {
  it('an unknown code keeps the first line of the description and the code', () => {
    const explained = explainAuthError(serverError(53003, 'AADSTS53003: Access has been blocked by Conditional Access policies.'), certificateContext);
    expect(explained.message).toBe(
      `Sign-in to tenant '${TENANT}' as app ${APP} failed (AADSTS53003): AADSTS53003: Access has been blocked by Conditional Access policies.`,
    );
    expect(explained.hint).toBe('Look the code up at https://login.microsoftonline.com/error?code=53003.');
    expect(explained.code).toBe('AADSTS53003');
  });

  it('reads a raw OAuth error body and a plain string', () => {
    expect(
      explainAuthError({ error: 'invalid_request', error_description: 'AADSTS90002: Tenant not found.\r\nTrace ID: x' }, certificateContext).message,
    ).toBe(`Tenant '${TENANT}' does not exist at login.microsoftonline.com (AADSTS90002)`);
    expect(explainAuthError('AADSTS700016: Application not found', certificateContext).code).toBe('AADSTS700016');
  });

  it.each<[string, string, string]>([
    ['connection refused', 'Network request to https://login.microsoftonline.com failed: fetch failed: connect ECONNREFUSED 10.0.0.1:3128', 'HTTPS_PROXY'],
    ['TLS interception', 'Network request to https://login.microsoftonline.com failed: fetch failed: self-signed certificate in certificate chain (SELF_SIGNED_CERT_IN_CHAIN)', 'NODE_EXTRA_CA_CERTS'],
    ['proxy authentication', 'Network request to https://login.microsoftonline.com failed: Proxy response (407) !== 200 when HTTP Tunneling', 'http://user:password@proxy:port'],
  ])('a network error (%s) names what to set', (_name, errorMessage, hint) => {
    const explained = explainAuthError(new AuthError('network_error', '', errorMessage), certificateContext);
    expect(explained.message).toBe(`Could not reach Entra ID at https://login.microsoftonline.com: ${errorMessage.replace(/^Network request to \S+ failed: /, '')}`);
    expect(explained.hint).toContain(hint);
  });

  it('an msal error without an AADSTS code keeps msal\'s code and message', () => {
    const explained = explainAuthError(new AuthError('invalid_authority', '', 'Authority URL is malformed.'), certificateContext);
    expect(explained.message).toBe(`Sign-in to tenant '${TENANT}' as app ${APP} failed: invalid_authority: Authority URL is malformed.`);
  });

  it('anything thrown becomes an ActionError', () => {
    expect(explainAuthError(undefined, certificateContext).message).toBe(`Sign-in to tenant '${TENANT}' as app ${APP} failed: unknown error`);
  });

  it('never includes a token or assertion from the description', () => {
    const jwt = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJyZXBvIn0.c2lnbmF0dXJl';
    const explained = explainAuthError(serverError(99999, `AADSTS99999: Bad assertion ${jwt} given.`), federatedContext);
    expect(formatError(explained)).not.toContain(jwt);
    expect(explained.message).toBe(`Sign-in to tenant '${TENANT}' as app ${APP} failed (AADSTS99999): AADSTS99999: Bad assertion [token removed] given.`);
  });
});
