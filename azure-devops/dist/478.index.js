export const id = 478;
export const ids = [478];
export const modules = {

/***/ 9478:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  commands: () => (/* binding */ commands)
});

// EXTERNAL MODULE: ./src/clouds.ts
var clouds = __webpack_require__(157);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/plan/app-only.ts
var app_only = __webpack_require__(2199);
// EXTERNAL MODULE: ./src/plan/options.ts
var options = __webpack_require__(8269);
// EXTERNAL MODULE: ./src/plan/resource.ts
var resource = __webpack_require__(4691);
// EXTERNAL MODULE: ./src/commands/kit/index.ts + 2 modules
var kit = __webpack_require__(9897);
;// CONCATENATED MODULE: ./src/commands/request.ts






const METHODS = ['get', 'post', 'put', 'patch', 'delete', 'head', 'options'];
/** The CLI's URL tokens, longest first (`@graphbeta` before `@graph`). */
const GRAPH_TOKENS = [
    ['@graphbeta', 'beta'],
    ['@graph', 'v1.0'],
];
/**
 * Expands the CLI's URL tokens: `@graph` → `<graph>/v1.0`, `@graphbeta` → `<graph>/beta`, `@spo` → the SharePoint root
 * (undefined while that root is unknown). `@graph/v1.0/users` and `@graph/beta/users` keep the version they name
 * instead of getting a second one. The one expander of `request`: planning decides the resource from the URL this
 * returns, and the command calls the same URL.
 */
function expandRequestUrl(url, cloud, sharePointUrl) {
    for (const [token, version] of GRAPH_TOKENS) {
        if (!url.startsWith(token))
            continue;
        const rest = url.slice(token.length);
        return /^\/(v1\.0|beta)(\/|\?|$)/i.test(rest) ? `${cloud.graph}${rest}` : `${cloud.graph}/${version}${rest}`;
    }
    if (!url.startsWith('@spo'))
        return url;
    return sharePointUrl === undefined ? undefined : `${(0,kit/* trimSlashes */.uT)(sharePointUrl)}${url.slice('@spo'.length)}`;
}
/**
 * `request`: any call to a Microsoft 365 API the catalogue does not cover. Every option outside the schema is a request
 * header (`--accept`, `--content-type`, `--if-match`…). The result is the parsed JSON body, or the text; with
 * `--filePath` the body is saved there and the result is the file's absolute path (the CLI prints nothing then).
 * A GET or HEAD changes nothing, so it may run concurrently with other reads; every other method is a barrier.
 */
