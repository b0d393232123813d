/**
 * Permissions over the emulated tenant: the whole action in process (`run(host)` with a FakeHost), the real msal-node
 * and HTTP stack through the emulator's proxy, and the emulated app granted per API what each test needs. Proves that
 * the preflight stops a plan before its first request, that the dry run's manifest is exactly enough, and that each
 * resource's 403 names what is missing.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_APP_ID } from '../emulator/constants.js';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { DEMO_APP_ROLES, grantManifest, grantRoles, grantSite, type ManifestEntry } from '../emulator/seed.js';
import type { ApiName } from '../emulator/types.js';
import { run } from '../src/main.js';
import { FakeHost } from './helpers/fake-host.js';

let emulator: Emulator;
const savedEnv = { ...process.env };
const OPS = 'https://contoso.sharepoint.com/sites/ops';
const PACKAGE = './examples/sharepoint/solution/contoso-webparts.sppkg';

beforeAll(async () => {
  emulator = await startEmulator();
  // The action's transport reads the proxy from the environment, as on a self-hosted runner behind a proxy.
  Object.assign(process.env, emulator.env());
});
afterAll(async () => {
  process.env = savedEnv;
  await emulator?.stop();
});
beforeEach(() => {
  emulator.clearRequests();
  for (const api of ['graph', 'sharepoint', 'management', 'azure'] as const) grantRoles(emulator.state, DEMO_APP_ID, api, DEMO_APP_ROLES[api] ?? []);
  emulator.state.apps[0].siteGrants = undefined;
});

function grant(roles: Partial<Record<ApiName, readonly string[]>>): void {
  for (const api of ['graph', 'sharepoint', 'management', 'azure'] as const) grantRoles(emulator.state, DEMO_APP_ID, api, roles[api] ?? []);
}

async function runAction(inputs: Record<string, string>): Promise<FakeHost> {
  const host = new FakeHost(
    {
      'app-id': emulator.demo.appId,
      tenant: emulator.demo.tenantDomain,
      'certificate-file': emulator.demo.pfxPath,
      'certificate-password': emulator.demo.password,
      ...inputs,
    },
    process.env,
  );
  await run(host);
  return host;
}

const logged = (host: FakeHost, level: string): string => host.logs.filter((l) => l.level === level).map((l) => l.message).join('\n');
/** Requests that reached an API (anything but Entra ID). */
const apiRequests = () => emulator.requests.filter((r) => r.host !== 'login.microsoftonline.com');

describe('the preflight', () => {
  it('stops spo app add + spo app deploy before the first SharePoint request when Sites.FullControl.All is missing', async () => {
    grant({ sharepoint: ['Sites.Read.All'] });
    const host = await runAction({
      commands: `- id: upload\n  run: spo app add --filePath ${PACKAGE} --overwrite --appCatalogUrl https://contoso.sharepoint.com/sites/appcatalog\n- id: deploy\n  run: spo app deploy --name contoso-webparts.sppkg --appCatalogUrl https://contoso.sharepoint.com/sites/appcatalog\n`,
    });
    expect(host.failed).toBe(
      [
        'The app lacks application permissions that the commands need, so nothing was run:',
        '  - SharePoint Online (https://contoso.sharepoint.com), whose token has Sites.Read.All:',
        "      Sites.FullControl.All for command 1, id 'upload', line 1 (spo app add); command 2, id 'deploy', line 3 (spo app deploy)",
        `Add them as application permissions (not delegated) in Entra ID: App registrations > app ${DEMO_APP_ID} > API permissions > Add a permission > SharePoint: Sites.FullControl.All.`,
        'Then Grant admin consent; consent can take a few minutes to reach new tokens, so run again after that.',
        'A dry run prints the manifest entries (requiredResourceAccess) of exactly what the commands need; permission-check: warn runs the commands anyway.',
      ].join('\n'),
    );
    expect(emulator.requests.length).toBeGreaterThan(0);
    expect(emulator.requests.every((r) => r.host === 'login.microsoftonline.com')).toBe(true);
    expect(emulator.requests.filter((r) => r.scope).map((r) => r.scope)).toEqual(['https://contoso.sharepoint.com/.default']);
    expect(emulator.state.tenantAppCatalog.some((app) => app.FileName === 'contoso-webparts.sppkg')).toBe(false);
  });

  it('fails a token without any role (admin consent missing), naming what the commands need', async () => {
    grant({ sharepoint: ['Sites.FullControl.All'] });
    const host = await runAction({ commands: '- id: finance\n  run: entra group list --displayName Finance\n' });
    expect(host.failed).toContain('  - Microsoft Graph (https://graph.microsoft.com), whose token has no roles at all (admin consent looks missing):');
    expect(host.failed).toContain("      GroupMember.Read.All for command 1, id 'finance', line 1 (entra group list)");
    expect(apiRequests()).toEqual([]);
  });

  it('with permission-check: warn, reports and runs; the refusal then names the missing permission', async () => {
    grant({ sharepoint: ['Sites.Read.All'] });
    const host = await runAction({ commands: `- spo app add --filePath ${PACKAGE} --appCatalogUrl https://contoso.sharepoint.com/sites/appcatalog`, 'permission-check': 'warn' });
    expect(logged(host, 'warning')).toContain("The app lacks application permissions that the commands need (permission-check is 'warn': the commands run anyway):");
    expect(apiRequests().map((r) => r.status)).toEqual([403]);
    expect(logged(host, 'error')).toContain('Missing: Sites.FullControl.All.');
  });

  it('with permission-check: off, says nothing before the commands run', async () => {
    grant({ sharepoint: ['Sites.Read.All'] });
    const host = await runAction({ commands: `- spo web get --url ${OPS}`, 'permission-check': 'off' });
    expect(host.failed).toBeUndefined();
    expect(logged(host, 'warning')).toBe('');
    expect(logged(host, 'info')).not.toContain('Notice');
  });

  it('notes once when the tokens hold far more than the plan needs', async () => {
    const host = await runAction({ commands: `- spo web get --url ${OPS}\n- spo list list --webUrl ${OPS}\n- entra group list --displayName Finance\n` });
    expect(host.failed).toBeUndefined();
    const notices = host.logs.filter((l) => l.message.startsWith('Notice:'));
    expect(notices).toEqual([
      {
        level: 'info',
        message:
          'Notice: the app holds more than these commands need (least privilege): SharePoint Online: Sites.FullControl.All where Sites.Read.All would do. ' +
          'Microsoft Graph: Group.Read.All where GroupMember.Read.All would do; Group.ReadWrite.All where GroupMember.Read.All would do. A dry run lists exactly what they need.',
      },
    ]);
  });
});

