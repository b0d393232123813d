/**
 * End-to-end: the bundled dist/index.js, run as a GitHub runner runs it, against the emulated tenant: the Microsoft
 * 365 service commands (Graph, SharePoint's tenant administration, the Office 365 Management Activity API) in one
 * step, and a file of CLI commands this action does not run, refused at planning with one message each.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { REPORT_DOWNLOAD_HOST } from '../emulator/routes/graph/reports.js';
import { servicesOf } from '../emulator/seed-services.js';
import { REPO_ROOT, runAction, type ActionRun } from '../scripts/lib/action-runner.js';
import { parseRunnerLog } from './helpers/workflow-commands.js';

let emulator: Emulator;

beforeAll(async () => {
  if (!existsSync(join(REPO_ROOT, 'dist', 'index.js'))) throw new Error('dist/index.js is missing: run `npm run package` first.');
  emulator = await startEmulator();
});
afterAll(async () => emulator?.stop());
beforeEach(() => emulator.clearRequests());

function run(commands: string): Promise<ActionRun> {
  const inputs = {
    'app-id': emulator.demo.appId,
    // The Management Activity API addresses the tenant by its ID.
    tenant: emulator.demo.tenantId,
    'certificate-file': emulator.demo.pfxPath,
    'certificate-password': emulator.demo.password,
    'spo-url': emulator.demo.sharePointUrl,
    commands,
  };
  return runAction({ inputs, env: emulator.env() });
}

function errors(result: ActionRun): string[] {
  return parseRunnerLog(result.stdout)
    .commands.filter((c) => c.name === 'error')
    .map((c) => c.data.replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%'));
}

const SERVICES = `
- id: health
  run: tenant serviceannouncement health list --issues
- id: active
  run: tenant report activeusercounts --period D7
- id: plans
  run: planner plan list --ownerGroupName Marketing
- id: task
  run: planner task add --title "Ship {{ plans[0].title }}" --planId "{{ plans[0].id }}" --bucketName "To do" --priority Important
- id: audit
  run: purview auditlog list --contentType SharePoint
- run: outlook mail send --sender AdeleV@contoso.onmicrosoft.com --to chris@contoso.com --subject "Weekly report" --bodyContents "{{ active[0].Exchange }} people used Exchange"
- id: drives
  run: onedrive list
- id: connections
  run: external connection list
- id: tenant
  run: tenant id get --domainName contoso.onmicrosoft.com
`;

describe('Microsoft 365 services through the bundled action', () => {
  it('runs Graph, SharePoint admin and Management Activity API commands in one step, one token per resource', async () => {
    const result = await run(SERVICES);
    expect(errors(result)).toEqual([]);
    expect(result.exitCode).toBe(0);
    const out = (id: string): unknown => JSON.parse(result.outputs[id]);
    expect(out('health')).toContainEqual(expect.objectContaining({ id: 'Exchange', issues: [expect.objectContaining({ id: 'EX712345' })] }));
    expect(out('active')).toHaveLength(7);
    expect(out('task')).toMatchObject({ title: 'Ship Product launch', priority: 3 });
    const audit = out('audit') as { CreationTime: string; Workload: string }[];
    expect(audit.length).toBeGreaterThan(0);
    expect(audit.every((r) => r.Workload === 'SharePoint')).toBe(true);
    expect((out('drives') as unknown[]).length).toBe(8);
    expect(out('connections')).toHaveLength(2);
    expect(result.outputs.tenant).toBe(emulator.demo.tenantId);
    expect(servicesOf(emulator.state).mail.sent.at(-1)).toMatchObject({ sender: 'AdeleV@contoso.onmicrosoft.com', message: { body: { content: '7 people used Exchange' } } });
    // The report's CSV came from the download host, which answers only requests without a token.
    expect(emulator.requests.filter((r) => r.host === REPORT_DOWNLOAD_HOST).map((r) => r.status)).toEqual([200]);
    const scopes = emulator.requests.filter((r) => r.path.endsWith('/oauth2/v2.0/token')).map((r) => r.scope);
    expect(scopes.sort()).toEqual(['https://contoso.sharepoint.com/.default', 'https://graph.microsoft.com/.default', 'https://manage.office.com/.default']);
    expect(result.summary).toContain('purview auditlog list --contentType SharePoint');
  });
});

describe('CLI commands this action does not run', () => {
  it('are refused at planning, one message per line naming the class and the way around, before any request', async () => {
    const result = await run(
      [
        '- tenant serviceannouncement message list',
        '- m365 login --authType certificate --certificateFile ./deploy.pfx --password "Pfx-Secret" --appId 3f2b8c1d-6e4a-4b9f-8c7d-2a1e5f9b0c34 --tenant contoso.onmicrosoft.com',
        '- todo task list --listName Tasks',
        '- outlook message list',
        '- booking business get --id contoso@contoso.onmicrosoft.com',
      ].join('\n'),
    );
    expect(result.exitCode).toBe(1);
    const [message] = errors(result);
    const lines = message.split('\n');
    expect(lines[0]).toBe("Planning found 4 problems in the commands of input 'commands'; nothing was run:");
    expect(lines.slice(1).map((l) => /^ {2}- Command '([^']+)' \(command (\d)/.exec(l)?.slice(1, 3).join(' @ '))).toEqual([
      'login @ 2',
      'todo task list @ 3',
      'outlook message list @ 4',
      'booking business get @ 5',
    ]);
    expect(lines[1]).toContain('is local to the CLI for Microsoft 365 and has no counterpart here: here sign-in comes from the action\'s inputs');
    expect(lines[1]).toContain('certificate-file: ./deploy.pfx, certificate-password: <the --password value, from a secret>');
    expect(lines[2]).toContain('cannot be run app-only (delegated only)');
    expect(lines[3]).toContain('cannot be run app-only as written: without --userId or --userName');
    expect(lines[4]).toContain('is not built yet');
    expect(`${result.stdout}${result.stderr}${result.summary}`).not.toContain('Pfx-Secret');
    expect(emulator.requests).toEqual([]);
  });
});
