import { CLOUD_NAMES, CLOUDS, cloudsOfAudience, cloudsOfEntraIssuer, cloudsOfLoginHost, entraIssuerOf, listClouds, type Cloud, type CloudName } from '../clouds.js';
import { ActionError } from '../errors.js';
import { boundEcho } from '../text.js';

/** What the action knows about the sign-in, to turn an Entra ID error into what to change where. */
export interface AadstsContext {
  appId: string;
  tenant: string;
  loginHost: string;
  method: 'certificate' | 'federated';
  /** The cloud signed in to; without it, messages name the login host only. */
  cloud?: Cloud;
  /** The audience the platform token was to carry: the input `audience`, or the cloud's token exchange audience. */
  audience?: { expected: string; source: 'input' | 'cloud' };
  /** Which kind of source gave the platform token ('github', 'azure-devops', 'file'…). */
  platformKind?: string;
  /** Upper- or lower-case hex thumbprints of the certificate in use. */
  thumbprintSha256?: string;
  thumbprintSha1?: string;
  /** Claims of the platform's OIDC token (decoded, not verified), for federated sign-in. */
  platformClaims?: { iss?: string; sub?: string; aud?: string | string[]; job_workflow_ref?: string };
}

/** What could be read from the error, whatever its shape. */
interface ErrorFacts {
  /** AADSTS number without the prefix, e.g. '700027'. */
  code?: string;
  /** OAuth error (`invalid_client`) or msal error code (`network_error`). */
  error?: string;
  /** First line of Entra ID's description (or of the error message), without Trace/Correlation ID lines. */
  description: string;
}

type Explainer = (facts: ErrorFacts, context: AadstsContext) => { message: string; hint: string };

/**
 * Turns a failed token request (an msal-node error, an OAuth error body or anything thrown) into an ActionError that
 * says what to do. Never includes an assertion or token: JWT-looking text is removed from Entra ID's description.
 */
export function explainAuthError(error: unknown, context: AadstsContext): ActionError {
  // Our own refusal from inside msal's assertion callback (a platform token that cannot work) already says what to do.
  const own = ownErrorIn(error);
  if (own) return own;
  const facts = readFacts(error);
  if (facts.error === 'network_error' && !facts.code) return explainNetwork(facts, context, error);
  const explainer = facts.code ? explainerOf(facts.code, facts.description) : undefined;
  if (explainer) {
    const { message, hint } = explainer(facts, context);
    const said = facts.description ? `\nEntra ID said: ${facts.description}` : '';
    return new ActionError(`${message} (AADSTS${facts.code})`, {
      hint: hint + said,
      code: `AADSTS${facts.code}`,
      cause: error,
    });
  }
  return explainUnknown(facts, context, error);
}

/** An ActionError of ours in the chain msal may have wrapped around it (not msal's own AuthError). */
function ownErrorIn(error: unknown): ActionError | undefined {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    if (e instanceof ActionError) return e;
  }
  return undefined;
}

function explainerOf(code: string, description: string): Explainer | undefined {
  if (EXPLAINERS[code]) return EXPLAINERS[code];
  if (TRANSIENT_AADSTS_CODES.has(code)) return explainTransient;
  // Consent errors come with several codes (65001, 65004, 650057…); the description says "consent".
  if (/consent/i.test(description)) return explainConsent;
  return undefined;
}

function explainUnknown(facts: ErrorFacts, context: AadstsContext, error: unknown): ActionError {
  const who = `Sign-in to tenant '${context.tenant}' as app ${context.appId} failed`;
  if (facts.code) {
    return new ActionError(`${who} (AADSTS${facts.code}): ${facts.description}`, {
      hint: `Look the code up at https://login.microsoftonline.com/error?code=${facts.code}.`,
      code: `AADSTS${facts.code}`,
      cause: error,
    });
  }
  const what = facts.error && !facts.description.startsWith(facts.error) ? `${facts.error}: ` : '';
  return new ActionError(`${who}: ${what}${facts.description || 'unknown error'}`, { cause: error, code: facts.error });
}

