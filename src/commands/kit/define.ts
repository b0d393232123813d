import type { ResourceKind } from '../../clouds.js';
import type { CommandContext, CommandDefinition, CommandPermissions, OptionRule, Options, ResourceContext, ResourceDecision } from '../types.js';
import { withAccessHints } from './access.js';
import { ACCEPT } from './odata.js';
import { siteOptionOf, toSchemas, type OptionSpecs, type OptionValues } from './options.js';

/** Permissions as commands write them: per resource, alternatives, each one permission or a set of them. */
export type PermissionSpec = Readonly<Partial<Record<ResourceKind, readonly (string | readonly string[])[]>>>;

/** What every command declares. `S` is its record of typed options, `O` the typed values `run` receives. */
export interface CommandSpec<S extends OptionSpecs, O = OptionValues<S>> {
  readonly name: string;
  readonly aliases?: readonly string[];
  readonly description: string;
  readonly resource: ResourceKind | 'none';
  /** Application permissions, least privileged first (`{ sharepoint: ['Sites.Read.All', 'Sites.FullControl.All'] }`). */
  readonly permissions: PermissionSpec;
  /** Where the options change what is needed. */
  readonly permissionsWhen?: (options: O) => PermissionSpec;
  readonly options: S;
  readonly rules?: readonly OptionRule<keyof S & string>[];
  /** Other options are accepted as strings (list item fields, request headers): `run` finds them in `extra`. */
  readonly allowUnknownOptions?: boolean;
  /** Checks across options beyond the rules; `extra` holds options outside the schema. Returns the problem, if any. */
  readonly validate?: (options: O, extra: Readonly<Record<string, string>>) => string | undefined;
  readonly readOnly: boolean;
  readonly readOnlyWhen?: (options: O) => boolean;
  readonly resourceFrom?: (options: O, context: ResourceContext) => ResourceDecision;
  /** Its site option becomes the SharePoint root of the commands after it (`spo set --url`). */
  readonly setsSharePointRoot?: boolean;
}

/** A command of more than one request, or with logic of its own: `run` gets the typed options. */
export interface FullCommandSpec<S extends OptionSpecs> extends CommandSpec<S> {
  /** Does the work; `extra` holds options outside the schema (with `allowUnknownOptions`). */
  run(context: CommandContext, options: OptionValues<S>, extra: Readonly<Record<string, string>>): Promise<unknown>;
}

/** `{ sharepoint: ['A', ['B', 'C']] }` → `{ sharepoint: [['A'], ['B', 'C']] }`. */
export function normalisePermissions(spec: PermissionSpec): CommandPermissions {
  const result: Partial<Record<ResourceKind, readonly (readonly string[])[]>> = {};
  for (const [kind, alternatives] of Object.entries(spec) as [ResourceKind, readonly (string | readonly string[])[]][]) {
    result[kind] = alternatives.map((alternative) => (typeof alternative === 'string' ? [alternative] : [...alternative]));
  }
  return result;
}

/** The options of the schema, typed; the planner has validated them against that schema. */
function typed<S extends OptionSpecs>(options: Options): OptionValues<S> {
  return options as OptionValues<S>;
}

/** The CLI's global options: never a command's extra option (list field, request header). */
const GLOBAL_OPTIONS = new Set(['output', 'query', 'debug', 'verbose', '_']);

/** The options outside the schema, as text (only commands with `allowUnknownOptions` have any). */
function extraOptions(specs: OptionSpecs, options: Options): Record<string, string> {
  const extra: Record<string, string> = {};
  for (const [name, value] of Object.entries(options)) {
    if (Object.hasOwn(specs, name) || GLOBAL_OPTIONS.has(name) || value === undefined || value === null) continue;
    extra[name] = typeof value === 'string' ? value : JSON.stringify(value);
  }
  return extra;
}

