/**
 * The OIDC issuers Entra ID trusts for workload identity federation in the emulated tenant, each with its own key:
 * GitHub Actions (`token.actions.githubusercontent.com`, tokens handed out by the runner's ID token endpoint), Azure
 * DevOps service connections (classic `vstoken.dev.azure.com/<org id>` issuer, or the Entra ID of the tenant's cloud),
 * and a generic issuer for Kubernetes-style token files. The token endpoint (entra.ts) asks `keyFor` to verify
 * assertions.
 *
 * The tenant's cloud decides what Entra ID expects: its token exchange audience (api://AzureADTokenExchange,
 * …USGov, …China) on every federated credential, and the issuer and subject prefix of the tokens its own directory
 * issues for a service connection. GitHub mints the audience a job asks for; a service connection's token carries its
 * environment's audience (AzureCloud, AzureUSGovernment, AzureChinaCloud, as the tenant's cloud).
 */
import { randomBytes, type KeyObject } from 'node:crypto';
import { EMULATED_CLOUDS, type EmulatedCloud } from './clouds.js';
import { signJwt, toSigningKey, nowSeconds, type SigningKey } from './tokens.js';
import type { EmulatorRequest, EmulatorResponse, FederatedCredential, Route } from './types.js';

/** The Public cloud's token exchange audience (a national cloud's is its directory's `tokenExchangeAudience`). */
export const TOKEN_EXCHANGE_AUDIENCE = 'api://AzureADTokenExchange';
export const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';
export const GITHUB_TOKEN_HOST = 'pipelines.actions.githubusercontent.com';
export const GITHUB_REPOSITORY = 'contoso/app';
export const GITHUB_DEFAULT_SUBJECT = `repo:${GITHUB_REPOSITORY}:ref:refs/heads/main`;
export const GITHUB_ENVIRONMENT_SUBJECT = `repo:${GITHUB_REPOSITORY}:environment:production`;

export const ADO_ORGANIZATION = 'contoso';
export const ADO_PROJECT = 'app';
export const ADO_ORGANIZATION_ID = '5c1e2d3f-8a7b-4c6d-9e0f-1a2b3c4d5e6f';
export const ADO_CLASSIC_ISSUER = `https://vstoken.dev.azure.com/${ADO_ORGANIZATION_ID}`;
/** Azure DevOps' own application id, part of the subject of Entra-issued service connection tokens. */
export const AZURE_DEVOPS_APP_ID = '499b84ac-1321-427f-aa17-267ca6975798';

export interface ServiceConnection {
  id: string;
  name: string;
  /** 'classic': vstoken.dev.azure.com issuer; 'entra': the tenant's Entra ID issuer. */
  issuerMode: 'classic' | 'entra';
}

export const ADO_SERVICE_CONNECTION: ServiceConnection = {
  id: '8d4c2b1a-3e5f-4a6b-8c7d-9e0f1a2b3c4d',
  name: 'm365-demo',
  issuerMode: 'classic',
};
export const ADO_ENTRA_SERVICE_CONNECTION: ServiceConnection = {
  id: '2f6e8a0c-4b1d-4e3f-9a5c-7b9d1f3e5a7c',
  name: 'm365-demo-entra',
  issuerMode: 'entra',
};

export const TOKEN_FILE_ISSUER = 'https://oidc.contoso.test';
export const TOKEN_FILE_SUBJECT = 'system:serviceaccount:ops:m365-action';

/** Literal hosts the federation routes are served on. */
export const FEDERATION_HOSTS = [
  'token.actions.githubusercontent.com',
  GITHUB_TOKEN_HOST,
  'dev.azure.com',
  'vstoken.dev.azure.com',
  'oidc.contoso.test',
] as const;

/** .NET's byte order of a GUID (what Entra puts, base64url-encoded, in `/eid1/…` subjects). */
function guidBytes(guid: string): Buffer {
  const hex = guid.replace(/-/g, '');
  const b = Buffer.from(hex, 'hex');
  return Buffer.concat([
    Buffer.from(b.subarray(0, 4)).reverse(),
    Buffer.from(b.subarray(4, 6)).reverse(),
    Buffer.from(b.subarray(6, 8)).reverse(),
    b.subarray(8),
  ]);
}

/** The v2 issuer of the Entra ID directory of a cloud, for a tenant: what it puts in the workload tokens it issues. */
export function entraIssuer(tenantId: string, cloud: EmulatedCloud = EMULATED_CLOUDS.Public): string {
  return `https://${cloud.instance.v2IssuerHost}/${tenantId}/v2.0`;
}

export function adoIssuer(connection: ServiceConnection, tenantId: string, cloud: EmulatedCloud = EMULATED_CLOUDS.Public): string {
  return connection.issuerMode === 'classic' ? ADO_CLASSIC_ISSUER : entraIssuer(tenantId, cloud);
}

