export const id = 33;
export const ids = [33];
export const modules = {

/***/ 6662:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hc: () => (/* binding */ catalogPath),
/* harmony export */   R0: () => (/* binding */ appId),
/* harmony export */   dl: () => (/* binding */ appCatalogOptions),
/* harmony export */   gf: () => (/* binding */ listApiUrl),
/* harmony export */   iE: () => (/* binding */ appCatalogUrl),
/* harmony export */   jg: () => (/* binding */ appIdOrNameOptions),
/* harmony export */   m$: () => (/* binding */ validateCatalogScope)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _http_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8549);
/* harmony import */ var _odata_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6788);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6999);




/** The app catalog options of the `spo app` commands, as the CLI names them. */
const appCatalogOptions = {
    appCatalogScope: _options_js__WEBPACK_IMPORTED_MODULE_3__/* .opt */ .m7.enum(['tenant', 'sitecollection'], "Scope of the app catalog: 'tenant' (default) or 'sitecollection'.", { short: 's' }),
    appCatalogUrl: _options_js__WEBPACK_IMPORTED_MODULE_3__/* .opt */ .m7.site('URL of the app catalog site. Default: the tenant app catalog (required for sitecollection scope).', { short: 'u' }),
};
/** `--id` or `--name` of an app. */
const appIdOrNameOptions = {
    id: _options_js__WEBPACK_IMPORTED_MODULE_3__/* .opt */ .m7.guid('ID (UniqueId) of the app. Specify either id or name.', { short: 'i' }),
    name: _options_js__WEBPACK_IMPORTED_MODULE_3__/* .opt */ .m7.string('File name of the app (e.g. app.sppkg). Specify either id or name.', { short: 'n' }),
};
/** `tenantappcatalog` or `sitecollectionappcatalog`: the REST name of the catalog of that scope. */
function catalogPath(options) {
    return `${options.appCatalogScope ?? 'tenant'}appcatalog`;
}
/** The CLI's rule: a site collection catalog cannot be discovered, it must be named. */
function validateCatalogScope(options) {
    if (options.appCatalogScope === 'sitecollection' && options.appCatalogUrl === undefined) {
        return 'You must specify appCatalogUrl when the appCatalogScope is sitecollection';
    }
    return undefined;
}
/**
 * The URL of the app catalog site: `--appCatalogUrl` when given (a site collection catalog URL pointing at its
 * `/AppCatalog` library is trimmed to the site, like the CLI does), else the tenant app catalog that SharePoint reports
 * in `SP_TenantSettings_Current`.
 */
async function appCatalogUrl(context, options) {
    if (options.appCatalogUrl !== undefined)
        return trimLibrary((0,_odata_js__WEBPACK_IMPORTED_MODULE_2__/* .trimSlashes */ .uT)(options.appCatalogUrl), options.appCatalogScope ?? 'tenant');
    const root = context.sharePointUrl;
    if (root === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ('The SharePoint root URL is unknown, so the tenant app catalog cannot be found.', {
            hint: 'Set the spo-url input or pass --appCatalogUrl.',
        });
    }
    const url = `${(0,_odata_js__WEBPACK_IMPORTED_MODULE_2__/* .trimSlashes */ .uT)(root)}/_api/SP_TenantSettings_Current`;
    const catalog = await context.once(url, async () => {
        const response = await context.http.request({ url, headers: { ..._odata_js__WEBPACK_IMPORTED_MODULE_2__/* .ACCEPT */ .FA.sharepoint } });
        return response.body?.CorporateCatalogUrl;
    });
    if (!catalog) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ('Tenant app catalog is not configured.', {
            hint: 'Create the tenant app catalog (SharePoint admin center > More features > Apps), or pass --appCatalogUrl.',
        });
    }
    return (0,_odata_js__WEBPACK_IMPORTED_MODULE_2__/* .trimSlashes */ .uT)(catalog);
}
/** `https://x/sites/a/AppCatalog` → `https://x/sites/a`, but a site named `/sites/appcatalog` is kept. */
function trimLibrary(url, scope) {
    if (scope !== 'sitecollection')
        return url;
    const segments = new URL(url).pathname.split('/').filter((s) => s !== '');
    if (segments.length > 2 && segments[segments.length - 1].toLowerCase() === 'appcatalog')
        return url.slice(0, url.lastIndexOf('/'));
    return url;
}
/** The app's UniqueId: `--id` as given, or looked up by file name in the catalog's `AppCatalog` library. */
async function appId(context, catalogUrl, options) {
    if (options.id !== undefined)
        return options.id;
    const name = options.name ?? '';
    const url = `${catalogUrl}/_api/web/GetFolderByServerRelativePath(DecodedUrl='AppCatalog')/files(${(0,_odata_js__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .eu)(name)})?$select=UniqueId`;
    try {
        const response = await context.http.request({ url, headers: { ..._odata_js__WEBPACK_IMPORTED_MODULE_2__/* .ACCEPT */ .FA.sharepoint } });
        return response.body.UniqueId;
    }
    catch (error) {
        if (!(0,_http_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isHttpStatus */ .Bd)(error, 404))
            throw error;
        // SharePoint's own message, as the CLI shows it; the hint replaces the client's generic 404 one with the fix.
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(error.message, {
            code: error.code,
            cause: error,
            hint: `No app named '${name}' in the app catalog ${catalogUrl}. List the apps with 'spo app list' or use --id.`,
        });
    }
}
/** `<web>/_api/web/lists(guid'…')`, `…/lists/getByTitle('…')` or `…/GetList('…')`. */
function listApiUrl(webUrl, list) {
    const web = (0,_odata_js__WEBPACK_IMPORTED_MODULE_2__/* .trimSlashes */ .uT)(webUrl);
    if (list.listId !== undefined)
        return `${web}/_api/web/lists(${(0,_odata_js__WEBPACK_IMPORTED_MODULE_2__/* .guidLiteral */ .FN)(list.listId)})`;
    if (list.listTitle !== undefined)
        return `${web}/_api/web/lists/getByTitle(${(0,_odata_js__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .eu)(list.listTitle)})`;
    return `${web}/_api/web/GetList(${(0,_odata_js__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .eu)((0,_odata_js__WEBPACK_IMPORTED_MODULE_2__/* .serverRelativePath */ .nb)(web, list.listUrl ?? ''))})`;
}


/***/ }),

/***/ 7033:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  commands: () => (/* binding */ commands)
});

// EXTERNAL MODULE: ./src/commands/kit/index.ts + 2 modules
var kit = __webpack_require__(9897);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/commands/kit/lookups.ts
var lookups = __webpack_require__(6662);
;// CONCATENATED MODULE: ./src/commands/spo/shared-content.ts
/**
 * What the content commands (lists, fields, list items, files, folders, pages) share: `$select`/`$expand` from
 * `--properties`, the headers of SharePoint's MERGE and DELETE, list and file references, the CSOM system update the
 * CLI uses to change an item without a new version, streaming reads of large files, copy jobs, and the canvas of
 * modern pages.
 */




/** `Title,Author/Title` → `$select=Title,Author/Title` and `$expand=Author` (a property with a slash needs its parent expanded). */
function selection(properties) {
    const select = (0,kit/* splitList */.ry)(properties);
    const expand = [...new Set(select.filter((p) => p.includes('/')).map((p) => p.split('/')[0]))];
    return { $select: [...new Set(select)], $expand: expand };
}
/** SharePoint deletes through a POST that says so (as the CLI sends it). */
const DELETE_HEADERS = { ...kit/* ACCEPT */.FA.sharepoint, 'x-http-method': 'DELETE', 'if-match': '*' };
/** …and changes through a POST with `X-HTTP-Method: MERGE`. */
const MERGE_HEADERS = { ...kit/* ACCEPT */.FA.sharepoint, ...kit/* SHAREPOINT_JSON_BODY */._P, 'x-http-method': 'MERGE', 'if-match': '*' };
/** A JSON POST. */
const POST_HEADERS = { ...kit/* ACCEPT */.FA.sharepoint, ...kit/* SHAREPOINT_JSON_BODY */._P };
/** The CLI's `--force` skips its confirmation prompt; the action never prompts, so the option changes nothing. */
const forceOption = kit/* opt */.m7.boolean('Accepted for scripts written for the CLI: the action never asks for confirmation.', { short: 'f' });
/** The CLI's `--withPermissions`: refused at planning until its role decoding is reproduced (the option is named so the message can say so). */
const withPermissionsOption = kit/* opt */.m7.boolean('Not supported yet: the CLI decodes role assignments into friendly permission names.');
function refuseWithPermissions(options, what) {
    if (options.withPermissions !== true)
        return undefined;
    return `Option --withPermissions is not supported yet (the CLI decodes role assignments into permission names). Leave it out; 'request' can read the ${what}'s RoleAssignments?$expand=Member,RoleDefinitionBindings.`;
}
const flag = (description) => kit/* opt */.m7.boolean(`${description} (true or false).`);
/** The list settings `spo list add` and `spo list set` take, as the CLI names them; each becomes the property of the same name in PascalCase. */
const listSettingOptions = {
    description: kit/* opt */.m7.string('Description of the list.'),
    templateFeatureId: kit/* opt */.m7.guid('ID of the template feature of the list.'),
    allowDeletion: flag('Whether the list can be deleted'),
    allowEveryoneViewItems: flag('Whether everyone can view documents or attachments'),
    allowMultiResponses: flag('Whether a survey takes several answers per person'),
    contentTypesEnabled: flag('Whether content types are enabled'),
    crawlNonDefaultViews: flag('Whether non-default views are crawled'),
    defaultContentApprovalWorkflowId: kit/* opt */.m7.guid('ID of the default content approval workflow.'),
    defaultDisplayFormUrl: kit/* opt */.m7.string('URL of the display form of the items.'),
    defaultEditFormUrl: kit/* opt */.m7.string('URL of the edit form of the items.'),
    direction: kit/* opt */.m7.enum(['NONE', 'LTR', 'RTL'], 'Reading order of the list.'),
    disableCommenting: flag('Whether commenting is disabled'),
    disableGridEditing: flag('Whether grid editing is disabled'),
    draftVersionVisibility: kit/* opt */.m7.enum(['Reader', 'Author', 'Approver'], 'Least permission to see drafts.'),
    emailAlias: kit/* opt */.m7.string('E-mail address told of assignments (needs --enableAssignToEmail true).'),
    enableAssignToEmail: flag('Whether assignments are sent by e-mail'),
    enableAttachments: flag('Whether items take attachments'),
    enableDeployWithDependentList: flag('Whether the list deploys with a dependent list'),
    enableFolderCreation: flag('Whether folders can be created'),
    enableMinorVersions: flag('Whether minor versions are enabled'),
    enableModeration: flag('Whether content approval is enabled'),
    enablePeopleSelector: flag('Whether an events list has the people selector'),
    enableResourceSelector: flag('Whether an events list has the resource selector'),
    enableSchemaCaching: flag('Whether the schema is cached'),
    enableSyndication: flag('Whether RSS syndication is enabled'),
    enableThrottling: flag('Whether throttling is enabled'),
    enableVersioning: flag('Whether versioning is enabled'),
    enforceDataValidation: flag('Whether data validation is enforced'),
    excludeFromOfflineClient: flag('Whether the list is left out of offline clients'),
    fetchPropertyBagForListView: flag('Whether list views fetch the property bag'),
    followable: flag('Whether the list can be followed'),
    forceCheckout: flag('Whether documents must be checked out to be edited'),
    forceDefaultContentType: flag('Whether the default content type is forced'),
    hidden: flag('Whether the list is hidden'),
    includedInMyFilesScope: flag('Whether the list is in the My Files scope'),
    irmEnabled: flag('Whether IRM is enabled'),
    irmExpire: flag('Whether IRM expires'),
    irmReject: flag('Whether IRM rejects'),
    isApplicationList: flag('Whether the list is an application list'),
    listExperienceOptions: kit/* opt */.m7.enum(['Auto', 'NewExperience', 'ClassicExperience'], 'Which experience the list shows.'),
    majorVersionLimit: kit/* opt */.m7.number('Major versions kept (needs --enableVersioning true).'),
    majorWithMinorVersionsLimit: kit/* opt */.m7.number('Major versions whose minor versions are kept (needs --enableMinorVersions or --enableModeration).'),
    multipleDataList: flag('Whether the list is a multiple data list'),
    navigateForFormsPages: flag('Whether forms pages are navigated to'),
    needUpdateSiteClientTag: flag('Whether the site client tag needs an update'),
    noCrawl: flag('Whether the list is left out of search'),
    onQuickLaunch: flag('Whether the list shows on the quick launch'),
    ordered: flag('Whether items can be ordered'),
    parserDisabled: flag('Whether the document parser is disabled'),
    readOnlyUI: flag('Whether the list is read-only in the UI'),
    readSecurity: kit/* opt */.m7.number('Who may read items: 1 everyone, 2 their authors.'),
    requestAccessEnabled: flag('Whether access requests are enabled'),
    restrictUserUpdates: flag('Whether users may change only their own items'),
    sendToLocationName: kit/* opt */.m7.string('Name of the send-to location.'),
    sendToLocationUrl: kit/* opt */.m7.string('URL of the send-to location.'),
    showUser: flag('Whether survey answers show their authors'),
    useFormsForDisplay: flag('Whether forms display the items'),
    validationFormula: kit/* opt */.m7.string('Validation formula of the items.'),
    validationMessage: kit/* opt */.m7.string('Message shown when the validation formula fails.'),
    writeSecurity: kit/* opt */.m7.number('Who may change items: 1 everyone, 2 their authors, 4 nobody.'),
};
/** Options whose text the REST API takes as a number. */
const LIST_SETTING_NUMBERS = {
    draftVersionVisibility: ['Reader', 'Author', 'Approver'],
    listExperienceOptions: ['Auto', 'NewExperience', 'ClassicExperience'],
};
function isListSetting(name) {
    return Object.hasOwn(listSettingOptions, name);
}
/** The list properties of the given settings: `enableVersioning` → `EnableVersioning`, named values → their numbers. */
function listSettingsBody(options) {
    const body = {};
    for (const [name, value] of Object.entries(options)) {
        if (!isListSetting(name) || value === undefined)
            continue;
        const numbers = LIST_SETTING_NUMBERS[name];
        body[`${name[0].toUpperCase()}${name.slice(1)}`] = numbers ? numbers.indexOf(String(value)) : value;
    }
    return body;
}
/** The CLI's rules across list settings. */
function validateListSettings(o) {
    if (o.emailAlias !== undefined && o.enableAssignToEmail !== true)
        return 'emailAlias could not be set if enableAssignToEmail is not set to true. Please set enableAssignToEmail.';
    if (o.majorWithMinorVersionsLimit !== undefined && o.enableMinorVersions !== true && o.enableModeration !== true) {
        return 'majorWithMinorVersionsLimit option is only valid in combination with enableMinorVersions or enableModeration.';
    }
    if (o.readSecurity !== undefined && ![1, 2].includes(o.readSecurity))
        return `${o.readSecurity} is not a valid readSecurity value. Allowed values are 1|2`;
    if (o.writeSecurity !== undefined && ![1, 2, 4].includes(o.writeSecurity))
        return `${o.writeSecurity} is not a valid writeSecurity value. Allowed values are 1|2|4`;
    return undefined;
}
/** The web's server-relative path without trailing slash ('' for the root site). */
function webPath(webUrl) {
    return (0,kit/* trimSlashes */.uT)(decodeURIComponent(new URL(webUrl).pathname));
}
/** `<web>/_api/web/<list>` when a list is named, else `<web>/_api/web` (fields of the web itself). */
function webOrListApi(webUrl, list) {
    if (list.listId === undefined && list.listTitle === undefined && list.listUrl === undefined)
        return `${(0,kit/* trimSlashes */.uT)(webUrl)}/_api/web`;
    return (0,lookups/* listApiUrl */.gf)(webUrl, list);
}
/** The list item without `ID` (it duplicates `Id`; the CLI drops it). */
function withoutId(item) {
    if (item === null || typeof item !== 'object' || Array.isArray(item))
        return item;
    return Object.fromEntries(Object.entries(item).filter(([key]) => key !== 'ID'));
}
/** `GetFileByServerRelativePath(DecodedUrl='…')` of a server- or site-relative file URL. */
function fileByPath(webUrl, url) {
    return `${(0,kit/* trimSlashes */.uT)(webUrl)}/_api/web/GetFileByServerRelativePath(DecodedUrl=${(0,kit/* literal */.eu)((0,kit/* serverRelativePath */.nb)(webUrl, url))})`;
}
/** `GetFolderByServerRelativePath(DecodedUrl='…')` of a server- or site-relative folder URL. */
function folderByPath(webUrl, url) {
    return `${(0,kit/* trimSlashes */.uT)(webUrl)}/_api/web/GetFolderByServerRelativePath(DecodedUrl=${(0,kit/* literal */.eu)((0,kit/* serverRelativePath */.nb)(webUrl, url))})`;
}
/**
 * Creates the folders of a server-relative path that do not exist yet, one level at a time below `base` (default: the
 * web; a list's root folder when the folder is known to be in that list), like the CLI's ensureFolder: a folder that
 * exists answers its properties, one that does not answers 404 and is added to its parent.
 */
