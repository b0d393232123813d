/**
 * The in-process harness of the command tests: takes command lines (or a YAML list), plans them with the real planner
 * and catalogue, and runs them with the real executor, HTTP client and transport against the emulator over real
 * sockets (its proxy and TLS), with app-only tokens the emulator issues for a client assertion signed with the demo
 * certificate. No bundle is built: a new command is covered by `npm test` as soon as its file exists.
 */
import { createHash, randomUUID, X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jwt from 'jsonwebtoken';
import { EnvHttpProxyAgent } from 'undici';
import { stringify } from 'yaml';
import { DEMO_APP_ID, DEMO_TENANT_ID } from '../../emulator/constants.js';
import { startEmulator, type Emulator, type EmulatorOptions } from '../../emulator/index.js';
import type { RecordedRequest } from '../../emulator/types.js';
import { CLOUDS, fixedResource, scopeOf, sharePointResource, type Resource } from '../../src/clouds.js';
import { catalogue } from '../../src/commands/registry.js';
import type { CommandDefinition } from '../../src/commands/types.js';
import { formatError, toActionError } from '../../src/errors.js';
import { executePlan } from '../../src/execute.js';
import { createApiClient } from '../../src/http/client.js';
import { HostLimiter } from '../../src/http/host-limiter.js';
import { createTransport } from '../../src/http/transport.js';
import type { TokenSource, Transport } from '../../src/http/types.js';
import { createPlan } from '../../src/plan/planner.js';
import { dropSpooled, spooledValue } from '../../src/report/spool.js';
import type { CommandOutcome } from '../../src/report/outputs.js';
import { FakeHost } from './fake-host.js';
import { createFileAccess } from '../../src/files.js';

export const ROOT = 'https://contoso.sharepoint.com';
const TOKEN_URL = `https://login.microsoftonline.com/${DEMO_TENANT_ID}/oauth2/v2.0/token`;

export interface HarnessRun {
  /** The planning error, when planning refused the commands (then nothing ran). */
  readonly planningError?: string;
  readonly outcomes: readonly CommandOutcome[];
  /** The last command's result, or its error message when it failed. */
  readonly result?: unknown;
  readonly error?: string;
  /** What the emulator saw during this run (token requests included). */
  readonly requests: readonly RecordedRequest[];
}

export interface Harness {
  readonly emulator: Emulator;
  /** Working directory of the commands (relative file paths resolve here). */
  readonly cwd: string;
  /** Plans and runs command lines (each one item) or a YAML list (text starting with `-`). */
  run(commands: string | readonly (string | Record<string, unknown>)[]): Promise<HarnessRun>;
  close(): Promise<void>;
}

/** A PS256 client assertion with x5t#S256, as msal-node builds it. */
function assertion(emulator: Emulator): string {
  const pem = readFileSync(emulator.demo.pemPath, 'utf8');
  const cert = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/.exec(pem)?.[0] ?? '';
  const key = /-----BEGIN PRIVATE KEY-----[\s\S]+?-----END PRIVATE KEY-----/.exec(pem)?.[0] ?? '';
  const thumbprint = createHash('sha256').update(new X509Certificate(cert).raw).digest('base64url');
  const now = Math.floor(Date.now() / 1000);
  const payload = { aud: TOKEN_URL, iss: DEMO_APP_ID, sub: DEMO_APP_ID, jti: randomUUID(), nbf: now, exp: now + 600 };
  return jwt.sign(payload, key, { algorithm: 'PS256', header: { alg: 'PS256', typ: 'JWT', 'x5t#S256': thumbprint } as jwt.JwtHeader });
}

/** `commands`: the catalogue to plan against (default: the registry's), e.g. with a command built with test limits. */
/** App-only tokens the emulator issues for the demo app's certificate, one per resource, cached. */
export function emulatorTokens(emulator: Emulator, transport: Transport): TokenSource {
  const cache = new Map<string, Promise<string>>();
  return {
    getToken(resource: Resource): Promise<string> {
      const cached = cache.get(resource.audience);
      if (cached) return cached;
      const form = { client_id: DEMO_APP_ID, scope: scopeOf(resource), grant_type: 'client_credentials', client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer', client_assertion: assertion(emulator) };
      const token = transport
        .send({ method: 'POST', url: TOKEN_URL, headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(form).toString() })
        .then((response) => (JSON.parse(response.body.toString()) as { access_token: string }).access_token);
      cache.set(resource.audience, token);
      return token;
    },
  };
}

export interface HarnessOptions {
  /** Another catalogue (a test's variant of a command). */
  readonly commands?: readonly CommandDefinition[];
  /** The emulator's options (e.g. `scale` for the fan-out tenant). */
  readonly emulator?: EmulatorOptions;
  /**
   * Run as production does: retries with their real policy and the per-host limiter at max-parallel. Default: one
   * attempt and no limiter, so that a row sees exactly the answer it provoked.
   */
  readonly production?: { readonly maxParallel: number; readonly continueOnError?: boolean };
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const definitions = options.commands ?? catalogue;
  const emulator = await startEmulator(options.emulator);
  const dispatcher = new EnvHttpProxyAgent({ httpsProxy: emulator.proxyUrl, httpProxy: emulator.proxyUrl, noProxy: '' });
  const transport = createTransport({ dispatcher });
  const cwd = mkdtempSync(join(tmpdir(), 'harness-'));
  const root = sharePointResource(CLOUDS.Public, ROOT) as Resource;
  const known: Resource[] = [fixedResource(CLOUDS.Public, 'graph'), root, fixedResource(CLOUDS.Public, 'management')];
  const tokens = emulatorTokens(emulator, transport);
  const production = options.production;
  const http = production
    ? createApiClient({ transport, tokens, resources: () => known, limiter: new HostLimiter(production.maxParallel) })
    : createApiClient({ transport, tokens, resources: () => known, retry: { maxAttempts: 1 } });

  async function run(commands: string | readonly (string | Record<string, unknown>)[]): Promise<HarnessRun> {
    const text = typeof commands === 'string' && commands.trimStart().startsWith('-') ? commands : stringify(typeof commands === 'string' ? [commands] : commands);
    const seen = emulator.requests.length;
    const requests = (): RecordedRequest[] => emulator.requests.slice(seen);
    let plan;
    try {
      plan = createPlan({ commands: text, source: 'commands', catalogue: definitions, cloud: CLOUDS.Public, cwd });
    } catch (error) {
      return { planningError: formatError(toActionError(error)), outcomes: [], requests: requests() };
    }
    for (const command of plan.commands) if (command.resource && !known.some((r) => r.audience === command.resource?.audience)) known.push(command.resource);
    const resources = new Map(plan.commands.flatMap((c) => (c.resourceKind === 'none' ? [] : [[c.index, c.resource ?? root] as const])));
    const outcomes = await executePlan(plan, {
      host: new FakeHost(),
      http,
      cloud: CLOUDS.Public,
      resources,
      sharePointUrl: ROOT,
      session: { appId: DEMO_APP_ID, tenant: DEMO_TENANT_ID, authType: 'certificate', cloud: 'Public' },
      cwd,
      continueOnError: production?.continueOnError ?? false,
      maxParallel: production?.maxParallel ?? 4,
      files: createFileAccess({ cwd, roots: [cwd], forbidden: [] }),
    });
    const last = outcomes.at(-1);
    // A large result is kept on disk once logged (report/spool.ts): the row reads it back.
    const result = last?.spooled ? spooledValue(last.spooled) : last?.result;
    await dropSpooled(outcomes.flatMap((o) => (o.spooled ? [o.spooled] : [])));
    return { outcomes, result, error: last?.error, requests: requests() };
  }

  return {
    emulator,
    cwd,
    run,
    async close() {
      await dispatcher.close();
      await emulator.stop();
    },
  };
}
