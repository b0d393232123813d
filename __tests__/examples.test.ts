/**
 * The example workflows (examples/github, examples/azure-pipelines) and the "after" workflows of the migration guide
 * (docs/migrating.md) are planned as a dry run would plan them: every step of this action gives only inputs the
 * action (or task) declares, and its commands plan without a problem with the real catalogue. The working directory
 * holds what the examples' build steps produce (the SPFx package), and nothing else.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { actionSteps, planningErrors, planStep, type ActionStep } from './helpers/action-steps.js';

const repo = join(import.meta.dirname, '..');
/** `gulp package-solution --ship` in the examples' build steps writes this. */
const BUILT_PACKAGE = 'sharepoint/solution/contoso-webparts.sppkg';

const cwd = mkdtempSync(join(tmpdir(), 'examples-'));
mkdirSync(join(cwd, 'sharepoint/solution'), { recursive: true });
writeFileSync(join(cwd, BUILT_PACKAGE), 'PK');
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

/** Plans a step; the names of its planned commands, or the planning errors as a thrown Error. */
function plannedCommands(step: ActionStep): string[] {
  expect(step.unknownInputs, `${step.where}: inputs the action does not declare`).toEqual([]);
  try {
    return planStep(step, cwd).commands.map((command) => command.definition.name);
  } catch (error) {
    throw new Error(`${step.where} does not plan:\n${planningErrors(error)}`);
  }
}

const stepsOf = (file: string): ActionStep[] => actionSteps(readFileSync(join(repo, file), 'utf8'), file);

describe('examples', () => {
  it('holds the workflows the README points to, and nothing that is not checked here', () => {
    expect(readdirSync(join(repo, 'examples/github')).sort()).toEqual(['nightly-report.yml', 'site-collection-catalog.yml', 'spfx-deploy.yml']);
    expect(readdirSync(join(repo, 'examples/azure-pipelines')).sort()).toEqual(['deploy-with-service-connection.yml']);
  });

  it('SPFx deployment on push with OIDC: add, deploy, read back', () => {
    const [step, ...rest] = stepsOf('examples/github/spfx-deploy.yml');
    expect(rest).toEqual([]);
    expect(step?.inputs).toMatchObject({ auth: 'federated' });
    expect(plannedCommands(step as ActionStep)).toEqual(['spo app add', 'spo app deploy', 'spo app get']);
  });

  it('site collection app catalog: every command names the site collection catalog', () => {
    const [step] = stepsOf('examples/github/site-collection-catalog.yml');
    const plan = planStep(step as ActionStep, cwd);
    expect(plan.commands.map((c) => c.definition.name)).toEqual(['spo app add', 'spo app deploy', 'spo app install']);
    expect(plan.commands.map((c) => c.options.appCatalogScope)).toEqual(['sitecollection', 'sitecollection', 'sitecollection']);
    expect(plan.resources.map((r) => r.audience)).toEqual(['https://contoso.sharepoint.com']);
  });

  it('nightly report: reads only, written to the output file, no discovery request for the SharePoint root', () => {
    const [step] = stepsOf('examples/github/nightly-report.yml');
    const plan = planStep(step as ActionStep, cwd);
    expect(plan.commands.map((c) => c.definition.name)).toEqual(['status', 'spo site get', 'spo web get', 'spo list list', 'spo app list', 'entra group list']);
    expect(plan.commands.every((c) => c.definition.readOnly)).toBe(true);
    expect(plan.needsSharePointDiscovery).toBe(false);
    expect(step?.inputs['output-file']).toMatch(/m365-report\.json$/);
  });

  it('Azure Pipelines: deploy through the service connection, then the later job reads the output variable', () => {
    const file = 'examples/azure-pipelines/deploy-with-service-connection.yml';
    const [deploy, announce, ...rest] = stepsOf(file);
    expect(rest).toEqual([]);
    expect([deploy?.platform, deploy?.inputs['service-connection-id']]).toEqual(['azure-devops', 'm365-wif']);
    expect(plannedCommands(deploy as ActionStep)).toEqual(['spo app add', 'spo app deploy', 'spo app get']);
    expect(plannedCommands(announce as ActionStep)).toEqual(['spo listitem add']);
    const text = readFileSync(join(repo, file), 'utf8');
    // The deploying step is named m365 and declares the id that the later job reads.
    expect(text).toContain("appId: $[ dependencies.Deploy.outputs['m365.appId'] ]");
    expect(text).toMatch(/name: m365\b/);
    expect(deploy?.inputs.commands).toMatch(/- id: appId\n/);
  });

  it('a step with a misspelt input or an unknown command does not pass (so the checks above can fail)', () => {
    const broken = actionSteps(
      'jobs:\n  a:\n    steps:\n      - uses: contoso/m365-action@v1\n        with:\n          comands: "- spo app list"\n          commands: "- spo app remove --id 1"\n',
      'broken.yml',
    );
    expect(broken[0]?.unknownInputs).toEqual(['comands']);
    expect(() => planStep(broken[0] as ActionStep, cwd)).toThrow(/Planning found 1 problem/);
    const missingFile = actionSteps('steps:\n  - task: M365Action@0\n    inputs:\n      commands: "- spo app add --filePath other.sppkg"\n', 'missing.yml');
    expect(() => planStep(missingFile[0] as ActionStep, cwd)).toThrow();
  });
});

describe('docs/migrating.md', () => {
  const guide = readFileSync(join(repo, 'docs/migrating.md'), 'utf8');
  /** Every fenced YAML block that runs this action: the "after" side of each migration. */
  const afterBlocks = [...guide.matchAll(/```yaml\n([\s\S]*?)```/g)]
    .map((match, i) => ({ text: match[1] ?? '', label: `docs/migrating.md, YAML block ${i + 1}` }))
    .filter((block) => /m365-action@|M365Action@/.test(block.text));

  it('has an "after" workflow for each migration: login, deploy, runscript and the Azure Pipelines CLI job', () => {
    expect(afterBlocks.length).toBeGreaterThanOrEqual(5);
    expect(afterBlocks.filter((block) => block.text.includes('M365Action@')).length).toBeGreaterThanOrEqual(1);
  });

  it('every "after" workflow plans cleanly', () => {
    const planned = afterBlocks.flatMap((block) => actionSteps(block.text, block.label)).map((step) => [step.where, plannedCommands(step).length > 0]);
    expect(planned.length).toBeGreaterThanOrEqual(afterBlocks.length);
    expect(planned.filter(([, ok]) => !ok)).toEqual([]);
  });
});
