/**
 * The Microsoft Teams commands, table-driven (see commands.test.ts): each row a command line as a user would paste it,
 * planned and run in-process against the emulator over real sockets. `doc` names the CLI documentation page of the
 * JSON shape. `teams app publish` and `teams app update` are refused at planning (Graph allows them only for a
 * signed-in user), so their rows are refusals, and the refusal is checked to send nothing.
 */
import { afterAll, beforeAll, expect } from 'vitest';
import { graphOf } from '../emulator/routes/graph/state.js';
import { threadId } from '../emulator/routes/graph/teams.js';
import { seedGuid } from '../emulator/seed-content.js';
import { startHarness, type Harness } from './helpers/harness.js';
import { describeRows, type Row } from './helpers/table.js';


const DOMAIN = 'contoso.onmicrosoft.com';
const upn = (nick: string): string => `${nick}@${DOMAIN}`;
const userId = (nick: string): string => seedGuid(`user:${upn(nick).toLowerCase()}`);
const teamId = (name: string): string => seedGuid(`group:${name}`);
const channelId = (team: string, channel: string): string => threadId(`${teamId(team)}:${channel}`);
const EXPENSES = seedGuid('teams-app:Contoso Expenses');
const HELPDESK = seedGuid('teams-app:Contoso Helpdesk');
const MISSING = '00000000-0000-4000-8000-000000000000';

/** The application permissions the tests' app is granted beside the demo app's own. */
const ROLES = ['Team.ReadBasic.All', 'Channel.ReadBasic.All', 'Channel.Create', 'TeamsTab.Read.All', 'AppCatalog.Read.All', 'TeamsAppInstallation.ReadWriteForTeam.All', 'TeamsAppInstallation.ReadWriteForUser.All', 'User.Read.All'];

let harness: Harness;
const graph = () => graphOf(harness.emulator.state);
const names = (items: unknown): string[] => (items as { displayName: string }[]).map((i) => i.displayName);

