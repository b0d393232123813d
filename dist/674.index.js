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


/** msal's error code for a request that did not get an answer; `explainAuthError` turns it into proxy/CA advice. */
const NETWORK_ERROR_CODE = 'network_error';
/**
 * msal-node's network module on top of the action's own transport, so that token requests share the proxy
 * (HTTPS_PROXY/NO_PROXY), extra CAs (NODE_EXTRA_CA_CERTS), timeouts and request logging of the API requests.
 *
 * msal reads OAuth error bodies itself (a 400 `invalid_client` becomes a ServerError with the AADSTS code), so every
 * HTTP status is returned, never thrown. Only a request without an answer, or an answer that is not JSON, throws: as an
 * msal `AuthError`, because msal rethrows those as they are and replaces anything else by a generic network error
 * without the cause.
 */
function createMsalNetworkClient(transport) {
    return {
        sendGetRequestAsync: (url, options) => send(transport, 'GET', url, options),
        sendPostRequestAsync: (url, options) => send(transport, 'POST', url, options),
    };
}
async function send(transport, method, url, options) {
    let response;
    try {
        // Entra ID throttles too: a 429/503 (the request was not processed) is retried within the same bounds as API
        // requests; a lost answer to a POST is not, as for any request that may already have been processed.
        const request = { method, url, headers: options?.headers ?? {}, body: method === 'POST' ? (options?.body ?? '') : undefined };
        response = await (0,_http_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .withRetries */ .LH)(() => transport.send({ ...request, responseType: 'buffer' }), {
            description: `${method} ${originOf(url)}${new URL(url).pathname}`,
            idempotent: method === 'GET',
        });
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
        const type = response.headers['content-type'] ?? 'no content type';
        throw networkError(`Network request to ${originOf(url)} failed: it answered HTTP ${response.status} with ${type} instead of JSON ` +
            '(is a proxy answering in its place?)', error);
    }
}
function networkError(message, cause) {
    const error = new _azure_msal_node__WEBPACK_IMPORTED_MODULE_0__.AuthError(NETWORK_ERROR_CODE, '', message);
    Object.defineProperty(error, 'cause', { value: cause, enumerable: false });
    return error;
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
