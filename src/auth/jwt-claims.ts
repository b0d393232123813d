import { ActionError } from '../errors.js';

/**
 * The claims of a platform OIDC token that matter for a federated credential. Entra matches a federated credential on
 * issuer + subject + audience, exactly and case-sensitively, so these are what a user needs to see when it fails.
 */
export interface PlatformClaims {
  iss?: string;
  sub?: string;
  aud?: string | string[];
  /** Seconds since the epoch. */
  exp?: number;
  /** GitHub only: the reusable workflow that ran the job. */
  job_workflow_ref?: string;
  [k: string]: unknown;
}

const BASE64URL = /^[A-Za-z0-9_-]+$/;

/**
 * Decodes the claims of a JWT without verifying it: the token is only passed on to Entra ID, which verifies it against
 * the issuer's keys. We read it solely to explain a mismatch. Never puts any part of the token in an error.
 *
 * @param origin where the token came from, for the error message (e.g. "token file /var/run/token").
 */
export function decodeClaims(token: string, origin?: string): PlatformClaims {
  const parts = token.split('.');
  // A signed JWT (JWS compact form) has exactly three parts; an encrypted one (JWE, five parts) is not a platform token.
  if (parts.length !== 3 || !parts.slice(0, 2).every((part) => BASE64URL.test(part))) {
    throw notAJwt(token, origin);
  }
  const header = parseJsonObject(parts[0]);
  const claims = parseJsonObject(parts[1]);
  if (!header || !claims) throw notAJwt(token, origin);
  return claims as PlatformClaims;
}

function parseJsonObject(part: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

function notAJwt(token: string, origin: string | undefined): ActionError {
  const where = origin ? ` from ${origin}` : '';
  // Say what the value looks like without echoing any of it: a JSON response given instead of the token inside it is
  // the usual mistake with hand-made token files.
  const looksLikeJson = token.trimStart().startsWith('{');
  return new ActionError(
    `The federated token${where} is not a JWT (expected three base64url parts separated by dots).`,
    {
      hint: looksLikeJson
        ? 'It looks like JSON: give the OIDC token itself (the value of its token field), not the whole response.'
        : 'Give the OIDC token (ID token) issued by the platform, as is, with no quotes or extra text.',
    },
  );
}

/** A claim value for the log: JSON-quoted so that a line break or control character in it cannot start a new line. */
export function formatClaim(value: unknown): string {
  if (value === undefined) return '(absent)';
  return JSON.stringify(value);
}

/** The expiry of a token for the log, e.g. `2025-01-01T10:05:00.000Z (in 299 s)` or `… (expired 12 s ago)`. */
export function formatExpiry(exp: unknown, nowMs: number): string {
  if (typeof exp !== 'number' || !Number.isFinite(exp)) return '(absent)';
  const seconds = Math.round(exp - nowMs / 1000);
  const when = new Date(exp * 1000).toISOString();
  return seconds >= 0 ? `${when} (in ${seconds} s)` : `${when} (expired ${-seconds} s ago)`;
}
