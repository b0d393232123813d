/**
 * Vitest global setup (runs once, in the main process, before the workers fork). It prepares the emulator's data
 * directory — CA, server certificate, issuer keys, demo certificate — so that parallel workers only read those files,
 * and points NODE_EXTRA_CA_CERTS at the CA: a forked worker inherits the variable and Node reads it at start-up, so
 * every TLS client in the workers (undici's fetch, https, @actions/http-client) trusts the emulator without a `ca`
 * option, exactly like the action does on a runner.
 */
import { DEFAULT_DATA_DIR, prepareDataDir } from '../emulator/index.js';

export default async function setup(): Promise<void> {
  const { ca } = await prepareDataDir(DEFAULT_DATA_DIR);
  process.env.NODE_EXTRA_CA_CERTS = ca.certPath;
}
