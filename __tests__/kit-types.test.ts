/**
 * The kit's types: an option's type in `run` follows from its builder, required options are never undefined, an
 * undeclared option does not compile, and rules name declared options only. (`tsc` checks the @ts-expect-error lines:
 * each must be an error, or type-checking fails.)
 */
import { describe, expectTypeOf, it } from 'vitest';
import { command, endpoint, opt, rules, type OptionValues } from '../src/commands/kit/index.js';

const options = {
  url: opt.site('Site URL.', { short: 'u', required: true }),
  title: opt.string('Title.'),
  overwrite: opt.boolean('Overwrite.'),
  count: opt.number('How many.', { required: true }),
  scope: opt.enum(['tenant', 'sitecollection'], 'Scope.'),
  id: opt.guid('ID.'),
  body: opt.json('Body.'),
};

describe('the kit infers option types from the schema', () => {
  it('gives required options their type and the others their type or undefined', () => {
    type Values = OptionValues<typeof options>;
    expectTypeOf<Values['url']>().toEqualTypeOf<string>();
    expectTypeOf<Values['count']>().toEqualTypeOf<number>();
    expectTypeOf<Values['title']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Values['overwrite']>().toEqualTypeOf<boolean | undefined>();
    expectTypeOf<Values['scope']>().toEqualTypeOf<'tenant' | 'sitecollection' | undefined>();
  });

  it('types run() and url() with the same values, and refuses undeclared options and rules', () => {
    command({
      name: 'x get',
      description: 'x',
      resource: 'graph',
      readOnly: true,
      permissions: { graph: ['Sites.Read.All'] },
      options,
      // @ts-expect-error -- 'name' is not an option of this command
      rules: [rules.exactlyOne('title', 'name')],
      run: async (_context, values) => {
        expectTypeOf(values.url).toEqualTypeOf<string>();
        expectTypeOf(values.overwrite).toEqualTypeOf<boolean | undefined>();
        // @ts-expect-error -- reading an undeclared option does not compile
        return values.notAnOption;
      },
    });
    endpoint({
      name: 'x list',
      description: 'x',
      resource: 'sharepoint',
      permissions: { sharepoint: ['Sites.Read.All'] },
      options: { webUrl: opt.site('Site.', { required: true }), top: opt.number('Top.') },
      url: ({ webUrl, top }) => {
        expectTypeOf(webUrl).toEqualTypeOf<string>();
        expectTypeOf(top).toEqualTypeOf<number | undefined>();
        return `${webUrl}/_api/web/lists`;
      },
    });
  });
});
