import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jwt from 'jsonwebtoken';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  chooseFederatedSource,
  createAssertionProvider,
  decodeClaims,
  type FederatedSource,
  type PlatformClaims,
} from '../src/auth/federated.js';
import { createTokenFileSource, MAX_TOKEN_FILE_BYTES } from '../src/auth/token-file.js';
import { createTransport } from '../src/http/transport.js';
import { gitHubPlatform } from '../src/host/github.js';
import type { Transport } from '../src/http/types.js';

const AUDIENCE = 'api://AzureADTokenExchange';
const CONNECTION_ID = '5d1f0c2e-8a7b-4c3d-9e6f-0a1b2c3d4e5f';
const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });

/** A signed platform token, as GitHub / Azure DevOps / Kubernetes would issue. */
function platformToken(claims: Record<string, unknown>, expiresInSeconds = 300): string {
  return jwt.sign(claims, privateKey, { algorithm: 'RS256', expiresIn: expiresInSeconds });
}

const GITHUB_CLAIMS = {
  iss: 'https://token.actions.githubusercontent.com',
  sub: 'repo:contoso/intranet:environment:production',
  aud: AUDIENCE,
  job_workflow_ref: 'contoso/intranet/.github/workflows/deploy.yml@refs/heads/main',
};
const ADO_CLAIMS = {
  iss: 'https://vstoken.dev.azure.com/0ca3ddd9-f0b0-4635-a98c-5866526961b6',
  sub: 'sc://contoso/intranet/spo-deploy',
  aud: AUDIENCE,
};

// Sources that make no request ignore it; the Azure DevOps source has its own tests (host-federation).
const transport: Transport = createTransport({ timeoutMs: 5_000 });

let workDir: string;
beforeAll(() => {
  workDir = mkdtempSync(join(tmpdir(), 'federated-test-'));
});
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe('decodeClaims', () => {
  it('decodes the claims of a JWT without verifying it', () => {
    const claims = decodeClaims(platformToken(GITHUB_CLAIMS));
    expect(claims).toMatchObject(GITHUB_CLAIMS);
    expect(typeof claims.exp).toBe('number');
  });

  it.each([
    ['one part', 'not-a-token-secret'],
    ['two parts', 'abc.def'],
    ['five parts (JWE)', 'a.b.c.d.e'],
    ['a part that is not base64url', 'eyJhbGciOiJSUzI1NiJ9.!!!.sig'],
    ['a middle part that is not JSON', `eyJhbGciOiJSUzI1NiJ9.${Buffer.from('plain text').toString('base64url')}.sig`],
    ['a middle part that is a JSON array', `eyJhbGciOiJSUzI1NiJ9.${Buffer.from('[1]').toString('base64url')}.sig`],
  ])('rejects %s, without echoing it', (_name, token) => {
    expect(() => decodeClaims(token)).toThrow(
      expect.objectContaining({
        message: 'The federated token is not a JWT (expected three base64url parts separated by dots).',
        hint: 'Give the OIDC token (ID token) issued by the platform, as is, with no quotes or extra text.',
      }),
    );
  });

  it('names the origin and recognises a JSON response given instead of the token', () => {
    expect(() => decodeClaims('{"oidcToken":"eyJ.secret.x"}', 'token file /tmp/t')).toThrow(
      expect.objectContaining({
        message: 'The federated token from token file /tmp/t is not a JWT (expected three base64url parts separated by dots).',
        hint: 'It looks like JSON: give the OIDC token itself (the value of its token field), not the whole response.',
      }),
    );
  });
});

describe('chooseFederatedSource', () => {
  const everything = {
    SYSTEM_OIDCREQUESTURI: 'https://dev.azure.com/contoso/p/_apis/distributedtask/hubs/build/plans/x/jobs/y/oidctoken',
    AZURESUBSCRIPTION_SERVICE_CONNECTION_ID: CONNECTION_ID,
    ACTIONS_ID_TOKEN_REQUEST_URL: 'https://pipelines.actions.githubusercontent.com/abc/idtoken?api-version=2.0',
    GITHUB_ACTIONS: 'true',
  };
  const choose = (env: NodeJS.ProcessEnv, tokenFile?: string): FederatedSource =>
    chooseFederatedSource({ audience: AUDIENCE, tokenFile, cwd: '/w' }, gitHubPlatform({ ...env, SYSTEM_ACCESSTOKEN: 'x' }));

  it('prefers a token file, then the host\'s sources in its order: Azure DevOps, then GitHub', () => {
    expect([choose(everything, '/input/token').kind, choose(everything, '/input/token').describe()]).toEqual(['file', 'token file /input/token']);
    expect([choose(everything).kind, choose(everything).describe()]).toEqual([
      'azure-devops',
      `Azure DevOps workload identity federation (service connection ${CONNECTION_ID})`,
    ]);
    const github = choose({ ACTIONS_ID_TOKEN_REQUEST_URL: everything.ACTIONS_ID_TOKEN_REQUEST_URL });
    expect([github.kind, github.describe()]).toEqual(['github', `GitHub Actions OIDC (audience ${AUDIENCE})`]);
  });

  it("throws the host's explanation when nothing can issue a token", () => {
    expect(() => choose({ GITHUB_ACTIONS: 'true' })).toThrow('this GitHub Actions job may not request an OIDC token');
  });

  it("throws the source's own problem before anything is requested", () => {
    const env = { SYSTEM_OIDCREQUESTURI: everything.SYSTEM_OIDCREQUESTURI, AZURESUBSCRIPTION_SERVICE_CONNECTION_ID: CONNECTION_ID };
    expect(() => chooseFederatedSource({ audience: AUDIENCE, cwd: '/w' }, gitHubPlatform(env))).toThrow(
      `Cannot request the Azure DevOps OIDC token for service connection ${CONNECTION_ID}: SYSTEM_ACCESSTOKEN is not set.`,
    );
  });
});

