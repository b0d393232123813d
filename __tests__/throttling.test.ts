/**
 * Throttling over real sockets: the emulator's throttle answers 429 with Retry-After past its budget; the client's
 * per-host limiter pauses every request to that host and lowers the concurrency, so a burst costs far fewer 429s than
 * requests that each retry on their own — and every request still succeeds, none sent twice after it succeeded.
 */
import { EnvHttpProxyAgent } from 'undici';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { CLOUDS, fixedResource, sharePointResource, type Resource } from '../src/clouds.js';
import { createApiClient } from '../src/http/client.js';
import { HostLimiter } from '../src/http/host-limiter.js';
import { createTransport } from '../src/http/transport.js';
import { emulatorTokens, ROOT } from './helpers/harness.js';

let emulator: Emulator;
let dispatcher: EnvHttpProxyAgent;

beforeEach(async () => {
  emulator = await startEmulator();
  dispatcher = new EnvHttpProxyAgent({ httpsProxy: emulator.proxyUrl, httpProxy: emulator.proxyUrl, noProxy: '' });
});

afterEach(async () => {
  await dispatcher.close();
  await emulator.stop();
});

/** 24 reads of the ops web, 8 at a time, under a budget of 6 per 500 ms; the 429s the emulator answered. */
async function burst(limiter: HostLimiter | undefined): Promise<number> {
  const transport = createTransport({ dispatcher });
  const resources: Resource[] = [fixedResource(CLOUDS.Public, 'graph'), sharePointResource(CLOUDS.Public, ROOT)!];
  const http = createApiClient({ transport, tokens: emulatorTokens(emulator, transport), resources: () => resources, limiter, retry: { maxAttempts: 8, maxTotalWaitMs: 20_000 } });
  await http.request({ url: `${ROOT}/sites/ops/_api/web` }); // the token, before the clock starts
  const throttle = emulator.throttle({ limit: 6, windowMs: 500, hosts: ['sharepoint'] })!;
  const seen = emulator.requests.length;
  const queue = Array.from({ length: 24 }, (_, i) => i);
  const worker = async (): Promise<void> => {
    while (queue.shift() !== undefined) expect((await http.request<{ Title: string }>({ url: `${ROOT}/sites/ops/_api/web` })).body.Title).toBe('Operations');
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  const answered = emulator.requests.slice(seen);
  expect(answered.filter((r) => r.status === 200)).toHaveLength(24);
  expect(answered.filter((r) => r.status === 429)).toHaveLength(throttle.refused);
  return throttle.refused;
}

describe('throttling', () => {
  it('pauses the whole host at a 429 and lowers the concurrency, so a burst costs fewer 429s than without the limiter', async () => {
    const withLimiter = await burst(new HostLimiter(8));
    emulator.throttle();
    const without = await burst(undefined);
    expect(withLimiter).toBeGreaterThan(0);
    expect(withLimiter).toBeLessThan(without);
  }, 60_000);
});
