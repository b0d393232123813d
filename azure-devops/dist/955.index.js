export const id = 955;
export const ids = [955];
export const modules = {

/***/ 4270:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   iC: () => (/* binding */ hasTransientAadstsCode),
/* harmony export */   y6: () => (/* binding */ explainAuthError)
/* harmony export */ });
/* unused harmony export TRANSIENT_AADSTS_CODES */
/* harmony import */ var _clouds_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(157);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8992);



/**
 * Turns a failed token request (an msal-node error, an OAuth error body or anything thrown) into an ActionError that
 * says what to do. Never includes an assertion or token: JWT-looking text is removed from Entra ID's description.
 */
function explainAuthError(error, context) {
    // Our own refusal from inside msal's assertion callback (a platform token that cannot work) already says what to do.
    const own = ownErrorIn(error);
    if (own)
        return own;
    const facts = readFacts(error);
    if (facts.error === 'network_error' && !facts.code)
        return explainNetwork(facts, context, error);
    const explainer = facts.code ? explainerOf(facts.code, facts.description) : undefined;
    if (explainer) {
        const { message, hint } = explainer(facts, context);
        const said = facts.description ? `\nEntra ID said: ${facts.description}` : '';
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionError */ .lZ(`${message} (AADSTS${facts.code})`, {
            hint: hint + said,
            code: `AADSTS${facts.code}`,
            cause: error,
        });
    }
    return explainUnknown(facts, context, error);
}
/** An ActionError of ours in the chain msal may have wrapped around it (not msal's own AuthError). */
function ownErrorIn(error) {
    for (let e = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
        if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionError */ .lZ)
            return e;
    }
    return undefined;
}
function explainerOf(code, description) {
    if (EXPLAINERS[code])
        return EXPLAINERS[code];
    if (TRANSIENT_AADSTS_CODES.has(code))
        return explainTransient;
    // Consent errors come with several codes (65001, 65004, 650057…); the description says "consent".
    if (/consent/i.test(description))
        return explainConsent;
    return undefined;
}
function explainUnknown(facts, context, error) {
    const who = `Sign-in to tenant '${context.tenant}' as app ${context.appId} failed`;
    if (facts.code) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionError */ .lZ(`${who} (AADSTS${facts.code}): ${facts.description}`, {
            hint: `Look the code up at https://login.microsoftonline.com/error?code=${facts.code}.`,
            code: `AADSTS${facts.code}`,
            cause: error,
        });
    }
    const what = facts.error && !facts.description.startsWith(facts.error) ? `${facts.error}: ` : '';
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionError */ .lZ(`${who}: ${what}${facts.description || 'unknown error'}`, { cause: error, code: facts.error });
}
// ------------------------------------------------------------------------------------------------------ transient codes
/**
 * AADSTS codes that Entra ID's error reference marks as transient — "temporarily unavailable", "try again", a time-out
 * on its side: RetryableError (50033), SasRetryableError (50087), ExternalServerRetryableError (90006), RequestTimeout
 * (90012), RequestBudgetExceededError (90024), MsodsServiceUnavailable (90033), GraphRetryableError (90090). Retrying
 * anything else (a wrong certificate, a missing consent) only repeats the failure.
 */
const TRANSIENT_AADSTS_CODES = new Set(['50033', '50087', '90006', '90012', '90024', '90033', '90090']);
/** True when a token endpoint's answer (an OAuth error body) carries an AADSTS code that Entra ID marks as transient. */
function hasTransientAadstsCode(body) {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (!text.includes('error'))
        return false;
    let json;
    try {
        json = JSON.parse(text);
    }
    catch {
        return false;
    }
    if (!isRecord(json))
        return false;
    const codes = Array.isArray(json.error_codes) ? json.error_codes.map(String) : [];
    const described = typeof json.error_description === 'string' ? /AADSTS(\d+)/.exec(json.error_description)?.[1] : undefined;
    return [...codes, described].some((code) => code !== undefined && TRANSIENT_AADSTS_CODES.has(code));
}
const explainTransient = (_facts, context) => ({
    message: `Entra ID was temporarily unavailable for tenant '${context.tenant}' and still was after retries`,
    hint: 'The failure is on the side of Entra ID and was retried with backoff: re-run the job later; if it lasts, check the service health of Microsoft Entra ID.',
});
// ------------------------------------------------------------------------------------------------------ reading facts
function readFacts(error) {
    const record = isRecord(error) ? error : {};
    const error_ = stringOf(record.errorCode) ?? stringOf(record.error);
    // msal's ServerError: errorMessage = "Error(s): 700027 - Timestamp: … - Description: AADSTS700027: … - Correlation ID…"
    const raw = stringOf(record.error_description) ??
        stringOf(record.errorMessage) ??
        (error instanceof Error ? error.message : typeof error === 'string' ? error : '');
    const description = cleanDescription(raw);
    const numeric = error_ && /^\d+$/.test(error_.split(' ')[0] ?? '') ? error_.split(' ')[0] : undefined;
    const errorCodes = Array.isArray(record.error_codes) ? record.error_codes : [];
    const code = stringOf(record.errorNo) ??
        (errorCodes.length > 0 ? String(errorCodes[0]) : undefined) ??
        /AADSTS(\d+)/.exec(raw)?.[1] ??
        numeric;
    return { code, error: numeric ? undefined : error_, description };
}
function cleanDescription(raw) {
    const described = /Description: ([\s\S]*?)(?: - Correlation ID:|$)/.exec(raw)?.[1] ?? raw;
    const firstLine = described
        .split(/\r?\n/)
        .map((line) => line.trim())
        .find((line) => line !== '' && !/^(Trace ID|Correlation ID|Timestamp):/i.test(line)) ?? '';
    // Entra ID's text is echoed into errors and the summary: one bounded line.
    return (0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .boundEcho */ .E0)(redactJwts(firstLine), 1_000);
}
/** Anything shaped like a JWT (three base64url parts, the first two starting with `eyJ`) is removed. */
function redactJwts(text) {
    return text.replace(/eyJ[A-Za-z0-9_-]*\.eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*/g, '[token removed]');
}
function isRecord(value) {
    return typeof value === 'object' && value !== null;
}
function stringOf(value) {
    return typeof value === 'string' && value !== '' ? value : undefined;
}
// ------------------------------------------------------------------------------------------------------- explanations
const FEDERATED_PLACE = 'Certificates & secrets > Federated credentials';
function audienceOf(context) {
    const aud = context.platformClaims?.aud;
    return Array.isArray(aud) ? aud.join(', ') : aud;
}
/** The exact credential to register, or where to find the claims when they are not known. */
function registerHint(context) {
    const claims = context.platformClaims;
    if (!claims?.iss || !claims.sub) {
        return (`Add a federated credential on app ${context.appId} (${FEDERATED_PLACE}) whose issuer, subject and audience are ` +
            "exactly those of the platform token (the action logs them before the exchange as 'iss', 'sub' and 'aud').");
    }
    const workflow = claims.job_workflow_ref ? ` (workflow ${claims.job_workflow_ref})` : '';
    return (`Add a federated credential on app ${context.appId} (${FEDERATED_PLACE}) with exactly: issuer '${claims.iss}', ` +
        `subject identifier '${claims.sub}'${workflow}, audience '${audienceOf(context) ?? 'api://AzureADTokenExchange'}'.`);
}
function noMatch(part) {
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
function audienceOfAnotherCloud(context) {
    const { cloud } = context;
    const presented = audienceOf(context);
    if (!cloud || !presented || presented === cloud.tokenExchangeAudience)
        return undefined;
    const others = (0,_clouds_js__WEBPACK_IMPORTED_MODULE_0__/* .cloudsOfAudience */ .G)(presented);
    if (others.length === 0 && cloud.tokenExchangeAudience === _clouds_js__WEBPACK_IMPORTED_MODULE_0__/* .CLOUDS */ .JJ.Public.tokenExchangeAudience)
        return undefined;
    const whose = others.length > 0 ? ` (that of ${(0,_clouds_js__WEBPACK_IMPORTED_MODULE_0__/* .listClouds */ .DQ)(others, 'and')})` : '';
    return `${whose}; cloud ${cloud.name} (${cloud.label}) expects '${cloud.tokenExchangeAudience}'`;
}
/** "; in cloud USGovHigh a service connection's token comes from 'https://login.microsoftonline.us/…/v2.0'", for an Entra issuer of another cloud. */
function issuerOfAnotherCloud(context) {
    const { cloud } = context;
    const issuer = context.platformClaims?.iss;
    const others = issuer ? (0,_clouds_js__WEBPACK_IMPORTED_MODULE_0__/* .cloudsOfEntraIssuer */ .nj)(issuer) : [];
    if (!cloud || !issuer || others.length === 0 || others.includes(cloud.name))
        return undefined;
    const tenant = /^https:\/\/[^/]+\/([^/]+)\/v2\.0/i.exec(issuer)?.[1] ?? context.tenant;
    return ` (the Entra ID of ${(0,_clouds_js__WEBPACK_IMPORTED_MODULE_0__/* .listClouds */ .DQ)(others, 'and')}); in cloud ${cloud.name} Entra ID issues such tokens as '${(0,_clouds_js__WEBPACK_IMPORTED_MODULE_0__/* .entraIssuerOf */ .nX)(cloud, tenant)}'`;
}
function issuerHint(context) {
    const cloud = context.cloud ?? _clouds_js__WEBPACK_IMPORTED_MODULE_0__/* .CLOUDS */ .JJ.Public;
    return (`An Azure DevOps service connection's token comes from the Entra ID of its Azure environment: use a service ` +
        `connection of ${cloud.azureEnvironment} for cloud ${cloud.name}, or set the input \`cloud\` to the connection's. Or: `);
}
const githubIssuer = 'https://token.actions.githubusercontent.com';
/**
 * A wrong audience is almost always asked for, not registered: on GitHub the action asks for the input `audience`;
 * elsewhere whatever wrote the token chose it. Say where it comes from before offering to register it.
 */
function audienceHint(context) {
    const expected = 'Federated credentials normally list api://AzureADTokenExchange (api://AzureADTokenExchangeUSGov for the clouds ' +
        'USGovHigh and USGovDoD, api://AzureADTokenExchangeChina for China). ';
    const cloudAudience = (context.cloud ?? _clouds_js__WEBPACK_IMPORTED_MODULE_0__/* .CLOUDS */ .JJ.Public).tokenExchangeAudience;
    if (context.platformClaims?.iss === githubIssuer) {
        if (context.audience?.source === 'cloud') {
            return (expected +
                `The action asked GitHub for the audience of cloud ${context.cloud?.name ?? 'Public'}, ${cloudAudience}: list it on the ` +
                'federated credential, or set the input `audience` to an audience the credential lists. Or: ');
        }
        return (expected +
            `The action asks GitHub for the audience of its input \`audience\`: remove the input (default ${cloudAudience}) ` +
            'or set it to an audience of the credential. Or: ');
    }
    if (context.platformKind === 'azure-devops') {
        const cloud = context.cloud ?? _clouds_js__WEBPACK_IMPORTED_MODULE_0__/* .CLOUDS */ .JJ.Public;
        return (expected +
            `A service connection's token carries the audience of its Azure environment: for cloud ${cloud.name} use a service ` +
            `connection of ${cloud.azureEnvironment}, whose credential lists ${cloudAudience}. Or: `);
    }
    return (expected +
        "Configure whatever writes the platform token to ask for the credential's audience (GitLab: `id_tokens: <name>: aud:`; " +
        "Kubernetes: the projected service account token's audience). Or: ");
}
const explainNoFederatedMatch = (_facts, context) => ({
    message: `No federated credential of app ${context.appId} matches the platform token`,
    hint: registerHint(context),
});
/**
 * Which claim Entra ID names in its description. Its wording names the part ("presented assertion subject '…'. The
 * subject matches with case-insensitive comparison…") and then always adds "Check your federated identity credential
 * Subject, Audience and Issuer…", so a bare search for "audience" would pick that generic sentence.
 */
function claimPartOf(description) {
    const named = /presented assertion (issuer|subject|audience)\b/i.exec(description)?.[1] ??
        /\b(issuer|subject|audience) match(?:es|ed)\b/i.exec(description)?.[1];
    if (named)
        return named.toLowerCase();
    const specific = description.replace(/Check your federated identity credential[^.]*\./gi, '');
    return /\baudience\b/i.test(specific) ? 'audience' : /\bissuer\b/i.test(specific) ? 'issuer' : 'subject';
}
/** AADSTS7002138: a credential matches only when case is ignored. Find which part differs in case. */
const explainCaseMismatch = (facts, context) => {
    const part = claimPartOf(facts.description);
    const claims = context.platformClaims;
    const value = part === 'issuer' ? claims?.iss : part === 'subject' ? claims?.sub : audienceOf(context);
    return {
        message: `A federated credential of app ${context.appId} matches the platform token's ${part}` +
            `${value ? ` '${value}'` : ''} only when upper/lower case is ignored`,
        hint: `Entra ID compares issuer, subject and audience case-sensitively (repository, organisation and branch names ` +
            `included). Change the credential's ${part} to exactly${value ? ` '${value}'` : ' the value in the platform token'}. ` +
            registerHint(context),
    };
};
const explainConsent = (_facts, context) => ({
    message: `App ${context.appId} has no admin consent for its application permissions in tenant '${context.tenant}'`,
    hint: `An administrator of the tenant must grant admin consent: in the app registration, API permissions > Grant admin ` +
        `consent, or https://${context.loginHost}/${context.tenant}/adminconsent?client_id=${context.appId}.`,
});
/** "Public and USGov sign in at login.microsoftonline.com, USGovHigh and USGovDoD at login.microsoftonline.us, China at …". */
function loginHostsOfClouds() {
    const hosts = [...new Set(_clouds_js__WEBPACK_IMPORTED_MODULE_0__/* .CLOUD_NAMES */ .vD.map((name) => _clouds_js__WEBPACK_IMPORTED_MODULE_0__/* .CLOUDS */ .JJ[name].loginHost))];
    return hosts
        .map((host, index) => `${(0,_clouds_js__WEBPACK_IMPORTED_MODULE_0__/* .listClouds */ .DQ)((0,_clouds_js__WEBPACK_IMPORTED_MODULE_0__/* .cloudsOfLoginHost */ .d0)(host), 'and')} ${index === 0 ? 'sign in ' : ''}at ${host}`)
        .join(', ');
}
/** The clouds whose tenants have this initial domain suffix, when the tenant is given by such a domain. */
const INITIAL_DOMAINS = [
    [/\.onmicrosoft\.com$/i, ['Public', 'USGov']],
    [/\.onmicrosoft\.us$/i, ['USGovHigh', 'USGovDoD']],
    [/\.(partner\.)?onmschina\.cn$/i, ['China']],
];
/** " 'contoso.onmicrosoft.us' is the initial domain of a tenant of USGovHigh or USGovDoD.", when the domain says. */
function domainHint(context) {
    const clouds = INITIAL_DOMAINS.find(([pattern]) => pattern.test(context.tenant))?.[1];
    const current = context.cloud?.name;
    if (!clouds || (current !== undefined && clouds.includes(current)))
        return '';
    return ` '${context.tenant}' is the initial domain of a tenant of ${(0,_clouds_js__WEBPACK_IMPORTED_MODULE_0__/* .listClouds */ .DQ)(clouds)}.`;
}
/**
 * AADSTS900382: the worldwide and US Government directories know each other's tenants but refuse to sign an app in
 * across them. So the tenant is in the other one of the pair: name it.
 */
const explainCrossCloud = (_facts, context) => {
    const here = context.cloud ? [context.cloud.name] : (0,_clouds_js__WEBPACK_IMPORTED_MODULE_0__/* .cloudsOfLoginHost */ .d0)(context.loginHost);
    const there = _clouds_js__WEBPACK_IMPORTED_MODULE_0__/* .CLOUD_NAMES */ .vD.filter((name) => _clouds_js__WEBPACK_IMPORTED_MODULE_0__/* .CLOUDS */ .JJ[name].loginHost !== context.loginHost && name !== 'China');
    const hereText = here.length ? `${(0,_clouds_js__WEBPACK_IMPORTED_MODULE_0__/* .listClouds */ .DQ)(here, 'and')} (${context.loginHost})` : context.loginHost;
    const thereHost = there.length ? _clouds_js__WEBPACK_IMPORTED_MODULE_0__/* .CLOUDS */ .JJ[there[0]].loginHost : '';
    return {
        message: `Tenant '${context.tenant}' belongs to another cloud than ${hereText}: Entra ID refuses an app's sign-in across clouds`,
        hint: `The tenant is in ${(0,_clouds_js__WEBPACK_IMPORTED_MODULE_0__/* .listClouds */ .DQ)(there)}, whose Entra ID is at ${thereHost}: set the input \`cloud\` to ${(0,_clouds_js__WEBPACK_IMPORTED_MODULE_0__/* .listClouds */ .DQ)(there)}. ` +
            `The app, its certificate or federated credential and its permissions belong to that cloud's Entra ID.`,
    };
};
const EXPLAINERS = {
    '700016': (_facts, context) => ({
        message: `Entra ID found no app ${context.appId} in tenant '${context.tenant}'`,
        hint: 'Check the input `app-id` (Application (client) ID on the app\'s Overview page) and `tenant`. A single-tenant ' +
            'app exists only in the tenant it was registered in: use that tenant. A multi-tenant app must first be consented ' +
            `to in '${context.tenant}' by an administrator.`,
    }),
    '700027': (_facts, context) => context.method === 'certificate' && context.thumbprintSha1
        ? {
            message: `The certificate in use (SHA-1 thumbprint ${context.thumbprintSha1.toUpperCase()}) is not registered on app ${context.appId}`,
            hint: `Upload the public part of this certificate (.cer/.crt, never the PFX) to the app registration under ` +
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
        hint: context.method === 'federated'
            ? "The platform token expired before the exchange (they live about 5-10 minutes), or the runner's clock is " +
                'off. A token file must be refreshed by its writer; otherwise check the time synchronisation of the runner.'
            : "The runner's clock is wrong: check its time synchronisation (NTP).",
    }),
    '50166': (_facts, context) => ({
        message: "Entra ID could not fetch the signing keys of the platform token's issuer",
        hint: `The issuer ${context.platformClaims?.iss ? `'${context.platformClaims.iss}' ` : ''}must serve ` +
            '/.well-known/openid-configuration and its jwks_uri publicly on the internet over HTTPS (a self-hosted issuer ' +
            'such as a Kubernetes cluster or GitLab self-managed must publish them).',
    }),
    '90002': (_facts, context) => ({
        message: `Tenant '${context.tenant}' does not exist at ${context.loginHost}`,
        hint: 'Check the input `tenant` (the Directory (tenant) ID GUID or a verified domain such as contoso.onmicrosoft.com) ' +
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
            hint: "The resource does not exist in this tenant, so no app-only token can be issued for it: check the SharePoint URL " +
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
function explainNetwork(facts, context, error) {
    const detail = facts.description.replace(/^Network request to \S+ failed: /, '');
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionError */ .lZ(`Could not reach Entra ID at https://${context.loginHost}: ${detail}`, {
        hint: networkHint(detail),
        code: 'network_error',
        cause: error,
    });
}
function networkHint(detail) {
    if (/certificate|self[- ]signed|UNABLE_TO_VERIFY|CERT_|unable to get local issuer/i.test(detail)) {
        return ('TLS failed: a proxy or firewall that inspects HTTPS presents its own certificate. Give its CA certificate (PEM) ' +
            'with the environment variable NODE_EXTRA_CA_CERTS.');
    }
    if (/\b407\b|proxy auth/i.test(detail)) {
        return 'The proxy wants credentials: put them in HTTPS_PROXY (http://user:password@proxy:port), from a secret.';
    }
    return ('A self-hosted runner behind a proxy needs HTTPS_PROXY (and NO_PROXY for internal hosts); a proxy that inspects ' +
        'HTTPS also needs its CA in NODE_EXTRA_CA_CERTS. Check that the runner can resolve and reach the login host.');
}


/***/ }),

/***/ 8549:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bd: () => (/* binding */ isHttpStatus),
/* harmony export */   e7: () => (/* binding */ toHttpError),
/* harmony export */   j$: () => (/* binding */ HttpError),
/* harmony export */   mv: () => (/* binding */ shortUrl),
/* harmony export */   ux: () => (/* binding */ accessHint)
/* harmony export */ });
/* unused harmony exports statusText, readErrorBody */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _lazy_builtins_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2334);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8992);