describe('the dry run of examples/demo.yml', () => {
  /** The manifest fragment the dry run printed. */
  function manifestOf(host: FakeHost): ManifestEntry[] {
    const text = logged(host, 'info');
    const json = text.slice(text.indexOf('\n[', text.indexOf('requiredResourceAccess granting')) + 1);
    return JSON.parse(json) as ManifestEntry[];
  }

  it('prints the least privileged permissions and a manifest fragment that is exactly enough for the real run', async () => {
    const dry = await runAction({ 'commands-file': 'examples/demo.yml', 'dry-run': 'true' });
    expect(dry.failed).toBeUndefined();
    expect(emulator.requests).toEqual([]);
    const text = logged(dry, 'info');
    expect(text).toContain('Application permissions these commands need (least privilege):\n  Microsoft Graph: GroupMember.Read.All — command 14 (finance)\n  SharePoint: Sites.FullControl.All — commands 1 (upload), 2 (app), 3 (deploy), 4 (install), 5 (next), 6 (redeploy), 7 (upgrade), 8 (installed), 9 (uninstall), 10 (retract), 11 (remove), 12 (site), 13 (web)');
    const manifest = manifestOf(dry);
    expect(manifest).toEqual([
      { resourceAppId: '00000003-0000-0000-c000-000000000000', resourceAccess: [{ id: '98830695-27a2-44f7-8c18-0c3ebc9698f6', type: 'Role' }] },
      { resourceAppId: '00000003-0000-0ff1-ce00-000000000000', resourceAccess: [{ id: '678536fe-1083-478a-9c59-b99265e6b0d3', type: 'Role' }] },
    ]);
    expect(dry.summary).toContain('#### Application permissions');

    grantManifest(emulator.state, DEMO_APP_ID, manifest);
    expect(emulator.state.apps[0].roles).toEqual({ graph: ['GroupMember.Read.All'], sharepoint: ['Sites.FullControl.All'] });
    const real = await runAction({ 'commands-file': 'examples/demo.yml' });
    expect(real.failed).toBeUndefined();
    expect(JSON.parse(real.outputs.finance ?? '[]')).toHaveLength(3);
    expect(real.logs.some((l) => l.message.startsWith('Notice:'))).toBe(false);
  });

  it('with one permission less, the preflight names it and runs nothing', async () => {
    const dry = await runAction({ 'commands-file': 'examples/demo.yml', 'dry-run': 'true' });
    const manifest = manifestOf(dry);
    for (const dropped of manifest) {
      emulator.clearRequests();
      grantManifest(emulator.state, DEMO_APP_ID, manifest.filter((entry) => entry !== dropped));
      const host = await runAction({ 'commands-file': 'examples/demo.yml' });
      const permission = dropped.resourceAppId.startsWith('00000003-0000-0000') ? 'GroupMember.Read.All' : 'Sites.FullControl.All';
      expect(host.failed).toMatch(new RegExp(`^The app lacks application permissions that the commands need, so nothing was run:\\n[^]*\\n      ${permission.replace(/\./g, '\\.')} for command`));
      expect(apiRequests()).toEqual([]);
    }
  });
});

