/**
 * `entra app add --manifest`: the app manifest the Entra admin center shows (the older, Azure AD Graph shaped one)
 * translated to a Microsoft Graph `application` update, as the CLI does. Pure functions over the parsed JSON.
 */

export type Manifest = Record<string, unknown>;

/** Manifest properties Graph has no equivalent for (the CLI drops them too). */
const UNSUPPORTED = ['accessTokenAcceptedVersion', 'disabledByMicrosoftStatus', 'errorUrl', 'oauth2RequirePostResponse', 'oauth2AllowUrlPathMatching', 'orgRestrictions', 'samlMetadataUrl'];
/** Properties of the app the manifest came from, which a new app cannot take. */
const IDENTITY = ['id', 'appId', 'publisherDomain'];

function record(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? { ...value } : {};
}

function records(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.map(record) : [];
}

function without(value: Record<string, unknown>, names: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([k]) => !names.includes(k)));
}

/** The manifest's display name (`name`), if any. */
export function manifestName(manifest: Manifest): string | undefined {
  return typeof manifest.name === 'string' && manifest.name.trim() !== '' ? manifest.name : undefined;
}

/** A client secret the manifest lists: created again (with the same lifetime), since its value cannot be copied. */
export interface ManifestSecret {
  readonly displayName: string;
  readonly endDateTime: string;
}

export function manifestSecrets(manifest: Manifest, now = new Date()): ManifestSecret[] {
  return records(manifest.passwordCredentials).map((c) => {
    const lifetime = Date.parse(String(c.endDate ?? c.endDateTime)) - Date.parse(String(c.startDate ?? c.startDateTime));
    const end = new Date(now.getTime() + (Number.isFinite(lifetime) && lifetime > 0 ? lifetime : 365 * 86_400_000));
    return { displayName: typeof c.displayName === 'string' ? c.displayName : 'Default', endDateTime: end.toISOString() };
  });
}

/** The pre-authorized applications of the manifest in Graph's shape (set in a second update, as Graph requires). */
export function manifestPreAuthorized(manifest: Manifest): Record<string, unknown>[] {
  return records(manifest.preAuthorizedApplications).map(({ permissionIds, ...rest }) => ({ ...rest, delegatedPermissionIds: permissionIds }));
}

/** What the options given beside the manifest override in it. */
export interface ManifestOverrides {
  readonly requiredResourceAccess?: unknown;
  readonly redirectUris?: { readonly uris: readonly string[]; readonly type: string };
  readonly multitenant?: boolean;
  readonly implicitFlow?: boolean;
  readonly scopeName?: boolean;
  readonly certificate?: boolean;
}

/** Applies the options that override the manifest (the CLI's rules), before translation. */
function overridden(manifest: Manifest, overrides: ManifestOverrides): Manifest {
  const result = without(manifest, [...IDENTITY, 'passwordCredentials']);
  if (overrides.requiredResourceAccess !== undefined) result.requiredResourceAccess = overrides.requiredResourceAccess;
  if (overrides.redirectUris) result.replyUrlsWithType = overrides.redirectUris.uris.map((url) => ({ url, type: overrides.redirectUris?.type }));
  if (overrides.multitenant) result.signInAudience = 'AzureADMultipleOrgs';
  if (overrides.implicitFlow) {
    delete result.oauth2AllowIdTokenImplicitFlow;
    delete result.oauth2AllowImplicitFlow;
  }
  if (overrides.scopeName) delete result.oauth2Permissions;
  if (overrides.certificate) delete result.keyCredentials;
  return result;
}

/** The Graph `application` update of a manifest (without its secrets and pre-authorized applications). */
export function graphUpdateOf(manifest: Manifest, overrides: ManifestOverrides): Record<string, unknown> {
  const m = overridden(manifest, overrides);
  const info = record(m.informationalUrls);
  const uris = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);
  const webRedirectUris = uris(record(m.web).redirectUris);
  const spaRedirectUris = uris(record(m.spa).redirectUris);
  for (const reply of records(m.replyUrlsWithType)) {
    if (reply.type === 'Web') webRedirectUris.push(String(reply.url));
    if (reply.type === 'Spa') spaRedirectUris.push(String(reply.url));
  }
  const web = {
    ...record(m.web),
    redirectUris: webRedirectUris,
    logoutUrl: m.logoutUrl,
    homePageUrl: m.signInUrl,
    implicitGrantSettings: { enableAccessTokenIssuance: m.oauth2AllowImplicitFlow, enableIdTokenIssuance: m.oauth2AllowIdTokenImplicitFlow },
  };
  const spa = { ...record(m.spa), redirectUris: spaRedirectUris };
  const scopes = m.oauth2Permissions === undefined ? undefined : records(m.oauth2Permissions).map((s) => without(s, ['lang', 'origin']));
  const update: Record<string, unknown> = {
    ...without(m, [
      ...UNSUPPORTED, 'acceptMappedClaims', 'allowPublicClient', 'informationalUrls', 'knownClientApplications', 'logoUrl', 'logoutUrl', 'name',
      'oauth2AllowImplicitFlow', 'oauth2AllowIdTokenImplicitFlow', 'oauth2Permissions', 'oauth2RequiredPostResponse', 'preAuthorizedApplications',
      'replyUrlsWithType', 'signInUrl', 'web', 'spa',
    ]),
    api: { ...record(m.api), acceptMappedClaims: m.acceptMappedClaims, knownClientApplications: m.knownClientApplications, oauth2PermissionScopes: scopes },
    info: { ...record(m.info), termsOfServiceUrl: info.termsOfService, supportUrl: info.support, privacyStatementUrl: info.privacy, marketingUrl: info.marketing, logoUrl: m.logoUrl },
    isFallbackPublicClient: m.allowPublicClient,
    displayName: m.name,
    web,
    spa,
  };
  if (Array.isArray(m.appRoles)) update.appRoles = records(m.appRoles).map((r) => without(r, ['lang']));
  return update;
}