/** Longest service-provided text kept in a message: error bodies can be whole HTML pages. */
const MAX_DETAIL_LENGTH = 500;
/** Longest service error code kept (they are short; a longer one is not a code). */
const MAX_CODE_LENGTH = 100;
/** Longest URL (origin and path) shown in a message: a path can come from tenant data or a redirect. */
const MAX_URL_LENGTH = 300;
/**
 * The URL as shown in messages: origin and path, without query or fragment (they can be long and add little to a
 * message; debug logs show them).
 */
function shortUrl(url) {
    try {
        const parsed = new URL(url);
        return (0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .boundEcho */ .E0)(`${parsed.origin}${parsed.pathname}`, MAX_URL_LENGTH);
    }
    catch {
        return '(invalid URL)';
    }
}
/** The reason phrase of a status code, e.g. "Not Found". */
function statusText(status) {
    return (0,_lazy_builtins_js__WEBPACK_IMPORTED_MODULE_1__/* .nodeHttp */ .L)().STATUS_CODES[status] ?? 'Unknown Status';
}
/**
 * A service answered with an error status. `status` is the HTTP status and `code` the service's own error code (Graph's
 * `Request_ResourceNotFound`, SharePoint's `-2130575338, Microsoft.SharePoint.SPException`), kept apart so that a
 * command can ask "was it a 404?" without reading the message.
 */
class HttpError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ {
    status;
    /** The resource whose token was attached, if any. */
    resource;
    constructor(message, options) {
        super(message, options);
        this.name = 'HttpError';
        this.status = options.status;
        this.resource = options.resource;
    }
}
/** True when `error` is a service's answer with this HTTP status. */
function isHttpStatus(error, ...statuses) {
    return error instanceof HttpError && statuses.includes(error.status);
}
/**
 * Turns an error response into an HttpError a person can act on: the service's own message first, then which request
 * got which status; the hint depends on the status.
 */
function toHttpError(response, context = {}) {
    const parsed = readErrorBody(response);
    const detail = parsed.detail ?? fallbackDetail(response);
    const where = `${response.method.toUpperCase()} ${shortUrl(response.url)} returned ${response.status} ${statusText(response.status)}`;
    return new HttpError(`${detail} (${where})`, {
        status: response.status,
        code: parsed.code,
        hint: hintFor(response, context),
        resource: context.resource,
    });
}
/** Reads the Graph, SharePoint (nometadata/minimal and verbose) and Entra ID error shapes. */
function readErrorBody(response) {
    const json = parseJson(response.body);
    if (!isRecord(json))
        return {};
    const spo = json['odata.error'];
    if (isRecord(spo))
        return fromCodeAndMessage(spo, false);
    const error = json.error;
    if (isRecord(error))
        return fromCodeAndMessage(error, true);
    if (typeof error === 'string') {
        const description = typeof json.error_description === 'string' ? firstLine(json.error_description) : undefined;
        const code = cleanCode(error);
        return { code, detail: description ? `${code}: ${description}` : code };
    }
    if (typeof json.message === 'string')
        return { detail: clean(json.message) };
    return {};
}
/**
 * Graph: `{ code, message: "text" }` → "code: text". SharePoint: `{ code, message: { value } }` → "value" (its codes
 * look like "-2147024891, System.UnauthorizedAccessException": useful as `code`, noise in the message).
 */
function fromCodeAndMessage(error, codeInMessage) {
    const code = typeof error.code === 'string' && error.code !== '' ? cleanCode(error.code) : undefined;
    const message = error.message;
    if (isRecord(message) && typeof message.value === 'string')
        return { code, detail: clean(message.value) };
    if (typeof message === 'string' && message !== '') {
        const text = clean(message);
        return { code, detail: codeInMessage && code ? `${code}: ${text}` : text };
    }
    return { code, detail: code };
}
/** Plain text or HTML (proxies, gateways): the status text and the first meaningful line. */
function fallbackDetail(response) {
    const reason = statusText(response.status);
    const fromHeader = wwwAuthenticateDescription(response.headers);
    if (fromHeader)
        return `${reason}: ${fromHeader}`;
    // The head of the body is enough for a title or a first line; a gateway's page can be large.
    const text = response.body.subarray(0, 64 * 1024).toString('utf8');
    const line = firstLine(looksLikeHtml(text) ? htmlText(text) : text);
    return line ? `${reason}: ${line}` : reason;
}
/** `Bearer error="invalid_token", error_description="..."` → the description (Graph sends 401s like this). */
function wwwAuthenticateDescription(headers) {
    const match = /error_description="([^"]*)"/i.exec(headers['www-authenticate'] ?? '');
    return match?.[1] ? clean(match[1]) : undefined;
}
function hintFor(response, context) {
    return response.status === 404
        ? 'Check the URL and the id or name in it: nothing was found there (or the app cannot see it).'
        : accessHint(response.status, context);
}
/** The hint of a refused request (401, 403): what the token must carry, with the command's permissions when known. */
function accessHint(status, context) {
    const audience = context.resource?.audience;
    const permissions = context.permissions || undefined;
    switch (status) {
        case 401:
            return (`The token was not accepted: check that it was issued for ${audience ?? 'the resource of this URL'} and that ` +
                `the app has the application permission${permissions ? ` ${permissions}` : 's this command needs'} with admin consent.`);
        case 403:
            return forbiddenHint(context, permissions);
        default:
            return undefined;
    }
}
function forbiddenHint(context, permissions) {
    const need = permissions
        ? `The app needs the application permission ${permissions}`
        : 'The app lacks the application permission this request needs';
    const base = `${need} (not a delegated one) with admin consent granted in Entra ID (App registrations > API permissions).`;
    if (context.resource?.kind !== 'sharepoint')
        return base;
    return (`${base} SharePoint refuses app-only tokens obtained with a client secret (this action uses a certificate or ` +
        `federated credential, which it accepts). With Sites.Selected, grant the app access to this site ` +
        `(Graph POST /sites/{site-id}/permissions).`);
}
function parseJson(body) {
    if (body.length === 0)
        return undefined;
    try {
        return JSON.parse(body.toString('utf8'));
    }
    catch {
        return undefined;
    }
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function looksLikeHtml(text) {
    return /^\s*(<!doctype html|<html|<head|<body|<\?xml)/i.test(text);
}
/** The <title>, else the text without tags: good enough for a gateway's error page. */
function htmlText(html) {
    const title = /<title[^>]*>([^<]*)<\/title>/i.exec(html)?.[1];
    if (title?.trim())
        return title;
    return html
        .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, '')
        .replace(/<[^>]*>/g, '\n')
        .replace(/&nbsp;/g, ' ');
}
function firstLine(text) {
    const line = text.slice(0, 64 * 1024).split(/\r\n|\r|\n/).find((l) => l.trim() !== '') ?? '';
    return clean(line);
}
/**
 * One line (service text must never start a new log line), trimmed and capped at a space. Only the head of a long text
 * is looked at, so that a 100 MB error body costs no 100 MB copies.
 */
function clean(text) {
    const head = text.length > MAX_DETAIL_LENGTH * 2 ? text.slice(0, MAX_DETAIL_LENGTH * 2) : text;
    const single = head.replace(/[\r\n]+/g, ' ').trim();
    return single.length > MAX_DETAIL_LENGTH || head.length < text.length ? `${shortenAtSpace(single)}…` : single;
}
/** A service's error code on one line, capped: codes are short, a longer one is not a code. */
function cleanCode(code) {
    const single = code.slice(0, MAX_CODE_LENGTH + 1).replace(/[\r\n]+/g, ' ').trim();
    return single.length > MAX_CODE_LENGTH ? `${single.slice(0, MAX_CODE_LENGTH)}…` : single;
}
function shortenAtSpace(text) {
    if (text.length <= MAX_DETAIL_LENGTH)
        return text;
    const cut = text.lastIndexOf(' ', MAX_DETAIL_LENGTH);
    return cut > MAX_DETAIL_LENGTH / 2 ? text.slice(0, cut) : text.slice(0, MAX_DETAIL_LENGTH);
}


/***/ }),

/***/ 8902:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LH: () => (/* binding */ withRetries),
/* harmony export */   Xo: () => (/* binding */ formatSeconds),
/* harmony export */   _E: () => (/* binding */ cancellationError),
/* harmony export */   cY: () => (/* binding */ SIGN_IN_RETRY_STATUSES),
/* harmony export */   ky: () => (/* binding */ isIdempotent),
/* harmony export */   mh: () => (/* binding */ SIGN_IN_RETRY_POLICY),
/* harmony export */   wV: () => (/* binding */ CANCELLED_CODE)
/* harmony export */ });
/* unused harmony exports DEFAULT_RETRY_POLICY, API_RETRY_STATUSES, abortReason, isTransientError, retryAfterMs */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);

const DEFAULT_RETRY_POLICY = {
    maxAttempts: 5,
    maxTotalWaitMs: 60_000,
    baseDelayMs: 500,
    maxDelayMs: 30_000,
};
/**
 * Bounds of sign-in requests (the token endpoint, the platform OIDC endpoints): fewer and shorter waits than API
 * requests, as a sign-in that fails for a minute is better reported than waited for.
 */
const SIGN_IN_RETRY_POLICY = {
    maxAttempts: 4,
    maxTotalWaitMs: 30_000,
    baseDelayMs: 1_000,
    maxDelayMs: 8_000,
};
/** Statuses retried for API requests: 429 and 503 (not processed) always, 504 when the request is idempotent. */
const API_RETRY_STATUSES = new Set([429, 503, 504]);
/**
 * Statuses retried for sign-in requests: a token request has no effect to repeat, so every transient server failure is
 * worth another try.
 */
const SIGN_IN_RETRY_STATUSES = new Set([429, 500, 502, 503, 504]);
/** Connection failures worth another try (the transport keeps the system or undici code on its ActionError). */
const TRANSIENT_CODES = new Set([
    'ECONNRESET',
    'EPIPE',
    'ETIMEDOUT',
    'EAI_AGAIN',
    'UND_ERR_SOCKET',
    'UND_ERR_CONNECT_TIMEOUT',
]);
/** Statuses where the service said it did not process the request: safe to retry even a POST. */
const NOT_PROCESSED_STATUSES = new Set([429, 503]);
const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);
/** HTTP's idempotent methods; POST, PATCH and others only when the caller says so. */
function isIdempotent(method, markedIdempotent = false) {
    return markedIdempotent || IDEMPOTENT_METHODS.has(method.toUpperCase());
}
/**
 * Runs `attempt` until it gives a response that is not worth retrying, within the policy's bounds. Retries the target's
 * statuses (429 and 503 always; 504 and connection resets/timeouts only when the request is idempotent). Waits
 * Retry-After when the service sends it, else exponential backoff with full jitter. A loop, not recursion. The last
 * retryable response or error ends in an ActionError saying how many attempts were made over how long (or, with
 * `onExhausted: 'return'`, the last response is returned). The policy's signal stops it between attempts.
 */
async function withRetries(attempt, target, policy = {}) {
    const p = resolvePolicy(policy);
    const start = p.now();
    let waited = 0;
    for (let n = 1;; n++) {
        if (p.signal?.aborted)
            throw cancellationError(p.signal, target.description);
        const outcome = await settle(attempt);
        if (!shouldRetry(outcome, target))
            return unwrap(outcome, target);
        const remaining = p.maxTotalWaitMs - waited;
        if (n >= p.maxAttempts || remaining <= 0) {
            return giveUp(outcome, target, `after ${plural(n, 'attempt')} over ${formatSeconds(p.now() - start)}`);
        }
        const retryAfter = outcome.response ? retryAfterMs(outcome.response.headers, p.now()) : undefined;
        if (retryAfter !== undefined && retryAfter > remaining) {
            return giveUp(outcome, target, `after ${plural(n, 'attempt')}: the service asked to wait ${formatSeconds(retryAfter)}, ` +
                `more than the ${formatSeconds(remaining)} left of the ${formatSeconds(p.maxTotalWaitMs)} retry budget`);
        }
        // The service's Retry-After is honoured in full (within the budget, checked above); only our own backoff is capped.
        const delay = Math.min(retryAfter ?? Math.min(backoffMs(n, p), p.maxDelayMs), remaining);
        await sleepUnlessAborted(p, delay, target.description);
        waited += delay;
    }
}
/** The response itself in 'return' mode; else the ActionError saying how it was tried. */
function giveUp(outcome, target, how) {
    if (outcome.response && target.onExhausted === 'return')
        return outcome.response;
    throw exhausted(outcome, target, how);
}
/** Waits, unless the signal fires first: then throws the cancellation error at once. */
async function sleepUnlessAborted(p, ms, what) {
    const signal = p.signal;
    if (!signal)
        return p.sleep(ms);
    let onAbort;
    const aborted = new Promise((_, reject) => {
        onAbort = () => reject(cancellationError(signal, what));
        signal.addEventListener('abort', onAbort, { once: true });
    });
    try {
        await Promise.race([p.sleep(ms), aborted]);
    }
    finally {
        if (onAbort)
            signal.removeEventListener('abort', onAbort);
    }
}
/** The code of a request stopped by the run's signal (never retried). */
const CANCELLED_CODE = 'ECANCELLED';
/**
 * Why the run's signal fired, for messages. `AbortSignal.timeout()` (a TimeoutError) is the run's deadline; a reason
 * given as a string or an Error is used as it is (e.g. `controller.abort('the run was cancelled (SIGTERM)')`); anything
 * else reads as a cancellation.
 */
function abortReason(signal) {
    const reason = signal.reason;
    if (reason instanceof Error && reason.name === 'TimeoutError')
        return 'the deadline of the run passed';
    if (typeof reason === 'string' && reason.trim() !== '')
        return reason.trim();
    if (reason instanceof Error && reason.name !== 'AbortError' && reason.message)
        return reason.message;
    return 'the run was cancelled';
}
/** "GET https://… was stopped: the run was cancelled" — an ActionError with code ECANCELLED, never retried. */
function cancellationError(signal, what, cause) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`${what} was stopped: ${abortReason(signal)}`, {
        code: CANCELLED_CODE,
        hint: 'Requests already answered kept their effect; nothing more was sent after this point.',
        cause,
    });
}
async function settle(attempt) {
    try {
        return { response: await attempt() };
    }
    catch (error) {
        return { error };
    }
}
function shouldRetry(outcome, target) {
    const { idempotent } = target;
    if (outcome.response) {
        const status = outcome.response.status;
        if ((target.statuses ?? API_RETRY_STATUSES).has(status) && (idempotent || NOT_PROCESSED_STATUSES.has(status)))
            return true;
        return idempotent && (target.isTransient?.(outcome.response) ?? false);
    }
    return idempotent && isTransientError(outcome.error);
}
/** True for a connection reset or timeout (by the code the transport keeps). */
function isTransientError(error) {
    return error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ && error.code !== undefined && TRANSIENT_CODES.has(error.code);
}
/** A response is returned as is; an error is rethrown, saying why a reset POST was not retried. */
function unwrap(outcome, target) {
    if (outcome.response)
        return outcome.response;
    const error = outcome.error;
    if (!target.idempotent && isTransientError(error) && error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`${error.message}; not retried: the request may already have been processed`, {
            code: error.code,
            hint: error.hint,
            cause: error,
        });
    }
    throw error;
}
function exhausted(outcome, target, how) {
    if (!outcome.response) {
        const error = outcome.error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ ? outcome.error : undefined;
        const reason = error ? error.message : String(outcome.error);
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`${reason} (still failing ${how})`, { code: error?.code, hint: error?.hint, cause: outcome.error });
    }
    const status = outcome.response.status;
    const state = status === 429 ? 'still throttled' : status === 503 ? 'still unavailable' : status === 504 ? 'still timing out' : 'still failing';
    const advice = status === 429 ? 'lower max-parallel or retry later' : 'retry later';
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`${target.description} ${state} (${status}) ${how}; ${advice}`, { code: String(status) });
}
/**
 * Retry-After as milliseconds from now: delta-seconds or an HTTP date (RFC 9110 §10.2.3). Undefined when absent or
 * unreadable (the caller then backs off on its own).
 */
function retryAfterMs(headers, now) {
    const value = headers['retry-after']?.trim();
    if (!value)
        return undefined;
    if (/^\d+$/.test(value))
        return Number(value) * 1000;
    const date = Date.parse(value);
    if (Number.isNaN(date))
        return undefined;
    return Math.max(0, date - now);
}
/** Full jitter: uniform in [0, min(max, base * 2^(n-1))). */
function backoffMs(attempt, p) {
    const ceiling = Math.min(p.maxDelayMs, p.baseDelayMs * 2 ** (attempt - 1));
    return Math.floor(p.random() * ceiling);
}
function resolvePolicy(policy) {
    const defined = Object.fromEntries(Object.entries(policy).filter(([, v]) => v !== undefined));
    return {
        ...DEFAULT_RETRY_POLICY,
        sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
        random: Math.random,
        now: Date.now,
        ...defined,
    };
}
/** "31 s", "1.5 s", "0 s". */
function formatSeconds(ms) {
    const s = ms / 1000;
    return `${s >= 10 || Number.isInteger(s) ? Math.round(s) : s.toFixed(1)} s`;
}
function plural(n, noun) {
    return `${n} ${noun}${n === 1 ? '' : 's'}`;
}


/***/ }),

/***/ 1517:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Le: () => (/* binding */ SIGN_IN_TIMEOUT_MS),
/* harmony export */   oO: () => (/* binding */ createTransport)
/* harmony export */ });
/* unused harmony exports DEFAULT_TIMEOUT_MS, DEFAULT_USER_AGENT, displayUrl, toTransportError */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8902);


/** Per API request, connecting and the whole response body included. */
const DEFAULT_TIMEOUT_MS = 100_000;
/** Per sign-in request (token endpoint, OIDC endpoints): they answer in well under a second when healthy. */
const SIGN_IN_TIMEOUT_MS = 30_000;
const DEFAULT_USER_AGENT = 'm365-action';
/**
 * The raw transport: sends one request, follows no redirect, attaches no token, checks no status. Connection failures
 * and timeouts become ActionErrors that keep the system code (`ECONNRESET`…) for the retry layer and say which of
 * HTTPS_PROXY / NO_PROXY / NODE_EXTRA_CA_CERTS to look at.
 */
