/**
 * What the emulator's core and every route share: requests, responses and routes, the Entra ID app registrations, the
 * tenant state as a whole (composed of the types each noun keeps beside its routes), the request log and faults.
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { EmulatedCloudName } from './clouds.js';
import type { Group } from './routes/graph/groups.js';
import type { GraphState } from './routes/graph/state.js';
import type { CatalogApp } from './routes/sharepoint/app.js';
import type { ServicesState } from './seed-services.js';
import type { SharePointSite } from './routes/sharepoint/site.js';
import type { TenantAdminState } from './routes/sharepoint/tenant-admin.js';

/** Claims of an access token the emulator issued (verified by the emulator when a request carries it). */
export interface AccessTokenClaims {
  aud: string;
  iss: string;
  tid: string;
  appid: string;
  azp?: string;
  roles: string[];
  idtyp: 'app';
  appidacr: string;
  exp: number;
  iat: number;
  nbf: number;
}

/** A request as route handlers see it. */
export interface EmulatorRequest {
  method: string;
  /** Lower-case host name the client asked for (from CONNECT / SNI / Host), without port. */
  host: string;
  /** Path without query, URL-decoded once. */
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: Buffer;
  /**
   * The verified bearer token's claims, or undefined when the request had none. A request whose token is invalid
   * (bad signature, expired, wrong audience for this host) never reaches a handler: the emulator answers 401 itself.
   */
  token?: AccessTokenClaims;
}

export interface EmulatorResponse {
  status: number;
  headers?: Record<string, string>;
  /** An object is sent as JSON; a string or Buffer as is. */
  body?: unknown;
}

export type RouteHandler = (
  request: EmulatorRequest,
  params: Record<string, string>,
  tenant: TenantState,
) => EmulatorResponse | Promise<EmulatorResponse>;

/**
 * A route of an emulated service. `host` is matched against the request host: 'graph' = graph.microsoft.com or a
 * national cloud's Graph host, 'sharepoint' = any <tenant>[-admin|-my].<SharePoint suffix of a cloud>, 'login' = an
 * Entra ID login host, 'management' = an Office 365 Management API host, 'azure' = an Azure Resource Manager host
 * (see clouds.ts), or a literal host name.
 */
export interface Route {
  readonly method: string;
  readonly host: 'graph' | 'sharepoint' | 'login' | 'management' | 'azure' | (string & {});
  /** Matched against the path (case-insensitive); named groups become `params`. */
  readonly path: RegExp;
  /**
   * When true (default for every host but 'login' and literal hosts), a bearer token is required whose audience is the
   * resource of this host; the emulator answers 401 like the real service otherwise.
   */
  readonly requiresToken?: boolean;
  /** App role (any of) the token must carry; 403 otherwise. */
  readonly roles?: readonly string[];
  readonly handler: RouteHandler;
}

export interface RegisteredCertificate {
  /** Base64url SHA-256 thumbprint of the DER certificate (what `x5t#S256` carries). */
  thumbprintSha256: string;
  /** Base64url SHA-1 thumbprint (what `x5t` carries). */
  thumbprintSha1: string;
  /** PEM of the certificate (public part only). */
  certificatePem: string;
}

export interface FederatedCredential {
  name: string;
  issuer: string;
  subject: string;
  audiences: string[];
}

/** The APIs an app is granted application permissions of; each token carries only the roles of its own API. */
export type ApiName = 'graph' | 'sharepoint' | 'management' | 'azure';

/** What a Sites.Selected grant on one site allows (`spo site apppermission add --permission`). */
export type SitePermission = 'read' | 'write' | 'manage' | 'fullcontrol';

export interface EntraApp {
  appId: string;
  /** Object ID of the application. */
  id: string;
  displayName: string;
  /**
   * Application permissions granted with admin consent (app roles), per API, e.g. `{ sharepoint:
   * ['Sites.FullControl.All'] }`: a Graph token carries the Graph roles only, a SharePoint token SharePoint's, as
   * Entra ID issues them.
   */
  roles: Partial<Record<ApiName, string[]>>;
  /** Sites.Selected grants: site collection URL (lower case, no trailing slash) → what the app may do there. */
  siteGrants?: Record<string, SitePermission>;
  certificates: RegisteredCertificate[];
  federatedCredentials: FederatedCredential[];
}

/** The whole emulated tenant. Handlers read and change it; the seed fills it. */
export interface TenantState {
  tenantId: string;
  /** The cloud the tenant lives in (its Entra ID directory and service hosts). Default Public. */
  cloud?: EmulatedCloudName;
  /** Verified domain, e.g. `contoso.onmicrosoft.com`. */
  domain: string;
  /** SharePoint root host, e.g. `contoso.sharepoint.com`. */
  sharePointHost: string;
  apps: EntraApp[];
  groups: Group[];
  sites: SharePointSite[];
  /** URL of the tenant app catalog site. */
  tenantAppCatalogUrl: string;
  tenantAppCatalog: CatalogApp[];
  /** What the tenant admin site holds: deleted sites, home sites. */
  admin: TenantAdminState;
  /** Users, service principals, teams and the rest of the directory; seeded on first use (routes/graph/state.ts). */
  graph?: GraphState;
  /** Service health, usage reports, Planner, connectors, mail, OneDrives, the audit feed; seeded on first use (seed-services.ts). */
  services?: ServicesState;
}

/** One recorded request (never the token itself), recorded when it arrives. */
export interface RecordedRequest {
  /** When it arrived. */
  time: number;
  method: string;
  host: string;
  path: string;
  query: string;
  /** The status answered; 0 while unanswered (a stall) and for a reset. */
  status: number;
  /** Audience of the bearer token the request carried, if any. */
  tokenAudience?: string;
  /** For token requests: the scope asked. */
  scope?: string;
  /** For token requests: the client id. */
  clientId?: string;
  /** True when the request was refused because the host is not emulated. */
  refused?: boolean;
}

/** A fault to inject on matching requests. */
export interface Fault {
  method?: string;
  host?: string;
  path: RegExp;
  /**
   * Answer this status instead of calling the route (429, 503, 500…), in the host's error shape: Entra ID's OAuth error
   * body on the login host, Graph's or SharePoint's elsewhere.
   */
  status?: number;
  /** On the login host: answer Entra ID's error for this AADSTS code (e.g. 90033, transient), status 400 unless given. */
  aadsts?: number;
  /** Retry-After header value in seconds. */
  retryAfter?: number;
  /** Destroy the socket instead of answering. */
  reset?: boolean;
  /** Wait this long before handling (a stall before the answer; longer than the client's timeout: a hung service). */
  delayMs?: number;
  /** Send the status line and headers of the real answer, then wait this long before its body (a stall mid-answer). */
  bodyDelayMs?: number;
  /** Answer a redirect to this absolute or relative URL instead of calling the route (default status 302). */
  redirect?: string;
  /** How many matching requests to affect (default: all). */
  times?: number;
}
