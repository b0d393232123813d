import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogue, cwd, plan, planErrors } from './plan-fixtures.js';
import { findCommand, suggestCommands } from '../src/plan/find-command.js';

const only = (yaml: string) => plan(yaml).commands[0];

describe('createPlan: command names', () => {
  it('suggests the nearest names for an unknown command', () => {
    expect(planErrors('- status\n- spo ap list --output json\n')).toEqual([
      "Unknown command 'spo ap list' (command 2, line 2). Did you mean 'spo app list'?",
    ]);
    expect(planErrors('- spo app ad --filePath app.sppkg')).toEqual([
      "Unknown command 'spo app ad' (command 1, line 1). Did you mean 'spo app add'?",
    ]);
  });

  it('points to request when nothing is close', () => {
    // A name the CLI for Microsoft 365 does not know either (its names are explained: known-commands.test.ts).
    expect(planErrors('- teams channel sort')).toEqual([
      "Unknown command 'teams channel sort' (command 1, line 1). It is not in this action's catalogue; 'request' calls any Microsoft Graph or SharePoint REST endpoint.",
    ]);
  });

  it('drops a leading m365 or microsoft365 and accepts aad for entra', () => {
    const result = plan('- m365 spo app list\n- microsoft365 status\n- aad group list\n- command: m365 entra group list\n');
    expect(result.commands.map((c) => c.definition.name)).toEqual(['spo app list', 'status', 'entra group list', 'entra group list']);
    expect(result.commands[0].display).toBe('m365 spo app list');
  });

  it('finds commands by name or alias and suggests names', () => {
    expect(findCommand('AAD group list', catalogue)?.name).toBe('entra group list');
    expect(findCommand('spo  app  list', catalogue)?.name).toBe('spo app list');
    expect(findCommand('spo app', catalogue)).toBeUndefined();
    expect(suggestCommands('entra grop list', catalogue)).toEqual(['entra group list']);
  });
});

