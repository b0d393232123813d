export const id = 115;
export const ids = [115];
export const modules = {

/***/ 9115:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AZURE_DEVOPS_MAX_VARIABLE: () => (/* binding */ AZURE_DEVOPS_MAX_VARIABLE),
/* harmony export */   azureDevOpsPlatform: () => (/* binding */ azureDevOpsPlatform),
/* harmony export */   createAzureDevOpsHost: () => (/* binding */ createAzureDevOpsHost),
/* harmony export */   escapeData: () => (/* binding */ escapeData),
/* harmony export */   escapeProperty: () => (/* binding */ escapeProperty),
/* harmony export */   taskName: () => (/* binding */ taskName)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _federation_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5753);
/* harmony import */ var _azure_devops_oidc_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2713);
/* harmony import */ var _neutralise_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2762);






/** Outputs reach later steps as environment variables: Windows allows 32,767 characters each. */
const AZURE_DEVOPS_MAX_VARIABLE = 32_000;
/** What the action allows all outputs of a step together, on Azure DevOps as on GitHub. */
const MAX_OUTPUT_BYTES = 1_000_000;
/**
 * Azure Pipelines as a platform: the job's service connection (workload identity federation) for federated sign-in,
 * its variables as defaults for app, tenant and connection, and its directories as file roots.
 */
