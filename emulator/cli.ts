/**
 * `npx tsx emulator/cli.ts`: starts the emulated tenant and prints the environment that routes a process through it.
 * Runs until SIGINT / SIGTERM. Options: `--port <n>` (default: any free port), `--data-dir <path>`, `--write-env <path>`
 * (also write the environment and the demo app as NAME=value lines, e.g. to append to $GITHUB_ENV in a workflow),
 * `--cloud <name>` (the tenant's cloud: Public, USGov, USGovHigh, USGovDoD or China; default Public).
 */
import { renameSync, writeFileSync } from 'node:fs';
import { EMULATED_CLOUD_NAMES, startEmulator, type Emulator } from './index.js';

function option(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

async function main(): Promise<void> {
  const port = Number(option('--port') ?? 0);
  const cloudName = option('--cloud');
  const cloud = EMULATED_CLOUD_NAMES.find((name) => name.toLowerCase() === cloudName?.toLowerCase());
  if (cloudName !== undefined && !cloud) throw new Error(`Unknown --cloud '${cloudName}'. Expected one of: ${EMULATED_CLOUD_NAMES.join(', ')}.`);
  const emulator = await startEmulator({ port, dataDir: option('--data-dir'), cloud });
  const env = emulator.env();
  console.log(`Emulated Microsoft 365 tenant listening on ${emulator.proxyUrl}`);
  console.log('Route a process through it with:');
  for (const name of ['HTTPS_PROXY', 'NODE_EXTRA_CA_CERTS', 'NO_PROXY']) console.log(`  ${name}=${env[name]}`);
  console.log(`Tenant:      ${emulator.demo.tenantId} (${emulator.demo.tenantDomain}), cloud ${emulator.cloud.name}`);
  console.log(`App ID:      ${emulator.demo.appId}`);
  console.log(`SharePoint:  ${emulator.demo.sharePointUrl}`);
  console.log(`Certificate: ${emulator.demo.pfxPath} (password in emulator/constants.ts), ${emulator.demo.pemPath}`);
  const envFile = option('--write-env');
  if (envFile) writeEnvFile(envFile, emulator);
  const stop = (): void => {
    void emulator.stop().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

/** Written whole, then renamed, so that a reader polling for the file never sees half of it. */
function writeEnvFile(path: string, emulator: Emulator): void {
  const lines = {
    ...emulator.env(),
    DEMO_APP_ID: emulator.demo.appId,
    DEMO_TENANT: emulator.demo.tenantDomain,
    DEMO_CERTIFICATE_FILE: emulator.demo.pfxPath,
    DEMO_CERTIFICATE_PASSWORD: emulator.demo.password,
  };
  writeFileSync(`${path}.tmp`, Object.entries(lines).map(([name, value]) => `${name}=${value}\n`).join(''));
  renameSync(`${path}.tmp`, path);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