async function ensureFolder(context, webUrl, folder, base = webPath(webUrl)) {
    const api = `${(0,kit/* trimSlashes */.uT)(webUrl)}/_api/web`;
    const below = folder.toLowerCase().startsWith(`${base.toLowerCase()}/`) ? folder.slice(base.length) : folder;
    let current = below === folder ? '' : base;
    for (const part of below.split('/').filter((p) => p !== '')) {
        const parent = current;
        current = `${current}/${part}`;
        try {
            await context.http.request({ url: `${api}/GetFolderByServerRelativePath(DecodedUrl=${(0,kit/* literal */.eu)(current)})`, headers: { ...kit/* ACCEPT */.FA.sharepoint } });
        }
        catch (error) {
            if (!(0,kit/* isHttpStatus */.Bd)(error, 404))
                throw error;
            const url = `${api}/GetFolderByServerRelativePath(DecodedUrl=${(0,kit/* literal */.eu)(parent || '/')})/AddSubFolderUsingPath(DecodedUrl=${(0,kit/* literal */.eu)(part)})`;
            await context.http.request({ method: 'POST', url, headers: { ...kit/* ACCEPT */.FA.sharepoint } });
        }
    }
}
/** Files and folders per request; the CLI asks for the next page while a page is full. */
const FOLDER_PAGE = 5000;
/** Every entry of a folder's `Files` or `Folders`, page by page with `$skip` / `$top` as the CLI asks. */
async function folderEntries(context, collectionApi, options) {
    const entries = [];
    const rest = (0,kit/* query */.P)(options).replace(/^\?/, '&');
    for (let skip = 0;; skip += FOLDER_PAGE) {
        const url = `${collectionApi}?$skip=${skip}&$top=${FOLDER_PAGE}${rest}`;
        const page = (await context.http.request({ url, headers: { ...kit/* ACCEPT */.FA.sharepoint } })).body.value;
        entries.push(...page);
        if (page.length < FOLDER_PAGE)
            return entries;
    }
}
/** The server-relative URLs of every folder below a folder, depth first. */
async function subfolders(context, webUrl, folderUrl) {
    const found = [];
    const folders = await folderEntries(context, `${folderByPath(webUrl, folderUrl)}/Folders`, { $select: 'ServerRelativeUrl' });
    for (const folder of folders)
        found.push(folder.ServerRelativeUrl, ...(await subfolders(context, webUrl, folder.ServerRelativeUrl)));
    return found;
}
/** `ListItemAllFields` without its `ID`, where an entry has one. */
function withoutItemId(entry) {
    if (entry === null || typeof entry !== 'object' || !('ListItemAllFields' in entry))
        return entry;
    return { ...entry, ListItemAllFields: withoutId(entry.ListItemAllFields) };
}
/** A positive whole number (an item ID, a section number), or the message naming the option. */
function positiveInteger(name, value, least = 1) {
    if (value === undefined || (Number.isSafeInteger(value) && value >= least))
        return undefined;
    return `Option --${name} is ${value}; it must be a whole number of ${least} or more.`;
}
/** The name of the list's content type given by name or ID, like the CLI; an unknown one is an error. */
async function contentTypeName(context, listApi, wanted) {
    const url = `${listApi}/contenttypes?$select=Name,Id`;
    const response = await context.http.request({ url, headers: { ...kit/* ACCEPT */.FA.sharepoint } });
    const found = response.body.value.find((ct) => ct.Id.StringValue === wanted || ct.Name === wanted);
    if (found === undefined) {
        throw new errors/* ActionError */.lZ(`Specified content type '${wanted}' doesn't exist on the target list`, {
            hint: `Content types of the list: ${response.body.value.map((ct) => ct.Name).join(', ')}.`,
        });
    }
    return found.Name;
}
/** Throws, like the CLI, when any value was refused: `<intro> \n- Field - reason`. */
function assertValuesAccepted(values, intro) {
    const failed = values.filter((v) => v.HasException);
    if (failed.length === 0)
        return;
    throw new errors/* ActionError */.lZ(`${intro} \n${failed.map((v) => `- ${v.FieldName} - ${v.ErrorMessage ?? ''}`).join('\n')}`);
}
/** `{ Status: 'Done' }` → form values (the CLI sends every value as text). */
function formValues(fields) {
    return Object.entries(fields).map(([FieldName, FieldValue]) => ({ FieldName, FieldValue }));
}
function escapeXml(value) {
    return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
const CSOM_HEADERS = { 'content-type': 'text/xml', accept: 'application/json' };
const CSOM_REQUEST = 'AddExpandoFieldTypeSuffix="true" SchemaVersion="15.0.0.0" LibraryVersion="16.0.0.0" ApplicationName="m365-action" xmlns="http://schemas.microsoft.com/sharepoint/clientquery/2009"';
/** Posts a CSOM request and throws the first `ErrorInfo` of its answer. */
async function processQuery(context, webUrl, body) {
    const url = `${(0,kit/* trimSlashes */.uT)(webUrl)}/_vti_bin/client.svc/ProcessQuery`;
    const response = await context.http.request({ method: 'POST', url, headers: { ...CSOM_HEADERS }, body: `<Request ${CSOM_REQUEST}>${body}</Request>` });
    const answers = Array.isArray(response.body) ? response.body : [];
    const error = answers.find((a) => a !== null && typeof a === 'object' && a.ErrorInfo)?.ErrorInfo;
    if (error)
        throw new errors/* ActionError */.lZ(`Error occurred in systemUpdate operation - ${error.ErrorMessage ?? 'unknown CSOM error'}`);
    return answers;
}
/**
 * Changes an item without a new version and without touching Modified / Editor, as the CLI does: SharePoint offers this
 * only through CSOM (`ParseAndSetFieldValue` per value, then `SystemUpdate`) on the item's object identity, which comes
 * from the web's.
 */
async function systemUpdateItem(context, webUrl, listApi, itemId, values) {
    const list = await context.http.request({ url: `${listApi}?$select=Id`, headers: { ...kit/* ACCEPT */.FA.sharepoint } });
    const identityQuery = '<Actions><Query Id="1" ObjectPathId="5"><Query SelectAllProperties="false"><Properties><Property Name="ServerRelativeUrl" ScalarProperty="true" /></Properties></Query></Query></Actions>' +
        '<ObjectPaths><Property Id="5" ParentId="3" Name="Web" /><StaticProperty Id="3" TypeId="{3747adcd-a3c3-41b9-bfab-4a64dd2f1e0a}" Name="Current" /></ObjectPaths>';
    const identity = (await processQuery(context, webUrl, identityQuery)).find((a) => a?._ObjectIdentity_)?._ObjectIdentity_;
    if (identity === undefined)
        throw new errors/* ActionError */.lZ('SharePoint did not answer the web object identity that a system update needs.');
    let id = 0;
    const sets = Object.entries(values).map(([name, value]) => `<Method Name="ParseAndSetFieldValue" Id="${++id}" ObjectPathId="147"><Parameters><Parameter Type="String">${escapeXml(name)}</Parameter><Parameter Type="String">${escapeXml(value)}</Parameter></Parameters></Method>`);
    const update = `<Actions>${sets.join('')}<Method Name="SystemUpdate" Id="${++id}" ObjectPathId="147" /></Actions><ObjectPaths><Identity Id="147" Name="${escapeXml(`${identity}:list:${list.body.Id}:item:${itemId},1`)}" /></ObjectPaths>`;
    await processQuery(context, webUrl, update);
}
/** Opens a file to read it in pieces, under the same containment as every file a command reads. */
function openRead(context, path) {
    return context.files.openRead(path);
}
/** How long a copy job is waited for before giving up, and how often it is asked (the CLI asks every 3 seconds). */
const COPY_POLL_MS = 3000;
const COPY_MAX_POLLS = 200;
/**
 * Copies or moves a file with a copy job (what the CLI and SharePoint's UI use), waits for it unless told not to, and
 * answers the destination file's properties (read from the web the destination lies in).
 */
async function copyFile(context, job) {
    const web = (0,kit/* trimSlashes */.uT)(job.webUrl);
    const created = await context.http.request({
        method: 'POST',
        url: `${web}/_api/Site/CreateCopyJobs`,
        headers: { ...POST_HEADERS },
        body: { destinationUri: job.targetUrl, exportObjectUris: [job.sourceUrl], options: { AllowSchemaMismatch: true, SameWebCopyMoveOptimization: true, ...job.options } },
    });
    if (job.skipWait)
        return undefined;
    const events = await copyJobEvents(context, web, created.body.value[0]);
    const error = events.find((e) => e.Event === 'JobError');
    if (error)
        throw new errors/* ActionError */.lZ(error.Message ?? 'The copy job failed.');
    const info = events.find((e) => e.Event === 'JobFinishedObjectInfo');
    if (info?.TargetObjectUniqueId === undefined || info.TargetObjectSiteRelativeUrl === undefined)
        throw new errors/* ActionError */.lZ('The copy job finished without telling where the file went.');
    const relativeFolder = `/${info.TargetObjectSiteRelativeUrl.slice(0, info.TargetObjectSiteRelativeUrl.lastIndexOf('/'))}`;
    const targetWeb = job.targetUrl.slice(0, job.targetUrl.toLowerCase().lastIndexOf(relativeFolder.toLowerCase()));
    const file = await context.http.request({ url: `${targetWeb}/_api/Web/GetFileById(${(0,kit/* literal */.eu)(info.TargetObjectUniqueId)})`, headers: { ...kit/* ACCEPT */.FA.sharepoint } });
    return file.body;
}
async function copyJobEvents(context, web, info) {
    const events = [];
    for (let poll = 0; poll < COPY_MAX_POLLS; poll++) {
        if (poll > 0)
            await (0,promises_.setTimeout)(COPY_POLL_MS);
        const progress = await context.http.request({
            method: 'POST',
            url: `${web}/_api/Site/GetCopyJobProgress`,
            headers: { ...POST_HEADERS },
            body: { copyJobInfo: info },
            idempotent: true,
        });
        events.push(...(progress.body.Logs ?? []).map((line) => JSON.parse(line)));
        if (progress.body.JobState === 0)
            return events;
    }
    throw new errors/* ActionError */.lZ(`The copy job ${info.JobId} did not finish within ${(COPY_POLL_MS * COPY_MAX_POLLS) / 60000} minutes.`);
}
/** `fail` / `replace` / `rename` as the copy job's `NameConflictBehavior`. */
const NAME_CONFLICT = { fail: 0, replace: 1, rename: 2 };
/** `report` → `report.docx`: a new name without extension gets the source's. */
function nameWithExtension(newName, sourcePath) {
    if (newName === undefined || newName.includes('.'))
        return newName;
    const dot = sourcePath.lastIndexOf('.');
    return dot > sourcePath.lastIndexOf('/') ? `${newName}${sourcePath.slice(dot)}` : newName;
}
/** The absolute URL of a server-relative, site-relative or absolute one. */
function absoluteUrl(webUrl, url) {
    if (/^https:\/\//i.test(url))
        return (0,kit/* trimSlashes */.uT)(url);
    return (0,kit/* trimSlashes */.uT)(`${new URL(webUrl).origin}${(0,kit/* serverRelativePath */.nb)(webUrl, url)}`);
}
/** The server-relative path of a file given by URL, or by unique ID (asked of SharePoint). */
async function sourcePath(context, webUrl, source) {
    if (source.sourceUrl !== undefined)
        return /^https:\/\//i.test(source.sourceUrl) ? decodeURIComponent(new URL(source.sourceUrl).pathname) : (0,kit/* serverRelativePath */.nb)(webUrl, source.sourceUrl);
    const url = `${(0,kit/* trimSlashes */.uT)(webUrl)}/_api/Web/GetFileById(${(0,kit/* literal */.eu)(source.sourceId ?? '')})/ServerRelativePath`;
    const response = await context.http.request({ url, headers: { ...kit/* ACCEPT */.FA.sharepoint } });
    return response.body.DecodedUrl;
}

;// CONCATENATED MODULE: ./src/commands/spo/field-add.ts


/** The CLI's `--options` names and the `SPAddFieldOptions` flags they add up to. */
const ADD_FIELD_OPTIONS = {
    DefaultValue: 0,
    AddToDefaultContentType: 1,
    AddToNoContentType: 2,
    AddToAllContentTypes: 4,
    AddFieldInternalNameHint: 8,
    AddFieldToDefaultView: 16,
    AddFieldCheckDisplayName: 32,
};
/** `spo field add`: adds a site column, or a list column when a list is named, from its CAML definition (spo/field/field-add). */
const spoFieldAdd = (0,kit/* command */.G5)({
    name: 'spo field add',
    description: 'Adds a new list or site column using the CAML field definition',
    resource: 'sharepoint',
    readOnly: false,
    permissions: { sharepoint: ['Sites.ReadWrite.All', 'Sites.Manage.All', 'Sites.FullControl.All'] },
    options: {
        webUrl: kit/* opt */.m7.site('URL of the site where the field is created.', { short: 'u', required: true }),
        listTitle: kit/* opt */.m7.string('Title of the list, for a list column.', { short: 'l' }),
        listId: kit/* opt */.m7.guid('ID of the list, for a list column.'),
        listUrl: kit/* opt */.m7.string('Server- or site-relative URL of the list, for a list column.'),
        xml: kit/* opt */.m7.string('CAML field definition (<Field Type="Text" DisplayName="…" Name="…" />).', { short: 'x', required: true }),
        options: kit/* opt */.m7.string(`Comma-separated: ${Object.keys(ADD_FIELD_OPTIONS).join(', ')}.`),
    },
    rules: [kit/* rules */.aO.atMostOne('listTitle', 'listId', 'listUrl')],
    validate: ({ options }) => {
        const unknown = (0,kit/* splitList */.ry)(options).find((o) => !Object.hasOwn(ADD_FIELD_OPTIONS, o));
        if (unknown === undefined)
            return undefined;
        return `${unknown} is not a valid value for the options argument. Allowed values are ${Object.keys(ADD_FIELD_OPTIONS).join('|')}`;
    },
    async run(context, o) {
        const flags = (0,kit/* splitList */.ry)(o.options).reduce((sum, name) => sum + (ADD_FIELD_OPTIONS[name] ?? 0), 0);
        const url = `${webOrListApi(o.webUrl, o)}/fields/CreateFieldAsXml`;
        const response = await context.http.request({ method: 'POST', url, headers: { ...POST_HEADERS }, body: { parameters: { SchemaXml: o.xml, Options: flags } } });
        return response.body;
    },
});

;// CONCATENATED MODULE: ./src/commands/spo/field-get.ts


/** `spo field get`: a site column, or a list column when a list is named, by ID, title or internal name (spo/field/field-get). */
const spoFieldGet = (0,kit/* command */.G5)({
    name: 'spo field get',
    description: 'Retrieves information about the specified list- or site column',
    resource: 'sharepoint',
    readOnly: true,
    permissions: { sharepoint: ['Sites.Read.All', 'Sites.FullControl.All'] },
    options: {
        webUrl: kit/* opt */.m7.site('URL of the site where the field is.', { short: 'u', required: true }),
        listTitle: kit/* opt */.m7.string('Title of the list, for a list column.', { short: 'l' }),
        listId: kit/* opt */.m7.guid('ID of the list, for a list column.'),
        listUrl: kit/* opt */.m7.string('Server- or site-relative URL of the list, for a list column.'),
        id: kit/* opt */.m7.guid('ID of the field. Specify id, title or internalName.', { short: 'i' }),
        title: kit/* opt */.m7.string('Display name of the field (case-sensitive).', { short: 't' }),
        internalName: kit/* opt */.m7.string('Internal name of the field (case-sensitive).'),
    },
    rules: [kit/* rules */.aO.exactlyOne('id', 'title', 'internalName'), kit/* rules */.aO.atMostOne('listTitle', 'listId', 'listUrl')],
    async run(context, o) {
        const field = o.id !== undefined ? `getbyid(${(0,kit/* literal */.eu)(o.id)})` : `getbyinternalnameortitle(${(0,kit/* literal */.eu)(o.title ?? o.internalName ?? '')})`;
        return (await context.http.request({ url: `${webOrListApi(o.webUrl, o)}/fields/${field}`, headers: { ...kit/* ACCEPT */.FA.sharepoint } })).body;
    },
});

;// CONCATENATED MODULE: ./src/commands/spo/field-list.ts


/** `spo field list`: the site columns, or a list's columns when a list is named; every page (spo/field/field-list). */
const spoFieldList = (0,kit/* endpoint */.sR)({
    name: 'spo field list',
    description: 'Retrieves columns for the specified list or site',
    resource: 'sharepoint',
    permissions: { sharepoint: ['Sites.Read.All', 'Sites.FullControl.All'] },
    options: {
        webUrl: kit/* opt */.m7.site('URL of the site where the fields are.', { short: 'u', required: true }),
        listTitle: kit/* opt */.m7.string('Title of the list, for its columns.', { short: 't' }),
        listId: kit/* opt */.m7.guid('ID of the list, for its columns.', { short: 'i' }),
        listUrl: kit/* opt */.m7.string('Server- or site-relative URL of the list, for its columns.'),
    },
    rules: [kit/* rules */.aO.atMostOne('listTitle', 'listId', 'listUrl')],
    paged: true,
    url: (o) => `${webOrListApi(o.webUrl, o)}/fields`,
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/commands/spo/file-add.ts




const MB = 1024 * 1024;
const UPLOAD_LIMITS = { chunkThreshold: 250 * MB, chunkSize: 100 * MB };
/**
 * `spo file add`: uploads a file into a folder (created when missing), in one request or — above the threshold — in
 * chunks (`StartUpload` / `ContinueUpload` / `FinishUpload`), read one chunk at a time; then sets its fields (options
 * outside the schema), content type, check-in, approval or publishing like the CLI. The result is the uploaded file
 * (spo/file/file-add). `limits` exist for tests, which upload in small chunks.
 */
function fileAddCommand(limits = UPLOAD_LIMITS) {
    return (0,kit/* command */.G5)({
        name: 'spo file add',
        description: 'Uploads file to the specified folder',
        resource: 'sharepoint',
        readOnly: false,
        permissions: { sharepoint: ['Sites.ReadWrite.All', 'Sites.Manage.All', 'Sites.FullControl.All'] },
        options: {
            webUrl: kit/* opt */.m7.site('URL of the site to upload to.', { short: 'u', required: true }),
            folder: kit/* opt */.m7.string('Server- or site-relative URL of the folder (created when missing).', { required: true }),
            path: kit/* opt */.m7.file('Local path of the file to upload.', { short: 'p', required: true }),
            contentType: kit/* opt */.m7.string('Name or ID of the content type of the file.', { short: 'c' }),
            checkOut: kit/* opt */.m7.boolean('Check the existing file out first, and in again after the upload.'),
            overwrite: kit/* opt */.m7.boolean('Overwrite a file of the same name (default: true).'),
            fileName: kit/* opt */.m7.string('Name of the file in SharePoint (default: the local name).'),
            checkInComment: kit/* opt */.m7.string('Comment of the check-in.'),
            approve: kit/* opt */.m7.boolean('Approve the file.'),
            approveComment: kit/* opt */.m7.string('Comment of the approval.'),
            publish: kit/* opt */.m7.boolean('Publish the file.'),
            publishComment: kit/* opt */.m7.string('Comment of the publishing.'),
        },
        allowUnknownOptions: true,
        validate: (o) => {
            if (o.publishComment !== undefined && !o.publish)
                return '--publishComment cannot be used without --publish';
            if (o.approveComment !== undefined && !o.approve)
                return '--approveComment cannot be used without --approve';
            return undefined;
        },
        async run(context, o, fields) {
            const web = (0,kit/* trimSlashes */.uT)(o.webUrl);
            const folder = (0,kit/* serverRelativePath */.nb)(web, o.folder);
            const name = o.fileName ?? (0,external_node_path_.basename)(o.path);
            const folderApi = `${web}/_api/web/GetFolderByServerRelativePath(DecodedUrl=${(0,kit/* literal */.eu)(folder)})`;
            const target = { folderApi, fileApi: `${folderApi}/Files(${(0,kit/* literal */.eu)(name)})`, name, path: o.path };
            if (o.overwrite === false)
                await assertAbsent(context, web, folder, name);
            await ensureFolderOf(context, web, folderApi, folder);
            if (o.checkOut) {
                await context.http.request({ url: target.fileApi, headers: { ...kit/* ACCEPT */.FA.sharepoint } });
                await post(context, `${target.fileApi}/CheckOut()`);
            }
            try {
                const uploaded = await upload(context, limits, target);
                await afterUpload(context, web, target, o, fields);
                return uploaded;
            }
            catch (error) {
                if (o.checkOut)
                    await post(context, `${target.fileApi}/UndoCheckOut()`).catch(() => undefined);
                throw error;
            }
        },
    });
}
const spoFileAdd = fileAddCommand();
function post(context, url, body) {
    return context.http.request({ method: 'POST', url, headers: { ...POST_HEADERS }, body });
}
async function assertAbsent(context, web, folder, name) {
    try {
        await context.http.request({ url: `${fileByPath(web, `${folder}/${name}`)}?$select=Exists`, headers: { ...kit/* ACCEPT */.FA.sharepoint } });
    }
    catch (error) {
        if ((0,kit/* isHttpStatus */.Bd)(error, 404))
            return;
        throw error;
    }
    throw new errors/* ActionError */.lZ(`File '${name}' already exists in folder '${folder}'. To overwrite the file, use the --overwrite option.`);
}
async function ensureFolderOf(context, web, folderApi, folder) {
    try {
        await context.http.request({ url: folderApi, headers: { ...kit/* ACCEPT */.FA.sharepoint } });
    }
    catch (error) {
        if (!(0,kit/* isHttpStatus */.Bd)(error, 404))
            throw error;
        await ensureFolder(context, web, folder);
    }
}
/**
 * One request up to the threshold, read through `context.files`; above it, an upload session fed one chunk at a time
 * from a streaming read (cancelled on failure).
 */
async function upload(context, limits, target) {
    const whole = await readWhole(context, limits, target.path);
    if (whole !== undefined) {
        const url = `${target.folderApi}/Files/Add(url=${(0,kit/* literal */.eu)(target.name)}, overwrite=true)`;
        return (await context.http.request({ method: 'POST', url, headers: { ...kit/* ACCEPT */.FA.sharepoint }, body: whole })).body;
    }
    const file = await openRead(context, target.path);
    try {
        const id = crypto.randomUUID();
        context.log.debug(`Uploading ${file.size} bytes in ${Math.ceil(file.size / limits.chunkSize)} chunks`);
        await post(context, `${target.folderApi}/Files/GetByPathOrAddStub(DecodedUrl=${(0,kit/* literal */.eu)(target.name)})/StartUpload(uploadId=${(0,kit/* guidLiteral */.FN)(id)})`);
        try {
            for (let offset = 0;;) {
                const chunk = await file.read(offset, limits.chunkSize);
                const last = offset + chunk.length >= file.size;
                const url = `${target.fileApi}/${last ? 'Finish' : 'Continue'}Upload(uploadId=${(0,kit/* guidLiteral */.FN)(id)},fileOffset=${offset})`;
                const response = await context.http.request({ method: 'POST', url, headers: { ...kit/* ACCEPT */.FA.sharepoint }, body: chunk });
                if (last)
                    return response.body;
                offset += chunk.length;
            }
        }
        catch (error) {
            await post(context, `${target.fileApi}/cancelupload(uploadId=${(0,kit/* guidLiteral */.FN)(id)})`).catch(() => undefined);
            throw error;
        }
    }
    finally {
        await file.close();
    }
}
/** The whole file when it is not above the threshold; undefined when it is (then it goes in chunks). */
async function readWhole(context, limits, path) {
    try {
        return await context.files.readFile(path, limits.chunkThreshold);
    }
    catch (error) {
        // Refused for its size only if it is in fact larger: any other refusal (missing, outside the allowed roots) stands.
        const file = await openRead(context, path).catch(() => undefined);
        const size = file?.size ?? 0;
        await file?.close();
        if (size > limits.chunkThreshold)
            return undefined;
        throw error;
    }
}
/** Field values and content type (which check a checked-out file in), then approval or publishing. */
async function afterUpload(context, web, target, o, fields) {
    let list;
    if (o.contentType !== undefined || o.publish || o.approve) {
        const url = `${target.fileApi}/ListItemAllFields/ParentList?$select=Id,EnableModeration,EnableVersioning,EnableMinorVersions`;
        list = (await context.http.request({ url, headers: { ...kit/* ACCEPT */.FA.sharepoint } })).body;
    }
    const values = formValues(fields);
    if (o.contentType !== undefined && list)
        values.push({ FieldName: 'ContentType', FieldValue: await contentTypeName(context, `${web}/_api/web/lists(${(0,kit/* guidLiteral */.FN)(list.Id)})`, o.contentType) });
    if (values.length > 0) {
        const body = { formValues: values, bNewDocumentUpdate: true, checkInComment: o.checkInComment ?? '' };
        const updated = await context.http.request({ method: 'POST', url: `${target.fileApi}/ListItemAllFields/ValidateUpdateListItem()`, headers: { ...POST_HEADERS }, body });
        if (updated.body.value.some((v) => v.HasException))
            throw new errors/* ActionError */.lZ(`Update field value error: ${JSON.stringify(updated.body.value)}`);
    }
    else if (o.checkOut) {
        await post(context, `${target.fileApi}/CheckIn(comment=${(0,kit/* literal */.eu)(o.checkInComment ?? '')},checkintype=0)`);
    }
    if (o.approve) {
        await post(context, `${target.fileApi}/approve(comment=${(0,kit/* literal */.eu)(o.approveComment ?? '')})`);
    }
    else if (o.publish) {
        if (list?.EnableModeration && list.EnableMinorVersions) {
            throw new errors/* ActionError */.lZ('The file cannot be published without approval. Moderation for this list is enabled. Use the --approve option instead of --publish to approve and publish the file');
        }
        await post(context, `${target.fileApi}/publish(comment=${(0,kit/* literal */.eu)(o.publishComment ?? '')})`);
    }
}

;// CONCATENATED MODULE: ./src/commands/spo/file-copy.ts


/** Options `spo file copy` and `spo file move` share. */
const copyOptions = {
    webUrl: kit/* opt */.m7.site('URL of the site where the file is.', { short: 'u', required: true }),
    sourceUrl: kit/* opt */.m7.string('Site-relative, server-relative or absolute URL of the file. Specify sourceUrl or sourceId.', { short: 's' }),
    sourceId: kit/* opt */.m7.guid('UniqueId of the file.', { short: 'i' }),
    targetUrl: kit/* opt */.m7.string('Server-relative or absolute URL of the destination folder.', { short: 't', required: true }),
    newName: kit/* opt */.m7.string('New name of the file (the extension is kept when left out).'),
    nameConflictBehavior: kit/* opt */.m7.enum(['fail', 'replace', 'rename'], 'When a file of that name is there: fail (default), replace or rename.'),
    bypassSharedLock: kit/* opt */.m7.boolean('Also when the file is locked for shared use.'),
    skipWait: kit/* opt */.m7.boolean("Don't wait for the copy job to finish (the result is then empty)."),
};
/**
 * `spo file copy`: copies a file to a folder (of this or another site) with a copy job, waits for it and returns the
 * copy's properties (spo/file/file-copy).
 */
const spoFileCopy = (0,kit/* command */.G5)({
    name: 'spo file copy',
    description: 'Copies a file to another location',
    resource: 'sharepoint',
    readOnly: false,
    permissions: { sharepoint: ['Sites.ReadWrite.All', 'Sites.Manage.All', 'Sites.FullControl.All'] },
    options: { ...copyOptions, ignoreVersionHistory: kit/* opt */.m7.boolean('Copy only the latest version.') },
    rules: [kit/* rules */.aO.exactlyOne('sourceUrl', 'sourceId')],
    async run(context, o) {
        const source = await sourcePath(context, o.webUrl, o);
        return copyFile(context, {
            webUrl: o.webUrl,
            sourceUrl: absoluteUrl(o.webUrl, source),
            targetUrl: absoluteUrl(o.webUrl, o.targetUrl),
            skipWait: o.skipWait,
            options: {
                NameConflictBehavior: NAME_CONFLICT[o.nameConflictBehavior ?? 'fail'],
                BypassSharedLock: o.bypassSharedLock ?? false,
                IgnoreVersionHistory: o.ignoreVersionHistory ?? false,
                IncludeItemPermissions: false,
                CustomizedItemName: o.newName === undefined ? undefined : [nameWithExtension(o.newName, source)],
                IsMoveMode: false,
            },
        });
    },
});

;// CONCATENATED MODULE: ./src/commands/spo/file-get.ts


/**
 * `spo file get`: a file's properties, its list item (`--asListItem`, without `ID`), its text (`--asString`), or its
 * content saved to `--path` (`--asFile`; then, like the CLI, the result is empty) (spo/file/file-get).
 */
const spoFileGet = (0,kit/* command */.G5)({
    name: 'spo file get',
    description: 'Gets information about the specified file',
    resource: 'sharepoint',
    readOnly: true,
    permissions: { sharepoint: ['Sites.Read.All', 'Sites.FullControl.All'] },
    options: {
        webUrl: kit/* opt */.m7.site('URL of the site where the file is.', { short: 'u', required: true }),
        url: kit/* opt */.m7.string('Server- or site-relative URL of the file. Specify url or id.'),
        id: kit/* opt */.m7.guid('UniqueId of the file.', { short: 'i' }),
        asString: kit/* opt */.m7.boolean('Return the content of the file as text.'),
        asListItem: kit/* opt */.m7.boolean('Return the list item of the file.'),
        asFile: kit/* opt */.m7.boolean('Save the file to --path.'),
        path: kit/* opt */.m7.string('Local path to save the file to (with --asFile).', { short: 'p' }),
        withPermissions: withPermissionsOption,
    },
    rules: [kit/* rules */.aO.exactlyOne('id', 'url'), kit/* rules */.aO.atMostOne('asFile', 'asListItem', 'asString')],
    validate: (o) => {
        if (o.asFile && o.path === undefined)
            return 'The path should be specified when the --asFile option is used';
        return refuseWithPermissions(o, 'file');
    },
    async run(context, o) {
        const file = o.id !== undefined ? `${(0,kit/* trimSlashes */.uT)(o.webUrl)}/_api/web/GetFileById(${(0,kit/* literal */.eu)(o.id)})` : fileByPath(o.webUrl, o.url ?? '');
        const headers = { ...kit/* ACCEPT */.FA.sharepoint };
        if (o.asFile) {
            const content = await context.http.request({ url: `${file}/$value`, headers, responseType: 'buffer' });
            const saved = await context.files.writeFile(o.path ?? '', content.body);
            context.log.debug(`File saved to path ${saved}`);
            return undefined;
        }
        if (o.asString)
            return (await context.http.request({ url: `${file}/$value`, headers, responseType: 'text' })).body;
        const response = await context.http.request({ url: o.asListItem ? `${file}?$expand=ListItemAllFields` : file, headers });
        return o.asListItem ? withoutId(response.body.ListItemAllFields) : response.body;
    },
});

;// CONCATENATED MODULE: ./src/commands/spo/file-list.ts


/** `spo file list`: the files of a folder (and of its subfolders with `--recursive`), every page (spo/file/file-list). */
const spoFileList = (0,kit/* command */.G5)({
    name: 'spo file list',
    description: 'Lists all available files in the specified folder and site',
    resource: 'sharepoint',
    readOnly: true,
    permissions: { sharepoint: ['Sites.Read.All', 'Sites.FullControl.All'] },
    options: {
        webUrl: kit/* opt */.m7.site('URL of the site where the folder is.', { short: 'u', required: true }),
        folderUrl: kit/* opt */.m7.string('Server- or site-relative URL of the folder.', { required: true }),
        fields: kit/* opt */.m7.string('Comma-separated fields to retrieve (default: all).'),
        filter: kit/* opt */.m7.string('OData filter on the files.'),
        recursive: kit/* opt */.m7.boolean('Also list the files of the subfolders.', { short: 'r' }),
    },
    async run(context, o) {
        const folders = o.recursive ? [...(await subfolders(context, o.webUrl, o.folderUrl)), o.folderUrl] : [o.folderUrl];
        const files = [];
        for (const folder of folders)
            files.push(...(await folderEntries(context, `${folderByPath(o.webUrl, folder)}/Files`, { ...selection(o.fields), $filter: o.filter })));
        return files.map(withoutItemId);
    },
});

;// CONCATENATED MODULE: ./src/commands/spo/file-move.ts



/** `spo file move`: moves a file to a folder (of this or another site) with a copy job in move mode; returns the moved file (spo/file/file-move). */
const spoFileMove = (0,kit/* command */.G5)({
    name: 'spo file move',
    description: 'Moves a file to another location',
    resource: 'sharepoint',
    readOnly: false,
    permissions: { sharepoint: ['Sites.ReadWrite.All', 'Sites.Manage.All', 'Sites.FullControl.All'] },
    options: { ...copyOptions, withItemPermissions: kit/* opt */.m7.boolean('Keep the item-level permissions.') },
    rules: [kit/* rules */.aO.exactlyOne('sourceUrl', 'sourceId')],
    async run(context, o) {
        const source = await sourcePath(context, o.webUrl, o);
        return copyFile(context, {
            webUrl: o.webUrl,
            sourceUrl: absoluteUrl(o.webUrl, source),
            targetUrl: absoluteUrl(o.webUrl, o.targetUrl),
            skipWait: o.skipWait,
            options: {
                NameConflictBehavior: NAME_CONFLICT[o.nameConflictBehavior ?? 'fail'],
                BypassSharedLock: o.bypassSharedLock ?? false,
                IgnoreVersionHistory: false,
                IncludeItemPermissions: o.withItemPermissions ?? false,
                CustomizedItemName: o.newName === undefined ? undefined : [nameWithExtension(o.newName, source)],
                IsMoveMode: true,
            },
        });
    },
});

;// CONCATENATED MODULE: ./src/commands/spo/file-remove.ts


/** `spo file remove`: deletes a file, or sends it to the recycle bin. Like the CLI, it prints nothing (spo/file/file-remove). */
const spoFileRemove = (0,kit/* command */.G5)({
    name: 'spo file remove',
    description: 'Removes the specified file',
    resource: 'sharepoint',
    readOnly: false,
    permissions: { sharepoint: ['Sites.ReadWrite.All', 'Sites.Manage.All', 'Sites.FullControl.All'] },
    options: {
        webUrl: kit/* opt */.m7.site('URL of the site where the file is.', { short: 'u', required: true }),
        id: kit/* opt */.m7.guid('UniqueId of the file. Specify id or url.', { short: 'i' }),
        url: kit/* opt */.m7.string('Server- or site-relative URL of the file.'),
        recycle: kit/* opt */.m7.boolean('Send the file to the recycle bin instead of deleting it.'),
        bypassSharedLock: kit/* opt */.m7.boolean('Remove the file even if it is locked for shared use.'),
        force: forceOption,
    },
    rules: [kit/* rules */.aO.exactlyOne('id', 'url')],
    async run(context, o) {
        const file = o.id !== undefined ? `${(0,kit/* trimSlashes */.uT)(o.webUrl)}/_api/web/GetFileById(${(0,kit/* guidLiteral */.FN)(o.id)})` : fileByPath(o.webUrl, o.url ?? '');
        const headers = { ...DELETE_HEADERS, ...(o.bypassSharedLock ? { prefer: 'bypass-shared-lock' } : {}) };
        await context.http.request({ method: 'POST', url: o.recycle ? `${file}/recycle()` : file, headers });
        return undefined;
    },
});

;// CONCATENATED MODULE: ./src/commands/spo/folder-add.ts


/** The CLI's folder colour names and SharePoint's numbers for them. */
const COLORS = {
    yellow: '0', darkRed: '1', darkOrange: '2', darkGreen: '3', darkTeal: '4', darkBlue: '5', darkPurple: '6', darkPink: '7',
    grey: '8', lightRed: '9', lightOrange: '10', lightGreen: '11', lightTeal: '12', lightBlue: '13', lightPurple: '14', lightPink: '15',
};
/** `spo folder add`: creates a folder (with its parents on `--ensureParentFolders`, in a colour on `--color`); the result is the folder (spo/folder/folder-add). */
const spoFolderAdd = (0,kit/* command */.G5)({
    name: 'spo folder add',
    description: 'Creates a folder within a parent folder',
    resource: 'sharepoint',
    readOnly: false,
    permissions: { sharepoint: ['Sites.ReadWrite.All', 'Sites.Manage.All', 'Sites.FullControl.All'] },
    options: {
        webUrl: kit/* opt */.m7.site('URL of the site where the folder is created.', { short: 'u', required: true }),
        parentFolderUrl: kit/* opt */.m7.string('Server- or site-relative URL of the parent folder.', { short: 'p', required: true }),
        name: kit/* opt */.m7.string('Name of the new folder.', { short: 'n', required: true }),
        color: kit/* opt */.m7.string(`Colour of the folder: a name (${Object.keys(COLORS).join(', ')}) or its number 0-15.`),
        ensureParentFolders: kit/* opt */.m7.boolean('Create the parent folders that do not exist.'),
    },
    validate: ({ color }) => {
        if (color === undefined || Object.hasOwn(COLORS, color) || Object.values(COLORS).includes(color))
            return undefined;
        return `'${color}' is not a valid value for option 'color'. Allowed values are ${Object.keys(COLORS).join(', ')}, ${Object.values(COLORS).join(', ')}.`;
    },
    async run(context, o) {
        const parent = (0,kit/* serverRelativePath */.nb)(o.webUrl, o.parentFolderUrl);
        if (o.ensureParentFolders)
            await ensureParents(context, o, parent);
        return addFolder(context, o, `${parent}/${o.name}`);
    },
});
/** `folders/addUsingPath`, or with a colour `foldercoloring/createfolder`. */
async function addFolder(context, o, path) {
    const web = (0,kit/* trimSlashes */.uT)(o.webUrl);
    if (o.color === undefined) {
        return (await context.http.request({ method: 'POST', url: `${web}/_api/web/folders/addUsingPath(decodedUrl=${(0,kit/* literal */.eu)(path)})`, headers: { ...kit/* ACCEPT */.FA.sharepoint } })).body;
    }
    const body = { coloringInformation: { ColorHex: COLORS[o.color] ?? o.color } };
    return (await context.http.request({ method: 'POST', url: `${web}/_api/foldercoloring/createfolder(DecodedUrl=${(0,kit/* literal */.eu)(path)}, overwrite=false)`, headers: { ...POST_HEADERS }, body })).body;
}
/** Checks each folder of the parent path below the library (`$select=Exists`) and adds the missing ones, like the CLI. */
async function ensureParents(context, o, parent) {
    const web = webPath(o.webUrl);
    const parts = parent.slice(web.length).split('/').filter((p) => p !== '');
    for (let i = 1; i < parts.length; i++) {
        const path = `${web}/${parts.slice(0, i + 1).join('/')}`;
        const url = `${(0,kit/* trimSlashes */.uT)(o.webUrl)}/_api/web/GetFolderByServerRelativePath(DecodedUrl=${(0,kit/* literal */.eu)(path)})?$select=Exists`;
        const folder = await context.http.request({ url, headers: { ...kit/* ACCEPT */.FA.sharepoint } });
        if (folder.body.Exists !== true)
            await addFolder(context, o, path);
    }
}

;// CONCATENATED MODULE: ./src/commands/spo/folder-get.ts


/** `spo folder get`: a folder's properties, by URL or unique ID (spo/folder/folder-get). */
const spoFolderGet = (0,kit/* command */.G5)({
    name: 'spo folder get',
    description: 'Gets information about the specified folder',
    resource: 'sharepoint',
    readOnly: true,
    permissions: { sharepoint: ['Sites.Read.All', 'Sites.FullControl.All'] },
    options: {
        webUrl: kit/* opt */.m7.site('URL of the site where the folder is.', { short: 'u', required: true }),
        url: kit/* opt */.m7.string('Server- or site-relative URL of the folder. Specify url or id.'),
        id: kit/* opt */.m7.guid('UniqueId of the folder.', { short: 'i' }),
        withPermissions: withPermissionsOption,
    },
    rules: [kit/* rules */.aO.exactlyOne('url', 'id')],
    validate: (o) => refuseWithPermissions(o, 'folder'),
    async run(context, o) {
        const url = o.id !== undefined ? `${(0,kit/* trimSlashes */.uT)(o.webUrl)}/_api/web/GetFolderById(${(0,kit/* literal */.eu)(o.id)})` : folderByPath(o.webUrl, o.url ?? '');
        return (await context.http.request({ url, headers: { ...kit/* ACCEPT */.FA.sharepoint } })).body;
    },
});

;// CONCATENATED MODULE: ./src/commands/spo/folder-list.ts


/** `spo folder list`: the folders in a folder (each followed by its own with `--recursive`), every page (spo/folder/folder-list). */
const spoFolderList = (0,kit/* command */.G5)({
    name: 'spo folder list',
    description: 'Returns all folders under the specified parent folder',
    resource: 'sharepoint',
    readOnly: true,
    permissions: { sharepoint: ['Sites.Read.All', 'Sites.FullControl.All'] },
    options: {
        webUrl: kit/* opt */.m7.site('URL of the site where the folders are.', { short: 'u', required: true }),
        parentFolderUrl: kit/* opt */.m7.string('Server- or site-relative URL of the parent folder.', { short: 'p', required: true }),
        fields: kit/* opt */.m7.string('Comma-separated fields to retrieve (default: all).'),
        filter: kit/* opt */.m7.string('OData filter on the folders.'),
        recursive: kit/* opt */.m7.boolean('Also list the folders of the subfolders.', { short: 'r' }),
    },
    async run(context, o) {
        return (await foldersIn(context, o, o.parentFolderUrl)).map(withoutItemId);
    },
});
async function foldersIn(context, o, parent) {
    const found = [];
    const folders = await folderEntries(context, `${folderByPath(o.webUrl, parent)}/Folders`, { ...selection(o.fields), $filter: o.filter });
    for (const folder of folders) {
        found.push(folder);
        // The CLI recurses by each folder's ServerRelativeUrl, so a selection without it finds no subfolders.
        if (o.recursive && folder.ServerRelativeUrl !== undefined)
            found.push(...(await foldersIn(context, o, folder.ServerRelativeUrl)));
    }
    return found;
}

;// CONCATENATED MODULE: ./src/commands/spo/list-add.ts


const TEMPLATE_NAMES = [
    'Announcements', 'Contacts', 'CustomGrid', 'DataSources', 'DiscussionBoard', 'DocumentLibrary', 'Events', 'GanttTasks', 'GenericList', 'IssuesTracking',
    'Links', 'NoCodeWorkflows', 'PictureLibrary', 'Survey', 'Tasks', 'WebPageLibrary', 'WorkflowHistory', 'WorkflowProcess', 'XmlForm',
];
/** The CLI's list template names and their numbers. */
const TEMPLATES = {
    GenericList: 100, DocumentLibrary: 101, Survey: 102, Links: 103, Announcements: 104, Contacts: 105, Events: 106, Tasks: 107, DiscussionBoard: 108,
    PictureLibrary: 109, DataSources: 110, XmlForm: 115, NoCodeWorkflows: 117, WorkflowProcess: 118, WebPageLibrary: 119, CustomGrid: 120,
    WorkflowHistory: 140, GanttTasks: 150, IssuesTracking: 1100,
};
/** `spo list add`: creates a list; the result is the new list as SharePoint answers it (spo/list/list-add). */
const spoListAdd = (0,kit/* command */.G5)({
    name: 'spo list add',
    description: 'Creates list in the specified site',
    resource: 'sharepoint',
    readOnly: false,
    permissions: { sharepoint: ['Sites.Manage.All', 'Sites.FullControl.All'] },
    options: {
        title: kit/* opt */.m7.string('Title of the list.', { short: 't', required: true }),
        baseTemplate: kit/* opt */.m7.enum(TEMPLATE_NAMES, 'List template. Default: GenericList.'),
        webUrl: kit/* opt */.m7.site('URL of the site where the list is created.', { short: 'u', required: true }),
        ...listSettingOptions,
    },
    validate: (o) => {
        if (o.majorVersionLimit !== undefined && o.enableVersioning !== true)
            return 'majorVersionLimit option is only valid in combination with enableVersioning.';
        return validateListSettings(o);
    },
    async run(context, options) {
        const body = { Title: options.title, BaseTemplate: TEMPLATES[options.baseTemplate ?? 'GenericList'], ...listSettingsBody(options) };
        const url = `${(0,kit/* trimSlashes */.uT)(options.webUrl)}/_api/web/lists`;
        return (await context.http.request({ method: 'POST', url, headers: { ...kit/* ACCEPT */.FA.sharepoint, ...kit/* SHAREPOINT_JSON_BODY */._P }, body })).body;
    },
});

;// CONCATENATED MODULE: ./src/commands/spo/list-get.ts


/** Templates whose lists have a version policy, which the CLI reads and adds (with its trim mode's name). */
const VERSIONED_TEMPLATES = new Set([101, 109, 110, 111, 113, 114, 115, 116, 117, 119, 121, 122, 123, 126, 130, 175]);
const TRIM_MODES = ['NoExpiration', 'ExpireAfter', 'AutoExpiration'];
/** `spo list get`: one list by ID, title, URL or as the web's default library (spo/list/list-get). */
const spoListGet = (0,kit/* command */.G5)({
    name: 'spo list get',
    description: 'Gets information about the specific list',
    resource: 'sharepoint',
    readOnly: true,
    permissions: { sharepoint: ['Sites.Read.All', 'Sites.FullControl.All'] },
    options: {
        webUrl: kit/* opt */.m7.site('URL of the site where the list is.', { short: 'u', required: true }),
        id: kit/* opt */.m7.guid('ID of the list. Specify id, title, url or default.', { short: 'i' }),
        title: kit/* opt */.m7.string('Title of the list.', { short: 't' }),
        url: kit/* opt */.m7.string('Server- or site-relative URL of the list.'),
        default: kit/* opt */.m7.boolean("Get the site's default document library."),
        properties: kit/* opt */.m7.string('Comma-separated list properties to retrieve.', { short: 'p' }),
        withPermissions: withPermissionsOption,
    },
    rules: [kit/* rules */.aO.exactlyOne('id', 'title', 'url', 'default')],
    validate: (options) => refuseWithPermissions(options, `${options.webUrl}/_api/web/lists/getByTitle('…')`),
    async run(context, options) {
        const web = `${(0,kit/* trimSlashes */.uT)(options.webUrl)}/_api/web`;
        const listUrl = options.id !== undefined ? `${web}/lists(${(0,kit/* guidLiteral */.FN)(options.id)})`
            : options.title !== undefined ? `${web}/lists/GetByTitle(${(0,kit/* literal */.eu)(options.title)})`
                : options.url !== undefined ? `${web}/GetList(${(0,kit/* literal */.eu)((0,kit/* serverRelativePath */.nb)(options.webUrl, options.url))})`
                    : `${web}/DefaultDocumentLibrary`;
        const headers = { ...kit/* ACCEPT */.FA.sharepoint };
        const list = (await context.http.request({ url: `${listUrl}${(0,kit/* query */.P)(selection(options.properties))}`, headers })).body;
        if (list.BaseTemplate !== undefined && VERSIONED_TEMPLATES.has(list.BaseTemplate)) {
            const policies = await context.http.request({ url: `${listUrl}?$select=VersionPolicies&$expand=VersionPolicies`, headers });
            if (policies.body.VersionPolicies)
                list.VersionPolicies = policies.body.VersionPolicies;
        }
        if (list.VersionPolicies)
            list.VersionPolicies = { ...list.VersionPolicies, DefaultTrimModeValue: TRIM_MODES[Number(list.VersionPolicies.DefaultTrimMode)] };
        return list;
    },
});

;// CONCATENATED MODULE: ./src/commands/spo/list-list.ts

/** `spo list list`: every list of a web (all pages), with `RootFolder/ServerRelativeUrl` like the CLI. */
const spoListList = (0,kit/* endpoint */.sR)({
    name: 'spo list list',
    description: 'Lists all available list in the specified site',
    resource: 'sharepoint',
    permissions: { sharepoint: ['Sites.Read.All', 'Sites.FullControl.All'] },
    options: {
        webUrl: kit/* opt */.m7.site('URL of the site.', { short: 'u', required: true }),
        properties: kit/* opt */.m7.string('Comma-separated list properties to retrieve.', { short: 'p' }),
        filter: kit/* opt */.m7.string('OData filter on the lists, e.g. "BaseTemplate eq 100".'),
    },
    paged: true,
    odataV4: true,
    url: ({ webUrl, properties, filter }) => `${(0,kit/* trimSlashes */.uT)(webUrl)}/_api/web/lists${(0,kit/* query */.P)({ ...list_list_selection(properties), $filter: filter })}`,
});
/** `$select`/`$expand` for the asked properties; a `Parent/Child` property needs `Parent` expanded. */
function list_list_selection(properties) {
    const select = new Set(['RootFolder/ServerRelativeUrl']);
    const expand = new Set(['RootFolder']);
    if (properties === undefined)
        select.add('*');
    for (const property of (0,kit/* splitList */.ry)(properties)) {
        if (property.includes('/'))
            expand.add(property.split('/')[0]);
        select.add(property);
    }
    return { $select: [...select], $expand: [...expand] };
}

;// CONCATENATED MODULE: ./src/commands/spo/list-remove.ts


/** `spo list remove`: deletes a list, or sends it to the recycle bin. Like the CLI, it prints nothing (spo/list/list-remove). */
const spoListRemove = (0,kit/* command */.G5)({
    name: 'spo list remove',
    description: 'Removes the specified list',
    resource: 'sharepoint',
    readOnly: false,
    permissions: { sharepoint: ['Sites.Manage.All', 'Sites.FullControl.All'] },
    options: {
        webUrl: kit/* opt */.m7.site('URL of the site where the list is.', { short: 'u', required: true }),
        id: kit/* opt */.m7.guid('ID of the list. Specify id or title.', { short: 'i' }),
        title: kit/* opt */.m7.string('Title of the list.', { short: 't' }),
        recycle: kit/* opt */.m7.boolean('Send the list to the recycle bin instead of deleting it.'),
        force: forceOption,
    },
    rules: [kit/* rules */.aO.exactlyOne('id', 'title')],
    async run(context, options) {
        const web = `${(0,kit/* trimSlashes */.uT)(options.webUrl)}/_api/web`;
        const list = options.id !== undefined ? `${web}/lists(${(0,kit/* guidLiteral */.FN)(options.id)})` : `${web}/lists/GetByTitle(${(0,kit/* literal */.eu)(options.title ?? '')})`;
        await context.http.request({ method: 'POST', url: options.recycle ? `${list}/recycle` : list, headers: { ...DELETE_HEADERS } });
        return undefined;
    },
});

;// CONCATENATED MODULE: ./src/commands/spo/list-set.ts


/** `spo list set`: changes a list's title and settings (a MERGE). Like the CLI, it prints nothing (spo/list/list-set). */
const spoListSet = (0,kit/* command */.G5)({
    name: 'spo list set',
    description: 'Updates the settings of the specified list',
    resource: 'sharepoint',
    readOnly: false,
    permissions: { sharepoint: ['Sites.Manage.All', 'Sites.FullControl.All'] },
    options: {
        webUrl: kit/* opt */.m7.site('URL of the site where the list is.', { short: 'u', required: true }),
        id: kit/* opt */.m7.guid('ID of the list. Specify id, title or url.'),
        title: kit/* opt */.m7.string('Title of the list.'),
        url: kit/* opt */.m7.string('Server- or site-relative URL of the list.'),
        newTitle: kit/* opt */.m7.string('New title of the list.'),
        ...listSettingOptions,
        versionAutoExpireTrim: kit/* opt */.m7.boolean('Not supported yet (set through CSOM by the CLI).'),
        versionExpireAfterDays: kit/* opt */.m7.number('Not supported yet (set through CSOM by the CLI).'),
    },
    rules: [kit/* rules */.aO.exactlyOne('id', 'title', 'url')],
    validate: (o) => {
        if (o.versionAutoExpireTrim !== undefined || o.versionExpireAfterDays !== undefined) {
            return "Options --versionAutoExpireTrim and --versionExpireAfterDays are not supported yet: SharePoint sets a library's version trimming only through CSOM. Set it in the library settings.";
        }
        if (o.newTitle === undefined && Object.keys(listSettingsBody(o)).length === 0)
            return 'Specify at least one option to update.';
        return validateListSettings(o);
    },
    async run(context, options) {
        const web = `${(0,kit/* trimSlashes */.uT)(options.webUrl)}/_api/web`;
        const url = options.id !== undefined ? `${web}/lists(${(0,kit/* guidLiteral */.FN)(options.id)})`
            : options.title !== undefined ? `${web}/lists/getByTitle(${(0,kit/* literal */.eu)(options.title)})`
                : `${web}/GetList(${(0,kit/* literal */.eu)((0,kit/* serverRelativePath */.nb)(options.webUrl, options.url ?? ''))})`;
        const body = { ...(options.newTitle !== undefined ? { Title: options.newTitle } : {}), ...listSettingsBody(options) };
        await context.http.request({ method: 'POST', url, headers: { ...MERGE_HEADERS }, body });
        return undefined;
    },
});

;// CONCATENATED MODULE: ./src/commands/spo/listitem-add.ts




/**
 * `spo listitem add`: creates an item through `AddValidateUpdateItemUsingPath` (every option outside the schema is a
 * field value; a missing folder is created first), then reads it back; the result is the item as the CLI prints it
 * (without the duplicate `ID`) (spo/listitem/listitem-add).
 */
const spoListItemAdd = (0,kit/* command */.G5)({
    name: 'spo listitem add',
    description: 'Creates a list item in the specified list',
    resource: 'sharepoint',
    readOnly: false,
    permissions: { sharepoint: ['Sites.ReadWrite.All', 'Sites.Manage.All', 'Sites.FullControl.All'] },
    options: {
        webUrl: kit/* opt */.m7.site('URL of the site holding the list.', { short: 'u', required: true }),
        listId: kit/* opt */.m7.guid('ID of the list. Specify listId, listTitle or listUrl.', { short: 'l' }),
        listTitle: kit/* opt */.m7.string('Title of the list.', { short: 't' }),
        listUrl: kit/* opt */.m7.string('Server- or site-relative URL of the list.'),
        contentType: kit/* opt */.m7.string('Name or ID of the content type of the item.', { short: 'c' }),
        folder: kit/* opt */.m7.string('List-relative folder to create the item in (created when missing).'),
    },
    rules: [kit/* rules */.aO.exactlyOne('listId', 'listTitle', 'listUrl')],
    allowUnknownOptions: true,
    async run(context, options, fields) {
        const listApi = (0,lookups/* listApiUrl */.gf)(options.webUrl, options);
        const values = formValues(fields);
        // The CLI reads the content types first, whether or not one is asked for.
        const contentType = await contentTypeOrNothing(context, listApi, options.contentType);
        if (contentType !== undefined)
            values.push({ FieldName: 'ContentType', FieldValue: contentType });
        const body = { formValues: values };
        if (options.folder !== undefined) {
            const root = await context.http.request({ url: `${listApi}/rootFolder`, headers: { ...kit/* ACCEPT */.FA.sharepoint } });
            const folder = (0,kit/* serverRelativePath */.nb)(root.body.ServerRelativeUrl, options.folder);
            await ensureFolder(context, options.webUrl, folder, root.body.ServerRelativeUrl);
            body.listItemCreateInfo = { FolderPath: { DecodedUrl: folder } };
        }
        const added = await context.http.request({ method: 'POST', url: `${listApi}/AddValidateUpdateItemUsingPath()`, headers: { ...POST_HEADERS }, body });
        assertValuesAccepted(added.body.value, 'Creating the item failed with the following errors:');
        const item = await context.http.request({ url: `${listApi}/items(${createdId(added.body.value)})`, headers: { ...kit/* ACCEPT */.FA.sharepoint } });
        return withoutId(item.body);
    },
});
async function contentTypeOrNothing(context, listApi, wanted) {
    if (wanted !== undefined)
        return contentTypeName(context, listApi, wanted);
    await context.http.request({ url: `${listApi}/contenttypes?$select=Name,Id`, headers: { ...kit/* ACCEPT */.FA.sharepoint } });
    return undefined;
}
function createdId(values) {
    const id = Number(values.find((v) => v.FieldName === 'Id')?.FieldValue);
    // The id goes into the next URL: only a positive integer may.
    if (!Number.isSafeInteger(id) || id <= 0)
        throw new errors/* ActionError */.lZ('SharePoint created the item but returned no valid Id.');
    return id;
}

;// CONCATENATED MODULE: ./src/commands/spo/listitem-get.ts



/** `spo listitem get`: one item by ID or unique ID, optionally only some properties, without `ID` (spo/listitem/listitem-get). */
const spoListItemGet = (0,kit/* command */.G5)({
    name: 'spo listitem get',
    description: 'Gets a list item from the specified list',
    resource: 'sharepoint',
    readOnly: true,
    permissions: { sharepoint: ['Sites.Read.All', 'Sites.FullControl.All'] },
    options: {
        webUrl: kit/* opt */.m7.site('URL of the site where the item is.', { short: 'u', required: true }),
        id: kit/* opt */.m7.number('ID of the item. Specify id or uniqueId.', { short: 'i' }),
        uniqueId: kit/* opt */.m7.guid('Unique ID (GUID) of the item.'),
        listId: kit/* opt */.m7.guid('ID of the list. Specify listId, listTitle or listUrl.', { short: 'l' }),
        listTitle: kit/* opt */.m7.string('Title of the list.', { short: 't' }),
        listUrl: kit/* opt */.m7.string('Server- or site-relative URL of the list.'),
        properties: kit/* opt */.m7.string('Comma-separated properties to retrieve.', { short: 'p' }),
        withPermissions: withPermissionsOption,
    },
    rules: [kit/* rules */.aO.exactlyOne('listId', 'listTitle', 'listUrl'), kit/* rules */.aO.exactlyOne('id', 'uniqueId')],
    validate: (o) => positiveInteger('id', o.id) ?? refuseWithPermissions(o, 'item'),
    async run(context, o) {
        const item = o.id !== undefined ? `items(${o.id})` : `GetItemByUniqueId(${(0,kit/* guidLiteral */.FN)(o.uniqueId ?? '')})`;
        const url = `${(0,lookups/* listApiUrl */.gf)(o.webUrl, o)}/${item}${(0,kit/* query */.P)(selection(o.properties))}`;
        return withoutId((await context.http.request({ url, headers: { ...kit/* ACCEPT */.FA.sharepoint } })).body);
    },
});

;// CONCATENATED MODULE: ./src/commands/spo/listitem-list.ts




/** Items per request when no page size is given: SharePoint's list view threshold. */
const PAGE = 5000;
/**
 * `spo listitem list`: the items of a list, of any size — every page through `odata.nextLink` (5,000 a page), or the
 * page `--pageNumber` of `--pageSize` items, or the items a CAML query selects (paged with `ListItemCollectionPosition`),
 * each without `ID` (spo/listitem/listitem-list).
 */
const spoListItemList = (0,kit/* command */.G5)({
    name: 'spo listitem list',
    description: 'Gets a list of items from the specified list',
    resource: 'sharepoint',
    readOnly: true,
    permissions: { sharepoint: ['Sites.Read.All', 'Sites.FullControl.All'] },
    options: {
        webUrl: kit/* opt */.m7.site('URL of the site where the list is.', { short: 'u', required: true }),
        listId: kit/* opt */.m7.guid('ID of the list. Specify listId, listTitle or listUrl.', { short: 'i' }),
        listTitle: kit/* opt */.m7.string('Title of the list.', { short: 't' }),
        listUrl: kit/* opt */.m7.string('Server- or site-relative URL of the list.'),
        camlQuery: kit/* opt */.m7.string('CAML query selecting the items.', { short: 'q' }),
        fields: kit/* opt */.m7.string('Comma-separated fields to retrieve (default: all).'),
        filter: kit/* opt */.m7.string('OData filter on the items.', { short: 'l' }),
        pageSize: kit/* opt */.m7.number('Items per page (default: all items, 5,000 a request).', { short: 's' }),
        pageNumber: kit/* opt */.m7.number('Page to return with --pageSize (the first page is 0).', { short: 'n' }),
    },
    rules: [kit/* rules */.aO.exactlyOne('listId', 'listTitle', 'listUrl'), kit/* rules */.aO.requires('pageNumber', 'pageSize')],
    validate: (o) => {
        if (o.camlQuery !== undefined && o.fields !== undefined)
            return 'You cannot use the fields-option when specifying a camlQuery';
        if (o.camlQuery !== undefined && o.pageSize !== undefined)
            return 'You cannot use the pageSize-option when specifying a camlQuery';
        if (o.camlQuery !== undefined && o.pageNumber !== undefined)
            return 'You cannot use the pageNumber-option when specifying a camlQuery';
        return positiveInteger('pageSize', o.pageSize) ?? positiveInteger('pageNumber', o.pageNumber, 0);
    },
    async run(context, o) {
        const listApi = (0,lookups/* listApiUrl */.gf)(o.webUrl, o);
        const items = o.camlQuery !== undefined ? await itemsByCaml(context, listApi, o.camlQuery) : await itemsByQuery(context, listApi, o);
        return items.map(withoutId);
    },
});
async function itemsByQuery(context, listApi, o) {
    const headers = { ...kit/* ACCEPT */.FA.sharepoint };
    const skipToken = await lastIdBeforePage(context, listApi, o);
    if ((o.pageNumber ?? 0) > 0 && skipToken === undefined)
        return [];
    const { $select, $expand } = selection(o.fields);
    let url = `${listApi}/items${(0,kit/* query */.P)({ $top: o.pageSize ?? PAGE, $filter: o.filter, $expand, $select })}`;
    if (skipToken !== undefined)
        url += `&$skiptoken=${encodeURIComponent(`Paged=TRUE&p_ID=${skipToken}`)}`;
    if (o.pageSize === undefined)
        return context.http.getAll(url, headers);
    return (await context.http.request({ url, headers })).body.value;
}
/** The ID of the last item before the asked page (pages are by ID), or undefined for the first page or past the end. */
async function lastIdBeforePage(context, listApi, o) {
    if (o.pageNumber === undefined || o.pageNumber === 0 || o.pageSize === undefined)
        return undefined;
    const url = `${listApi}/items${(0,kit/* query */.P)({ $select: 'Id', $top: o.pageSize * o.pageNumber, $filter: o.filter })}`;
    const items = (await context.http.request({ url, headers: { ...kit/* ACCEPT */.FA.sharepoint } })).body.value;
    const id = items.at(-1)?.Id;
    return Number.isSafeInteger(id) ? id : undefined;
}
/** Asks `GetItems` page after page (the query's RowLimit sets the page size) until a page comes back empty. */
async function itemsByCaml(context, listApi, viewXml) {
    const items = [];
    for (let after;;) {
        const body = { query: { ViewXml: viewXml, AllowIncrementalResults: true, ...(after !== undefined ? { ListItemCollectionPosition: { PagingInfo: `Paged=TRUE&p_ID=${after}` } } : {}) } };
        const page = await context.http.request({ method: 'POST', url: `${listApi}/GetItems`, headers: { ...POST_HEADERS }, body, idempotent: true });
        if (page.body.value.length === 0)
            return items;
        const last = page.body.value[page.body.value.length - 1].Id;
        // A page must move on, or the loop would never end.
        if (!Number.isSafeInteger(last) || (after !== undefined && last <= after))
            throw new errors/* ActionError */.lZ(`GetItems answered a page that does not move past item ${after ?? 0}; stopping.`);
        items.push(...page.body.value);
        after = last;
    }
}

;// CONCATENATED MODULE: ./src/commands/spo/listitem-remove.ts



/** `spo listitem remove`: deletes an item, or sends it to the recycle bin. Like the CLI, it prints nothing (spo/listitem/listitem-remove). */
const spoListItemRemove = (0,kit/* command */.G5)({
    name: 'spo listitem remove',
    description: 'Removes the specified list item',
    resource: 'sharepoint',
    readOnly: false,
    permissions: { sharepoint: ['Sites.ReadWrite.All', 'Sites.Manage.All', 'Sites.FullControl.All'] },
    options: {
        webUrl: kit/* opt */.m7.site('URL of the site where the item is.', { short: 'u', required: true }),
        id: kit/* opt */.m7.number('ID of the item to remove.', { short: 'i', required: true }),
        listId: kit/* opt */.m7.guid('ID of the list. Specify listId, listTitle or listUrl.', { short: 'l' }),
        listTitle: kit/* opt */.m7.string('Title of the list.', { short: 't' }),
        listUrl: kit/* opt */.m7.string('Server- or site-relative URL of the list.'),
        recycle: kit/* opt */.m7.boolean('Send the item to the recycle bin instead of deleting it.'),
        force: forceOption,
    },
    rules: [kit/* rules */.aO.exactlyOne('listId', 'listTitle', 'listUrl')],
    validate: (o) => positiveInteger('id', o.id),
    async run(context, o) {
        const item = `${(0,lookups/* listApiUrl */.gf)(o.webUrl, o)}/items(${o.id})`;
        await context.http.request({ method: 'POST', url: o.recycle ? `${item}/recycle()` : item, headers: { ...DELETE_HEADERS } });
        return undefined;
    },
});

;// CONCATENATED MODULE: ./src/commands/spo/listitem-set.ts



/**
 * `spo listitem set`: changes an item's fields (every option outside the schema is a field value) through
 * `ValidateUpdateListItem`, or with `--systemUpdate` without a new version nor a new Modified (CSOM, like the CLI); then
 * reads it back without `ID` (spo/listitem/listitem-set).
 */
const spoListItemSet = (0,kit/* command */.G5)({
    name: 'spo listitem set',
    description: 'Updates a list item in the specified list',
    resource: 'sharepoint',
    readOnly: false,
    permissions: { sharepoint: ['Sites.ReadWrite.All', 'Sites.Manage.All', 'Sites.FullControl.All'] },
    options: {
        webUrl: kit/* opt */.m7.site('URL of the site where the item is.', { short: 'u', required: true }),
        id: kit/* opt */.m7.number('ID of the item to update.', { short: 'i', required: true }),
        listId: kit/* opt */.m7.guid('ID of the list. Specify listId, listTitle or listUrl.', { short: 'l' }),
        listTitle: kit/* opt */.m7.string('Title of the list.', { short: 't' }),
        listUrl: kit/* opt */.m7.string('Server- or site-relative URL of the list.'),
        contentType: kit/* opt */.m7.string('Name or ID of the content type of the item.', { short: 'c' }),
        systemUpdate: kit/* opt */.m7.boolean('Update without a new version and without changing Modified and Modified By.', { short: 's' }),
    },
    rules: [kit/* rules */.aO.exactlyOne('listId', 'listTitle', 'listUrl')],
    allowUnknownOptions: true,
    validate: (o) => positiveInteger('id', o.id),
    async run(context, o, fields) {
        const listApi = (0,lookups/* listApiUrl */.gf)(o.webUrl, o);
        const contentType = o.contentType === undefined ? undefined : await contentTypeName(context, listApi, o.contentType);
        const values = { ...fields, ...(contentType !== undefined ? { ContentType: contentType } : {}) };
        if (o.systemUpdate) {
            await systemUpdateItem(context, o.webUrl, listApi, o.id, values);
        }
        else {
            const url = `${listApi}/items(${o.id})/ValidateUpdateListItem()`;
            const updated = await context.http.request({ method: 'POST', url, headers: { ...POST_HEADERS }, body: { formValues: formValues(values) } });
            assertValuesAccepted(updated.body.value, 'Updating the items has failed with the following errors:');
        }
        return withoutId((await context.http.request({ url: `${listApi}/items(${o.id})`, headers: { ...kit/* ACCEPT */.FA.sharepoint } })).body);
    },
});

;// CONCATENATED MODULE: ./src/commands/spo/page-canvas.ts
/**
 * Modern pages as the page commands see them (not a command of its own): the page's name and its addresses in the
 * pages API, checking it out, and its canvas — `CanvasContent1`, a JSON array of controls, each with a position (zone =
 * section, section index = column, control index = order in the column) — with the CLI's rules for where a new control
 * goes.
 */



/** `news` → `news.aspx`. */
function pageFileName(name) {
    return name.toLowerCase().endsWith('.aspx') ? name : `${name}.aspx`;
}
/** The pages API address of a page of the web's Site Pages library. */
function pageApi(webUrl, name) {
    return `${(0,kit/* trimSlashes */.uT)(webUrl)}/_api/sitepages/pages/GetByUrl(${(0,kit/* literal */.eu)(`sitepages/${pageFileName(name)}`)})`;
}
/** The server-relative URL of the page file. */
function pageFilePath(webUrl, name) {
    return `${webPath(webUrl)}/SitePages/${pageFileName(name)}`;
}
/** The server-relative URL of a page given with or without `.aspx`, possibly in a folder of Site Pages (`/folder/news`). */
function pagePath(webUrl, name) {
    return pageFilePath(webUrl, name.replace(/^\/+/, ''));
}
/** Checks the page out (the pages API answers the page as checked out). */
async function checkoutPage(context, webUrl, name) {
    const response = await context.http.request({ method: 'POST', url: `${pageApi(webUrl, name)}/checkoutpage`, headers: { ...kit/* ACCEPT */.FA.sharepoint } });
    if (!response.body)
        throw new errors/* ActionError */.lZ(`Page ${name} information not retrieved with the checkout`);
    return response.body;
}
/** Reads the page, and checks it out unless it already is. */
async function editablePage(context, webUrl, name, select) {
    const url = `${pageApi(webUrl, name)}${select === undefined ? '' : `?$select=${select}`}`;
    const page = (await context.http.request({ url, headers: { ...kit/* ACCEPT */.FA.sharepoint } })).body;
    if (page.IsPageCheckedOutToCurrentUser)
        return page;
    const checkedOut = await checkoutPage(context, webUrl, name);
    return select === undefined ? checkedOut : page;
}
async function postPage(context, url, body, merge = false) {
    const headers = merge ? { ...POST_HEADERS, 'x-http-method': 'MERGE', 'if-match': '*' } : { ...POST_HEADERS };
    await context.http.request({ method: 'POST', url, headers, body });
}
/** What a page without sections holds: only its settings. */
const EMPTY_CANVAS = '[{"controlType":0,"pageSettingsSlice":{"isDefaultDescription":true,"isDefaultThumbnail":true}}]';
function isRecord(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
function parseCanvas(text) {
    const parsed = JSON.parse(text || EMPTY_CANVAS);
    if (!Array.isArray(parsed))
        throw new errors/* ActionError */.lZ('The page canvas (CanvasContent1) is not a JSON array of controls.');
    return parsed.filter(isRecord);
}
/** The zone indexes of the sections, in order. */
function zoneIndexes(canvas) {
    return [...new Set(canvas.flatMap((c) => (c.position ? [c.position.zoneIndex] : [])))].sort((a, b) => a - b);
}
function defaultSection(layoutIndex) {
    return { position: { controlIndex: 1, sectionIndex: 1, zoneIndex: 1, sectionFactor: 12, layoutIndex }, emphasis: {}, displayMode: 2 };
}
/**
 * The first control of the column a new control goes to: a page without sections gets a one-column section first, a
 * vertical section is made when asked for and missing; a section or column that is not there is an error.
 */
function targetColumn(canvas, where) {
    if (where.verticalSection) {
        const vertical = canvas.find((c) => c.position?.layoutIndex === 2);
        if (vertical)
            return vertical;
        const made = defaultSection(2);
        canvas.unshift(made);
        return made;
    }
    if (!canvas.some((c) => c.position))
        canvas.unshift(defaultSection(1));
    const zones = zoneIndexes(canvas);
    const section = where.section ?? (where.defaultSection === 'last' ? zones.length : 1);
    if (section > zones.length)
        throw new errors/* ActionError */.lZ(`Invalid section '${section}'`);
    const column = where.column ?? 1;
    const found = canvas.find((c) => c.position?.zoneIndex === zones[section - 1] && c.position.sectionIndex === column);
    if (!found)
        throw new errors/* ActionError */.lZ(`Invalid column '${column}'`);
    return found;
}
/**
 * Puts a control into the column of `target`: in place of an empty column, else at `order` (or last), numbering the
 * column's controls 1, 2, … again.
 */
function placeControl(canvas, target, control, order) {
    const position = { ...target.position };
    if (!target.controlType) {
        canvas.splice(canvas.indexOf(target), 1, { ...control, position: { ...position, controlIndex: 1 } });
        return;
    }
    const inColumn = (c) => c.position?.zoneIndex === position.zoneIndex && c.position.sectionIndex === position.sectionIndex;
    const column = canvas.filter(inColumn).sort((a, b) => (a.position?.controlIndex ?? 0) - (b.position?.controlIndex ?? 0));
    const placed = { ...control, position };
    if (order === undefined || order > column.length)
        canvas.splice(canvas.indexOf(column[column.length - 1]) + 1, 0, placed);
    else
        canvas.splice(canvas.indexOf(column[order - 1]), 0, placed);
    canvas.filter(inColumn).forEach((c, i) => {
        if (c.position)
            c.position = { ...c.position, controlIndex: i + 1 };
    });
}

;// CONCATENATED MODULE: ./src/commands/spo/page-add.ts




const LAYOUTS = ['Article', 'Home', 'SingleWebPartAppPage', 'RepostPage', 'HeaderlessSearchResults', 'Spaces', 'Topic'];
const PROMOTIONS = ['HomePage', 'NewsPage', 'Template'];
/** The CLI's rules between layout and promotion. */
function validatePromotion(o) {
    if (o.promoteAs === 'HomePage' && o.layoutType !== 'Home')
        return 'You can only promote home pages as site home page';
    if (o.promoteAs === 'NewsPage' && o.layoutType !== undefined && o.layoutType !== 'Article')
        return 'You can only promote article pages as news article';
    return undefined;
}
/** Makes the page the web's home page (its root folder's welcome page). */
async function setHomePage(context, webUrl, name) {
    await postPage(context, `${(0,kit/* trimSlashes */.uT)(webUrl)}/_api/web/rootfolder`, { WelcomePage: `SitePages/${pageFileName(name)}` }, true);
}
/** The Site Pages library of the web, as the CLI addresses it for system updates. */
function sitePagesApi(webUrl) {
    return (0,lookups/* listApiUrl */.gf)(webUrl, { listUrl: 'SitePages' });
}
/**
 * `spo page add`: creates a modern page through the pages API — create, check out, promote (home page, news, template),
 * save, set comments, then publish or save as draft — with the CLI's requests. Like the CLI, it prints nothing
 * (spo/page/page-add).
 */
const spoPageAdd = (0,kit/* command */.G5)({
    name: 'spo page add',
    description: 'Creates modern page',
    resource: 'sharepoint',
    readOnly: false,
    permissions: { sharepoint: ['Sites.ReadWrite.All', 'Sites.Manage.All', 'Sites.FullControl.All'] },
    options: {
        name: kit/* opt */.m7.string('Name of the page (.aspx is added when missing).', { short: 'n', required: true }),
        webUrl: kit/* opt */.m7.site('URL of the site where the page is created.', { short: 'u', required: true }),
        title: kit/* opt */.m7.string('Title of the page (default: its name).', { short: 't' }),
        layoutType: kit/* opt */.m7.enum(LAYOUTS, 'Layout of the page. Default: Article.', { short: 'l' }),
        promoteAs: kit/* opt */.m7.enum(PROMOTIONS, 'Create the page as the home page, a news page or a template.', { short: 'p' }),
        commentsEnabled: kit/* opt */.m7.boolean('Enable comments on the page.'),
        publish: kit/* opt */.m7.boolean('Publish the page.'),
        publishMessage: kit/* opt */.m7.string('Message of the publishing.'),
        description: kit/* opt */.m7.string('Description of the page.'),
    },
    validate: validatePromotion,
    async run(context, o) {
        const web = (0,kit/* trimSlashes */.uT)(o.webUrl);
        const name = pageFileName(o.name);
        const title = o.title ?? o.name.replace(/\.aspx$/i, '');
        const created = await context.http.request({
            method: 'POST',
            url: `${web}/_api/sitepages/pages`,
            headers: { ...POST_HEADERS },
            body: { PageLayoutType: o.layoutType ?? 'Article', Name: name, PromotedState: o.promoteAs === 'NewsPage' ? 2 : 0, Title: title },
        });
        const fileId = created.body.UniqueId;
        const file = await context.http.request({ url: `${web}/_api/web/GetFileByServerRelativePath(DecodedUrl=${(0,kit/* literal */.eu)(pageFilePath(web, name))})?$expand=ListItemAllFields`, headers: { ...kit/* ACCEPT */.FA.sharepoint } });
        let page = await checkoutPage(context, web, name);
        if (o.promoteAs === 'HomePage')
            await setHomePage(context, web, name);
        if (o.promoteAs === 'NewsPage')
            await systemUpdateItem(context, web, sitePagesApi(web), file.body.ListItemAllFields.Id, { FirstPublishedDate: new Date().toISOString() });
        if (o.promoteAs === 'Template')
            page = await saveAsTemplate(context, web, page.Id, !o.commentsEnabled);
        const content = { BannerImageUrl: page.BannerImageUrl, CanvasContent1: page.CanvasContent1, LayoutWebpartsContent: page.LayoutWebpartsContent, Description: o.description ?? '' };
        await postPage(context, `${web}/_api/SitePages/Pages(${page.Id})/SavePage`, content, true);
        if (o.promoteAs === 'Template')
            await postPage(context, `${web}/_api/SitePages/Pages(${page.Id})/SavePageAsDraft`, { Title: name.replace(/\.aspx$/i, ''), ...content }, true);
        await postPage(context, `${web}/_api/web/getfilebyid(${(0,kit/* literal */.eu)(fileId)})/ListItemAllFields/SetCommentsDisabled(${!o.commentsEnabled})`, undefined);
        if (o.publish) {
            await postPage(context, `${web}/_api/web/getfilebyid(${(0,kit/* literal */.eu)(fileId)})/CheckIn(comment=${(0,kit/* literal */.eu)(o.publishMessage ?? '')},checkintype=1)`, undefined);
        }
        else if (o.promoteAs !== 'Template') {
            await postPage(context, `${web}/_api/SitePages/Pages(${page.Id})/SavePageAsDraft`, { Title: title, ...content });
        }
        return undefined;
    },
});
/** Saves the page as a template and answers the template (with comments set like the page's). */
async function saveAsTemplate(context, web, pageId, commentsDisabled) {
    const response = await context.http.request({ method: 'POST', url: `${web}/_api/SitePages/Pages(${pageId})/SavePageAsTemplate`, headers: { ...POST_HEADERS } });
    await postPage(context, `${web}/_api/web/getfilebyid(${(0,kit/* literal */.eu)(response.body.UniqueId)})/ListItemAllFields/SetCommentsDisabled(${commentsDisabled})`, undefined);
    return response.body;
}

;// CONCATENATED MODULE: ./src/commands/spo/page-clientsidewebpart-add.ts




/** The CLI's names of SharePoint's own web parts and their component IDs. */
const STANDARD_WEB_PARTS = {
    ContentRollup: 'daf0b71c-6de8-4ef7-b511-faae7c388708', BingMap: 'e377ea37-9047-43b9-8cdb-a761be2f8e09', ContentEmbed: '490d7c76-1824-45b2-9de3-676421c997fa',
    DocumentEmbed: 'b7dd04e1-19ce-4b24-9132-b60a1c2b910d', Image: 'd1d91016-032f-456d-98a4-721247c305e8', ImageGallery: 'af8be689-990e-492a-81f7-ba3e4cd3ed9c',
    LinkPreview: '6410b3b6-d440-4663-8744-378976dc041e', NewsFeed: '0ef418ba-5d19-4ade-9db0-b339873291d0', NewsReel: 'a5df8fdf-b508-4b66-98a6-d83bc2597f63',
    PowerBIReportEmbed: '58fcd18b-e1af-4b0a-b23b-422c2c52d5a2', QuickChart: '91a50c94-865f-4f5c-8b4e-e49659e69772', SiteActivity: 'eb95c819-ab8f-4689-bd03-0c2d65d47b1f',
    VideoEmbed: '275c0095-a77e-4f6d-a2a0-6a7626911518', YammerEmbed: '31e9537e-f9dc-40a4-8834-0e3b7df418bc', Events: '20745d7d-8581-4a6c-bf26-68279bc123fc',
    GroupCalendar: '6676088b-e28e-4a90-b9cb-d0d0303cd2eb', Hero: 'c4bd7b2f-7b6e-4599-8485-16504575f590', List: 'f92bf067-bc19-489e-a556-7fe95f508720',
    PageTitle: 'cbe7b0a9-3504-44dd-a3a3-0e5cacd07788', People: '7f718435-ee4d-431c-bdbf-9c4ff326f46e', QuickLinks: 'c70391ea-0b10-4ee9-b2b4-006d3fcad0cd',
    CustomMessageRegion: '71c19a43-d08c-4178-8218-4df8554c0b0e', Divider: '2161a1c6-db61-4731-b97c-3cdb303f7cbb', MicrosoftForms: 'b19b3b9e-8d13-4fec-a93c-401a091c0707',
    Spacer: '8654b779-4886-46d4-8ffb-b5ed960ee986', ClientWebPart: '243166f5-4dc3-4fe2-9df2-a7971b546a0a',
};
/**
 * `spo page clientsidewebpart add`: adds a standard or custom web part to a page's canvas — from the site's web part
 * definitions, with the given properties or data — in a section and column (default: the last section's first column)
 * or the vertical section, and saves a draft. Like the CLI, it prints nothing (spo/page/page-clientsidewebpart-add).
 */
const spoPageClientSideWebPartAdd = (0,kit/* command */.G5)({
    name: 'spo page clientsidewebpart add',
    description: 'Adds a client-side web part to a modern page',
    resource: 'sharepoint',
    readOnly: false,
    permissions: { sharepoint: ['Sites.ReadWrite.All', 'Sites.Manage.All', 'Sites.FullControl.All'] },
    options: {
        webUrl: kit/* opt */.m7.site('URL of the site where the page is.', { short: 'u', required: true }),
        pageName: kit/* opt */.m7.string('Name of the page.', { short: 'n', required: true }),
        standardWebPart: kit/* opt */.m7.string(`Standard web part: ${Object.keys(STANDARD_WEB_PARTS).join(', ')}.`),
        webPartId: kit/* opt */.m7.guid('ID of a custom web part.'),
        webPartProperties: kit/* opt */.m7.string('JSON object of web part properties.'),
        webPartData: kit/* opt */.m7.string('JSON web part data (as in the maintenance mode).'),
        section: kit/* opt */.m7.number('Section to add the web part to (1 or more).'),
        column: kit/* opt */.m7.number('Column to add the web part to (1 or more).'),
        order: kit/* opt */.m7.number('Order of the web part in the column.'),
        verticalSection: kit/* opt */.m7.boolean('Add the web part to the vertical section.'),
    },
    rules: [kit/* rules */.aO.exactlyOne('standardWebPart', 'webPartId'), kit/* rules */.aO.atMostOne('webPartProperties', 'webPartData'), kit/* rules */.aO.atMostOne('section', 'verticalSection')],
    validate: (o) => {
        if (o.standardWebPart !== undefined && !Object.hasOwn(STANDARD_WEB_PARTS, o.standardWebPart))
            return `${o.standardWebPart} is not a valid standard web part type`;
        for (const [name, value] of [['webPartProperties', o.webPartProperties], ['webPartData', o.webPartData]]) {
            if (value !== undefined && !isRecord(parseJson(value)))
                return `Specified ${name} is not a valid JSON object. Input: ${value}.`;
        }
        if (o.column !== undefined && o.verticalSection)
            return 'Use column in combination with section, not with verticalSection';
        return positiveInteger('section', o.section) ?? positiveInteger('column', o.column) ?? positiveInteger('order', o.order);
    },
    async run(context, o) {
        const page = await editablePage(context, o.webUrl, o.pageName);
        const canvas = parseCanvas(page.CanvasContent1);
        const webPart = await definition(context, o.webUrl, o.webPartId ?? STANDARD_WEB_PARTS[o.standardWebPart ?? '']);
        if (o.webPartProperties !== undefined)
            webPart.webPartData.properties = { ...asRecord(webPart.webPartData.properties), ...asRecord(parseJson(o.webPartProperties)) };
        if (o.webPartData !== undefined) {
            webPart.webPartData = { ...webPart.webPartData, ...asRecord(parseJson(o.webPartData)) };
            if (typeof webPart.webPartData.instanceId === 'string')
                webPart.id = webPart.webPartData.instanceId;
        }
        const target = targetColumn(canvas, { section: o.section, column: o.column, verticalSection: o.verticalSection, defaultSection: 'last' });
        placeControl(canvas, target, { controlType: 3, displayMode: 2, id: webPart.id, webPartId: webPart.webPartId, emphasis: {}, zoneGroupMetadata: target.zoneGroupMetadata, webPartData: webPart.webPartData }, o.order);
        const data = Object.fromEntries(Object.entries({ AuthorByline: page.AuthorByline, BannerImageUrl: page.BannerImageUrl, Description: page.Description, Title: page.Title, TopicHeader: page.TopicHeader, LayoutWebpartsContent: page.LayoutWebpartsContent }).filter(([, v]) => Boolean(v)));
        await postPage(context, `${pageApi(o.webUrl, o.pageName)}/SavePageAsDraft`, { ...data, CanvasContent1: JSON.stringify(canvas) }, true);
        return undefined;
    },
});
function parseJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
function asRecord(value) {
    return isRecord(value) ? value : {};
}
/** A new instance of the web part from the site's definition of it (its first preconfigured entry). */
async function definition(context, webUrl, id) {
    const response = await context.http.request({ url: `${(0,kit/* trimSlashes */.uT)(webUrl)}/_api/web/getclientsidewebparts()`, headers: { ...kit/* ACCEPT */.FA.sharepoint } });
    const component = response.body.value.find((c) => [id, `{${id}}`].includes(c.Id.toLowerCase()));
    if (!component)
        throw new errors/* ActionError */.lZ(`There is no available WebPart with Id ${id}.`, { hint: 'Deploy the app that holds the web part to the app catalog and install it on the site first.' });
    const manifest = asRecord(parseJson(component.Manifest));
    const entry = asRecord(Array.isArray(manifest.preconfiguredEntries) ? manifest.preconfiguredEntries[0] : undefined);
    const instance = crypto.randomUUID();
    const componentId = component.Id.replace(/^\{|\}$/g, '').toLowerCase();
    return {
        id: instance,
        webPartId: componentId,
        webPartData: { dataVersion: '1.0', description: asRecord(entry.description).default, id: componentId, instanceId: instance, properties: entry.properties, title: asRecord(entry.title).default },
    };
}

;// CONCATENATED MODULE: ./src/commands/spo/page-get.ts




/** The application ID of modern pages. */
const MODERN_PAGE = 'b6917cb1-93a0-4b97-a84d-7cf49975d4ec';
/**
 * `spo page get`: a modern page's file and list item, with the CLI's additions (`commentsDisabled`, `title`,
 * `layoutType`, and unless `--metadataOnly` the canvas as `canvasContentJson`, `numControls`, `numSections`)
 * (spo/page/page-get).
 */
const spoPageGet = (0,kit/* command */.G5)({
    name: 'spo page get',
    description: 'Gets information about the specific modern page',
    resource: 'sharepoint',
    readOnly: true,
    permissions: { sharepoint: ['Sites.Read.All', 'Sites.FullControl.All'] },
    options: {
        name: kit/* opt */.m7.string('Name of the page. Specify name or default.', { short: 'n' }),
        default: kit/* opt */.m7.boolean("Get the site's home page."),
        webUrl: kit/* opt */.m7.site('URL of the site where the page is.', { short: 'u', required: true }),
        metadataOnly: kit/* opt */.m7.boolean('Only the metadata, without the sections and controls.'),
    },
    rules: [kit/* rules */.aO.exactlyOne('name', 'default')],
    async run(context, o) {
        const web = (0,kit/* trimSlashes */.uT)(o.webUrl);
        const headers = { ...kit/* ACCEPT */.FA.sharepoint };
        const name = o.name !== undefined ? pageFileName(o.name) : await homePageName(context, web);
        const url = `${web}/_api/web/GetFileByServerRelativePath(DecodedUrl=${(0,kit/* literal */.eu)(pageFilePath(web, name))})?$expand=ListItemAllFields/ClientSideApplicationId,ListItemAllFields/PageLayoutType,ListItemAllFields/CommentsDisabled`;
        const page = (await context.http.request({ url, headers })).body;
        const item = page.ListItemAllFields;
        if (item.ClientSideApplicationId !== MODERN_PAGE)
            throw new errors/* ActionError */.lZ(`Page ${name} is not a modern page.`);
        const result = { ...page, ListItemAllFields: withoutId(item), commentsDisabled: item.CommentsDisabled, title: item.Title };
        if (item.PageLayoutType)
            result.layoutType = item.PageLayoutType;
        if (o.metadataOnly)
            return result;
        const canvas = (await context.http.request({ url: `${web}/_api/SitePages/Pages(${item.Id})`, headers })).body.CanvasContent1;
        result.canvasContentJson = canvas;
        const controls = canvas ? parseCanvas(canvas) : [];
        if (controls.length > 0) {
            result.numControls = controls.length;
            result.numSections = zoneIndexes(controls).length;
        }
        return result;
    },
});
async function homePageName(context, web) {
    const folder = await context.http.request({ url: `${web}/_api/Web/RootFolder?$select=WelcomePage`, headers: { ...kit/* ACCEPT */.FA.sharepoint } });
    return folder.body.WelcomePage.split('/').pop() ?? '';
}

;// CONCATENATED MODULE: ./src/commands/spo/page-list.ts



/** `spo page list`: the site's modern pages, each its file and list item merged with the pages API's page (spo/page/page-list). */
const spoPageList = (0,kit/* command */.G5)({
    name: 'spo page list',
    description: 'Lists all modern pages in the given site',
    resource: 'sharepoint',
    readOnly: true,
    permissions: { sharepoint: ['Sites.Read.All', 'Sites.FullControl.All'] },
    options: { webUrl: kit/* opt */.m7.site('URL of the site whose pages to list.', { short: 'u', required: true }) },
    async run(context, o) {
        const web = (0,kit/* trimSlashes */.uT)(o.webUrl);
        const headers = { ...kit/* ACCEPT */.FA.sharepoint };
        const pages = await context.http.getAll(`${web}/_api/sitepages/pages?$orderby=Title`, headers);
        const files = await context.http.getAll(`${web}/_api/web/lists/SitePages/rootfolder/files?$expand=ListItemAllFields/ClientSideApplicationId&$orderby=Name`, headers);
        const modern = files.filter((f) => f.ListItemAllFields?.ClientSideApplicationId === MODERN_PAGE);
        return pages.map((page) => {
            const file = modern.find((f) => f.ListItemAllFields?.Id === page.Id);
            return file ? withoutItemId({ ...file, ...page }) : page;
        });
    },
});

;// CONCATENATED MODULE: ./src/commands/spo/page-publish.ts


/** `spo page publish`: publishes a modern page (its file). Like the CLI, it prints nothing (spo/page/page-publish). */
const spoPagePublish = (0,kit/* endpoint */.sR)({
    name: 'spo page publish',
    description: 'Publishes a modern page',
    resource: 'sharepoint',
    permissions: { sharepoint: ['Sites.ReadWrite.All', 'Sites.Manage.All', 'Sites.FullControl.All'] },
    options: {
        webUrl: kit/* opt */.m7.site('URL of the site where the page is.', { short: 'u', required: true }),
        name: kit/* opt */.m7.string('Name of the page (may be in a folder of Site Pages).', { short: 'n', required: true }),
    },
    method: 'POST',
    url: (o) => `${(0,kit/* trimSlashes */.uT)(o.webUrl)}/_api/web/GetFileByServerRelativePath(DecodedUrl=${(0,kit/* literal */.eu)(pagePath(o.webUrl, o.name))})/Publish()`,
    empty: true,
});

;// CONCATENATED MODULE: ./src/commands/spo/page-remove.ts



/** `spo page remove`: deletes a modern page, or sends it to the recycle bin. Like the CLI, it prints nothing (spo/page/page-remove). */
const spoPageRemove = (0,kit/* command */.G5)({
    name: 'spo page remove',
    description: 'Removes a modern page',
    resource: 'sharepoint',
    readOnly: false,
    permissions: { sharepoint: ['Sites.ReadWrite.All', 'Sites.Manage.All', 'Sites.FullControl.All'] },
    options: {
        webUrl: kit/* opt */.m7.site('URL of the site where the page is.', { short: 'u', required: true }),
        name: kit/* opt */.m7.string('Name of the page (may be in a folder of Site Pages).', { short: 'n', required: true }),
        recycle: kit/* opt */.m7.boolean('Send the page to the recycle bin instead of deleting it.'),
        bypassSharedLock: kit/* opt */.m7.boolean('Remove the page even if it is locked for shared use.'),
        force: forceOption,
    },
    async run(context, o) {
        const file = `${(0,kit/* trimSlashes */.uT)(o.webUrl)}/_api/web/GetFileByServerRelativePath(DecodedUrl=${(0,kit/* literal */.eu)(pagePath(o.webUrl, o.name))})`;
        const headers = { ...kit/* ACCEPT */.FA.sharepoint, ...(o.bypassSharedLock ? { prefer: 'bypass-shared-lock' } : {}) };
        await context.http.request(o.recycle ? { method: 'POST', url: `${file}/Recycle`, headers } : { method: 'DELETE', url: file, headers });
        return undefined;
    },
});

;// CONCATENATED MODULE: ./src/commands/spo/page-section-add.ts




const page_section_add_TEMPLATES = ['OneColumn', 'OneColumnFullWidth', 'TwoColumn', 'ThreeColumn', 'TwoColumnLeft', 'TwoColumnRight', 'Vertical', 'Flexible'];
const EMPHASIS = ['None', 'Neutral', 'Soft', 'Strong', 'Image', 'Gradient'];
const FILL_MODES = ['ScaleToFill', 'ScaleToFit', 'Tile', 'OriginalSize'];
const REFLOW = ['TopToBottom', 'LeftToRight'];
/** The column widths (of 12) of each section template; a full-width section has one column of factor 0. */
const COLUMNS = {
    OneColumn: [12], OneColumnFullWidth: [0], TwoColumn: [6, 6], ThreeColumn: [4, 4, 4], TwoColumnLeft: [8, 4], TwoColumnRight: [4, 8], Vertical: [12], Flexible: [100],
};
const options = {
    pageName: kit/* opt */.m7.string('Name of the page.', { short: 'n', required: true }),
    webUrl: kit/* opt */.m7.site('URL of the site where the page is.', { short: 'u', required: true }),
    sectionTemplate: kit/* opt */.m7.enum(page_section_add_TEMPLATES, 'Type of section to add.', { short: 't', required: true }),
    order: kit/* opt */.m7.number('Order of the section (1 or more; default: last).'),
    zoneEmphasis: kit/* opt */.m7.enum(EMPHASIS, 'Background of the section.'),
    isLayoutReflowOnTop: kit/* opt */.m7.boolean('On small screens, show the vertical section on top (Vertical only).'),
    isCollapsibleSection: kit/* opt */.m7.boolean('Make the section collapsible.'),
    showDivider: kit/* opt */.m7.boolean('Show a divider line between sections.'),
    iconAlignment: kit/* opt */.m7.enum(['Left', 'Right'], 'Alignment of the expand/collapse icon. Default: Left.'),
    isExpanded: kit/* opt */.m7.boolean('Show the collapsible section expanded.'),
    headingLevel: kit/* opt */.m7.number('Heading level of a collapsible section: 2, 3 or 4.'),
    gradientText: kit/* opt */.m7.string('Gradient of the background (zoneEmphasis Gradient).'),
    imageUrl: kit/* opt */.m7.string('Background image URL (zoneEmphasis Image).'),
    imageHeight: kit/* opt */.m7.number('Height of the background image. Default: 955.'),
    imageWidth: kit/* opt */.m7.number('Width of the background image. Default: 555.'),
    fillMode: kit/* opt */.m7.enum(FILL_MODES, 'Fill mode of the background image. Default: ScaleToFill.'),
    useLightText: kit/* opt */.m7.boolean('Light text on the background.'),
    overlayColor: kit/* opt */.m7.string('Overlay colour (#RRGGBB). Default: #ffffff.'),
    overlayOpacity: kit/* opt */.m7.number('Overlay opacity, 0-100. Default: 60.'),
    collapsibleTitle: kit/* opt */.m7.string('Title of the collapsible section.'),
    zoneReflowStrategy: kit/* opt */.m7.enum(REFLOW, 'Mobile and e-mail reflow (Flexible only).'),
    zoneHeight: kit/* opt */.m7.number('Height of the section, 34 or more (Flexible only).'),
};
/** `spo page section add`: adds a section of the given template to a page's canvas. Like the CLI, it prints nothing (spo/page/page-section-add). */
const spoPageSectionAdd = (0,kit/* command */.G5)({
    name: 'spo page section add',
    description: 'Adds section to modern page',
    resource: 'sharepoint',
    readOnly: false,
    permissions: { sharepoint: ['Sites.ReadWrite.All', 'Sites.Manage.All', 'Sites.FullControl.All'] },
    options,
    validate: validateSection,
    async run(context, o) {
        const page = await editablePage(context, o.webUrl, o.pageName, 'CanvasContent1,IsPageCheckedOutToCurrentUser');
        const canvas = parseCanvas(page.CanvasContent1);
        assertLayoutFits(canvas, o.sectionTemplate);
        const zones = zoneIndexes(canvas);
        zones.push(zones.length > 0 ? zones[zones.length - 1] + 1 : 1);
        const zoneIndex = zones[Math.min(o.order ?? zones.length, zones.length) - 1];
        const zoneId = o.zoneEmphasis === 'Image' || o.zoneEmphasis === 'Gradient' ? crypto.randomUUID() : undefined;
        if (zoneId !== undefined)
            setBackground(canvas, zoneId, o);
        for (const control of canvas)
            if (control.position && control.position.zoneIndex >= zoneIndex)
                control.position.zoneIndex += 1;
        const at = canvas.findIndex((c) => c.position !== undefined && c.position.zoneIndex >= zoneIndex);
        canvas.splice(at === -1 ? canvas.length - 1 : at, 0, ...columns(zoneIndex, zoneId, o));
        await postPage(context, `${pageApi(o.webUrl, o.pageName)}/savepage`, { CanvasContent1: JSON.stringify(canvas) });
        return undefined;
    },
});
function validateSection(o) {
    const emphasis = o.zoneEmphasis;
    if (o.isLayoutReflowOnTop && o.sectionTemplate !== 'Vertical')
        return 'Specify isLayoutReflowOnTop when the sectionTemplate is set to Vertical.';
    if (o.headingLevel !== undefined && ![2, 3, 4].includes(o.headingLevel))
        return 'The value of parameter headingLevel must be 2, 3 or 4';
    if (emphasis !== 'Image' && (o.imageUrl !== undefined || o.imageWidth !== undefined || o.imageHeight !== undefined || o.fillMode !== undefined)) {
        return 'Specify imageUrl, imageWidth, imageHeight or fillMode only when zoneEmphasis is set to Image';
    }
    if (emphasis === 'Image' && o.imageUrl === undefined)
        return 'Specify imageUrl when zoneEmphasis is set to Image';
    if (emphasis !== 'Gradient' && o.gradientText !== undefined)
        return 'Specify gradientText only when zoneEmphasis is set to Gradient';
    if (emphasis === 'Gradient' && o.gradientText === undefined)
        return 'Specify gradientText when zoneEmphasis is set to Gradient';
    if (o.overlayOpacity !== undefined && (o.overlayOpacity < 0 || o.overlayOpacity > 100))
        return 'The value of parameter overlayOpacity must be between 0 and 100';
    if (o.overlayColor !== undefined && !/^#[0-9a-f]{6}$/i.test(o.overlayColor))
        return 'The value of parameter overlayColor must be a valid hex color';
    if (emphasis !== 'Image' && emphasis !== 'Gradient' && (o.overlayColor !== undefined || o.overlayOpacity !== undefined || o.useLightText)) {
        return 'Specify overlayColor or overlayOpacity only when zoneEmphasis is set to Image or Gradient';
    }
    if (o.sectionTemplate !== 'Flexible' && (o.zoneReflowStrategy !== undefined || o.zoneHeight !== undefined))
        return 'Specify zoneReflowStrategy or zoneHeight only when sectionTemplate is set to Flexible';
    return positiveInteger('order', o.order) ?? positiveInteger('zoneHeight', o.zoneHeight, 34);
}
/** A page has either a vertical section or a full-width one, never both. */
function assertLayoutFits(canvas, template) {
    if (template === 'OneColumnFullWidth' && canvas.some((c) => c.position?.layoutIndex === 2 && c.position.sectionFactor === 12)) {
        throw new errors/* ActionError */.lZ('A vertical section already exists on the page. A full-width section cannot be added to a page that already has a vertical section.');
    }
    if (template === 'Vertical' && canvas.some((c) => c.position?.layoutIndex === 1 && c.position.sectionFactor === 0)) {
        throw new errors/* ActionError */.lZ('A full-width section already exists on the page. A vertical section cannot be added to a page that already has a full-width section.');
    }
}
/** The empty columns of the new section. */
function columns(zoneIndex, zoneId, o) {
    const template = o.sectionTemplate ?? 'OneColumn';
    return COLUMNS[template].map((factor, i) => {
        const column = emptyColumn(template === 'Vertical' ? 1 : zoneIndex, i + 1, factor, zoneId, o);
        if (template === 'Vertical' && column.position)
            column.position = { ...column.position, layoutIndex: 2, controlIndex: 1, isLayoutReflowOnTop: o.isLayoutReflowOnTop ?? false };
        if (template === 'Flexible') {
            column.zoneReflowStrategy = { axis: o.zoneReflowStrategy === undefined ? 0 : REFLOW.indexOf(o.zoneReflowStrategy) };
            if (o.zoneHeight !== undefined)
                column.zoneHeight = o.zoneHeight;
        }
        return column;
    });
}
function emptyColumn(zoneIndex, sectionIndex, sectionFactor, zoneId, o) {
    const shading = ['None', 'Neutral', 'Soft', 'Strong'].indexOf(o.zoneEmphasis ?? '');
    const column = { displayMode: 2, position: { zoneIndex, sectionIndex, sectionFactor, layoutIndex: 1, zoneId }, emphasis: shading >= 0 ? { zoneEmphasis: shading } : {} };
    if (o.isCollapsibleSection) {
        column.zoneGroupMetadata = {
            type: 1,
            isExpanded: o.isExpanded ?? false,
            showDividerLine: o.showDivider ?? false,
            iconAlignment: o.iconAlignment === 'Right' ? 'right' : 'left',
            displayName: o.collapsibleTitle,
            headingLevel: o.headingLevel ?? 2,
        };
    }
    return column;
}
/** The object at `key` of `parent`, made when missing (the page's JSON may lack any part of it). */
function child(parent, key) {
    const value = parent[key];
    if (isRecord(value))
        return value;
    const made = {};
    parent[key] = made;
    return made;
}
/** The background of image and gradient sections lives in one control of type 14, per zone. */
function setBackground(canvas, zoneId, o) {
    let control = canvas.find((c) => c.controlType === 14);
    if (!control) {
        control = { controlType: 14, webPartData: { properties: { zoneBackground: {} }, serverProcessedContent: { htmlStrings: {}, searchablePlainTexts: {}, imageSources: {}, links: {} }, dataVersion: '1.0' } };
        canvas.push(control);
    }
    const data = child(control, 'webPartData');
    const background = {};
    if (o.gradientText !== undefined)
        Object.assign(background, { type: 'gradient', gradient: o.gradientText });
    if (o.imageUrl !== undefined) {
        Object.assign(background, { type: 'image', imageData: { source: 2, fileName: 'sectionbackground.jpg', height: o.imageHeight ?? 955, width: o.imageWidth ?? 555 }, fillMode: o.fillMode === undefined ? 0 : FILL_MODES.indexOf(o.fillMode) });
        child(child(data, 'serverProcessedContent'), 'imageSources')[`zoneBackground.${zoneId}.imageData.url`] = o.imageUrl;
    }
    child(child(data, 'properties'), 'zoneBackground')[zoneId] = { ...background, useLightText: o.useLightText ?? false, overlay: { color: o.overlayColor ?? '#FFFFFF', opacity: o.overlayOpacity ?? 60 } };
}

;// CONCATENATED MODULE: ./src/commands/spo/page-set.ts




/**
 * `spo page set`: changes a modern page — layout, promotion (home page, news, template) or demotion, comments,
 * retirement, title, description, canvas (`--content`) — and publishes it or saves a draft, with the CLI's requests.
 * Like the CLI, it prints nothing (spo/page/page-set).
 */
const spoPageSet = (0,kit/* command */.G5)({
    name: 'spo page set',
    description: 'Updates modern page properties',
    resource: 'sharepoint',
    readOnly: false,
    permissions: { sharepoint: ['Sites.ReadWrite.All', 'Sites.Manage.All', 'Sites.FullControl.All'] },
    options: {
        name: kit/* opt */.m7.string('Name of the page.', { short: 'n', required: true }),
        webUrl: kit/* opt */.m7.site('URL of the site where the page is.', { short: 'u', required: true }),
        layoutType: kit/* opt */.m7.enum(LAYOUTS, 'Layout of the page.', { short: 'l' }),
        promoteAs: kit/* opt */.m7.enum(PROMOTIONS, 'Make the page the home page, a news page or a template.', { short: 'p' }),
        demoteFrom: kit/* opt */.m7.enum(['NewsPage'], 'Make a news page a regular page again.'),
        commentsEnabled: kit/* opt */.m7.boolean('Whether comments are enabled (true or false).'),
        isRetired: kit/* opt */.m7.boolean('Whether the page is retired (true or false).'),
        publish: kit/* opt */.m7.boolean('Publish the page.'),
        publishMessage: kit/* opt */.m7.string('Message of the publishing.'),
        description: kit/* opt */.m7.string('Description of the page.'),
        title: kit/* opt */.m7.string('Title of the page.'),
        content: kit/* opt */.m7.string('The canvas of the page: a JSON array of controls (CanvasContent1).'),
    },
    validate: (o) => {
        const changes = [o.layoutType, o.promoteAs, o.demoteFrom, o.commentsEnabled, o.publish || undefined, o.description, o.title, o.content, o.isRetired];
        if (changes.every((c) => c === undefined || c === ''))
            return 'Specify at least one option to update.';
        if (o.content !== undefined) {
            try {
                JSON.parse(o.content);
            }
            catch (error) {
                return `Specified content is not a valid JSON string. Input: ${o.content}. Error: ${error instanceof Error ? error.message : String(error)}`;
            }
        }
        return validatePromotion(o);
    },
    async run(context, o) {
        const web = (0,kit/* trimSlashes */.uT)(o.webUrl);
        const page = await checkoutPage(context, web, o.name);
        const list = sitePagesApi(web);
        if (o.layoutType !== undefined) {
            const thumbnail = '/_layouts/15/images/sitepagethumbnail.png';
            const values = { PageLayoutType: o.layoutType };
            // An article is no news page and gets the default thumbnail, as the CLI sets it.
            if (o.layoutType === 'Article')
                Object.assign(values, { PromotedState: '0', BannerImageUrl: `${new URL(web).origin}${thumbnail}, ${thumbnail}` });
            await systemUpdateItem(context, web, list, page.Id, values);
        }
        if (o.promoteAs === 'HomePage')
            await setHomePage(context, web, o.name);
        if (o.promoteAs === 'NewsPage')
            await systemUpdateItem(context, web, list, page.Id, { PromotedState: '2', FirstPublishedDate: new Date().toISOString() });
        const { id, data } = o.promoteAs === 'Template' ? await templateData(context, web, page, o.name, o.description) : { id: page.Id, data: pageData(page, o) };
        if (o.title || o.description || o.content)
            await postPage(context, `${web}/_api/SitePages/Pages(${id})/SavePage`, data, true);
        if (o.promoteAs === 'Template')
            await postPage(context, `${web}/_api/SitePages/Pages(${id})/SavePageAsDraft`, data, true);
        const file = `${web}/_api/web/GetFileByServerRelativePath(DecodedUrl=${(0,kit/* literal */.eu)(pageFilePath(web, o.name))})`;
        if (o.commentsEnabled !== undefined)
            await postPage(context, `${file}/ListItemAllFields/SetCommentsDisabled(${!o.commentsEnabled})`, undefined);
        if (o.demoteFrom === 'NewsPage')
            await systemUpdateItem(context, web, list, id, { PromotedState: '0' });
        if (o.isRetired !== undefined)
            await systemUpdateItem(context, web, list, id, { _SPIsRetired: String(o.isRetired) });
        if (o.publish)
            await postPage(context, `${file}/CheckIn(comment=${(0,kit/* literal */.eu)(o.publishMessage ?? '')},checkintype=1)`, undefined);
        else if (o.promoteAs !== 'Template')
            await postPage(context, `${web}/_api/SitePages/Pages(${id})/SavePageAsDraft`, data);
        return undefined;
    },
});
/** The page's content as the save methods take it: the given values over the checked-out page's, empty ones left out. */
function pageData(page, o) {
    const data = {
        Title: o.title || page.Title,
        Description: o.description || page.Description,
        BannerImageUrl: page.BannerImageUrl,
        CanvasContent1: o.content || page.CanvasContent1,
        LayoutWebpartsContent: page.LayoutWebpartsContent,
        TopicHeader: page.TopicHeader,
        AuthorByline: page.AuthorByline,
    };
    return Object.fromEntries(Object.entries(data).filter(([, value]) => Boolean(value)));
}
/** Saves the page as a template: the template's ID and content (titled by the page's name) are what is saved next. */
async function templateData(context, web, page, name, description) {
    const template = (await context.http.request({ method: 'POST', url: `${web}/_api/SitePages/Pages(${page.Id})/SavePageAsTemplate`, headers: { ...POST_HEADERS } })).body;
    const data = {
        Title: pageFileName(name).replace(/\.aspx$/i, ''),
        Description: description || page.Description,
        BannerImageUrl: template.BannerImageUrl,
        LayoutWebpartsContent: template.LayoutWebpartsContent,
        CanvasContent1: template.CanvasContent1,
    };
    return { id: template.Id, data: Object.fromEntries(Object.entries(data).filter(([, value]) => Boolean(value))) };
}

;// CONCATENATED MODULE: ./src/commands/spo/page-text-add.ts



/**
 * `spo page text add`: adds a text (HTML; a bare text becomes a paragraph) to a page's canvas in a section and column
 * (default: the first of each), and saves a draft. It goes through the pages API's JSON canvas (the CLI rewrites the list
 * item's canvas HTML instead; the page ends up the same). Like the CLI, it prints nothing (spo/page/page-text-add).
 */
const spoPageTextAdd = (0,kit/* command */.G5)({
    name: 'spo page text add',
    description: 'Adds text to a modern page',
    resource: 'sharepoint',
    readOnly: false,
    permissions: { sharepoint: ['Sites.ReadWrite.All', 'Sites.Manage.All', 'Sites.FullControl.All'] },
    options: {
        webUrl: kit/* opt */.m7.site('URL of the site where the page is.', { short: 'u', required: true }),
        pageName: kit/* opt */.m7.string('Name of the page.', { short: 'n', required: true }),
        text: kit/* opt */.m7.string('Text to add (HTML).', { short: 't', required: true }),
        section: kit/* opt */.m7.number('Section to add the text to (1 or more). Default: 1.'),
        column: kit/* opt */.m7.number('Column to add the text to (1 or more). Default: 1.'),
        order: kit/* opt */.m7.number('Order of the text in the column.'),
    },
    validate: (o) => positiveInteger('section', o.section) ?? positiveInteger('column', o.column) ?? positiveInteger('order', o.order),
    async run(context, o) {
        const page = await editablePage(context, o.webUrl, o.pageName);
        const canvas = parseCanvas(page.CanvasContent1);
        const target = targetColumn(canvas, { section: o.section, column: o.column, defaultSection: 'first' });
        const html = o.text.startsWith('<p>') ? o.text : `<p>${o.text}</p>`;
        placeControl(canvas, target, { controlType: 4, displayMode: 2, id: crypto.randomUUID(), emphasis: target.emphasis ?? {}, zoneGroupMetadata: target.zoneGroupMetadata, editorType: 'CKEditor', innerHTML: html }, o.order);
        await postPage(context, `${pageApi(o.webUrl, o.pageName)}/SavePageAsDraft`, { CanvasContent1: JSON.stringify(canvas) }, true);
        return undefined;
    },
});

;// CONCATENATED MODULE: ./src/commands/sections/spo-content.ts































/** Lists, fields, list items, files, folders and pages. */
const commands = [
    spoListList,
    spoListGet,
    spoListAdd,
    spoListSet,
    spoListRemove,
    spoFieldAdd,
    spoFieldGet,
    spoFieldList,
    spoListItemAdd,
    spoListItemGet,
    spoListItemList,
    spoListItemSet,
    spoListItemRemove,
    spoFileGet,
    spoFileList,
    spoFileAdd,
    spoFileRemove,
    spoFileCopy,
    spoFileMove,
    spoFolderAdd,
    spoFolderGet,
    spoFolderList,
    spoPageAdd,
    spoPageGet,
    spoPageList,
    spoPageSet,
    spoPagePublish,
    spoPageRemove,
    spoPageSectionAdd,
    spoPageClientSideWebPartAdd,
    spoPageTextAdd,
];


/***/ })

};
