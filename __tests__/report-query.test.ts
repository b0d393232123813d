import { describe, expect, it } from 'vitest';
import { ActionError } from '../src/errors.js';
import { applyQuery } from '../src/report/query.js';

const groups = [
  { id: '1', displayName: 'Finance', mail: 'finance@contoso.com', securityEnabled: true },
  { id: '2', displayName: 'Sales', mail: null, securityEnabled: false },
];

describe('applyQuery', () => {
  it('projects like the CLI for Microsoft 365 --query', () => {
    expect(applyQuery(groups, '[].{id: id, name: displayName}')).toEqual([
      { id: '1', name: 'Finance' },
      { id: '2', name: 'Sales' },
    ]);
  });

  it('filters, picks and counts', () => {
    expect(applyQuery(groups, "[?securityEnabled].displayName | [0]")).toBe('Finance');
    expect(applyQuery(groups, 'length(@)')).toBe(2);
    expect(applyQuery({ ID: 'abc' }, 'ID')).toBe('abc');
  });

  it('gives null for a path that is not there (no error, as in JMESPath)', () => {
    expect(applyQuery(groups, '[0].missing')).toBeNull();
    expect(applyQuery(undefined, 'a')).toBeNull();
  });

  it('reports a syntax error naming the query', () => {
    expect(() => applyQuery(groups, '[.')).toThrow(`Invalid JMESPath query '[.': Invalid token (Dot): "."`);
    expect(() => applyQuery(groups, '[.')).toThrow(ActionError);
  });

  it('reports a runtime error naming the query, with a hint', () => {
    expect(() => applyQuery(groups, 'abs([0].displayName)')).toThrow(
      expect.objectContaining({
        name: 'ActionError',
        message:
          "Invalid JMESPath query 'abs([0].displayName)': TypeError: abs() expected argument 1 to be type number but received type string instead.",
        hint: 'Check the expression against the JMESPath specification (https://jmespath.org/specification.html).',
      }),
    );
  });
});
