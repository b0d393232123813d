import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLOUDS } from '../src/clouds.js';
import { entraAppGet } from '../src/commands/entra/app-get.js';
import { entraGroupList } from '../src/commands/entra/group-list.js';
import { catalogue } from '../src/commands/registry.js';
import { expandRequestUrl, request } from '../src/commands/request.js';
import { status } from '../src/commands/status.js';
import type { CommandDefinition, Options } from '../src/commands/types.js';
import { HttpError } from '../src/http/errors.js';
import { FakeApi, testContext } from './helpers/command-context.js';

const GRAPH = 'https://graph.microsoft.com/v1.0';
const APP_ID = '3f2b8c1d-6e4a-4b9f-8c7d-2a1e5f9b0c34';

function run(command: CommandDefinition, api: FakeApi, options: Options, cwd?: string): Promise<unknown> {
  return command.run(testContext(api, { cwd, session: { appId: APP_ID, tenant: 'contoso.onmicrosoft.com', authType: 'certificate', cloud: 'Public' } }), options);
}

describe('entra group list', () => {
  const groups = [{ id: '1', displayName: 'Finance' }];

  it('lists every group through the paging client', async () => {
    const api = new FakeApi({ [`GET ${GRAPH}/groups`]: groups });
    expect(await run(entraGroupList, api, {})).toEqual(groups);
    expect(api.calls[0].headers).toEqual({ accept: 'application/json;odata.metadata=none' });
  });

  it('filters by type and display name prefix, quoting the name', async () => {
    const api = new FakeApi({
      [`GET ${GRAPH}/groups?$select=id,displayName&$filter=groupTypes/any(c:c eq 'Unified') and startswith(displayName,'Bob''s%20team')`]: groups,
    });
    await run(entraGroupList, api, { type: 'microsoft365', displayName: "Bob's team", properties: 'id,displayName,owners/id' });
    expect(api.calls).toHaveLength(1);
  });

  it('sends the advanced-query header that not() needs', async () => {
    const url = `${GRAPH}/groups?$filter=securityEnabled eq false and mailEnabled eq true and not(groupTypes/any(t:t eq 'Unified'))&$count=true`;
    const api = new FakeApi({ [`GET ${url}`]: [] });
    await run(entraGroupList, api, { type: 'distribution' });
    expect(api.calls[0].headers).toEqual({ accept: 'application/json;odata.metadata=none', ConsistencyLevel: 'eventual' });
  });

  it('answers to its aad alias', () => {
    expect(entraGroupList.aliases).toEqual(['aad group list']);
  });
});

describe('entra app get', () => {
  const app = { id: 'a1', appId: APP_ID, displayName: 'm365-action demo' };

  it('gets the app by appId', async () => {
    const api = new FakeApi({ [`GET ${GRAPH}/applications?$filter=appId eq '${APP_ID}'`]: [app] });
    expect(await run(entraAppGet, api, { appId: APP_ID })).toEqual(app);
  });

  it('gets the app by object id with selected properties', async () => {
    const api = new FakeApi({ [`GET ${GRAPH}/applications/a1?$select=id,appId`]: app });
    expect(await run(entraAppGet, api, { objectId: 'a1', properties: 'id,appId' })).toEqual(app);
  });

  it('fails with the messages of the CLI', async () => {
    const name = "bob's app";
    const api = new FakeApi({
      [`GET ${GRAPH}/applications?$filter=displayName eq 'bob''s%20app'`]: [],
      [`GET ${GRAPH}/applications?$filter=displayName eq 'twin'`]: [{ id: 'x' }, { id: 'y' }],
      [`GET ${GRAPH}/applications/00000000-0000-0000-0000-000000000001`]: new HttpError("Resource '0…1' does not exist", { status: 404, code: 'Request_ResourceNotFound' }),
    });
    await expect(run(entraAppGet, api, { name })).rejects.toThrow("App with name 'bob's app' not found in Microsoft Entra ID.");
    await expect(run(entraAppGet, api, { name: 'twin' })).rejects.toThrow("Multiple apps with name 'twin' found in Microsoft Entra ID. Found: x, y.");
    await expect(run(entraAppGet, api, { objectId: '00000000-0000-0000-0000-000000000001' })).rejects.toThrow(
      "App with objectId '00000000-0000-0000-0000-000000000001' not found in Microsoft Entra ID.",
    );
  });
});