export function adoSubject(connection: ServiceConnection, tenantId: string, cloud: EmulatedCloud = EMULATED_CLOUDS.Public): string {
  if (connection.issuerMode === 'classic') return `sc://${ADO_ORGANIZATION}/${ADO_PROJECT}/${connection.name}`;
  const t = guidBytes(tenantId).toString('base64url');
  const a = guidBytes(AZURE_DEVOPS_APP_ID).toString('base64url');
  return `${cloud.instance.subjectPrefix}/t/${t}/a/${a}/sc/${ADO_ORGANIZATION_ID}/${connection.id}`;
}

/** The federated credentials seeded on the demo app, each listing the token exchange audience of the tenant's cloud. */
export function demoFederatedCredentials(tenantId: string, cloud: EmulatedCloud = EMULATED_CLOUDS.Public): FederatedCredential[] {
  const audiences = [cloud.instance.tokenExchangeAudience];
  return [
    { name: 'github-main', issuer: GITHUB_ISSUER, subject: GITHUB_DEFAULT_SUBJECT, audiences },
    { name: 'github-production', issuer: GITHUB_ISSUER, subject: GITHUB_ENVIRONMENT_SUBJECT, audiences },
    ...[ADO_SERVICE_CONNECTION, ADO_ENTRA_SERVICE_CONNECTION].map((connection) => ({
      name: `azure-devops-${connection.name}`,
      issuer: adoIssuer(connection, tenantId, cloud),
      subject: adoSubject(connection, tenantId, cloud),
      audiences,
    })),
    { name: 'token-file', issuer: TOKEN_FILE_ISSUER, subject: TOKEN_FILE_SUBJECT, audiences },
  ];
}

export interface FederationKeys {
  github: KeyObject;
  azureDevOps: KeyObject;
  tokenFile: KeyObject;
  /** The tenant's Entra ID signing key (issuer of Entra-backed service connection tokens). */
  tenant: SigningKey;
}

export interface MintOptions {
  /** Default: the token file issuer. A known issuer's token is signed with its key; any other with the file issuer's. */
  issuer?: string;
  subject: string;
  /** Default: the token exchange audience of the tenant's cloud. */
  audience?: string | string[];
  /** Default: the platform token lifetime. Negative: already expired. */
  lifetimeSeconds?: number;
  claims?: Record<string, unknown>;
}

const json = (body: unknown, status = 200): EmulatorResponse => ({ status, body });

/** The platform issuers, their keys and endpoints. One per emulator. */
export class Federation {
  readonly requestToken = randomBytes(24).toString('base64url');
  readonly systemAccessToken = randomBytes(24).toString('base64url');
  readonly planId = '0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e';
  readonly jobId = '6a7b8c9d-0e1f-4a2b-9c3d-4e5f6a7b8c9d';
  platformLifetimeSeconds: number;
  githubSubject = GITHUB_DEFAULT_SUBJECT;
  githubClaims: Record<string, unknown> = {};
  private readonly issuers: Map<string, SigningKey>;

  constructor(
    keys: FederationKeys,
    private readonly tenantId: string,
    platformLifetimeSeconds = 300,
    readonly cloud: EmulatedCloud = EMULATED_CLOUDS.Public,
  ) {
    this.platformLifetimeSeconds = platformLifetimeSeconds;
    this.issuers = new Map([
      [GITHUB_ISSUER, toSigningKey(keys.github)],
      [ADO_CLASSIC_ISSUER, toSigningKey(keys.azureDevOps)],
      [TOKEN_FILE_ISSUER, toSigningKey(keys.tokenFile)],
      [entraIssuer(tenantId, cloud), keys.tenant],
    ]);
  }

  /** The Azure environment of the service connections: that of the tenant's directory. */
  get azureEnvironment(): string {
    return this.cloud.instance.azureEnvironment;
  }

  /** The key that signs `issuer`'s tokens with this kid, or undefined (unknown issuer or kid). */
  keyFor(issuer: string, kid: string | undefined): SigningKey | undefined {
    const key = this.issuers.get(issuer);
    return key && (kid === undefined || key.kid === kid) ? key : undefined;
  }

  /** Whether the emulator can fetch this issuer's keys (a real Entra ID would fetch its OIDC metadata). */
  knowsIssuer(issuer: string): boolean {
    return this.issuers.has(issuer);
  }

  get githubRequestUrl(): string {
    // @actions/core appends `&audience=…`, so the URL must already carry a query string (the runner's does).
    return `https://${GITHUB_TOKEN_HOST}/emulator/00000000-0000-0000-0000-000000000000/_apis/distributedtask/hubs/Actions/plans/${this.planId}/jobs/${this.jobId}/idtoken?api-version=2.0`;
  }

  get adoOidcRequestUri(): string {
    return `https://dev.azure.com/${ADO_ORGANIZATION}/${ADO_PROJECT}/_apis/distributedtask/hubs/build/plans/${this.planId}/jobs/${this.jobId}/oidctoken`;
  }

