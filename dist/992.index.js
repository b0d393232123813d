export const id = 992;
export const ids = [992];
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

/***/ 3992:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cq: () => (/* binding */ positiveInteger),
/* harmony export */   DQ: () => (/* binding */ nameWithExtension),
/* harmony export */   E: () => (/* binding */ subfolders),
/* harmony export */   EW: () => (/* binding */ MERGE_HEADERS),
/* harmony export */   Ei: () => (/* binding */ webPath),
/* harmony export */   Gh: () => (/* binding */ withoutId),
/* harmony export */   Iz: () => (/* binding */ listSettingsBody),
/* harmony export */   P9: () => (/* binding */ forceOption),
/* harmony export */   Rc: () => (/* binding */ formValues),
/* harmony export */   TL: () => (/* binding */ withoutItemId),
/* harmony export */   Z3: () => (/* binding */ sourcePath),
/* harmony export */   ZY: () => (/* binding */ fileByPath),
/* harmony export */   _i: () => (/* binding */ assertValuesAccepted),
/* harmony export */   bi: () => (/* binding */ folderByPath),
/* harmony export */   cD: () => (/* binding */ webOrListApi),
/* harmony export */   f2: () => (/* binding */ ensureFolder),
/* harmony export */   fu: () => (/* binding */ refuseWithPermissions),
/* harmony export */   g0: () => (/* binding */ withPermissionsOption),
/* harmony export */   gu: () => (/* binding */ POST_HEADERS),
/* harmony export */   h_: () => (/* binding */ openRead),
/* harmony export */   j3: () => (/* binding */ NAME_CONFLICT),
/* harmony export */   m3: () => (/* binding */ copyFile),
/* harmony export */   n6: () => (/* binding */ listSettingOptions),
/* harmony export */   r1: () => (/* binding */ selection),
/* harmony export */   rf: () => (/* binding */ absoluteUrl),
/* harmony export */   sK: () => (/* binding */ validateListSettings),
/* harmony export */   xU: () => (/* binding */ contentTypeName),
/* harmony export */   yB: () => (/* binding */ systemUpdateItem),
/* harmony export */   zU: () => (/* binding */ DELETE_HEADERS),
/* harmony export */   zu: () => (/* binding */ folderEntries)
/* harmony export */ });
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _kit_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9897);
/* harmony import */ var _kit_lookups_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6662);
/**
 * What the content commands (lists, fields, list items, files, folders, pages) share: `$select`/`$expand` from
 * `--properties`, the headers of SharePoint's MERGE and DELETE, list and file references, the CSOM system update the
 * CLI uses to change an item without a new version, streaming reads of large files, copy jobs, and the canvas of
 * modern pages.
 */