describe('createPlan: options of a command line', () => {
  it('parses --name value, --name=value, short aliases and quoted values', () => {
    expect(only(`- spo app add -p app.sppkg --appCatalogUrl=https://contoso.sharepoint.com/sites/apps --appCatalogScope "Tenant"`).options).toEqual({
      filePath: 'app.sppkg',
      appCatalogUrl: 'https://contoso.sharepoint.com/sites/apps',
      appCatalogScope: 'tenant',
    });
  });

  it('accepts boolean flags bare, with true/false, and with =', () => {
    const flags = ['--overwrite', '--overwrite true', '--overwrite FALSE', '--overwrite=false'];
    const values = flags.map((f) => only(`- spo app add --filePath app.sppkg ${f}`).options.overwrite);
    expect(values).toEqual([true, true, false, false]);
    expect(planErrors('- spo app add --filePath app.sppkg --overwrite=yes')).toEqual([
      "Option '--overwrite' (command 1, line 1) is 'yes'; use true or false.",
    ]);
  });

  it('reports an unknown option with the nearest name (option names are case-sensitive)', () => {
    expect(planErrors('- spo app add --filepath app.sppkg')).toEqual([
      "Unknown option '--filepath' for 'spo app add' (command 1, line 1). Did you mean '--filePath'?",
    ]);
    expect(planErrors('- spo app get --zzz 1 --id 6b6e2a4c-0f1d-4f3e-9a63-2c1f4a6a1d2b')).toEqual([
      "Unknown option '--zzz' for 'spo app get' (command 1, line 1). Options of 'spo app get': --id, --name, --appCatalogUrl.",
    ]);
  });

  it('reports a missing required option, a missing value, a repeated option and a positional argument', () => {
    expect(planErrors('- spo app add\n- spo app list --output\n- spo app get --name a --name b\n- spo app get ./x --name a\n')).toEqual([
      "Missing required option '--filePath' for 'spo app add' (command 1, line 1): Path to the .sppkg file.",
      "Option '--output' (command 2, line 2) needs a value: --output <value>.",
      "Option '--name' is given more than once (command 3, line 3); give it once.",
      "Unexpected argument './x' (command 4, line 4): 'spo app get' takes options only (--name value); quote a value that contains spaces.",
    ]);
  });

  it('normalises enum values and lists the allowed ones', () => {
    expect(only('- entra group list --type Security').options.type).toBe('security');
    expect(planErrors('- entra group list --type distribution')).toEqual([
      "Option '--type' (command 1, line 1) is 'distribution', which is not allowed; use one of: microsoft365, security.",
    ]);
  });

  it('applies exactlyOne, atMostOne, requires and validate', () => {
    expect(planErrors('- spo app get\n- spo app get --id 6b6e2a4c-0f1d-4f3e-9a63-2c1f4a6a1d2b --name a\n- entra user get --id 6b6e2a4c-0f1d-4f3e-9a63-2c1f4a6a1d2b --userName a\n- entra group list --limit 5\n- entra user get\n')).toEqual([
      "'spo app get' (command 1, line 1) needs one of --id, --name; none was given.",
      "'spo app get' (command 2, line 2) accepts only one of --id, --name; got --id, --name.",
      "'entra user get' (command 3, line 3) accepts at most one of --id, --userName; got --id, --userName.",
      "Option '--limit' (command 4, line 4) also needs --displayName.",
      "'entra user get' (command 5, line 5): give --id or --userName",
    ]);
  });

  it('checks numbers and GUIDs', () => {
    expect(only('- entra group list --displayName a --limit -5').options.limit).toBe(-5);
    expect(planErrors('- entra group list --displayName a --limit ten\n- spo app get --id 123\n')).toEqual([
      "Option '--limit' (command 1, line 1) is 'ten', which is not a number.",
      "Option '--id' (command 2, line 2) is '123', which is not a GUID (like 6b6e2a4c-0f1d-4f3e-9a63-2c1f4a6a1d2b).",
    ]);
  });

  it('requires https URLs', () => {
    expect(planErrors('- spo app get --name a --appCatalogUrl http://contoso.sharepoint.com/sites/apps\n- spo app get --name a --appCatalogUrl sites/apps\n')).toEqual([
      "Option '--appCatalogUrl' (command 1, line 1) is 'http://contoso.sharepoint.com/sites/apps', but https is required: tokens and data only travel over https. Use 'https://contoso.sharepoint.com/sites/apps'.",
      "Option '--appCatalogUrl' (command 2, line 2) is 'sites/apps', which is not an absolute URL; give an https URL such as https://contoso.sharepoint.com/sites/team.",
    ]);
  });

  it('requires a file option to name an existing file relative to the working directory', () => {
    expect(only('- spo app add --filePath ./app.sppkg').options.filePath).toBe('./app.sppkg');
    expect(planErrors('- spo app add --filePath ./missing.sppkg\n- spo app add --filePath sharepoint\n')).toEqual([
      `Option '--filePath' (command 1, line 1) names './missing.sppkg', but ${join(cwd, 'missing.sppkg')} does not exist (paths are relative to the working directory ${cwd}).`,
      `Option '--filePath' (command 2, line 2) names 'sharepoint', but ${join(cwd, 'sharepoint')} is not a file (paths are relative to the working directory ${cwd}).`,
    ]);
  });

  it('parses json options and shows the parse error', () => {
    expect(only(`- request --url https://graph.microsoft.com/v1.0/groups --method post --body '{"a":[1,true]}'`).options.body).toEqual({ a: [1, true] });
    // The parser's own words differ between Node versions (Node 24 adds "(line 1 column 2)"): compare what we add.
    const errors = planErrors(`- request --url https://graph.microsoft.com/v1.0/groups --body '{a:1}'`);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^Option '--body' \(command 1, line 1\) is not valid JSON: .*position 1.* \(value '\{a:1\}'\)\.$/);
  });

  it('keeps unknown options as strings when the command allows them', () => {
    expect(only('- spo listitem add --webUrl https://contoso.sharepoint.com/sites/ops --Title "v1.2.0" --Count 3').options).toEqual({
      webUrl: 'https://contoso.sharepoint.com/sites/ops',
      Title: 'v1.2.0',
      Count: '3',
    });
  });

  it('honours --output and --query, accepts --debug/--verbose, and checks them', () => {
    const command = only(`- entra group list --output text --query "[].id" --debug --verbose false`);
    expect([command.output, command.query, command.options]).toEqual(['text', '[].id', {}]);
    expect(only('- spo app list -o csv').output).toBe('csv');
    expect(only('- spo app list').output).toBe('json');
    expect(planErrors('- spo app list --output yaml\n- run: spo app list --query "[0]"\n  query: "[1]"\n- spo app list --query "[?"\n')).toEqual([
      "Option '--output' (command 1, line 1) is 'yaml'; use one of: json, text, csv, md, none.",
      "command 2, line 2 has both 'query' and --query in its line; keep one.",
      "Query '[?' of command 3, line 4 is not valid JMESPath: Invalid token (EOF): \"\".",
    ]);
  });

  it('reports an unterminated quote with its column', () => {
    expect(planErrors(`- entra group list --displayName "Finance`)).toEqual([
      `Cannot split the command line of command 1, line 1: unterminated double quote at column 32 of 'entra group list --displayName "Finance'; close the quote, or escape it with a backslash.`,
    ]);
  });

  it('joins a backslash-continued line of a literal block', () => {
    const command = only('- |\n  entra group list \\\n    --displayName "Finance team"\n');
    expect(command.options).toEqual({ displayName: 'Finance team' });
    expect(command.display).toBe('entra group list --displayName "Finance team"');
  });
});

