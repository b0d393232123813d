/**
 * The seeded directory of the contoso tenant: people (more than one Graph page of them), group members and owners,
 * teams with channels and tabs, the Teams app catalog, service principals (Microsoft Graph, SharePoint, the Office 365
 * Management APIs, the demo app, one enterprise app), the demo app's API permissions, administrative units and
 * directory role definitions. Deterministic (GUIDs from names, fixed dates) so that tests can name values.
 */
import { seedGuid } from '../../seed-content.js';
import type { ApiName, TenantState } from '../../types.js';
import { API_APP_IDS, MANIFEST_APIS, PUBLISHED_APP_ROLES } from '../app-roles.js';
import { emptyRegistration, type AppRegistration } from './applications.js';
import type { AdministrativeUnit, RoleDefinition } from './directory.js';
import type { Group } from './groups.js';
import type { Permission, ServicePrincipal } from './service-principals.js';
import type { GraphState } from './state.js';
import type { TeamsCatalogApp } from './teams-apps.js';
import { threadId, type Channel, type Team } from './teams.js';
import type { User } from './users.js';

const SEED_DATE = '2024-01-15T09:30:00Z';

/** The resource apps whose permissions an app registration asks for. */
export const GRAPH_APP_ID = API_APP_IDS.graph;
export const SHAREPOINT_APP_ID = API_APP_IDS.sharepoint;
export const MANAGEMENT_APP_ID = API_APP_IDS.management;

const GRAPH_APP_ROLES = [
  'AdministrativeUnit.Read.All', 'AppCatalog.Read.All', 'Application.Read.All', 'Application.ReadWrite.All', 'Application.ReadWrite.OwnedBy',
  'AppRoleAssignment.ReadWrite.All', 'Channel.Create', 'Channel.ReadBasic.All', 'ChannelSettings.Read.All', 'DelegatedPermissionGrant.ReadWrite.All',
  'Directory.Read.All', 'Directory.ReadWrite.All', 'Files.Read.All', 'Group.Create', 'Group.Read.All', 'Group.ReadWrite.All', 'GroupMember.Read.All',
  'GroupMember.ReadWrite.All', 'Mail.Send', 'ProfilePhoto.ReadWrite.All', 'Reports.Read.All', 'RoleManagement.Read.Directory', 'ServiceHealth.Read.All',
  'Sites.FullControl.All', 'Sites.Read.All', 'Sites.ReadWrite.All', 'Tasks.ReadWrite.All', 'Team.ReadBasic.All', 'TeamSettings.Read.All',
  'TeamsAppInstallation.ReadWriteForTeam.All', 'TeamsAppInstallation.ReadWriteForUser.All', 'TeamsTab.Read.All', 'User.Read.All', 'User.ReadBasic.All',
  'User.ReadWrite.All',
];
const GRAPH_SCOPES = ['Calendars.Read', 'Directory.Read.All', 'Group.ReadWrite.All', 'Mail.Send', 'Sites.Read.All', 'User.Read', 'User.Read.All'];
const SHAREPOINT_APP_ROLES = ['Sites.FullControl.All', 'Sites.Manage.All', 'Sites.Read.All', 'Sites.ReadWrite.All', 'TermStore.Read.All'];
const SHAREPOINT_SCOPES = ['AllSites.FullControl', 'AllSites.Read', 'MyFiles.Read'];
const MANAGEMENT_APP_ROLES = ['ActivityFeed.Read', 'ActivityFeed.ReadDlp', 'ServiceHealth.Read'];

export function seedGraph(state: TenantState): GraphState {
  const users = seedUsers(state.domain);
  seedMemberships(state.groups, users);
  const teamsApps = seedTeamsApps();
  const graph: GraphState = {
    users,
    registrations: {},
    servicePrincipals: seedServicePrincipals(state),
    oauth2PermissionGrants: [],
    teams: seedTeams(state.groups, teamsApps),
    teamsApps,
    userApps: {},
    administrativeUnits: seedAdministrativeUnits(),
    roleDefinitions: seedRoleDefinitions(),
  };
  const demo = state.apps[0];
  if (demo) graph.registrations[demo.id] = demoRegistration(demo.roles);
  return graph;
}

/** An app role or scope of an API: app roles the emulated APIs publish keep their real ids (routes/app-roles.ts). */
function permission(resource: string, value: string): Permission {
  const api = MANIFEST_APIS.find((name) => API_APP_IDS[name] === resource);
  const published = api ? Object.entries(PUBLISHED_APP_ROLES[api]).find(([, role]) => role === value)?.[0] : undefined;
  return { id: published ?? seedGuid(`permission:${resource}:${value}`), value, displayName: value, description: `Allows ${value}` };
}