/** `Title,Author/Title` → `$select=Title,Author/Title` and `$expand=Author` (a property with a slash needs its parent expanded). */
function selection(properties) {
    const select = (0,_kit_index_js__WEBPACK_IMPORTED_MODULE_2__/* .splitList */ .ry)(properties);
    const expand = [...new Set(select.filter((p) => p.includes('/')).map((p) => p.split('/')[0]))];
    return { $select: [...new Set(select)], $expand: expand };
}
/** SharePoint deletes through a POST that says so (as the CLI sends it). */
const DELETE_HEADERS = { ..._kit_index_js__WEBPACK_IMPORTED_MODULE_2__/* .ACCEPT */ .FA.sharepoint, 'x-http-method': 'DELETE', 'if-match': '*' };
/** …and changes through a POST with `X-HTTP-Method: MERGE`. */
const MERGE_HEADERS = { ..._kit_index_js__WEBPACK_IMPORTED_MODULE_2__/* .ACCEPT */ .FA.sharepoint, ..._kit_index_js__WEBPACK_IMPORTED_MODULE_2__/* .SHAREPOINT_JSON_BODY */ ._P, 'x-http-method': 'MERGE', 'if-match': '*' };
/** A JSON POST. */
const POST_HEADERS = { ..._kit_index_js__WEBPACK_IMPORTED_MODULE_2__/* .ACCEPT */ .FA.sharepoint, ..._kit_index_js__WEBPACK_IMPORTED_MODULE_2__/* .SHAREPOINT_JSON_BODY */ ._P };
/** The CLI's `--force` skips its confirmation prompt; the action never prompts, so the option changes nothing. */
const forceOption = _kit_index_js__WEBPACK_IMPORTED_MODULE_2__/* .opt */ .m7.boolean('Accepted for scripts written for the CLI: the action never asks for confirmation.', { short: 'f' });
/** The CLI's `--withPermissions`: refused at planning until its role decoding is reproduced (the option is named so the message can say so). */
const withPermissionsOption = _kit_index_js__WEBPACK_IMPORTED_MODULE_2__/* .opt */ .m7.boolean('Not supported yet: the CLI decodes role assignments into friendly permission names.');
function refuseWithPermissions(options, what) {
    if (options.withPermissions !== true)
        return undefined;
    return `Option --withPermissions is not supported yet (the CLI decodes role assignments into permission names). Leave it out; 'request' can read the ${what}'s RoleAssignments?$expand=Member,RoleDefinitionBindings.`;
}
const flag = (description) => _kit_index_js__WEBPACK_IMPORTED_MODULE_2__/* .opt */ .m7.boolean(`${description} (true or false).`);
/** The list settings `spo list add` and `spo list set` take, as the CLI names them; each becomes the property of the same name in PascalCase. */
const listSettingOptions = {
    description: _kit_index_js__WEBPACK_IMPORTED_MODULE_2__/* .opt */ .m7.string('Description of the list.'),
    templateFeatureId: _kit_index_js__WEBPACK_IMPORTED_MODULE_2__/* .opt */ .m7.guid('ID of the template feature of the list.'),
    allowDeletion: flag('Whether the list can be deleted'),
    allowEveryoneViewItems: flag('Whether everyone can view documents or attachments'),
    allowMultiResponses: flag('Whether a survey takes several answers per person'),
    contentTypesEnabled: flag('Whether content types are enabled'),
    crawlNonDefaultViews: flag('Whether non-default views are crawled'),
    defaultContentApprovalWorkflowId: _kit_index_js__WEBPACK_IMPORTED_MODULE_2__/* .opt */ .m7.guid('ID of the default content approval workflow.'),
    defaultDisplayFormUrl: _kit_index_js__WEBPACK_IMPORTED_MODULE_2__/* .opt */ .m7.string('URL of the display form of the items.'),
    defaultEditFormUrl: _kit_index_js__WEBPACK_IMPORTED_MODULE_2__/* .opt */ .m7.string('URL of the edit form of the items.'),
    direction: _kit_index_js__WEBPACK_IMPORTED_MODULE_2__/* .opt */ .m7.enum(['NONE', 'LTR', 'RTL'], 'Reading order of the list.'),
    disableCommenting: flag('Whether commenting is disabled'),
    disableGridEditing: flag('Whether grid editing is disabled'),
    draftVersionVisibility: _kit_index_js__WEBPACK_IMPORTED_MODULE_2__/* .opt */ .m7.enum(['Reader', 'Author', 'Approver'], 'Least permission to see drafts.'),
    emailAlias: _kit_index_js__WEBPACK_IMPORTED_MODULE_2__/* .opt */ .m7.string('E-mail address told of assignments (needs --enableAssignToEmail true).'),
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
    listExperienceOptions: _kit_index_js__WEBPACK_IMPORTED_MODULE_2__/* .opt */ .m7.enum(['Auto', 'NewExperience', 'ClassicExperience'], 'Which experience the list shows.'),
    majorVersionLimit: _kit_index_js__WEBPACK_IMPORTED_MODULE_2__/* .opt */ .m7.number('Major versions kept (needs --enableVersioning true).'),
    majorWithMinorVersionsLimit: _kit_index_js__WEBPACK_IMPORTED_MODULE_2__/* .opt */ .m7.number('Major versions whose minor versions are kept (needs --enableMinorVersions or --enableModeration).'),
    multipleDataList: flag('Whether the list is a multiple data list'),
    navigateForFormsPages: flag('Whether forms pages are navigated to'),
    needUpdateSiteClientTag: flag('Whether the site client tag needs an update'),
    noCrawl: flag('Whether the list is left out of search'),
    onQuickLaunch: flag('Whether the list shows on the quick launch'),
    ordered: flag('Whether items can be ordered'),
    parserDisabled: flag('Whether the document parser is disabled'),
    readOnlyUI: flag('Whether the list is read-only in the UI'),
    readSecurity: _kit_index_js__WEBPACK_IMPORTED_MODULE_2__/* .opt */ .m7.number('Who may read items: 1 everyone, 2 their authors.'),
    requestAccessEnabled: flag('Whether access requests are enabled'),
    restrictUserUpdates: flag('Whether users may change only their own items'),
    sendToLocationName: _kit_index_js__WEBPACK_IMPORTED_MODULE_2__/* .opt */ .m7.string('Name of the send-to location.'),
    sendToLocationUrl: _kit_index_js__WEBPACK_IMPORTED_MODULE_2__/* .opt */ .m7.string('URL of the send-to location.'),
    showUser: flag('Whether survey answers show their authors'),
    useFormsForDisplay: flag('Whether forms display the items'),
    validationFormula: _kit_index_js__WEBPACK_IMPORTED_MODULE_2__/* .opt */ .m7.string('Validation formula of the items.'),
    validationMessage: _kit_index_js__WEBPACK_IMPORTED_MODULE_2__/* .opt */ .m7.string('Message shown when the validation formula fails.'),
    writeSecurity: _kit_index_js__WEBPACK_IMPORTED_MODULE_2__/* .opt */ .m7.number('Who may change items: 1 everyone, 2 their authors, 4 nobody.'),
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
    return (0,_kit_index_js__WEBPACK_IMPORTED_MODULE_2__/* .trimSlashes */ .uT)(decodeURIComponent(new URL(webUrl).pathname));
}
/** `<web>/_api/web/<list>` when a list is named, else `<web>/_api/web` (fields of the web itself). */
function webOrListApi(webUrl, list) {
    if (list.listId === undefined && list.listTitle === undefined && list.listUrl === undefined)
        return `${(0,_kit_index_js__WEBPACK_IMPORTED_MODULE_2__/* .trimSlashes */ .uT)(webUrl)}/_api/web`;
    return (0,_kit_lookups_js__WEBPACK_IMPORTED_MODULE_3__/* .listApiUrl */ .gf)(webUrl, list);
}
/** The list item without `ID` (it duplicates `Id`; the CLI drops it). */
function withoutId(item) {
    if (item === null || typeof item !== 'object' || Array.isArray(item))
        return item;
    return Object.fromEntries(Object.entries(item).filter(([key]) => key !== 'ID'));
}
/** `GetFileByServerRelativePath(DecodedUrl='…')` of a server- or site-relative file URL. */
function fileByPath(webUrl, url) {
    return `${(0,_kit_index_js__WEBPACK_IMPORTED_MODULE_2__/* .trimSlashes */ .uT)(webUrl)}/_api/web/GetFileByServerRelativePath(DecodedUrl=${(0,_kit_index_js__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .eu)((0,_kit_index_js__WEBPACK_IMPORTED_MODULE_2__/* .serverRelativePath */ .nb)(webUrl, url))})`;
}
/** `GetFolderByServerRelativePath(DecodedUrl='…')` of a server- or site-relative folder URL. */
function folderByPath(webUrl, url) {
    return `${(0,_kit_index_js__WEBPACK_IMPORTED_MODULE_2__/* .trimSlashes */ .uT)(webUrl)}/_api/web/GetFolderByServerRelativePath(DecodedUrl=${(0,_kit_index_js__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .eu)((0,_kit_index_js__WEBPACK_IMPORTED_MODULE_2__/* .serverRelativePath */ .nb)(webUrl, url))})`;
}
/**
 * Creates the folders of a server-relative path that do not exist yet, one level at a time below `base` (default: the
 * web; a list's root folder when the folder is known to be in that list), like the CLI's ensureFolder: a folder that
 * exists answers its properties, one that does not answers 404 and is added to its parent.
 */
