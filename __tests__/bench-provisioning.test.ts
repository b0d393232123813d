/**
 * The benchmark's provisioning scenario: the action's `commands` input is the CLI's argument lists, plans cleanly
 * (what a dry run does) and runs in process against the emulator, leaving what the final reads check; and the
 * emulator answers the requests the CLI for Microsoft 365 sends for it that the action does not (a form digest from
 * `contextinfo`, the tenant's CSOM identity, site properties addressed by identity).
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { EnvHttpProxyAgent, fetch } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROVISIONING_ACTION, PROVISIONING_CLI } from '../bench/provisioning-bench.js';
import { checkProvisioning, PROVISIONING_COMMANDS, PROVISIONING_SITE, provisioningActionCommands, READ_INDEX, RISKS, shellQuote, TASKS } from '../bench/provisioning.js';
import { CLOUDS, sharePointResource, type Resource } from '../src/clouds.js';
import { catalogue } from '../src/commands/registry.js';
import { splitCommandLine } from '../src/plan/command-line.js';
import { createPlan } from '../src/plan/planner.js';
import { REPO_ROOT } from '../scripts/lib/action-runner.js';
import { emulatorTokens, startHarness, type Harness } from './helpers/harness.js';
import { createTransport } from '../src/http/transport.js';

const CHARTER = 'bench/scenarios/provisioning-charter.md';

describe('the provisioning script', () => {
  it('has 30 commands or more, each a command of the catalogue with its options', () => {
    const plan = createPlan({ commands: provisioningActionCommands(), source: 'commands', catalogue, cloud: CLOUDS.Public, cwd: REPO_ROOT });
    expect(PROVISIONING_COMMANDS.length).toBeGreaterThanOrEqual(30);
    expect(plan.commands.map((c) => c.definition.name)).toEqual(PROVISIONING_COMMANDS.map((args) => args.slice(0, args.findIndex((a) => a.startsWith('--'))).join(' ')));
    expect(new Set(plan.commands.map((c) => c.resource?.audience))).toEqual(new Set(['https://contoso.sharepoint.com']));
    expect(plan.commands.filter((c) => c.hasDeclaredId).map((c) => [c.id, c.index])).toEqual(Object.entries(READ_INDEX));
  });

  it('gives the action exactly the words the CLI gets', () => {
    const lines = provisioningActionCommands();
    const plan = createPlan({ commands: lines, source: 'commands', catalogue, cloud: CLOUDS.Public, cwd: REPO_ROOT });
    expect(plan.commands.map((c) => splitCommandLine(c.display))).toEqual(PROVISIONING_COMMANDS);
    expect(PROVISIONING_CLI.steps.map((step) => step([]))).toEqual(PROVISIONING_COMMANDS);
  });

  it('quotes words as a shell takes them', () => {
    const words = ['plain', 'two words', `it's`, '<Field Type="Text" />', '{"a":1}', ''];
    expect(splitCommandLine(words.map(shellQuote).join(' '))).toEqual(words);
  });

  it('refuses results that lack an item, the property or the custom action', () => {
    const complete = { tasks: [...TASKS], risks: [...RISKS], property: 'FALCON-7', actions: [{ Name: 'FalconBanner' }] };
    expect(() => checkProvisioning(complete, 'x')).not.toThrow();
    expect(() => checkProvisioning({ ...complete, tasks: TASKS.slice(1) }, 'x')).toThrow('tasks missing: Kick-off');
    expect(() => checkProvisioning({ ...complete, risks: [{ ...RISKS[0], Impact: 'Low' }, RISKS[1]] }, 'x')).toThrow('risks missing: Budget overrun');
    expect(() => checkProvisioning({ ...complete, property: undefined, actions: [] }, 'x')).toThrow(/ProjectCode is undefined; custom action FalconBanner missing/);
  });

  it('checks the action by its step outputs, a string result as is', () => {
    const outputs = { tasks: JSON.stringify(TASKS), risks: JSON.stringify(RISKS), property: 'FALCON-7', actions: '[{"Name":"FalconBanner"}]' };
    expect(() => PROVISIONING_ACTION.check?.(outputs)).not.toThrow();
    expect(() => PROVISIONING_ACTION.check?.({ ...outputs, tasks: '[]' })).toThrow(/through the action did not leave what it wrote: tasks missing/);
  });
});

describe('the provisioning script against the emulated tenant', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
    mkdirSync(join(harness.cwd, dirname(CHARTER)), { recursive: true });
    copyFileSync(join(REPO_ROOT, CHARTER), join(harness.cwd, CHARTER));
  });
  afterAll(() => harness?.close());

  it('runs in process and leaves the site the reads at its end check', async () => {
    const run = await harness.run(provisioningActionCommands());
    expect(run.planningError).toBeUndefined();
    expect(run.outcomes.filter((o) => o.error !== undefined).map((o) => `${o.index}: ${o.error}`)).toEqual([]);
    expect(run.outcomes).toHaveLength(PROVISIONING_COMMANDS.length);
    const reads = Object.fromEntries(Object.entries(READ_INDEX).map(([id, index]) => [id, run.outcomes[index].result]));
    expect(() => checkProvisioning(reads as Parameters<typeof checkProvisioning>[0], 'the action')).not.toThrow();
    const site = harness.emulator.state.sites.find((s) => s.Url === PROVISIONING_SITE);
    expect(site?.rootWeb.lists.map((l) => l.Title)).toEqual(['Documents', 'Site Pages', 'Tasks', 'Risks', 'Decisions']);
  });
});

describe('what the CLI for Microsoft 365 sends for the scenario', () => {
  let harness: Harness;
  let dispatcher: EnvHttpProxyAgent;
  let token: string;
  beforeAll(async () => {
    harness = await startHarness();
    dispatcher = new EnvHttpProxyAgent({ httpsProxy: harness.emulator.proxyUrl, httpProxy: harness.emulator.proxyUrl, noProxy: '' });
    const resource = sharePointResource(CLOUDS.Public, 'https://contoso.sharepoint.com') as Resource;
    token = await emulatorTokens(harness.emulator, createTransport({ dispatcher })).getToken(resource);
  });
  afterAll(async () => {
    await dispatcher?.close();
    await harness?.close();
  });

  async function post(url: string, body: string, accept = 'application/json;odata=nometadata'): Promise<{ status: number; json: unknown }> {
    const response = await fetch(url, { method: 'POST', body, headers: { authorization: `Bearer ${token}`, accept, 'content-type': 'text/xml' }, dispatcher });
    return { status: response.status, json: await response.json() };
  }

  const csom = (actions: string, paths: string): string =>
    `<Request AddExpandoFieldTypeSuffix="true" SchemaVersion="15.0.0.0" LibraryVersion="16.0.0.0" ApplicationName="bench" xmlns="http://schemas.microsoft.com/sharepoint/clientquery/2009"><Actions>${actions}</Actions><ObjectPaths>${paths}</ObjectPaths></Request>`;

  it('gets a form digest from contextinfo, in each OData format, on a site and on the admin host', async () => {
    const site = await post('https://contoso.sharepoint.com/sites/ops/_api/contextinfo', '');
    expect(site.status).toBe(200);
    expect(site.json).toMatchObject({ FormDigestTimeoutSeconds: 1800, SiteFullUrl: 'https://contoso.sharepoint.com/sites/ops', WebFullUrl: 'https://contoso.sharepoint.com/sites/ops' });
    expect((site.json as { FormDigestValue: string }).FormDigestValue).toMatch(/^0x[0-9A-F]{128},\d{1,2} \w{3} \d{4} [\d:]{8} -0000$/);
    const verbose = await post('https://contoso-admin.sharepoint.com/_api/contextinfo', '', 'application/json;odata=verbose');
    expect(verbose.json).toMatchObject({ d: { GetContextWebInformation: { WebFullUrl: 'https://contoso-admin.sharepoint.com', SupportedSchemaVersions: { results: ['14.0.0.0', '15.0.0.0'] } } } });
  });

  it('names the tenant in the identity of new Tenant(), and sets site properties addressed by identity', async () => {
    const tenantQuery = csom('<ObjectPath Id="4" ObjectPathId="3" /><Query Id="5" ObjectPathId="3"><Query SelectAllProperties="true"><Properties /></Query></Query>', '<Constructor Id="3" TypeId="{268004ae-ef6b-4e9b-8425-127220d84719}" />');
    const answer = (await post('https://contoso-admin.sharepoint.com/_vti_bin/client.svc/ProcessQuery', tenantQuery)).json as Record<string, unknown>[];
    const identity = String(answer.at(-1)?._ObjectIdentity_);
    expect(identity).toMatch(new RegExp(`^[0-9a-f-]{36}\\|908bed80-a04a-4433-b4a0-883d9847d110:${harness.emulator.demo.tenantId}\\nTenant$`));
    const tenant = identity.slice(identity.indexOf('|') + 1, identity.indexOf('\n'));
    const ops = 'https://contoso.sharepoint.com/sites/ops';
    const update = (site: string): string =>
      csom(
        '<SetProperty Id="27" ObjectPathId="5" Name="DenyAddAndCustomizePages"><Parameter Type="Enum">1</Parameter></SetProperty><ObjectPath Id="14" ObjectPathId="13" /><ObjectIdentityQuery Id="15" ObjectPathId="5" /><Query Id="16" ObjectPathId="13"><Query SelectAllProperties="false"><Properties><Property Name="IsComplete" ScalarProperty="true" /></Properties></Query></Query>',
        `<Identity Id="5" Name="53d8499e-d0d2-5000-cb83-9ade5be42ca4|${tenant}&#xA;SiteProperties&#xA;${encodeURIComponent(site)}" /><Method Id="13" ParentId="5" Name="Update" />`,
      );
    const updated = (await post('https://contoso-admin.sharepoint.com/_vti_bin/client.svc/ProcessQuery', update(ops))).json as Record<string, unknown>[];
    expect(updated[0].ErrorInfo).toBeNull();
    expect(updated.at(-1)).toMatchObject({ IsComplete: true });
    expect(harness.emulator.state.sites.find((s) => s.Url === ops)?.properties?.DenyAddAndCustomizePages).toBe(1);
    const missing = (await post('https://contoso-admin.sharepoint.com/_vti_bin/client.svc/ProcessQuery', update(`${ops}-nope`))).json as { ErrorInfo: { ErrorMessage: string } }[];
    expect(missing[0].ErrorInfo.ErrorMessage).toBe(`Cannot get site ${ops}-nope.`);
  });
});
