import type { FederatedRequest, FederatedSource } from '../auth/federated.js';
import { ActionError } from '../errors.js';
import type { PlatformCloud } from './host.js';

/**
 * One platform's federated credential: where its tokens come from in this job and which of its variables give inputs
 * their defaults (an Azure DevOps service connection names its app and tenant). A host composes the offers its
 * platform has, in order of precedence.
 */
export interface FederationOffer {
  /** The source, or undefined when this job cannot issue the platform's token. */
  source(env: NodeJS.ProcessEnv, request: FederatedRequest): FederatedSource | undefined;
  /** Environment variables that default an input (kebab-case name), first set wins. */
  inputDefaults(env: NodeJS.ProcessEnv, input: string, context: { serviceConnectionId?: string }): readonly string[];
  /** The cloud this platform's credential belongs to, when the platform says (see Platform.platformCloud). */
  cloud?(env: NodeJS.ProcessEnv, context: { serviceConnectionId?: string }): PlatformCloud | undefined;
}

/**
 * The offers of a host, composed: every available source in order, every default in order, and the cloud said by the
 * offer whose source comes first (the one sign-in will use, unless a token file is given).
 */
export function composeFederation(env: NodeJS.ProcessEnv, offers: readonly FederationOffer[]) {
  // The audience plays no part in whether a source is available; any will do to ask.
  const available = (offer: FederationOffer, context: { serviceConnectionId?: string }): boolean =>
    offer.source(env, { audience: '', ...context }) !== undefined;
  return {
    federatedSources: (request: FederatedRequest): FederatedSource[] =>
      offers.map((offer) => offer.source(env, request)).filter((source) => source !== undefined),
    inputDefaults: (input: string, context: { serviceConnectionId?: string }): string[] =>
      offers.flatMap((offer) => offer.inputDefaults(env, input, context)),
    platformCloud: (context: { serviceConnectionId?: string }): PlatformCloud | undefined =>
      offers.find((offer) => available(offer, context))?.cloud?.(env, context),
  };
}

/** The first of these variables that holds more than white space, trimmed. */
export function firstSet(env: NodeJS.ProcessEnv, names: readonly string[]): string | undefined {
  for (const name of names) {
    const value = env[name]?.trim();
    if (value) return value;
  }
  return undefined;
}

/** The ways to a federated token, for a platform that has none of its own here. */
export const GENERIC_FEDERATED_HINT =
  "on GitHub, 'permissions: id-token: write'; on Azure DevOps, a service connection with workload identity federation " +
  "('service-connection-id'); elsewhere, 'federated-token-file'";

/** The generic explanation, for a host whose platform has no source of its own in this job. */
export function noTokenSource(): ActionError {
  return new ActionError('Cannot get a federated token: nothing on this machine can issue one.', {
    hint:
      'Use one of:\n' +
      '  - GitHub Actions: a job granted the id-token permission;\n' +
      '  - Azure Pipelines: `service-connection-id` (a service connection using workload identity federation) ' +
      'and env SYSTEM_ACCESSTOKEN: $(System.AccessToken);\n' +
      '  - any platform: `federated-token-file` (or env AZURE_FEDERATED_TOKEN_FILE), a file holding the OIDC token.',
  });
}
