import { describe, expect, it } from 'vitest';
import { plan, planErrors } from './plan-fixtures.js';

describe('createPlan: for-each', () => {
  it('plans a for-each over an earlier result or a literal list, with item and index in the options', () => {
    const result = plan(
      [
        '- id: sites',
        '  run: status',
        '- command: spo listitem add',
        '  for-each: "{{ sites.Sites[].Url }}"',
        '  options: { webUrl: "{{ item }}", listTitle: "Item {{ index }}" }',
        '- run: spo listitem add --webUrl "{{ item.url }}"',
        '  for-each: [{ url: "https://contoso.sharepoint.com/sites/a" }, { url: "https://contoso.sharepoint.com/sites/b" }]',
      ].join('\n'),
    );
    expect(result.commands.map((c) => [c.forEach, c.references])).toEqual([
      [undefined, []],
      [{ reference: '{{ sites.Sites[].Url }}' }, ['sites']],
      [{ items: [{ url: 'https://contoso.sharepoint.com/sites/a' }, { url: 'https://contoso.sharepoint.com/sites/b' }] }, []],
    ]);
  });

  it('refuses item and index outside for-each, as ids, and in the for-each itself; the reference must be earlier and whole', () => {
    expect(
      planErrors(
        [
          '- run: spo listitem add --webUrl "{{ item.Url }}"',
          '- id: item',
          '  run: status',
          '- run: status',
          '  for-each: "{{ later }}"',
          '- run: status',
          '  for-each: "sites: {{ sites }}"',
          '- run: status',
          '  for-each: "{{ item }}"',
          '- id: later',
          '  run: status',
        ].join('\n'),
      ),
    ).toEqual([
      "Invalid id 'item' (command 2, id 'item', line 2): 'item' is reserved: in a 'for-each' item, {{ item }} and {{ index }} are the element and its position. Choose another id.",
      `'for-each' of command 4, line 6 must be a reference to an earlier result that is a list ("{{ sites }}", "{{ hub.Sites[].Url }}") or a YAML list; got 'sites: {{ sites }}'.`,
      "Reference '{{ item.Url }}' in option '--webUrl' (command 1, line 1) names 'item', which only a 'for-each' item has (the element of each iteration). Add 'for-each', or refer to an earlier command's id.",
      "Reference '{{ later }}' in 'for-each' (command 3, line 4) uses the result of command 6, id 'later', line 10, which comes later; a command can only use results of earlier commands: move 'later' before it.",
      "Reference '{{ item }}' in 'for-each' (command 5, line 8) names 'item', which only a 'for-each' item has (the element of each iteration, not known before the list is). Add 'for-each', or refer to an earlier command's id.",
    ]);
  });
});
