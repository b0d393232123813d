import { command, opt, rules, segment, splitList, type OptionValues } from '../kit/index.js';
import type { CommandContext } from '../types.js';
import { CONSENT_PERMISSIONS, ensurePrincipal, grantAdminConsent, resolvePermissions, type Consent, type RequiredResourceAccess } from './api-permissions.js';
import { graphUpdateOf, manifestName, manifestPreAuthorized, manifestSecrets, type Manifest } from './app-manifest.js';
import { GRAPH_JSON, assertSecretOutput, graphUrl, saveAppInfo } from './shared.js';

const PLATFORMS = ['spa', 'web', 'publicClient', 'apple', 'android'] as const;
type Platform = (typeof PLATFORMS)[number];
const WRITE = ['Application.ReadWrite.OwnedBy', 'Application.ReadWrite.All'];

const options = {
  name: opt.string('Name of the app. Specify either name or manifest.', { short: 'n' }),
  multitenant: opt.boolean('Make the app available to other tenants.'),
  redirectUris: opt.string('Comma-separated redirect URIs (needs --platform).', { short: 'r' }),
  platform: opt.enum(PLATFORMS, 'Platform of the redirect URIs.', { short: 'p' }),
  implicitFlow: opt.boolean('The authorization endpoint returns ID and access tokens.'),
  withSecret: opt.boolean('Create a client secret named Default, valid for a year: it goes to the masked output <id>-secret only.', { short: 's' }),
  apisDelegated: opt.string('Comma-separated delegated permissions, e.g. https://graph.microsoft.com/User.Read.'),
  apisApplication: opt.string('Comma-separated application permissions, e.g. https://graph.microsoft.com/Group.Read.All.'),
  uri: opt.string('Application ID URI (_appId_ is replaced with the new appId).', { short: 'u' }),
  scopeName: opt.string('Name of the scope to add (needs --uri).'),
  scopeConsentBy: opt.enum(['admins', 'adminsAndUsers'], 'Who can consent to the scope. Default admins.'),
  scopeAdminConsentDisplayName: opt.string('Scope admin consent display name.'),
  scopeAdminConsentDescription: opt.string('Scope admin consent description.'),
  certificateFile: opt.file('Path to a file with the certificate (public key).'),
  certificateBase64Encoded: opt.string('Base64 of the certificate (public key).'),
  certificateDisplayName: opt.string('Display name of the certificate.'),
  grantAdminConsent: opt.boolean('Grant admin consent for the permissions (creates the enterprise application).'),
  manifest: opt.json('App manifest (as the Entra admin center shows it) to create the app from. Specify either name or manifest.'),
  bundleId: opt.string('Bundle id of the apple or android platform.'),
  signatureHash: opt.string('Signature hash of the android platform.'),
  save: opt.boolean('Record the app (appId and name) in .m365rc.json in the working directory.'),
  allowPublicClientFlows: opt.boolean('Enable public client flows.'),
};
type AddOptions = OptionValues<typeof options>;
/** Gives a new secret to its masked output and returns how the result names it. */
type HandSecret = (displayName: string, value: string) => { displayName: string; output: string };

/** The CLI's checks across options, in its words. */
function validate(o: AddOptions): string | undefined {
  const manifest = o.manifest === undefined ? undefined : asManifest(o.manifest);
  if (o.manifest !== undefined && manifest === undefined) return 'The manifest must be a JSON object.';
  if (manifest && o.name === undefined && manifestName(manifest) === undefined) return "Specify the name of the app to create either through the 'name' option or the 'name' property in the manifest";
  if (o.redirectUris !== undefined && o.platform === undefined) return 'When you specify redirectUris you also need to specify platform';
  if (o.platform !== undefined && ['spa', 'web', 'publicClient'].includes(o.platform) && o.redirectUris === undefined) return "When you use platform spa, web or publicClient, you'll need to specify redirectUris";
  if (o.certificateDisplayName !== undefined && o.certificateFile === undefined && o.certificateBase64Encoded === undefined) return 'When you specify certificateDisplayName you also need to specify certificateFile or certificateBase64Encoded';
  if (o.scopeName !== undefined) {
    for (const needed of ['uri', 'scopeAdminConsentDescription', 'scopeAdminConsentDisplayName'] as const) if (o[needed] === undefined) return `When you specify scopeName you also need to specify ${needed}`;
  }
  if (o.platform === 'apple' && o.bundleId === undefined) return "When you use platform apple, you'll need to specify bundleId";
  if (o.platform === 'android' && (o.bundleId === undefined || o.signatureHash === undefined)) return "When you use platform android, you'll need to specify bundleId and signatureHash";
  return undefined;
}

