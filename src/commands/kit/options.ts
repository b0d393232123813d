import type { OptionSchema, OptionType } from '../types.js';

/**
 * Typed option builders. A command declares its options as a record of these; the record's keys are the long option
 * names, and the type of each value in `run` follows from the builder: `opt.boolean()` gives `boolean | undefined`,
 * `opt.url({ required: true })` gives `string`. The planner validates and converts every value against the same
 * schema before `run` is called, which is what makes the inferred types true at run time.
 */

/** A schema entry that carries the TypeScript type of its value and whether it is required. */
export interface TypedOption<T, Required extends boolean> extends Omit<OptionSchema, 'name'> {
  /** Phantom field: never set, only carries the value type for inference. */
  readonly __type?: T;
  readonly required: Required;
  /** The option that names the SharePoint site the command talks to (its tenant decides the SharePoint resource). */
  readonly site?: boolean;
}

export type OptionSpecs = Readonly<Record<string, TypedOption<unknown, boolean>>>;

/** The options object `run` receives: required options are present, the others may be undefined. */
export type OptionValues<S extends OptionSpecs> = {
  readonly [K in keyof S as S[K]['required'] extends true ? K : never]: NonNullable<S[K]['__type']>;
} & {
  readonly [K in keyof S as S[K]['required'] extends true ? never : K]?: NonNullable<S[K]['__type']>;
};

interface Settings<R extends boolean> {
  /** One-letter alias (`-u`). */
  readonly short?: string;
  readonly required?: R;
}

// `NoInfer` in the return types: `required` must be inferred from the call's own argument (`true`), never from the
// context the option is written in (a record of options whose `required` is `boolean`), which would widen it.
function build<T, R extends boolean = false>(type: OptionType, description: string, settings: Settings<R> = {}, extra: Pick<OptionSchema, 'enum'> = {}): TypedOption<T, NoInfer<R>> {
  const required = (settings.required ?? false) as R;
  return { type, description, short: settings.short, enum: extra.enum, required };
}

/** The option builders: `opt.string('Title of the list', { short: 't', required: true })`. */
export const opt = {
  string: <R extends boolean = false>(description: string, settings?: Settings<R>) => build<string, R>('string', description, settings),
  boolean: (description: string, settings?: Omit<Settings<false>, 'required'>) => build<boolean>('boolean', description, settings),
  number: <R extends boolean = false>(description: string, settings?: Settings<R>) => build<number, R>('number', description, settings),
  /** An absolute https URL. */
  url: <R extends boolean = false>(description: string, settings?: Settings<R>) => build<string, R>('url', description, settings),
  /** The URL of the SharePoint site the command talks to: its tenant decides which SharePoint token the command gets. */
  site: <R extends boolean = false>(description: string, settings?: Settings<R>): TypedOption<string, NoInfer<R>> => ({ ...build<string, R>('url', description, settings), site: true }),
  /** An https URL or one starting with `@graph`, `@graphbeta` or `@spo` (`request --url`). */
  endpoint: <R extends boolean = false>(description: string, settings?: Settings<R>) => build<string, R>('endpoint', description, settings),
  guid: <R extends boolean = false>(description: string, settings?: Settings<R>) => build<string, R>('guid', description, settings),
  /** A path to an existing file the action may read (see the file containment rules). */
  file: <R extends boolean = false>(description: string, settings?: Settings<R>) => build<string, R>('file', description, settings),
  /** A JSON value given as text in a line, or as YAML in the structured form. */
  json: <R extends boolean = false>(description: string, settings?: Settings<R>) => build<unknown, R>('json', description, settings),
  /** One of the listed values (compared case-insensitively, normalised to the listed spelling). */
  enum: <const V extends readonly string[], R extends boolean = false>(values: V, description: string, settings?: Settings<R>) =>
    build<V[number], R>('string', description, settings, { enum: values }),
};

/** The planner's schema list of a record of typed options. */
export function toSchemas(specs: OptionSpecs): OptionSchema[] {
  return Object.entries(specs).map(([name, spec]) => {
    const { site: _site, __type: _type, ...schema } = spec;
    return { ...schema, name };
  });
}

/** The name of the option marked `opt.site`, if any (at most one per command). */
export function siteOptionOf(specs: OptionSpecs): string | undefined {
  const names = Object.entries(specs).filter(([, spec]) => spec.site === true).map(([name]) => name);
  if (names.length > 1) throw new Error(`At most one option may be opt.site(); got ${names.join(', ')}`);
  return names[0];
}