describe('refusals name what is missing (permission-check off, so that the service answers)', () => {
  it('Microsoft Graph 403: the command, its permissions, the token roles and what to add', async () => {
    grant({ graph: ['Sites.Read.All'], sharepoint: ['Sites.FullControl.All'] });
    const host = await runAction({ commands: '- entra group list --displayName Finance', 'permission-check': 'off' });
    const error = logged(host, 'error');
    expect(error).toContain("Command 1 'entra group list --displayName Finance' failed: Authorization_RequestDenied: Insufficient privileges to complete the operation.");
    expect(error).toContain('The command needs the application permission GroupMember.Read.All, or Group.Read.All, or Directory.Read.All on Microsoft Graph (https://graph.microsoft.com).');
    expect(error).toContain('The token had: Sites.Read.All.');
    expect(error).toContain('Missing: GroupMember.Read.All. Add it under App registrations > API permissions > Add a permission > Microsoft Graph > Application permissions');
  });

  it('SharePoint 403: names Sites.FullControl.All for spo app add', async () => {
    grant({ sharepoint: ['Sites.ReadWrite.All'] });
    const host = await runAction({ commands: `- spo app add --filePath ${PACKAGE} --appCatalogUrl https://contoso.sharepoint.com/sites/appcatalog`, 'permission-check': 'off' });
    const error = logged(host, 'error');
    expect(error).toContain('The command needs the application permission Sites.FullControl.All on SharePoint Online (https://contoso.sharepoint.com).');
    expect(error).toContain('The token had: Sites.ReadWrite.All.');
    expect(error).toContain('Missing: Sites.FullControl.All.');
  });

  it('Office 365 Management APIs 403 through request: names ActivityFeed.Read and the roles the token had', async () => {
    grant({ management: ['ServiceHealth.Read'] });
    const url = `https://manage.office.com/api/v1.0/${emulator.demo.tenantId}/activity/feed/subscriptions/list`;
    const host = await runAction({ commands: `- request --url ${url}`, 'permission-check': 'off' });
    const error = logged(host, 'error');
    expect(error).toContain('ActivityFeed.Read for the activity feed');
    expect(error).toContain('The token had: ServiceHealth.Read.');
  });

  it('a token with no roles at all says that consent looks missing', async () => {
    grant({});
    const host = await runAction({ commands: `- spo web get --url ${OPS}`, 'permission-check': 'off' });
    expect(logged(host, 'error')).toContain('The token had no roles at all: admin consent looks missing.');
  });
});

describe('Sites.Selected', () => {
  it('warns that the token cannot show site grants, then names the site and the granting command on the 403', async () => {
    grant({ sharepoint: ['Sites.Selected'] });
    const host = await runAction({ commands: `- spo web get --url ${OPS}/subsite` });
    const grantLine = `spo site apppermission add --appId ${DEMO_APP_ID} --permission read --siteUrl ${OPS}`;
    expect(logged(host, 'warning')).toContain(`the token has Sites.Selected, which is granted per site`);
    expect(logged(host, 'warning')).toContain(grantLine);
    const error = logged(host, 'error');
    expect(error).toContain(`The token has Sites.Selected, which is granted per site: the site ${OPS} needs a grant for this app: ${grantLine}`);
  });

  it('passes on a site the app was granted, and is refused on another', async () => {
    grant({ sharepoint: ['Sites.Selected'] });
    grantSite(emulator.state, DEMO_APP_ID, OPS, 'read');
    const granted = await runAction({ commands: `- spo web get --url ${OPS}` });
    expect(granted.failed).toBeUndefined();
    const other = await runAction({ commands: '- spo web get --url https://contoso.sharepoint.com/sites/appcatalog' });
    expect(logged(other, 'error')).toContain('--siteUrl https://contoso.sharepoint.com/sites/appcatalog');
    const write = await runAction({ commands: `- spo listitem add --webUrl ${OPS} --listTitle Releases --Title v1` });
    expect(logged(write, 'error')).toContain(`--permission write --siteUrl ${OPS}`);
  });
});