function createTransport(options = {}) {
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const userAgent = options.userAgent ?? DEFAULT_USER_AGENT;
    // Chosen on first use, once: the proxy variables are read then (NO_PROXY is re-read per request by undici).
    let fetcher;
    const getFetch = () => (fetcher ??= chooseFetch(options.dispatcher));
    const run = options.signal;
    return {
        signal: run,
        async send(request) {
            const method = (request.method ?? 'GET').toUpperCase();
            const display = displayUrl(request.url);
            if (run?.aborted)
                throw (0,_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .cancellationError */ ._E)(run, `${method} ${display}`);
            const { headers, body } = encodeBody(request, userAgent);
            const limit = request.timeoutMs ?? timeoutMs;
            const started = Date.now();
            try {
                const fetch = await getFetch();
                const timeout = AbortSignal.timeout(limit);
                const signal = run ? AbortSignal.any([run, timeout]) : timeout;
                const response = await fetch(request.url, { method, headers, body, redirect: 'manual', signal });
                // Under the same signal: a body that stalls is a timeout too.
                const buffer = Buffer.from(await response.arrayBuffer());
                options.log?.debug(`HTTP ${method} ${display} → ${response.status} (${Date.now() - started} ms)`);
                return { status: response.status, headers: lowerCaseHeaders(response.headers), body: buffer };
            }
            catch (error) {
                // The run's signal first: a deadline made with AbortSignal.timeout() is a TimeoutError too, not ours.
                const failure = run?.aborted
                    ? (0,_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .cancellationError */ ._E)(run, `${method} ${display}`, error)
                    : toTransportError(error, method, request.url, limit);
                options.log?.debug(`HTTP ${method} ${display} failed after ${Date.now() - started} ms (${failure.code ?? 'error'})`);
                throw failure;
            }
        },
    };
}
const PROXY_VARIABLES = ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY'];
/**
 * Node's own fetch (undici inside Node, already loaded with Node) when no proxy is configured, as on GitHub-hosted
 * runners; the bundled undici with its EnvHttpProxyAgent when HTTPS_PROXY / HTTP_PROXY is set (it applies them and
 * NO_PROXY the way Node 24's own env proxy support does) or when a test passes a dispatcher. The bundled undici is
 * imported only then, which keeps it off the start-up path. TLS uses Node's default CAs, NODE_EXTRA_CA_CERTS included,
 * in every case.
 */
async function chooseFetch(dispatcher) {
    if (!dispatcher && !PROXY_VARIABLES.some((name) => process.env[name]))
        return globalThis.fetch;
    const undici = await __webpack_require__.e(/* import() */ 752).then(__webpack_require__.t.bind(__webpack_require__, 4371, 19));
    const chosen = dispatcher ?? createEnvProxyAgent(undici.EnvHttpProxyAgent);
    return ((url, init) => undici.fetch(url, { ...init, dispatcher: chosen }));
}
/**
 * undici 6 marks EnvHttpProxyAgent experimental with a process warning (code UNDICI-EHPA) on construction. On a
 * self-hosted runner behind a proxy that warning would land in every step's log and read like a fault of the step, so
 * exactly that one warning is held back while the agent is built; every other warning still goes through.
 */
function createEnvProxyAgent(EnvHttpProxyAgent) {
    const emitWarning = process.emitWarning;
    process.emitWarning = ((warning, ...rest) => {
        const options = rest[0];
        const code = typeof options === 'object' && options !== null ? options.code : rest[1];
        if (code === 'UNDICI-EHPA')
            return;
        emitWarning.call(process, warning, ...rest);
    });
    try {
        return new EnvHttpProxyAgent();
    }
    finally {
        process.emitWarning = emitWarning;
    }
}
function encodeBody(request, userAgent) {
    const headers = {};
    for (const [name, value] of Object.entries(request.headers ?? {}))
        headers[name.toLowerCase()] = value;
    headers['user-agent'] ??= userAgent;
    const value = request.body;
    if (value === undefined || value === null)
        return { headers };
    if (typeof value === 'string' || Buffer.isBuffer(value))
        return { headers, body: value };
    if (value instanceof Uint8Array)
        return { headers, body: Buffer.from(value) };
    headers['content-type'] ??= 'application/json';
    return { headers, body: JSON.stringify(value) };
}
function lowerCaseHeaders(headers) {
    const result = {};
    for (const [name, value] of headers)
        result[name.toLowerCase()] = value;
    return result;
}
/** Query parameters whose values are never logged, should a URL ever carry one. */
const SENSITIVE_PARAM = /(sig|token|secret|password|assertion|code|key)/i;
/** Longest URL shown in a log line or message: a URL can come from tenant data (a next link, a redirect). */
const MAX_DISPLAY_URL = 300;
/**
 * The URL for logs and messages: no user info, sensitive-looking query values replaced, no per-request ids, at most
 * MAX_DISPLAY_URL characters.
 */
function displayUrl(url) {
    const shown = sanitisedUrl(url);
    return shown.length > MAX_DISPLAY_URL ? `${shown.slice(0, MAX_DISPLAY_URL)}…` : shown;
}
function sanitisedUrl(url) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return '(invalid URL)';
    }
    parsed.username = '';
    parsed.password = '';
    // msal adds a fresh client-request-id to every token request: noise that would make equal failures look different.
    parsed.searchParams.delete('client-request-id');
    for (const name of [...parsed.searchParams.keys()]) {
        if (SENSITIVE_PARAM.test(name))
            parsed.searchParams.set(name, '***');
    }
    return parsed.href;
}
/** A proxy URL without its credentials, for hints. */
function proxyInUse() {
    const value = process.env.https_proxy ?? process.env.HTTPS_PROXY ?? process.env.http_proxy ?? process.env.HTTP_PROXY;
    if (!value)
        return undefined;
    try {
        const url = new URL(value);
        url.username = '';
        url.password = '';
        return url.origin;
    }
    catch {
        return value.replace(/\/\/[^@/]*@/, '//');
    }
}
const TLS_CODES = new Set([
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'SELF_SIGNED_CERT_IN_CHAIN',
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'UNABLE_TO_GET_ISSUER_CERT',
    'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    'CERT_HAS_EXPIRED',
    'CERT_NOT_YET_VALID',
    'ERR_TLS_CERT_ALTNAME_INVALID',
]);
/** Maps whatever fetch threw (its TypeError wraps the socket error in `cause`) to an ActionError. */
function toTransportError(error, method, url, timeoutMs) {
    const where = `${method} ${displayUrl(url)}`;
    if (isTimeout(error)) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`${where} timed out after ${(0,_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .formatSeconds */ .Xo)(timeoutMs)}`, {
            code: 'ETIMEDOUT',
            hint: networkHint('The service did not answer in time.'),
            cause: error,
        });
    }
    const root = rootCause(error);
    const code = root.code;
    const host = hostOf(url);
    const proxyRefusal = /Proxy response \((\d+)\)/.exec(root.message);
    if (proxyRefusal) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`${where} failed: the proxy refused to open a tunnel to ${host} (HTTP ${proxyRefusal[1]})`, {
            code: 'EPROXY',
            hint: `Check HTTPS_PROXY (${proxyInUse() ?? 'not set'}): its address, its credentials (http://user:password@host:port) ` +
                `and whether it lets ${host} through; list hosts to reach directly in NO_PROXY.`,
            cause: error,
        });
    }
    if (code && TLS_CODES.has(code)) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`${where} failed: the TLS certificate of ${host} is not trusted (${code})`, {
            code,
            hint: 'If a TLS-inspecting proxy or a private CA is in the path, set NODE_EXTRA_CA_CERTS to a PEM file holding its CA ' +
                "certificate (Node reads it at start: set it in the step's or job's env).",
            cause: error,
        });
    }
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`${where} failed: ${describeCode(code, host, root.message)}`, {
        code,
        hint: code ? networkHint(connectionAdvice(code, host)) : undefined,
        cause: error,
    });
}
function describeCode(code, host, message) {
    switch (code) {
        case 'ECONNRESET':
        case 'UND_ERR_SOCKET':
            return `the connection was closed before the answer arrived (${code})`;
        case 'ECONNREFUSED':
            return `the connection was refused (${code})`;
        case 'ENOTFOUND':
        case 'EAI_AGAIN':
            return `could not resolve ${host} (${code})`;
        case 'ETIMEDOUT':
        case 'UND_ERR_CONNECT_TIMEOUT':
            return `connecting timed out (${code})`;
        default: {
            // The message of an unknown failure, bounded: it can quote what a proxy or server sent.
            const text = message.length > 500 ? `${message.slice(0, 500)}…` : message;
            return code ? `${text} (${code})` : text;
        }
    }
}
function connectionAdvice(code, host) {
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
        return `Check the host name ${host}.`;
    if (code === 'ECONNREFUSED')
        return `Nothing accepted the connection${proxyInUse() ? ' at the proxy' : ` at ${host}`}.`;
    return 'A proxy or firewall may have cut the connection.';
}
function networkHint(lead) {
    const proxy = proxyInUse();
    return proxy
        ? `${lead} Requests go through the proxy ${proxy} (HTTPS_PROXY): check that it is up, or list hosts to reach directly in NO_PROXY.`
        : `${lead} If this runner must go through a proxy, set HTTPS_PROXY (and NO_PROXY for hosts to reach directly).`;
}
function isTimeout(error) {
    for (let e = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
        if (e.name === 'TimeoutError')
            return true;
    }
    return false;
}
/** The innermost error (fetch → undici → socket) and the innermost `code` on the way. */
function rootCause(error) {
    let code;
    let current = error;
    let message = error instanceof Error ? error.message : String(error);
    for (let depth = 0; current instanceof Error && depth < 5; current = current.cause, depth++) {
        const own = current.code;
        if (typeof own === 'string')
            code = own;
        message = current.message;
    }
    return { message, code };
}
function hostOf(url) {
    try {
        return new URL(url).host;
    }
    catch {
        return '(invalid URL)';
    }
}


/***/ }),

/***/ 2334:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ nodeHttp),
/* harmony export */   S: () => (/* binding */ nodeCrypto)
/* harmony export */ });
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8995);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_module__WEBPACK_IMPORTED_MODULE_0__);

/**
 * Node modules that a run needs only on some paths, loaded on first use rather than at start-up: node:http (with net
 * and its streams) for the reason phrase of an error status, node:crypto for a random number. A random UUID needs
 * neither: the global Web Crypto `crypto.randomUUID()` does not load node:crypto.
 */
const load = (0,node_module__WEBPACK_IMPORTED_MODULE_0__.createRequire)(import.meta.url);
const nodeHttp = () => load('node:http');
const nodeCrypto = () => load('node:crypto');


/***/ }),

/***/ 5955:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runLive: () => (/* binding */ runLive)
});

// EXTERNAL MODULE: ./src/clouds.ts
var clouds = __webpack_require__(157);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(5217);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/auth/certificate.ts





/** Largest certificate read, file or inline: a PFX or PEM with its chain is a few kilobytes. */
const MAX_CERTIFICATE_BYTES = 1024 * 1024;
const EXPIRY_WARNING_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;
/**
 * Loads the certificate and private key the user gave (base64 of a PFX, a PFX file, PEM text or a PEM file; the kind
 * is detected from the content, not the file name), checks that the key belongs to the certificate and that the
 * certificate is valid now, and returns what msal-node needs. Every error is an ActionError without secret values.
 */
async function loadCertificate(input, options) {
    if (input.password)
        options.onSecret(input.password);
    let parsed;
    if (input.kind === 'inline') {
        options.onSecret(input.value);
        // Base64 makes 4 characters of 3 bytes: a value this long cannot hold a certificate file of the allowed size.
        if (input.value.length > (MAX_CERTIFICATE_BYTES * 4) / 3 + 4096) {
            throw new errors/* ActionError */.lZ(`The certificate (input 'certificate') is larger than ${MAX_CERTIFICATE_BYTES / 1024 / 1024} MiB.`, {
                hint: 'A PFX or PEM certificate with its key is a few kilobytes: check that the secret holds the certificate.',
            });
        }
        parsed = await parseInline(input.value, input.password);
    }
    else {
        const absolute = (0,external_node_path_.resolve)(options.cwd, input.path);
        parsed = await parseFile(await readCertificateFile(absolute, options), input.password, absolute);
    }
    const certificate = buildLoaded(parsed);
    options.onSecret(certificate.privateKeyPem);
    assertValidNow(certificate, options.now ?? new Date());
    return certificate;
}
async function readCertificateFile(absolute, options) {
    let bytes;
    try {
        bytes = await readBounded(absolute);
    }
    catch (error) {
        if (error instanceof errors/* ActionError */.lZ)
            throw error;
        throw new errors/* ActionError */.lZ(`The certificate file '${absolute}' (input 'certificate-file') ${describeFsError(error)}.`, {
            hint: `A relative path is resolved from the working directory (${options.cwd}). A file written in another job is not ` +
                'on this runner: pass the certificate through a secret with the input `certificate` instead.',
        });
    }
    // A text file (PEM) may be logged by mistake later: register it. A binary PFX is registered as its base64.
    options.onSecret(isPemText(bytes.toString('latin1')) ? bytes.toString('utf8') : bytes.toString('base64'));
    return bytes;
}
/**
 * The bytes of a regular file of at most MAX_CERTIFICATE_BYTES. A device (`/dev/zero` never ends), a pipe or a socket is
 * refused, and so is a larger file; at most one byte more than the limit is ever read, as files such as those of /proc
 * report a size of 0. Opened without blocking (a pipe must not wait for a writer); the type is checked on the open
 * file, so a swap between check and read is not possible.
 */
async function readBounded(absolute) {
    const handle = await (0,promises_.open)(absolute, external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NONBLOCK ?? 0));
    try {
        const stat = await handle.stat();
        const label = `The certificate file '${absolute}' (input 'certificate-file')`;
        if (stat.isDirectory())
            throw Object.assign(new Error('directory'), { code: 'EISDIR' });
        if (!stat.isFile()) {
            throw new errors/* ActionError */.lZ(`${label} is not a regular file (a device, pipe or socket).`, {
                hint: 'Give the path of the .pfx, .p12 or .pem file itself.',
            });
        }
        if (stat.size > MAX_CERTIFICATE_BYTES)
            throw tooLarge(label);
        const buffer = Buffer.alloc(MAX_CERTIFICATE_BYTES + 1);
        let length = 0;
        while (length < buffer.length) {
            const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
            if (bytesRead === 0)
                break;
            length += bytesRead;
        }
        if (length > MAX_CERTIFICATE_BYTES)
            throw tooLarge(label);
        return Buffer.from(buffer.subarray(0, length));
    }
    finally {
        await handle.close();
    }
}
function tooLarge(label) {
    return new errors/* ActionError */.lZ(`${label} is larger than ${MAX_CERTIFICATE_BYTES / 1024 / 1024} MiB.`, {
        hint: 'A PFX or PEM certificate with its key is a few kilobytes: check that the path names the certificate.',
    });
}
function describeFsError(error) {
    const code = error.code;
    if (code === 'ENOENT')
        return 'does not exist';
    if (code === 'EISDIR')
        return 'is a directory';
    if (code === 'EACCES' || code === 'EPERM')
        return 'cannot be read (permission denied)';
    return `cannot be read (${code ?? 'unknown error'})`;
}
async function parseInline(value, password) {
    // Some secret stores keep PEM with literal "\n" escapes instead of line breaks.
    const text = value.includes('-----BEGIN') && !value.includes('\n') ? value.replace(/\\n/g, '\n') : value;
    if (isPemText(text))
        return parsePem(text, password, 'The PEM text');
    const bytes = decodeBase64(value);
    if (!bytes)
        throw new errors/* ActionError */.lZ('The certificate is neither PEM text nor base64 of a PFX file.', { hint: FORMAT_HINT });
    if (isPemText(bytes.toString('latin1')))
        return parsePem(bytes.toString('utf8'), password, 'The PEM text');
    if (bytes[0] !== DER_SEQUENCE) {
        throw new errors/* ActionError */.lZ('The certificate looks like base64, but it does not decode to a PFX file or PEM text.', {
            hint: FORMAT_HINT,
        });
    }
    return parseDer(bytes, password, 'The certificate (base64)');
}
async function parseFile(bytes, password, path) {
    const label = `The certificate file '${path}'`;
    if (isPemText(bytes.toString('latin1')))
        return parsePem(bytes.toString('utf8'), password, label);
    if (bytes[0] === DER_SEQUENCE)
        return parseDer(bytes, password, label);
    // A text file holding base64 of a PFX (e.g. written by `base64 cert.pfx > cert.b64`).
    const decoded = decodeBase64(bytes.toString('latin1'));
    if (decoded && decoded[0] === DER_SEQUENCE)
        return parseDer(decoded, password, label);
    throw new errors/* ActionError */.lZ(`${label} is neither PEM text nor a PFX (PKCS#12) file.`, { hint: FORMAT_HINT });
}
/** DER (and so every PFX) starts with a SEQUENCE tag. */
const DER_SEQUENCE = 0x30;
/** The bytes of base64 (or base64url) text, whitespace and line breaks ignored; undefined when it is not base64. */
function decodeBase64(text) {
    const compact = text.replace(/\s+/g, '');
    if (compact === '' || !/^[A-Za-z0-9+/_-]+={0,2}$/.test(compact) || compact.length % 4 === 1)
        return undefined;
    return Buffer.from(compact, /[-_]/.test(compact) ? 'base64url' : 'base64');
}
const FORMAT_HINT = 'Give either PEM text (a -----BEGIN CERTIFICATE----- block followed by the -----BEGIN PRIVATE KEY----- block) or a ' +
    'PFX/.p12 file with its private key; inline, a PFX is given as base64 (`base64 -w0 cert.pfx`, or in PowerShell ' +
    '`[Convert]::ToBase64String([IO.File]::ReadAllBytes("cert.pfx"))`).';