const ROWS: Record<string, readonly Row[]> = {
  'teams team get': [
    {
      run: 'teams team get --name Finance',
      doc: 'teams/team/team-get',
      result: { id: teamId('Finance'), displayName: 'Finance', description: 'Finance team', visibility: 'private', isArchived: false, memberSettings: { allowCreateUpdateChannels: true }, funSettings: { giphyContentRating: 'moderate' } },
    },
    { run: `teams team get -i ${teamId('Engineering')}`, result: { displayName: 'Engineering', internalId: threadId(`team:${teamId('Engineering')}`) } },
    { run: 'teams team get --name "No such team"', error: "The specified team 'No such team' does not exist." },
    { run: `teams team get --id ${teamId('Sales')}`, error: `No team found with Group Id ${teamId('Sales')}` },
  ],
  'teams team list': [
    { run: 'teams team list', doc: 'teams/team/team-list', check: (teams) => {
      expect(names(teams)).toEqual(['Engineering', 'Finance', 'Marketing']);
      expect((teams as { messagingSettings?: unknown }[]).every((t) => t.messagingSettings !== undefined)).toBe(true);
    } },
    { run: `teams team list --joined --userName ${upn('AdeleV')}`, check: (teams) => expect(names(teams)).toEqual(['Finance']) },
    { run: `teams team list -a --userId ${userId('LeeG')}`, check: (teams) => expect(names(teams)).toEqual(['Engineering']) },
    { run: 'teams team list --joined', error: "--joined without a user lists the signed-in user's teams, and an app signs in as no user. Add --userId or --userName" },
    { run: `teams team list --userId ${userId('LeeG')}`, error: 'You must specify either joined or associated when specifying userId or userName.' },
  ],
  'teams channel list': [
    { run: 'teams channel list --teamName Engineering', doc: 'teams/channel/channel-list', check: (channels) => expect(names(channels)).toEqual(['General', 'Releases', 'Incidents', 'Architecture']) },
    { run: `teams channel list -i ${teamId('Engineering')} --type shared`, result: [{ displayName: 'Architecture', membershipType: 'shared', id: channelId('Engineering', 'Architecture') }] },
    { run: 'teams channel list --type private', error: 'needs one of --teamId, --teamName; none was given.' },
  ],
  'teams channel get': [
    { run: 'teams channel get --teamName Finance --primary', doc: 'teams/channel/channel-get', result: { id: channelId('Finance', 'General'), displayName: 'General', membershipType: 'standard', isFavoriteByDefault: true } },
    { run: `teams channel get --teamId ${teamId('Finance')} --name Audit`, result: { displayName: 'Audit', membershipType: 'private' } },
    { run: `teams channel get --teamId ${teamId('Finance')} --id "${channelId('Finance', 'Budget 2025')}"`, result: { displayName: 'Budget 2025' } },
    { run: `teams channel get --teamId ${teamId('Finance')} --id not-a-channel`, error: 'not-a-channel is not a valid Teams channel id' },
    { run: `teams channel get --teamId ${teamId('Finance')} --name Nope`, error: `The channel 'Nope' does not exist in the Microsoft Teams team with ID '${teamId('Finance')}'.` },
  ],
  'teams channel add': [
    {
      run: 'teams channel add --teamName Marketing --name Launch --description "Launch planning"',
      doc: 'teams/channel/channel-add',
      check: (channel) => {
        expect(channel).toMatchObject({ displayName: 'Launch', description: 'Launch planning', membershipType: 'standard' });
        expect(graph().teams.find((t) => t.id === teamId('Marketing'))?.channels.map((c) => c.displayName)).toContain('Launch');
      },
    },
    {
      run: `teams channel add -i ${teamId('Marketing')} -n "Budget review" --type private --owner ${upn('PattiF')}`,
      check: (channel) => {
        expect(channel).toMatchObject({ membershipType: 'private' });
        expect(graph().teams.find((t) => t.id === teamId('Marketing'))?.channels.find((c) => c.displayName === 'Budget review')?.owners).toEqual([userId('PattiF')]);
      },
    },
    { run: 'teams channel add --teamName Marketing --name Secret --type private', error: 'Specify owner when creating a private channel.' },
    { run: 'teams channel add --teamName Marketing --name Campaigns', error: 'Channel name already existed, please use other name. Name: Campaigns' },
  ],
  'teams tab list': [
    {
      run: `teams tab list --teamId ${teamId('Finance')} --channelId "${channelId('Finance', 'Budget 2025')}"`,
      doc: 'teams/tab/tab-list',
      check: (tabs) => {
        expect(names(tabs)).toEqual(['Budget 2025 plan', 'Handbook']);
        expect((tabs as { teamsApp: unknown }[])[0].teamsApp).toEqual({ id: 'com.microsoft.teamspace.tab.planner', externalId: null, displayName: 'Tasks by Planner and To Do', distributionMethod: 'store' });
      },
    },
    { run: `teams tab list -i ${teamId('Finance')} -c "${channelId('Finance', 'General')}"`, result: [] },
    { run: `teams tab list --teamId ${teamId('Finance')} --channelId General`, error: 'General is not a valid Teams ChannelId' },
  ],
  'teams app list': [
    { run: 'teams app list', doc: 'teams/app/app-list', check: (apps) => expect(names(apps)).toContain('Wiki') },
    { run: 'teams app list --distributionMethod organization', check: (apps) => expect(apps).toEqual([{ id: EXPENSES, externalId: seedGuid('manifest:Contoso Expenses'), displayName: 'Contoso Expenses', distributionMethod: 'organization' }, expect.objectContaining({ displayName: 'Contoso Helpdesk' })]) },
    { run: 'teams app list --distributionMethod public', error: "is 'public', which is not allowed; use one of: store, organization, sideloaded." },
  ],
  'teams app install': [
    {
      run: `teams app install --name "Contoso Expenses" --teamId ${teamId('Engineering')}`,
      doc: 'teams/app/app-install',
      check: (result) => {
        expect(result).toBeUndefined();
        expect(graph().teams.find((t) => t.id === teamId('Engineering'))?.installedApps).toContain(EXPENSES);
      },
    },
    { run: `teams app install --id ${HELPDESK} --userName ${upn('AdeleV')}`, check: () => expect(graph().userApps[userId('AdeleV')]).toEqual([HELPDESK]) },
    { run: `teams app install --id ${HELPDESK} --userId ${userId('LeeG')}`, check: () => expect(graph().userApps[userId('LeeG')]).toEqual([HELPDESK]) },
    { run: `teams app install --name "No such app" --teamId ${teamId('Engineering')}`, error: 'The specified Teams app does not exist' },
    { run: `teams app install --id ${HELPDESK} --userId ${MISSING}`, error: `User with ID ${MISSING} not found.` },
    { run: `teams app install --id ${HELPDESK} --teamId ${teamId('Engineering')} --userId ${userId('LeeG')}`, error: 'accepts only one of --teamId, --userId, --userName' },
  ],
};

beforeAll(async () => {
  harness = await startHarness();
  // Before the first token: the app the harness signs in as gets the Teams permissions the rows need.
  (harness.emulator.state.apps[0].roles.graph ??= []).push(...ROLES);
});

afterAll(() => harness.close());

describeRows(ROWS, () => harness);
