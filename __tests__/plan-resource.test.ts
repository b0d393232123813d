import { describe, expect, it } from 'vitest';
import { expandRequestUrl } from '../src/commands/request.js';
import { CLOUDS } from '../src/clouds.js';
import { formatPlan } from '../src/plan/format.js';
import { plan, planErrors } from './plan-fixtures.js';

const CONTOSO = { kind: 'sharepoint', audience: 'https://contoso.sharepoint.com', hosts: ['contoso.sharepoint.com', 'contoso-admin.sharepoint.com', 'contoso-my.sharepoint.com'] };
const FABRIKAM = { kind: 'sharepoint', audience: 'https://fabrikam.sharepoint.com', hosts: ['fabrikam.sharepoint.com', 'fabrikam-admin.sharepoint.com', 'fabrikam-my.sharepoint.com'] };
const GRAPH = { kind: 'graph', audience: 'https://graph.microsoft.com', hosts: ['graph.microsoft.com'] };

describe('createPlan: resources', () => {
  it('takes SharePoint from the command URL option before spo-url', () => {
    const result = plan('- spo app get --name a --appCatalogUrl https://fabrikam.sharepoint.com/sites/apps\n- spo app list\n', { spoUrl: 'https://contoso.sharepoint.com' });
    expect(result.commands.map((c) => c.resource)).toEqual([FABRIKAM, CONTOSO]);
    expect(result.resources).toEqual([FABRIKAM, CONTOSO]);
    expect(result.needsSharePointDiscovery).toBe(false);
  });

  it('leaves SharePoint to discovery when neither the option nor spo-url tells the tenant', () => {
    const result = plan('- spo app list\n- entra group list\n- status\n');
    expect(result.commands.map((c) => [c.resourceKind, c.resource])).toEqual([
      ['sharepoint', undefined],
      ['graph', GRAPH],
      ['none', undefined],
    ]);
    expect(result.needsSharePointDiscovery).toBe(true);
    expect(result.resources).toEqual([GRAPH]);
  });

  it('uses the literal start of a URL option that holds a reference', () => {
    const result = plan('- id: s\n  run: status\n- spo listitem add --webUrl "https://contoso-admin.sharepoint.com/sites/{{ s.name }}"\n');
    expect(result.commands[1].resource).toEqual(CONTOSO);
  });

  it('rejects a URL option that is not SharePoint Online of the cloud, and a bad spo-url', () => {
    expect(planErrors('- spo app get --name a --appCatalogUrl https://contoso.example.com/sites/apps', { spoUrl: 'https://contoso.sharepoint.us' })).toEqual([
      "spo-url 'https://contoso.sharepoint.us' is not a SharePoint Online URL of cloud Public; give the root, like https://contoso.sharepoint.com.",
      "Option '--appCatalogUrl' (command 1, line 1) is 'https://contoso.example.com/sites/apps', which is not a SharePoint Online URL of cloud Public; give a URL like https://<tenant>.sharepoint.com/sites/<site>.",
    ]);
  });

  it('derives the resource of request from its URL, expanding @graph, @graphbeta and @spo', () => {
    const result = plan(
      [
        '- request --url @graph/users',
        '- request --url https://CONTOSO.sharepoint.com/_api/web',
        '- request --url https://manage.office.com/api/v1.0/x/activity/feed/subscriptions/list',
        '- request --url https://management.azure.com/subscriptions',
        '- request --url @spo/_api/web',
        '- request --url @graphbeta/groups',
      ].join('\n'),
      { spoUrl: 'https://contoso.sharepoint.com/sites/x' },
    );
    // The URL stays as written in the plan; the command expands it with the same function when it runs.
    expect(result.commands.map((c) => [c.resourceKind, c.resource?.audience])).toEqual([
      ['graph', 'https://graph.microsoft.com'],
      ['sharepoint', 'https://contoso.sharepoint.com'],
      ['management', 'https://manage.office.com'],
      ['azure', 'https://management.azure.com'],
      ['sharepoint', 'https://contoso.sharepoint.com'],
      ['graph', 'https://graph.microsoft.com'],
    ]);
    expect(result.commands.map((c) => expandRequestUrl(String(c.options.url), CLOUDS.Public, 'https://contoso.sharepoint.com'))).toEqual([
      'https://graph.microsoft.com/v1.0/users',
      'https://CONTOSO.sharepoint.com/_api/web',
      'https://manage.office.com/api/v1.0/x/activity/feed/subscriptions/list',
      'https://management.azure.com/subscriptions',
      'https://contoso.sharepoint.com/_api/web',
      'https://graph.microsoft.com/beta/groups',
    ]);
  });

  it('leaves @spo for the discovered root when spo-url is not given', () => {
    const [command] = plan('- request --url @spo/_api/web').commands;
    expect([command.resourceKind, command.resource, command.options.url]).toEqual(['sharepoint', undefined, '@spo/_api/web']);
  });

  it('uses the hosts of the chosen cloud', () => {
    const [command] = plan('- request --url @graph/users', { cloud: CLOUDS.China }).commands;
    expect(command.resource?.audience).toBe('https://microsoftgraph.chinacloudapi.cn');
  });

  it('refuses a request to a host of no Microsoft 365 resource, or over http', () => {
    expect(planErrors('- status\n- status\n- status\n- request --url https://evil.example.com/x\n- request --url http://graph.microsoft.com/v1.0/users\n- request --url "https://{{ x.host }}/a"\n')).toEqual([
      "request to 'https://evil.example.com/x' (command 4, line 4): that host belongs to no Microsoft 365 resource of cloud Public; an access token is only sent to the hosts of the resource it was issued for (graph.microsoft.com, <tenant>.sharepoint.com, manage.office.com, management.azure.com).",
      "request to 'http://graph.microsoft.com/v1.0/users' (command 5, line 5): the URL must use https; an access token is never sent over plain http.",
      "Reference '{{ x.host }}' in option '--url' (command 6, line 6) names id 'x', but no command declares it. Give that command an 'id'.",
    ]);
    expect(planErrors('- id: x\n  run: status\n- request --url "https://{{ x.host }}/a"\n')).toEqual([
      "request to 'https://{{ x.host }}/a' (command 2, line 3): the scheme and host of the URL must be written out (https://<host>/...); only the part after the host may use {{ }} references.",
    ]);
  });
});

