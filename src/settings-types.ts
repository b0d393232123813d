import type { Cloud } from './clouds.js';
import type { PERMISSION_CHECKS } from './constants.js';
import type { FileAccess } from './files.js';

/** How the action signs in. `auto` resolves to one of the others in settings. */
export type AuthMethod = 'certificate' | 'federated';

/** `strict`: missing permissions fail the run before any command; `warn`: they are reported; `off`: not checked. */
export type PermissionCheck = (typeof PERMISSION_CHECKS)[number];

/** The certificate as given by the user (not yet loaded). Every field is secret except `path`. */
export type CertificateInput =
  | { readonly kind: 'inline'; readonly value: string; readonly password?: string }
  | { readonly kind: 'file'; readonly path: string; readonly password?: string };

/** Everything the action was asked to do, typed and validated. Produced only by `readSettings`. */
export interface Settings {
  /** Entra application (client) ID, a GUID. */
  readonly appId: string;
  /** Tenant ID (GUID) or verified domain (`contoso.onmicrosoft.com`). */
  readonly tenant: string;
  readonly auth: AuthMethod;
  /** Set when auth is 'certificate'. */
  readonly certificate?: CertificateInput;
  /** Federated: read the assertion from this file on every exchange. */
  readonly federatedTokenFile?: string;
  /**
   * Federated: the audience of the platform token, asked of GitHub's OIDC issuer and checked in a service connection's
   * or a token file's token: the input `audience`, else the cloud's token exchange audience.
   */
  readonly audience: string;
  /** Where `audience` came from: the input, or the cloud (its token exchange audience). */
  readonly audienceSource: 'input' | 'cloud';
  /** Federated on Azure DevOps: the service connection whose token to request. */
  readonly serviceConnectionId?: string;
  readonly cloud: Cloud;
  /**
   * Where the cloud came from, for the log and messages: "input 'cloud'", "the default", or what the platform said
   * ("service connection 8d4c… (ENDPOINT_DATA_8d4c…_ENVIRONMENT): AzureChinaCloud").
   */
  readonly cloudSource: string;
  /** SharePoint root origin (`https://contoso.sharepoint.com`), when given. */
  readonly spoUrl?: string;
  /** The declared commands as YAML text. */
  readonly commands: string;
  /** Where the commands came from: 'commands' input or the commands-file path, for error messages. */
  readonly commandsSource: string;
  readonly continueOnError: boolean;
  readonly maxParallel: number;
  readonly dryRun: boolean;
  /** The preflight of the tokens' roles against what the commands need. */
  readonly permissionCheck: PermissionCheck;
  /** Absolute path of `output-file`, checked writable before any command runs. */
  readonly outputFile?: string;
  /** The run's deadline in minutes (input `timeout`). */
  readonly timeoutMinutes: number;
  /** Extra roots for files (input `allow-paths`), absolute. */
  readonly allowPaths: readonly string[];
  /** Where commands may read and write files: the host's roots and allow-paths, minus the run's own files. */
  readonly files: FileAccess;
  /** Working directory for relative paths (the process's working directory unless given). */
  readonly cwd: string;
}
