import { describe, expect, it } from 'vitest';
import { ActionErrors } from '../src/errors.js';
import { plan, planErrors } from './plan-fixtures.js';

describe('createPlan: the YAML list', () => {
  it('reports a YAML syntax error with the source, line and column', () => {
    const yaml = '- spo app list\n- run: a: b\n';
    expect(() => plan(yaml)).toThrow(ActionErrors);
    expect(() => plan(yaml, { source: 'ops/commands.yml' })).toThrow(
      "The commands in 'ops/commands.yml' are not valid YAML:\n" +
        "  - YAML syntax error in 'ops/commands.yml' at line 2, column 8: Nested mappings are not allowed in compact mappings",
    );
    expect(() => plan('- run: "unclosed\n')).toThrow(
      "YAML syntax error in input 'commands' at line 2, column 1: Missing closing \"quote",
    );
  });

  it('rejects a top level that is not a list', () => {
    expect(planErrors('run: spo app list')).toEqual([
      "input 'commands' must be a YAML list with one '- ' item per command; got a mapping. Put '- ' before each command, e.g.\n  - spo app list\n  - run: entra group list --displayName Finance",
    ]);
    expect(planErrors('spo app list')[0]).toMatch(/^input 'commands' must be a YAML list .*; got a string\./);
  });

  it('rejects an empty list and an empty input', () => {
    expect(planErrors('[]')[0]).toMatch(/^input 'commands' is an empty list: give at least one command, e\.g\./);
    expect(planErrors('')[0]).toMatch(/^input 'commands' declares no command: give a YAML list/);
  });

  it('accepts string items and mappings with run or command', () => {
    const result = plan('- spo app list\n- run: status\n- command: entra group list\n  options: { displayName: Finance }\n');
    expect(result.commands.map((c) => [c.id, c.definition.name, c.line, c.display])).toEqual([
      ['0', 'spo app list', 1, 'spo app list'],
      ['1', 'status', 2, 'status'],
      ['2', 'entra group list', 3, 'entra group list --displayName Finance'],
    ]);
  });

  it('rejects items of the wrong shape, each with its position', () => {
    expect(planErrors('- 42\n- [a, b]\n- run: spo app list\n  command: spo app list\n- id: x\n- run: status\n  options: { a: 1 }\n')).toEqual([
      "Item command 1, line 1 must be a command line (a string) or a mapping with 'run' or 'command'; got a number.",
      "Item command 2, line 2 must be a command line (a string) or a mapping with 'run' or 'command'; got a list.",
      "Item command 3, line 3 has both 'run' and 'command': use 'run' for a command line or 'command' with 'options', not both.",
      "Item command 4, id 'x', line 5 has neither 'run' nor 'command': add 'run: <command line>' or 'command: <name>' with 'options'.",
      "'options' of command 5, line 6 goes with 'command', not 'run': put the options in the 'run' line or use 'command'.",
    ]);
  });

  it('rejects an unknown item key with the nearest allowed key', () => {
    expect(planErrors('- run: spo app list\n  querry: "[].id"\n')).toEqual([
      "Unknown key 'querry' in command 1, line 1. Did you mean 'query'? Allowed keys: id, run, command, options, query, continue-on-error, for-each.",
    ]);
  });

  it('rejects duplicate and malformed ids', () => {
    expect(planErrors('- id: app\n  run: spo app list\n- id: app\n  run: status\n- id: 12\n  run: status\n- id: a.b\n  run: status\n')).toEqual([
      "Invalid id '12' (command 3, line 5): an id starts with a letter or '_' and holds only letters, digits, '_' and '-' (it names a step output and is used in {{ id.path }}).",
      "Invalid id 'a.b' (command 4, line 7): an id starts with a letter or '_' and holds only letters, digits, '_' and '-' (it names a step output and is used in {{ id.path }}).",
      "Duplicate id 'app' (command 2, id 'app', line 3): command 1, line 1 already uses it; ids must be unique.",
    ]);
  });

  it('checks continue-on-error and query of an item', () => {
    expect(planErrors('- run: status\n  continue-on-error: yes\n- run: status\n  query: "[].{id"\n')).toEqual([
      "'continue-on-error' of command 1, line 1 must be true or false; got 'yes'.",
      "Query '[].{id' of command 2, line 3 is not valid JMESPath: Expected Colon, got: EOF.",
    ]);
  });

  it('takes continue-on-error from the item only (false by default)', () => {
    const result = plan('- run: status\n  continue-on-error: true\n- status\n');
    expect(result.commands.map((c) => c.continueOnError)).toEqual([true, false]);
  });

  it('uses the declared id, else the 0-based index', () => {
    const result = plan('- status\n- id: s\n  run: status\n');
    expect(result.commands.map((c) => [c.id, c.hasDeclaredId, c.index])).toEqual([
      ['0', false, 0],
      ['s', true, 1],
    ]);
  });

  it('reports several problems at once under one summary', () => {
    expect(() => plan('- spo ap list\n- status --foo 1\n')).toThrow(
      "Planning found 2 problems in the commands of input 'commands'; nothing was run:\n" +
        "  - Unknown command 'spo ap list' (command 1, line 1). Did you mean 'spo app list'?\n" +
        "  - Unknown option '--foo' for 'status' (command 2, line 2). 'status' takes no options.",
    );
  });
});

describe('ids that would shadow the action outputs', () => {
  it('are refused', () => {
    expect(planErrors('- id: results\n  run: status\n- id: failed\n  run: status\n')).toEqual([
      "Invalid id 'results' (command 1, id 'results', line 1): 'results' is the name of one of the action's own outputs (results, result, failed, results-file, cancelled); choose another id.",
      "Invalid id 'failed' (command 2, id 'failed', line 3): 'failed' is the name of one of the action's own outputs (results, result, failed, results-file, cancelled); choose another id.",
    ]);
  });
});

describe('ids that would set the same output', () => {
  it('are refused when they differ only in case or dashes, and reserved names are matched the same way', () => {
    expect(planErrors('- id: my-app\n  run: status\n- id: myApp\n  run: status\n- id: Results\n  run: status\n- id: resultsFile\n  run: status\n')).toEqual([
      "Invalid id 'Results' (command 3, id 'Results', line 5): 'Results' is the name of one of the action's own outputs (results, result, failed, results-file, cancelled); choose another id.",
      "Invalid id 'resultsFile' (command 4, id 'resultsFile', line 7): 'resultsFile' is the name of one of the action's own outputs (results, result, failed, results-file, cancelled); choose another id.",
      "Id 'myApp' (command 2, id 'myApp', line 3) differs from 'my-app' of command 1, line 1 only in case or dashes; both would set the same output (output names ignore case, and Azure DevOps turns 'a-b' into 'aB'). Choose ids that differ in letters.",
    ]);
  });
});
