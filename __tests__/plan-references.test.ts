import { describe, expect, it } from 'vitest';
import { ActionError } from '../src/errors.js';
import { resolveReferences } from '../src/plan/references.js';
import { findReferences } from '../src/plan/reference-syntax.js';
import { plan, planErrors } from './plan-fixtures.js';

const YAML = [
  '- id: app',
  '  run: spo app get --name app.sppkg',
  '- id: groups',
  '  run: entra group list',
  '- run: spo app deploy --id {{ app.ID }} --skipFeatureDeployment',
  '- command: request',
  '  options:',
  '    url: "https://graph.microsoft.com/v1.0/groups/{{groups[0].id}}/members?$top={{ groups | length(@) }}"',
  '    body: { app: "{{ app }}", title: "App {{ app.Title }}", gh: "${{ secrets.X }}" }',
  '',
].join('\n');

const RESULTS = new Map<string, unknown>([
  ['app', { ID: 'b2307a39-e878-458b-bc90-03bc578531d6', Title: 'Demo', Deployed: false }],
  ['groups', [{ id: 'g1' }, { id: 'g2' }]],
]);

describe('references', () => {
  it('parses {{ id.path }} with or without spaces, and leaves ${{ }} alone', () => {
    expect(findReferences('a {{app.ID}} b {{  groups[0].id }} ${{ github.sha }} {{ app }}')).toEqual([
      { text: '{{app.ID}}', index: 2, id: 'app', path: 'ID' },
      { text: '{{  groups[0].id }}', index: 15, id: 'groups', path: '[0].id' },
      { text: '{{ app }}', index: 53, id: 'app', path: '' },
    ]);
  });

  it('plans references to earlier ids and lists them', () => {
    const result = plan(YAML);
    expect(result.commands.map((c) => c.references)).toEqual([[], [], ['app'], ['groups', 'app']]);
    expect(result.commands[2].options.id).toBe('{{ app.ID }}');
  });

  it('rejects a reference to an unknown id, a later id, its own id, and a bad path', () => {
    expect(
      planErrors('- id: app\n  run: spo app get --id {{ app.ID }}\n- spo app deploy --id "{{ ap.ID }}"\n- spo app deploy --id {{ later.ID }}\n- id: later\n  run: spo app get --name "{{ app.[ }}"\n'),
    ).toEqual([
      "Reference '{{ app.ID }}' in option '--id' (command 1, id 'app', line 1) uses its own result; a command can only use results of earlier commands: move 'app' before it.",
      "Reference '{{ ap.ID }}' in option '--id' (command 2, line 3) names id 'ap', but no command declares it. Did you mean 'app'?",
      "Reference '{{ later.ID }}' in option '--id' (command 3, line 4) uses the result of command 4, id 'later', line 5, which comes later; a command can only use results of earlier commands: move 'later' before it.",
      "Reference '{{ app.[ }}' in option '--name' (command 4, id 'later', line 5) is not valid: the path '[' is not JMESPath (Invalid token (EOF): \"\").",
    ]);
  });

  it('skips type validation of a referencing value at planning but checks it after resolution', () => {
    const [, , deploy] = plan(YAML).commands;
    expect(resolveReferences(deploy, RESULTS)).toEqual({ id: 'b2307a39-e878-458b-bc90-03bc578531d6', skipFeatureDeployment: true });
    const wrong = new Map(RESULTS).set('app', { ID: 'not-a-guid' });
    expect(() => resolveReferences(deploy, wrong)).toThrow(
      new ActionError("Option '--id' (command 3, line 5) is 'not-a-guid', which is not a GUID (like 6b6e2a4c-0f1d-4f3e-9a63-2c1f4a6a1d2b). It came from '{{ app.ID }}'."),
    );
  });

  it('inserts the JSON value for a whole-value reference and text inside a longer string', () => {
    const [, , , request] = plan(YAML).commands;
    expect(resolveReferences(request, RESULTS)).toEqual({
      url: 'https://graph.microsoft.com/v1.0/groups/g1/members?$top=2',
      body: { app: { ID: 'b2307a39-e878-458b-bc90-03bc578531d6', Title: 'Demo', Deployed: false }, title: 'App Demo', gh: '${{ secrets.X }}' },
    });
  });

  it('inserts data as it is: no replacement patterns, and text that looks like a reference stays text', () => {
    const [, , , request] = plan(YAML).commands;
    const tricky = new Map<string, unknown>([
      ['app', { ID: 'x', Title: "R&D $' costs $&" }],
      ['groups', [{ id: '{{ groups | length(@) }}' }, { id: 'g2' }]],
    ]);
    const resolved = resolveReferences(request, tricky);
    expect(resolved.url).toBe('https://graph.microsoft.com/v1.0/groups/%7B%7B%20groups%20%7C%20length(%40)%20%7D%7D/members?$top=2');
    expect((resolved.body as { title: string }).title).toBe("App R&D $' costs $&");
  });

  it('names the command, option and reference when the path gives nothing', () => {
    const [, , deploy, request] = plan(YAML).commands;
    expect(() => resolveReferences(deploy, new Map([['app', { Id: 'x' }]]))).toThrow(
      "Option '--id' (command 3, line 5) uses '{{ app.ID }}', but 'ID' of 'app' is null or missing; check the path against that command's JSON output.",
    );
    expect(() => resolveReferences(request, new Map([['app', {}]]))).toThrow(
      "Option '--url' (command 4, line 6) uses '{{groups[0].id}}', but command 'groups' has no result (it failed or did not run).",
    );
  });

  it('keeps a reference inside a URL to one path segment or one query value, so tenant data cannot move a request', () => {
    const [, , , request] = plan(YAML).commands;
    const hostile = (id: unknown, length: number) =>
      resolveReferences(request, new Map<string, unknown>([['app', { ID: 'x', Title: 't' }], ['groups', [{ id }, ...Array.from({ length: length - 1 }, () => ({ id: 'g' }))]]]));
    // `DELETE /v1.0/groups/{{ x }}` with x = '../users/adele@contoso.com' stays under /groups/.
    expect(hostile('../users/adele@contoso.com', 2).url).toBe('https://graph.microsoft.com/v1.0/groups/..%2Fusers%2Fadele%40contoso.com/members?$top=2');
    expect(hostile('a?b#c', 2).url).toBe('https://graph.microsoft.com/v1.0/groups/a%3Fb%23c/members?$top=2');
    expect(() => hostile('..', 2)).toThrow("Option '--url' (command 4, line 6): a reference inserted '..' into the URL path; '.', '..' and empty segments would move the request elsewhere.");
    expect(() => hostile('.', 2)).toThrow("a reference inserted '.' into the URL path");
    expect(() => hostile('', 2)).toThrow("a reference inserted '' into the URL path");
  });

  it('encodes a reference in the query as a value', () => {
    const [command] = plan('- request --url "https://graph.microsoft.com/v1.0/groups?$filter=displayName eq \'{{ app.Title }}\'"\n'.replace('- request', '- id: app\n  run: status\n- request')).commands.slice(1);
    const resolved = resolveReferences(command, new Map([['app', { Title: "x'&$top=999#" }]]));
    expect(resolved.url).toBe("https://graph.microsoft.com/v1.0/groups?$filter=displayName eq 'x'%26%24top%3D999%23'");
  });
});