function principal(appId: string, displayName: string, names: string[], roles: string[], scopes: string[], owner: string | null, tags: string[] = []): ServicePrincipal {
  return {
    id: seedGuid(`sp:${appId}`),
    appId,
    displayName,
    appOwnerOrganizationId: owner,
    servicePrincipalNames: [appId, ...names],
    servicePrincipalType: 'Application',
    tags,
    appRoles: roles.map((r) => permission(appId, r)),
    oauth2PermissionScopes: scopes.map((s) => permission(`${appId}:scope`, s)),
    createdDateTime: SEED_DATE,
    appRoleAssignments: [],
  };
}

const MICROSOFT_TENANT = 'f8cdef31-a31e-4b4a-93e4-5f571e91255a';

function seedServicePrincipals(state: TenantState): ServicePrincipal[] {
  const principals = [
    principal(GRAPH_APP_ID, 'Microsoft Graph', ['https://graph.microsoft.com', 'https://graph.microsoft.com/', 'https://canary.graph.microsoft.com'], GRAPH_APP_ROLES, GRAPH_SCOPES, MICROSOFT_TENANT),
    principal(SHAREPOINT_APP_ID, 'Office 365 SharePoint Online', ['https://microsoft.sharepoint-df.com', `https://${state.sharePointHost}`], SHAREPOINT_APP_ROLES, SHAREPOINT_SCOPES, MICROSOFT_TENANT),
    principal(MANAGEMENT_APP_ID, 'Office 365 Management APIs', ['https://manage.office.com'], MANAGEMENT_APP_ROLES, [], MICROSOFT_TENANT),
    principal('7e1f2c3a-5b4d-4e6f-8a9b-0c1d2e3f4a5b', 'Contoso Expenses', ['https://expenses.contoso.com'], [], [], state.tenantId, ['WindowsAzureActiveDirectoryIntegratedApp', 'HideApp']),
  ];
  const demo = state.apps[0];
  if (demo) principals.push(principal(demo.appId, demo.displayName, [], [], [], state.tenantId, ['WindowsAzureActiveDirectoryIntegratedApp']));
  return principals;
}

/** The demo app asks for the permissions it was granted, each on its API, and for User.Read (delegated). */
function demoRegistration(roles: Partial<Record<ApiName, string[]>>): AppRegistration {
  const registration = emptyRegistration(SEED_DATE);
  for (const api of MANIFEST_APIS) {
    const granted = roles[api] ?? [];
    if (granted.length > 0) registration.requiredResourceAccess.push({ resourceAppId: API_APP_IDS[api], resourceAccess: granted.map((r) => ({ id: permission(API_APP_IDS[api], r).id, type: 'Role' })) });
  }
  const graph = registration.requiredResourceAccess.find((r) => r.resourceAppId === GRAPH_APP_ID);
  const userRead = { id: permission(`${GRAPH_APP_ID}:scope`, 'User.Read').id, type: 'Scope' as const };
  if (graph) graph.resourceAccess.push(userRead);
  else registration.requiredResourceAccess.push({ resourceAppId: GRAPH_APP_ID, resourceAccess: [userRead] });
  return registration;
}

interface Person {
  given: string;
  surname: string;
  job: string;
  department: string;
  office: string;
  manager?: string;
}

const PEOPLE: Record<string, Person> = {
  MeganB: { given: 'Megan', surname: 'Bowen', job: 'Finance Director', department: 'Finance', office: 'Seattle' },
  AdeleV: { given: 'Adele', surname: 'Vance', job: 'Financial Analyst', department: 'Finance', office: 'Seattle', manager: 'MeganB' },
  AlexW: { given: 'Alex', surname: 'Wilber', job: 'Accountant', department: 'Finance', office: 'Seattle', manager: 'MeganB' },
  PattiF: { given: 'Patti', surname: 'Fernandez', job: 'Marketing Lead', department: 'Marketing', office: 'London' },
  DiegoS: { given: 'Diego', surname: 'Siciliani', job: 'Content Editor', department: 'Marketing', office: 'London', manager: 'PattiF' },
  LeeG: { given: 'Lee', surname: 'Gu', job: 'Engineering Manager', department: 'Engineering', office: 'Amsterdam' },
  IsaiahL: { given: 'Isaiah', surname: 'Langer', job: 'Developer', department: 'Engineering', office: 'Amsterdam', manager: 'LeeG' },
  NestorW: { given: 'Nestor', surname: 'Wilke', job: 'Site Reliability Engineer', department: 'Engineering', office: 'Amsterdam', manager: 'LeeG' },
};

