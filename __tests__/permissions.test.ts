/**
 * Permissions, unit level: the implication table, the least-privilege choice, the preflight's findings and messages,
 * the refusal hints, the manifest report and the permission IDs (against the catalogue and the emulator's own table).
 */
import { describe, expect, it } from 'vitest';
import { API_APP_IDS, MANIFEST_APIS, PUBLISHED_APP_ROLES } from '../emulator/routes/app-roles.js';
import { CLOUDS, fixedResource, sharePointResource, type Resource } from '../src/clouds.js';
import { withAccessHints } from '../src/commands/kit/access.js';
import { command, opt } from '../src/commands/kit/index.js';
import { catalogue } from '../src/commands/registry.js';
import type { CommandDefinition } from '../src/commands/types.js';
import { HttpError } from '../src/http/errors.js';
import type { ApiClient } from '../src/http/types.js';
import { evaluatePermissions } from '../src/permissions/evaluate.js';
import { effectivePermissions } from '../src/permissions/implications.js';
import { minimalPermissions, permissionsOf } from '../src/permissions/needs.js';
import { RESOURCE_APPS } from '../src/permissions/permission-ids.js';
import { checkPermissions } from '../src/permissions/preflight.js';
import { refusalHint, withTokenDiagnostics } from '../src/permissions/refusal.js';
import { formatLeastPrivilege, leastPrivilege } from '../src/permissions/report.js';
import { siteCollectionOf, sitePermissionFor } from '../src/permissions/sites.js';
import { createPlan } from '../src/plan/planner.js';
import type { Plan } from '../src/plan/types.js';
import { readSettings } from '../src/settings.js';
import { FakeHost } from './helpers/fake-host.js';

const GRAPH = fixedResource(CLOUDS.Public, 'graph');
const SPO = sharePointResource(CLOUDS.Public, 'https://contoso.sharepoint.com') as Resource;
const AZURE = fixedResource(CLOUDS.Public, 'azure');
const APP_ID = '3f2b8c1d-6e4a-4b9f-8c7d-2a1e5f9b0c34';
const OPS = 'https://contoso.sharepoint.com/sites/ops';

/** A command whose permissions depend on an option, as `permissionsWhen` allows. */
const fakeExport = command({
  name: 'fake export',
  description: 'Reads, or with --purge also deletes',
  resource: 'graph',
  readOnly: false,
  permissions: { graph: ['Files.Read.All'] },
  permissionsWhen: ({ purge }) => (purge ? { graph: ['Files.ReadWrite.All'] } : { graph: ['Files.Read.All'] }),
  options: { purge: opt.boolean('Also delete.') },
  run: () => Promise.resolve(undefined),
});
const fakeArm = command({
  name: 'fake arm',
  description: 'Azure Resource Manager',
  resource: 'azure',
  readOnly: true,
  permissions: { azure: ['Reader'] },
  options: {},
  run: () => Promise.resolve(undefined),
});
const fakeUnknown = command({
  name: 'fake unknown',
  description: 'A permission the data file does not know',
  resource: 'graph',
  readOnly: true,
  permissions: { graph: ['Made.Up.All'] },
  options: {},
  run: () => Promise.resolve(undefined),
});
const testCatalogue: readonly CommandDefinition[] = [...catalogue, fakeExport, fakeArm, fakeUnknown];

function plan(commands: string, spoUrl?: string): Plan {
  return createPlan({ commands, source: 'commands', catalogue: testCatalogue, cloud: CLOUDS.Public, cwd: process.cwd(), spoUrl });
}

/** Each command's resource, as main.ts gives them to the executor (SharePoint root discovered as contoso). */
function resourcesOf(p: Plan): Map<number, Resource> {
  return new Map(p.commands.flatMap((c) => (c.resourceKind === 'none' ? [] : [[c.index, c.resource ?? (c.resourceKind === 'sharepoint' ? SPO : GRAPH)] as const])));
}

function tokens(roles: Record<string, readonly string[]>) {
  return { rolesOf: (resource: Resource) => roles[resource.audience] };
}

