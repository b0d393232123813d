import type { Cloud, Resource, ResourceKind } from '../clouds.js';
import type { ReadableFile } from '../files.js';
import type { ApiClient } from '../http/types.js';

export type { ReadableFile } from '../files.js';

/** The value types an option can declare. */
export type OptionType =
  | 'string'
  | 'boolean'
  | 'number'
  /** An absolute https URL. */
  | 'url'
  /** An https URL, or one starting with the CLI's `@graph`, `@graphbeta` or `@spo` (what `request` calls). */
  | 'endpoint'
  | 'guid'
  /** A path to an existing file the action may read, relative to the working directory. */
  | 'file'
  /** A JSON value given as text (or as YAML in the structured form). */
  | 'json';

export type OptionValue = string | number | boolean | unknown[] | Record<string, unknown> | null;

/** One option as the planner sees it (commands declare them with the kit's `opt` builders). */
export interface OptionSchema {
  /** Long name, camelCase as in the CLI for Microsoft 365 (`filePath` for `--filePath`). */
  readonly name: string;
  /** One-letter alias (`f` for `-f`). */
  readonly short?: string;
  readonly type: OptionType;
  readonly required?: boolean;
  /** Allowed values (compared case-insensitively, normalised to the listed spelling). */
  readonly enum?: readonly string[];
  readonly description: string;
}

/** Rules across options. */
export type OptionRule<Name extends string = string> =
  /** Exactly one of these options must be given. */
  | { readonly kind: 'exactlyOne'; readonly options: readonly Name[] }
  /** At most one of these options may be given. */
  | { readonly kind: 'atMostOne'; readonly options: readonly Name[] }
  /** If the first option is given, all the others must be too. */
  | { readonly kind: 'requires'; readonly option: Name; readonly requires: readonly Name[] };

/** Parsed and validated options, by long name (the kit gives commands a typed view of the same object). */
export type Options = Record<string, OptionValue | undefined>;

/**
 * Application permissions a command needs, per resource: a list of alternatives, each a set of permissions that
 * suffices on its own (`[['Sites.Read.All'], ['Sites.FullControl.All']]`: either one). Least privileged first.
 */
export type PermissionAlternatives = readonly (readonly string[])[];
export type CommandPermissions = Readonly<Partial<Record<ResourceKind, PermissionAlternatives>>>;

/** What a command may do with files: paths resolve against the working directory and stay inside the allowed roots. */
export interface CommandFiles {
  /** Reads a file, refusing one outside the allowed roots or larger than `maxBytes`. */
  readFile(path: string, maxBytes: number): Promise<Buffer>;
  /** Writes a file inside the allowed roots; returns its absolute path. */
  writeFile(path: string, data: Buffer | string): Promise<string>;
  /** Opens a file inside the allowed roots to read it in pieces (an upload too large to hold in memory). */
  openRead(path: string): Promise<ReadableFile>;
}


/** What a command gets to do its work. */
export interface CommandContext {
  /** The HTTP client (token attached by resource; pinning enforced; 401/403 name this command's permissions). */
  readonly http: ApiClient;
  readonly cloud: Cloud;
  /** The resource the plan resolved for this command (undefined for commands that need no token, e.g. `status`). */
  readonly resource?: Resource;
  /** SharePoint root origin of the tenant (`https://contoso.sharepoint.com`), when known. */
  readonly sharePointUrl?: string;
  readonly files: CommandFiles;
  /** Fires when the run is cancelled or reaches its deadline (after a grace period): give up and let it settle. */
  readonly signal: AbortSignal;
  /** Who the action signed in as (for `status`). */
  readonly session: {
    readonly appId: string;
    readonly tenant: string;
    /** 'certificate' or 'federatedIdentity' (the CLI for Microsoft 365's authType names). */
    readonly authType: string;
    readonly cloud: string;
    /** The app's display name from its access tokens, when the run got one. */
    readonly appDisplayName?: string;
  };
  /**
   * Computes a value once per run and shares it with every command (e.g. the tenant app catalog URL, which each app
   * command would otherwise ask SharePoint for). A failure is not kept: the next caller tries again.
   */
  once<T>(key: string, compute: () => Promise<T>): Promise<T>;
  /** Our own debug/info messages (values from Microsoft 365 are neutralised by the host). */
  readonly log: { debug(message: string): void; info(message: string): void; warning(message: string): void };
  /**
   * Hands a secret the command created (a client secret, a generated password) to a masked step output: the host
   * registers the value as a secret before anything can print it, then sets the output `<id>-<name>` and returns that
   * output's name. The value never goes into the command's result (so never into `results`, `<id>`, the output file,
   * the log or the summary). Undefined where the host offers no such output: a command that would create a secret
   * then refuses to run, so that nothing is created whose secret no one can read.
   */
  readonly secretOutput?: (name: string, value: string) => string;
}

/** Which resource a command's token is for, as planning decides it. */
export interface ResourceDecision {
  readonly kind: ResourceKind | 'none';
  readonly resource?: Resource;
  /** The SharePoint tenant root must be discovered through Graph first. */
  readonly discover: boolean;
  readonly error?: string;
}

/** What planning knows when a command decides its own resource (`request`, from its URL). */
export interface ResourceContext {
  readonly cloud: Cloud;
  /** The SharePoint root, when `spo-url` gave it. */
  readonly sharePointRoot?: Resource;
  /** The item, for messages (`command 2 (id 'app'), line 4`). */
  readonly where: string;
}

/**
 * A command as the planner and executor see it. Commands are not written against this interface directly: the kit's
 * `command()` and `endpoint()` build it from a typed declaration.
 */
export interface CommandDefinition {
  /** Full name as typed, e.g. `spo app add`. */
  readonly name: string;
  /** Other names accepted (the CLI for Microsoft 365's aliases, e.g. `aad group list` for `entra group list`). */
  readonly aliases?: readonly string[];
  readonly description: string;
  /**
   * Which resource the command talks to. 'sharepoint' commands take the tenant from `sharePointUrlOption` when given,
   * else from `spo-url`, else from Graph `sites/root`.
   */
  readonly resource: ResourceKind | 'none';
  /** Decides the resource from the options instead (`request` derives it from its URL). */
  resourceFrom?(options: Options, context: ResourceContext): ResourceDecision;
  /** The option holding a SharePoint URL that identifies the tenant (e.g. `webUrl`, `url`, `appCatalogUrl`). */
  readonly sharePointUrlOption?: string;
  /** Planning takes `sharePointUrlOption` as the SharePoint root of the commands after this one (`spo set --url`). */
  readonly setsSharePointRoot?: boolean;
  /** True when the command changes nothing (it may then run concurrently with other reads). */
  readonly readOnly: boolean;
  /** For commands whose effect depends on their options (`request --method get`): overrides `readOnly`. */
  readOnlyWhen?(options: Options): boolean;
  /** Application permissions the command needs (README, preflight, 401/403 hints). */
  readonly permissions: CommandPermissions;
  /** Where the options change what is needed: the permissions for these options. */
  permissionsWhen?(options: Options): CommandPermissions;
  readonly options: readonly OptionSchema[];
  readonly rules?: readonly OptionRule[];
  /** Accept options not in the schema (e.g. list field names of `spo listitem add`) as strings. */
  readonly allowUnknownOptions?: boolean;
  /** Extra checks after schema validation; return an error message naming the option, or undefined. */
  validate?(options: Options): string | undefined;
  /** Does the work; the returned value is the command's result (shaped like the CLI's `--output json`). */
  run(context: CommandContext, options: Options): Promise<unknown>;
}
