import type { FederatedSources } from '../auth/federated.js';
import type { CloudName } from '../clouds.js';
import type { ResultsDocument } from '../report/outputs.js';

/**
 * The platform seam. The core talks to the platform only through this interface and never reads a platform variable:
 * `github.ts` speaks the runner's workflow commands, `azure-devops.ts` the agent's `##vso[...]` logging commands, and
 * `cli.ts` is the plain command line (results on stdout, logs on stderr, no workflow commands at all).
 *
 * A host is its `Platform` (what the environment says: defaults, token sources, limits, file roots) plus its IO.
 */
export interface Host extends Platform {
  /** The raw value of an input (kebab-case name as in action.yml), trimmed; '' when not set. */
  getInput(name: string): string;
  /** Sets a step output (GitHub: GITHUB_OUTPUT with a random delimiter; ADO: an output variable). */
  setOutput(name: string, value: string): void;
  /**
   * Hands over the whole results document once, after the outputs are set (what `output-file` holds). The command
   * line prints it; the CI hosts have their outputs already and need not implement it.
   */
  publishResults?(document: ResultsDocument): void;
  /** Registers a secret so that the platform masks it in every later log line. Call before the value can be logged. */
  setSecret(value: string): void;

  /** Our own messages. They may include values from Microsoft 365: hosts neutralise workflow commands in them. */
  debug(message: string): void;
  info(message: string): void;
  warning(message: string): void;
  error(message: string): void;
  startGroup(title: string): void;
  endGroup(): void;
  /**
   * Echoes untrusted text (data from Microsoft 365, possibly multi-line) so that no part of it can act as a workflow
   * command: GitHub wraps it in a stop-commands block with a fresh random token; ADO breaks every `##vso[` / `##[`.
   */
  logUntrusted(text: string): void;

  /** Appends Markdown to the job summary (GitHub: GITHUB_STEP_SUMMARY; ADO: an uploaded summary attachment). */
  appendSummary(markdown: string): Promise<void>;
  /** Marks the step failed with this message (logged as an error). Does not exit the process. */
  setFailed(message: string): void;
}

/** What the platform says about the cloud of its federated credential. */
export interface PlatformCloud {
  /** The platform's own name for it, e.g. the Azure environment `AzureUSGovernment`. */
  readonly environment: string;
  /**
   * The clouds it fits, in the table's order: one, several when the platform cannot tell them apart (AzureCloud: Public
   * and GCC; AzureUSGovernment: GCC High and DoD), none when the name is not one of a Microsoft 365 cloud.
   */
  readonly clouds: readonly CloudName[];
  /** Where it was read, for messages: "service connection 8d4c… (ENDPOINT_DATA_8d4c…_ENVIRONMENT)". */
  readonly source: string;
}

/** How much the platform takes as step outputs. */
export interface OutputLimits {
  /** All outputs of the step together, as the platform counts them (GitHub: 1 MB per job). */
  readonly maxOutputBytes: number;
  /**
   * One output on its own. Azure DevOps passes output variables to later steps as environment variables, which
   * Windows caps at 32,767 characters each.
   */
  readonly maxOutputValueBytes?: number;
  /** Bytes the platform stores around each output besides its name and value (GitHub: the delimiter lines). */
  readonly outputOverheadBytes: number;
}

/** What the platform's environment says, apart from any IO. */
export interface Platform extends FederatedSources {
  /** The process environment the host reads (injectable for tests). The core reads only platform-neutral variables. */
  readonly env: NodeJS.ProcessEnv;
  /**
   * Platform variables that give an input (kebab-case name) its default when neither the input nor the core's own
   * variables (CLIMICROSOFT365_*, AZURE_*) set it, first set wins: e.g. AZURESUBSCRIPTION_CLIENT_ID, or the
   * service connection's ENDPOINT_AUTH_PARAMETER_<id>_SERVICEPRINCIPALID once `serviceConnectionId` is known.
   */
  inputDefaults(input: string, context: { serviceConnectionId?: string }): readonly string[];
  /** How to get a federated token on this platform, one clause for the "no credential" message. */
  readonly federatedHint: string;
  /**
   * The cloud the platform's federated credential belongs to, when the platform says (an Azure DevOps service
   * connection names its Azure environment); undefined when it does not, or when no platform source would be used.
   * A platform that never says may leave it out.
   */
  platformCloud?(context: { serviceConnectionId?: string }): PlatformCloud | undefined;
  readonly outputLimits: OutputLimits;
  /** Where the action may put files of its own (results too large for outputs, summaries). */
  readonly tempDirectory: string;
  /** The directories commands may read and write files in (before `allow-paths` widens them). */
  fileRoots(cwd: string): readonly string[];
  /** Files and directories no command may read or write whatever the roots: the platform's own command files. */
  readonly protectedPaths: readonly string[];
}