describe('formatPlan', () => {
  it('prints one aligned line per command with resource, scope, access and references', () => {
    const result = plan(
      '- id: app\n  run: spo app get --name app.sppkg\n- spo app deploy --id {{ app.ID }}\n- entra group list --output text\n- request --url https://graph.microsoft.com/v1.0/sites/root --method post\n- status\n',
    );
    expect(formatPlan(result)).toBe(
      [
        '#  id   command                                                       resource                                     scope                                 access     uses',
        '1  app  spo app get --name app.sppkg                                  SharePoint root (discovered via Graph)       <SharePoint root>/.default            read-only  -',
        '2  -    spo app deploy --id {{ app.ID }}                              SharePoint root (discovered via Graph)       <SharePoint root>/.default            writes     app',
        '3  -    entra group list --output text                                Microsoft Graph https://graph.microsoft.com  https://graph.microsoft.com/.default  read-only  -',
        '4  -    request --url https://graph.microsoft.com/v1.0/sites/root...  Microsoft Graph https://graph.microsoft.com  https://graph.microsoft.com/.default  writes     -',
        '5  -    status                                                        none (no token)                              -                                     read-only  -',
        'Tokens: https://graph.microsoft.com/.default, SharePoint root (discovered via Graph)',
      ].join('\n'),
    );
  });
});

describe('createPlan: the SharePoint root named by other commands', () => {
  it('is used by SharePoint commands without a URL instead of discovering it', () => {
    const result = plan('- spo app list\n- spo app get --name a --appCatalogUrl https://contoso.sharepoint.com/sites/apps\n');
    expect(result.needsSharePointDiscovery).toBe(false);
    expect(result.commands.map((c) => c.resource?.audience)).toEqual(['https://contoso.sharepoint.com', 'https://contoso.sharepoint.com']);
  });

  it('is not guessed when commands name two tenants', () => {
    const result = plan(
      '- spo app list\n- spo app get --name a --appCatalogUrl https://contoso.sharepoint.com/sites/apps\n- spo app get --name b --appCatalogUrl https://fabrikam.sharepoint.com/sites/apps\n',
    );
    expect(result.needsSharePointDiscovery).toBe(true);
    expect(result.commands[0].resource).toBeUndefined();
  });
});