describe('implications', () => {
  it('SharePoint: Read < ReadWrite < Manage < FullControl; Sites.Selected gives nothing tenant-wide', () => {
    expect([...effectivePermissions('sharepoint', ['Sites.Manage.All'])].sort()).toEqual(['Sites.Manage.All', 'Sites.Read.All', 'Sites.ReadWrite.All']);
    expect([...effectivePermissions('sharepoint', ['Sites.Selected'])]).toEqual(['Sites.Selected']);
  });

  it('Graph: ReadWrite gives Read; Directory.Read.All reads users, group basics and apps but is not Group.Read.All', () => {
    const directory = effectivePermissions('graph', ['Directory.ReadWrite.All']);
    expect([...directory].sort()).toEqual(['Application.Read.All', 'Directory.Read.All', 'Directory.ReadWrite.All', 'GroupMember.Read.All', 'User.Read.All', 'User.ReadBasic.All']);
    expect(effectivePermissions('graph', ['Group.ReadWrite.All']).has('GroupMember.Read.All')).toBe(true);
    expect(effectivePermissions('graph', ['Sites.FullControl.All']).has('Sites.Read.All')).toBe(true);
    expect(effectivePermissions('management', ['ActivityFeed.ReadDlp']).has('ActivityFeed.Read')).toBe(false);
  });
});

describe('minimalPermissions', () => {
  it('takes forced needs first, so that a higher one covers the alternatives of others', () => {
    expect(minimalPermissions('sharepoint', [[['Sites.Read.All'], ['Sites.FullControl.All']], [['Sites.FullControl.All']]])).toEqual(['Sites.FullControl.All']);
  });

  it('prefers two narrow permissions to one broad one, and drops what another chosen one gives', () => {
    const needs = [
      [['User.Read.All'], ['Directory.Read.All']],
      [['GroupMember.Read.All'], ['Directory.Read.All']],
    ];
    expect(minimalPermissions('graph', needs)).toEqual(['User.Read.All', 'GroupMember.Read.All']);
    expect(minimalPermissions('sharepoint', [[['Sites.Read.All']], [['Sites.ReadWrite.All']]])).toEqual(['Sites.ReadWrite.All']);
  });

  it('counts what is granted already', () => {
    expect(minimalPermissions('graph', [[['GroupMember.Read.All'], ['Directory.Read.All']]], ['Directory.Read.All'])).toEqual([]);
    expect(minimalPermissions('graph', [[['A', 'B']]], ['A'])).toEqual(['B']);
  });
});

describe('evaluatePermissions', () => {
  it('finds what is missing per resource, with the commands needing it and the options taken into account', () => {
    const p = plan('- fake export\n- id: purge\n  run: fake export --purge\n- spo web get --url https://contoso.sharepoint.com/sites/ops\n');
    const [graph, spo] = evaluatePermissions({ plan: p, resources: resourcesOf(p), tokens: tokens({ [GRAPH.audience]: ['Files.Read.All'], [SPO.audience]: ['Sites.Read.All'] }) });
    expect(graph.missing.map((m) => [m.permission, m.needs.map((n) => n.command?.id)])).toEqual([['Files.ReadWrite.All', ['purge']]]);
    expect(graph.consentMissing).toBe(false);
    expect(spo.missing).toEqual([]);
    expect(permissionsOf(p.commands[1])).toEqual({ graph: [['Files.ReadWrite.All']] });
  });

  it('leaves Sites.Selected and Azure role assignments unproven, and judges no resource without a token', () => {
    const p = plan('- spo web get --url https://contoso.sharepoint.com/sites/ops\n- fake arm\n- entra group list\n');
    const findings = evaluatePermissions({ plan: p, resources: resourcesOf(p), tokens: tokens({ [SPO.audience]: ['Sites.Selected'], [AZURE.audience]: [] }) });
    expect(findings.map((f) => [f.resource.kind, f.missing.length, f.unproven.map((n) => n.command?.definition.name), f.consentMissing])).toEqual([
      ['sharepoint', 0, ['spo web get'], false],
      ['azure', 0, ['fake arm'], false],
    ]);
  });

  it('names roles far above the need, never roles unrelated to it', () => {
    const p = plan('- entra group list\n- spo web get --url https://contoso.sharepoint.com/sites/ops\n');
    const findings = evaluatePermissions({
      plan: p,
      resources: resourcesOf(p),
      tokens: tokens({ [GRAPH.audience]: ['Directory.ReadWrite.All', 'Mail.Send'], [SPO.audience]: ['Sites.Read.All'] }),
    });
    expect(findings.map((f) => f.excess)).toEqual([[{ role: 'Directory.ReadWrite.All', enough: ['GroupMember.Read.All'] }], []]);
  });
});

