/**
 * The Entra ID commands, table-driven (see commands.test.ts): each row a command line as a user would paste it,
 * planned and run in-process against the emulator over real sockets, expecting a result (a subset, or a check that
 * may also look at the emulated tenant's state) or an error. `doc` names the CLI documentation page of the JSON shape.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_APP_ID, DEMO_TENANT_ID } from '../emulator/constants.js';
import { GRAPH_APP_ID } from '../emulator/routes/graph/seed.js';
import { graphOf } from '../emulator/routes/graph/state.js';
import { serviceRoutes } from '../emulator/routes/index.js';
import { emptyTenantAdmin } from '../emulator/routes/sharepoint/tenant-admin.js';
import { seedContent, seedGuid } from '../emulator/seed-content.js';
import type { TenantState } from '../emulator/types.js';
import { entraAppAdd } from '../src/commands/entra/app-add.js';
import { entraUserAdd } from '../src/commands/entra/user-add.js';
import type { CommandContext } from '../src/commands/types.js';
import { HttpError } from '../src/http/errors.js';
import type { ApiClient, HttpRequest, HttpResponse } from '../src/http/types.js';
import { publishOutputs, type CommandOutcome } from '../src/report/outputs.js';
import { renderOutput } from '../src/report/render.js';
import { buildSummary } from '../src/report/summary.js';
import { testContext } from './helpers/command-context.js';
import { FakeHost } from './helpers/fake-host.js';
import { startHarness, type Harness } from './helpers/harness.js';
import { describeRows, type Row } from './helpers/table.js';


const DOMAIN = 'contoso.onmicrosoft.com';
const upn = (nick: string): string => `${nick}@${DOMAIN}`;
const userId = (nick: string): string => seedGuid(`user:${upn(nick).toLowerCase()}`);
const groupId = (name: string): string => seedGuid(`group:${name}`);
const MISSING = '00000000-0000-4000-8000-000000000000';

/** The application permissions the tests' app is granted (the demo app's own are SharePoint-centred). */
const ROLES = [
  'User.ReadWrite.All', 'Application.ReadWrite.All', 'AppRoleAssignment.ReadWrite.All', 'DelegatedPermissionGrant.ReadWrite.All',
  'GroupMember.ReadWrite.All', 'Group.Create', 'AdministrativeUnit.Read.All', 'RoleManagement.Read.Directory', 'ProfilePhoto.ReadWrite.All', 'Files.Read.All',
];

let harness: Harness;
const graph = () => graphOf(harness.emulator.state);
const appNamed = (name: string) => harness.emulator.state.apps.find((a) => a.displayName === name);
const groupNamed = (name: string) => harness.emulator.state.groups.find((g) => g.displayName === name);
const names = (items: unknown): string[] => (items as { displayName: string }[]).map((i) => i.displayName);

const MANIFEST = {
  name: 'Manifest app',
  signInAudience: 'AzureADMyOrg',
  replyUrlsWithType: [{ url: 'https://contoso.com/signin', type: 'Web' }, { url: 'https://contoso.com/spa', type: 'Spa' }],
  appRoles: [{ allowedMemberTypes: ['User'], description: 'Managers', displayName: 'Managers', id: '0a545986-9142-4c88-909c-34f3c11abbc4', isEnabled: true, lang: null, origin: 'Application', value: 'managers' }],
  informationalUrls: { privacy: 'https://contoso.com/privacy' },
};