  /** Mints a platform token (signed by the issuer's key when the issuer is known). */
  mint(options: MintOptions): string {
    const issuer = options.issuer ?? TOKEN_FILE_ISSUER;
    const key = this.issuers.get(issuer) ?? (this.issuers.get(TOKEN_FILE_ISSUER) as SigningKey);
    const now = nowSeconds();
    const exp = now + (options.lifetimeSeconds ?? this.platformLifetimeSeconds);
    const iat = Math.min(now, exp - 60);
    return signJwt(key, {
      jti: randomBytes(16).toString('hex'),
      sub: options.subject,
      aud: options.audience ?? this.cloud.instance.tokenExchangeAudience,
      ...options.claims,
      iss: issuer,
      nbf: iat,
      iat,
      exp,
    });
  }

  routes(): Route[] {
    return [...this.discoveryRoutes(), this.githubTokenRoute(), this.adoTokenRoute()];
  }

  private discoveryRoutes(): Route[] {
    const serve = (host: string, issuer: string, base: string, jwksPath: string): Route[] => [
      {
        method: 'GET',
        host,
        path: new RegExp(`^${base}/\\.well-known/openid-configuration$`),
        handler: () =>
          json({
            issuer,
            jwks_uri: `https://${host}${base}${jwksPath}`,
            subject_types_supported: ['public', 'pairwise'],
            response_types_supported: ['id_token'],
            claims_supported: ['sub', 'aud', 'exp', 'iat', 'iss', 'jti', 'nbf', 'ref', 'repository', 'job_workflow_ref'],
            id_token_signing_alg_values_supported: ['RS256'],
            scopes_supported: ['openid'],
          }),
      },
      {
        method: 'GET',
        host,
        path: new RegExp(`^${base}${jwksPath.replace(/\./g, '\\.')}$`),
        handler: () => json({ keys: [this.issuers.get(issuer)?.jwk] }),
      },
    ];
    return [
      ...serve('token.actions.githubusercontent.com', GITHUB_ISSUER, '', '/.well-known/jwks'),
      ...serve('vstoken.dev.azure.com', ADO_CLASSIC_ISSUER, `/${ADO_ORGANIZATION_ID}`, '/.well-known/jwks'),
      ...serve('oidc.contoso.test', TOKEN_FILE_ISSUER, '', '/openid/v1/jwks'),
    ];
  }

  private bearerIs(request: EmulatorRequest, expected: string): boolean {
    return request.headers.authorization === `Bearer ${expected}`;
  }

  private githubTokenRoute(): Route {
    return {
      method: 'GET',
      host: GITHUB_TOKEN_HOST,
      path: /\/idtoken$/,
      handler: (request) => {
        if (!this.bearerIs(request, this.requestToken)) return json({ message: 'Unauthorized' }, 401);
        // Without an audience GitHub uses the repository owner's URL, not Entra's exchange audience.
        const audience = request.query.get('audience') ?? `https://github.com/${GITHUB_REPOSITORY.split('/')[0]}`;
        const value = this.mint({
          issuer: GITHUB_ISSUER,
          subject: this.githubSubject,
          audience,
          claims: { ...githubClaims(), ...this.githubClaims },
        });
        return json({ count: value.length, value });
      },
    };
  }

  private adoTokenRoute(): Route {
    return {
      method: 'POST',
      host: 'dev.azure.com',
      path: /^\/[^/]+\/[^/]+\/_apis\/distributedtask\/hubs\/build\/plans\/[^/]+\/jobs\/[^/]+\/oidctoken$/,
      handler: (request) => {
        if (!this.bearerIs(request, this.systemAccessToken)) return json({ message: 'Unauthorized' }, 401);
        const id = request.query.get('serviceConnectionId') ?? '';
        const connection = [ADO_SERVICE_CONNECTION, ADO_ENTRA_SERVICE_CONNECTION].find((c) => c.id === id);
        if (!connection) return adoError(`Service connection '${id}' was not found or is not authorized for use.`, 404);
        // Azure DevOps takes no audience: a connection's token carries its environment's (the tenant's cloud's).
        const oidcToken = this.mint({
          issuer: adoIssuer(connection, this.tenantId, this.cloud),
          subject: adoSubject(connection, this.tenantId, this.cloud),
          audience: this.cloud.instance.tokenExchangeAudience,
        });
        return json({ oidcToken });
      },
    };
  }
}

function githubClaims(): Record<string, unknown> {
  return {
    ref: 'refs/heads/main',
    ref_type: 'branch',
    sha: '0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c',
    repository: GITHUB_REPOSITORY,
    repository_owner: GITHUB_REPOSITORY.split('/')[0],
    workflow: 'deploy',
    job_workflow_ref: `${GITHUB_REPOSITORY}/.github/workflows/deploy.yml@refs/heads/main`,
    event_name: 'push',
    actor: 'octocat',
    runner_environment: 'github-hosted',
  };
}

function adoError(message: string, status: number): EmulatorResponse {
  return json(
    {
      $id: '1',
      innerException: null,
      message,
      typeName: 'Microsoft.TeamFoundation.DistributedTask.WebApi.ServiceEndpointNotFoundException',
      typeKey: 'ServiceEndpointNotFoundException',
      errorCode: 0,
      eventId: 3000,
    },
    status,
  );
}
