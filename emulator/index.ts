/**
 * The emulated Microsoft 365 tenant (DESIGN.md §8): `startEmulator()` starts an HTTPS-intercepting proxy on loopback that
 * serves Entra ID, the platform OIDC issuers and the Microsoft 365 services for a seeded contoso tenant. Clients reach it
 * unmodified through `env()`: HTTPS_PROXY and NODE_EXTRA_CA_CERTS.
 *
 * The tenant lives in one cloud, Public unless `cloud` says otherwise (`startEmulator({ cloud: 'USGovHigh' })`): its
 * domain, SharePoint host, token issuer and federated credentials are that cloud's. The proxy answers the hosts of every
 * cloud, so that a run aimed at the wrong one meets what the real services answer.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureCa, ensureKey, LeafCertificates, type LocalCa } from './ca.js';
import { EMULATED_CLOUDS, FIXED_HOSTS, SHAREPOINT_SUFFIXES, type EmulatedCloud, type EmulatedCloudName } from './clouds.js';
import { DEMO_APP_ID, DEMO_TENANT_ID } from './constants.js';
import { ensureDemoCertificate, type DemoCertificate } from './demo-app.js';
import { entraRoutes } from './entra.js';
import {
  ADO_ENTRA_SERVICE_CONNECTION,
  ADO_ORGANIZATION_ID,
  ADO_SERVICE_CONNECTION,
  Federation,
  FEDERATION_HOSTS,
  type MintOptions,
} from './federation.js';
import { serviceRoutes } from './routes/index.js';
import { createTenantState, registerCertificate, unregisterCertificates } from './seed.js';
import { seedScale, type ScaleOptions } from './seed-scale.js';
import { EmulatorServer } from './server.js';
import type { Throttle, ThrottleOptions } from './throttle.js';
import { toSigningKey, TokenService } from './tokens.js';
import type { Fault, RecordedRequest, RegisteredCertificate, Route, TenantState } from './types.js';
import type { KeyObject } from 'node:crypto';

/** `<repo>/.emulator`: the CA, the keys and the demo certificate, kept between runs (git-ignored). */
export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../.emulator', import.meta.url));

/** Host names on the cached default server certificate: every cloud's, and the platform issuers'. */
const LEAF_HOSTS = [...FIXED_HOSTS, ...SHAREPOINT_SUFFIXES.map((suffix) => `*.${suffix}`), ...FEDERATION_HOSTS];

export interface EmulatorOptions {
  /** Where the CA, keys and demo certificate live. Default `<repo>/.emulator`. */
  dataDir?: string;
  /** Proxy port on 127.0.0.1; 0 (default) lets the OS choose. */
  port?: number;
  /** Lifetime of issued access tokens. Default 3600 s. */
  accessTokenLifetimeSeconds?: number;
  /** Lifetime of GitHub / Azure DevOps / token-file OIDC tokens. Default 300 s. */
  platformTokenLifetimeSeconds?: number;
  /** More routes, tried after the built-in ones (tests of the emulator itself, one-off endpoints). */
  extraRoutes?: Route[];
  /** The cloud the tenant lives in. Default Public. */
  cloud?: EmulatedCloudName;
  /** Adds the tenant at scale (seed-scale.ts: 2,000 sites with app catalogs, a hub with 1,000), created lazily. */
  scale?: ScaleOptions;
}

export interface DemoInfo {
  tenantId: string;
  /** The tenant's initial domain in its cloud (contoso.onmicrosoft.com, contoso.onmicrosoft.us…). */
  tenantDomain: string;
  appId: string;
  /** The tenant's SharePoint root in its cloud (https://contoso.sharepoint.com, https://contoso.sharepoint.us…). */
  sharePointUrl: string;
  pfxPath: string;
  pfxBase64: string;
  pemPath: string;
  certificatePath: string;
  password: string;
  /** Upper-case hex SHA-256 thumbprint of the demo certificate. */
  thumbprintSha256: string;
}

