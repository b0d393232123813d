export const id = 708;
export const ids = [708];
export const modules = {

/***/ 2708:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createCommandLineHost: () => (/* binding */ createCommandLineHost)
/* harmony export */ });
/* unused harmony exports commandLinePlatform, resultsJson */
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _federation_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5753);
/* harmony import */ var _azure_devops_oidc_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2713);
/* harmony import */ var _github_oidc_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9429);
/* harmony import */ var _neutralise_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2762);





/**
 * The command line as a platform: no output limit (results go to stdout or a file), the working directory and the
 * system temp directory as file roots. It has no token source of its own, but it may run inside a CI job that has one
 * (an Azure Pipelines script step with a service connection, a GitHub run step with `id-token: write`), so it offers
 * theirs, in the order the other hosts use; a token file comes first anyway.
 */
function commandLinePlatform(env) {
    return {
        env,
        ...(0,_federation_js__WEBPACK_IMPORTED_MODULE_1__/* .composeFederation */ .E0)(env, [(0,_azure_devops_oidc_js__WEBPACK_IMPORTED_MODULE_2__/* .azureDevOpsFederation */ .sT)(), (0,_github_oidc_js__WEBPACK_IMPORTED_MODULE_3__/* .gitHubFederation */ .zo)()]),
        noFederatedSource: () => (0,_federation_js__WEBPACK_IMPORTED_MODULE_1__/* .noTokenSource */ .UG)(),
        federatedHint: _federation_js__WEBPACK_IMPORTED_MODULE_1__/* .GENERIC_FEDERATED_HINT */ .Nf,
        outputLimits: { maxOutputBytes: Infinity, outputOverheadBytes: 0 },
        tempDirectory: (0,node_os__WEBPACK_IMPORTED_MODULE_0__.tmpdir)(),
        fileRoots: (cwd) => [cwd, (0,node_os__WEBPACK_IMPORTED_MODULE_0__.tmpdir)()],
        protectedPaths: [],
    };
}
/**
 * The plain command-line host: results as one JSON document on stdout (unless `output-file` names a file), every log
 * line on stderr, no workflow commands at all. Also what dist/index.js uses where no CI platform is detected, so that
 * nothing ever prints `::add-mask::<secret>` where no runner consumes it.
 *
 * Secrets cannot be masked by a runner here, so the host masks them itself: every registered secret is replaced by
 * `***` in what it writes (the core never writes one knowingly; this is the second line). Lines are still neutralised:
 * the command line may run inside a CI job whose agent reads stdout and stderr for commands.
 */
function createCommandLineHost(options) {
    const env = options.env ?? process.env;
    const stdout = options.stdout ?? ((text) => process.stdout.write(text));
    const stderr = options.stderr ?? ((text) => process.stderr.write(text));
    let secrets = [];
    const redact = (text) => secrets.reduce((result, secret) => result.split(secret).join('***'), text);
    const log = (prefix, text) => {
        for (const line of (0,_neutralise_js__WEBPACK_IMPORTED_MODULE_4__/* .neutraliseLines */ .UO)(redact(text)))
            stderr(`${prefix}${line}${node_os__WEBPACK_IMPORTED_MODULE_0__.EOL}`);
    };
    return {
        ...commandLinePlatform(env),
        getInput: (name) => options.getInput(name).trim(),
        // Outputs are a CI notion: the command line prints the whole document once (publishResults).
        setOutput: () => undefined,
        publishResults: (document) => {
            if (!options.getInput('output-file').trim())
                stdout(`${redact(resultsJson(document))}${node_os__WEBPACK_IMPORTED_MODULE_0__.EOL}`);
        },
        setSecret: (value) => {
            // Longest first, so that a secret containing another is replaced whole.
            secrets = [...new Set([...secrets, ...(0,_neutralise_js__WEBPACK_IMPORTED_MODULE_4__/* .secretParts */ .Bm)(value)])].sort((a, b) => b.length - a.length);
        },
        debug: (message) => {
            if (options.verbose)
                log('debug: ', message);
        },
        info: (message) => log('', message),
        warning: (message) => log('warning: ', message),
        error: (message) => log('error: ', message),
        startGroup: (title) => log('', title),
        endGroup: () => undefined,
        logUntrusted: (text) => log('  ', text.endsWith('\n') ? text.slice(0, -1) : text),
        // The summary is Markdown for a CI page; on a terminal the log and the results say the same.
        appendSummary: async (markdown) => {
            if (options.verbose)
                log('', markdown);
        },
        setFailed: (message) => log('error: ', message),
    };
}
/**
 * The results document as JSON. JSON strings escape line breaks, so no value can start a line; `#` is escaped as
 * `\u0023` in `##[` and `##vso[`, which a CI agent would otherwise find anywhere in a line of stdout. The JSON means
 * the same.
 */
function resultsJson(document) {
    const json = JSON.stringify(document, null, 2);
    return json.replace(/#(?=#(?:\[|vso\[))/gi, '\\u0023');
}


/***/ })

};
