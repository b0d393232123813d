import { readFileSync } from 'node:fs';
import { open, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { CLOUDS } from '../../src/clouds.js';
import { createRunMemo } from '../../src/commands/run-memo.js';
import type { CommandContext, CommandFiles } from '../../src/commands/types.js';
import type { ApiClient, HttpRequest, HttpResponse } from '../../src/http/types.js';

/**
 * A fake ApiClient answering by `METHOD url` (like the CLI for Microsoft 365's request stubs); an unexpected request
 * fails the test. For unit tests of a command's URLs and bodies; the table-driven tests run over the emulator.
 */
export class FakeApi implements ApiClient {
  readonly calls: HttpRequest[] = [];
  constructor(private readonly answers: Record<string, unknown>) {}

  async request<T>(request: HttpRequest): Promise<HttpResponse<T>> {
    this.calls.push(request);
    const key = `${request.method ?? 'GET'} ${request.url}`;
    if (!(key in this.answers)) throw new Error(`Unexpected request ${key}`);
    const answer = this.answers[key];
    if (answer instanceof Error) throw answer;
    return { status: 200, headers: {}, body: answer as T };
  }

  async getAll<T>(url: string, headers?: Record<string, string>): Promise<T[]> {
    return (await this.request<T[]>({ method: 'GET', url, headers })).body;
  }
}

/** Files relative to `cwd`, without containment (the containment rules have tests of their own). */
export function filesIn(cwd: string): CommandFiles {
  return {
    readFile: (path) => readFile(resolve(cwd, path)),
    writeFile: async (path, data) => {
      await writeFile(resolve(cwd, path), data);
      return resolve(cwd, path);
    },
    openRead: async (path) => {
      const handle = await open(resolve(cwd, path), 'r');
      const { size } = await handle.stat();
      return {
        size,
        read: async (position, length) => (await handle.read(Buffer.alloc(Math.max(0, Math.min(length, size - position))), 0, Math.max(0, Math.min(length, size - position)), position)).buffer,
        close: () => handle.close(),
      };
    },
  };
}

/** A command context for unit tests: Public cloud, the contoso SharePoint root, silent logs. */
export function testContext(http: ApiClient, overrides: Partial<CommandContext> & { cwd?: string } = {}): CommandContext {
  const { cwd = tmpdir(), ...rest } = overrides;
  return {
    http,
    cloud: CLOUDS.Public,
    sharePointUrl: 'https://contoso.sharepoint.com',
    files: filesIn(cwd),
    signal: new AbortController().signal,
    session: { appId: 'app', tenant: 'contoso.onmicrosoft.com', authType: 'certificate', cloud: 'Public' },
    once: createRunMemo(),
    log: { debug: () => undefined, info: () => undefined, warning: () => undefined },
    ...rest,
  };
}

/** A real SPFx package (a zip holding AppManifest.xml), for the tests that upload one. */
export const SAMPLE_PACKAGE = readFileSync(new URL('../../examples/sharepoint/solution/contoso-webparts.sppkg', import.meta.url));