function azureDevOpsPlatform(env, options = {}) {
    const inPipeline = (env.TF_BUILD ?? '').toLowerCase() === 'true';
    const temp = env.AGENT_TEMPDIRECTORY?.trim();
    return {
        env,
        ...(0,_federation_js__WEBPACK_IMPORTED_MODULE_3__/* .composeFederation */ .E0)(env, [(0,_azure_devops_oidc_js__WEBPACK_IMPORTED_MODULE_4__/* .azureDevOpsFederation */ .sT)(options)]),
        noFederatedSource: () => (inPipeline ? (0,_azure_devops_oidc_js__WEBPACK_IMPORTED_MODULE_4__/* .noAzureDevOpsToken */ .ZI)(env) : (0,_federation_js__WEBPACK_IMPORTED_MODULE_3__/* .noTokenSource */ .UG)()),
        federatedHint: inPipeline
            ? "on Azure DevOps, a service connection with workload identity federation ('service-connection-id') and SYSTEM_ACCESSTOKEN mapped in the step's env"
            : _federation_js__WEBPACK_IMPORTED_MODULE_3__/* .GENERIC_FEDERATED_HINT */ .Nf,
        outputLimits: { maxOutputBytes: MAX_OUTPUT_BYTES, maxOutputValueBytes: AZURE_DEVOPS_MAX_VARIABLE, outputOverheadBytes: 0 },
        tempDirectory: temp || (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(),
        fileRoots: (cwd) => pipelineRoots(env, cwd),
        protectedPaths: agentPaths(env),
    };
}
/**
 * PIPELINE_WORKSPACE holds the sources (s/), artifacts (a/, b/) and downloaded pipeline artifacts; a release job works
 * in AGENT_RELEASEDIRECTORY; AGENT_TEMPDIRECTORY is the job's scratch space. Sources checked out elsewhere
 * (BUILD_SOURCESDIRECTORY outside the workspace) count too. Outside a pipeline: the working directory.
 */
function pipelineRoots(env, cwd) {
    const named = ['PIPELINE_WORKSPACE', 'AGENT_RELEASEDIRECTORY', 'AGENT_TEMPDIRECTORY'].map((name) => env[name]?.trim() ?? '').filter(Boolean);
    const sources = env.BUILD_SOURCESDIRECTORY?.trim();
    const workspace = env.PIPELINE_WORKSPACE?.trim();
    if (sources && !(workspace && isInside(sources, workspace)))
        named.push(sources);
    return named.length > 0 ? named : [cwd];
}
function isInside(path, directory) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(directory, path);
    return rel === '' || (!rel.startsWith('..') && !(0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(rel));
}
/** The agent's own files: its installation (credentials, settings, logs) and the code of the tasks later steps run. */
function agentPaths(env) {
    const home = env.AGENT_HOMEDIRECTORY?.trim();
    const work = env.AGENT_WORKFOLDER?.trim();
    return [...(home ? [home] : []), ...(work ? [(0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(work, '_tasks')] : [])];
}
/**
 * The Azure Pipelines host: speaks the agent's logging commands on stdout, reads task inputs from `INPUT_*`.
 *
 * Names: task.json input and output variable names must match `^[A-Za-z][A-Za-z0-9]*$` (no dash, see the task schema),
 * so the task declares the action's kebab-case names in camelCase (`app-id` → `appId`, `results-file` →
 * `resultsFile`). The agent exposes an input as `INPUT_` + the name upper-cased with `.` and space turned into `_`
 * (`INPUT_APPID`). This host does the kebab → camel mapping both ways, so the core keeps using action.yml's names.
 *
 * Every line that may hold tenant data is neutralised (see neutralise.ts): the agent finds `##vso[` anywhere in a line
 * and a bare CR ends a line; there is no stop-commands block on Azure DevOps.
 */
function createAzureDevOpsHost(env = process.env, write = (text) => process.stdout.write(text), options = {}) {
    const line = (text) => {
        write(`${text}${node_os__WEBPACK_IMPORTED_MODULE_1__.EOL}`);
    };
    const summaries = { count: 0 };
    const platform = azureDevOpsPlatform(env, options);
    return {
        ...platform,
        getInput: (name) => readInput(env, name),
        setOutput: (name, value) => line(`##vso[task.setvariable variable=${escapeProperty(taskName(name))};isOutput=true]${escapeData(value)}`),
        setSecret: (value) => secretCommands(value).forEach(line),
        debug: (message) => {
            if (isDebug(env))
                (0,_neutralise_js__WEBPACK_IMPORTED_MODULE_5__/* .neutraliseLines */ .UO)(message).forEach((text) => line(`##[debug]${text}`));
        },
        info: (message) => (0,_neutralise_js__WEBPACK_IMPORTED_MODULE_5__/* .neutraliseLines */ .UO)(message).forEach(line),
        warning: (message) => line(`##vso[task.logissue type=warning]${escapeData(oneMessage(message))}`),
        error: (message) => line(`##vso[task.logissue type=error]${escapeData(oneMessage(message))}`),
        startGroup: (title) => line(`##[group]${(0,_neutralise_js__WEBPACK_IMPORTED_MODULE_5__/* .neutraliseLines */ .UO)(title).join(' ')}`),
        endGroup: () => line('##[endgroup]'),
        logUntrusted: (text) => (0,_neutralise_js__WEBPACK_IMPORTED_MODULE_5__/* .neutraliseLines */ .UO)(text.endsWith('\n') ? text.slice(0, -1) : text).forEach(line),
        appendSummary: async (markdown) => {
            const file = await writeSummary(platform.tempDirectory, markdown, ++summaries.count);
            line(`##vso[task.uploadsummary]${escapeData(file)}`);
        },
        setFailed: (message) => {
            line(`##vso[task.logissue type=error]${escapeData(oneMessage(message))}`);
            line(`##vso[task.complete result=Failed;]${escapeData(oneMessage(message))}`);
        },
    };
}
/**
 * `INPUT_` + the task.json name (`INPUT_APPID`). The action's spelling (`INPUT_APP-ID`) is read when that is not set:
 * it is what a script step sets to run the GitHub bundle (dist/index.js) on an agent. A task never has it, as
 * task.json names have no dash.
 */
function readInput(env, name) {
    const task = env[`INPUT_${taskName(name).replace(/[. ]/g, '_').toUpperCase()}`]?.trim();
    return task || (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
/** `app-id` → `appId`: the task.json spelling of an action.yml name (names without dashes are kept as they are). */
function taskName(name) {
    return name.replace(/-([A-Za-z0-9])/g, (_match, next) => next.toUpperCase());
}
/** The agent runs a task with `SYSTEM_DEBUG=true` when the pipeline sets `system.debug`. */
function isDebug(env) {
    return (env['SYSTEM_DEBUG'] ?? '').toLowerCase() === 'true';
}
/** A message that becomes the data of one command: lines neutralised, CR/LF then escaped by `escapeData`. */
function oneMessage(message) {
    return (0,_neutralise_js__WEBPACK_IMPORTED_MODULE_5__/* .neutraliseLines */ .UO)(message).join('\n');
}
/**
 * Command data, as azure-pipelines-task-lib escapes it: `%` first (`%AZP25`, decoded by agents since the
 * DECODE_PERCENTS change), then CR and LF, so that the value stays on the command's line. The agent unescapes
 * `%3B`, `%0D`, `%0A`, `%5D` and `%AZP25` in data and properties alike.
 */
function escapeData(value) {
    return value.replace(/%/g, '%AZP25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** A property value also escapes `]` (ends the properties) and `;` (separates them). */
function escapeProperty(value) {
    return escapeData(value).replace(/]/g, '%5D').replace(/;/g, '%3B');
}
/**
 * `task.setsecret` for every part of the secret (see `secretParts`). A secret with `%` is also registered without the
 * `%AZP25` escape: an agent with percent decoding turned off (DECODE_PERCENTS=false) would otherwise mask the escaped
 * form instead of the real value. Registering one more string only masks more.
 */
function secretCommands(value) {
    const commands = [];
    for (const part of (0,_neutralise_js__WEBPACK_IMPORTED_MODULE_5__/* .secretParts */ .Bm)(value)) {
        commands.push(`##vso[task.setsecret]${escapeData(part)}`);
        if (part.includes('%'))
            commands.push(`##vso[task.setsecret]${part.replace(/\r/g, '%0D').replace(/\n/g, '%0A')}`);
    }
    return commands;
}
/**
 * Writes the Markdown to its own file for `task.uploadsummary`. The agent uploads the file after the command is
 * processed, so each call gets a new file in a directory of its own (never overwritten, also by a later step), under
 * the agent's temp directory. The file name is the section title shown on the run page.
 */
async function writeSummary(temp, markdown, count) {
    const directory = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(temp, `m365-action-${crypto.randomUUID()}`);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(directory, { recursive: true });
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(directory, count === 1 ? 'Microsoft 365 commands.md' : `Microsoft 365 commands (${count}).md`);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(file, markdown, 'utf8');
    return file;
}


/***/ })

};
