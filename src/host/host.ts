/**
 * The CI platform seam. The core talks to the platform only through this interface; `github.ts` implements it with
 * `@actions/core`, `azure-devops.ts` with `##vso[...]` logging commands. The core never imports a host library.
 */
export interface Host {
  /** 'github' or 'azure-devops'. */
  readonly platform: 'github' | 'azure-devops';
  /** The process environment the host reads (injectable for tests). */
  readonly env: NodeJS.ProcessEnv;

  /** The raw value of an input (kebab-case name as in action.yml), trimmed; '' when not set. */
  getInput(name: string): string;
  /** Sets a step output (GitHub: GITHUB_OUTPUT with a random delimiter; ADO: an output variable). */
  setOutput(name: string, value: string): void;
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

  /**
   * Gets an OIDC token from the platform for the given audience, or `undefined` when the platform cannot issue one
   * in this job (GitHub without `id-token: write`, ADO without a service connection).
   */
  getIdToken?(audience: string): Promise<string>;
}
