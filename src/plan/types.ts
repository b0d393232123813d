import type { Resource, ResourceKind } from '../clouds.js';
import type { CommandDefinition, Options } from '../commands/types.js';

/** One declared command after planning: parsed, validated, its resource known. */
export interface PlannedCommand {
  /** 0-based position in the declared list. */
  readonly index: number;
  /** The declared `id`, or the index as a string when none was declared. */
  readonly id: string;
  /** True when `id` was declared by the user (only those get their own step output). */
  readonly hasDeclaredId: boolean;
  /** The command as declared, for logs and the summary (`spo app add --filePath ./x.sppkg`). */
  readonly display: string;
  /** 1-based line of the item in the commands YAML, when known. */
  readonly line?: number;
  readonly definition: CommandDefinition;
  /**
   * Validated options. A string value may still hold `{{ id.path }}` references (listed in `references`); they are
   * resolved just before the command runs, then the option is validated again against its schema.
   */
  readonly options: Options;
  /** Ids of earlier commands this one references. */
  readonly references: readonly string[];
  /** The resource kind the command talks to ('none' for commands that need no token, e.g. `status`). */
  readonly resourceKind: ResourceKind | 'none';
  /**
   * The resource, when planning could determine it. SharePoint commands whose tenant is known from neither their own
   * URL option nor `spo-url` leave it undefined: the tenant root is then discovered once through Graph `sites/root`.
   */
  readonly resource?: Resource;
  /** JMESPath applied to the result (item `query`, or `--query` in the line). */
  readonly query?: string;
  /** Output format asked with `--output` in the line ('json' default; 'text' renders values for logs). */
  readonly output: 'json' | 'text' | 'csv' | 'md' | 'none';
  /**
   * The item's own `continue-on-error`: its failure is reported but neither stops the run nor fails the step. (The
   * step's `continue-on-error` input is separate: it runs everything and fails the step at the end.)
   */
  readonly continueOnError: boolean;
  /** `for-each`: the command runs once per element of this list (a whole reference, or literal items). */
  readonly forEach?: { readonly reference: string } | { readonly items: readonly unknown[] };
}

export interface Plan {
  readonly commands: readonly PlannedCommand[];
  /** Resources known at planning time, deduplicated by audience (tokens for these are prefetched at once). */
  readonly resources: readonly Resource[];
  /** True when some SharePoint command needs the tenant root discovered through Graph. */
  readonly needsSharePointDiscovery: boolean;
}