// ------------------------------------------------------------------------------------------------------ transient codes

/**
 * AADSTS codes that Entra ID's error reference marks as transient — "temporarily unavailable", "try again", a time-out
 * on its side: RetryableError (50033), SasRetryableError (50087), ExternalServerRetryableError (90006), RequestTimeout
 * (90012), RequestBudgetExceededError (90024), MsodsServiceUnavailable (90033), GraphRetryableError (90090). Retrying
 * anything else (a wrong certificate, a missing consent) only repeats the failure.
 */
export const TRANSIENT_AADSTS_CODES: ReadonlySet<string> = new Set(['50033', '50087', '90006', '90012', '90024', '90033', '90090']);

/** True when a token endpoint's answer (an OAuth error body) carries an AADSTS code that Entra ID marks as transient. */
export function hasTransientAadstsCode(body: Buffer | string): boolean {
  const text = typeof body === 'string' ? body : body.toString('utf8');
  if (!text.includes('error')) return false;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return false;
  }
  if (!isRecord(json)) return false;
  const codes = Array.isArray(json.error_codes) ? json.error_codes.map(String) : [];
  const described = typeof json.error_description === 'string' ? /AADSTS(\d+)/.exec(json.error_description)?.[1] : undefined;
  return [...codes, described].some((code) => code !== undefined && TRANSIENT_AADSTS_CODES.has(code));
}

const explainTransient: Explainer = (_facts, context) => ({
  message: `Entra ID was temporarily unavailable for tenant '${context.tenant}' and still was after retries`,
  hint: 'The failure is on the side of Entra ID and was retried with backoff: re-run the job later; if it lasts, check the service health of Microsoft Entra ID.',
});

// ------------------------------------------------------------------------------------------------------ reading facts

function readFacts(error: unknown): ErrorFacts {
  const record = isRecord(error) ? error : {};
  const error_ = stringOf(record.errorCode) ?? stringOf(record.error);
  // msal's ServerError: errorMessage = "Error(s): 700027 - Timestamp: … - Description: AADSTS700027: … - Correlation ID…"
  const raw =
    stringOf(record.error_description) ??
    stringOf(record.errorMessage) ??
    (error instanceof Error ? error.message : typeof error === 'string' ? error : '');
  const description = cleanDescription(raw);
  const numeric = error_ && /^\d+$/.test(error_.split(' ')[0] ?? '') ? error_.split(' ')[0] : undefined;
  const errorCodes = Array.isArray(record.error_codes) ? record.error_codes : [];
  const code =
    stringOf(record.errorNo) ??
    (errorCodes.length > 0 ? String(errorCodes[0]) : undefined) ??
    /AADSTS(\d+)/.exec(raw)?.[1] ??
    numeric;
  return { code, error: numeric ? undefined : error_, description };
}

function cleanDescription(raw: string): string {
  const described = /Description: ([\s\S]*?)(?: - Correlation ID:|$)/.exec(raw)?.[1] ?? raw;
  const firstLine =
    described
      .split(/\r?\n/)
      .map((line) => line.trim())
      .find((line) => line !== '' && !/^(Trace ID|Correlation ID|Timestamp):/i.test(line)) ?? '';
  // Entra ID's text is echoed into errors and the summary: one bounded line.
  return boundEcho(redactJwts(firstLine), 1_000);
}

