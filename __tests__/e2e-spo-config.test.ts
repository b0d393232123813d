/**
 * End-to-end: the bundled dist/index.js, run as a GitHub runner runs it, against the emulated tenant: tenant
 * configuration pasted from CLI for Microsoft 365 scripts, one step per group of commands (site scripts, designs and
 * themes; a site's content types, groups and users; the CDN and the tenant settings).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { REPO_ROOT, demoCertificateInputs, runAction, type ActionRun } from '../scripts/lib/action-runner.js';
import { parseRunnerLog } from './helpers/workflow-commands.js';

const ROOT = 'https://contoso.sharepoint.com';
const OPS = `${ROOT}/sites/ops`;
const BUNDLE = 'dist/index.js';
let emulator: Emulator;

beforeAll(async () => {
  if (!existsSync(resolve(REPO_ROOT, BUNDLE))) throw new Error('dist/index.js is missing: run `npm run package` first.');
  emulator = await startEmulator();
});
afterAll(async () => emulator?.stop());

function run(commands: string): Promise<ActionRun> {
  const inputs = { ...demoCertificateInputs(emulator.demo), commands };
  return runAction({ inputs, env: emulator.env(), entry: BUNDLE });
}

function errors(result: ActionRun): string {
  return parseRunnerLog(result.stdout)
    .commands.filter((c) => c.name === 'error')
    .map((c) => c.data.replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%'))
    .join('\n');
}

const json = (result: ActionRun, id: string): unknown => JSON.parse(result.outputs[id]);
const PALETTE = {
  themePrimary: '#0078d4', themeLighterAlt: '#eff6fc', themeLighter: '#deecf9', themeLight: '#c7e0f4', themeTertiary: '#71afe5', themeSecondary: '#2b88d8',
  themeDarkAlt: '#106ebe', themeDark: '#005a9e', themeDarker: '#004578', neutralLighterAlt: '#f8f8f8', neutralLighter: '#f4f4f4', neutralLight: '#eaeaea',
  neutralQuaternaryAlt: '#dadada', neutralQuaternary: '#d0d0d0', neutralTertiaryAlt: '#c8c8c8', neutralTertiary: '#a6a6a6', neutralSecondary: '#666666',
  neutralPrimaryAlt: '#3c3c3c', neutralPrimary: '#333333', neutralDark: '#212121', black: '#000000', white: '#ffffff',
};

describe('site scripts, site designs and themes', () => {
  it('adds a script and a design, applies the design, and adds and applies a theme', async () => {
    const result = await run(`
- id: script
  run: spo sitescript add --title "Customer list" --content '{"actions":[{"verb":"createSPList","listName":"Customers","templateType":100}],"version":1}'
- id: design
  run: spo sitedesign add --title Customers --webTemplate TeamSite --siteScripts "{{ script.Id }}"
- id: applied
  run: spo sitedesign apply --id "{{ design.Id }}" --webUrl ${OPS}
- spo theme set --name Contoso --theme '${JSON.stringify(PALETTE)}'
- id: themes
  run: spo theme list
- id: themed
  run: spo theme apply --name Contoso --webUrl ${OPS}
`);
    expect(errors(result)).toBe('');
    expect(result.exitCode).toBe(0);
    expect(json(result, 'applied')).toEqual([expect.objectContaining({ ErrorCode: 0, Title: 'Create or update list Customers' })]);
    expect((json(result, 'themes') as { name: string }[]).map((t) => t.name)).toEqual(['Contoso']);
    expect(json(result, 'themed')).toBe(true);
  });
});

describe("a site's content types, groups and users", () => {
  it('adds a content type and lists it, the groups and the users', async () => {
    const result = await run(`
- spo contenttype add --webUrl ${OPS} --name Contract --id 0x0101009D1CB255DA76424F860D91F20E6C4118 --group Legal
- id: types
  run: spo contenttype list --webUrl ${OPS} --category Legal
- id: groups
  run: spo group list --webUrl ${OPS} --associatedGroupsOnly
- id: users
  run: spo user list --webUrl ${OPS}
`);
    expect(errors(result)).toBe('');
    expect(result.exitCode).toBe(0);
    expect(json(result, 'types')).toEqual([expect.objectContaining({ Name: 'Contract', Parent: expect.objectContaining({ Name: 'Document' }) })]);
    expect(json(result, 'groups')).toMatchObject({ AssociatedOwnerGroup: { Title: 'Operations Owners' } });
    expect((json(result, 'users') as { Title: string }[]).map((u) => u.Title)).toContain('System Account');
  });
});

describe('the CDN and the tenant settings', () => {
  it('enables the public CDN, adds an origin, and changes a tenant setting, through the admin site', async () => {
    emulator.clearRequests();
    const result = await run(`
- spo cdn set --enabled true
- spo cdn origin add --origin "*/CDN"
- id: cdn
  run: spo cdn get
- id: origins
  run: spo cdn origin list
- spo tenant settings set --SharingCapability ExistingExternalUserSharingOnly
- id: settings
  run: spo tenant settings list
`);
    expect(errors(result)).toBe('');
    expect(result.exitCode).toBe(0);
    expect(json(result, 'cdn')).toBe(true);
    expect(json(result, 'origins')).toContain('*/CDN');
    expect(json(result, 'settings')).toMatchObject({ SharingCapability: 'ExistingExternalUserSharingOnly' });
    const admin = emulator.requests.filter((r) => r.host === 'contoso-admin.sharepoint.com');
    expect(admin.length).toBe(6);
    expect(admin.every((r) => r.tokenAudience === ROOT)).toBe(true);
  });
});