export interface Emulator {
  /** http://127.0.0.1:<port> */
  proxyUrl: string;
  port: number;
  caCertPath: string;
  caCertPem: string;
  dataDir: string;
  /** The live tenant: handlers read and change it; tests may too. */
  state: TenantState;
  /** The cloud the tenant lives in, with its hosts. */
  cloud: EmulatedCloud;
  demo: DemoInfo;
  /** Every request, in order (tokens are never recorded, only their audience). */
  requests: RecordedRequest[];
  clearRequests(): void;
  injectFault(fault: Fault): void;
  clearFaults(): void;
  /** Turns the throttling model of SharePoint and Graph on (off with no argument); its `refused` counts the 429s. */
  throttle(options?: ThrottleOptions): Throttle | undefined;
  /** Adds a certificate (PEM, public part) to an app registration. */
  registerCertificate(appId: string, certificatePem: string): RegisteredCertificate;
  unregisterCertificates(appId: string): void;
  /** Changes the lifetime of access tokens issued from now on (negative: already expired). */
  setAccessTokenLifetime(seconds: number): void;
  github: {
    /** Value for ACTIONS_ID_TOKEN_REQUEST_URL (already has a query string, as @actions/core expects). */
    requestUrl: string;
    /** Value for ACTIONS_ID_TOKEN_REQUEST_TOKEN. */
    requestToken: string;
    setSubject(subject: string): void;
    setClaims(extra: Record<string, unknown>): void;
  };
  azureDevOps: {
    /** Value for SYSTEM_OIDCREQUESTURI. */
    oidcRequestUri: string;
    /** Value for SYSTEM_ACCESSTOKEN. */
    systemAccessToken: string;
    /** Service connection with the classic vstoken.dev.azure.com issuer. */
    serviceConnectionId: string;
    /** Service connection whose tokens Entra ID itself issues. */
    entraServiceConnectionId: string;
    orgId: string;
    /** The Azure environment of both connections (AzureCloud, AzureUSGovernment, AzureChinaCloud: the tenant's cloud's). */
    environment: string;
  };
  /** A signed platform token (default issuer: the token-file issuer https://oidc.contoso.test; default audience: the cloud's). */
  mintFederatedToken(options: MintOptions): string;
  setPlatformTokenLifetime(seconds: number): void;
  /** Environment that routes a Node process through the emulator. */
  env(): Record<string, string>;
  stop(): Promise<void>;
}

export interface DataDirFiles {
  ca: LocalCa;
  leaf: LeafCertificates;
  demo: DemoCertificate;
  keys: { tenant: KeyObject; github: KeyObject; azureDevOps: KeyObject; tokenFile: KeyObject };
}

/**
 * Creates whatever is missing in the data directory (CA, server certificate, issuer keys, demo certificate) and loads
 * it. Run once before parallel test workers start so that they only ever read these files.
 */
export async function prepareDataDir(dataDir: string = DEFAULT_DATA_DIR): Promise<DataDirFiles> {
  const ca = await ensureCa(dataDir);
  const key = (name: string): Promise<KeyObject> => ensureKey(path.join(dataDir, 'keys', `${name}.pem`));
  const [leaf, demo, tenant, github, azureDevOps, tokenFile] = await Promise.all([
    LeafCertificates.create(dataDir, ca, LEAF_HOSTS),
    ensureDemoCertificate(dataDir),
    key('tenant'),
    key('github'),
    key('azure-devops'),
    key('token-file'),
  ]);
  return { ca, leaf, demo, keys: { tenant, github, azureDevOps, tokenFile } };
}

/** Starts an emulator with its own, freshly seeded tenant state. */
export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const dataDir = options.dataDir ?? DEFAULT_DATA_DIR;
  const files = await prepareDataDir(dataDir);
  const cloud = EMULATED_CLOUDS[options.cloud ?? 'Public'];
  const state = createTenantState({ demoCertificatePem: files.demo.certificatePem, cloud: cloud.name });
  if (options.scale) seedScale(state, options.scale);
  const tenantKey = toSigningKey(files.keys.tenant);
  const tokens = new TokenService(tenantKey, state.tenantId, options.accessTokenLifetimeSeconds ?? 3600, cloud);
  const federation = new Federation({ ...files.keys, tenant: tenantKey }, state.tenantId, options.platformTokenLifetimeSeconds ?? 300, cloud);
  const server = new EmulatorServer({
    leaf: files.leaf,
    state,
    tokens,
    routes: [...entraRoutes({ tokens, federation }), ...federation.routes(), ...serviceRoutes, ...(options.extraRoutes ?? [])],
  });
  const port = await server.listen(options.port ?? 0);
  return buildEmulator({ dataDir, files, state, cloud, tokens, federation, server, port });
}

