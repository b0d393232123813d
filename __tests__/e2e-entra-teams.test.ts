/**
 * End-to-end: the Entra ID and Teams commands through the bundled action (dist/index.js, or the bundle named by
 * M365_ACTION_ENTRY) run as a child process the way a GitHub runner runs it, against the emulated tenant over real TLS.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { graphOf } from '../emulator/routes/graph/state.js';
import { REPO_ROOT, demoCertificateInputs, runAction, type ActionRun } from '../scripts/lib/action-runner.js';
import { parseRunnerLog } from './helpers/workflow-commands.js';

const ENTRY = process.env.M365_ACTION_ENTRY ?? 'dist/index.js';
/** What a tenant-administration pipeline would grant its app, beside the demo app's own permissions. */
const ROLES = ['User.Read.All', 'Application.ReadWrite.OwnedBy', 'Team.ReadBasic.All', 'Channel.ReadBasic.All', 'Channel.Create'];

let emulator: Emulator;

beforeAll(async () => {
  if (!existsSync(resolve(REPO_ROOT, ENTRY))) throw new Error(`${ENTRY} is missing: run \`npm run package\` first.`);
  emulator = await startEmulator();
  (emulator.state.apps[0].roles.graph ??= []).push(...ROLES);
});
afterAll(async () => emulator?.stop());
beforeEach(() => emulator.clearRequests());

function run(commands: string): Promise<ActionRun> {
  const inputs = { ...demoCertificateInputs(emulator.demo), commands };
  return runAction({ inputs, env: emulator.env(), entry: ENTRY });
}

/** Error annotations of the run. */
function errors(result: ActionRun): string {
  return parseRunnerLog(result.stdout).commands.filter((c) => c.name === 'error').map((c) => c.data.replace(/%0A/g, '\n').replace(/%25/g, '%')).join('\n');
}

describe('Entra ID and Teams through the action', () => {
  it('reads a group and its members, opens a channel in its team, with outputs per id', async () => {
    const result = await run(`
- id: finance
  run: entra group get --displayName Finance
- id: members
  run: entra group member list --groupId "{{ finance.id }}" --role Member
  query: "[].userPrincipalName"
- id: team
  run: teams team get --id "{{ finance.id }}"
- id: channel
  run: teams channel add --teamId "{{ team.id }}" --name "Release 1.2" --description "Release coordination"
`);
    expect(errors(result)).toBe('');
    expect(result.exitCode).toBe(0);
    expect(JSON.parse(result.outputs.members)).toEqual(['MeganB@contoso.onmicrosoft.com', 'AdeleV@contoso.onmicrosoft.com', 'AlexW@contoso.onmicrosoft.com']);
    expect(JSON.parse(result.outputs.team)).toMatchObject({ displayName: 'Finance', memberSettings: { allowCreateUpdateChannels: true } });
    expect(JSON.parse(result.outputs.channel)).toMatchObject({ displayName: 'Release 1.2', membershipType: 'standard' });
    const finance = graphOf(emulator.state).teams.find((t) => t.id === JSON.parse(result.outputs.finance).id);
    expect(finance?.channels.map((c) => c.displayName)).toContain('Release 1.2');
    expect(emulator.requests.filter((r) => r.path.endsWith('/oauth2/v2.0/token')).map((r) => r.scope)).toEqual(['https://graph.microsoft.com/.default']);
  });

  it('hands the client secret of a new app registration only to the masked output <id>-secret', async () => {
    const result = await run(`
- id: release
  run: entra app add --name "Release pipeline" --withSecret
`);
    expect(errors(result)).toBe('');
    const secret = result.outputs['release-secret'];
    expect(secret).toMatch(/^.{30,}$/);
    const log = `${result.stdout}\n${result.stderr}`;
    // Masked before anything could print it: the add-mask command comes first, and nothing else in the log holds it.
    expect(log.indexOf(`::add-mask::${secret}`)).toBeGreaterThanOrEqual(0);
    expect(log.split(secret).length - 1).toBe(1);
    expect(result.outputs.results).not.toContain(secret);
    expect(result.outputs.release).not.toContain(secret);
    expect(result.summary).not.toContain(secret);
    expect(JSON.parse(result.outputs.release)).toMatchObject({ secrets: [{ displayName: 'Default', output: 'release-secret' }] });
  });

  it('refuses teams app publish at planning, before any request, with the way around', async () => {
    const result = await run('- teams app publish --filePath teams/app.zip\n- entra user list --type Guest');
    expect(result.exitCode).not.toBe(0);
    expect(errors(result)).toContain('Microsoft Graph publishes apps to the Teams app catalog only for a signed-in user');
    expect(errors(result)).toContain('Teams admin center');
    expect(emulator.requests).toEqual([]);
  });
});