describe('file source', () => {
  it('re-reads the file on every call (Kubernetes rotates it) and trims it', async () => {
    const file = join(workDir, 'rotating-token');
    const source = createTokenFileSource(file, workDir);
    writeFileSync(file, 'first-token\n');
    expect(await source.getToken(transport)).toBe('first-token');
    writeFileSync(file, '  second-token  \n');
    expect(await source.getToken(transport)).toBe('second-token');
  });

  it('resolves a relative path against cwd', async () => {
    writeFileSync(join(workDir, 'relative-token'), 'relative');
    const source = createTokenFileSource('relative-token', workDir);
    expect(source.describe()).toBe(`token file ${join(workDir, 'relative-token')}`);
    expect(await source.getToken(transport)).toBe('relative');
  });

  it('names the path of a missing file and where to set it', async () => {
    const source = createTokenFileSource('missing', workDir);
    await expect(source.getToken(transport)).rejects.toThrow(
      expect.objectContaining({
        message: `The federated token file missing (resolved to ${join(workDir, 'missing')}) does not exist.`,
        hint: 'Set the input `federated-token-file` (or env AZURE_FEDERATED_TOKEN_FILE) to the path of a file holding the OIDC token.',
      }),
    );
  });

  it('names the path of an empty file', async () => {
    const file = join(workDir, 'empty-token');
    writeFileSync(file, ' \n');
    await expect(createTokenFileSource(file, workDir).getToken(transport)).rejects.toThrow(
      expect.objectContaining({
        message: `The federated token file ${file} is empty.`,
        hint: 'Whatever writes the token (a projected service account token, GitLab `id_tokens`, a CI step) must write it before this step runs.',
      }),
    );
  });

  it('names the path of a file it cannot read', async () => {
    await expect(createTokenFileSource(workDir, workDir).getToken(transport)).rejects.toThrow(
      `The federated token file ${workDir} cannot be read (EISDIR).`,
    );
  });

  it('refuses a file far larger than a token, and a device, without reading them whole', async () => {
    const file = join(workDir, 'huge-token');
    writeFileSync(file, 'x'.repeat(MAX_TOKEN_FILE_BYTES + 1));
    await expect(createTokenFileSource(file, workDir).getToken(transport)).rejects.toThrow(
      `The federated token file ${file} holds ${MAX_TOKEN_FILE_BYTES + 1} bytes: more than an OIDC token (at most ${MAX_TOKEN_FILE_BYTES}).`,
    );
    if (process.platform !== 'win32') {
      await expect(createTokenFileSource('/dev/zero', workDir).getToken(transport)).rejects.toThrow(
        'The federated token file /dev/zero cannot be read (not a regular file).',
      );
    }
  });
});

