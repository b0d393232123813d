/**
 * End-to-end: the bundled dist/index.js, run as a GitHub runner runs it, against the emulated tenant: the SPFx lifecycle
 * in a site collection app catalog, and the provisioning of a site (site, subsite, hub, app permission, home site,
 * listing, removal), each as one step of lines pasted from CLI for Microsoft 365 scripts.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { REPO_ROOT, demoCertificateInputs, runAction, type ActionRun } from '../scripts/lib/action-runner.js';
import { parseRunnerLog } from './helpers/workflow-commands.js';

const ROOT = 'https://contoso.sharepoint.com';
const INTRANET = `${ROOT}/sites/intranet`;
const LAUNCH = `${ROOT}/sites/launch`;
let emulator: Emulator;

beforeAll(async () => {
  if (!existsSync(join(REPO_ROOT, 'dist', 'index.js'))) throw new Error('dist/index.js is missing: run `npm run package` first.');
  emulator = await startEmulator();
});
afterAll(async () => emulator?.stop());
beforeEach(() => emulator.clearRequests());

function run(commands: string): Promise<ActionRun> {
  const inputs = { ...demoCertificateInputs(emulator.demo), commands };
  return runAction({ inputs, env: emulator.env() });
}

function errors(result: ActionRun): string {
  return parseRunnerLog(result.stdout)
    .commands.filter((c) => c.name === 'error')
    .map((c) => c.data.replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%'))
    .join('\n');
}

const json = (result: ActionRun, id: string): unknown => JSON.parse(result.outputs[id]);

describe('the SPFx lifecycle in a site collection app catalog', () => {
  it('creates the catalog, adds, deploys, installs, upgrades, uninstalls, retracts and removes the app, then drops the catalog', async () => {
    const scope = `--appCatalogScope sitecollection --appCatalogUrl ${INTRANET}/AppCatalog`;
    const result = await run(`
- id: tenantCatalog
  run: m365 spo tenant appcatalogurl get --output json
- spo site appcatalog add --siteUrl ${INTRANET}
- id: added
  run: spo app add -p ./examples/sharepoint/solution/contoso-webparts.sppkg -s sitecollection -u ${INTRANET}/AppCatalog
- spo app deploy --id {{ added.UniqueId }} ${scope}
- spo app install -i {{ added.UniqueId }} -s ${INTRANET} --appCatalogScope sitecollection
- spo app add --filePath ./examples/sharepoint/solution-1.3/contoso-webparts.sppkg --overwrite ${scope}
- spo app deploy --name contoso-webparts.sppkg ${scope}
- spo app upgrade --id {{ added.UniqueId }} --siteUrl ${INTRANET} --appCatalogScope sitecollection
- id: installed
  run: spo app instance list --siteUrl ${INTRANET}
- spo app uninstall --id {{ added.UniqueId }} --siteUrl ${INTRANET} --appCatalogScope sitecollection --force
- spo app retract --id {{ added.UniqueId }} ${scope} --force
- spo app remove --id {{ added.UniqueId }} ${scope} --force
- id: apps
  run: spo app list ${scope}
- spo site appcatalog remove --siteUrl ${INTRANET} --force
- id: catalogs
  run: spo site appcatalog list
`);
    expect(errors(result)).toBe('');
    expect(result.exitCode).toBe(0);
    // A bare URL, as the CLI prints it.
    expect(result.outputs.tenantCatalog).toBe(`${ROOT}/sites/appcatalog`);
    expect(json(result, 'installed')).toEqual([expect.objectContaining({ Title: 'contoso-webparts-client-side-solution', Version: '1.3.0.0', AppType: 3 })]);
    expect(json(result, 'apps')).toEqual([]);
    expect((json(result, 'catalogs') as { AbsoluteUrl: string }[]).map((c) => c.AbsoluteUrl)).not.toContain(INTRANET);
    expect(emulator.state.sites.find((s) => s.Url === INTRANET)?.appCatalog).toBeUndefined();
    const admin = emulator.requests.filter((r) => r.host === 'contoso-admin.sharepoint.com');
    expect(admin.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /_vti_bin/client.svc/ProcessQuery', 'POST /_vti_bin/client.svc/ProcessQuery']);
    expect(admin.every((r) => r.tokenAudience === ROOT)).toBe(true);
  });
});

describe('provisioning a site', () => {
  it('creates a communication site with a subsite, makes it a hub under the intranet, grants an app, lists and removes it', async () => {
    const result = await run(`
- id: created
  run: spo site add --type CommunicationSite --url ${LAUNCH} --title Launch --owners admin@contoso.onmicrosoft.com
- spo site set --url {{ created }} --classification Internal --sharingCapability ExistingExternalUserSharingOnly
- id: subsite
  run: spo web add -t Docs -u docs -w STS#3 -p ${LAUNCH}
- spo web set --url ${LAUNCH}/docs --quickLaunchEnabled false --footerEnabled true
- spo hubsite register --siteUrl ${LAUNCH}
- spo hubsite connect --url /sites/launch --parentTitle Intranet
- id: hub
  run: spo hubsite get --url ${LAUNCH}
- spo site apppermission add --siteUrl ${LAUNCH} --permission read --appId ${emulator.demo.appId}
- id: permissions
  run: spo site apppermission list --siteUrl ${LAUNCH}
- id: home
  run: spo homesite set --url ${ROOT} --vivaConnectionsDefaultStart false
- id: sites
  run: spo site list --type CommunicationSite --filter "Url -like 'launch'"
  query: "[].{url: Url, template: Template, sharing: SharingCapability}"
- spo site remove --url ${LAUNCH} --skipRecycleBin --force
`);
    expect(errors(result)).toBe('');
    expect(result.exitCode).toBe(0);
    expect(result.outputs.created).toBe(LAUNCH);
    expect(json(result, 'subsite')).toMatchObject({ ServerRelativeUrl: '/sites/launch/docs', Title: 'Docs' });
    const intranetId = emulator.state.sites.find((s) => s.Url === INTRANET)?.Id;
    expect(json(result, 'hub')).toMatchObject({ SiteUrl: LAUNCH, ParentHubSiteId: intranetId });
    expect(json(result, 'permissions')).toEqual([{ appDisplayName: 'm365-action demo', appId: emulator.demo.appId, permissionId: expect.any(String), roles: ['read'] }]);
    expect(json(result, 'home')).toMatchObject({ Url: ROOT, VivaConnectionsDefaultStart: false });
    expect(json(result, 'sites')).toEqual([{ url: LAUNCH, template: 'SITEPAGEPUBLISHING#0', sharing: 3 }]);
    expect(emulator.state.sites.some((s) => s.Url === LAUNCH)).toBe(false);
    expect(emulator.state.admin.recycleBin.some((r) => r.site.Url === LAUNCH)).toBe(false);
    const tokenScopes = emulator.requests.filter((r) => r.path.endsWith('/oauth2/v2.0/token')).map((r) => r.scope).sort();
    expect(tokenScopes).toEqual([`${ROOT}/.default`, 'https://graph.microsoft.com/.default']);
  });

  it('refuses a team site before any request, naming the command that makes one', async () => {
    const result = await run('- spo site add --alias team1 --title "Team 1" --owners admin@contoso.onmicrosoft.com');
    expect(result.exitCode).toBe(1);
    expect(errors(result)).toContain("SharePoint creates group-connected team sites only for a signed-in user");
    expect(errors(result)).toContain("'entra m365group add'");
    expect(emulator.requests).toEqual([]);
  });
});
