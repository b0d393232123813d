/**
 * JWT signing keys of the emulated issuers and the access tokens the emulated Entra ID issues and the emulated services
 * verify. Access tokens look like Entra ID v1 app-only tokens (`iss` https://sts.windows.net/<tid>/ or the China
 * directory's, `appid`, `roles`, `idtyp: app`), because that is what Microsoft Graph and SharePoint receive for the
 * client credentials flow.
 */
import { createHash, createPublicKey, randomUUID, type JsonWebKey, type KeyObject } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { EMULATED_CLOUDS, hostClassOf, type EmulatedCloud } from './clouds.js';
import type { AccessTokenClaims, ApiName } from './types.js';

/** A private key with the public JWK an issuer publishes for it. */
export interface SigningKey {
  kid: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
  jwk: JsonWebKey;
}

/** Wraps a private key; `kid` defaults to the base64url SHA-1 of the public key (Entra's kids look like that). */
export function toSigningKey(privateKey: KeyObject, kid?: string): SigningKey {
  const publicKey = createPublicKey(privateKey);
  const spki = publicKey.export({ type: 'spki', format: 'der' });
  const id = kid ?? createHash('sha1').update(spki).digest('base64url');
  const jwk: JsonWebKey = { ...publicKey.export({ format: 'jwk' }), kid: id, use: 'sig', alg: 'RS256' };
  return { kid: id, privateKey, publicKey, jwk };
}

/** Signs a JWT (RS256) with `key`, its kid in the header. */
export function signJwt(key: SigningKey, payload: Record<string, unknown>): string {
  return jwt.sign(payload, key.privateKey, { algorithm: 'RS256', keyid: key.kid, header: { alg: 'RS256', typ: 'JWT' } });
}

export const nowSeconds = (): number => Math.floor(Date.now() / 1000);

/**
 * The API whose roles a token for this audience carries: Entra ID puts into an app-only token the app roles the app
 * was granted on the audience's own service principal, and none of another API's. Any cloud's hosts count.
 */
export function apiOfAudience(audience: string): ApiName | undefined {
  const host = audience.toLowerCase().replace(/^https:\/\//, '').replace(/\/.*$/, '');
  const hostClass = hostClassOf(host);
  return hostClass === 'login' ? undefined : hostClass;
}

export { audienceForHost } from './clouds.js';

/** Why a bearer token was refused. */
export type TokenProblem = 'malformed' | 'signature' | 'expired' | 'not-yet-valid' | 'audience';

export type TokenCheck =
  | { ok: true; claims: AccessTokenClaims }
  | { ok: false; problem: TokenProblem; audience?: string };

/** What the token endpoint decides; the rest of the claims come from the tenant. */
export interface AccessTokenRequest {
  aud: string;
  appid: string;
  roles: string[];
  /** The app registration's display name: Entra ID's v1 app-only tokens carry it as `app_displayname`. */
  appDisplayName?: string;
  /** '2' for a certificate or a federated assertion (the only credentials this emulator accepts). */
  appidacr?: string;
}

/** Issues and verifies the tenant's access tokens, with the issuer of the tenant's Entra ID directory. */
export class TokenService {
  constructor(
    readonly key: SigningKey,
    readonly tenantId: string,
    public lifetimeSeconds = 3600,
    readonly cloud: EmulatedCloud = EMULATED_CLOUDS.Public,
  ) {}

  /** `https://sts.windows.net/<tid>/` (worldwide and US Government), `https://sts.chinacloudapi.cn/<tid>/` (China). */
  get issuer(): string {
    return `https://${this.cloud.instance.v1IssuerHost}/${this.tenantId}/`;
  }

  issueAccessToken(request: AccessTokenRequest): { token: string; expiresIn: number } {
    const iat = nowSeconds();
    // A negative lifetime gives an already expired token (tests of refresh and of the 401 path).
    const exp = iat + this.lifetimeSeconds;
    const servicePrincipalId = derivedGuid(`sp:${request.appid}`);
    const payload = {
      aud: request.aud,
      iss: this.issuer,
      iat: Math.min(iat, exp - 1),
      nbf: Math.min(iat, exp - 1) - 300,
      exp,
      tid: this.tenantId,
      appid: request.appid,
      ...(request.appDisplayName ? { app_displayname: request.appDisplayName } : {}),
      appidacr: request.appidacr ?? '2',
      idp: this.issuer,
      idtyp: 'app',
      oid: servicePrincipalId,
      sub: servicePrincipalId,
      roles: request.roles,
      ver: '1.0',
      uti: randomUUID().replace(/-/g, '').slice(0, 22),
    };
    return { token: signJwt(this.key, payload), expiresIn: this.lifetimeSeconds };
  }

  /** Verifies signature, lifetime and audience (any of `expectedAudiences`, compared case-insensitively). */
  verifyAccessToken(token: string, expectedAudiences: string | readonly string[]): TokenCheck {
    const decoded = jwt.decode(token, { json: true });
    if (!decoded) return { ok: false, problem: 'malformed' };
    const audience = typeof decoded.aud === 'string' ? decoded.aud : undefined;
    try {
      jwt.verify(token, this.key.publicKey, { algorithms: ['RS256'], ignoreExpiration: true, ignoreNotBefore: true });
    } catch {
      return { ok: false, problem: 'signature', audience };
    }
    const claims = decoded as unknown as AccessTokenClaims;
    const now = nowSeconds();
    if (typeof claims.exp !== 'number' || claims.exp <= now) return { ok: false, problem: 'expired', audience };
    if (typeof claims.nbf === 'number' && claims.nbf > now + 300) return { ok: false, problem: 'not-yet-valid', audience };
    const expected = (typeof expectedAudiences === 'string' ? [expectedAudiences] : expectedAudiences).map((a) =>
      a.toLowerCase(),
    );
    if (!audience || !expected.includes(audience.toLowerCase().replace(/\/$/, ''))) {
      return { ok: false, problem: 'audience', audience };
    }
    return { ok: true, claims };
  }
}

/** A stable GUID-shaped id derived from a seed (for object ids that must not change between runs). */
export function derivedGuid(seed: string): string {
  const hex = createHash('sha256').update(seed).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