describe('request', () => {
  it('sends unknown options as headers and returns the parsed JSON', async () => {
    const url = 'https://manage.office.com/api/v1.0/contoso.onmicrosoft.com/activity/feed/subscriptions/list';
    const api = new FakeApi({ [`GET ${url}`]: [{ contentType: 'Audit.General' }] });
    expect(await run(request, api, { url, 'x-custom': 'yes' })).toEqual([{ contentType: 'Audit.General' }]);
    expect(api.calls[0]).toEqual({ method: 'GET', url, headers: { 'x-custom': 'yes', accept: 'application/json' }, body: undefined, responseType: 'json', download: false });
  });

  it('posts a body and reads text when the accept header is not JSON', async () => {
    const api = new FakeApi({ [`POST ${GRAPH}/groups`]: 'created' });
    const result = await run(request, api, { url: '@graph/groups', method: 'post', body: '{}', 'content-type': 'application/json', accept: 'text/plain' });
    expect(result).toBe('created');
    expect(api.calls[0]).toMatchObject({ body: '{}', responseType: 'text', headers: { 'content-type': 'application/json', accept: 'text/plain' } });
  });

  it('saves a binary body to filePath and returns the path', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'request-'));
    const api = new FakeApi({ [`GET https://contoso.sharepoint.com/_api/web/GetFileByServerRelativePath(decodedurl='/a.bin')/$value`]: Buffer.from([1, 2, 3]) });
    const result = await run(request, api, { url: "@spo/_api/web/GetFileByServerRelativePath(decodedurl='/a.bin')/$value", filePath: 'a.bin' }, dir);
    expect(result).toBe(join(dir, 'a.bin'));
    expect(readFileSync(join(dir, 'a.bin'))).toEqual(Buffer.from([1, 2, 3]));
    expect(api.calls[0]).toMatchObject({ responseType: 'buffer', download: true });
  });

  it('resolves the URL tokens of the CLI', () => {
    expect(expandRequestUrl('@graphbeta/me', CLOUDS.USGovHigh, undefined)).toBe('https://graph.microsoft.us/beta/me');
    expect(expandRequestUrl('@graph/groups', CLOUDS.Public, undefined)).toBe('https://graph.microsoft.com/v1.0/groups');
    // The README's own form: a version already named is not added a second time.
    expect(expandRequestUrl('@graph/v1.0/users', CLOUDS.Public, undefined)).toBe('https://graph.microsoft.com/v1.0/users');
    expect(expandRequestUrl('@graph/beta/users?$top=1', CLOUDS.Public, undefined)).toBe('https://graph.microsoft.com/beta/users?$top=1');
    expect(expandRequestUrl('@graph/v1.0beta', CLOUDS.Public, undefined)).toBe('https://graph.microsoft.com/v1.0/v1.0beta');
    expect(expandRequestUrl('@spo/_api/web', CLOUDS.Public, 'https://contoso.sharepoint.com/')).toBe('https://contoso.sharepoint.com/_api/web');
    expect(expandRequestUrl('@spo/_api/web', CLOUDS.Public, undefined)).toBeUndefined();
  });

  it("validates like the CLI", () => {
    expect(request.validate?.({ url: 'http://graph.microsoft.com' })).toBe("Option url: 'http://graph.microsoft.com' is not an https URL nor does it start with @graph, @graphbeta or @spo.");
    expect(request.validate?.({ url: '@graph/groups', body: '{}' })).toBe('Specify a different method when using body');
    expect(request.validate?.({ url: '@graph/groups', method: 'post', body: '{}' })).toBe('Specify the content-type when using body');
    expect(request.validate?.({ url: '@graph/groups', method: 'post', body: '{}', 'content-type': 'application/json' })).toBeUndefined();
  });
});

describe('status', () => {
  it('shows the app-only connection without any token', async () => {
    expect(await run(status, new FakeApi({}), {})).toEqual({
      connectedAs: APP_ID,
      authType: 'certificate',
      appId: APP_ID,
      appTenant: 'contoso.onmicrosoft.com',
      cloudType: 'Public',
    });
  });
});

describe('catalogue', () => {
  it('has unique names and aliases, and unique long and short options per command', () => {
    const names = catalogue.flatMap((c) => [c.name, ...(c.aliases ?? [])]);
    expect(new Set(names).size).toBe(names.length);
    for (const command of catalogue) {
      const longs = command.options.map((o) => o.name);
      const shorts = command.options.flatMap((o) => (o.short ? [o.short] : []));
      expect(new Set(longs).size, command.name).toBe(longs.length);
      expect(new Set(shorts).size, command.name).toBe(shorts.length);
      for (const rule of command.rules ?? []) {
        const used = rule.kind === 'requires' ? [rule.option, ...rule.requires] : rule.options;
        expect(used.every((o) => longs.includes(o)), command.name).toBe(true);
      }
      if (command.sharePointUrlOption) expect(longs, command.name).toContain(command.sharePointUrlOption);
    }
  });
});

describe('request --resource', () => {
  it('is accepted when it names the resource of the URL, and refused otherwise (the token is always for the URL)', async () => {
    expect(request.validate?.({ url: 'https://graph.microsoft.com/v1.0/users', resource: 'https://graph.microsoft.com' })).toBeUndefined();
    expect(request.validate?.({ url: 'https://graph.microsoft.com/v1.0/users', resource: 'https://contoso.sharepoint.com' })).toBe(
      "Option resource: 'https://contoso.sharepoint.com' is not the resource of the URL (https://graph.microsoft.com); the token is always for the resource of --url. Leave --resource out.",
    );
  });
});