describe('checkPermissions', () => {
  const p = plan('- id: upload\n  run: spo app add --filePath README.md --appCatalogUrl https://contoso.sharepoint.com/sites/appcatalog\n- request --url https://graph.microsoft.com/v1.0/users\n');
  const input = { plan: p, resources: resourcesOf(p), appId: APP_ID, tokens: tokens({ [SPO.audience]: ['Sites.Manage.All'], [GRAPH.audience]: [] }) };

  it('strict: throws one error listing every resource, each missing permission once with its commands, and the fix', () => {
    const host = new FakeHost();
    expect(() => checkPermissions(host, { ...input, mode: 'strict' })).toThrow(
      [
        'The app lacks application permissions that the commands need, so nothing was run:',
        '  - SharePoint Online (https://contoso.sharepoint.com), whose token has Sites.Manage.All:',
        "      Sites.FullControl.All for command 1, id 'upload', line 1 (spo app add)",
        '  - Microsoft Graph (https://graph.microsoft.com), whose token has no roles at all (admin consent looks missing):',
        '      a token without roles is refused by every request of command 2, line 3 (request)',
      ].join('\n'),
    );
  });

  it('warn: the same as a warning, and the run goes on; off: nothing', () => {
    const warned = new FakeHost();
    checkPermissions(warned, { ...input, mode: 'warn' });
    expect(warned.logs.filter((l) => l.level === 'warning').map((l) => l.message)[0]).toMatch(/^The app lacks application permissions that the commands need \(permission-check is 'warn': the commands run anyway\):/);
    const off = new FakeHost();
    checkPermissions(off, { ...input, mode: 'off' });
    expect(off.logs.filter((l) => l.level !== 'debug')).toEqual([]);
  });
});

describe('refusals', () => {
  it('a command\'s 403 names its permissions, the token roles and what to add', () => {
    const hint = refusalHint({ status: 403, resource: GRAPH, needed: [['User.Read.All'], ['Directory.Read.All']], roles: ['Group.Read.All'], appId: APP_ID });
    expect(hint).toBe(
      [
        'The command needs the application permission User.Read.All, or Directory.Read.All on Microsoft Graph (https://graph.microsoft.com).',
        'The token had: Group.Read.All.',
        'Missing: User.Read.All. Add it under App registrations > API permissions > Add a permission > Microsoft Graph > Application permissions, then grant admin consent; consent can take a few minutes to reach new tokens.',
      ].join('\n'),
    );
  });

  it('says when the token covers the declaration, and what a 401 means', () => {
    const hint = refusalHint({ status: 401, resource: SPO, needed: [['Sites.Read.All']], roles: ['Sites.FullControl.All'] });
    expect(hint).toContain('That covers what the command declares, so the refusal has another cause');
    expect(hint).toContain('(401: the token was not accepted; it was issued for https://contoso.sharepoint.com.)');
  });

  it('withTokenDiagnostics + withAccessHints: the run knows the roles and the site, the command what it needs', async () => {
    const refused: ApiClient = {
      request: () => Promise.reject(new HttpError('Access denied. (GET … returned 403 Forbidden)', { status: 403, resource: SPO })),
      getAll: () => Promise.reject(new HttpError('Access denied.', { status: 403, resource: SPO })),
    };
    const run = withTokenDiagnostics(refused, tokens({ [SPO.audience]: ['Sites.Selected'] }), APP_ID);
    const commandClient = withAccessHints(run, { sharepoint: [['Sites.Manage.All'], ['Sites.FullControl.All']] });
    const error = await commandClient.request({ url: `${OPS}/subsite/_api/web/lists` }).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 403, message: 'Access denied. (GET … returned 403 Forbidden)' });
    expect((error as HttpError).hint).toBe(
      [
        'The command needs the application permission Sites.Manage.All, or Sites.FullControl.All on SharePoint Online (https://contoso.sharepoint.com).',
        'The token had: Sites.Selected.',
        `The token has Sites.Selected, which is granted per site: the site ${OPS} needs a grant for this app: spo site apppermission add --appId ${APP_ID} --permission manage --siteUrl ${OPS} (run by an administrator or an app with Sites.FullControl.All).`,
        'Or, for every site at once: add Sites.Manage.All under App registrations > API permissions > Add a permission > SharePoint > Application permissions, then grant admin consent; consent can take a few minutes to reach new tokens.',
      ].join('\n'),
    );
    const noNeeds = await withAccessHints(run, {}).getAll(`${OPS}/_api/web/webs`).catch((e: unknown) => e);
    expect((noNeeds as HttpError).hint).toContain("The command declares no permissions for SharePoint Online (https://contoso.sharepoint.com): the endpoint's documentation names the application permission it needs.");
  });

  it('the site of a URL and the grant level of a need', () => {
    expect(siteCollectionOf('https://contoso.sharepoint.com/teams/Finance/sub/_api/web')).toBe('https://contoso.sharepoint.com/teams/Finance');
    expect(siteCollectionOf('https://contoso.sharepoint.com/_api/web')).toBe('https://contoso.sharepoint.com');
    expect(siteCollectionOf('https://contoso.sharepoint.com/sites/{{ x.name }}')).toBeUndefined();
    expect(sitePermissionFor([['Sites.FullControl.All']])).toBe('fullcontrol');
    expect(sitePermissionFor(undefined)).toBe('write');
  });
});