const request = (0,kit/* command */.G5)({
    name: 'request',
    description: 'Executes the specified web request',
    resource: 'none',
    readOnly: false,
    readOnlyWhen: ({ method }) => method === undefined || method === 'get' || method === 'head',
    // Whatever the URL needs: the token's resource is the URL's, and the API decides.
    permissions: {},
    options: {
        url: kit/* opt */.m7.endpoint('URL to call (https, or starting with @graph, @graphbeta or @spo).', { short: 'u', required: true }),
        method: kit/* opt */.m7.enum(METHODS, 'HTTP method. Default: get.', { short: 'm' }),
        resource: kit/* opt */.m7.string('Accepted for scripts written for the CLI; the token is always for the resource of the URL, so it must name that resource.', { short: 'r' }),
        body: kit/* opt */.m7.string('Request body (needs --content-type).', { short: 'b' }),
        filePath: kit/* opt */.m7.string('Save the response body to this file (binary download).', { short: 'p' }),
    },
    allowUnknownOptions: true,
    validate: ({ url, resource, body, method }, headers) => {
        if (!/^(https:\/\/|@graphbeta|@graph|@spo)/.test(url)) {
            return `Option url: '${(0,options/* showValue */.vp)(url)}' is not an https URL nor does it start with @graph, @graphbeta or @spo.`;
        }
        if (resource !== undefined && url.startsWith('https://') && originOf(resource) !== originOf(url)) {
            // A token is only ever sent to the hosts of the resource it was issued for, so it cannot be asked for another one.
            return `Option resource: '${(0,options/* showValue */.vp)(resource)}' is not the resource of the URL (${originOf(url) ?? url}); the token is always for the resource of --url. Leave --resource out.`;
        }
        if (body !== undefined && (method ?? 'get') === 'get')
            return 'Specify a different method when using body';
        if (body !== undefined && !Object.keys(headers).some((name) => name.toLowerCase() === 'content-type'))
            return 'Specify the content-type when using body';
        // A line break in a header would start another header; refused here, before any token is asked.
        const broken = Object.entries(headers).find(([name, value]) => !/^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/.test(name) || /[\r\n\0]/.test(value));
        if (broken)
            return `Header option '--${broken[0]}' has a name or value a header cannot hold (a line break, NUL or a separator); remove it.`;
        return undefined;
    },
    resourceFrom: ({ url }, context) => decideResource(url, context),
    async run(context, options, extra) {
        const url = expandRequestUrl(options.url, context.cloud, context.sharePointUrl);
        if (url === undefined)
            throw new errors/* ActionError */.lZ("SharePoint root site URL is unknown, so '@spo' cannot be resolved.", { hint: 'Set the spo-url input.' });
        const headers = Object.fromEntries(Object.entries(extra).map(([name, value]) => [name.toLowerCase(), value]));
        headers.accept ??= 'application/json';
        const responseType = options.filePath !== undefined ? 'buffer' : headers.accept.startsWith('application/json') ? 'json' : 'text';
        const method = (options.method ?? 'get').toUpperCase();
        // A file download may be answered with a pre-authorised URL on another host (drive item content, reports).
        const download = options.filePath !== undefined && method === 'GET';
        const response = await context.http.request({ method, url, headers, body: options.body, responseType, download });
        if (options.filePath === undefined)
            return response.body;
        const body = response.body;
        const target = await context.files.writeFile(options.filePath, Buffer.isBuffer(body) ? body : String(body));
        context.log.debug(`File saved to path ${target}`);
        return target;
    },
});
function originOf(url) {
    try {
        return new URL(url).origin.toLowerCase();
    }
    catch {
        return undefined;
    }
}
/** Hosts a token may go to in this cloud, for the error about a foreign host. */
function knownHosts(cloud) {
    const host = (origin) => new URL(origin).hostname;
    return [host(cloud.graph), `<tenant>.${cloud.sharePointSuffix}`, host(cloud.management), host(cloud.azure)].join(', ');
}
/** The resource of the URL: one of the cloud's fixed ones or a SharePoint tenant; anything else is refused. */
function decideResource(value, { cloud, sharePointRoot, where }) {
    const fail = (error) => ({ kind: 'none', discover: false, error });
    const expanded = expandRequestUrl(value, cloud, sharePointRoot?.audience);
    if (expanded === undefined)
        return { kind: 'sharepoint', discover: true };
    const literal = (0,resource/* literalUrl */.X)(expanded);
    if (literal === undefined) {
        return fail(`request to '${(0,options/* showValue */.vp)(value)}' (${where}): the scheme and host of the URL must be written out (https://<host>/...); only the part after the host may use {{ }} references.`);
    }
    let url;
    try {
        url = new URL(literal);
    }
    catch {
        return fail(`request to '${(0,options/* showValue */.vp)(value)}' (${where}): not an absolute URL; write https://<host>/<path> or start with @graph, @graphbeta or @spo.`);
    }
    if (url.protocol !== 'https:')
        return fail(`request to '${(0,options/* showValue */.vp)(value)}' (${where}): the URL must use https; an access token is never sent over plain http.`);
    const problem = (0,options/* urlShapeProblem */.eN)(url);
    // The user-info part may be a password: it is never echoed.
    if (problem)
        return fail(`request to '${(0,options/* showValue */.vp)(value.replace(/(\/\/)[^/?#]*@/, '$1…@'))}' (${where}) is not accepted: ${problem}.`);
    const host = url.hostname.toLowerCase();
    if ((0,app_only/* isYammerHost */.a6)(host))
        return fail((0,app_only/* yammerRequestRejection */.S$)(expanded, where));
    for (const kind of ['graph', 'management', 'azure']) {
        const resource = (0,clouds/* fixedResource */.Ju)(cloud, kind);
        if (!resource.hosts.includes(host))
            continue;
        if (kind === 'graph' && (0,app_only/* isMePath */.yK)(url.pathname))
            return fail((0,app_only/* meRequestRejection */.xr)(expanded, where));
        return { kind, resource, discover: false };
    }
    const sharePoint = (0,clouds/* sharePointResource */.kS)(cloud, literal);
    if (sharePoint)
        return { kind: 'sharepoint', resource: sharePoint, discover: false };
    return fail(`request to '${(0,options/* showValue */.vp)(value)}' (${where}): that host belongs to no Microsoft 365 resource of cloud ${cloud.name}; an access token is only sent to the hosts of the resource it was issued for (${knownHosts(cloud)}).`);
}

;// CONCATENATED MODULE: ./src/commands/status.ts

/**
 * `status`: who the action signed in as, shaped like the CLI's `m365 status --output json` for an app-only connection.
 * `connectedAs` is the app's display name from the run's access tokens, as the CLI shows it, or the app ID when the run
 * asked for no token. Access tokens are never part of the result (the CLI adds them only in debug mode; an output is no place for them).
 */
const status_status = (0,kit/* command */.G5)({
    name: 'status',
    description: 'Shows Microsoft 365 login status',
    resource: 'none',
    readOnly: true,
    permissions: {},
    options: {},
    run(context) {
        const { appId, tenant, authType, cloud, appDisplayName } = context.session;
        return Promise.resolve({ connectedAs: appDisplayName ?? appId, authType, appId, appTenant: tenant, cloudType: cloud });
    },
});

;// CONCATENATED MODULE: ./src/commands/sections/core.ts


/** `request` (any call the catalogue does not cover) and `status`. */
const commands = [
    request,
    status_status,
];


/***/ })

};