function isPemText(text) {
    return /-----BEGIN [A-Z0-9 ]+-----/.test(text);
}
// ---------------------------------------------------------------------------------------------------------------- PEM
function parsePem(text, password, label) {
    const blocks = [...text.matchAll(/-----BEGIN ([A-Z0-9 ]+)-----[\s\S]*?-----END \1-----/g)];
    const certificates = [];
    const keys = [];
    for (const [block, type] of blocks) {
        if (type === 'CERTIFICATE' || type === 'TRUSTED CERTIFICATE')
            certificates.push(parsePemCertificate(block, label));
        else if (type.endsWith('PRIVATE KEY'))
            keys.push(parsePemKey(block, type, password));
    }
    if (certificates.length === 0 && keys.length === 0) {
        throw new errors/* ActionError */.lZ(`${label} holds no certificate and no private key (found: ${describeBlocks(blocks.map((b) => b[1]))}).`, { hint: FORMAT_HINT });
    }
    return { keys, certificates };
}
function describeBlocks(types) {
    return types.length === 0 ? 'no complete PEM block' : types.map((t) => `-----BEGIN ${t}-----`).join(', ');
}
function parsePemCertificate(block, label) {
    try {
        return new external_node_crypto_.X509Certificate(block.replace('TRUSTED CERTIFICATE', 'CERTIFICATE'));
    }
    catch {
        throw new errors/* ActionError */.lZ(`${label} has a -----BEGIN CERTIFICATE----- block that is not a valid certificate.`, {
            hint: 'Copy the PEM again without changing its lines (a secret store may have folded or trimmed them).',
        });
    }
}
function parsePemKey(block, type, password) {
    const encrypted = type === 'ENCRYPTED PRIVATE KEY' || /Proc-Type:\s*4,ENCRYPTED/.test(block);
    if (encrypted && !password) {
        throw new errors/* ActionError */.lZ('The private key is encrypted, but no password was given.', {
            hint: 'Set the input `certificate-password` to the password of the key (from a secret).',
        });
    }
    try {
        return (0,external_node_crypto_.createPrivateKey)(encrypted ? { key: block, format: 'pem', passphrase: password } : block);
    }
    catch {
        if (encrypted) {
            throw new errors/* ActionError */.lZ('The certificate password is wrong: it does not decrypt the private key.', {
                hint: 'Check the secret behind the input `certificate-password`: it must be the password the key was encrypted with.',
            });
        }
        throw new errors/* ActionError */.lZ(`The -----BEGIN ${type}----- block is not a valid private key.`, {
            hint: 'Copy the PEM again without changing its lines (a secret store may have folded or trimmed them).',
        });
    }
}
// ---------------------------------------------------------------------------------------------------------------- PFX
async function parseDer(bytes, password, label) {
    // node-forge is only needed for PFX files: load it on demand (it is large and slows every start otherwise).
    const forge = (await __webpack_require__.e(/* import() */ 542).then(__webpack_require__.t.bind(__webpack_require__, 8542, 23))).default;
    let asn1;
    try {
        asn1 = forge.asn1.fromDer(forge.util.createBuffer(bytes.toString('binary')));
    }
    catch {
        throw new errors/* ActionError */.lZ(`${label} is neither PEM text nor a PFX (PKCS#12) file.`, { hint: FORMAT_HINT });
    }
    if (isBareCertificate(bytes)) {
        throw new errors/* ActionError */.lZ(`${label} is a certificate without its private key (a DER .cer/.crt file), not a PFX file.`, {
            hint: 'Give the PFX exported with its private key, or PEM text with the certificate and the key.',
        });
    }
    const p12 = openPfx(forge, asn1, password, label);
    return { keys: pfxKeys(forge, p12), certificates: pfxCertificates(forge, p12) };
}
function isBareCertificate(bytes) {
    try {
        new external_node_crypto_.X509Certificate(bytes);
        return true;
    }
    catch {
        return false;
    }
}
function openPfx(forge, asn1, password, label) {
    // Without a password, try the empty one (OpenSSL `-passout pass:`) and then none (some Windows exports).
    const attempts = password ? [password] : ['', undefined];
    let lastError;
    for (const attempt of attempts) {
        try {
            return forge.pkcs12.pkcs12FromAsn1(asn1, true, attempt);
        }
        catch (error) {
            lastError = error;
        }
    }
    const message = lastError instanceof Error ? lastError.message : '';
    if (/Invalid password|wrong password|MAC could not be verified/i.test(message)) {
        if (!password) {
            throw new errors/* ActionError */.lZ('The PFX file is protected by a password, but no password was given.', {
                hint: 'Set the input `certificate-password` to the password of the PFX (from a secret).',
            });
        }
        throw new errors/* ActionError */.lZ('The certificate password is wrong: it does not open the PFX file.', {
            hint: 'Check the secret behind the input `certificate-password`: it must be the password the PFX was exported with.',
        });
    }
    if (/unsupported/i.test(message)) {
        throw new errors/* ActionError */.lZ(`${label} is a PFX file encrypted with an algorithm that cannot be read (${firstLine(message)}).`, {
            hint: 'Re-export it with common algorithms, e.g. `openssl pkcs12 -in old.pfx -nodes -out all.pem` then ' +
                '`openssl pkcs12 -export -in all.pem -out new.pfx` (AES-256, SHA-256 MAC).',
        });
    }
    throw new errors/* ActionError */.lZ(`${label} is binary (DER) data, but not a PFX (PKCS#12) file.`, { hint: FORMAT_HINT });
}
function firstLine(text) {
    return (text.split('\n')[0] ?? '').replace(/\.$/, '') || 'unknown structure';
}
function bagsOf(p12, bagType) {
    return p12.getBags({ bagType })[bagType] ?? [];
}
function pfxKeys(forge, p12) {
    const bags = [...bagsOf(p12, forge.pki.oids.pkcs8ShroudedKeyBag), ...bagsOf(p12, forge.pki.oids.keyBag)];
    return bags.map((bag) => {
        // node-forge parses RSA keys only; for other key types it leaves the PrivateKeyInfo ASN.1 in `bag.asn1`.
        const info = bag.key ? forge.pki.wrapRsaPrivateKey(forge.pki.privateKeyToAsn1(bag.key)) : bag.asn1;
        const der = Buffer.from(forge.asn1.toDer(info).getBytes(), 'binary');
        return (0,external_node_crypto_.createPrivateKey)({ key: der, format: 'der', type: 'pkcs8' });
    });
}
function pfxCertificates(forge, p12) {
    return bagsOf(p12, forge.pki.oids.certBag).map((bag) => {
        const asn1 = bag.cert ? forge.pki.certificateToAsn1(bag.cert) : bag.asn1;
        return new external_node_crypto_.X509Certificate(Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary'));
    });
}
// ------------------------------------------------------------------------------------------------------------- checks
function buildLoaded(parsed) {
    const { keys, certificates } = parsed;
    if (keys.length === 0) {
        throw new errors/* ActionError */.lZ(`The certificate has no private key: only ${certificates.length} certificate(s) were found (${certificates
            .map(subjectOf)
            .join('; ')}).`, {
            hint: 'Entra ID needs the private key to sign. Export the PFX with its private key (Windows: "Yes, export the ' +
                'private key"; OpenSSL: `openssl pkcs12 -export -in cert.pem -inkey key.pem -out cert.pfx`), or append the ' +
                'private key PEM to the certificate PEM.',
        });
    }
    if (certificates.length === 0) {
        throw new errors/* ActionError */.lZ('The certificate has a private key but no certificate.', {
            hint: 'Entra ID identifies the key by the thumbprint of its certificate: put the -----BEGIN CERTIFICATE----- block ' +
                'before the key, or give the PFX that holds both.',
        });
    }
    const { key, leaf } = findLeaf(keys, certificates);
    const rest = certificates.filter((c) => c !== leaf);
    return {
        privateKeyPem: key.export({ type: 'pkcs8', format: 'pem' }).toString(),
        certificatePem: leaf.toString(),
        x5c: [leaf, ...rest].map((c) => c.toString()).join(''),
        thumbprintSha256: leaf.fingerprint256.replace(/:/g, '').toUpperCase(),
        thumbprintSha1: leaf.fingerprint.replace(/:/g, '').toUpperCase(),
        subject: subjectOf(leaf),
        notBefore: new Date(leaf.validFrom),
        notAfter: new Date(leaf.validTo),
        warnings: [],
    };
}
function findLeaf(keys, certificates) {
    for (const key of keys) {
        const leaf = certificates.find((c) => keyMatches(c, key));
        if (leaf)
            return { key, leaf };
    }
    const first = certificates[0];
    const which = certificates.length === 1
        ? `the certificate '${subjectOf(first)}' (SHA-1 thumbprint ${thumbprintSha1Of(first)})`
        : `any of the ${certificates.length} certificates (${certificates.map(subjectOf).join('; ')})`;
    throw new errors/* ActionError */.lZ(`The private key does not belong to ${which}.`, {
        hint: 'Give the certificate together with the key it was created with (a PFX export from the same machine holds both).',
    });
}
function keyMatches(certificate, key) {
    try {
        return certificate.checkPrivateKey(key);
    }
    catch {
        return false;
    }
}
function subjectOf(certificate) {
    return certificate.subject.split('\n').filter(Boolean).join(', ');
}
function thumbprintSha1Of(certificate) {
    return certificate.fingerprint.replace(/:/g, '').toUpperCase();
}
function assertValidNow(certificate, now) {
    const name = `'${certificate.subject}' (SHA-1 thumbprint ${certificate.thumbprintSha1})`;
    if (now < certificate.notBefore) {
        throw new errors/* ActionError */.lZ(`The certificate ${name} is not valid before ${formatDate(certificate.notBefore)}.`, {
            hint: `Check the runner's clock (now ${formatDate(now)}), or use a certificate that is valid today.`,
        });
    }
    if (now > certificate.notAfter) {
        throw new errors/* ActionError */.lZ(`The certificate ${name} expired on ${formatDate(certificate.notAfter)}.`, {
            hint: 'Create a new certificate, upload its public part (.cer/.crt) to the app registration under Certificates & ' +
                'secrets, and update the secret that holds it.',
        });
    }
    const daysLeft = Math.floor((certificate.notAfter.getTime() - now.getTime()) / DAY_MS);
    if (daysLeft < EXPIRY_WARNING_DAYS) {
        certificate.warnings.push(`The certificate ${name} expires on ${formatDate(certificate.notAfter)} (in ${daysLeft} day(s)): create a new ` +
            'one and upload it to the app registration before then.');
    }
}
/** `2021-01-01 00:00:00 UTC`. */
function formatDate(date) {
    const iso = date.toISOString();
    return `${iso.slice(0, 10)} ${iso.slice(11, 19)} UTC`;
}

// EXTERNAL MODULE: ./src/auth/federated.ts + 1 modules
var federated = __webpack_require__(3823);
// EXTERNAL MODULE: ./src/http/retry.ts
var retry = __webpack_require__(8902);
// EXTERNAL MODULE: ./src/auth/aadsts.ts
var aadsts = __webpack_require__(4270);
// EXTERNAL MODULE: ./src/auth/jwt-claims.ts
var jwt_claims = __webpack_require__(9433);
;// CONCATENATED MODULE: ./src/auth/token-provider.ts





/**
 * Ask for a new token this long before the cached one expires. msal's own cache renews with the same offset (its
 * default tokenRenewalOffsetSeconds), so when this cache misses, msal's misses too and a new token is requested.
 */
const REFRESH_MARGIN_MS = 5 * 60 * 1000;
/**
 * Creates the run's token provider: one msal-node ConfidentialClientApplication whose network client is the action's
 * transport. Tokens are cached per audience and renewed 5 minutes before they expire; concurrent callers for the same
 * audience share one request.
 */
function createTokenProvider(options) {
    let tokenRequests = 0;
    let appDisplayName;
    const rolesByAudience = new Map();
    // msal-node is a third of the bundle: it is loaded when the first token is asked for, so that invalid input, planning
    // errors and dry runs never pay for it.
    let app;
    const getApp = () => (app ??= createMsalApp(options, () => tokenRequests++));
    const cache = new Map();
    const inFlight = new Map();
    const request = async (resource) => {
        const scope = (0,clouds/* scopeOf */.Od)(resource);
        options.log.debug(`Requesting a token for ${scope}.`);
        let result;
        try {
            result = await (await getApp()).acquireTokenByClientCredential({ scopes: [scope] });
        }
        catch (error) {
            // A cancelled run is not a sign-in problem: say so, without advice about proxies or credentials.
            throw cancellationIn(error) ?? (0,aadsts/* explainAuthError */.y6)(error, contextOf(options));
        }
        if (!result?.accessToken)
            throw new errors/* ActionError */.lZ(`Entra ID returned no access token for ${scope}.`);
        options.onSecret(result.accessToken);
        appDisplayName ??= displayNameIn(result.accessToken);
        rolesByAudience.set(resource.audience, rolesIn(result.accessToken));
        const expiresAt = result.expiresOn ? result.expiresOn.getTime() : Date.now() + REFRESH_MARGIN_MS;
        cache.set(resource.audience, { token: result.accessToken, expiresAt });
        options.log.debug(`Got a token for ${scope}${result.fromCache ? ' (msal cache)' : ''}, valid until ${new Date(expiresAt).toISOString()}.`);
        return result.accessToken;
    };
    const getToken = (resource) => {
        const cached = cache.get(resource.audience);
        if (cached && cached.expiresAt - REFRESH_MARGIN_MS > Date.now())
            return Promise.resolve(cached.token);
        const pending = inFlight.get(resource.audience);
        if (pending)
            return pending;
        const started = request(resource).finally(() => inFlight.delete(resource.audience));
        inFlight.set(resource.audience, started);
        return started;
    };
    return {
        getToken,
        prefetch: (resources) => prefetchAll(getToken, resources),
        get tokenRequests() {
            return tokenRequests;
        },
        get appDisplayName() {
            return appDisplayName;
        },
        rolesOf: (resource) => rolesByAudience.get(resource.audience),
    };
}
async function createMsalApp(options, onTokenRequest) {
    const [msal, { createMsalNetworkClient }] = await Promise.all([__webpack_require__.e(/* import() */ 821).then(__webpack_require__.bind(__webpack_require__, 6821)), Promise.all(/* import() */[__webpack_require__.e(821), __webpack_require__.e(674)]).then(__webpack_require__.bind(__webpack_require__, 5674))]);
    const transport = countTokenRequests(options.transport, onTokenRequest);
    const networkClient = createMsalNetworkClient(transport, { retry: options.retry, timeoutMs: options.timeoutMs });
    return new msal.ConfidentialClientApplication(msalConfiguration(options, networkClient, msal.LogLevel.Warning));
}
function msalConfiguration(options, networkClient, logLevel) {
    return {
        auth: {
            clientId: options.appId,
            authority: `https://${options.cloud.loginHost}/${options.tenant}`,
            ...credentialOptions(options),
        },
        system: {
            networkClient,
            loggerOptions: {
                // msal's own log is for us, not the user: warnings and errors only, never personal data.
                logLevel,
                piiLoggingEnabled: false,
                loggerCallback: (_level, message) => options.log.debug(`msal: ${message}`),
            },
        },
    };
}
function credentialOptions(options) {
    const { credential } = options;
    if (credential.kind === 'certificate') {
        const { certificate } = credential;
        // thumbprintSha256 makes msal sign a PS256 assertion with `x5t#S256` (the SHA-1 `thumbprint` is deprecated);
        // x5c sends the chain so that subject-name/issuer registrations work too.
        return {
            clientCertificate: {
                thumbprintSha256: certificate.thumbprintSha256,
                privateKey: certificate.privateKeyPem,
                x5c: certificate.x5c,
            },
        };
    }
    if (credential.describe)
        options.log.debug(`Client assertions come from ${credential.describe()}.`);
    return {
        // A callback, not a string: msal asks for a fresh assertion on every token request (platform tokens are short-lived).
        clientAssertion: async () => {
            const assertion = await credential.getAssertion();
            options.onSecret(assertion);
            return assertion;
        },
    };
}
function contextOf(options) {
    if (options.explainContext)
        return options.explainContext();
    const { credential } = options;
    return {
        appId: options.appId,
        tenant: options.tenant,
        loginHost: options.cloud.loginHost,
        method: credential.kind === 'certificate' ? 'certificate' : 'federated',
        thumbprintSha1: credential.kind === 'certificate' ? credential.certificate.thumbprintSha1 : undefined,
        thumbprintSha256: credential.kind === 'certificate' ? credential.certificate.thumbprintSha256 : undefined,
    };
}
/** The cancellation error (code ECANCELLED) somewhere in the cause chain msal wrapped, if the run was stopped. */
function cancellationIn(error) {
    for (let e = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
        if (e instanceof errors/* ActionError */.lZ && e.code === retry/* CANCELLED_CODE */.wV)
            return e;
    }
    return undefined;
}
/** The `app_displayname` claim of an access token (read, not verified: the token is Entra ID's answer to us). */
function displayNameIn(token) {
    try {
        const name = (0,jwt_claims/* decodeClaims */.Yq)(token).app_displayname;
        return typeof name === 'string' && name !== '' ? name : undefined;
    }
    catch {
        return undefined;
    }
}
/** Wraps the transport under msal to count POSTs to the token endpoint, retries included: each one reaches Entra ID. */
function countTokenRequests(transport, onTokenRequest) {
    return {
        signal: transport.signal,
        send: (request) => {
            if (request.method === 'POST' && /\/oauth2\/(v2\.0\/)?token\b/.test(request.url))
                onTokenRequest();
            return transport.send(request);
        },
    };
}
/**
 * Gets every resource's token concurrently and waits for all of them, so that every failure is reported at once.
 * The same failure for several resources (a wrong certificate fails them all) is reported once.
 */
async function prefetchAll(getToken, resources) {
    const unique = [...new Map(resources.map((r) => [r.audience, r])).values()];
    const results = await Promise.allSettled(unique.map((r) => getToken(r)));
    const failures = new Map();
    results.forEach((result, index) => {
        if (result.status === 'fulfilled')
            return;
        const error = result.reason instanceof errors/* ActionError */.lZ ? result.reason : new errors/* ActionError */.lZ(String(result.reason));
        const key = `${error.message}\n${error.hint ?? ''}`;
        const entry = failures.get(key) ?? { error, audiences: [] };
        entry.audiences.push(describeResource(unique[index]));
        failures.set(key, entry);
    });
    if (failures.size === 0)
        return;
    const entries = [...failures.values()];
    if (entries.length === 1)
        throw entries[0].error;
    throw new errors/* ActionErrors */.o9(`Could not get access tokens for ${results.filter((r) => r.status === 'rejected').length} resource(s):`, entries.map(({ error, audiences }) => new errors/* ActionError */.lZ(`${audiences.join(', ')}: ${error.message}`, { hint: error.hint, code: error.code, cause: error })));
}
function describeResource(resource) {
    return `${clouds/* RESOURCE_LABELS */.f$[resource.kind]} (${resource.audience})`;
}
/** The `roles` claim of an access token (read, not verified); none when absent or not a list of strings. */
function rolesIn(token) {
    try {
        const roles = (0,jwt_claims/* decodeClaims */.Yq)(token).roles;
        return Array.isArray(roles) ? roles.filter((role) => typeof role === 'string') : [];
    }
    catch {
        return [];
    }
}

;// CONCATENATED MODULE: ./src/auth/sign-in.ts



/**
 * Prepares app-only sign-in: loads the certificate or sets up the federated assertion callback, and creates the one
 * msal-node client of the run. Asks Entra ID for nothing yet: tokens are requested per resource by the provider.
 */
async function signIn(settings, host, transport) {
    const onSecret = (secret) => host.setSecret(secret);
    const context = {
        appId: settings.appId,
        tenant: settings.tenant,
        loginHost: settings.cloud.loginHost,
        method: settings.auth,
        cloud: settings.cloud,
        audience: { expected: settings.audience, source: settings.audienceSource },
    };
    const { cloud } = settings;
    if (cloud.name !== 'Public') {
        host.info(`Cloud ${cloud.name} (${cloud.label}, from ${settings.cloudSource}): Entra ID at ${cloud.loginHost}, Microsoft Graph at ` +
            `${new URL(cloud.graph).host}, SharePoint at <tenant>.${cloud.sharePointSuffix}.`);
    }
    let credential;
    if (settings.auth === 'certificate' && settings.certificate) {
        const certificate = await loadCertificate(settings.certificate, { cwd: settings.cwd, onSecret });
        for (const warning of certificate.warnings)
            host.warning(warning);
        host.info(`Signing in to tenant ${settings.tenant} as app ${settings.appId} with certificate ${certificate.thumbprintSha1.toUpperCase()} (${certificate.subject}, valid until ${certificate.notAfter.toISOString()}).`);
        context.thumbprintSha1 = certificate.thumbprintSha1;
        context.thumbprintSha256 = certificate.thumbprintSha256;
        credential = { kind: 'certificate', certificate };
    }
    else {
        // A token file first (any platform), then the host's own sources in its order (Azure DevOps, then GitHub).
        const source = (0,federated/* chooseFederatedSource */.bF)({ tokenFile: settings.federatedTokenFile, serviceConnectionId: settings.serviceConnectionId, audience: settings.audience, cwd: settings.cwd }, host);
        host.info(`Signing in to tenant ${settings.tenant} as app ${settings.appId} with a federated credential from ${source.describe()}.`);
        const onClaims = (claims) => {
            context.platformClaims = claims;
            context.platformKind = source.kind;
        };
        const audience = { expected: settings.audience, source: settings.audienceSource, cloud: settings.cloud };
        credential = { kind: 'assertion', getAssertion: (0,federated/* createAssertionProvider */.gc)(source, { transport, onSecret, log: host, onClaims, audience }) };
    }
    const tokens = createTokenProvider({
        appId: settings.appId,
        tenant: settings.tenant,
        cloud: settings.cloud,
        credential,
        transport,
        onSecret,
        log: host,
        explainContext: () => context,
    });
    return { tokens, authType: settings.auth === 'certificate' ? 'certificate' : 'federatedIdentity' };
}

// EXTERNAL MODULE: ./src/plan/access.ts
var access = __webpack_require__(4661);
// EXTERNAL MODULE: ./src/plan/options.ts
var plan_options = __webpack_require__(8269);
// EXTERNAL MODULE: ./node_modules/jmespath/jmespath.js
var jmespath = __webpack_require__(7598);
var jmespath_default = /*#__PURE__*/__webpack_require__.n(jmespath);
// EXTERNAL MODULE: ./src/plan/reference-syntax.ts
var reference_syntax = __webpack_require__(2224);
// EXTERNAL MODULE: ./src/plan/yaml-items.ts
var yaml_items = __webpack_require__(1737);
;// CONCATENATED MODULE: ./src/plan/references.ts





/**
 * Replaces the `{{ id.path }}` references in a command's options with values from earlier results (JMESPath `path`
 * on the result of `id`), then validates the changed options again. A reference that is the whole value becomes the
 * JSON value itself; one inside a longer text is inserted as text (objects as JSON).
 */
function resolveReferences(command, results) {
    const where = (0,yaml_items/* describeItem */.f)({ index: command.index, id: command.hasDeclaredId ? command.id : undefined, line: command.line });
    const resolved = {};
    for (const [name, value] of Object.entries(command.options)) {
        if (!(0,reference_syntax/* hasReference */.UN)(value)) {
            resolved[name] = value;
            continue;
        }
        const schema = command.definition.options.find((o) => o.name === name);
        const isUrl = schema?.type === 'url' || schema?.type === 'endpoint';
        const what = `Option '--${name}' (${where})`;
        const replaced = (0,reference_syntax/* mapStrings */.to)(value, (text) => (isUrl ? substituteInUrl(text, results, what) : substitute(text, results, what)));
        if (schema && typeof value === 'string') {
            const checked = (0,plan_options/* validateValue */.q0)(schema, replaced, where);
            if ('error' in checked)
                throw new errors/* ActionError */.lZ(`${checked.error} It came from '${value}'.`);
            resolved[name] = checked.value;
        }
        else {
            resolved[name] = replaced;
        }
    }
    const problem = command.definition.validate?.(resolved);
    if (problem)
        throw new errors/* ActionError */.lZ(`'${command.definition.name}' (${where}): ${problem}`);
    return resolved;
}
const asText = (value) => (typeof value === 'string' ? value : JSON.stringify(value));
function substitute(text, results, what, insert = asText) {
    const references = (0,reference_syntax/* findReferences */.yU)(text);
    const only = references.length === 1 ? references[0] : undefined;
    if (only && (0,reference_syntax/* isReference */.A_)(only) && text.trim() === only.text)
        return evaluate(only, results, what);
    // One pass over the original text, by position: a value is inserted as it is (no `$&` patterns) and is never
    // scanned again, so data that looks like a reference stays data.
    let out = '';
    let last = 0;
    for (const found of references) {
        if (!(0,reference_syntax/* isReference */.A_)(found))
            throw new errors/* ActionError */.lZ(`${what}: '${found.text}' is not a valid reference: ${found.problem}.`);
        const value = evaluate(found, results, what);
        out += text.slice(last, found.index);
        out += insert(value, out);
        last = found.index + found.text.length;
    }
    return out + text.slice(last);
}
/**
 * References are data, also inside a URL: a value that comes from an earlier result (tenant data, which any site owner
 * may set) must never change where a request goes. Inserted into the path it is encoded as one segment (`/`, `?`, `#`
 * stay inside it; `.` and `..`, which URL parsers resolve even when encoded, are refused); into the query or fragment,
 * encoded as a value. A reference that is the whole value is a URL of its own and is validated as one. Last, the path
 * must still start with the literal path written before the first reference.
 */
function substituteInUrl(text, results, what) {
    const insert = (value, before) => {
        const raw = typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : JSON.stringify(value);
        if (/[?#]/.test(before))
            return encodeURIComponent(raw);
        if (raw === '.' || raw === '..' || raw === '') {
            throw new errors/* ActionError */.lZ(`${what}: a reference inserted '${raw}' into the URL path; '.', '..' and empty segments would move the request elsewhere.`, {
                hint: 'Check the path of the reference against the earlier command\'s JSON output.',
            });
        }
        return encodeURIComponent(raw);
    };
    const resolved = substitute(text, results, what, insert);
    const at = text.indexOf('{{');
    if (typeof resolved === 'string' && at > 0)
        assertUnderPrefix(resolved, text.slice(0, at), what);
    return resolved;
}
/** The resolved URL keeps the host and the directory written before the first reference. */
function assertUnderPrefix(resolved, prefix, what) {
    let literal;
    let url;
    try {
        literal = new URL(prefix);
        url = new URL(resolved);
    }
    catch {
        return; // Not an absolute URL (an @graph form): the option's own validation and the planner's check apply.
    }
    const directory = literal.pathname.slice(0, literal.pathname.lastIndexOf('/') + 1);
    if (url.host !== literal.host || !url.pathname.startsWith(directory)) {
        throw new errors/* ActionError */.lZ(`${what}: with its references resolved the URL leaves ${literal.host}${directory}; a reference may not move a request.`);
    }
}
function evaluate(reference, results, what) {
    if (!results.has(reference.id)) {
        throw new errors/* ActionError */.lZ(`${what} uses '${reference.text}', but command '${reference.id}' has no result (it failed or did not run).`);
    }
    const result = results.get(reference.id);
    const value = reference.path === '' ? result : jmespath_default().search(result, reference.path);
    if (value === null || value === undefined) {
        const part = reference.path === '' ? 'the result' : `'${reference.path}'`;
        throw new errors/* ActionError */.lZ(`${what} uses '${reference.text}', but ${part} of '${reference.id}' is null or missing; check the path against that command's JSON output.`);
    }
    return value;
}
/** The value of one whole `{{ id.path }}` text (a `for-each` list), with the same messages as options get. */
function resolveReference(text, results, what) {
    const [found] = (0,reference_syntax/* findReferences */.yU)(text);
    if (!found || !(0,reference_syntax/* isReference */.A_)(found))
        throw new errors/* ActionError */.lZ(`${what}: '${text}' is not a valid reference.`);
    return evaluate(found, results, what);
}

;// CONCATENATED MODULE: ./src/execute/for-each.ts
/**
 * `for-each`: one command, run once per element of a list. Iterations are independent by declaration, so they run
 * concurrently up to `maxParallel` whatever the command writes; the per-host limiter of the HTTP client adapts the real
 * pace to the service's throttling. Results come back in element order.
 */
/** Runs `iterate` for each element; never throws for an element's failure (it is in `failed`). */
async function runForEach(elements, iterate, options) {
    const now = options.now ?? Date.now;
    const every = options.progressEveryMs ?? 10_000;
    const started = now();
    const results = new Array(elements.length);
    const failed = [];
    let next = 0;
    let done = 0;
    let running = 0;
    let stop = false;
    let lastReport = started;
    let reportedDone = -1;
    const progress = () => ({ done, failed: failed.length, total: elements.length, running, elapsedMs: now() - started });
    const maybeReport = () => {
        if (options.onProgress && now() - lastReport >= every) {
            lastReport = now();
            reportedDone = done;
            options.onProgress(progress());
        }
    };
    const worker = async () => {
        while (!stop && next < elements.length && !options.signal?.aborted) {
            const index = next++;
            running++;
            const outcome = await iterate(elements[index], index).catch((error) => ({ ok: false, error: error instanceof Error ? error.message : String(error) }));
            running--;
            done++;
            if (outcome.ok)
                results[index] = outcome.result;
            else {
                failed.push({ index, item: elements[index], error: outcome.error });
                if (!options.continueOnError)
                    stop = true;
            }
            maybeReport();
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(options.maxParallel, elements.length)) }, worker));
    failed.sort((a, b) => a.index - b.index);
    // The final counts, unless the last progress line already said them (short runs say nothing: the outcome does).
    if (options.onProgress && reportedDone >= 0 && reportedDone !== done)
        options.onProgress(progress());
    return { results, failed, succeeded: done - failed.length, notStarted: elements.length - done, total: elements.length };
}
/** `1,000 of 2,000 done (3 failed), 45/s, about 22 s left, 8 at once`: the progress line of a long for-each. */
function describeProgress(progress) {
    const rate = progress.elapsedMs > 0 ? (progress.done * 1000) / progress.elapsedMs : 0;
    const left = rate > 0 ? Math.ceil((progress.total - progress.done) / rate) : undefined;
    const failed = progress.failed > 0 ? ` (${progress.failed} failed)` : '';
    const eta = left === undefined ? '' : `, about ${left} s left`;
    return `${progress.done} of ${progress.total} done${failed}, ${rate.toFixed(1)}/s${eta}, ${progress.running} running`;
}

;// CONCATENATED MODULE: ./src/commands/run-memo.ts
/** The `once` of a run's command contexts: one promise per key, dropped again if it fails. */
function createRunMemo() {
    const values = new Map();
    return (key, compute) => {
        const known = values.get(key);
        if (known)
            return known;
        const value = compute();
        values.set(key, value);
        value.catch(() => values.delete(key));
        return value;
    };
}

;// CONCATENATED MODULE: ./src/report/query.ts


/**
 * Applies a JMESPath query to a command's result, with the `jmespath` package the CLI for Microsoft 365 uses for its
 * `--query`, so that a query copied from a script gives the same answer here.
 *
 * @throws ActionError naming the query and the parser's or runtime's complaint.
 */
function applyQuery(value, query) {
    try {
        // The library's types say `any`; the result is JSON-shaped data like its input.
        const result = jmespath_default().search(value, query);
        return result;
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new errors/* ActionError */.lZ(`Invalid JMESPath query '${query}': ${reason}`, {
            hint: 'Check the expression against the JMESPath specification (https://jmespath.org/specification.html).',
            cause: error,
        });
    }
}

// EXTERNAL MODULE: ./src/report/render.ts
var render = __webpack_require__(6340);
;// CONCATENATED MODULE: ./src/report/spool.ts
/**
 * Large results are kept on disk, not in memory: once a result has been logged, and no later command refers to it, the
 * run only needs its text for the outputs and the results file. Memory then grows with the largest result, not with
 * the sum of all of them (a run of 200 large reads, a `for-each` over thousands of sites).
 */




/** Results whose text is at least this large are spooled. Smaller ones cost less in memory than a file. */
const SPOOL_BYTES = 64 * 1024;
/** Writes a large result to a file in `dir`; undefined (nothing written) for a small one. */
async function spoolResult(dir, result) {
    const text = typeof result === 'string' ? result : JSON.stringify(result ?? null);
    if (Buffer.byteLength(text) < SPOOL_BYTES)
        return undefined;
    return spoolChunks(dir, typeof result === 'string' ? 'text' : 'json', [text]);
}
/**
 * Writes JSON texts of a list's elements (undefined: null) to a file in `dir` as one JSON array, a thousand elements
 * a write, so that the whole is never joined in memory.
 */
function spoolJsonArray(dir, texts, length) {
    function* chunks() {
        for (let start = 0; start === 0 || start < length; start += 1000) {
            const part = Array.from({ length: Math.min(1000, length - start) }, (_, i) => texts[start + i] ?? 'null').join(',');
            yield `${start === 0 ? '[' : ','}${part}${start + 1000 >= length ? ']' : ''}`;
        }
    }
    return spoolChunks(dir, 'json', chunks());
}
/** A new spool file in `dir` (readable by this user only) holding the chunks one after the other. */
async function spoolChunks(dir, kind, chunks) {
    const path = (0,external_node_path_.join)(dir, `m365-action-result-${(0,external_node_crypto_.randomUUID)()}.${kind === 'json' ? 'json' : 'txt'}`);
    const handle = await (0,promises_.open)(path, 'wx', 0o600);
    let bytes = 0;
    try {
        for (const chunk of chunks) {
            bytes += Buffer.byteLength(chunk);
            await handle.write(chunk);
        }
    }
    finally {
        await handle.close();
    }
    return { path, bytes, kind };
}
/** The spooled text. */
function readSpooled(spooled) {
    return (0,external_node_fs_.readFileSync)(spooled.path, 'utf8');
}
/** The spooled value itself (parsed back for JSON). */
function spooledValue(spooled) {
    const text = readSpooled(spooled);
    return spooled.kind === 'json' ? JSON.parse(text) : text;
}
/** Copies a spooled file into an open file handle, a megabyte at a time. */
async function copySpooled(spooled, write) {
    const handle = await (0,promises_.open)(spooled.path, 'r');
    try {
        const buffer = Buffer.alloc(1024 * 1024);
        for (let position = 0;;) {
            const { bytesRead } = await handle.read(buffer, 0, buffer.length, position);
            if (bytesRead === 0)
                break;
            await write(buffer.subarray(0, bytesRead));
            position += bytesRead;
        }
    }
    finally {
        await handle.close();
    }
}
/** Removes the spool files once outputs and the results file are written (best effort). */
async function dropSpooled(spooled) {
    await Promise.all(spooled.map((s) => (0,promises_.rm)(s.path, { force: true }).catch(() => undefined)));
}

;// CONCATENATED MODULE: ./src/run-control.ts

/** How long commands in flight may settle after a cancellation or the deadline before they are aborted. */
const DEFAULT_GRACE_MS = 5_000;
/**
 * Why a run stopped early: the runner cancelled it (SIGINT/SIGTERM) or it reached its `timeout`. It is the reason of
 * both signals of the RunControl, so whatever was aborted by them ends with this error.
 */
class Interruption extends errors/* ActionError */.lZ {
    kind;
    notRun;
    constructor(kind, message, 
    /** What a command that was never started is reported as. */
    notRun, hint) {
        super(message, { hint, code: kind });
        this.kind = kind;
        this.notRun = notRun;
        this.name = 'Interruption';
    }
}
function createRunControl(options) {
    const stop = new AbortController();
    const abort = new AbortController();
    let graceTimer;
    const interrupt = (reason) => {
        if (stop.signal.aborted)
            return;
        stop.abort(reason);
        graceTimer = setTimeout(() => abort.abort(reason), options.graceMs ?? DEFAULT_GRACE_MS);
    };
    const onCancel = () => interrupt(cancelled(options.cancel?.reason));
    const deadline = setTimeout(() => interrupt(timedOut(options.timeoutMinutes)), options.timeoutMinutes * 60_000);
    // The deadline alone must not keep a finished process alive.
    deadline.unref();
    if (options.cancel?.aborted)
        onCancel();
    else
        options.cancel?.addEventListener('abort', onCancel, { once: true });
    return {
        stop: stop.signal,
        abort: abort.signal,
        interruption: () => (stop.signal.aborted ? stop.signal.reason : undefined),
        dispose: () => {
            clearTimeout(deadline);
            clearTimeout(graceTimer);
            options.cancel?.removeEventListener('abort', onCancel);
        },
    };
}
function cancelled(reason) {
    const signal = typeof reason === 'string' ? ` (${reason})` : '';
    return new Interruption('cancelled', `The run was cancelled${signal}.`, 'not run: cancelled');
}
function timedOut(minutes) {
    return new Interruption('timeout', `The run reached its timeout of ${minutes} minute${minutes === 1 ? '' : 's'} (input 'timeout').`, "not run: the run reached its timeout", "Raise the input 'timeout' (in minutes, default 30) if the commands need longer, or find what is slow in the log.");
}
/**
 * Settles like `promise`, or rejects with the signal's reason as soon as it fires. The work itself is not stopped by
 * this (the HTTP layer aborts its requests on the same signal): the caller just stops waiting for it.
 */
function untilAborted(promise, signal) {
    if (!signal)
        return promise;
    if (signal.aborted)
        return Promise.reject(signal.reason);
    return new Promise((resolve, reject) => {
        const onAbort = () => reject(signal.reason);
        signal.addEventListener('abort', onAbort, { once: true });
        promise.then((value) => {
            signal.removeEventListener('abort', onAbort);
            resolve(value);
        }, (error) => {
            signal.removeEventListener('abort', onAbort);
            reject(error);
        });
    });
}

;// CONCATENATED MODULE: ./src/execute.ts











/**
 * Runs the plan. Consecutive read-only commands that do not reference each other run concurrently (up to
 * max-parallel); a write is a barrier. Outcomes come back in declared order whatever the order of completion, and each
 * is reported as it happened: a read that ran beside a failing one keeps its result.
 *
 * Nothing new starts once the run is stopped — by a failure (unless continue-on-error), a cancellation or the
 * deadline; what is not started is reported "not run" with the reason.
 */
async function executePlan(plan, options) {
    const outcomes = [];
    const state = { results: new Map(), failedIds: new Set() };
    const referenced = new Set(plan.commands.flatMap((command) => command.references));
    const run = { ...options, once: createRunMemo(), referenced };
    for (const batch of batchCommands(plan.commands)) {
        const batchOutcomes = await mapConcurrently(batch, options.maxParallel, async (command) => {
            const notRun = notRunReason(state, options);
            if (notRun)
                return skipped(command, notRun);
            const outcome = await runOne(command, state, run);
            if (stopsRun(outcome, plan, options))
                state.failureStop ??= 'not run: an earlier command failed';
            return outcome;
        });
        for (const outcome of declaredOrder(batchOutcomes, plan, options)) {
            logOutcome(options.host, plan.commands[outcome.index], outcome);
            if (outcome.status === 'succeeded' && referenced.has(outcome.id))
                state.results.set(outcome.id, outcome.result);
            else if (outcome.status === 'failed')
                state.failedIds.add(outcome.id);
            // Logged, and no later command uses it: a large result goes to disk, so memory does not grow with their sum.
            outcomes.push(outcome.status === 'succeeded' && !referenced.has(outcome.id) ? await spooled(outcome, options.host) : outcome);
        }
    }
    return outcomes;
}
function stopsRun(outcome, plan, options) {
    return outcome.status === 'failed' && !outcome.stopped && !plan.commands[outcome.index].continueOnError && !options.continueOnError;
}
/**
 * Declared-order semantics, whatever ran concurrently: once a command fails and stops the run, the commands declared
 * after it do not count. A read of the same batch that had started beside it and succeeded is reported as what
 * happened — it ran, and its result is not used — not as "not run"; one that failed keeps its own error.
 */
function declaredOrder(outcomes, plan, options) {
    const stop = outcomes.find((outcome) => stopsRun(outcome, plan, options));
    if (!stop)
        return [...outcomes];
    const name = `command ${stop.index + 1}${stop.hasDeclaredId ? ` (${stop.id})` : ''}`;
    return outcomes.map((outcome) => outcome.index > stop.index && outcome.status === 'succeeded'
        ? { ...outcome, status: 'skipped', result: undefined, items: undefined, error: `ran beside ${name}, which failed: its result is not used, as the run stops at the first failure` }
        : outcome);
}
/** A cancellation or the deadline comes first: it is what the user needs to know about the rest of the run. */
function notRunReason(state, options) {
    if (options.stop?.aborted)
        return options.stop.reason instanceof Interruption ? options.stop.reason.notRun : 'not run: cancelled';
    return state.failureStop;
}
/** Splits the plan into batches: a run of independent reads, or a single write. */
function batchCommands(commands) {
    const batches = [];
    let current = [];
    for (const command of commands) {
        const dependsOnCurrent = command.references.some((id) => current.some((other) => other.id === id));
        // A for-each runs its own iterations concurrently: it is a batch of its own, like a write.
        const alone = !(0,access/* isReadOnly */.P)(command) || command.forEach !== undefined;
        if (alone || dependsOnCurrent) {
            if (current.length)
                batches.push(current);
            current = [];
            if (alone) {
                batches.push([command]);
                continue;
            }
        }
        current.push(command);
    }
    if (current.length)
        batches.push(current);
    return batches;
}
async function runOne(command, state, options) {
    const failedReference = command.references.find((id) => state.failedIds.has(id));
    if (failedReference !== undefined)
        return skipped(command, `not run: it uses the result of '${failedReference}', which failed`);
    const started = performance.now();
    const base = outcomeBase(command, options);
    try {
        const context = commandContext(command, options);
        if (command.forEach) {
            const each = await runEach(command, context, state, { ...options, compact: !options.referenced.has(command.id) });
            return { ...base, ...each, durationMs: Math.round(performance.now() - started) };
        }
        const result = await runWith(command, context, state.results, options.signal);
        const durationMs = Math.round(performance.now() - started);
        return { ...base, status: 'succeeded', durationMs, result, items: Array.isArray(result) ? result.length : undefined };
    }
    catch (error) {
        const durationMs = Math.round(performance.now() - started);
        if (options.signal?.aborted)
            return { ...base, status: 'failed', durationMs, error: abandoned(options.signal.reason), stopped: true };
        const actionError = error instanceof errors/* ActionError */.lZ ? error : (0,errors/* toActionError */.ie)(error);
        return { ...base, status: 'failed', durationMs, error: (0,errors/* formatError */.Wk)(actionError) };
    }
}
/** What a command gets to do its work. */
function commandContext(command, options) {
    const resource = options.resources.get(command.index);
    const { host } = options;
    return {
        http: options.http,
        cloud: options.cloud,
        resource,
        sharePointUrl: resource?.kind === 'sharepoint' ? resource.audience : options.sharePointUrl,
        files: options.files,
        signal: options.signal ?? NEVER,
        session: options.session,
        once: options.once,
        log: host,
        // A secret the command creates (a client secret, a generated password) becomes a masked output of its own, registered
        // with the platform before it is written, and never part of the result, the log or the summary.
        secretOutput(name, value) {
            host.setSecret(value);
            const output = `${command.id}-${name}`;
            host.setOutput(output, value);
            return output;
        },
    };
}
/** Resolves the references against `results`, runs the command, applies its query. */
async function runWith(command, context, results, signal) {
    const resolved = resolveReferences(command, results);
    // The HTTP layer aborts its requests on the same signal; racing it also frees the run from a command that would not
    // stop, so that outputs and the summary are written within the runner's cancellation window.
    const raw = await untilAborted(command.definition.run(context, resolved), signal);
    return command.query ? applyQuery(raw, command.query) : raw;
}
/**
 * `for-each`: the command once per element, concurrently up to max-parallel. The result is the per-element results in
 * element order; the failed elements are kept (`<id>-failed`) so that a later item or a rerun takes exactly those.
 */
async function runEach(command, context, state, options) {
    const elements = forEachElements(command, state.results);
    // When no later command uses the results, each is kept as its JSON text (a fraction of the memory of the objects),
    // and the whole goes to disk at the end.
    const texts = [];
    const outcome = await runForEach(elements, async (item, index) => {
        const results = new Map(state.results).set('item', item).set('index', index);
        try {
            const result = await runWith(command, context, results, options.signal);
            if (!options.compact)
                return { ok: true, result };
            texts[index] = JSON.stringify(result ?? null);
            return { ok: true, result: undefined };
        }
        catch (error) {
            const message = (0,errors/* formatError */.Wk)((0,errors/* toActionError */.ie)(error));
            options.host.debug(`${command.display} [${index}]: ${message}`);
            return { ok: false, error: message };
        }
    }, {
        maxParallel: options.maxParallel,
        continueOnError: command.continueOnError || options.continueOnError,
        signal: options.stop,
        onProgress: (progress) => options.host.info(`${command.index + 1}. ${command.display}: ${describeProgress(progress)}`),
    });
    state.results.set(`${command.id}-failed`, outcome.failed.map((f) => f.item));
    const forEach = { total: outcome.total, succeeded: outcome.succeeded, failed: outcome.failed, notStarted: outcome.notStarted };
    const spool = options.compact ? await spoolJsonArray(options.host.tempDirectory, texts, elements.length) : undefined;
    const result = spool ? preview(texts, elements.length) : Array.from(outcome.results, (r) => r ?? null);
    const kept = spool ? { result, spooled: spool } : { result };
    if (outcome.failed.length === 0 && outcome.notStarted === 0)
        return { status: 'succeeded', ...kept, items: elements.length, forEach };
    const first = outcome.failed[0];
    const error = `${outcome.failed.length} of ${outcome.total} item(s) failed, ${outcome.succeeded} done, ${outcome.notStarted} not started` +
        (first ? `; first: item ${first.index} (${(0,plan_options/* showValue */.vp)(first.item)}): ${first.error}` : '');
    return { status: 'failed', ...kept, items: elements.length, error, forEach };
}
/** The first results, up to about what the log shows of a result, for the log (the rest is in the outputs). */
function preview(texts, length) {
    const shown = [];
    let size = 0;
    for (let i = 0; i < length; i++) {
        const text = texts[i] ?? 'null';
        size += text.length;
        if (size > render/* RESULT_LOG_CHARS */.LI && shown.length > 0)
            break;
        shown.push(text);
    }
    return JSON.parse(`[${shown.join(',')}]`);
}
/** The elements of a `for-each`: its literal list, or the list its reference gives. */
function forEachElements(command, results) {
    const forEach = command.forEach;
    if (!forEach)
        return [];
    if ('items' in forEach)
        return forEach.items;
    const value = resolveReference(forEach.reference, results, `'for-each' of command ${command.index + 1}`);
    if (!Array.isArray(value))
        throw new errors/* ActionError */.lZ(`'for-each' of command ${command.index + 1} is ${forEach.reference}, which is not a list: ${(0,plan_options/* showValue */.vp)(value)}.`);
    return value;
}
/** The outcome with its result on disk when it is large (see report/spool.ts); as it is when small or on a write error. */
async function spooled(outcome, host) {
    // A for-each's results are already on disk; what it holds in `result` is the log's preview.
    if (outcome.spooled)
        return { ...outcome, result: undefined };
    try {
        const spool = await spoolResult(host.tempDirectory, outcome.result);
        return spool ? { ...outcome, result: undefined, spooled: spool } : outcome;
    }
    catch (error) {
        host.debug(`The result of '${outcome.id}' stays in memory: ${(0,errors/* toActionError */.ie)(error).message}`);
        return outcome;
    }
}
/** A signal that never fires, for runs without cancellation (tests, library use). */
const NEVER = new AbortController().signal;
function abandoned(reason) {
    const why = reason instanceof Interruption ? reason.message : 'The run was cancelled.';
    return `stopped while running: ${why} Its request may or may not have reached the service; check before running it again.`;
}
/** A result goes to the log (as untrusted text, in a group); a failure becomes an error, or a warning when tolerated. */
function logOutcome(host, command, outcome) {
    if (outcome.status === 'succeeded')
        logResult(host, command, outcome.result, outcome.durationMs);
    if (outcome.spooled && Array.isArray(outcome.result) && (outcome.items ?? 0) > outcome.result.length) {
        host.info(`${command.index + 1}. The log shows the first ${outcome.result.length} of ${outcome.items} results; all of them are in the output '${command.id}' and the output file.`);
    }
    if (outcome.status === 'skipped')
        host.info(`${command.index + 1}. ${command.display}: ${outcome.error}.`);
    if (outcome.status !== 'failed')
        return;
    const message = `Command ${command.index + 1}${command.hasDeclaredId ? ` (${command.id})` : ''} '${command.display}' failed: ${outcome.error}`;
    if (command.continueOnError)
        host.warning(message);
    else
        host.error(message);
}
function outcomeBase(command, options) {
    const resource = options.resources.get(command.index);
    return {
        index: command.index,
        id: command.id,
        hasDeclaredId: command.hasDeclaredId,
        display: command.display,
        resource: resource ? clouds/* RESOURCE_LABELS */.f$[resource.kind] : '—',
    };
}
function skipped(command, reason) {
    return {
        index: command.index,
        id: command.id,
        hasDeclaredId: command.hasDeclaredId,
        display: command.display,
        resource: command.resourceKind === 'none' ? '—' : clouds/* RESOURCE_LABELS */.f$[command.resourceKind],
        status: 'skipped',
        durationMs: 0,
        error: reason,
    };
}
/** Echoes a result into the log. It is tenant data: it goes through logUntrusted so it can never act as a command. */
function logResult(host, command, result, durationMs) {
    host.startGroup(`${command.index + 1}. ${command.display} (${durationMs} ms)`);
    if (command.output !== 'none' && result !== undefined)
        host.logUntrusted((0,render/* renderForLog */.A_)(result, command.output, { where: `the output '${command.id}' and the output file` }));
    host.endGroup();
}
/** Runs `task` over `items` with at most `limit` at once; results in input order. */
async function mapConcurrently(items, limit, task) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await task(items[index]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
}

// EXTERNAL MODULE: ./src/text.ts
var src_text = __webpack_require__(8992);
// EXTERNAL MODULE: ./src/http/errors.ts
var http_errors = __webpack_require__(8549);
;// CONCATENATED MODULE: ./src/http/client.ts




/** Redirects followed per request before giving up. */
const MAX_REDIRECTS = 5;
/** Pages followed by getAll before giving up (a runaway nextLink chain). */
const MAX_PAGES = 1000;
/** Headers the client owns: a caller cannot set them, and they never follow a redirect to another host. */
const CREDENTIAL_HEADERS = ['authorization', 'cookie', 'proxy-authorization'];
/**
 * The ApiClient: token pinning (a token goes only to an https host of its own resource, redirects included), retries,
 * paging and error normalisation over a Transport.
 */
function createApiClient(options) {
    const findResource = (url) => resourceOf(url, options.resources());
    async function request(req) {
        // Everything that needs no network is checked before a token is asked for: a refused request costs no sign-in.
        const method = assertMethod(req.method);
        const url = assertSafeUrl(req.url, method);
        const resource = findResource(url);
        if (!resource)
            throw refusal(url, options.resources());
        const headers = callerHeaders(req, method, url);
        if (req.download && method !== 'GET') {
            throw new errors/* ActionError */.lZ(`refusing to send ${method} ${(0,http_errors/* shortUrl */.mv)(url.href)} as a download: only a GET can be one`);
        }
        const signal = options.signal ?? options.transport.signal;
        const description = `${method} ${(0,http_errors/* shortUrl */.mv)(url.href)}`;
        if (signal?.aborted)
            throw (0,retry/* cancellationError */._E)(signal, description);
        const first = { method, url, resource, body: req.body, headers };
        const answer = await (0,retry/* withRetries */.LH)(() => followRedirects(first, req), {
            description,
            idempotent: (0,retry/* isIdempotent */.ky)(method, req.idempotent),
        }, { ...options.retry, signal });
        if (answer.status < 200 || answer.status > 299) {
            throw (0,http_errors/* toHttpError */.e7)({ method, url: answer.url.href, status: answer.status, headers: answer.headers, body: answer.body }, { resource: answer.resource });
        }
        const body = decodeBody(answer, method, req.responseType ?? 'json');
        return { status: answer.status, headers: answer.headers, body };
    }
    async function followRedirects(first, req) {
        let hop = first;
        for (let redirects = 0;; redirects++) {
            const headers = await headersFor(hop.resource, hop.headers);
            const response = await send({ method: hop.method, url: hop.url.href, headers, body: hop.body, timeoutMs: req.timeoutMs }, hop.url.host);
            const location = response.headers.location;
            if (!isRedirect(response.status) || !location)
                return { ...response, url: hop.url, resource: hop.resource };
            if (redirects >= MAX_REDIRECTS) {
                throw new errors/* ActionError */.lZ(`${first.method} ${(0,http_errors/* shortUrl */.mv)(first.url.href)} was redirected more than ${MAX_REDIRECTS} times`, {
                    hint: 'Check the URL: the service keeps redirecting it.',
                });
            }
            hop = nextHop(hop, response.status, location, req.download === true);
        }
    }
    /** One request through the host's limiter: it waits for a slot, and learns from the answer (429, RateLimit-*). */
    async function send(request, host) {
        const release = await options.limiter?.acquire(host);
        let response;
        try {
            response = await options.transport.send(request);
            return response;
        }
        finally {
            release?.(response?.status ?? 0, response?.headers ?? {});
        }
    }
    async function headersFor(resource, caller) {
        const accept = resource?.kind === 'sharepoint' ? 'application/json;odata=nometadata' : 'application/json';
        const headers = { accept, ...caller };
        if (resource)
            headers.authorization = `Bearer ${await options.tokens.getToken(resource)}`;
        return headers;
    }
    async function getAll(url, headers) {
        const items = [];
        const seen = new Set();
        for (let next = url; next !== undefined;) {
            if (seen.has(next)) {
                throw new errors/* ActionError */.lZ(`GET ${(0,http_errors/* shortUrl */.mv)(url)}: paging stopped, the service returned the same next link twice (${(0,src_text/* boundEcho */.E0)(next, 300)})`);
            }
            if (seen.size >= MAX_PAGES) {
                throw new errors/* ActionError */.lZ(`GET ${(0,http_errors/* shortUrl */.mv)(url)}: paging stopped after ${MAX_PAGES} pages`, {
                    hint: 'Narrow the request (a filter, or a larger page size with $top) so that it returns fewer pages.',
                });
            }
            seen.add(next);
            const page = readPage((await request({ url: next, headers })).body, next);
            items.push(...page.items);
            next = page.nextLink === undefined ? undefined : new URL(page.nextLink, next).href;
        }
        return items;
    }
    return { request, getAll };
}
/** The resource whose hosts list this exact host, on the default https port. */
function resourceOf(url, resources) {
    if (url.protocol !== 'https:' || url.port !== '')
        return undefined;
    const host = url.hostname.toLowerCase();
    return resources.find((r) => r.hosts.some((h) => h.toLowerCase() === host));
}
/**
 * An absolute https URL without user info. `https://graph.microsoft.com@evil.com/` is a request to evil.com that reads
 * like one to Graph: refused outright, whatever the host.
 */
function assertSafeUrl(raw, method) {
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        throw new errors/* ActionError */.lZ(`${method} ${JSON.stringify(raw)}: not an absolute URL`, { hint: 'Use a full https:// URL.' });
    }
    if (url.protocol !== 'https:') {
        throw new errors/* ActionError */.lZ(`refusing to send ${method} ${(0,http_errors/* shortUrl */.mv)(url.href)}: only https URLs are allowed`, {
            hint: 'Use the https:// form of the URL; tokens never travel unencrypted.',
        });
    }
    if (url.username !== '' || url.password !== '') {
        throw new errors/* ActionError */.lZ(`refusing to send a request to ${url.host}: the URL has a user-info part (text before "@"), which disguises its host`, {
            hint: 'Remove the part before "@" in the URL.',
        });
    }
    return url;
}
/** RFC 9110 token characters: a method or header name with anything else (a space, CR, LF) is malformed. */
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
function assertMethod(raw) {
    const method = (raw ?? 'GET').toUpperCase();
    if (!TOKEN.test(method)) {
        throw new errors/* ActionError */.lZ(`refusing to send a request with the method ${JSON.stringify(method.slice(0, 40))}: not an HTTP method`, {
            hint: 'Use GET, POST, PUT, PATCH or DELETE.',
        });
    }
    return method;
}
function refusal(url, resources) {
    const hosts = [...new Set(resources.flatMap((r) => r.hosts))];
    return new errors/* ActionError */.lZ(`refusing to send a request to ${url.host}: it belongs to no Microsoft 365 resource of this run`, {
        hint: `Tokens are only sent to the hosts of their resource${hosts.length ? ` (this run: ${hosts.join(', ')})` : ''}.`,
    });
}
/**
 * The caller's headers, lower-cased, without the credential headers the client owns. A header name that is not a
 * token, or a value with CR, LF or NUL (which would smuggle another header into the request), is refused here, before
 * any token is asked for; the value itself is never echoed (it may be a secret).
 */