function asManifest(value: unknown): Manifest | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? { ...value } : undefined;
}

/**
 * `entra app add`: creates an app registration (redirect URIs, permissions and admin consent, certificate, Application
 * ID URI and scope, from options or a manifest). The result is `{ appId, objectId, tenantId }`; with `--withSecret`
 * the secret goes only to the masked output `<id>-secret` and `secrets` names that output instead of the value.
 */
export const entraAppAdd = command({
  name: 'entra app add',
  aliases: ['entra appregistration add'],
  description: 'Creates new Entra app registration',
  resource: 'graph',
  readOnly: false,
  permissions: { graph: WRITE },
  permissionsWhen: ({ grantAdminConsent }) => ({ graph: grantAdminConsent ? WRITE.map((w) => [w, ...CONSENT_PERMISSIONS]) : WRITE }),
  options,
  rules: [rules.exactlyOne('name', 'manifest'), rules.atMostOne('certificateFile', 'certificateBase64Encoded')],
  allowUnknownOptions: true,
  validate,
  async run(context, o, extra) {
    const manifest = o.manifest === undefined ? undefined : asManifest(o.manifest);
    // Before anything is created: a secret no one could read must not exist.
    const secretOutput = o.withSecret || (manifest && manifestSecrets(manifest).length > 0) ? assertSecretOutput(context, 'client secret', 'secret') : undefined;
    const secrets: { displayName: string; output: string }[] = [];
    const hand: HandSecret = (displayName, value) => {
      const give = secretOutput ?? assertSecretOutput(context, 'client secret', 'secret');
      const output = give(secrets.length === 0 ? 'secret' : `secret-${secrets.length + 1}`, value);
      secrets.push({ displayName, output });
      return { displayName, output };
    };
    const consent: Consent[] = [];
    const apis = await requestedApis(context, o, manifest, consent);
    const app = await createApp(context, o, apis, extra, manifest);
    if (manifest) await applyManifest(context, app.id, manifest, o, apis, hand);
    if (o.grantAdminConsent && consent.length > 0) await grantAdminConsent(context, await ensurePrincipal(context, app.appId), consent);
    if (o.uri !== undefined) await configureUri(context, app, o);
    if (o.withSecret && secrets.length === 0) await addSecret(context, app.id, 'Default', hand);
    if (o.save) await saveAppInfo(context, { appId: app.appId, name: o.name ?? (manifest && manifestName(manifest)) ?? '' });
    const result: Record<string, unknown> = { appId: app.appId, objectId: app.id, tenantId: context.session.tenant };
    if (secrets.length > 0) result.secrets = secrets;
    return result;
  },
});

/** The permissions the app asks for: from the options (resolved by name), else as the manifest lists them. */
async function requestedApis(context: CommandContext, o: AddOptions, manifest: Manifest | undefined, consent: Consent[]): Promise<RequiredResourceAccess[]> {
  const required: RequiredResourceAccess[] = [];
  if (o.apisDelegated !== undefined || o.apisApplication !== undefined) {
    await resolvePermissions(context, splitList(o.apisDelegated), 'Scope', required, consent);
    await resolvePermissions(context, splitList(o.apisApplication), 'Role', required, consent);
  } else if (manifest && Array.isArray(manifest.requiredResourceAccess)) {
    required.push(...manifest.requiredResourceAccess.filter(isRequiredAccess));
  }
  return required;
}

function isRequiredAccess(value: unknown): value is RequiredResourceAccess {
  return value !== null && typeof value === 'object' && 'resourceAppId' in value && typeof value.resourceAppId === 'string' && 'resourceAccess' in value && Array.isArray(value.resourceAccess);
}

/** The redirect URIs of the mobile platforms, which the CLI derives from the bundle id. */
function mobileRedirects(o: AddOptions): string[] {
  if (o.platform === 'android') return [`msauth://${o.bundleId ?? ''}/${encodeURIComponent(o.signatureHash ?? '')}`];
  if (o.platform === 'apple') return [`msauth://code/msauth.${o.bundleId ?? ''}%3A%2F%2Fauth`, `msauth.${o.bundleId ?? ''}://auth`];
  return [];
}

