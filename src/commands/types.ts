import type { Cloud, Resource, ResourceKind } from '../clouds.js';
import type { FileAccess } from '../files.js';
import type { ApiClient } from '../http/types.js';

/** The value types an option can declare. */
export type OptionType =
  | 'string'
  | 'boolean'
  | 'number'
  /** An absolute https URL. */
  | 'url'
  | 'guid'
  /** A path to an existing file, relative to the working directory. */
  | 'file'
  /** A JSON value given as text (or as YAML in the structured form). */
  | 'json';

export type OptionValue = string | number | boolean | unknown[] | Record<string, unknown> | null;

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
export type OptionRule =
  /** Exactly one of these options must be given. */
  | { readonly kind: 'exactlyOne'; readonly options: readonly string[] }
  /** At most one of these options may be given. */
  | { readonly kind: 'atMostOne'; readonly options: readonly string[] }
  /** If the first option is given, all the others must be too. */
  | { readonly kind: 'requires'; readonly option: string; readonly requires: readonly string[] };

/** Parsed and validated options, by long name. */
export type Options = Record<string, OptionValue | undefined>;

/** What a command gets to do its work. */
export interface CommandContext {
  /** The HTTP client (token attached by host; pinning enforced). */
  readonly http: ApiClient;
  readonly cloud: Cloud;
  /** The resource the plan resolved for this command. */
  readonly resource: Resource;
  /** SharePoint root origin of the tenant (`https://contoso.sharepoint.com`), when the command talks to SharePoint. */
  readonly sharePointUrl?: string;
  /** Working directory for relative file paths. */
  readonly cwd: string;
  /** Where the command may read and write files (the host's roots and allow-paths); every path goes through it. */
  readonly files: FileAccess;
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
}

export interface CommandDefinition {
  /** Full name as typed, e.g. `spo app add`. */
  readonly name: string;
  /** Other names accepted (the CLI for Microsoft 365's aliases, e.g. `aad group list` for `entra group list`). */
  readonly aliases?: readonly string[];
  readonly description: string;
  /**
   * Which resource the command talks to. 'sharepoint' commands take the tenant from `sharePointUrlOption` when given,
   * else from `spo-url`, else from Graph `sites/root`. 'url' (only `request`) derives it from its `url` option.
   */
  readonly resource: ResourceKind | 'url' | 'none';
  /** The option holding a SharePoint URL that identifies the tenant (e.g. `webUrl`, `url`, `appCatalogUrl`). */
  readonly sharePointUrlOption?: string;
  /** True when the command changes nothing (it may then run concurrently with other reads). */
  readonly readOnly: boolean;
  /** For commands whose effect depends on their options (`request --method get`): overrides `readOnly`. */
  readOnlyWhen?(options: Options): boolean;
  /** Application permissions the app needs (for the README and for 403 hints), e.g. `Sites.FullControl.All`. */
  readonly permissions: readonly string[];
  readonly options: readonly OptionSchema[];
  readonly rules?: readonly OptionRule[];
  /** Accept options not in the schema (e.g. list field names of `spo listitem add`) as strings. */
  readonly allowUnknownOptions?: boolean;
  /** Extra checks after schema validation; return an error message naming the option, or undefined. */
  validate?(options: Options): string | undefined;
  /** Does the work; the returned value is the command's result (shaped like the CLI's `--output json`). */
  run(context: CommandContext, options: Options): Promise<unknown>;
}