const ROWS: Record<string, readonly Row[]> = {
  'entra app add': [
    {
      run: `entra app add --name "Release pipeline" --platform web --redirectUris https://contoso.com/auth --apisApplication https://graph.microsoft.com/Sites.Read.All --apisDelegated https://graph.microsoft.com/User.Read --grantAdminConsent --uri api://_appId_ --scopeName access --scopeAdminConsentDescription "Access the API" --scopeAdminConsentDisplayName Access`,
      doc: 'entra/app/app-add',
      check: (result) => {
        const added = result as { appId: string; objectId: string; tenantId: string };
        expect(Object.keys(added).sort()).toEqual(['appId', 'objectId', 'tenantId']);
        expect(added.tenantId).toBe(DEMO_TENANT_ID);
        const registration = graph().registrations[added.objectId];
        expect(registration.identifierUris).toEqual([`api://${added.appId}`]);
        expect(registration.web.redirectUris).toEqual(['https://contoso.com/auth']);
        expect(registration.api.oauth2PermissionScopes).toMatchObject([{ value: 'access', type: 'Admin' }]);
        expect(registration.requiredResourceAccess.map((r) => r.resourceAppId)).toEqual([GRAPH_APP_ID]);
        const principal = graph().servicePrincipals.find((s) => s.appId === added.appId);
        expect(principal?.appRoleAssignments).toHaveLength(1);
        expect(graph().oauth2PermissionGrants).toContainEqual(expect.objectContaining({ clientId: principal?.id, scope: 'User.Read' }));
        expect(appNamed('Release pipeline')?.roles).toEqual({ graph: ['Sites.Read.All'] });
      },
    },
    {
      run: [{ command: 'entra app add', options: { manifest: MANIFEST, multitenant: true } }],
      check: (result) => {
        const registration = graph().registrations[(result as { objectId: string }).objectId];
        expect(registration).toMatchObject({ signInAudience: 'AzureADMultipleOrgs', web: { redirectUris: ['https://contoso.com/signin'] }, spa: { redirectUris: ['https://contoso.com/spa'] } });
        expect(registration.appRoles).toEqual([expect.not.objectContaining({ lang: null })]);
        expect(appNamed('Manifest app')).toBeDefined();
      },
    },
    { run: 'entra app add --name x --redirectUris https://contoso.com', error: 'When you specify redirectUris you also need to specify platform' },
    { run: 'entra app add --name x --scopeName s --uri api://x', error: 'When you specify scopeName you also need to specify scopeAdminConsentDescription' },
    { run: 'entra app add --name "Never made" --apisApplication https://graph.microsoft.com/Nope.All', error: 'Permission Nope.All for service principal https://graph.microsoft.com not found' },
    { run: 'entra app add --platform web', error: "needs one of --name, --manifest; none was given" },
  ],
  'entra app get': [
    { run: `entra appregistration get --appId ${DEMO_APP_ID} --save`, doc: 'entra/app/app-get', check: (app, run) => {
      expect(app).toMatchObject({ appId: DEMO_APP_ID, displayName: 'm365-action demo', signInAudience: 'AzureADMyOrg' });
      expect(run.requests.filter((r) => r.method !== 'POST')).toHaveLength(1);
    } },
    { run: 'entra app get --name "m365-action demo" --properties id,appId', check: (app) => expect(Object.keys(app as object).sort()).toEqual(['appId', 'id']) },
    { run: 'entra app get --name "no such app"', error: "App with name 'no such app' not found in Microsoft Entra ID." },
  ],
  'entra app list': [
    { run: 'entra app list', doc: 'entra/app/app-list', check: (apps) => expect(names(apps)).toContain('m365-action demo') },
    { run: 'aad app list -p appId,displayName', check: (apps) => expect(Object.keys((apps as object[])[0]).sort()).toEqual(['appId', 'displayName']) },
    { run: 'entra app list --all', error: "Unknown option '--all' for 'entra app list'" },
  ],
  'entra app set': [
    {
      run: [
        { id: 'web', run: 'entra app add --name "Set target" --platform web --redirectUris https://old.contoso.com,https://keep.contoso.com' },
        'entra app set --objectId "{{ web.objectId }}" --uris api://set-target --platform spa --redirectUris https://spa.contoso.com --redirectUrisToRemove https://old.contoso.com --allowPublicClientFlows true --notes "Owned by ops"',
      ],
      doc: 'entra/app/app-set',
      check: (result, run) => {
        expect(result).toBeUndefined();
        const app = appNamed('Set target');
        const registration = graph().registrations[app?.id ?? ''];
        expect(registration).toMatchObject({ identifierUris: ['api://set-target'], isFallbackPublicClient: true, web: { redirectUris: ['https://keep.contoso.com'] }, spa: { redirectUris: ['https://spa.contoso.com'] } });
        expect(registration.extra).toEqual({ notes: 'Owned by ops' });
        expect(run.requests.filter((r) => r.method === 'PATCH')).toHaveLength(4);
      },
    },
    { run: `entra app set --appId ${MISSING} --uris api://x`, error: `App with appId '${MISSING}' not found in Microsoft Entra ID.` },
    { run: 'entra app set --name x --certificateDisplayName cert', error: 'When you specify certificateDisplayName you also need to specify certificateFile or certificateBase64Encoded' },
  ],
  'entra app remove': [
    {
      run: [{ id: 'doomed', run: 'entra app add --name Doomed' }, 'entra app remove --objectId "{{ doomed.objectId }}" --force'],
      doc: 'entra/app/app-remove',
      check: (result) => {
        expect(result).toBeUndefined();
        expect(appNamed('Doomed')).toBeUndefined();
      },
    },
    { run: 'entra app remove --name "no such app" --force', error: "App with name 'no such app' not found in Microsoft Entra ID." },
  ],
  'entra app permission list': [
    {
      run: `entra app permission list --appId ${DEMO_APP_ID}`,
      doc: 'entra/app/app-permission-list',
      check: (permissions) => {
        expect(permissions).toContainEqual({ resource: 'Microsoft Graph', resourceId: GRAPH_APP_ID, permission: 'Group.Read.All', type: 'Application' });
        expect(permissions).toContainEqual({ resource: 'Office 365 SharePoint Online', resourceId: '00000003-0000-0ff1-ce00-000000000000', permission: 'Sites.FullControl.All', type: 'Application' });
        expect(permissions).toContainEqual({ resource: 'Office 365 Management APIs', resourceId: 'c5393580-f805-4401-95e8-94b7a6ef2fc2', permission: 'ActivityFeed.Read', type: 'Application' });
      },
    },
    { run: 'entra app permission list -n "m365-action demo" --type delegated', result: [{ resource: 'Microsoft Graph', permission: 'User.Read', type: 'Delegated' }] },
    { run: `entra app permission list --appId ${DEMO_APP_ID} --type everything`, error: "is 'everything', which is not allowed; use one of: delegated, application, all." },
  ],
  'entra app permission add': [
    {
      run: [
        { id: 'perm', run: 'entra app add --name "Permission target"' },
        'entra app permission add --appObjectId "{{ perm.objectId }}" -a "https://graph.microsoft.com/User.Read.All https://microsoft.sharepoint-df.com/Sites.Read.All" -d https://graph.microsoft.com/User.Read --grantAdminConsent',
        'entra app permission list --appName "Permission target"',
      ],
      doc: 'entra/app/app-permission-add',
      check: (permissions) => {
        expect((permissions as { permission: string }[]).map((p) => p.permission).sort()).toEqual(['Sites.Read.All', 'User.Read', 'User.Read.All']);
        expect(appNamed('Permission target')?.roles).toEqual({ graph: ['User.Read.All'], sharepoint: ['Sites.Read.All'] });
      },
    },
    { run: 'entra app permission add --appName x', error: 'Specify at least applicationPermissions or delegatedPermissions.' },
    { run: `entra app permission add --appId ${DEMO_APP_ID} -a https://nowhere.contoso.com/Read`, error: 'Service principal https://nowhere.contoso.com not found' },
  ],
  'entra app role list': [
    {
      run: [{ id: 'roles', command: 'entra app add', options: { manifest: { ...MANIFEST, name: 'Roles app' } } }, 'entra app role list --appObjectId "{{ roles.objectId }}"'],
      doc: 'entra/app/app-role-list',
      result: [{ allowedMemberTypes: ['User'], description: 'Managers', displayName: 'Managers', id: '0a545986-9142-4c88-909c-34f3c11abbc4', isEnabled: true, origin: 'Application', value: 'managers' }],
    },
    { run: `entra app role list --appId ${DEMO_APP_ID}`, result: [] },
    { run: 'entra app role list', error: 'needs one of --appId, --appObjectId, --appName; none was given.' },
  ],
  'entra enterpriseapp get': [
    { run: 'entra enterpriseapp get --displayName "Microsoft Graph"', doc: 'entra/enterpriseapp/enterpriseapp-get', result: { appId: GRAPH_APP_ID, displayName: 'Microsoft Graph', servicePrincipalType: 'Application' } },
    { run: `entra sp get --id ${DEMO_APP_ID}`, result: { appId: DEMO_APP_ID, tags: ['WindowsAzureActiveDirectoryIntegratedApp'] } },
    { run: 'entra enterpriseapp get --displayName "No such app"', error: 'The specified Entra app does not exist' },
  ],
  'entra enterpriseapp list': [
    { run: 'entra enterpriseapp list --tag WindowsAzureActiveDirectoryIntegratedApp', doc: 'entra/enterpriseapp/enterpriseapp-list', check: (apps) => expect(names(apps).sort()).toEqual(['Contoso Expenses', 'm365-action demo']) },
    { run: 'entra sp list -n "Office 365 Management APIs"', check: (apps) => expect(names(apps)).toEqual(['Office 365 Management APIs']) },
    { run: 'entra enterpriseapp list --appId x', error: "Unknown option '--appId' for 'entra enterpriseapp list'" },
  ],
  'entra group get': [
    { run: 'entra group get --displayName Finance', doc: 'entra/group/group-get', result: { id: groupId('Finance'), mail: `Finance@${DOMAIN}`, groupTypes: ['Unified'], resourceProvisioningOptions: ['Team'] } },
    { run: `aad group get -i ${groupId('Marketing')} -p id,displayName`, result: { id: groupId('Marketing'), displayName: 'Marketing' } },
    { run: 'entra group get --displayName "No such group"', error: "The specified group 'No such group' does not exist." },
    { run: `entra group get --id ${MISSING}`, error: `Resource '${MISSING}' does not exist` },
  ],
  'entra group list': [{ run: 'entra group list --type security', doc: 'entra/group/group-list', check: (groups) => expect(names(groups)).toContain('SharePoint Admins') }, { run: 'entra group list --type team', error: "is 'team', which is not allowed" }],
  'entra group add': [
    {
      run: `entra group add --displayName "Release Managers" --type security --mailNickname releasemgrs --ownerUserNames ${upn('LeeG')} --memberIds ${userId('IsaiahL')},${userId('NestorW')} --description "Approve releases"`,
      doc: 'entra/group/group-add',
      check: (group) => {
        expect(group).toMatchObject({ displayName: 'Release Managers', securityEnabled: true, mailEnabled: false, groupTypes: [], description: 'Approve releases' });
        expect(groupNamed('Release Managers')).toMatchObject({ owners: [userId('LeeG')], members: [userId('IsaiahL'), userId('NestorW')] });
      },
    },
    { run: 'entra group add --displayName Launch --type microsoft365 --visibility Private', check: (group) => expect(group).toMatchObject({ groupTypes: ['Unified'], visibility: 'Private', mailEnabled: true }) },
    { run: 'entra group add --displayName Launch --type microsoft365', error: "Option 'visibility' must be specified if the option 'type' is set to microsoft365" },
    { run: 'entra group add --displayName x --type security --memberIds 1,2', error: "The following GUIDs are invalid for the option 'memberIds': 1, 2." },
    { run: `entra group add --displayName "Ghosts" --type security --ownerUserNames nobody@${DOMAIN}`, error: `The specified user with user name 'nobody@${DOMAIN}' does not exist.` },
  ],
  'entra group member list': [
    {
      run: 'entra group member list --groupName Finance',
      doc: 'entra/group/group-member-list',
      check: (members) => {
        expect(members).toContainEqual({ id: userId('MeganB'), displayName: 'Megan Bowen', userPrincipalName: upn('MeganB'), givenName: 'Megan', surname: 'Bowen', roles: ['Owner', 'Member'], '@odata.type': '#microsoft.graph.user' });
        expect(members).toContainEqual(expect.objectContaining({ displayName: 'Adele Vance', roles: ['Member'] }));
      },
    },
    { run: `entra group member list -i ${groupId('Finance')} --role Owner --properties displayName,manager/displayName`, check: (members) => expect(names(members)).toEqual(['Megan Bowen']) },
    { run: 'entra group member list --role Owner', error: 'needs one of --groupId, --groupName; none was given.' },
  ],
  'entra group member add': [
    {
      run: [`entra group member add --groupName Marketing --userNames ${upn('AdeleV')},${upn('AlexW')} --role Member`, 'entra group member list --groupName Marketing --role Member'],
      doc: 'entra/group/group-member-add',
      check: (members) => expect(names(members)).toEqual(['Patti Fernandez', 'Diego Siciliani', 'Adele Vance', 'Alex Wilber']),
    },
    { run: `entra group member add --groupName "SharePoint Admins" --subgroupNames "Finance Approvers" --role Member`, check: () => expect(groupNamed('SharePoint Admins')?.members).toContain(groupId('Finance Approvers')) },
    { run: `entra group member add --groupName "All Staff" --userIds ${userId('AdeleV')} --role Member`, error: 'Cannot Update a mail-enabled security groups and or distribution list.' },
    { run: `entra group member add --groupName Marketing --subgroupIds ${groupId('Sales')} --role Owner`, error: 'Subgroups cannot be set as owners.' },
  ],
  'entra user get': [
    { run: `entra user get --userName ${upn('AdeleV')} --withManager`, doc: 'entra/user/user-get', result: { displayName: 'Adele Vance', jobTitle: 'Financial Analyst', manager: { displayName: 'Megan Bowen', userPrincipalName: upn('MeganB') } } },
    { run: `entra user get --email ${upn('PattiF')} --properties displayName,department`, result: { displayName: 'Patti Fernandez', department: 'Marketing' } },
    { run: `entra user get --userName nobody@${DOMAIN}`, error: `Resource 'nobody@${DOMAIN}' does not exist` },
    { run: 'entra user get --userName not-a-name', error: "'not-a-name' is not a valid userName." },
  ],
  'entra user list': [
    { run: 'entra user list', doc: 'entra/user/user-list', check: (users) => expect((users as unknown[]).length).toBe(graph().users.length) },
    { run: 'entra user list --type Guest', check: (users) => expect(names(users)).toEqual(['Jane Doe (Fabrikam)']) },
    { run: 'entra user list --displayName Adele --department Fin --properties displayName,manager/displayName', result: [{ displayName: 'Adele Vance', manager: { displayName: 'Megan Bowen' } }] },
    { run: 'entra user list --type Robot', error: "is 'Robot', which is not allowed; use one of: Member, Guest." },
  ],
  'entra user add': [
    {
      run: `entra user add --displayName "Ada Lovelace" --userName ada@${DOMAIN} --password "Analytical-Engine-1843" --firstName Ada --lastName Lovelace --department Research --managerUserName ${upn('LeeG')} --employeeId E1843`,
      doc: 'entra/user/user-add',
      check: (user) => {
        expect(user).toMatchObject({ displayName: 'Ada Lovelace', userPrincipalName: `ada@${DOMAIN}`, givenName: 'Ada', surname: 'Lovelace' });
        expect(user).not.toHaveProperty('password');
        expect(JSON.stringify(user)).not.toContain('Analytical-Engine-1843');
        expect(graph().users.find((u) => u.mailNickname === 'ada')).toMatchObject({ department: 'Research', managerId: userId('LeeG'), extra: { employeeId: 'E1843' } });
      },
    },
    { run: `entra user add --displayName x --userName x@${DOMAIN} --password "Long-enough-1" --usageLocation USA`, error: "'USA' is not a valid usageLocation." },
    { run: `entra user add --displayName x --userName x@fabrikam.com --password "Long-enough-1"`, error: 'You must use one of the verified domain names in your organization' },
  ],
  'entra m365group get': [
    { run: 'entra m365group get --displayName Finance --withSiteUrl', doc: 'entra/m365group/m365group-get', result: { id: groupId('Finance'), allowExternalSenders: false, hideFromOutlookClients: false, siteUrl: 'https://contoso.sharepoint.com/sites/Finance' } },
    { run: 'entra m365group get --displayName "Finance Approvers"', error: `Specified group with id '${groupId('Finance Approvers')}' is not a Microsoft 365 group.` },
  ],
  'entra m365group list': [
    { run: 'entra m365group list --displayName Fin', doc: 'entra/m365group/m365group-list', check: (groups) => expect(names(groups)).toEqual(['Finance']) },
    {
      run: 'entra m365group list --orphaned',
      check: (groups) => {
        expect(names(groups)).toEqual(expect.arrayContaining(['Sales', 'Human Resources']));
        expect(names(groups)).not.toContain('Finance');
        expect((groups as { owners: unknown[] }[]).every((g) => g.owners.length === 0)).toBe(true);
      },
    },
    { run: 'entra m365group list --mailNickname Mark --withSiteUrl', result: [{ displayName: 'Marketing', siteUrl: 'https://contoso.sharepoint.com/sites/Marketing' }] },
    { run: 'entra m365group list --type x', error: "Unknown option '--type' for 'entra m365group list'" },
  ],
  'entra m365group add': [
    {
      run: `entra m365group add --displayName "Launch 2025" --mailNickname launch2025 --owners ${upn('MeganB')} --members ${upn('AdeleV')},${upn('AlexW')} --allowMembersToPost --visibility Private --logoPath logo.png`,
      doc: 'entra/m365group/m365group-add',
      check: (group) => {
        expect(group).toMatchObject({ displayName: 'Launch 2025', groupTypes: ['Unified'], visibility: 'Private', resourceBehaviorOptions: ['AllowOnlyMembersToPost'] });
        expect(groupNamed('Launch 2025')).toMatchObject({ owners: [userId('MeganB')], members: [userId('AdeleV'), userId('AlexW')], photo: { contentType: 'image/png' } });
      },
    },
    { run: `entra m365group add --displayName Ghosts --mailNickname ghosts --members nobody@${DOMAIN},${upn('AdeleV')}`, error: `Cannot proceed with group creation. The following users provided are invalid : nobody@${DOMAIN}` },
    { run: 'entra m365group add --displayName x --mailNickname "two words"', error: 'The option mailNickname cannot contain spaces.' },
  ],
  'entra m365group user list': [
    { run: 'entra m365group user list --groupDisplayName Engineering --role Member', doc: 'entra/m365group/m365group-user-list', check: (users) => {
      expect(names(users)).toEqual(['Lee Gu', 'Isaiah Langer', 'Nestor Wilke']);
      // Asked for members only, the owners are not fetched: Lee Gu, an owner too, shows as a member (as in the CLI).
      expect((users as { roles: string[]; userType: string }[])[0]).toMatchObject({ roles: ['Member'], userType: 'Member' });
    } },
    { run: 'entra m365group user list --groupDisplayName "SharePoint Admins"', error: "Specified group 'SharePoint Admins' is not a Microsoft 365 group." },
  ],
  'entra m365group user add': [
    { run: [`entra m365group user add --groupName Engineering --userNames ${upn('PattiF')} --role Owner`, 'entra m365group user list --groupDisplayName Engineering --role Owner'], doc: 'entra/m365group/m365group-user-add', check: (users) => expect(names(users)).toEqual(['Lee Gu', 'Patti Fernandez']) },
    { run: `teams user add --teamName Marketing --ids ${userId('NestorW')}`, check: () => expect(groupNamed('Marketing')?.members).toContain(userId('NestorW')) },
    { run: `entra m365group user add --groupName Engineering --ids ${userId('AdeleV')} --userNames ${upn('AdeleV')}`, error: 'accepts only one of --ids, --userNames' },
  ],
  'entra administrativeunit list': [
    { run: 'entra administrativeunit list', doc: 'entra/administrativeunit/administrativeunit-list', check: (units) => expect(units).toContainEqual({ id: seedGuid('au:Marketing Department'), deletedDateTime: null, displayName: 'Marketing Department', description: 'Marketing Department Administration', membershipRule: null, membershipType: null, membershipRuleProcessingState: null, visibility: 'HiddenMembership' }) },
    { run: 'entra administrativeunit list -p displayName', result: [{ displayName: 'Marketing Department' }, { displayName: 'Seattle Office' }] },
    { run: 'entra administrativeunit list --filter x', error: "Unknown option '--filter' for 'entra administrativeunit list'" },
  ],
  'entra roledefinition list': [
    { run: 'entra roledefinition list', doc: 'entra/roledefinition/roledefinition-list', check: (roles) => expect(roles).toContainEqual(expect.objectContaining({ id: 'f28a1f50-f6e7-4571-818b-6a12f2af6b6c', displayName: 'SharePoint Administrator', isBuiltIn: true, templateId: 'f28a1f50-f6e7-4571-818b-6a12f2af6b6c' })) },
    { run: 'entra roledefinition list --filter "isBuiltIn eq false" --properties displayName,isBuiltIn', result: [{ displayName: 'Contoso Helpdesk Operator', isBuiltIn: false }] },
    { run: 'entra roledefinition list --filter "isBuiltIn gt 1"', error: "Unsupported or invalid query filter clause specified: 'isBuiltIn gt 1'." },
  ],
};

