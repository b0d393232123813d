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
  PermissionCheck = 'permission-check',
}

/** Output names of action.yml, besides one output per declared command id. */
export enum Output {
  Results = 'results',
  Result = 'result',
  Failed = 'failed',
  ResultsFile = 'results-file',
}

/** Default audience asked of a platform's OIDC issuer (what Entra expects for federated credentials). */
export const DEFAULT_AUDIENCE = 'api://AzureADTokenExchange';
export const DEFAULT_MAX_PARALLEL = 4;
/** Values of the permission-check input: fail, warn, or skip when the tokens' roles lack what the commands need. */
export const PERMISSION_CHECKS = ['strict', 'warn', 'off'] as const;