function user(nickname: string, displayName: string, domain: string, person: Partial<Person>, userType: User['userType'] = 'Member', upn = `${nickname}@${domain}`): User {
  return {
    id: seedGuid(`user:${upn.toLowerCase()}`),
    displayName,
    userPrincipalName: upn,
    mail: userType === 'Guest' ? `${nickname}@fabrikam.com` : upn,
    givenName: person.given ?? null,
    surname: person.surname ?? null,
    jobTitle: person.job ?? null,
    officeLocation: person.office ?? null,
    preferredLanguage: 'en-US',
    mobilePhone: null,
    businessPhones: [],
    accountEnabled: true,
    userType,
    department: person.department ?? null,
    companyName: userType === 'Guest' ? 'Fabrikam' : 'Contoso',
    usageLocation: 'US',
    mailNickname: nickname,
    createdDateTime: SEED_DATE,
  };
}

/** The named people, one guest, then 100 numbered test users (so that a listing takes two Graph pages). */
function seedUsers(domain: string): User[] {
  const named = Object.entries(PEOPLE).map(([nick, p]) => user(nick, `${p.given} ${p.surname}`, domain, p));
  for (const [nick, p] of Object.entries(PEOPLE)) {
    if (p.manager) named[Object.keys(PEOPLE).indexOf(nick)].managerId = named[Object.keys(PEOPLE).indexOf(p.manager)].id;
  }
  const guest = user('jane.doe', 'Jane Doe (Fabrikam)', domain, { given: 'Jane', surname: 'Doe' }, 'Guest', `jane.doe_fabrikam.com#EXT#@${domain}`);
  const numbered = Array.from({ length: 100 }, (_, i) => {
    const n = String(i + 1).padStart(3, '0');
    return user(`test.user${n}`, `Test User ${n}`, domain, { given: 'Test', surname: `User ${n}`, department: 'Test' });
  });
  return [...named, guest, ...numbered];
}

/** Who is in which seeded group: Sales and Human Resources have members but no owner (orphaned). */
const MEMBERSHIPS: Record<string, { owners: string[]; members: string[] }> = {
  Finance: { owners: ['MeganB'], members: ['MeganB', 'AdeleV', 'AlexW'] },
  Marketing: { owners: ['PattiF'], members: ['PattiF', 'DiegoS'] },
  Engineering: { owners: ['LeeG'], members: ['LeeG', 'IsaiahL', 'NestorW'] },
  Sales: { owners: [], members: ['DiegoS'] },
  'Human Resources': { owners: [], members: [] },
  'Finance Approvers': { owners: ['MeganB'], members: ['MeganB'] },
  'SharePoint Admins': { owners: [], members: ['NestorW'] },
};

function seedMemberships(groups: Group[], users: User[]): void {
  const idOf = (nick: string): string => users.find((u) => u.mailNickname === nick)?.id ?? '';
  for (const group of groups) {
    const seeded = MEMBERSHIPS[group.displayName];
    group.owners ??= (seeded?.owners ?? []).map(idOf);
    group.members ??= (seeded?.members ?? []).map(idOf);
    if (group.groupTypes.includes('Unified') && seeded === undefined && group.owners.length === 0) group.owners.push(idOf('MeganB'));
  }
  const security = groups.find((g) => g.displayName === 'Finance Approvers');
  const finance = groups.find((g) => g.displayName === 'Finance');
  // A nested group: Finance Approvers holds the Finance group too.
  if (security && finance && !security.members?.includes(finance.id)) security.members?.push(finance.id);
}

const CATALOG: readonly [string, string, TeamsCatalogApp['distributionMethod'], string | null][] = [
  ['com.microsoft.teamspace.tab.planner', 'Tasks by Planner and To Do', 'store', null],
  ['com.microsoft.teamspace.tab.web', 'Website', 'store', null],
  ['0d820ecd-def2-4297-adad-78056cde7c78', 'OneNote', 'store', null],
  ['com.microsoft.teamspace.tab.wiki', 'Wiki', 'store', null],
  [seedGuid('teams-app:Contoso Expenses'), 'Contoso Expenses', 'organization', seedGuid('manifest:Contoso Expenses')],
  [seedGuid('teams-app:Contoso Helpdesk'), 'Contoso Helpdesk', 'organization', seedGuid('manifest:Contoso Helpdesk')],
];

function seedTeamsApps(): TeamsCatalogApp[] {
  return CATALOG.map(([id, displayName, distributionMethod, externalId]) => ({ id, displayName, distributionMethod, externalId }));
}

function channel(teamId: string, name: string, membershipType: Channel['membershipType'], index: number, description: string | null = null): Channel {
  return {
    id: threadId(`${teamId}:${name}`),
    displayName: name,
    description,
    membershipType,
    createdDateTime: new Date(Date.parse(SEED_DATE) + index * 3_600_000).toISOString(),
    isFavoriteByDefault: name === 'General' ? true : null,
    email: '',
    tabs: [],
    owners: [],
  };
}

