export const id = 674;
export const ids = [674];
export const modules = {

/***/ 5674:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NETWORK_ERROR_CODE: () => (/* binding */ NETWORK_ERROR_CODE),
/* harmony export */   createMsalNetworkClient: () => (/* binding */ createMsalNetworkClient),
/* harmony export */   describeCause: () => (/* binding */ describeCause)
/* harmony export */ });
/* harmony import */ var _azure_msal_node__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6821);
/* harmony import */ var _http_retry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8902);
/* harmony import */ var _http_transport_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1517);
/* harmony import */ var _aadsts_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4270);




/** msal's error code for a request that did not get an answer; `explainAuthError` turns it into proxy/CA advice. */
const NETWORK_ERROR_CODE = 'network_error';
/**
 * msal-node's network module on top of the action's own transport, so that token requests share the proxy
 * (HTTPS_PROXY/NO_PROXY), extra CAs (NODE_EXTRA_CA_CERTS), cancellation and request logging of the API requests.
 *
 * msal reads OAuth error bodies itself (a 400 `invalid_client` becomes a ServerError with the AADSTS code), so every
 * HTTP status is returned, never thrown. Only a request without an answer, or an answer that is not JSON, throws: as an
 * msal `AuthError`, because msal rethrows those as they are and replaces anything else by a generic network error
 * without the cause.
 */
function createMsalNetworkClient(transport, options = {}) {
    return {
        sendGetRequestAsync: (url, request) => send(transport, options, 'GET', url, request),
        sendPostRequestAsync: (url, request) => send(transport, options, 'POST', url, request),
    };
}
/**
 * One sign-in request, retried here, under msal: msal itself never retries, and after a 429 or 5xx it refuses the same
 * request for a while (its throttling cache), so a retry above it would not reach Entra ID.
 *
 * Every request msal sends (discovery, OpenID configuration, the token request) changes nothing on the service: one
 * repeated after a lost answer at worst has a second token issued. So all are retried on a reset or timeout, on 429,
 * 500, 502, 503 and 504, and on an AADSTS code that Entra ID marks as transient (AADSTS90033…), with jittered backoff
 * within SIGN_IN_RETRY_POLICY; the last answer is then returned for msal to read, so that the error names the code.
 */
async function send(transport, options, method, url, request) {
    let response;
    try {
        const body = method === 'POST' ? (request?.body ?? '') : undefined;
        const timeoutMs = options.timeoutMs ?? _http_transport_js__WEBPACK_IMPORTED_MODULE_2__/* .SIGN_IN_TIMEOUT_MS */ .Le;
        const attempt = () => transport.send({ method, url, headers: request?.headers ?? {}, body, responseType: 'buffer', timeoutMs });
        response = await (0,_http_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .withRetries */ .LH)(attempt, {
            description: `${method} ${originOf(url)}${pathOf(url)}`,
            idempotent: true,
            statuses: _http_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .SIGN_IN_RETRY_STATUSES */ .cY,
            isTransient: (answer) => answer.status >= 400 && (0,_aadsts_js__WEBPACK_IMPORTED_MODULE_3__/* .hasTransientAadstsCode */ .iC)(answer.body),
            onExhausted: 'return',
        }, { ..._http_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .SIGN_IN_RETRY_POLICY */ .mh, signal: transport.signal, ...options.retry });
    }
    catch (error) {
        throw networkError(`Network request to ${originOf(url)} failed: ${describeCause(error)}`, error);
    }
    return { status: response.status, headers: response.headers, body: parseJson(response.body, response, url) };
}
function parseJson(body, response, url) {
    const text = body.toString('utf8');
    try {
        return (text.trim() === '' ? {} : JSON.parse(text));
    }
    catch (error) {
        // Typically a proxy's or captive portal's HTML page instead of Entra ID's answer.
        const type = (response.headers['content-type'] ?? 'no content type').slice(0, 100);
        throw networkError(`Network request to ${originOf(url)} failed: it answered HTTP ${response.status} with ${type} instead of JSON ` +
            '(is a proxy answering in its place?)', error);
    }
}
function networkError(message, cause) {
    const error = new _azure_msal_node__WEBPACK_IMPORTED_MODULE_0__.AuthError(NETWORK_ERROR_CODE, '', message);
    Object.defineProperty(error, 'cause', { value: cause, enumerable: false });
    return error;
}
function pathOf(url) {
    try {
        return new URL(url).pathname;
    }
    catch {
        return '';
    }
}
function originOf(url) {
    try {
        return new URL(url).origin;
    }
    catch {
        return 'Entra ID';
    }
}
/** The message of an error and of its causes (undici hides the useful part, e.g. ECONNREFUSED, in `cause`). */
function describeCause(error) {
    const parts = [];
    let current = error;
    for (let depth = 0; depth < 4 && current !== undefined && current !== null; depth++) {
        if (current instanceof Error) {
            const code = current.code;
            const text = code && !current.message.includes(code) ? `${current.message} (${code})` : current.message;
            if (text && !parts.includes(text))
                parts.push(text);
            current = current.cause;
        }
        else {
            parts.push(String(current));
            break;
        }
    }
    return parts.join(': ') || 'unknown error';
}


/***/ })

};