async function createApp(context: CommandContext, o: AddOptions, apis: RequiredResourceAccess[], extra: Readonly<Record<string, string>>, manifest?: Manifest): Promise<{ id: string; appId: string }> {
  const body: Record<string, unknown> = { ...extra, displayName: o.name ?? (manifest && manifestName(manifest)), signInAudience: o.multitenant ? 'AzureADMultipleOrgs' : 'AzureADMyOrg' };
  if (apis.length > 0) body.requiredResourceAccess = apis;
  if (o.redirectUris !== undefined && o.platform !== undefined) body[o.platform] = { redirectUris: splitList(o.redirectUris) };
  if (o.platform === 'android' || o.platform === 'apple') body.publicClient = { redirectUris: mobileRedirects(o) };
  if (o.implicitFlow) body.web = { ...(body.web ?? {}), implicitGrantSettings: { enableAccessTokenIssuance: true, enableIdTokenIssuance: true } };
  const certificate = await certificateOf(context, o);
  if (certificate !== undefined) body.keyCredentials = [{ type: 'AsymmetricX509Cert', usage: 'Verify', displayName: o.certificateDisplayName, key: certificate }];
  if (o.allowPublicClientFlows) body.isFallbackPublicClient = true;
  const created = await context.http.request<{ id: string; appId: string }>({ method: 'POST', url: graphUrl(context, 'applications'), headers: { ...GRAPH_JSON }, body });
  return created.body;
}

/** Base64 of the certificate file, or the base64 given. */
async function certificateOf(context: CommandContext, o: AddOptions): Promise<string | undefined> {
  if (o.certificateBase64Encoded !== undefined) return o.certificateBase64Encoded;
  if (o.certificateFile === undefined) return undefined;
  return (await context.files.readFile(o.certificateFile, 1_000_000)).toString('base64');
}

const PLATFORM_TYPES: Record<Platform, string> = { spa: 'Spa', web: 'Web', publicClient: 'InstalledClient', apple: 'Apple', android: 'Android' };

/** Updates the new app from the manifest; recreates the manifest's client secrets, each handed to its output. */
async function applyManifest(context: CommandContext, id: string, manifest: Manifest, o: AddOptions, apis: RequiredResourceAccess[], hand: HandSecret): Promise<void> {
  const url = graphUrl(context, `applications/${segment(id)}`);
  const update = graphUpdateOf(manifest, {
    requiredResourceAccess: o.apisApplication !== undefined || o.apisDelegated !== undefined ? apis : undefined,
    redirectUris: o.redirectUris !== undefined && o.platform !== undefined ? { uris: splitList(o.redirectUris), type: PLATFORM_TYPES[o.platform] } : undefined,
    multitenant: o.multitenant,
    implicitFlow: o.implicitFlow,
    scopeName: o.scopeName !== undefined,
    certificate: o.certificateFile !== undefined || o.certificateBase64Encoded !== undefined,
  });
  await context.http.request({ method: 'PATCH', url, headers: { ...GRAPH_JSON }, body: update });
  const preAuthorized = manifestPreAuthorized(manifest);
  if (preAuthorized.length > 0) await context.http.request({ method: 'PATCH', url, headers: { ...GRAPH_JSON }, body: { api: { preAuthorizedApplications: preAuthorized } } });
  for (const secret of manifestSecrets(manifest)) await addSecret(context, id, secret.displayName, hand, secret.endDateTime);
}

/** The Application ID URI (`_appId_` replaced) and the optional scope, in one update. */
async function configureUri(context: CommandContext, app: { id: string; appId: string }, o: AddOptions): Promise<void> {
  const body: Record<string, unknown> = { identifierUris: [(o.uri ?? '').replace(/_appId_/g, app.appId)] };
  if (o.scopeName !== undefined) {
    const scope = {
      adminConsentDescription: o.scopeAdminConsentDescription,
      adminConsentDisplayName: o.scopeAdminConsentDisplayName,
      id: crypto.randomUUID(),
      type: o.scopeConsentBy === 'adminsAndUsers' ? 'User' : 'Admin',
      value: o.scopeName,
    };
    body.api = { oauth2PermissionScopes: [scope] };
  }
  await context.http.request({ method: 'PATCH', url: graphUrl(context, `applications/${segment(app.id)}`), headers: { ...GRAPH_JSON }, body });
}

/**
 * A new client secret (default: valid for a year). Graph returns its text only in this response: it goes straight to
 * its masked output and nowhere else.
 */
async function addSecret(context: CommandContext, id: string, displayName: string, hand: HandSecret, endDateTime?: string): Promise<void> {
  const end = endDateTime ?? new Date(Date.now() + 365 * 86_400_000).toISOString();
  const url = graphUrl(context, `applications/${segment(id)}/addPassword`);
  const response = await context.http.request<{ secretText: string }>({ method: 'POST', url, headers: { ...GRAPH_JSON }, body: { passwordCredential: { displayName, endDateTime: end } } });
  hand(displayName, response.body.secretText);
}
