/** Input names of action.yml (and the Azure DevOps task.json). */
export enum Input {
  AppId = 'app-id',
  Tenant = 'tenant',
  Auth = 'auth',
  Certificate = 'certificate',
  CertificateFile = 'certificate-file',
  CertificatePassword = 'certificate-password',
  FederatedTokenFile = 'federated-token-file',
  Audience = 'audience',
  ServiceConnectionId = 'service-connection-id',
  Cloud = 'cloud',
  SpoUrl = 'spo-url',
  Commands = 'commands',
  CommandsFile = 'commands-file',
  ContinueOnError = 'continue-on-error',
  MaxParallel = 'max-parallel',
  DryRun = 'dry-run',
  OutputFile = 'output-file',
  Timeout = 'timeout',
  AllowPaths = 'allow-paths',
  PermissionCheck = 'permission-check',
}

/** Output names of action.yml, besides one output per declared command id. */
export enum Output {
  Results = 'results',
  Result = 'result',
  Failed = 'failed',
  ResultsFile = 'results-file',
  /** "true" when the run was cancelled or reached its timeout; not set otherwise. */
  Cancelled = 'cancelled',
}

export const DEFAULT_MAX_PARALLEL = 4;
/** The run's deadline (input `timeout`), in minutes. */
export const DEFAULT_TIMEOUT_MINUTES = 30;
/** Two weeks: beyond that Node's timers overflow (2^31 ms is about 24.8 days), and no job runs that long. */
export const MAX_TIMEOUT_MINUTES = 20_160;
/** Values of the permission-check input: fail, warn, or skip when the tokens' roles lack what the commands need. */
export const PERMISSION_CHECKS = ['strict', 'warn', 'off'] as const;