function callerHeaders(req, method, url) {
    const headers = {};
    for (const [name, value] of Object.entries(req.headers ?? {})) {
        const where = `refusing to send ${method} ${(0,http_errors/* shortUrl */.mv)(url.href)}`;
        if (!TOKEN.test(name)) {
            throw new errors/* ActionError */.lZ(`${where}: ${JSON.stringify(name.slice(0, 60))} is not a valid header name`, {
                hint: 'A header name is letters, digits and - (e.g. ConsistencyLevel); no spaces, colons or line breaks.',
            });
        }
        if (/[\r\n\0]/.test(value)) {
            throw new errors/* ActionError */.lZ(`${where}: the value of the header ${name} holds a line break or NUL character`, {
                hint: 'A header value is one line: remove the line breaks (CR, LF) from it.',
            });
        }
        const lower = name.toLowerCase();
        if (!CREDENTIAL_HEADERS.includes(lower))
            headers[lower] = value;
    }
    return headers;
}
function isRedirect(status) {
    return status === 301 || status === 302 || status === 303 || status === 307 || status === 308;
}
/**
 * The request after a redirect (RFC 9110 §15.4), stricter than a browser because a token is at stake:
 * - To another host: only a GET declared as a download (a pre-authorised URL, as Graph's reports and file contents
 *   answer) is followed, over https on the default port, with no token, none of the caller's headers and no body; the
 *   token is never attached again on that chain. Anything else is refused, naming both hosts: the answer of a foreign
 *   host must never become a command's result, and a 307 must never carry an upload's body off its host.
 * - On the same host: 307/308 keep method and body; 303, and 301/302 after a POST, become a GET without body (as
 *   browsers do); a 301/302 after PUT, PATCH or DELETE is refused, as the write could only be re-sent by guessing.
 */