/** Anything shaped like a JWT (three base64url parts, the first two starting with `eyJ`) is removed. */
function redactJwts(text: string): string {
  return text.replace(/eyJ[A-Za-z0-9_-]*\.eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*/g, '[token removed]');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

// ------------------------------------------------------------------------------------------------------- explanations

const FEDERATED_PLACE = 'Certificates & secrets > Federated credentials';

function audienceOf(context: AadstsContext): string | undefined {
  const aud = context.platformClaims?.aud;
  return Array.isArray(aud) ? aud.join(', ') : aud;
}

/** The exact credential to register, or where to find the claims when they are not known. */
function registerHint(context: AadstsContext): string {
  const claims = context.platformClaims;
  if (!claims?.iss || !claims.sub) {
    return (
      `Add a federated credential on app ${context.appId} (${FEDERATED_PLACE}) whose issuer, subject and audience are ` +
      "exactly those of the platform token (the action logs them before the exchange as 'iss', 'sub' and 'aud')."
    );
  }
  const workflow = claims.job_workflow_ref ? ` (workflow ${claims.job_workflow_ref})` : '';
  return (
    `Add a federated credential on app ${context.appId} (${FEDERATED_PLACE}) with exactly: issuer '${claims.iss}', ` +
    `subject identifier '${claims.sub}'${workflow}, audience '${audienceOf(context) ?? 'api://AzureADTokenExchange'}'.`
  );
}

type ClaimPart = 'issuer' | 'subject' | 'audience';

function noMatch(part: ClaimPart): Explainer {
  return (_facts, context) => {
    const claims = context.platformClaims;
    const value = part === 'issuer' ? claims?.iss : part === 'subject' ? claims?.sub : audienceOf(context);
    const shown = value ? ` '${value}'` : '';
    const otherCloud = part === 'audience' ? audienceOfAnotherCloud(context) : part === 'issuer' ? issuerOfAnotherCloud(context) : undefined;
    const hint = part === 'audience' ? audienceHint(context) : part === 'issuer' && otherCloud ? issuerHint(context) : '';
    return {
      message: `No federated credential of app ${context.appId} accepts the platform token's ${part}${shown}${otherCloud ?? ''}`,
      hint: hint + registerHint(context),
    };
  };
}

/**
 * "; cloud USGovHigh expects 'api://AzureADTokenExchangeUSGov' (…)", when the token's audience is not the cloud's and
 * that is the likely cause: it is another cloud's token exchange audience, or the cloud is a national one.
 */
function audienceOfAnotherCloud(context: AadstsContext): string | undefined {
  const { cloud } = context;
  const presented = audienceOf(context);
  if (!cloud || !presented || presented === cloud.tokenExchangeAudience) return undefined;
  const others = cloudsOfAudience(presented);
  if (others.length === 0 && cloud.tokenExchangeAudience === CLOUDS.Public.tokenExchangeAudience) return undefined;
  const whose = others.length > 0 ? ` (that of ${listClouds(others, 'and')})` : '';
  return `${whose}; cloud ${cloud.name} (${cloud.label}) expects '${cloud.tokenExchangeAudience}'`;
}

/** "; in cloud USGovHigh a service connection's token comes from 'https://login.microsoftonline.us/…/v2.0'", for an Entra issuer of another cloud. */
function issuerOfAnotherCloud(context: AadstsContext): string | undefined {
  const { cloud } = context;
  const issuer = context.platformClaims?.iss;
  const others = issuer ? cloudsOfEntraIssuer(issuer) : [];
  if (!cloud || !issuer || others.length === 0 || others.includes(cloud.name)) return undefined;
  const tenant = /^https:\/\/[^/]+\/([^/]+)\/v2\.0/i.exec(issuer)?.[1] ?? context.tenant;
  return ` (the Entra ID of ${listClouds(others, 'and')}); in cloud ${cloud.name} Entra ID issues such tokens as '${entraIssuerOf(cloud, tenant)}'`;
}

function issuerHint(context: AadstsContext): string {
  const cloud = context.cloud ?? CLOUDS.Public;
  return (
    `An Azure DevOps service connection's token comes from the Entra ID of its Azure environment: use a service ` +
    `connection of ${cloud.azureEnvironment} for cloud ${cloud.name}, or set the input \`cloud\` to the connection's. Or: `
  );
}

const githubIssuer = 'https://token.actions.githubusercontent.com';

/**
 * A wrong audience is almost always asked for, not registered: on GitHub the action asks for the input `audience`;
 * elsewhere whatever wrote the token chose it. Say where it comes from before offering to register it.
 */
function audienceHint(context: AadstsContext): string {
  const expected =
    'Federated credentials normally list api://AzureADTokenExchange (api://AzureADTokenExchangeUSGov for the clouds ' +
    'USGovHigh and USGovDoD, api://AzureADTokenExchangeChina for China). ';
  const cloudAudience = (context.cloud ?? CLOUDS.Public).tokenExchangeAudience;
  if (context.platformClaims?.iss === githubIssuer) {
    if (context.audience?.source === 'cloud') {
      return (
        expected +
        `The action asked GitHub for the audience of cloud ${context.cloud?.name ?? 'Public'}, ${cloudAudience}: list it on the ` +
        'federated credential, or set the input `audience` to an audience the credential lists. Or: '
      );
    }
    return (
      expected +
      `The action asks GitHub for the audience of its input \`audience\`: remove the input (default ${cloudAudience}) ` +
      'or set it to an audience of the credential. Or: '
    );
  }
  if (context.platformKind === 'azure-devops') {
    const cloud = context.cloud ?? CLOUDS.Public;
    return (
      expected +
      `A service connection's token carries the audience of its Azure environment: for cloud ${cloud.name} use a service ` +
      `connection of ${cloud.azureEnvironment}, whose credential lists ${cloudAudience}. Or: `
    );
  }
  return (
    expected +
    "Configure whatever writes the platform token to ask for the credential's audience (GitLab: `id_tokens: <name>: aud:`; " +
    "Kubernetes: the projected service account token's audience). Or: "
  );
}

const explainNoFederatedMatch: Explainer = (_facts, context) => ({
  message: `No federated credential of app ${context.appId} matches the platform token`,
  hint: registerHint(context),
});

/**
 * Which claim Entra ID names in its description. Its wording names the part ("presented assertion subject '…'. The
 * subject matches with case-insensitive comparison…") and then always adds "Check your federated identity credential
 * Subject, Audience and Issuer…", so a bare search for "audience" would pick that generic sentence.
 */
function claimPartOf(description: string): ClaimPart {
  const named =
    /presented assertion (issuer|subject|audience)\b/i.exec(description)?.[1] ??
    /\b(issuer|subject|audience) match(?:es|ed)\b/i.exec(description)?.[1];
  if (named) return named.toLowerCase() as ClaimPart;
  const specific = description.replace(/Check your federated identity credential[^.]*\./gi, '');
  return /\baudience\b/i.test(specific) ? 'audience' : /\bissuer\b/i.test(specific) ? 'issuer' : 'subject';
}

/** AADSTS7002138: a credential matches only when case is ignored. Find which part differs in case. */
const explainCaseMismatch: Explainer = (facts, context) => {
  const part = claimPartOf(facts.description);
  const claims = context.platformClaims;
  const value = part === 'issuer' ? claims?.iss : part === 'subject' ? claims?.sub : audienceOf(context);
  return {
    message:
      `A federated credential of app ${context.appId} matches the platform token's ${part}` +
      `${value ? ` '${value}'` : ''} only when upper/lower case is ignored`,
    hint:
      `Entra ID compares issuer, subject and audience case-sensitively (repository, organisation and branch names ` +
      `included). Change the credential's ${part} to exactly${value ? ` '${value}'` : ' the value in the platform token'}. ` +
      registerHint(context),
  };
};

const explainConsent: Explainer = (_facts, context) => ({
  message: `App ${context.appId} has no admin consent for its application permissions in tenant '${context.tenant}'`,
  hint:
    `An administrator of the tenant must grant admin consent: in the app registration, API permissions > Grant admin ` +
    `consent, or https://${context.loginHost}/${context.tenant}/adminconsent?client_id=${context.appId}.`,
});

/** "Public and USGov sign in at login.microsoftonline.com, USGovHigh and USGovDoD at login.microsoftonline.us, China at …". */
function loginHostsOfClouds(): string {
  const hosts = [...new Set(CLOUD_NAMES.map((name) => CLOUDS[name].loginHost))];
  return hosts
    .map((host, index) => `${listClouds(cloudsOfLoginHost(host), 'and')} ${index === 0 ? 'sign in ' : ''}at ${host}`)
    .join(', ');
}

/** The clouds whose tenants have this initial domain suffix, when the tenant is given by such a domain. */
const INITIAL_DOMAINS: readonly [RegExp, readonly CloudName[]][] = [
  [/\.onmicrosoft\.com$/i, ['Public', 'USGov']],
  [/\.onmicrosoft\.us$/i, ['USGovHigh', 'USGovDoD']],
  [/\.(partner\.)?onmschina\.cn$/i, ['China']],
];

/** " 'contoso.onmicrosoft.us' is the initial domain of a tenant of USGovHigh or USGovDoD.", when the domain says. */
function domainHint(context: AadstsContext): string {
  const clouds = INITIAL_DOMAINS.find(([pattern]) => pattern.test(context.tenant))?.[1];
  const current = context.cloud?.name;
  if (!clouds || (current !== undefined && clouds.includes(current))) return '';
  return ` '${context.tenant}' is the initial domain of a tenant of ${listClouds(clouds)}.`;
}

/**
 * AADSTS900382: the worldwide and US Government directories know each other's tenants but refuse to sign an app in
 * across them. So the tenant is in the other one of the pair: name it.
 */
const explainCrossCloud: Explainer = (_facts, context) => {
  const here = context.cloud ? [context.cloud.name] : cloudsOfLoginHost(context.loginHost);
  const there = CLOUD_NAMES.filter((name) => CLOUDS[name].loginHost !== context.loginHost && name !== 'China');
  const hereText = here.length ? `${listClouds(here, 'and')} (${context.loginHost})` : context.loginHost;
  const thereHost = there.length ? CLOUDS[there[0]].loginHost : '';
  return {
    message: `Tenant '${context.tenant}' belongs to another cloud than ${hereText}: Entra ID refuses an app's sign-in across clouds`,
    hint:
      `The tenant is in ${listClouds(there)}, whose Entra ID is at ${thereHost}: set the input \`cloud\` to ${listClouds(there)}. ` +
      `The app, its certificate or federated credential and its permissions belong to that cloud's Entra ID.`,
  };
};

const EXPLAINERS: Readonly<Record<string, Explainer>> = {
  '700016': (_facts, context) => ({
    message: `Entra ID found no app ${context.appId} in tenant '${context.tenant}'`,
    hint:
      'Check the input `app-id` (Application (client) ID on the app\'s Overview page) and `tenant`. A single-tenant ' +
      'app exists only in the tenant it was registered in: use that tenant. A multi-tenant app must first be consented ' +
      `to in '${context.tenant}' by an administrator.`,
  }),
  '700027': (_facts, context) =>
    context.method === 'certificate' && context.thumbprintSha1
      ? {
          message: `The certificate in use (SHA-1 thumbprint ${context.thumbprintSha1.toUpperCase()}) is not registered on app ${context.appId}`,
          hint:
            `Upload the public part of this certificate (.cer/.crt, never the PFX) to the app registration under ` +
            `Certificates & secrets > Certificates; the portal lists it with thumbprint ${context.thumbprintSha1.toUpperCase()}.`,
        }
      : {
          message: `Entra ID could not verify the signature of the client assertion of app ${context.appId}`,
          hint: 'The key that signed the assertion is not registered on the app: register the matching credential.',
        },
  '70021': explainNoFederatedMatch,
  '700211': noMatch('issuer'),
  '700212': noMatch('audience'),
  '700213': noMatch('subject'),
  '7002138': explainCaseMismatch,
  '700024': (_facts, context) => ({
    message: 'The client assertion is outside its valid time range (expired or not yet valid)',
    hint:
      context.method === 'federated'
        ? "The platform token expired before the exchange (they live about 5-10 minutes), or the runner's clock is " +
          'off. A token file must be refreshed by its writer; otherwise check the time synchronisation of the runner.'
        : "The runner's clock is wrong: check its time synchronisation (NTP).",
  }),
  '50166': (_facts, context) => ({
    message: "Entra ID could not fetch the signing keys of the platform token's issuer",
    hint:
      `The issuer ${context.platformClaims?.iss ? `'${context.platformClaims.iss}' ` : ''}must serve ` +
      '/.well-known/openid-configuration and its jwks_uri publicly on the internet over HTTPS (a self-hosted issuer ' +
      'such as a Kubernetes cluster or GitLab self-managed must publish them).',
  }),
  '90002': (_facts, context) => ({
    message: `Tenant '${context.tenant}' does not exist at ${context.loginHost}`,
    hint:
      'Check the input `tenant` (the Directory (tenant) ID GUID or a verified domain such as contoso.onmicrosoft.com) ' +
      `and the input \`cloud\`: a tenant exists in the Entra ID of one cloud only (${loginHostsOfClouds()}).${domainHint(context)}`,
  }),
  '900382': explainCrossCloud,
  '7000222': (_facts, context) => ({
    message: `The credential of app ${context.appId} has expired`,
    hint: 'Create a new credential, register it on the app under Certificates & secrets, and update the secret that holds it.',
  }),
  '50049': (_facts, context) => ({
    message: `The authority https://${context.loginHost}/${context.tenant} is not valid`,
    hint: 'Check the input `tenant` (a GUID or domain, not a URL) and the input `cloud`.',
  }),
  '500011': (facts, context) => {
    const resource = /principal named (\S+)/i.exec(facts.description)?.[1];
    return {
      message: `Tenant '${context.tenant}' has no service principal for the resource${resource ? ` ${resource}` : ''}`,
      hint:
        "The resource does not exist in this tenant, so no app-only token can be issued for it: check the SharePoint URL " +
        '(`spo-url` or the command\'s URL must be the tenant\'s own <tenant>.sharepoint.com) and that the service is ' +
        'provisioned in the tenant and this cloud.',
    };
  },
  '7000215': (_facts, context) => ({
    message: `Entra ID rejected a client secret for app ${context.appId}`,
    hint: 'This action signs in with a certificate or a federated credential, never a client secret: set `certificate` or use federated sign-in.',
  }),
  '65001': explainConsent,
};

// ----------------------------------------------------------------------------------------------------------- network

function explainNetwork(facts: ErrorFacts, context: AadstsContext, error: unknown): ActionError {
  const detail = facts.description.replace(/^Network request to \S+ failed: /, '');
  return new ActionError(`Could not reach Entra ID at https://${context.loginHost}: ${detail}`, {
    hint: networkHint(detail),
    code: 'network_error',
    cause: error,
  });
}

function networkHint(detail: string): string {
  if (/certificate|self[- ]signed|UNABLE_TO_VERIFY|CERT_|unable to get local issuer/i.test(detail)) {
    return (
      'TLS failed: a proxy or firewall that inspects HTTPS presents its own certificate. Give its CA certificate (PEM) ' +
      'with the environment variable NODE_EXTRA_CA_CERTS.'
    );
  }
  if (/\b407\b|proxy auth/i.test(detail)) {
    return 'The proxy wants credentials: put them in HTTPS_PROXY (http://user:password@proxy:port), from a secret.';
  }
  return (
    'A self-hosted runner behind a proxy needs HTTPS_PROXY (and NO_PROXY for internal hosts); a proxy that inspects ' +
    'HTTPS also needs its CA in NODE_EXTRA_CA_CERTS. Check that the runner can resolve and reach the login host.'
  );
}
