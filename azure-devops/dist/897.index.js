export const id = 897;
export const ids = [897];
export const modules = {

/***/ 9897:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  FA: () => (/* reexport */ odata/* ACCEPT */.FA),
  _P: () => (/* reexport */ odata/* SHAREPOINT_JSON_BODY */._P),
  G5: () => (/* reexport */ command),
  sR: () => (/* reexport */ endpoint),
  FN: () => (/* reexport */ odata/* guidLiteral */.FN),
  Bd: () => (/* reexport */ errors/* isHttpStatus */.Bd),
  eu: () => (/* reexport */ odata/* literal */.eu),
  m7: () => (/* reexport */ options/* opt */.m7),
  P: () => (/* reexport */ odata/* query */.P),
  aO: () => (/* reexport */ rules),
  mX: () => (/* reexport */ odata/* segment */.mX),
  nb: () => (/* reexport */ odata/* serverRelativePath */.nb),
  ry: () => (/* reexport */ odata/* splitList */.ry),
  uT: () => (/* reexport */ odata/* trimSlashes */.uT)
});

// EXTERNAL MODULE: ./src/http/errors.ts
var errors = __webpack_require__(8549);
// EXTERNAL MODULE: ./src/permissions/needs.ts
var needs = __webpack_require__(201);
// EXTERNAL MODULE: ./src/permissions/refusal.ts
var refusal = __webpack_require__(4312);
;// CONCATENATED MODULE: ./src/commands/kit/access.ts




/**
 * The command's view of the HTTP client: a 401 or 403 names the application permissions this command needs on the
 * resource that refused it, instead of a generic "lacks a permission". When the run's client knows the token's roles
 * (a RefusedRequest), the hint also says what the token had, what is missing, whether consent looks missing and, with
 * Sites.Selected, which site needs a grant.
 */
function withAccessHints(http, permissions) {
    const hinted = (error) => {
        if (!(error instanceof errors/* HttpError */.j$) || (error.status !== 401 && error.status !== 403) || error.resource === undefined)
            return error;
        const alternatives = permissions[error.resource.kind];
        if (error instanceof refusal/* RefusedRequest */.Id)
            return alternatives !== undefined && alternatives.length > 0 ? error.withNeeds(alternatives) : error;
        const needed = (0,needs/* describePermissions */.gH)(alternatives);
        if (needed === undefined)
            return error;
        const hint = (0,errors/* accessHint */.ux)(error.status, { resource: error.resource, permissions: needed });
        return new errors/* HttpError */.j$(error.message, { status: error.status, code: error.code, hint, resource: error.resource, cause: error });
    };
    return {
        async request(request) {
            try {
                return await http.request(request);
            }
            catch (error) {
                throw hinted(error);
            }
        },
        async getAll(url, headers) {
            try {
                return await http.getAll(url, headers);
            }
            catch (error) {
                throw hinted(error);
            }
        },
    };
}

// EXTERNAL MODULE: ./src/commands/kit/odata.ts
var odata = __webpack_require__(6788);
// EXTERNAL MODULE: ./src/commands/kit/options.ts
var options = __webpack_require__(6999);
;// CONCATENATED MODULE: ./src/commands/kit/define.ts