function nextHop(hop, status, location, download) {
    let url;
    try {
        url = new URL(location, hop.url);
    }
    catch {
        throw new errors/* ActionError */.lZ(`${hop.method} ${(0,http_errors/* shortUrl */.mv)(hop.url.href)} redirected to an invalid URL`);
    }
    const what = `the redirect (${status}) of ${hop.method} ${(0,http_errors/* shortUrl */.mv)(hop.url.href)}`;
    if (url.protocol !== 'https:' || url.username !== '' || url.password !== '') {
        throw new errors/* ActionError */.lZ(`refusing to follow ${what} to ${(0,http_errors/* shortUrl */.mv)(url.href)}: only https URLs without user info are followed`);
    }
    if (url.host !== hop.url.host)
        return crossHostHop(hop, url, what, download);
    if (status === 307 || status === 308 || hop.method === 'GET' || hop.method === 'HEAD')
        return { ...hop, url };
    if (status === 303 || hop.method === 'POST') {
        return { method: 'GET', url, resource: hop.resource, body: undefined, headers: withoutContentHeaders(hop.headers) };
    }
    throw new errors/* ActionError */.lZ(`refusing to follow ${what} to ${(0,http_errors/* shortUrl */.mv)(url.href)}: a ${hop.method} is only sent again after a 307 or 308`, {
        hint: 'Send the request to the URL the service redirects to.',
    });
}
function crossHostHop(hop, url, what, download) {
    if (!download || hop.method !== 'GET') {
        throw new errors/* ActionError */.lZ(`refusing to follow ${what} from ${hop.url.host} to another host, ${url.host}: only a download is followed to another host`, {
            hint: 'A redirect off the host of the request is followed only for a GET that downloads a file, without token or body. ' +
                'If the other host is right, send the request to it directly.',
        });
    }
    if (url.port !== '') {
        throw new errors/* ActionError */.lZ(`refusing to follow ${what} from ${hop.url.host} to ${url.host}: only the default https port is followed`);
    }
    // A pre-authorised download answers a file of any type: no JSON is asked for there.
    return { method: 'GET', url, resource: undefined, body: undefined, headers: { accept: '*/*' } };
}
function withoutContentHeaders(headers) {
    return Object.fromEntries(Object.entries(headers).filter(([name]) => !name.startsWith('content-')));
}
function decodeBody(answer, method, type) {
    if (type === 'buffer')
        return answer.body;
    const text = answer.body.toString('utf8');
    if (type === 'text')
        return text;
    if (text.trim() === '')
        return undefined;
    try {
        return JSON.parse(text);
    }
    catch {
        throw new errors/* ActionError */.lZ(`${method} ${(0,http_errors/* shortUrl */.mv)(answer.url.href)} returned ${answer.status} with a body that is not JSON`, {
            hint: `It starts with: ${JSON.stringify(text.slice(0, 80))}`,
        });
    }
}
/** The items and next link of a page, in Graph, SharePoint nometadata/minimal and SharePoint verbose shapes. */
function readPage(body, url) {
    if (isRecord(body)) {
        if (Array.isArray(body.value)) {
            const next = body['@odata.nextLink'] ?? body['odata.nextLink'];
            return { items: body.value, nextLink: typeof next === 'string' && next !== '' ? next : undefined };
        }
        const d = body.d;
        if (isRecord(d) && Array.isArray(d.results)) {
            return { items: d.results, nextLink: typeof d.__next === 'string' && d.__next !== '' ? d.__next : undefined };
        }
    }
    throw new errors/* ActionError */.lZ(`GET ${(0,http_errors/* shortUrl */.mv)(url)} did not return a collection (no "value" or "d.results" array)`);
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./src/http/host-limiter.ts
/**
 * One limiter per resource host: how many requests may be in flight to it, and whether it asked us to wait.
 *
 * SharePoint and Graph throttle per app and tenant. A 429 or 503 with `Retry-After` means the service wants *all* our
 * requests to that host to pause, not only the one that got it: the limiter holds every new request to the host until
 * the time has passed, and halves the concurrency. Sustained success raises it again, one step at a time, up to the
 * ceiling (`max-parallel`). SharePoint also says how much room is left (`RateLimit-Limit` / `RateLimit-Remaining` /
 * `RateLimit-Reset`): near zero, the limiter slows down before the 429 comes.
 */
const realClock = { now: Date.now, sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)) };
class HostLimiter {
    ceiling;
    clock;
    hosts = new Map();
    constructor(ceiling, clock = realClock) {
        this.ceiling = ceiling;
        this.clock = clock;
    }
    /** Waits for a slot to `host`; call the returned function with the answer's status and headers when it is back. */
    async acquire(host) {
        const state = this.host(host);
        for (;;) {
            const wait = state.pausedUntil - this.clock.now();
            if (wait > 0) {
                await this.clock.sleep(wait);
                continue;
            }
            if (state.active < state.limit)
                break;
            await new Promise((resolve) => state.waiters.push(resolve));
        }
        state.active++;
        let released = false;
        return (status, headers) => {
            if (released)
                return;
            released = true;
            state.active--;
            this.learn(state, status, headers);
            this.wake(state);
        };
    }
    /** What the limiter knows of a host, for progress lines. */
    state(host) {
        const { limit, active, pausedUntil, throttled } = this.host(host);
        return { limit, active, pausedUntil, throttled };
    }
    host(name) {
        const key = name.toLowerCase();
        let state = this.hosts.get(key);
        if (!state) {
            state = { limit: this.ceiling, active: 0, pausedUntil: 0, successes: 0, throttled: false, waiters: [] };
            this.hosts.set(key, state);
        }
        return state;
    }
    learn(state, status, headers) {
        if (status === 429 || status === 503) {
            state.pausedUntil = Math.max(state.pausedUntil, this.clock.now() + retryAfterMs(headers['retry-after']));
            state.limit = Math.max(1, Math.floor(state.limit / 2));
            state.successes = 0;
            state.throttled = true;
            return;
        }
        if (this.nearLimit(state, headers))
            return;
        // Additive increase: one more slot after a full window of successes at the current level.
        if (++state.successes >= state.limit * 2 && state.limit < this.ceiling) {
            state.limit++;
            state.successes = 0;
            if (state.limit === this.ceiling)
                state.throttled = false;
        }
    }
    /** `RateLimit-Remaining` at or below a tenth of `RateLimit-Limit`: one slot less, and none left means wait for the reset. */
    nearLimit(state, headers) {
        const limit = Number(headers['ratelimit-limit']);
        const remaining = Number(headers['ratelimit-remaining']);
        if (!Number.isFinite(limit) || !Number.isFinite(remaining) || limit <= 0 || remaining > limit / 10)
            return false;
        state.successes = 0;
        state.limit = Math.max(1, state.limit - 1);
        if (remaining <= 0)
            state.pausedUntil = Math.max(state.pausedUntil, this.clock.now() + secondsMs(headers['ratelimit-reset'], 1));
        return true;
    }
    wake(state) {
        const free = state.limit - state.active;
        for (const resolve of state.waiters.splice(0, Math.max(0, free)))
            resolve();
    }
}
/** `Retry-After` in seconds or as an HTTP date; 1 s when absent or unreadable. */
function retryAfterMs(value, now = Date.now()) {
    if (value === undefined)
        return 1000;
    const seconds = Number(value);
    if (Number.isFinite(seconds))
        return Math.max(0, seconds * 1000);
    const date = Date.parse(value);
    return Number.isFinite(date) ? Math.max(0, date - now) : 1000;
}
function secondsMs(value, fallback) {
    const seconds = Number(value);
    return (Number.isFinite(seconds) && seconds >= 0 ? seconds : fallback) * 1000;
}

