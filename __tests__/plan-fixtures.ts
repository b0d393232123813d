/** Small fake command definitions for the planning tests (the real catalogue is not imported on purpose). */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLOUDS } from '../src/clouds.js';
import { request } from '../src/commands/request.js';
import type { CommandDefinition } from '../src/commands/types.js';
import { createPlan, type PlanInput } from '../src/plan/planner.js';
import type { Plan } from '../src/plan/types.js';

const run = async (): Promise<unknown> => ({});

function define(d: Omit<CommandDefinition, 'description' | 'permissions' | 'run'>): CommandDefinition {
  return { description: `fake ${d.name}`, permissions: {}, run, ...d };
}

export const catalogue: CommandDefinition[] = [
  define({
    name: 'spo app add',
    resource: 'sharepoint',
    sharePointUrlOption: 'appCatalogUrl',
    readOnly: false,
    options: [
      { name: 'filePath', short: 'p', type: 'file', required: true, description: 'Path to the .sppkg file.' },
      { name: 'overwrite', type: 'boolean', description: 'Overwrite an existing app.' },
      { name: 'appCatalogUrl', short: 'u', type: 'url', description: 'App catalog URL.' },
      { name: 'appCatalogScope', type: 'string', enum: ['tenant', 'sitecollection'], description: 'Scope.' },
    ],
  }),
  define({
    name: 'spo app get',
    resource: 'sharepoint',
    sharePointUrlOption: 'appCatalogUrl',
    readOnly: true,
    options: [
      { name: 'id', short: 'i', type: 'guid', description: 'App id.' },
      { name: 'name', short: 'n', type: 'string', description: 'App file name.' },
      { name: 'appCatalogUrl', type: 'url', description: 'App catalog URL.' },
    ],
    rules: [{ kind: 'exactlyOne', options: ['id', 'name'] }],
  }),
  define({
    name: 'spo app deploy',
    resource: 'sharepoint',
    readOnly: false,
    options: [
      { name: 'id', type: 'guid', required: true, description: 'App id.' },
      { name: 'skipFeatureDeployment', type: 'boolean', description: 'Deploy tenant-wide.' },
    ],
  }),
  define({ name: 'spo app list', resource: 'sharepoint', readOnly: true, options: [] }),
  define({
    name: 'entra group list',
    aliases: ['aad group list'],
    resource: 'graph',
    readOnly: true,
    options: [
      { name: 'displayName', short: 'n', type: 'string', description: 'Display name.' },
      { name: 'type', type: 'string', enum: ['microsoft365', 'security'], description: 'Group type.' },
      { name: 'limit', type: 'number', description: 'Most groups to return.' },
      { name: 'owner', type: 'string', description: 'Owner id or user name.' },
    ],
    rules: [{ kind: 'requires', option: 'limit', requires: ['displayName'] }],
  }),
  define({
    name: 'entra user get',
    resource: 'graph',
    readOnly: true,
    options: [
      { name: 'id', type: 'guid', description: 'User id.' },
      { name: 'userName', type: 'string', description: 'UPN.' },
    ],
    rules: [{ kind: 'atMostOne', options: ['id', 'userName'] }],
    validate: (o) => (o.id === undefined && o.userName === undefined ? 'give --id or --userName' : undefined),
  }),
  define({
    name: 'spo listitem add',
    resource: 'sharepoint',
    sharePointUrlOption: 'webUrl',
    readOnly: false,
    allowUnknownOptions: true,
    options: [
      { name: 'webUrl', short: 'u', type: 'url', required: true, description: 'Site URL.' },
      { name: 'listTitle', type: 'string', description: 'List title.' },
      { name: 'contentType', type: 'json', description: 'Extra JSON.' },
    ],
  }),
  define({
    name: 'request',
    resource: 'none',
    // The resource comes from the URL, as the real command decides it.
    resourceFrom: (options, context) => request.resourceFrom!(options, context),
    readOnly: false,
    allowUnknownOptions: true,
    options: [
      { name: 'url', short: 'u', type: 'endpoint', required: true, description: 'URL to call (https, or @graph, @graphbeta, @spo).' },
      { name: 'method', short: 'm', type: 'string', enum: ['get', 'post', 'patch', 'put', 'delete', 'head'], description: 'HTTP method.' },
      { name: 'body', short: 'b', type: 'json', description: 'Body.' },
    ],
  }),
  define({ name: 'management activity list', resource: 'management', readOnly: true, options: [] }),
  define({ name: 'status', resource: 'none', readOnly: true, options: [] }),
];

/** A working directory holding `app.sppkg` and a folder `sharepoint`. */
export function makeCwd(): string {
  const dir = mkdtempSync(join(tmpdir(), 'plan-test-'));
  writeFileSync(join(dir, 'app.sppkg'), 'fake');
  mkdirSync(join(dir, 'sharepoint'));
  return dir;
}

export const cwd = makeCwd();

/** Plans `yaml` with the fake catalogue, the Public cloud and `cwd`. */
export function plan(yaml: string, extra: Partial<PlanInput> = {}): Plan {
  return createPlan({ commands: yaml, source: 'commands', catalogue, cloud: CLOUDS.Public, cwd, ...extra });
}

/** The messages of the planning errors thrown for `yaml` (throws when planning succeeds). */
export function planErrors(yaml: string, extra: Partial<PlanInput> = {}): string[] {
  try {
    plan(yaml, extra);
  } catch (error) {
    const errors = (error as { errors?: Array<{ message: string }> }).errors;
    if (errors) return errors.map((e) => e.message);
    throw error;
  }
  throw new Error('planning succeeded');
}