interface Parts {
  dataDir: string;
  cloud: EmulatedCloud;
  files: DataDirFiles;
  state: TenantState;
  tokens: TokenService;
  federation: Federation;
  server: EmulatorServer;
  port: number;
}

function buildEmulator({ dataDir, files, state, cloud, tokens, federation, server, port }: Parts): Emulator {
  const proxyUrl = `http://127.0.0.1:${port}`;
  const { demo } = files;
  return {
    proxyUrl,
    port,
    caCertPath: files.ca.certPath,
    caCertPem: files.ca.certPem,
    dataDir,
    state,
    cloud,
    demo: {
      tenantId: DEMO_TENANT_ID,
      tenantDomain: state.domain,
      appId: DEMO_APP_ID,
      sharePointUrl: `https://${state.sharePointHost}`,
      pfxPath: demo.pfxPath,
      pfxBase64: demo.pfxBase64,
      pemPath: demo.pemPath,
      certificatePath: demo.certificatePath,
      password: demo.password,
      thumbprintSha256: demo.thumbprintSha256,
    },
    requests: server.requests,
    clearRequests: () => {
      server.requests.length = 0;
    },
    injectFault: (fault) => server.injectFault(fault),
    clearFaults: () => server.clearFaults(),
    throttle: (throttleOptions) => server.setThrottle(throttleOptions),
    registerCertificate: (appId, pem) => registerCertificate(state, appId, pem),
    unregisterCertificates: (appId) => unregisterCertificates(state, appId),
    setAccessTokenLifetime: (seconds) => {
      tokens.lifetimeSeconds = seconds;
    },
    github: {
      requestUrl: federation.githubRequestUrl,
      requestToken: federation.requestToken,
      setSubject: (subject) => {
        federation.githubSubject = subject;
      },
      setClaims: (extra) => {
        federation.githubClaims = { ...extra };
      },
    },
    azureDevOps: {
      oidcRequestUri: federation.adoOidcRequestUri,
      systemAccessToken: federation.systemAccessToken,
      serviceConnectionId: ADO_SERVICE_CONNECTION.id,
      entraServiceConnectionId: ADO_ENTRA_SERVICE_CONNECTION.id,
      orgId: ADO_ORGANIZATION_ID,
      environment: federation.azureEnvironment,
    },
    mintFederatedToken: (options) => federation.mint(options),
    setPlatformTokenLifetime: (seconds) => {
      federation.platformLifetimeSeconds = seconds;
    },
    env: () => proxyEnv(proxyUrl, files.ca.certPath),
    stop: () => server.close(),
  };
}

/**
 * Both spellings of each variable: undici's EnvHttpProxyAgent and @actions/http-client read the lower-case one first,
 * so a runner's own `no_proxy` would otherwise bypass the emulator. HTTP_PROXY too, so that a plain-http attempt is
 * refused and recorded instead of leaving the machine.
 */
function proxyEnv(proxyUrl: string, caCertPath: string): Record<string, string> {
  return {
    HTTPS_PROXY: proxyUrl,
    https_proxy: proxyUrl,
    HTTP_PROXY: proxyUrl,
    http_proxy: proxyUrl,
    NO_PROXY: '',
    no_proxy: '',
    NODE_EXTRA_CA_CERTS: caCertPath,
  };
}

export type { MintOptions } from './federation.js';
export { EMULATED_CLOUDS, EMULATED_CLOUD_NAMES, cloudsOfHost, type EmulatedCloud, type EmulatedCloudName } from './clouds.js';
export {
  ADO_CLASSIC_ISSUER,
  ADO_ENTRA_SERVICE_CONNECTION,
  ADO_SERVICE_CONNECTION,
  adoSubject,
  entraIssuer,
  GITHUB_DEFAULT_SUBJECT,
  GITHUB_ENVIRONMENT_SUBJECT,
  GITHUB_ISSUER,
  TOKEN_EXCHANGE_AUDIENCE,
  TOKEN_FILE_ISSUER,
  TOKEN_FILE_SUBJECT,
} from './federation.js';