// EXTERNAL MODULE: ./src/http/transport.ts
var http_transport = __webpack_require__(1517);
// EXTERNAL MODULE: ./src/permissions/evaluate.ts
var permissions_evaluate = __webpack_require__(3254);
// EXTERNAL MODULE: ./src/permissions/needs.ts
var permissions_needs = __webpack_require__(201);
// EXTERNAL MODULE: ./src/permissions/permission-ids.ts
var permission_ids = __webpack_require__(2970);
// EXTERNAL MODULE: ./src/permissions/sites.ts
var sites = __webpack_require__(6004);
;// CONCATENATED MODULE: ./src/permissions/preflight.ts






/**
 * The preflight: after the tokens arrived and before the first command, compares what the plan needs with the `roles`
 * of each resource's token. Definitely missing permissions fail the run before anything is sent to Microsoft 365
 * (`strict`) or are warned about (`warn`); what a token cannot show (Sites.Selected, Azure role assignments) is warned
 * about; tokens that hold far more than the plan needs get one notice.
 */
function checkPermissions(host, options) {
    if (options.mode === 'off') {
        host.debug('permission-check is off: the tokens\' roles are not compared with what the commands need.');
        return;
    }
    const findings = (0,permissions_evaluate/* evaluatePermissions */.O)(options);
    for (const finding of findings) {
        if (finding.unproven.length > 0)
            host.warning(unprovenMessage(finding, options.appId));
    }
    const failing = findings.filter((f) => f.consentMissing || f.missing.length > 0);
    if (failing.length > 0) {
        const error = missingPermissionsError(failing, options);
        if (options.mode === 'strict')
            throw error;
        host.warning((0,errors/* formatError */.Wk)(error));
        return;
    }
    const excess = findings.filter((f) => f.excess.length > 0);
    if (excess.length > 0)
        host.info(excessNotice(excess));
}
function needersOf(needs) {
    return needs.map(permissions_needs/* describeNeeder */.ju).join('; ');
}
/** One resource's part of the failure: its token's roles, then each permission to add with the commands needing it. */
function resourceLines(finding) {
    const has = finding.consentMissing
        ? 'whose token has no roles at all (admin consent looks missing)'
        : `whose token has ${finding.roles.join(', ')}`;
    const lines = [`  - ${(0,permissions_needs/* describeResource */.w9)(finding.resource)}, ${has}:`];
    for (const { permission, needs } of finding.missing)
        lines.push(`      ${permission} for ${needersOf(needs)}`);
    if (finding.missing.length === 0) {
        const users = finding.users.map((command) => (0,permissions_needs/* describeNeeder */.ju)({ command })).join('; ');
        lines.push(`      a token without roles is refused by every request of ${users || 'the run'}`);
    }
    return lines;
}
/** `Microsoft Graph: GroupMember.Read.All; SharePoint: Sites.FullControl.All`. */
function whatToAdd(failing) {
    const byApi = new Map();
    for (const finding of failing) {
        const kind = finding.resource.kind;
        const api = kind === 'graph' || kind === 'sharepoint' || kind === 'management' ? permission_ids/* RESOURCE_APPS */.K[kind].displayName : clouds/* RESOURCE_LABELS */.f$[kind];
        const set = byApi.get(api) ?? new Set();
        for (const { permission } of finding.missing)
            set.add(permission);
        byApi.set(api, set);
    }
    return [...byApi].filter(([, set]) => set.size > 0).map(([api, set]) => `${api}: ${[...set].join(', ')}`).join('; ');
}
function missingPermissionsError(failing, { appId, mode }) {
    const strict = mode === 'strict';
    const heading = `The app lacks application permissions that the commands need${strict ? ', so nothing was run' : " (permission-check is 'warn': the commands run anyway)"}:`;
    const add = whatToAdd(failing);
    const hint = [
        add
            ? `Add them as application permissions (not delegated) in Entra ID: App registrations > app ${appId} > API permissions > Add a permission > ${add}.`
            : `In Entra ID: App registrations > app ${appId} > API permissions.`,
        'Then Grant admin consent; consent can take a few minutes to reach new tokens, so run again after that.',
        `A dry run prints the manifest entries (requiredResourceAccess) of exactly what the commands need${strict ? '; permission-check: warn runs the commands anyway' : ''}.`,
    ].join('\n');
    return new errors/* ActionError */.lZ([heading, ...failing.flatMap(resourceLines)].join('\n'), { hint });
}
/** The site a SharePoint command names (its site URL option), else its resource's root. */
function siteOf(need, fallback) {
    const option = need.command?.definition.sharePointUrlOption;
    const value = option === undefined ? undefined : need.command?.options[option];
    return (typeof value === 'string' ? (0,sites/* siteCollectionOf */.vO)(value) : undefined) ?? fallback;
}
function unprovenMessage(finding, appId) {
    const where = (0,permissions_needs/* describeResource */.w9)(finding.resource);
    if (finding.resource.kind === 'azure') {
        const lines = finding.unproven.map((need) => `  ${(0,permissions_needs/* describeNeeder */.ju)(need)} needs ${(0,permissions_needs/* describePermissions */.gH)(need.alternatives)}`);
        return [`${where}: access is by Azure role assignment, which the token does not show, so this is not checked:`, ...lines].join('\n');
    }
    const lines = finding.unproven.map((need) => {
        const line = (0,sites/* siteGrantLine */.m9)(appId, (0,sites/* sitePermissionFor */.Ih)(need.alternatives), siteOf(need, finding.resource.audience));
        return `  ${(0,permissions_needs/* describeNeeder */.ju)(need)} needs ${(0,permissions_needs/* describePermissions */.gH)(need.alternatives)}; a site grant for it: ${line}`;
    });
    return [
        `${where}: the token has Sites.Selected, which is granted per site, so the token cannot show whether these commands may do what they need (each site they use needs a grant for app ${appId}):`,
        ...lines,
    ].join('\n');
}
function excessNotice(findings) {
    const parts = findings.map((finding) => {
        const roles = finding.excess.map(({ role, enough }) => `${role} where ${enough.join(' and ')} would do`);
        return `${clouds/* RESOURCE_LABELS */.f$[finding.resource.kind]}: ${roles.join('; ')}`;
    });
    return `Notice: the app holds more than these commands need (least privilege): ${parts.join('. ')}. A dry run lists exactly what they need.`;
}

// EXTERNAL MODULE: ./src/permissions/refusal.ts
var permissions_refusal = __webpack_require__(4312);
// EXTERNAL MODULE: ./src/constants.ts
var constants = __webpack_require__(7242);
;// CONCATENATED MODULE: ./src/report/outputs.ts






/** The action's own outputs. A declared id with one of these names is rejected at planning (see the report). */
const RESERVED_OUTPUT_NAMES = Object.values(constants/* Output */.k7);
function output(name, value) {
    return { name, bytes: byteLength(value), text: () => value };
}
/** Each result serialized once (JSON), shared by `results`, `<id>`, `result` and the results file. */
class ResultTexts {
    texts = new Map();
    json(o) {
        if (o.spooled)
            return o.spooled.kind === 'json' ? readSpooled(o.spooled) : JSON.stringify(readSpooled(o.spooled));
        let text = this.texts.get(o);
        if (text === undefined) {
            text = JSON.stringify(o.result ?? null);
            this.texts.set(o, text);
        }
        return text;
    }
    /** Bytes of `json(o)`, without reading a spooled result back. */
    jsonBytes(o) {
        return o.spooled?.kind === 'json' ? o.spooled.bytes : byteLength(this.json(o));
    }
    /** The output value of a result: a string as is, a number or boolean with String, nothing as '', the rest as JSON. */
    value(o) {
        if (o.spooled)
            return readSpooled(o.spooled);
        return typeof o.result === 'object' && o.result !== null ? this.json(o) : formatOutputValue(o.result);
    }
    /** An output holding the result: sized without reading a spooled result back, read only if it is set. */
    output(name, o) {
        if (o.spooled)
            return { name, bytes: o.spooled.bytes, text: () => this.value(o) };
        return output(name, this.value(o));
    }
    /** The result as a piece of the results file: a spooled one is copied from its file. */
    chunk(o) {
        const spooled = o.spooled;
        if (spooled?.kind === 'json')
            return (write) => copySpooled(spooled, write);
        return this.json(o);
    }
}
/**
 * Sets the step outputs: `results` (every succeeded command's result by id), `<id>` for each declared id, `result`
 * (the last succeeded command's result), `failed` (JSON array of failed ids) and, after a cancellation or the
 * deadline, `cancelled` ("true").
 *
 * Outputs over the host's limits are never truncated: the largest are left unset until the rest fit, every result is
 * written to a JSON file (`outputFile`, else a new file in the host's temp directory), its path is set as
 * `results-file`, and a warning names what was skipped and where it is. With `outputFile`, the file is always written
 * (through `files`, which keeps it inside the allowed roots). The host then gets the whole document (the command line
 * prints it).
 */
async function publishOutputs(host, outcomes, options = {}) {
    const ordered = [...outcomes].sort((a, b) => a.index - b.index);
    const document = buildResultsDocument(ordered);
    const file = options.outputFile ? (0,external_node_path_.resolve)(options.outputFile) : (0,external_node_path_.join)(host.tempDirectory, `m365-action-results-${(0,external_node_crypto_.randomUUID)()}.json`);
    const texts = new ResultTexts();
    const outputs = collectOutputs(host, ordered, document, texts);
    if (options.cancelled)
        outputs.push(output(constants/* Output */.k7.Cancelled, 'true'));
    const limits = host.outputLimits;
    const skipped = chooseSkipped(outputs, limits, outputSize(limits, output(constants/* Output */.k7.ResultsFile, file)));
    for (const each of outputs) {
        if (!skipped.has(each.name))
            host.setOutput(each.name, each.text());
    }
    if (options.outputFile || skipped.size > 0) {
        await writeResultsFile(file, resultsFileChunks(ordered, document, texts), [...skipped], options.outputFile ? options.files : undefined);
    }
    if (skipped.size > 0) {
        host.setOutput(constants/* Output */.k7.ResultsFile, file);
        host.warning(skippedWarning(outputs, skipped, limits, file));
    }
    host.publishResults?.(document);
    await dropSpooled(ordered.flatMap((o) => (o.spooled ? [o.spooled] : [])));
}
/** The content of `output-file`: results by id, failed ids, and one line per command. */
function buildResultsDocument(outcomes) {
    const results = {};
    for (const o of outcomes) {
        if (o.status !== 'succeeded')
            continue;
        const spooled = o.spooled;
        // A spooled result is read back only by whoever reads it (the command line prints the document), never here.
        if (spooled)
            Object.defineProperty(results, o.id, { enumerable: true, configurable: true, get: () => spooledValue(spooled) });
        else
            results[o.id] = o.result ?? null;
    }
    return {
        results,
        failed: outcomes.filter((o) => o.status === 'failed').map((o) => o.id),
        commands: outcomes.map((o) => ({
            id: o.id,
            command: o.display,
            status: o.status,
            durationMs: o.durationMs,
            ...(o.error === undefined ? {} : { error: o.error }),
            ...(o.forEach === undefined ? {} : { forEach: o.forEach }),
        })),
    };
}
/** A result as an output value: a string as is, a number or boolean with String, nothing as '', the rest as JSON. */
function formatOutputValue(value) {
    if (value === undefined)
        return '';
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    return JSON.stringify(value);
}
function collectOutputs(host, outcomes, document, texts) {
    const succeeded = outcomes.filter((o) => o.status === 'succeeded');
    const outputs = [resultsOutput(succeeded, texts)];
    for (const o of succeeded.filter((s) => s.hasDeclaredId)) {
        if (RESERVED_OUTPUT_NAMES.includes(o.id)) {
            host.warning(`Command ${o.index + 1} has the id '${o.id}', the name of one of the action's outputs: its own output is not set; read it from 'results'.`);
        }
        else {
            outputs.push(texts.output(o.id, o));
        }
    }
    for (const o of outcomes.filter((each) => each.forEach && each.hasDeclaredId && !RESERVED_OUTPUT_NAMES.includes(each.id))) {
        outputs.push(...forEachOutputs(o, succeeded.includes(o), texts));
    }
    const last = succeeded.at(-1);
    if (last)
        outputs.push(texts.output('result', last));
    outputs.push(output('failed', JSON.stringify(document.failed)));
    return outputs;
}
/**
 * The succeeded outcomes in the order JSON.stringify gives an object's keys: integer-like ids ascending first (`"0"`,
 * `"1"` of items without an id), then the others in declared order — as `results` always had them.
 */
