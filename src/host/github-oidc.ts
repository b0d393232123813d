import { hostOf, safeCause, type FederatedRequest, type FederatedSource } from '../auth/federated.js';
import { ActionError } from '../errors.js';
import type { FederationOffer } from './federation.js';

/** Fetches a GitHub ID token for an audience (`@actions/core`'s getIDToken unless a test injects another). */
export type GetIdToken = (audience: string) => Promise<string>;

/**
 * GitHub Actions OIDC: a job granted `id-token: write` gets ACTIONS_ID_TOKEN_REQUEST_URL and _TOKEN, and
 * `core.getIDToken(audience)` exchanges them for a token of https://token.actions.githubusercontent.com.
 */
export function gitHubFederation(getIdToken: GetIdToken = getIdTokenFromActionsCore): FederationOffer {
  return {
    source: (env, request) => (env.ACTIONS_ID_TOKEN_REQUEST_URL?.trim() ? createGitHubOidcSource(env, request, getIdToken) : undefined),
    inputDefaults: () => [],
  };
}

export function createGitHubOidcSource(env: NodeJS.ProcessEnv, request: FederatedRequest, getIdToken: GetIdToken): FederatedSource {
  const host = hostOf(env.ACTIONS_ID_TOKEN_REQUEST_URL ?? '');
  return {
    kind: 'github',
    showsWorkflowRef: true,
    describe: () => `GitHub Actions OIDC (audience ${request.audience})`,
    getToken: async () => {
      let token: string | undefined;
      try {
        token = await getIdToken(request.audience);
      } catch (error) {
        throw gitHubTokenFailed(host, safeCause(error, env.ACTIONS_ID_TOKEN_REQUEST_TOKEN));
      }
      if (!token) throw gitHubTokenFailed(host, 'it returned no token');
      return token;
    },
  };
}

// Loaded lazily: only GitHub federated runs need it, and it costs about 100 ms to load.
async function getIdTokenFromActionsCore(audience: string): Promise<string> {
  const core = await import('@actions/core');
  return core.getIDToken(audience);
}

function gitHubTokenFailed(host: string, cause: string): ActionError {
  return new ActionError(`Could not get an OIDC token from GitHub Actions (${host}): ${cause}`, {
    hint: `On a self-hosted runner check that it can reach ${host} (HTTPS_PROXY / NO_PROXY); otherwise re-run the job.`,
  });
}

// The `id-token: write` hint belongs here and only here: it is the fix only when the job could not ask for a token.
export function noGitHubIdToken(): ActionError {
  return new ActionError(
    'Cannot get a federated token: this GitHub Actions job may not request an OIDC token (ACTIONS_ID_TOKEN_REQUEST_URL is not set).',
    {
      hint:
        'Grant the job (or the whole workflow) `permissions: id-token: write`:\n' +
        '  permissions:\n    id-token: write\n    contents: read\n' +
        'A `permissions` block grants only what it lists. Workflows triggered from forks never get an OIDC token.',
    },
  );
}