/** `{ sharepoint: ['A', ['B', 'C']] }` → `{ sharepoint: [['A'], ['B', 'C']] }`. */
function normalisePermissions(spec) {
    const result = {};
    for (const [kind, alternatives] of Object.entries(spec)) {
        result[kind] = alternatives.map((alternative) => (typeof alternative === 'string' ? [alternative] : [...alternative]));
    }
    return result;
}
/** The options of the schema, typed; the planner has validated them against that schema. */
function typed(options) {
    return options;
}
/** The CLI's global options: never a command's extra option (list field, request header). */
const GLOBAL_OPTIONS = new Set(['output', 'query', 'debug', 'verbose', '_']);
/** The options outside the schema, as text (only commands with `allowUnknownOptions` have any). */
function extraOptions(specs, options) {
    const extra = {};
    for (const [name, value] of Object.entries(options)) {
        if (Object.hasOwn(specs, name) || GLOBAL_OPTIONS.has(name) || value === undefined || value === null)
            continue;
        extra[name] = typeof value === 'string' ? value : JSON.stringify(value);
    }
    return extra;
}
/** Builds the planner's view of a command from its typed declaration. */
function command(spec) {
    const { permissionsWhen, validate, readOnlyWhen, resourceFrom, run } = spec;
    const permissions = normalisePermissions(spec.permissions);
    return {
        name: spec.name,
        aliases: spec.aliases,
        description: spec.description,
        resource: spec.resource,
        sharePointUrlOption: (0,options/* siteOptionOf */.wk)(spec.options),
        readOnly: spec.readOnly,
        permissions,
        options: (0,options/* toSchemas */.eK)(spec.options),
        rules: spec.rules,
        allowUnknownOptions: spec.allowUnknownOptions,
        setsSharePointRoot: spec.setsSharePointRoot,
        permissionsWhen: permissionsWhen && ((options) => normalisePermissions(permissionsWhen(typed(options)))),
        validate: validate && ((options) => validate(typed(options), extraOptions(spec.options, options))),
        readOnlyWhen: readOnlyWhen && ((options) => readOnlyWhen(typed(options))),
        resourceFrom: resourceFrom && ((options, context) => resourceFrom(typed(options), context)),
        run(context, options) {
            const needed = permissionsWhen ? normalisePermissions(permissionsWhen(typed(options))) : permissions;
            return run({ ...context, http: withAccessHints(context.http, needed) }, typed(options), extraOptions(spec.options, options));
        },
    };
}
/** The accept header of the service. */
function acceptFor(resource, odataV4) {
    if (resource === 'sharepoint')
        return { ...(odataV4 ? odata/* ACCEPT */.FA.sharepointV4 : odata/* ACCEPT */.FA.sharepoint) };
    return resource === 'graph' ? { ...odata/* ACCEPT */.FA.graph } : { accept: 'application/json' };
}
/** A one-request command, declared like its documentation page reads. */
function endpoint(spec) {
    const method = spec.method ?? 'GET';
    return command({
        ...spec,
        readOnly: method === 'GET',
        async run(context, options) {
            const url = await spec.url(options, context);
            const extraHeaders = typeof spec.headers === 'function' ? spec.headers(options) : spec.headers;
            const headers = { ...acceptFor(spec.resource, spec.odataV4), ...extraHeaders };
            const body = spec.paged
                ? await context.http.getAll(url, headers)
                : (await context.http.request({ method, url, headers, body: spec.body?.(options) })).body;
            if (spec.empty)
                return undefined;
            return spec.result ? spec.result(body, options) : body;
        },
    });
}
/** Either/or rules, typed against the command's option names. */
const rules = {
    exactlyOne: (...options) => ({ kind: 'exactlyOne', options }),
    atMostOne: (...options) => ({ kind: 'atMostOne', options }),
    requires: (option, ...requires) => ({ kind: 'requires', option, requires }),
};

;// CONCATENATED MODULE: ./src/commands/kit/index.ts
/** The command kit: what a command file imports to declare itself. */






/***/ }),

/***/ 6788:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FA: () => (/* binding */ ACCEPT),
/* harmony export */   FN: () => (/* binding */ guidLiteral),
/* harmony export */   P: () => (/* binding */ query),
/* harmony export */   _P: () => (/* binding */ SHAREPOINT_JSON_BODY),
/* harmony export */   eu: () => (/* binding */ literal),
/* harmony export */   mX: () => (/* binding */ segment),
/* harmony export */   nb: () => (/* binding */ serverRelativePath),
/* harmony export */   ry: () => (/* binding */ splitList),
/* harmony export */   uT: () => (/* binding */ trimSlashes)
/* harmony export */ });
/**
 * OData and URL building for Microsoft Graph and SharePoint REST: the accept header each service is asked with, string
 * literals, query options, and path segments. Every value a command puts into a URL goes through one of these, so that
 * a title with a quote, a `#` or a `/` stays a value and never changes where the request goes.
 */
/** Accept headers of each service, as the CLI for Microsoft 365 asks them (plain JSON objects, no OData metadata). */
const ACCEPT = {
    /** SharePoint REST (OData v3), objects without metadata. */
    sharepoint: { accept: 'application/json;odata=nometadata' },
    /** SharePoint REST as OData v4 without metadata: collections page with `odata.nextLink` (e.g. `AvailableApps`). */
    sharepointV4: { accept: 'application/json;odata.metadata=none', 'odata-version': '4.0' },
    /** Microsoft Graph without OData annotations other than paging. */
    graph: { accept: 'application/json;odata.metadata=none' },
};
/** The JSON content type SharePoint expects with `odata=nometadata` bodies. */
const SHAREPOINT_JSON_BODY = { 'content-type': 'application/json;odata=nometadata;charset=utf-8' };
/**
 * A SharePoint REST string literal (`getByTitle('…')`, `GetById('…')`, `files('…')`) or an OData `$filter` string:
 * URL-encoded (so `#`, `&`, `?`, `/` cannot end the path or start the query) with single quotes doubled (OData's
 * escape). Without it, a list title such as `Bob's list` would end the literal early.
 */
function literal(value) {
    return `'${encodeURIComponent(value.replace(/'/g, "''"))}'`;
}
/** `guid'…'` for SharePoint's GUID parameters (`lists(guid'…')`). The value is a validated GUID. */
function guidLiteral(value) {
    return `guid${literal(value)}`;
}
/**
 * One URL path segment from a value: percent-encoded so that `/`, `?` and `#` stay inside it. `.` and `..` are
 * refused: URL parsers resolve them (even encoded as `%2e`), so they would move the request to another path.
 */