function inKeyOrder(succeeded) {
    const index = (id) => (/^(0|[1-9]\d{0,8})$/.test(id) ? Number(id) : undefined);
    const numeric = succeeded.filter((o) => index(o.id) !== undefined).sort((a, b) => (index(a.id) ?? 0) - (index(b.id) ?? 0));
    return [...numeric, ...succeeded.filter((o) => index(o.id) === undefined)];
}
/** `results`: `{"<id>":<result>,…}`, sized from the results' own texts and joined only when it is set. */
function resultsOutput(succeeded, texts) {
    const entries = inKeyOrder(succeeded).map((o) => [JSON.stringify(o.id), o]);
    const bytes = 2 + entries.reduce((sum, [key, o], i) => sum + byteLength(key) + 1 + texts.jsonBytes(o) + (i > 0 ? 1 : 0), 0);
    return { name: 'results', bytes, text: () => `{${entries.map(([key, o]) => `${key}:${texts.json(o)}`).join(',')}}` };
}
/**
 * The results file as chunks written one after the other: each result's text is the one the outputs use, never joined
 * into a second copy of the whole document.
 */
function resultsFileChunks(outcomes, document, texts) {
    const succeeded = inKeyOrder(outcomes.filter((o) => o.status === 'succeeded'));
    const chunks = ['{\n  "results": {'];
    succeeded.forEach((o, i) => chunks.push(`${i > 0 ? ',' : ''}\n    ${JSON.stringify(o.id)}: `, texts.chunk(o)));
    const rest = JSON.stringify({ failed: document.failed, commands: document.commands }, null, 2).slice(1);
    chunks.push(`${succeeded.length > 0 ? '\n  ' : ''}},${rest}\n`);
    return chunks;
}
/**
 * A `for-each` command's own outputs: `<id>-failed`, the failed elements themselves (a rerun's `for-each` takes exactly
 * those), `<id>-counts`, and `<id>` with the per-element results (null where an element failed) also when some failed.
 */
function forEachOutputs(o, succeeded, texts) {
    const each = o.forEach;
    if (!each)
        return [];
    const counts = { total: each.total, succeeded: each.succeeded, failed: each.failed.length, notStarted: each.notStarted };
    return [
        ...(succeeded ? [] : [texts.output(o.id, o)]),
        output(`${o.id}-failed`, JSON.stringify(each.failed.map((f) => f.item))),
        output(`${o.id}-counts`, JSON.stringify(counts)),
    ];
}
/** What one output costs as the platform counts it: name, value and what the platform stores around them. */
function outputSize(limits, each) {
    return byteLength(each.name) + each.bytes + limits.outputOverheadBytes;
}
/**
 * Which outputs to leave unset so that the rest (plus `results-file`) fit: the largest first; `failed` and
 * `cancelled` never (they are short and say whether the run is to be trusted).
 */
function chooseSkipped(outputs, limits, fileOutputBytes) {
    const skipped = new Set();
    const valueLimit = limits.maxOutputValueBytes ?? Infinity;
    const size = (o) => outputSize(limits, o);
    let total = outputs.reduce((sum, o) => sum + size(o), 0);
    const kept = [constants/* Output */.k7.Failed, constants/* Output */.k7.Cancelled];
    const candidates = outputs.filter((o) => !kept.includes(o.name)).sort((a, b) => size(b) - size(a));
    for (const candidate of candidates.filter((o) => o.bytes > valueLimit)) {
        skipped.add(candidate.name);
        total -= size(candidate);
    }
    for (const candidate of candidates.filter((o) => !skipped.has(o.name))) {
        if (total + (skipped.size > 0 ? fileOutputBytes : 0) <= limits.maxOutputBytes)
            break;
        skipped.add(candidate.name);
        total -= size(candidate);
    }
    return skipped;
}
async function writeResultsFile(file, text, skipped, files) {
    try {
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(file), { recursive: true });
        if (files)
            await files.writeFile(file, text);
        else
            await writeChunks(file, text);
    }
    catch (error) {
        const lost = skipped.length > 0 ? ` The outputs ${skipped.join(', ')} were too large to set and are therefore missing.` : '';
        throw new errors/* ActionError */.lZ(`Could not write the results file '${file}': ${error instanceof Error ? error.message : String(error)}.${lost}`, {
            hint: 'Give output-file a path in a writable directory (e.g. under the workspace or the runner temp directory).',
            cause: error,
        });
    }
}
/** The overflow file in the host's temp directory (a new file: no containment question arises). */
async function writeChunks(file, chunks) {
    const handle = await (0,promises_.open)(file, 'w', 0o600);
    try {
        for (const chunk of chunks) {
            if (typeof chunk === 'string')
                await handle.write(chunk);
            else
                await chunk((piece) => handle.write(piece));
        }
    }
    finally {
        await handle.close();
    }
}
function skippedWarning(outputs, skipped, limits, file) {
    const limit = limits.maxOutputBytes;
    const valueLimit = limits.maxOutputValueBytes;
    const listed = outputs
        .filter((o) => skipped.has(o.name))
        .map((o) => `${o.name} (${o.bytes} bytes)`)
        .join(', ');
    const perOutput = valueLimit === undefined ? '' : ` (or the ${valueLimit}-byte limit per output)`;
    return `Outputs over the ${limit}-byte limit for step outputs${perOutput} were not set: ${listed}. Nothing was truncated: all results are in ${file} (output results-file).`;
}
function byteLength(text) {
    return Buffer.byteLength(text, 'utf8');
}

// EXTERNAL MODULE: ./src/report/summary.ts
var summary = __webpack_require__(7994);
// EXTERNAL MODULE: ./src/failure.ts
var failure = __webpack_require__(1633);
;// CONCATENATED MODULE: ./src/live.ts
/**
 * The part of a run that talks to Microsoft 365: sign in, run the plan, publish outputs and the summary. Loaded by
 * main.ts only after a plan was made and is not a dry run.
 */














/** Everything after the plan for a run that is not a dry run; see `run` in main.ts. */
async function runLive(host, settings, plan, options) {
    const control = createRunControl({ timeoutMinutes: settings.timeoutMinutes, cancel: options.cancel, graceMs: options.graceMs });
    try {
        const { outcomes, error } = await runPlan(host, settings, plan, control);
        const interruption = control.interruption();
        await publishOutputs(host, outcomes, { outputFile: settings.outputFile, files: settings.files, cancelled: interruption !== undefined });
        const stopped = interruption ?? error;
        await host.appendSummary((0,summary/* buildSummary */.fR)(outcomes, {}) + (stopped ? `\n${failureNote((0,errors/* formatError */.Wk)(stopped))}` : ''));
        return conclude(host, plan, outcomes, interruption, error);
    }
    catch (error) {
        await (0,failure/* fail */.f)(host, error);
        return control.interruption() ? 'cancelled' : 'failed';
    }
    finally {
        control.dispose();
    }
}
function failureNote(message) {
    return `❌ The step failed.\n\n${(0,render/* codeBlock */.DV)(message)}\n`;
}
/**
 * Signs in and runs the commands. A sign-in that fails (or is cancelled) still yields an outcome per command, so that
 * the outputs (`failed` above all) and the summary say what did not run.
 */
async function runPlan(host, settings, plan, control) {
    let connection;
    try {
        connection = await untilAborted(connect(host, settings, plan, control.abort), control.abort);
    }
    catch (error) {
        const interruption = control.interruption();
        if (interruption)
            return { outcomes: plan.commands.map((command) => notRun(command, interruption.notRun, 'skipped')) };
        return { outcomes: plan.commands.map((command) => notRun(command, 'not run: sign-in failed', 'failed')), error: (0,errors/* toActionError */.ie)(error) };
    }
    try {
        const { session, resources } = connection;
        checkPermissions(host, { mode: settings.permissionCheck, appId: settings.appId, plan, resources, tokens: session.tokens });
    }
    catch (error) {
        return { outcomes: plan.commands.map((command) => notRun(command, 'not run: the permission check failed', 'failed')), error: (0,errors/* toActionError */.ie)(error) };
    }
    const outcomes = await executePlan(plan, {
        host,
        http: connection.http,
        cloud: settings.cloud,
        resources: connection.resources,
        sharePointUrl: settings.spoUrl ?? connection.sharePointRoot?.audience,
        session: {
            appId: settings.appId,
            tenant: settings.tenant,
            authType: connection.session.authType,
            cloud: settings.cloud.name,
            appDisplayName: connection.session.tokens.appDisplayName,
        },
        cwd: settings.cwd,
        continueOnError: settings.continueOnError,
        maxParallel: settings.maxParallel,
        files: settings.files,
        stop: control.stop,
        signal: control.abort,
    });
    return { outcomes };
}
/** Sign-in, SharePoint discovery when needed, and one token per resource (prefetched at once). */
async function connect(host, settings, plan, signal) {
    const transport = (0,http_transport/* createTransport */.oO)({ log: host, signal });
    const session = await signIn(settings, host, transport);
    const known = [...plan.resources];
    const http = (0,permissions_refusal/* withTokenDiagnostics */.CX)(createApiClient({ transport, tokens: session.tokens, resources: () => known, signal, limiter: new HostLimiter(settings.maxParallel) }), session.tokens, settings.appId);
    let sharePointRoot;
    if (plan.needsSharePointDiscovery) {
        addResource(known, (0,clouds/* fixedResource */.Ju)(settings.cloud, 'graph'));
        sharePointRoot = addResource(known, await discoverSharePoint(http, settings));
    }
    const resources = new Map();
    for (const command of plan.commands) {
        const resource = command.resource ?? (command.resourceKind === 'sharepoint' ? sharePointRoot : undefined);
        if (resource)
            resources.set(command.index, resource);
    }
    // One token per resource the commands use (prefetch asks each audience once), all at once, before the first command.
    await session.tokens.prefetch([...resources.values()]);
    return { session, http, resources, sharePointRoot };
}
function addResource(list, resource) {
    if (!list.some((known) => known.audience === resource.audience))
        list.push(resource);
    return resource;
}
/** The tenant's SharePoint root, asked once of Graph when neither `spo-url` nor a command's own URL names it. */
async function discoverSharePoint(http, settings) {
    const url = `${settings.cloud.graph}/v1.0/sites/root?$select=webUrl`;
    const response = await http.request({ url });
    const webUrl = response.body?.webUrl;
    const resource = webUrl ? (0,clouds/* sharePointResource */.kS)(settings.cloud, webUrl) : undefined;
    if (!resource) {
        throw new errors/* ActionError */.lZ(`Could not discover the SharePoint root URL of tenant ${settings.tenant}: Graph sites/root answered ${JSON.stringify(webUrl ?? null)}.`, {
            hint: "Set the input 'spo-url' (e.g. https://contoso.sharepoint.com), or give the command its site URL.",
        });
    }
    return resource;
}
function notRun(command, reason, status) {
    return {
        index: command.index,
        id: command.id,
        hasDeclaredId: command.hasDeclaredId,
        display: command.display,
        resource: command.resource ? clouds/* RESOURCE_LABELS */.f$[command.resource.kind] : command.resourceKind === 'none' ? '—' : clouds/* RESOURCE_LABELS */.f$[command.resourceKind],
        status,
        durationMs: 0,
        error: reason,
    };
}
/** Fails the step when anything did not go as declared, with the one message that says why. */
function conclude(host, plan, outcomes, interruption, error) {
    if (interruption) {
        host.setFailed((0,errors/* formatError */.Wk)(new errors/* ActionError */.lZ(`${interruption.message} ${tally(outcomes)}`, { hint: interruption.hint })));
        return 'cancelled';
    }
    if (error) {
        host.setFailed((0,errors/* formatError */.Wk)(error));
        return 'failed';
    }
    const failed = outcomes.filter((o) => o.status === 'failed' && !plan.commands[o.index].continueOnError);
    const skipped = outcomes.filter((o) => o.status === 'skipped');
    if (failed.length === 0 && skipped.length === 0)
        return 'succeeded';
    const names = failed.map((o) => `${o.index + 1} (${o.id})`).join(', ');
    host.setFailed(failed.length
        ? `${failed.length} of ${outcomes.length} command(s) failed: ${names}.${skipped.length ? ` ${skipped.length} not run.` : ''}`
        : `${skipped.length} command(s) not run because a command they depend on failed.`);
    return 'failed';
}
/** "2 of 5 command(s) completed, 1 stopped while running, 2 not run." */
function tally(outcomes) {
    const stopped = outcomes.filter((o) => o.stopped).length;
    const notRunCount = outcomes.filter((o) => o.status === 'skipped').length;
    const ran = outcomes.length - stopped - notRunCount;
    return `${ran} of ${outcomes.length} command(s) ran, ${stopped} stopped while running, ${notRunCount} not run: outputs and the summary show which.`;
}


/***/ }),

/***/ 4312:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CX: () => (/* binding */ withTokenDiagnostics),
/* harmony export */   Id: () => (/* binding */ RefusedRequest)
/* harmony export */ });
/* unused harmony export refusalHint */
/* harmony import */ var _clouds_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(157);
/* harmony import */ var _http_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8549);
/* harmony import */ var _implications_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5626);
/* harmony import */ var _needs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(201);
/* harmony import */ var _permission_ids_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2970);
/* harmony import */ var _sites_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6004);






const CONSENT_DELAY = 'consent can take a few minutes to reach new tokens';
/**
 * The Office 365 Management APIs have few application permissions, so a refusal can name them by endpoint even for a
 * command that declares nothing (`request`): the Management Activity API reference, "Permissions".
 */
const MANAGEMENT_NOTE = 'The Office 365 Management APIs need ActivityFeed.Read for the activity feed (ActivityFeed.ReadDlp for DLP events) ' +
    'and ServiceHealth.Read for service communications.';
/** Where a permission of this resource is added in the portal. */
function whereToAdd(resource) {
    if (resource.kind === 'graph' || resource.kind === 'sharepoint' || resource.kind === 'management') {
        return `App registrations > API permissions > Add a permission > ${_permission_ids_js__WEBPACK_IMPORTED_MODULE_4__/* .RESOURCE_APPS */ .K[resource.kind].displayName} > Application permissions`;
    }
    return 'App registrations > API permissions > Add a permission';
}
function neededSentence(facts) {
    const needed = (0,_needs_js__WEBPACK_IMPORTED_MODULE_3__/* .describePermissions */ .gH)(facts.needed);
    const on = `${_clouds_js__WEBPACK_IMPORTED_MODULE_0__/* .RESOURCE_LABELS */ .f$[facts.resource.kind]} (${facts.resource.audience})`;
    if (needed !== undefined)
        return `The command needs the application permission ${needed} on ${on}.`;
    if (facts.resource.kind === 'management')
        return MANAGEMENT_NOTE;
    if (facts.resource.kind === 'azure')
        return 'Azure Service Management grants access by Azure role assignment (IAM), not by API permissions.';
    return `The command declares no permissions for ${on}: the endpoint's documentation names the application permission it needs.`;
}
function rolesSentences(facts) {
    const { roles, needed, resource } = facts;
    if (roles === undefined)
        return [];
    if (roles.length === 0) {
        return [
            `The token had no roles at all: admin consent looks missing. Grant admin consent (App registrations > API permissions > Grant admin consent); ${CONSENT_DELAY}.`,
        ];
    }
    const sentences = [`The token had: ${roles.join(', ')}.`];
    if (needed === undefined || needed.length === 0)
        return sentences;
    if ((0,_needs_js__WEBPACK_IMPORTED_MODULE_3__/* .isSatisfied */ .n2)(needed, (0,_implications_js__WEBPACK_IMPORTED_MODULE_2__/* .effectivePermissions */ .w)(resource.kind, roles))) {
        sentences.push('That covers what the command declares, so the refusal has another cause (the item\'s own permissions, or a setting of the tenant).');
        return sentences;
    }
    const missing = (0,_needs_js__WEBPACK_IMPORTED_MODULE_3__/* .minimalPermissions */ .qg)(resource.kind, [needed], roles).join(' and ');
    const where = `under ${whereToAdd(resource)}, then grant admin consent; ${CONSENT_DELAY}`;
    // With Sites.Selected the site grant is the usual fix; the tenant-wide permission is the other way.
    sentences.push(hasSiteGrantFix(facts) ? `Or, for every site at once: add ${missing} ${where}.` : `Missing: ${missing}. Add it ${where}.`);
    return sentences;
}
function hasSiteGrantFix(facts) {
    return facts.roles?.includes('Sites.Selected') === true && facts.siteUrl !== undefined;
}
function sitesSelectedSentence(facts) {
    if (!hasSiteGrantFix(facts) || facts.siteUrl === undefined)
        return [];
    const line = (0,_sites_js__WEBPACK_IMPORTED_MODULE_5__/* .siteGrantLine */ .m9)(facts.appId ?? '<app id>', (0,_sites_js__WEBPACK_IMPORTED_MODULE_5__/* .sitePermissionFor */ .Ih)(facts.needed), facts.siteUrl);
    return [
        `The token has Sites.Selected, which is granted per site: the site ${facts.siteUrl} needs a grant for this app: ${line} (run by an administrator or an app with Sites.FullControl.All).`,
    ];
}
/** The hint of a refused request: what the command needs, what the token had, what is missing and how to add it. */
function refusalHint(facts) {
    const roles = rolesSentences(facts);
    const sentences = [neededSentence(facts), ...roles.slice(0, 1), ...sitesSelectedSentence(facts), ...roles.slice(1)];
    if (facts.status === 401)
        sentences.push(`(401: the token was not accepted; it was issued for ${facts.resource.audience}.)`);
    return sentences.join('\n');
}
/** A 401/403 of a resource, with the token's roles: commands add what they need (`withNeeds`). */
class RefusedRequest extends _http_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .HttpError */ .j$ {
    facts;
    constructor(message, options) {
        super(message, { status: options.facts.status, code: options.code, hint: refusalHint(options.facts), resource: options.facts.resource, cause: options.cause });
        this.name = 'HttpError';
        this.facts = options.facts;
    }
    /** The same refusal, explained with what the command needs on its resource. */
    withNeeds(needed) {
        return new RefusedRequest(this.message, { code: this.code, cause: this.cause, facts: { ...this.facts, needed } });
    }
}
/**
 * The client of a run, whose 401/403 errors carry the roles of the token the request carried, the site collection
 * (SharePoint) and the app, so that a refusal can say what was missing instead of the service's bare text.
 */
function withTokenDiagnostics(http, tokens, appId) {
    const explain = (error, url) => {
        if (!(error instanceof _http_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .HttpError */ .j$) || (error.status !== 401 && error.status !== 403) || error.resource === undefined)
            return error;
        if (error instanceof RefusedRequest)
            return error;
        const resource = error.resource;
        const siteUrl = resource.kind === 'sharepoint' ? (0,_sites_js__WEBPACK_IMPORTED_MODULE_5__/* .siteCollectionOf */ .vO)(url) : undefined;
        const facts = { status: error.status, resource, roles: tokens.rolesOf(resource), siteUrl, appId };
        return new RefusedRequest(error.message, { code: error.code, cause: error, facts });
    };
    return {
        async request(request) {
            try {
                return await http.request(request);
            }
            catch (error) {
                throw explain(error, request.url);
            }
        },
        async getAll(url, headers) {
            try {
                return await http.getAll(url, headers);
            }
            catch (error) {
                throw explain(error, url);
            }
        },
    };
}


/***/ })

};