beforeAll(async () => {
  harness = await startHarness();
  // Before the first token: the app the harness signs in as gets the directory permissions the rows need.
  (harness.emulator.state.apps[0].roles.graph ??= []).push(...ROLES);
  writeFileSync(join(harness.cwd, 'logo.png'), Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'));
});

afterAll(() => harness.close());

describeRows(ROWS, () => harness);

describe('the table', () => {
  it('has a success row and a failure row for every entra command of the catalogue', async () => {
    const { catalogue } = await import('../src/commands/registry.js');
    for (const command of catalogue.filter((c) => c.name.startsWith('entra '))) {
      const rows = ROWS[command.name] ?? [];
      expect(rows.some((r) => r.error === undefined), `${command.name}: a success row`).toBe(true);
      expect(rows.some((r) => r.error !== undefined), `${command.name}: a failure row`).toBe(true);
    }
  });
});

describe('--save', () => {
  it('records the app in .m365rc.json in the working directory, once', async () => {
    await harness.run([`entra app get --appId ${DEMO_APP_ID} --save`, `entra app get --appId ${DEMO_APP_ID} --save`]);
    expect(JSON.parse(readFileSync(join(harness.cwd, '.m365rc.json'), 'utf8'))).toEqual({ apps: [{ appId: DEMO_APP_ID, name: 'm365-action demo' }] });
  });
});

/**
 * Created secrets (a client secret, a generated password) go only to `context.secretOutput`, which registers the value
 * as a secret before setting the masked output `<id>-<name>`. These tests give the commands such a context (the one
 * the host wires: FakeHost's setSecret, then setOutput) over the emulator's route handlers, then send the result
 * through the real outputs, output file, log rendering and summary, and look for the secret everywhere.
 */
describe('a created secret', () => {
  let state: TenantState;
  let cwd: string;

  beforeEach(() => {
    state = { tenantId: DEMO_TENANT_ID, domain: DOMAIN, sharePointHost: 'contoso.sharepoint.com', apps: [], groups: [], sites: [], tenantAppCatalogUrl: '', tenantAppCatalog: [], admin: emptyTenantAdmin() };
    seedContent(state);
    cwd = mkdtempSync(join(tmpdir(), 'secret-'));
  });

  /** The host side as the lead wires it: register the value as a secret, then set `<id>-<name>`; record the order. */
  function hostFor(id: string): { host: FakeHost; order: string[]; secretOutput: NonNullable<CommandContext['secretOutput']> } {
    const host = new FakeHost();
    const order: string[] = [];
    const secretOutput = (name: string, value: string): string => {
      host.setSecret(value);
      order.push('secret');
      host.setOutput(`${id}-${name}`, value);
      order.push(`output ${id}-${name}`);
      return `${id}-${name}`;
    };
    return { host, order, secretOutput };
  }

  /** Everything a reader of the run could see or keep, apart from the masked output itself. */
  async function everywhereElse(host: FakeHost, outcome: CommandOutcome, secretOutputName: string): Promise<string> {
    const outputFile = join(cwd, 'results.json');
    await publishOutputs(host, [outcome], { outputFile });
    const outputs = Object.entries(host.outputs).filter(([name]) => name !== secretOutputName);
    return [JSON.stringify(outcome.result), ...outputs.map(([, v]) => v), readFileSync(outputFile, 'utf8'), renderOutput(outcome.result, 'json'), renderOutput(outcome.result, 'text'), buildSummary([outcome]), host.allText().replace(host.outputs[secretOutputName] ?? '\u0000', '')].join('\n');
  }

  function outcomeOf(id: string, display: string, result: unknown): CommandOutcome {
    return { index: 0, id, hasDeclaredId: true, display, resource: 'Microsoft Graph', status: 'succeeded', durationMs: 1, result };
  }

  it('gives the client secret of entra app add --withSecret only to the masked output <id>-secret', async () => {
    const { host, order, secretOutput } = hostFor('release');
    const context = testContext(new RoutesApi(() => state), { cwd, session: { appId: DEMO_APP_ID, tenant: DEMO_TENANT_ID, authType: 'certificate', cloud: 'Public' }, secretOutput });
    const result = (await entraAppAdd.run(context, { name: 'Release pipeline', withSecret: true })) as Record<string, unknown>;
    const secret = host.outputs['release-secret'];
    const app = state.apps.find((a) => a.displayName === 'Release pipeline');
    expect(graphOf(state).registrations[app?.id ?? ''].passwordCredentials).toEqual([expect.objectContaining({ displayName: 'Default', hint: secret.slice(0, 3) })]);
    expect(secret.length).toBeGreaterThan(30);
    expect(order).toEqual(['secret', 'output release-secret']);
    expect(host.secrets).toEqual([secret]);
    expect(result).toEqual({ appId: app?.appId, objectId: app?.id, tenantId: DEMO_TENANT_ID, secrets: [{ displayName: 'Default', output: 'release-secret' }] });
    expect(await everywhereElse(host, outcomeOf('release', 'entra app add --name "Release pipeline" --withSecret', result), 'release-secret')).not.toContain(secret);
  });

  it('gives every secret a manifest lists its own output', async () => {
    const { host, secretOutput } = hostFor('m');
    const context = testContext(new RoutesApi(() => state), { cwd, secretOutput });
    const manifest = { ...MANIFEST, passwordCredentials: [{ displayName: 'ci', startDate: '2024-01-01T00:00:00Z', endDate: '2024-07-01T00:00:00Z' }, { displayName: 'backup', startDate: '2024-01-01T00:00:00Z', endDate: '2025-01-01T00:00:00Z' }] };
    const result = (await entraAppAdd.run(context, { manifest })) as { secrets: unknown[] };
    expect(result.secrets).toEqual([{ displayName: 'ci', output: 'm-secret' }, { displayName: 'backup', output: 'm-secret-2' }]);
    expect(host.secrets).toEqual([host.outputs['m-secret'], host.outputs['m-secret-2']]);
    expect(new Set(host.secrets).size).toBe(2);
  });

  it('gives a generated password of entra user add only to the masked output <id>-password', async () => {
    const { host, order, secretOutput } = hostFor('ada');
    const context = testContext(new RoutesApi(() => state), { cwd, secretOutput });
    const result = await entraUserAdd.run(context, { displayName: 'Ada Lovelace', userName: `ada@${DOMAIN}` });
    const password = host.outputs['ada-password'];
    expect(password).toMatch(/^(?=.*\d)(?=.*[A-Z])(?=.*[a-z])(?=.*[-_@%$#*&]).{15}$/);
    expect(order).toEqual(['secret', 'output ada-password']);
    expect(result).toMatchObject({ userPrincipalName: `ada@${DOMAIN}` });
    expect(await everywhereElse(host, outcomeOf('ada', `entra user add --displayName "Ada Lovelace" --userName ada@${DOMAIN}`, result), 'ada-password')).not.toContain(password);
  });

  it('creates nothing when the run has no masked output to give the secret to', async () => {
    const api = new RoutesApi(() => state);
    const context = testContext(api, { cwd });
    await expect(entraAppAdd.run(context, { name: 'Orphan secret', withSecret: true })).rejects.toThrow('This run cannot hand out the client secret the command would create, so nothing was created.');
    await expect(entraUserAdd.run(context, { displayName: 'Orphan', userName: `orphan@${DOMAIN}` })).rejects.toThrow('This run cannot hand out the generated password');
    expect(api.calls).toEqual([]);
    expect(state.apps.find((a) => a.displayName === 'Orphan secret')).toBeUndefined();
  });
});

/** An ApiClient over the emulator's route handlers (no sockets): what the secret tests need to inspect every step. */
class RoutesApi implements ApiClient {
  readonly calls: string[] = [];
  constructor(private readonly state: () => TenantState) {}

  async request<T>(req: HttpRequest): Promise<HttpResponse<T>> {
    this.calls.push(`${req.method ?? 'GET'} ${req.url}`);
    const url = new URL(req.url);
    const path = decodeURIComponent(url.pathname);
    const route = serviceRoutes.find((r) => r.method === (req.method ?? 'GET') && r.host === 'graph' && url.hostname === 'graph.microsoft.com' && r.path.test(path));
    if (!route) throw new Error(`No route for ${req.method ?? 'GET'} ${req.url}`);
    const body = req.body === undefined ? Buffer.alloc(0) : Buffer.isBuffer(req.body) ? req.body : Buffer.from(typeof req.body === 'string' ? req.body : JSON.stringify(req.body));
    const token = { aud: 'https://graph.microsoft.com', iss: 'x', tid: DEMO_TENANT_ID, appid: DEMO_APP_ID, roles: ['Application.ReadWrite.All', 'User.ReadWrite.All'], idtyp: 'app' as const, appidacr: '2', exp: 0, iat: 0, nbf: 0 };
    const request = { method: req.method ?? 'GET', host: url.hostname, path, query: url.searchParams, headers: Object.fromEntries(Object.entries(req.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v])), body, token };
    const response = await route.handler(request, { ...route.path.exec(path)?.groups }, this.state());
    if (response.status >= 400) {
      const error = (response.body as { error: { code: string; message: string } }).error;
      throw new HttpError(error.message, { status: response.status, code: error.code });
    }
    return { status: response.status, headers: response.headers ?? {}, body: response.body as T };
  }

  async getAll<T>(url: string, headers?: Record<string, string>): Promise<T[]> {
    const items: T[] = [];
    for (let next: string | undefined = url; next !== undefined; ) {
      const response: HttpResponse<{ value: T[]; '@odata.nextLink'?: string }> = await this.request({ url: next, headers });
      const page = response.body;
      items.push(...page.value);
      next = page['@odata.nextLink'];
    }
    return items;
  }
}

describe('with fewer permissions', () => {
  let limited: Harness;

  beforeAll(async () => {
    limited = await startHarness();
    // Only what a pipeline that manages its own app registrations would be granted.
    limited.emulator.state.apps[0].roles = { graph: ['Application.ReadWrite.OwnedBy'] };
  });
  afterAll(() => limited.close());

  it('lets Application.ReadWrite.OwnedBy change the apps the app created, and no other', async () => {
    const own = await limited.run([{ id: 'own', run: 'entra app add --name "Owned by the pipeline"' }, 'entra app set --objectId "{{ own.objectId }}" --uris api://owned']);
    expect(own.outcomes.map((o) => o.status)).toEqual(['succeeded', 'succeeded']);
    const other = await limited.run(`entra app set --appId ${DEMO_APP_ID} --uris api://not-mine`);
    expect(other.error).toContain('Insufficient privileges to complete the operation.');
    expect(other.error).toContain('The app needs the application permission Application.ReadWrite.OwnedBy, or Application.ReadWrite.All');
  });

  it('names the permission a refused read needs', async () => {
    const run = await limited.run('entra user list --type Guest');
    expect(run.error).toContain('Insufficient privileges to complete the operation.');
    expect(run.error).toContain('The app needs the application permission User.Read.All, or User.ReadWrite.All, or Directory.Read.All');
    expect(run.requests.filter((r) => r.host === 'graph.microsoft.com').map((r) => r.status)).toEqual([403]);
  });
});
