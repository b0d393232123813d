/**
 * End-to-end: the site configuration commands (property bag, tenant properties, custom actions, SPFx extensions,
 * navigation) run through the bundled action as a GitHub runner runs it, against the emulated tenant: one provisioning
 * script pasted the way scripts for the CLI for Microsoft 365 are written (`m365 ` in front, short aliases,
 * `--output json`). Runs the committed bundle (`dist/index.js`); M365_ACTION_ENTRY points at another build.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { REPO_ROOT, demoCertificateInputs, runAction, type ActionRun } from '../scripts/lib/action-runner.js';
import { parseRunnerLog } from './helpers/workflow-commands.js';

const ENTRY = process.env.M365_ACTION_ENTRY ?? 'dist/index.js';
const OPS = 'https://contoso.sharepoint.com/sites/ops';
const CATALOG = 'https://contoso.sharepoint.com/sites/appcatalog';
const BANNER = 'b41916e7-e69d-467f-b37f-ff8ecf8f99f2';
const EXPORT = '6a1c2e3f-7b8d-4e9f-a0b1-c2d3e4f5a6b7';
let emulator: Emulator;

beforeAll(async () => {
  if (!existsSync(join(REPO_ROOT, ENTRY)) && !existsSync(ENTRY)) throw new Error(`${ENTRY} is missing: run \`npm run package\` first.`);
  emulator = await startEmulator();
});
afterAll(async () => emulator?.stop());

function run(commands: string): Promise<ActionRun> {
  const inputs = { ...demoCertificateInputs(emulator.demo), commands };
  return runAction({ inputs, env: emulator.env(), entry: ENTRY });
}

function errors(result: ActionRun): string {
  return parseRunnerLog(result.stdout).commands.filter((c) => c.name === 'error').map((c) => c.data).join('\n');
}

function output(result: ActionRun, id: string): unknown {
  expect(errors(result)).toBe('');
  expect(result.exitCode).toBe(0);
  return JSON.parse(result.outputs[id]);
}

describe('site configuration through the bundled action', () => {
  it('property bag, tenant properties, custom actions, extensions and navigation', async () => {
    const result = await run(`
- m365 spo site set --url ${OPS} --noScriptSite false
- m365 spo propertybag set -u ${OPS} -k pipeline -v release
- id: bag
  run: m365 spo propertybag get -u ${OPS} -k pipeline --output json
- m365 spo propertybag remove -u ${OPS} -k pipeline -f
- m365 spo storageentity set -u ${CATALOG} -k AnalyticsId -v 42 -d "Analytics" -c "Owned by web team"
- id: entity
  run: m365 spo storageentity get -k AnalyticsId --output json
- m365 spo storageentity remove -u ${CATALOG} -k AnalyticsId -f
- id: entities
  run: m365 spo storageentity list -u ${CATALOG} --output json
- m365 spo customaction add -u ${OPS} -n Ribbon -t Ribbon -l CommandUI.Ribbon
- m365 spo customaction remove -u ${OPS} -t Ribbon -f
- m365 spo applicationcustomizer add -t Banner -u ${OPS} -i ${BANNER} --clientSideComponentProperties '{"text":"Hi"}'
- id: customizers
  run: m365 spo applicationcustomizer list -u ${OPS} --output json
  query: "[].Title"
- m365 spo commandset add -t Export -u ${OPS} -l Library -i ${EXPORT}
- id: commandsets
  run: m365 spo commandset list -u ${OPS} -s Web --output json
  query: "[].Location"
- id: action
  run: m365 spo customaction get -u ${OPS} -c ${BANNER} --output json
- m365 spo applicationcustomizer remove -u ${OPS} -c ${BANNER} -f
- id: actions
  run: m365 spo customaction list -u ${OPS} --output json
  query: "[].Title"
- m365 spo navigation node add -u ${OPS} -l QuickLaunch -t Runbook --url /sites/ops/SitePages/Runbook.aspx
- id: nodes
  run: m365 spo navigation node list -u ${OPS} -l QuickLaunch --output json
  query: "[].Title"
`);
    expect(errors(result)).toBe('');
    expect(result.outputs.bag).toBe('release');
    expect(output(result, 'entity')).toEqual({ Key: 'AnalyticsId', Value: '42', Description: 'Analytics', Comment: 'Owned by web team' });
    expect(result.outputs.entities ?? '').toBe('');
    expect(output(result, 'customizers')).toEqual(['Banner']);
    expect(output(result, 'commandsets')).toEqual(['ClientSideExtension.ListViewCommandSet.CommandBar']);
    expect(output(result, 'action')).toMatchObject({ Title: 'Banner', Scope: 'Site', ClientSideComponentId: BANNER });
    expect(output(result, 'actions')).toEqual(['Export']);
    expect(output(result, 'nodes')).toEqual(['Home', 'Documents', 'Runbook']);
  });
});