/** Teams for Finance, Marketing and Engineering, each with a General channel first (the primary channel). */
function seedTeams(groups: Group[], apps: TeamsCatalogApp[]): Team[] {
  const layout: Record<string, [string, Channel['membershipType']][]> = {
    Finance: [['General', 'standard'], ['Budget 2025', 'standard'], ['Audit', 'private']],
    Marketing: [['General', 'standard'], ['Campaigns', 'standard']],
    Engineering: [['General', 'standard'], ['Releases', 'standard'], ['Incidents', 'standard'], ['Architecture', 'shared']],
  };
  const teams: Team[] = [];
  for (const [name, channels] of Object.entries(layout)) {
    const group = groups.find((g) => g.displayName === name);
    if (!group) continue;
    group.resourceProvisioningOptions = ['Team'];
    const team: Team = {
      id: group.id,
      internalId: threadId(`team:${group.id}`),
      createdDateTime: group.createdDateTime,
      isArchived: false,
      channels: channels.map(([c, type], i) => channel(group.id, c, type, i, c === 'General' ? `${name} team` : null)),
      installedApps: [apps[0].id, apps[1].id],
    };
    const tabChannel = team.channels[1];
    tabChannel.tabs = [
      { id: seedGuid(`tab:${tabChannel.id}:plan`), displayName: `${tabChannel.displayName} plan`, teamsAppId: apps[0].id, contentUrl: 'https://tasks.office.com/', dateAdded: SEED_DATE },
      { id: seedGuid(`tab:${tabChannel.id}:site`), displayName: 'Handbook', teamsAppId: apps[1].id, contentUrl: 'https://contoso.com/handbook', dateAdded: SEED_DATE },
    ];
    teams.push(team);
  }
  return teams;
}

function seedAdministrativeUnits(): AdministrativeUnit[] {
  return [
    { id: seedGuid('au:Marketing Department'), displayName: 'Marketing Department', description: 'Marketing Department Administration', visibility: 'HiddenMembership', membershipType: null, membershipRule: null },
    { id: seedGuid('au:Seattle Office'), displayName: 'Seattle Office', description: 'People working in Seattle', visibility: 'Public', membershipType: 'Dynamic', membershipRule: '(user.officeLocation -eq "Seattle")' },
  ];
}

const ROLES: readonly [string, string, string, string[]][] = [
  ['62e90394-69f5-4237-9190-012177145e10', 'Global Administrator', 'Can manage all aspects of Microsoft Entra ID and Microsoft services that use Microsoft Entra identities.', ['microsoft.directory/allEntities/allProperties/allTasks']],
  ['f2ef992c-3afb-46b9-b7cf-a126ee74c451', 'Global Reader', 'Can read everything that a Global Administrator can, but not update anything.', ['microsoft.directory/allEntities/allProperties/read']],
  ['9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3', 'Application Administrator', 'Can create and manage all aspects of app registrations and enterprise apps.', ['microsoft.directory/applications/create', 'microsoft.directory/servicePrincipals/create']],
  ['fdd7a751-b60b-444a-984c-02652fe8fa1c', 'Groups Administrator', 'Members of this role can create/manage groups, create/manage groups settings like naming and expiration policies, and view groups activity and audit reports.', ['microsoft.directory/groups/create']],
  ['f28a1f50-f6e7-4571-818b-6a12f2af6b6c', 'SharePoint Administrator', 'Can manage all aspects of the SharePoint service.', ['microsoft.office365.sharePoint/allEntities/allTasks', 'microsoft.directory/groups.unified/create']],
  ['69091246-20e8-4a56-aa4d-066075b2a7a8', 'Teams Administrator', 'Can manage the Microsoft Teams service.', ['microsoft.teams/allEntities/allProperties/allTasks']],
  ['fe930be7-5e62-47db-91af-98c3a49a38b1', 'User Administrator', 'Can manage all aspects of users and groups, including resetting passwords for limited admins.', ['microsoft.directory/users/create', 'microsoft.directory/users/password/update']],
];

function seedRoleDefinitions(): RoleDefinition[] {
  const builtIn = ROLES.map(([id, displayName, description, allowedResourceActions]) => ({ id, displayName, description, isBuiltIn: true, isEnabled: true, allowedResourceActions }));
  const custom = { id: seedGuid('role:Contoso Helpdesk Operator'), displayName: 'Contoso Helpdesk Operator', description: 'Resets passwords of Contoso staff.', isBuiltIn: false, isEnabled: true, allowedResourceActions: ['microsoft.directory/users/password/update'] };
  return [...builtIn, custom];
}