describe('the least-privilege report', () => {
  it('adds the SharePoint root discovery, lists unknown IDs, keeps Azure out of the manifest', () => {
    const report = leastPrivilege(plan('- spo app list\n- fake unknown\n- fake arm\n'));
    expect(report.manifest).toEqual([
      { resourceAppId: '00000003-0000-0000-c000-000000000000', resourceAccess: [{ id: '332a536c-c7ef-4017-ab91-336970924f0d', type: 'Role' }] },
      { resourceAppId: '00000003-0000-0ff1-ce00-000000000000', resourceAccess: [{ id: 'd13f72ca-a275-4b96-b789-48ebcc4da984', type: 'Role' }] },
    ]);
    const text = formatLeastPrivilege(report);
    expect(text).toContain('  Microsoft Graph: Made.Up.All — command 2\n  Microsoft Graph: Sites.Read.All — the SharePoint root discovery\n  SharePoint: Sites.Read.All — command 1');
    expect(text).toContain('  Azure Service Management: Reader by Azure role assignment, not in a manifest — command 3');
    expect(text).toContain('  (Made.Up.All of Microsoft Graph: its ID is not known here; add it by name)');
  });

  it('says so when the commands declare nothing', () => {
    expect(formatLeastPrivilege(leastPrivilege(plan('- status\n')))).toBe('Application permissions: these commands declare none (a request needs what its endpoint documents).');
  });
});

describe('permission IDs', () => {
  it('know every application permission the catalogue declares, for the APIs of a manifest', () => {
    const unknown = catalogue.flatMap((definition) =>
      (['graph', 'sharepoint', 'management'] as const).flatMap((kind) =>
        (definition.permissions[kind] ?? []).flat().filter((permission) => RESOURCE_APPS[kind].roles[permission] === undefined).map((permission) => `${definition.name}: ${kind} ${permission}`),
      ),
    );
    expect(unknown).toEqual([]);
  });

  it('are GUIDs, unique per API, and agree with the emulated APIs\' own table', () => {
    for (const kind of MANIFEST_APIS) {
      const ids = Object.values(RESOURCE_APPS[kind].roles);
      for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      expect(new Set(ids).size).toBe(ids.length);
      expect(RESOURCE_APPS[kind].appId).toBe(API_APP_IDS[kind]);
      for (const [id, value] of Object.entries(PUBLISHED_APP_ROLES[kind])) expect([value, RESOURCE_APPS[kind].roles[value]]).toEqual([value, id]);
    }
  });
});

describe('the permission-check input', () => {
  const base = { 'app-id': APP_ID, tenant: 'contoso.onmicrosoft.com', certificate: 'MIIPFX', commands: '- status' };

  it('accepts strict, warn and off in any case, and names the allowed values otherwise', () => {
    expect(readSettings(new FakeHost({ ...base, 'permission-check': 'WARN' })).permissionCheck).toBe('warn');
    expect(() => readSettings(new FakeHost({ ...base, 'permission-check': 'lenient' }))).toThrow("Invalid permission-check 'lenient'. Expected one of: strict, warn, off.");
  });
});