function segment(value) {
    if (value === '.' || value === '..' || value === '')
        throw new Error(`'${value}' cannot be a URL path segment`);
    return encodeURIComponent(value);
}
/**
 * `?$select=…&$filter=…`, or '' when nothing is asked. Several filters are joined with `and`; lists with commas.
 * Characters that would end a query value (`&`, `#`, `+`) are encoded; the OData syntax itself is kept readable.
 */
function query(options) {
    const parts = [];
    const list = (value, join) => {
        const values = (typeof value === 'string' ? [value] : value ?? []).map((v) => v.trim()).filter((v) => v !== '');
        return values.length > 0 ? values.join(join) : undefined;
    };
    const add = (name, value) => {
        if (value !== undefined)
            parts.push(`${name}=${value.replace(/[&#+]/g, (c) => encodeURIComponent(c))}`);
    };
    add('$expand', list(options.$expand, ','));
    add('$select', list(options.$select, ','));
    add('$filter', list(options.$filter, ' and '));
    add('$orderby', options.$orderby);
    add('$top', options.$top === undefined ? undefined : String(options.$top));
    add('$count', options.$count ? 'true' : undefined);
    return parts.length > 0 ? `?${parts.join('&')}` : '';
}
/** Comma-separated properties (`--properties "Title,Url"`) as a list, empty entries dropped. */
function splitList(value) {
    return (value ?? '').split(',').map((p) => p.trim()).filter((p) => p !== '');
}
/** The URL without trailing slashes. */
function trimSlashes(url) {
    return url.replace(/\/+$/, '');
}
/**
 * Server-relative path of `path` under `base` (an absolute URL or a server-relative path):
 * `('https://x/sites/a', 'Lists/L')` → `/sites/a/Lists/L`; a path that already starts with the base path is kept.
 */
function serverRelativePath(base, path) {
    const basePath = /^https?:\/\//i.test(base) ? decodeURIComponent(new URL(base).pathname) : base;
    const webPath = trimSlashes(basePath.startsWith('/') ? basePath : `/${basePath}`);
    const clean = `/${path.replace(/^\/+/, '').replace(/\/+$/, '')}`;
    const lower = clean.toLowerCase();
    if (webPath !== '' && (lower === webPath.toLowerCase() || lower.startsWith(`${webPath.toLowerCase()}/`)))
        return clean;
    return `${webPath}${clean}`;
}


/***/ }),

/***/ 6999:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eK: () => (/* binding */ toSchemas),
/* harmony export */   m7: () => (/* binding */ opt),
/* harmony export */   wk: () => (/* binding */ siteOptionOf)
/* harmony export */ });
// `NoInfer` in the return types: `required` must be inferred from the call's own argument (`true`), never from the
// context the option is written in (a record of options whose `required` is `boolean`), which would widen it.
function build(type, description, settings = {}, extra = {}) {
    const required = (settings.required ?? false);
    return { type, description, short: settings.short, enum: extra.enum, required };
}
/** The option builders: `opt.string('Title of the list', { short: 't', required: true })`. */
const opt = {
    string: (description, settings) => build('string', description, settings),
    boolean: (description, settings) => build('boolean', description, settings),
    number: (description, settings) => build('number', description, settings),
    /** An absolute https URL. */
    url: (description, settings) => build('url', description, settings),
    /** The URL of the SharePoint site the command talks to: its tenant decides which SharePoint token the command gets. */
    site: (description, settings) => ({ ...build('url', description, settings), site: true }),
    /** An https URL or one starting with `@graph`, `@graphbeta` or `@spo` (`request --url`). */
    endpoint: (description, settings) => build('endpoint', description, settings),
    guid: (description, settings) => build('guid', description, settings),
    /** A path to an existing file the action may read (see the file containment rules). */
    file: (description, settings) => build('file', description, settings),
    /** A JSON value given as text in a line, or as YAML in the structured form. */
    json: (description, settings) => build('json', description, settings),
    /** One of the listed values (compared case-insensitively, normalised to the listed spelling). */
    enum: (values, description, settings) => build('string', description, settings, { enum: values }),
};
/** The planner's schema list of a record of typed options. */
function toSchemas(specs) {
    return Object.entries(specs).map(([name, spec]) => {
        const { site: _site, __type: _type, ...schema } = spec;
        return { ...schema, name };
    });
}
/** The name of the option marked `opt.site`, if any (at most one per command). */
function siteOptionOf(specs) {
    const names = Object.entries(specs).filter(([, spec]) => spec.site === true).map(([name]) => name);
    if (names.length > 1)
        throw new Error(`At most one option may be opt.site(); got ${names.join(', ')}`);
    return names[0];
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