describe('createAssertionProvider', () => {
  const NOW = Date.parse('2025-06-01T10:00:00.000Z');

  function capture() {
    const lines: { level: 'info' | 'debug'; message: string }[] = [];
    const log = {
      info: (message: string) => lines.push({ level: 'info', message }),
      debug: (message: string) => lines.push({ level: 'debug', message }),
    };
    return { lines, log };
  }

  /** A source handing out the given tokens in turn. */
  function sourceOf(kind: FederatedSource['kind'], tokens: string[]): FederatedSource {
    let next = 0;
    return { kind, showsWorkflowRef: kind === 'github', describe: () => `test ${kind} source`, getToken: async () => tokens[next++] };
  }

  const at = (secondsFromNow: number) => Math.floor(NOW / 1000) + secondsFromNow;

  it('fetches a fresh token on every call, masks it first, logs its claims and never the token', async () => {
    const first = jwt.sign({ ...GITHUB_CLAIMS, exp: at(300) }, privateKey, { algorithm: 'RS256' });
    const second = jwt.sign({ ...GITHUB_CLAIMS, exp: at(600) }, privateKey, { algorithm: 'RS256' });
    const { lines, log } = capture();
    const secrets: string[] = [];
    const claims: PlatformClaims[] = [];
    const assertion = createAssertionProvider(sourceOf('github', [first, second]), {
      transport,
      onSecret: (s) => secrets.push(s),
      log,
      onClaims: (c) => claims.push(c),
      now: () => NOW,
    });

    expect(await assertion()).toBe(first);
    expect(await assertion()).toBe(second);
    expect(secrets).toEqual([first, second]);
    expect(claims.map((c) => c.exp)).toEqual([at(300), at(600)]);
    expect(claims[0]).toMatchObject(GITHUB_CLAIMS);

    const summaries = lines.filter((l) => l.message.startsWith('Federated token'));
    expect(summaries).toEqual([
      {
        level: 'info',
        message: [
          'Federated token from test github source:',
          '  issuer:   "https://token.actions.githubusercontent.com"',
          '  subject:  "repo:contoso/intranet:environment:production"',
          '  audience: "api://AzureADTokenExchange"',
          '  job_workflow_ref: "contoso/intranet/.github/workflows/deploy.yml@refs/heads/main"',
          '  expires:  2025-06-01T10:05:00.000Z (in 300 s)',
        ].join('\n'),
      },
      expect.objectContaining({ level: 'debug', message: expect.stringContaining('2025-06-01T10:10:00.000Z (in 600 s)') }),
    ]);
    for (const line of lines) {
      expect(line.message).not.toContain(first);
      expect(line.message).not.toContain(second);
      expect(line.message).not.toContain(first.split('.')[2]);
    }
  });

  it('logs Azure DevOps claims without job_workflow_ref, an array audience and an expired token', async () => {
    const token = jwt.sign({ ...ADO_CLAIMS, aud: [AUDIENCE, 'other'], exp: at(-12) }, privateKey, { algorithm: 'RS256' });
    const { lines, log } = capture();
    await createAssertionProvider(sourceOf('azure-devops', [token]), { transport, onSecret: () => undefined, log, now: () => NOW })();
    expect(lines.find((l) => l.level === 'info')?.message).toBe(
      [
        'Federated token from test azure-devops source:',
        '  issuer:   "https://vstoken.dev.azure.com/0ca3ddd9-f0b0-4635-a98c-5866526961b6"',
        '  subject:  "sc://contoso/intranet/spo-deploy"',
        '  audience: ["api://AzureADTokenExchange","other"]',
        '  expires:  2025-06-01T09:59:48.000Z (expired 12 s ago)',
      ].join('\n'),
    );
  });

  it('keeps a line break in a claim from starting a new log line', async () => {
    const token = jwt.sign({ ...ADO_CLAIMS, sub: 'evil\n##vso[task.setvariable]x' }, privateKey, { algorithm: 'RS256' });
    const { lines, log } = capture();
    await createAssertionProvider(sourceOf('file', [token]), { transport, onSecret: () => undefined, log, now: () => NOW })();
    expect(lines.find((l) => l.level === 'info')?.message).toContain('  subject:  "evil\\n##vso[task.setvariable]x"\n');
  });

  it('masks a token that is not a JWT before rejecting it, and does not echo it', async () => {
    const secrets: string[] = [];
    const { lines, log } = capture();
    const assertion = createAssertionProvider(sourceOf('file', ['opaque-secret-value']), {
      transport,
      onSecret: (s) => secrets.push(s),
      log,
    });
    await expect(assertion()).rejects.toThrow(
      'The federated token from test file source is not a JWT (expected three base64url parts separated by dots).',
    );
    expect(secrets).toEqual(['opaque-secret-value']);
    expect(lines.map((l) => l.message).join('\n')).not.toContain('opaque-secret-value');
  });

  it('works end to end with the file source, re-reading a rotated token', async () => {
    const file = join(workDir, 'assertion-token');
    const source = createTokenFileSource(file, workDir);
    const secrets: string[] = [];
    const { lines, log } = capture();
    const assertion = createAssertionProvider(source, { transport, onSecret: (s) => secrets.push(s), log });
    const first = platformToken({ ...ADO_CLAIMS, sub: 'system:serviceaccount:ops:deployer' });
    writeFileSync(file, first);
    expect(await assertion()).toBe(first);
    const second = platformToken({ ...ADO_CLAIMS, sub: 'system:serviceaccount:ops:deployer', jti: 'rotated' });
    writeFileSync(file, second);
    expect(await assertion()).toBe(second);
    expect(secrets).toEqual([first, second]);
    expect(lines[0]).toEqual({ level: 'debug', message: `Requesting a federated token from token file ${file}.` });
    expect(lines.filter((l) => l.level === 'info')).toHaveLength(1);
    expect(lines.map((l) => l.message).join('\n')).not.toMatch(/eyJ/);
  });
});