async function ensureFolder(context, webUrl, folder, base = webPath(webUrl)) {
    const api = `${(0,_kit_index_js__WEBPACK_IMPORTED_MODULE_2__/* .trimSlashes */ .uT)(webUrl)}/_api/web`;
    const below = folder.toLowerCase().startsWith(`${base.toLowerCase()}/`) ? folder.slice(base.length) : folder;
    let current = below === folder ? '' : base;
    for (const part of below.split('/').filter((p) => p !== '')) {
        const parent = current;
        current = `${current}/${part}`;
        try {
            await context.http.request({ url: `${api}/GetFolderByServerRelativePath(DecodedUrl=${(0,_kit_index_js__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .eu)(current)})`, headers: { ..._kit_index_js__WEBPACK_IMPORTED_MODULE_2__/* .ACCEPT */ .FA.sharepoint } });
        }
        catch (error) {
            if (!(0,_kit_index_js__WEBPACK_IMPORTED_MODULE_2__/* .isHttpStatus */ .Bd)(error, 404))
                throw error;
            const url = `${api}/GetFolderByServerRelativePath(DecodedUrl=${(0,_kit_index_js__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .eu)(parent || '/')})/AddSubFolderUsingPath(DecodedUrl=${(0,_kit_index_js__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .eu)(part)})`;
            await context.http.request({ method: 'POST', url, headers: { ..._kit_index_js__WEBPACK_IMPORTED_MODULE_2__/* .ACCEPT */ .FA.sharepoint } });
        }
    }
}
/** Files and folders per request; the CLI asks for the next page while a page is full. */
const FOLDER_PAGE = 5000;
/** Every entry of a folder's `Files` or `Folders`, page by page with `$skip` / `$top` as the CLI asks. */
async function folderEntries(context, collectionApi, options) {
    const entries = [];
    const rest = (0,_kit_index_js__WEBPACK_IMPORTED_MODULE_2__/* .query */ .P)(options).replace(/^\?/, '&');
    for (let skip = 0;; skip += FOLDER_PAGE) {
        const url = `${collectionApi}?$skip=${skip}&$top=${FOLDER_PAGE}${rest}`;
        const page = (await context.http.request({ url, headers: { ..._kit_index_js__WEBPACK_IMPORTED_MODULE_2__/* .ACCEPT */ .FA.sharepoint } })).body.value;
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
    const response = await context.http.request({ url, headers: { ..._kit_index_js__WEBPACK_IMPORTED_MODULE_2__/* .ACCEPT */ .FA.sharepoint } });
    const found = response.body.value.find((ct) => ct.Id.StringValue === wanted || ct.Name === wanted);
    if (found === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionError */ .lZ(`Specified content type '${wanted}' doesn't exist on the target list`, {
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
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionError */ .lZ(`${intro} \n${failed.map((v) => `- ${v.FieldName} - ${v.ErrorMessage ?? ''}`).join('\n')}`);
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
    const url = `${(0,_kit_index_js__WEBPACK_IMPORTED_MODULE_2__/* .trimSlashes */ .uT)(webUrl)}/_vti_bin/client.svc/ProcessQuery`;
    const response = await context.http.request({ method: 'POST', url, headers: { ...CSOM_HEADERS }, body: `<Request ${CSOM_REQUEST}>${body}</Request>` });
    const answers = Array.isArray(response.body) ? response.body : [];
    const error = answers.find((a) => a !== null && typeof a === 'object' && a.ErrorInfo)?.ErrorInfo;
    if (error)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionError */ .lZ(`Error occurred in systemUpdate operation - ${error.ErrorMessage ?? 'unknown CSOM error'}`);
    return answers;
}
/**
 * Changes an item without a new version and without touching Modified / Editor, as the CLI does: SharePoint offers this
 * only through CSOM (`ParseAndSetFieldValue` per value, then `SystemUpdate`) on the item's object identity, which comes
 * from the web's.
 */
async function systemUpdateItem(context, webUrl, listApi, itemId, values) {
    const list = await context.http.request({ url: `${listApi}?$select=Id`, headers: { ..._kit_index_js__WEBPACK_IMPORTED_MODULE_2__/* .ACCEPT */ .FA.sharepoint } });
    const identityQuery = '<Actions><Query Id="1" ObjectPathId="5"><Query SelectAllProperties="false"><Properties><Property Name="ServerRelativeUrl" ScalarProperty="true" /></Properties></Query></Query></Actions>' +
        '<ObjectPaths><Property Id="5" ParentId="3" Name="Web" /><StaticProperty Id="3" TypeId="{3747adcd-a3c3-41b9-bfab-4a64dd2f1e0a}" Name="Current" /></ObjectPaths>';
    const identity = (await processQuery(context, webUrl, identityQuery)).find((a) => a?._ObjectIdentity_)?._ObjectIdentity_;
    if (identity === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionError */ .lZ('SharePoint did not answer the web object identity that a system update needs.');
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
    const web = (0,_kit_index_js__WEBPACK_IMPORTED_MODULE_2__/* .trimSlashes */ .uT)(job.webUrl);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionError */ .lZ(error.Message ?? 'The copy job failed.');
    const info = events.find((e) => e.Event === 'JobFinishedObjectInfo');
    if (info?.TargetObjectUniqueId === undefined || info.TargetObjectSiteRelativeUrl === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionError */ .lZ('The copy job finished without telling where the file went.');
    const relativeFolder = `/${info.TargetObjectSiteRelativeUrl.slice(0, info.TargetObjectSiteRelativeUrl.lastIndexOf('/'))}`;
    const targetWeb = job.targetUrl.slice(0, job.targetUrl.toLowerCase().lastIndexOf(relativeFolder.toLowerCase()));
    const file = await context.http.request({ url: `${targetWeb}/_api/Web/GetFileById(${(0,_kit_index_js__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .eu)(info.TargetObjectUniqueId)})`, headers: { ..._kit_index_js__WEBPACK_IMPORTED_MODULE_2__/* .ACCEPT */ .FA.sharepoint } });
    return file.body;
}
async function copyJobEvents(context, web, info) {
    const events = [];
    for (let poll = 0; poll < COPY_MAX_POLLS; poll++) {
        if (poll > 0)
            await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setTimeout)(COPY_POLL_MS);
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
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionError */ .lZ(`The copy job ${info.JobId} did not finish within ${(COPY_POLL_MS * COPY_MAX_POLLS) / 60000} minutes.`);
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
        return (0,_kit_index_js__WEBPACK_IMPORTED_MODULE_2__/* .trimSlashes */ .uT)(url);
    return (0,_kit_index_js__WEBPACK_IMPORTED_MODULE_2__/* .trimSlashes */ .uT)(`${new URL(webUrl).origin}${(0,_kit_index_js__WEBPACK_IMPORTED_MODULE_2__/* .serverRelativePath */ .nb)(webUrl, url)}`);
}
/** The server-relative path of a file given by URL, or by unique ID (asked of SharePoint). */
async function sourcePath(context, webUrl, source) {
    if (source.sourceUrl !== undefined)
        return /^https:\/\//i.test(source.sourceUrl) ? decodeURIComponent(new URL(source.sourceUrl).pathname) : (0,_kit_index_js__WEBPACK_IMPORTED_MODULE_2__/* .serverRelativePath */ .nb)(webUrl, source.sourceUrl);
    const url = `${(0,_kit_index_js__WEBPACK_IMPORTED_MODULE_2__/* .trimSlashes */ .uT)(webUrl)}/_api/Web/GetFileById(${(0,_kit_index_js__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .eu)(source.sourceId ?? '')})/ServerRelativePath`;
    const response = await context.http.request({ url, headers: { ..._kit_index_js__WEBPACK_IMPORTED_MODULE_2__/* .ACCEPT */ .FA.sharepoint } });
    return response.body.DecodedUrl;
}


/***/ })

};