describe('createPlan: structured form', () => {
  it('validates YAML-typed values the same way and renders a display line', () => {
    const command = only(
      '- command: spo listitem add\n  options:\n    webUrl: https://contoso.sharepoint.com/sites/ops\n    listTitle: 2024\n    contentType: { name: Release, tags: [a, b] }\n    Title: "v1.2.0 it\'s"\n',
    );
    expect(command.options).toEqual({
      webUrl: 'https://contoso.sharepoint.com/sites/ops',
      listTitle: '2024',
      contentType: { name: 'Release', tags: ['a', 'b'] },
      Title: "v1.2.0 it's",
    });
    expect(command.display).toBe(
      `spo listitem add --webUrl https://contoso.sharepoint.com/sites/ops --listTitle 2024 --contentType '{"name":"Release","tags":["a","b"]}' --Title 'v1.2.0 it'\\''s'`,
    );
  });

  it('accepts typed booleans and numbers, and reports wrong types and unknown options', () => {
    expect(only('- command: spo app add\n  options: { filePath: app.sppkg, overwrite: true }').options.overwrite).toBe(true);
    expect(planErrors('- command: spo app add\n  options: { filePath: [a], overwrite: 3, filepath: x }\n- command: spo app list --output json\n')).toEqual([
      "Unknown option '--filepath' for 'spo app add' (command 1, line 1). Did you mean '--filePath'?",
      "Option '--filePath' (command 1, line 1) must be a single value, not a list.",
      "Option '--overwrite' (command 1, line 1) is '3'; use true or false.",
      "'command' of command 2, line 3 must be only the command name ('spo app list'); put '--output json' under 'options'.",
    ]);
  });
});

describe('option names that every object inherits', () => {
  it('are unknown options, not "given more than once", and never change the options object', () => {
    const errors = planErrors('- spo listitem add --webUrl https://contoso.sharepoint.com/sites/ops --constructor x --__proto__ y --toString z\n');
    expect(errors).toEqual([
      expect.stringMatching(/^Unknown option '--constructor' for 'spo listitem add' \(command 1, line 1\)\./),
      expect.stringMatching(/^Unknown option '--__proto__' for 'spo listitem add' \(command 1, line 1\)\./),
      expect.stringMatching(/^Unknown option '--toString' for 'spo listitem add' \(command 1, line 1\)\./),
    ]);
    expect(planErrors('- command: spo listitem add\n  options: { webUrl: "https://contoso.sharepoint.com/sites/ops", constructor: x }\n')).toEqual([
      expect.stringMatching(/^Unknown option '--constructor' for 'spo listitem add'/),
    ]);
  });
});
