/**
 * `npm run demo`: runs the bundled action against the emulated contoso tenant exactly as a runner would, with the full
 * SPFx lifecycle of examples/demo.yml (add, deploy, install on a site, upgrade to the next build, uninstall, retract,
 * remove), then prints the step outputs, the job summary and what the site had installed after the upgrade.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { REPO_ROOT, runAction } from './lib/action-runner.js';
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

async function main(): Promise<number> {
  ensureBundle();
  const emulator = await startEmulator();
  try {
    console.log(`Emulated tenant ${emulator.demo.tenantDomain} at ${emulator.proxyUrl} (CA ${emulator.caCertPath})\n`);
    const run = await runAction({
      inputs: {
        'app-id': emulator.demo.appId,
        tenant: emulator.demo.tenantDomain,
        'certificate-file': emulator.demo.pfxPath,
        'certificate-password': emulator.demo.password,
        'commands-file': 'examples/demo.yml',
      },
      env: emulator.env(),
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
    console.log(`Exit code ${run.exitCode} in ${Math.round(run.durationMs)} ms; ${emulator.requests.length} requests, ${tokenRequests} token requests.`);
    const dryRuns = await showDryRuns(emulator);
    return run.exitCode || dryRuns;
  } finally {
    await emulator.stop();
  }
}

/**
 * Two dry runs: a Graph command and a Management API command planned (with the permissions they need), then lines of
 * the CLI that this action does not run, each refused at planning with its class and the way around.
 */
async function showDryRuns(emulator: Emulator): Promise<number> {
  const inputs = { 'app-id': emulator.demo.appId, tenant: emulator.demo.tenantId, 'dry-run': 'true' };
  const runs: [string, string, number][] = [
    ['dry run: a Graph command and a Management API command', '- tenant serviceannouncement health list --issues\n- purview auditlog list --contentType SharePoint', 0],
    [
      'refused at planning: CLI commands this action does not run',
      `- m365 login --authType certificate --certificateFile ./deploy.pfx --appId ${emulator.demo.appId} --tenant ${emulator.demo.tenantDomain}\n- todo task list --listName Tasks\n- outlook message list\n- booking business list`,
      1,
    ],
  ];
  for (const [title, commands, expected] of runs) {
    const run = await runAction({ inputs: { ...inputs, commands }, env: emulator.env() });
    console.log(`\n── ${title} ${'─'.repeat(Math.max(0, 52 - title.length))}`);
    console.log(renderRunnerLog(`${run.stdout}\n${run.stderr}`));
    if (run.exitCode !== expected) return 1;
  }
  return 0;
}

process.exitCode = await main();