/** Builds the planner's view of a command from its typed declaration. */
export function command<S extends OptionSpecs>(spec: FullCommandSpec<S>): CommandDefinition {
  const { permissionsWhen, validate, readOnlyWhen, resourceFrom, run } = spec;
  const permissions = normalisePermissions(spec.permissions);
  return {
    name: spec.name,
    aliases: spec.aliases,
    description: spec.description,
    resource: spec.resource,
    sharePointUrlOption: siteOptionOf(spec.options),
    readOnly: spec.readOnly,
    permissions,
    options: toSchemas(spec.options),
    rules: spec.rules,
    allowUnknownOptions: spec.allowUnknownOptions,
    setsSharePointRoot: spec.setsSharePointRoot,
    permissionsWhen: permissionsWhen && ((options) => normalisePermissions(permissionsWhen(typed<S>(options)))),
    validate: validate && ((options) => validate(typed<S>(options), extraOptions(spec.options, options))),
    readOnlyWhen: readOnlyWhen && ((options) => readOnlyWhen(typed<S>(options))),
    resourceFrom: resourceFrom && ((options, context) => resourceFrom(typed<S>(options), context)),
    run(context, options) {
      const needed = permissionsWhen ? normalisePermissions(permissionsWhen(typed<S>(options))) : permissions;
      return run({ ...context, http: withAccessHints(context.http, needed) }, typed<S>(options), extraOptions(spec.options, options));
    },
  };
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'MERGE' | 'DELETE';

/** A command that is one request: its URL, method and body from the options, optionally paged and reshaped. */
export interface EndpointSpec<S extends OptionSpecs> extends Omit<CommandSpec<S>, 'readOnly' | 'resource'> {
  readonly resource: 'sharepoint' | 'graph' | 'management' | 'azure';
  /** Default GET (then the command is read-only). */
  readonly method?: Method;
  /**
   * The absolute URL; values put into it go through the OData helpers (`literal`, `segment`, `query`). It may await a
   * shared lookup first (`appCatalogUrl(context, options)`).
   */
  readonly url: (options: OptionValues<S>, context: CommandContext) => string | Promise<string>;
  /** Headers beyond the service's accept header. */
  readonly headers?: Readonly<Record<string, string>> | ((options: OptionValues<S>) => Readonly<Record<string, string>>);
  readonly body?: (options: OptionValues<S>) => unknown;
  /** Follow `@odata.nextLink`/`odata.nextLink` and return every item. */
  readonly paged?: boolean;
  /** SharePoint collections asked as OData v4 (`AvailableApps` pages only that way). */
  readonly odataV4?: boolean;
  /** Reshapes the response body into the CLI's JSON (default: the body as it is). */
  readonly result?: (body: unknown, options: OptionValues<S>) => unknown;
  /** The CLI prints nothing for this command: the result is empty. */
  readonly empty?: boolean;
}

/** The accept header of the service. */
function acceptFor(resource: EndpointSpec<OptionSpecs>['resource'], odataV4: boolean | undefined): Record<string, string> {
  if (resource === 'sharepoint') return { ...(odataV4 ? ACCEPT.sharepointV4 : ACCEPT.sharepoint) };
  return resource === 'graph' ? { ...ACCEPT.graph } : { accept: 'application/json' };
}

/** A one-request command, declared like its documentation page reads. */
export function endpoint<S extends OptionSpecs>(spec: EndpointSpec<S>): CommandDefinition {
  const method = spec.method ?? 'GET';
  return command<S>({
    ...spec,
    readOnly: method === 'GET',
    async run(context, options) {
      const url = await spec.url(options, context);
      const extraHeaders = typeof spec.headers === 'function' ? spec.headers(options) : spec.headers;
      const headers = { ...acceptFor(spec.resource, spec.odataV4), ...extraHeaders };
      const body = spec.paged
        ? await context.http.getAll(url, headers)
        : (await context.http.request({ method, url, headers, body: spec.body?.(options) })).body;
      if (spec.empty) return undefined;
      return spec.result ? spec.result(body, options) : body;
    },
  });
}

/** Either/or rules, typed against the command's option names. */
export const rules = {
  exactlyOne: <N extends string>(...options: N[]): OptionRule<N> => ({ kind: 'exactlyOne', options }),
  atMostOne: <N extends string>(...options: N[]): OptionRule<N> => ({ kind: 'atMostOne', options }),
  requires: <N extends string>(option: N, ...requires: N[]): OptionRule<N> => ({ kind: 'requires', option, requires }),
};
