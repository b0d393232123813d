import type { Settings } from '../settings-types.js';
import type { Host } from '../host/host.js';
import type { Transport } from '../http/types.js';
import type { AadstsContext } from './aadsts.js';
import { loadCertificate } from './certificate.js';
import { chooseFederatedSource, createAssertionProvider, type PlatformClaims } from './federated.js';
import { createTokenProvider, type Credential, type TokenProvider } from './token-provider.js';

export interface Session {
  readonly tokens: TokenProvider;
  /** The CLI for Microsoft 365's authType name: 'certificate' or 'federatedIdentity'. */
  readonly authType: 'certificate' | 'federatedIdentity';
}

/**
 * Prepares app-only sign-in: loads the certificate or sets up the federated assertion callback, and creates the one
 * msal-node client of the run. Asks Entra ID for nothing yet: tokens are requested per resource by the provider.
 */
export async function signIn(settings: Settings, host: Host, transport: Transport): Promise<Session> {
  const onSecret = (secret: string): void => host.setSecret(secret);
  const context: AadstsContext = {
    appId: settings.appId,
    tenant: settings.tenant,
    loginHost: settings.cloud.loginHost,
    method: settings.auth,
    cloud: settings.cloud,
    audience: { expected: settings.audience, source: settings.audienceSource },
  };
  const { cloud } = settings;
  if (cloud.name !== 'Public') {
    host.info(
      `Cloud ${cloud.name} (${cloud.label}, from ${settings.cloudSource}): Entra ID at ${cloud.loginHost}, Microsoft Graph at ` +
        `${new URL(cloud.graph).host}, SharePoint at <tenant>.${cloud.sharePointSuffix}.`,
    );
  }
  let credential: Credential;
  if (settings.auth === 'certificate' && settings.certificate) {
    const certificate = await loadCertificate(settings.certificate, { cwd: settings.cwd, onSecret });
    for (const warning of certificate.warnings) host.warning(warning);
    host.info(`Signing in to tenant ${settings.tenant} as app ${settings.appId} with certificate ${certificate.thumbprintSha1.toUpperCase()} (${certificate.subject}, valid until ${certificate.notAfter.toISOString()}).`);
    context.thumbprintSha1 = certificate.thumbprintSha1;
    context.thumbprintSha256 = certificate.thumbprintSha256;
    credential = { kind: 'certificate', certificate };
  } else {
    // A token file first (any platform), then the host's own sources in its order (Azure DevOps, then GitHub).
    const source = chooseFederatedSource(
      { tokenFile: settings.federatedTokenFile, serviceConnectionId: settings.serviceConnectionId, audience: settings.audience, cwd: settings.cwd },
      host,
    );
    host.info(`Signing in to tenant ${settings.tenant} as app ${settings.appId} with a federated credential from ${source.describe()}.`);
    const onClaims = (claims: PlatformClaims): void => {
      context.platformClaims = claims;
      context.platformKind = source.kind;
    };
    const audience = { expected: settings.audience, source: settings.audienceSource, cloud: settings.cloud };
    credential = { kind: 'assertion', getAssertion: createAssertionProvider(source, { transport, onSecret, log: host, onClaims, audience }) };
  }
  const tokens = createTokenProvider({
    appId: settings.appId,
    tenant: settings.tenant,
    cloud: settings.cloud,
    credential,
    transport,
    onSecret,
    log: host,
    explainContext: () => context,
  });
  return { tokens, authType: settings.auth === 'certificate' ? 'certificate' : 'federatedIdentity' };
}
