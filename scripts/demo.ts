/**
 * `npm run demo`: runs the bundled action against the emulated contoso tenant exactly as a runner would, with the full
 * SPFx lifecycle of examples/demo.yml (add, deploy, install on a site, upgrade to the next build, uninstall, retract,
 * remove), then prints the step outputs, the job summary, what the site had installed after the upgrade and which hosts
 * the run talked to.
 *
 * `npm run demo -- --cloud USGovHigh` (or USGov, USGovDoD, China) runs the same against a tenant of that national cloud:
 * the action gets `cloud`, and the commands' SharePoint URLs are the tenant's in that cloud.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { EMULATED_CLOUD_NAMES, startEmulator, type Emulator, type EmulatedCloudName } from '../emulator/index.js';
import { demoCertificateInputs, REPO_ROOT, runAction } from './lib/action-runner.js';
import { renderRunnerLog } from './lib/runner-log.js';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function ensureBundle(): void {
  const bundle = join(REPO_ROOT, 'dist', 'index.js');
  // A fresh clone writes src/ and dist/ within moments of each other, in no set order: only a source edited clearly
  // after the bundle was built makes it stale.
  if (existsSync(bundle) && newestMtime(join(REPO_ROOT, 'src')) - statSync(bundle).mtimeMs < 5_000) return;
  console.log('Building dist/ (npm run package)…');
  execFileSync('npm', ['run', '-s', 'package'], { cwd: REPO_ROOT, stdio: 'inherit' });
}

/** The value of `--cloud`, if given; an unknown name stops the demo with the list of known ones. */
function cloudOption(argv: readonly string[]): EmulatedCloudName | undefined {
  const index = argv.indexOf('--cloud');
  if (index < 0) return undefined;
  const value = argv[index + 1] ?? '';
  const cloud = EMULATED_CLOUD_NAMES.find((name) => name.toLowerCase() === value.toLowerCase());
  if (!cloud) throw new Error(`Unknown --cloud '${value}'. Expected one of: ${EMULATED_CLOUD_NAMES.join(', ')}.`);
  return cloud;
}

/**
 * The inputs that point the action at the demo commands. In a national cloud the commands' SharePoint hosts
 * (contoso.sharepoint.com, -admin, -my) become the tenant's in that cloud, and `cloud` names it.
 */
function commandInputs(emulator: Emulator, cloud: EmulatedCloudName | undefined): Record<string, string> {
  if (!cloud) return { 'commands-file': 'examples/demo.yml' };
  const text = readFileSync(join(REPO_ROOT, 'examples', 'demo.yml'), 'utf8');
  const suffix = emulator.cloud.sharePointSuffix;
  return { commands: text.replace(/\b(contoso(?:-admin|-my)?)\.sharepoint\.com\b/gi, `$1.${suffix}`), cloud };
}

/** "login.microsoftonline.us (4 requests), graph.microsoft.us (1), …", in the order first used. */
function hostsUsed(emulator: Emulator): string {
  const counts = new Map<string, number>();
  for (const request of emulator.requests) counts.set(request.host, (counts.get(request.host) ?? 0) + 1);
  return [...counts].map(([host, count]) => `  ${host} (${count} request${count === 1 ? '' : 's'})`).join('\n');
}

async function main(): Promise<number> {
  const cloud = cloudOption(process.argv.slice(2));
  // M365_ACTION_ENTRY runs another build (e.g. a scratch `node scripts/package.mjs --out <dir>`) as it is.
  const entry = process.env.M365_ACTION_ENTRY;
  if (!entry) ensureBundle();
  const emulator = await startEmulator({ cloud });
  try {
    const where = cloud ? ` in cloud ${cloud}` : '';
    console.log(`Emulated tenant ${emulator.demo.tenantDomain}${where} at ${emulator.proxyUrl} (CA ${emulator.caCertPath})\n`);
    const run = await runAction({
      inputs: { ...demoCertificateInputs(emulator.demo), ...commandInputs(emulator, cloud) },
      env: emulator.env(),
      entry,
    });
    console.log('── action log (as the runner shows it) ─────────────────');
    console.log(renderRunnerLog(`${run.stdout}\n${run.stderr}`));
    console.log('\n── step outputs ────────────────────────────────────────');
    for (const [name, value] of Object.entries(run.outputs)) {
      console.log(`${name}: ${value.length > 300 ? `${value.slice(0, 300)}… (${value.length} chars)` : value}`);
    }
    if (run.outputs.installed) console.log(`\nInstalled on the site after 'spo app upgrade': ${run.outputs.installed}`);
    console.log('\n── job summary ─────────────────────────────────────────');
    console.log(run.summary);
    const tokenRequests = emulator.requests.filter((r) => r.path.endsWith('/oauth2/v2.0/token')).length;
    console.log(`Hosts used (cloud ${emulator.cloud.name}):\n${hostsUsed(emulator)}`);
    console.log(`Exit code ${run.exitCode} in ${Math.round(run.durationMs)} ms; ${emulator.requests.length} requests, ${tokenRequests} token requests.`);
    const dryRuns = await showDryRuns(emulator, { cloud, entry });
    return run.exitCode || dryRuns;
  } finally {
    await emulator.stop();
  }
}

/**
 * Two dry runs: a Graph command and a Management API command planned (with the permissions they need), then lines of
 * the CLI that this action does not run, each refused at planning with its class and the way around.
 */
async function showDryRuns(emulator: Emulator, options: { cloud?: EmulatedCloudName; entry?: string }): Promise<number> {
  const inputs = { 'app-id': emulator.demo.appId, tenant: emulator.demo.tenantId, 'dry-run': 'true', ...(options.cloud ? { cloud: options.cloud } : {}) };
  const runs: [string, string, number][] = [
    ['dry run: a Graph command and a Management API command', '- tenant serviceannouncement health list --issues\n- purview auditlog list --contentType SharePoint', 0],
    [
      'refused at planning: CLI commands this action does not run',
      `- m365 login --authType certificate --certificateFile ./deploy.pfx --appId ${emulator.demo.appId} --tenant ${emulator.demo.tenantDomain}\n- todo task list --listName Tasks\n- outlook message list\n- booking business list`,
      1,
    ],
  ];
  for (const [title, commands, expected] of runs) {
    const run = await runAction({ inputs: { ...inputs, commands }, env: emulator.env(), entry: options.entry });
    console.log(`\n── ${title} ${'─'.repeat(Math.max(0, 52 - title.length))}`);
    console.log(renderRunnerLog(`${run.stdout}\n${run.stderr}`));
    if (run.exitCode !== expected) return 1;
  }
  return 0;
}

process.exitCode = await main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  return 2;
});
