export const id = 938;
export const ids = [938];
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

/***/ 938:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  commands: () => (/* binding */ commands)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/commands/kit/index.ts + 2 modules
var kit = __webpack_require__(9897);
// EXTERNAL MODULE: ./src/commands/kit/lookups.ts
var lookups = __webpack_require__(6662);
;// CONCATENATED MODULE: ./src/commands/spo/app-add.ts




/** SharePoint's limit for an app package (and the CLI's). */
const MAX_PACKAGE_BYTES = 250 * 1024 * 1024;
/**
 * `spo app add`: uploads an .sppkg to the tenant (or a site collection) app catalog. The result is the added file's
 * properties, like the CLI's `--output json`.
 */
const spoAppAdd = (0,kit/* command */.G5)({
    name: 'spo app add',
    description: 'Adds an app to the specified SharePoint Online app catalog',
    resource: 'sharepoint',
    readOnly: false,
    permissions: { sharepoint: ['Sites.FullControl.All'] },
    options: {
        filePath: kit/* opt */.m7.file('Path to the .sppkg file to add.', { short: 'p', required: true }),
        ...lookups/* appCatalogOptions */.dl,
        overwrite: kit/* opt */.m7.boolean('Overwrite an app of the same file name.'),
    },
    validate: lookups/* validateCatalogScope */.m$,
    async run(context, options) {
        const catalog = await (0,lookups/* appCatalogUrl */.iE)(context, options);
        const content = await context.files.readFile(options.filePath, MAX_PACKAGE_BYTES);
        assertAppPackage(content, options.filePath);
        const name = (0,external_node_path_.basename)(options.filePath);
        context.log.debug(`Adding app '${options.filePath}' to ${catalog}`);
        const response = await context.http.request({
            method: 'POST',
            url: `${catalog}/_api/web/${(0,lookups/* catalogPath */.Hc)(options)}/Add(overwrite=${options.overwrite ?? false}, url=${(0,kit/* literal */.eu)(name)})`,
            headers: { ...kit/* ACCEPT */.FA.sharepoint, binaryStringRequestBody: 'true' },
            body: content,
        });
        return response.body;
    },
});
/**
 * An .sppkg is a zip (it starts with a local file header, `PK\x03\x04`) holding `AppManifest.xml`. Anything else would
 * be uploaded and then fail in the catalog, or worse, upload a file that was never meant to leave the runner.
 */
function assertAppPackage(content, path) {
    const isZip = content.length >= 4 && content.readUInt32LE(0) === 0x04034b50;
    if (!isZip || !content.includes('AppManifest.xml')) {
        const what = content.length === 0 ? 'is empty' : isZip ? 'is a zip without AppManifest.xml' : 'is not a zip file';
        throw new errors/* ActionError */.lZ(`'${path}' ${what}, so it is not a SharePoint app package (.sppkg).`, {
            hint: "Point --filePath at the package that 'gulp package-solution --ship' writes (sharepoint/solution/<name>.sppkg).",
        });
    }
}

;// CONCATENATED MODULE: ./src/commands/spo/app-deploy.ts


/**
 * `spo app deploy`: makes an app of the catalog available to sites (optionally tenant-wide with
 * `--skipFeatureDeployment`). Like the CLI, it prints nothing: the result is empty.
 */
const spoAppDeploy = (0,kit/* command */.G5)({
    name: 'spo app deploy',
    description: 'Deploys the specified app in the specified app catalog',
    resource: 'sharepoint',
    readOnly: false,
    permissions: { sharepoint: ['Sites.FullControl.All'] },
    options: {
        ...lookups/* appIdOrNameOptions */.jg,
        ...lookups/* appCatalogOptions */.dl,
        skipFeatureDeployment: kit/* opt */.m7.boolean('Make the app available to all sites at once.'),
    },
    rules: [kit/* rules */.aO.exactlyOne('id', 'name')],
    validate: lookups/* validateCatalogScope */.m$,
    async run(context, options) {
        const catalog = await (0,lookups/* appCatalogUrl */.iE)(context, options);
        const id = await (0,lookups/* appId */.R0)(context, catalog, options);
        await context.http.request({
            method: 'POST',
            url: `${catalog}/_api/web/${(0,lookups/* catalogPath */.Hc)(options)}/AvailableApps/GetById(${(0,kit/* literal */.eu)(id)})/deploy`,
            headers: { ...kit/* ACCEPT */.FA.sharepoint, ...kit/* SHAREPOINT_JSON_BODY */._P },
            body: { skipFeatureDeployment: options.skipFeatureDeployment ?? false },
        });
        return undefined;
    },
});

;// CONCATENATED MODULE: ./src/commands/spo/app-get.ts


/** `spo app get`: one app of an app catalog (the `AvailableApps` entity, as the CLI prints it). */
const spoAppGet = (0,kit/* command */.G5)({
    name: 'spo app get',
    description: 'Gets information about the specific app from the specified app catalog',
    resource: 'sharepoint',
    readOnly: true,
    permissions: { sharepoint: ['Sites.Read.All', 'Sites.FullControl.All'] },
    options: { ...lookups/* appIdOrNameOptions */.jg, ...lookups/* appCatalogOptions */.dl },
    rules: [kit/* rules */.aO.exactlyOne('id', 'name')],
    validate: lookups/* validateCatalogScope */.m$,
    async run(context, options) {
        const catalog = await (0,lookups/* appCatalogUrl */.iE)(context, options);
        const id = await (0,lookups/* appId */.R0)(context, catalog, options);
        const url = `${catalog}/_api/web/${(0,lookups/* catalogPath */.Hc)(options)}/AvailableApps/GetById(${(0,kit/* literal */.eu)(id)})`;
        return (await context.http.request({ url, headers: { ...kit/* ACCEPT */.FA.sharepoint } })).body;
    },
});

;// CONCATENATED MODULE: ./src/commands/spo/app-install.ts


/** `spo app install`: installs a deployed app in a site. Like the CLI, it prints nothing: the result is empty. */
const spoAppInstall = (0,kit/* endpoint */.sR)({
    name: 'spo app install',
    description: 'Installs an app from the specified app catalog in the site',
    resource: 'sharepoint',
    permissions: { sharepoint: ['Sites.FullControl.All'] },
    options: {
        id: kit/* opt */.m7.guid('ID (UniqueId) of the app to install.', { short: 'i', required: true }),
        siteUrl: kit/* opt */.m7.site('URL of the site to install the app in.', { short: 's', required: true }),
        appCatalogScope: kit/* opt */.m7.enum(['tenant', 'sitecollection'], "Scope of the app catalog: 'tenant' (default) or 'sitecollection'."),
    },
    method: 'POST',
    url: (o) => `${(0,kit/* trimSlashes */.uT)(o.siteUrl)}/_api/web/${(0,lookups/* catalogPath */.Hc)(o)}/AvailableApps/GetById(${(0,kit/* literal */.eu)(o.id)})/install`,
    empty: true,
});

;// CONCATENATED MODULE: ./src/commands/spo/app-instance-list.ts

/** `spo app instance list`: the SharePoint Framework apps installed in a site (`AppTiles` of type 3), every page. */
const spoAppInstanceList = (0,kit/* endpoint */.sR)({
    name: 'spo app instance list',
    description: 'Retrieve apps installed in a site',
    resource: 'sharepoint',
    permissions: { sharepoint: ['Sites.Read.All', 'Sites.FullControl.All'] },
    options: { siteUrl: kit/* opt */.m7.site('URL of the site collection to retrieve the apps for.', { short: 'u', required: true }) },
    paged: true,
    url: ({ siteUrl }) => `${(0,kit/* trimSlashes */.uT)(siteUrl)}/_api/web/AppTiles?$filter=AppType eq 3`,
});

;// CONCATENATED MODULE: ./src/commands/spo/app-list.ts


/** `spo app list`: every app of an app catalog (all pages; `AvailableApps` pages only as OData v4). */
const spoAppList = (0,kit/* command */.G5)({
    name: 'spo app list',
    description: 'Lists apps from the specified app catalog',
    resource: 'sharepoint',
    readOnly: true,
    permissions: { sharepoint: ['Sites.Read.All', 'Sites.FullControl.All'] },
    options: lookups/* appCatalogOptions */.dl,
    validate: lookups/* validateCatalogScope */.m$,
    async run(context, options) {
        const catalog = await (0,lookups/* appCatalogUrl */.iE)(context, options);
        return context.http.getAll(`${catalog}/_api/web/${(0,lookups/* catalogPath */.Hc)(options)}/AvailableApps`, { ...kit/* ACCEPT */.FA.sharepointV4 });
    },
});

;// CONCATENATED MODULE: ./src/commands/spo/app-remove.ts


/**
 * `spo app remove`: deletes an app package from the app catalog. `--force` is accepted for pasted lines. Like the CLI, it prints nothing: the result is empty.
 */
const spoAppRemove = (0,kit/* endpoint */.sR)({
    name: 'spo app remove',
    description: 'Removes the specified app from the specified app catalog',
    resource: 'sharepoint',
    permissions: { sharepoint: ['Sites.FullControl.All'] },
    options: {
        id: kit/* opt */.m7.guid('ID of the app to remove (it must be in the app catalog).', { short: 'i', required: true }),
        ...lookups/* appCatalogOptions */.dl,
        force: kit/* opt */.m7.boolean("Don't prompt for confirmation (there is never a prompt here).", { short: 'f' }),
    },
    validate: lookups/* validateCatalogScope */.m$,
    method: 'POST',
    url: async (o, context) => `${await (0,lookups/* appCatalogUrl */.iE)(context, o)}/_api/web/${(0,lookups/* catalogPath */.Hc)(o)}/AvailableApps/GetById(${(0,kit/* literal */.eu)(o.id)})/remove`,
    empty: true,
});

;// CONCATENATED MODULE: ./src/commands/spo/app-retract.ts


/**
 * `spo app retract`: withdraws a deployed app, so that sites can no longer install it (it stays in the catalog). `--force` is accepted for pasted lines. Like the CLI, it prints nothing: the result is empty.
 */
const spoAppRetract = (0,kit/* endpoint */.sR)({
    name: 'spo app retract',
    description: 'Retracts the specified app from the specified app catalog',
    resource: 'sharepoint',
    permissions: { sharepoint: ['Sites.FullControl.All'] },
    options: {
        id: kit/* opt */.m7.guid('ID of the app to retract (it must be in the app catalog).', { short: 'i', required: true }),
        ...lookups/* appCatalogOptions */.dl,
        force: kit/* opt */.m7.boolean("Don't prompt for confirmation (there is never a prompt here).", { short: 'f' }),
    },
    validate: lookups/* validateCatalogScope */.m$,
    method: 'POST',
    url: async (o, context) => `${await (0,lookups/* appCatalogUrl */.iE)(context, o)}/_api/web/${(0,lookups/* catalogPath */.Hc)(o)}/AvailableApps/GetById(${(0,kit/* literal */.eu)(o.id)})/retract`,
    empty: true,
});

;// CONCATENATED MODULE: ./src/commands/spo/app-uninstall.ts


/**
 * `spo app uninstall`: removes an installed app from a site. `--force` is accepted for pasted lines (a pipeline never
 * prompts). Like the CLI, it prints nothing: the result is empty.
 */
const spoAppUninstall = (0,kit/* endpoint */.sR)({
    name: 'spo app uninstall',
    description: 'Uninstalls an app from the site',
    resource: 'sharepoint',
    permissions: { sharepoint: ['Sites.FullControl.All'] },
    options: {
        id: kit/* opt */.m7.guid('ID of the app to uninstall.', { short: 'i', required: true }),
        siteUrl: kit/* opt */.m7.site('Absolute URL of the site to uninstall the app from.', { short: 's', required: true }),
        appCatalogScope: kit/* opt */.m7.enum(['tenant', 'sitecollection'], "Scope of the app catalog: 'tenant' (default) or 'sitecollection'."),
        force: kit/* opt */.m7.boolean("Don't prompt for confirmation (there is never a prompt here).", { short: 'f' }),
    },
    method: 'POST',
    url: (o) => `${(0,kit/* trimSlashes */.uT)(o.siteUrl)}/_api/web/${(0,lookups/* catalogPath */.Hc)(o)}/AvailableApps/GetById(${(0,kit/* literal */.eu)(o.id)})/uninstall`,
    empty: true,
});

;// CONCATENATED MODULE: ./src/commands/spo/app-upgrade.ts


/**
 * `spo app upgrade`: brings the app installed in a site to the version deployed in the catalog (after `spo app add
 * --overwrite` and `spo app deploy` of a newer package). Like the CLI, it prints nothing: the result is empty.
 */
const spoAppUpgrade = (0,kit/* endpoint */.sR)({
    name: 'spo app upgrade',
    description: 'Upgrades app in the specified site',
    resource: 'sharepoint',
    permissions: { sharepoint: ['Sites.FullControl.All'] },
    options: {
        id: kit/* opt */.m7.guid('ID of the app to upgrade.', { short: 'i', required: true }),
        siteUrl: kit/* opt */.m7.site('Absolute URL of the site to upgrade the app in.', { short: 's', required: true }),
        appCatalogScope: kit/* opt */.m7.enum(['tenant', 'sitecollection'], "Scope of the app catalog: 'tenant' (default) or 'sitecollection'."),
    },
    method: 'POST',
    url: (o) => `${(0,kit/* trimSlashes */.uT)(o.siteUrl)}/_api/web/${(0,lookups/* catalogPath */.Hc)(o)}/AvailableApps/GetById(${(0,kit/* literal */.eu)(o.id)})/upgrade`,
    empty: true,
});

// EXTERNAL MODULE: ./src/commands/spo/shared-sites.ts
var shared_sites = __webpack_require__(1637);
;// CONCATENATED MODULE: ./src/commands/spo/site-appcatalog-add.ts


/**
 * `spo site appcatalog add`: creates the site collection app catalog of a site. SharePoint offers this only through
 * CSOM on the tenant admin site. Like the CLI, it prints nothing: the result is empty.
 */
const spoSiteAppCatalogAdd = (0,kit/* command */.G5)({
    name: 'spo site appcatalog add',
    description: 'Creates a site collection app catalog in the specified site',
    resource: 'sharepoint',
    readOnly: false,
    permissions: { sharepoint: ['Sites.FullControl.All'] },
    options: { siteUrl: kit/* opt */.m7.site('URL of the site collection where the app catalog should be added.', { short: 'u', required: true }) },
    async run(context, { siteUrl }) {
        await (0,shared_sites/* setSiteAppCatalog */.wM)(context, siteUrl, true);
        return undefined;
    },
});

;// CONCATENATED MODULE: ./src/commands/spo/site-appcatalog-list.ts


/**
 * `spo site appcatalog list`: every site collection app catalog of the tenant. With `--excludeDeletedSites`, sites
 * that no longer answer (404 or 403, e.g. deleted) are left out, as the CLI does.
 */
const spoSiteAppCatalogList = (0,kit/* command */.G5)({
    name: 'spo site appcatalog list',
    description: 'List all site collection app catalogs within the tenant',
    resource: 'sharepoint',
    readOnly: true,
    permissions: { sharepoint: ['Sites.Read.All', 'Sites.FullControl.All'] },
    options: { excludeDeletedSites: kit/* opt */.m7.boolean('Exclude site collections that are no longer active.') },
    async run(context, { excludeDeletedSites }) {
        const catalogs = await context.http.getAll(`${(0,shared_sites/* tenantRoot */.jj)(context)}/_api/Web/TenantAppCatalog/SiteCollectionAppCatalogsSites`, { ...kit/* ACCEPT */.FA.sharepoint });
        if (!excludeDeletedSites)
            return catalogs;
        const active = [];
        for (const catalog of catalogs) {
            try {
                await context.http.request({ url: `${catalog.AbsoluteUrl}/_api/web${(0,kit/* query */.P)({ $select: 'Id' })}`, headers: { ...kit/* ACCEPT */.FA.sharepoint } });
                active.push(catalog);
            }
            catch (error) {
                if (!(0,kit/* isHttpStatus */.Bd)(error, 404) && !(0,kit/* isHttpStatus */.Bd)(error, 403))
                    throw error;
                context.log.debug(`Site at '${catalog.AbsoluteUrl}' is inaccessible; left out.`);
            }
        }
        return active;
    },
});

;// CONCATENATED MODULE: ./src/commands/spo/site-appcatalog-remove.ts


/**
 * `spo site appcatalog remove`: disables the site collection app catalog of a site (its "Apps for SharePoint" library
 * stays), through CSOM on the tenant admin site. Like the CLI, it prints nothing: the result is empty.
 */
const spoSiteAppCatalogRemove = (0,kit/* command */.G5)({
    name: 'spo site appcatalog remove',
    description: 'Removes site collection scoped app catalog from site',
    resource: 'sharepoint',
    readOnly: false,
    permissions: { sharepoint: ['Sites.FullControl.All'] },
    options: {
        siteUrl: kit/* opt */.m7.site('URL of the site collection containing the app catalog to disable.', { short: 'u', required: true }),
        force: kit/* opt */.m7.boolean("Don't prompt for confirmation (there is never a prompt here).", { short: 'f' }),
    },
    async run(context, { siteUrl }) {
        await (0,shared_sites/* setSiteAppCatalog */.wM)(context, siteUrl, false);
        return undefined;
    },
});

;// CONCATENATED MODULE: ./src/commands/spo/tenant-appcatalogurl-get.ts


/**
 * `spo tenant appcatalogurl get`: the URL of the tenant app catalog, as a bare string like the CLI prints it. Without
 * a tenant app catalog the CLI prints nothing: the result is empty, and the log says why.
 */
const spoTenantAppCatalogUrlGet = (0,kit/* command */.G5)({
    name: 'spo tenant appcatalogurl get',
    description: 'Gets the URL of the tenant app catalog',
    resource: 'sharepoint',
    readOnly: true,
    permissions: { sharepoint: ['Sites.Read.All', 'Sites.FullControl.All'] },
    options: {},
    async run(context) {
        const url = `${(0,shared_sites/* tenantRoot */.jj)(context)}/_api/SP_TenantSettings_Current`;
        const response = await context.http.request({ url, headers: { ...kit/* ACCEPT */.FA.sharepoint } });
        const catalog = response.body?.CorporateCatalogUrl;
        if (catalog)
            return catalog;
        context.log.info('Tenant app catalog is not configured.');
        return undefined;
    },
});

;// CONCATENATED MODULE: ./src/commands/sections/spo-apps.ts














/** The SPFx lifecycle: apps, the tenant and site collection app catalogs. */
const commands = [
    spoAppAdd,
    spoAppGet,
    spoAppList,
    spoAppDeploy,
    spoAppInstall,
    spoAppUpgrade,
    spoAppUninstall,
    spoAppRetract,
    spoAppRemove,
    spoAppInstanceList,
    spoTenantAppCatalogUrlGet,
    spoSiteAppCatalogAdd,
    spoSiteAppCatalogList,
    spoSiteAppCatalogRemove,
];


/***/ }),

/***/ 1637:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $J: () => (/* binding */ grantedTo),
/* harmony export */   Nf: () => (/* binding */ pickHub),
/* harmony export */   ON: () => (/* binding */ processQuery),
/* harmony export */   S: () => (/* binding */ siteDetails),
/* harmony export */   W_: () => (/* binding */ CSOM_TENANT),
/* harmony export */   X: () => (/* binding */ escapeXml),
/* harmony export */   cl: () => (/* binding */ sameUrl),
/* harmony export */   dq: () => (/* binding */ removeDeletedSite),
/* harmony export */   gl: () => (/* binding */ lastResult),
/* harmony export */   jj: () => (/* binding */ tenantRoot),
/* harmony export */   nN: () => (/* binding */ adminUrl),
/* harmony export */   o5: () => (/* binding */ waitForOperation),
/* harmony export */   qJ: () => (/* binding */ sitePermissions),
/* harmony export */   qX: () => (/* binding */ setParentHub),
/* harmony export */   si: () => (/* binding */ hubSitesWithEtags),
/* harmony export */   t8: () => (/* binding */ CSOM_REQUEST_CONTEXT),
/* harmony export */   wM: () => (/* binding */ setSiteAppCatalog),
/* harmony export */   xI: () => (/* binding */ graphSiteId)
/* harmony export */ });
/* unused harmony export absoluteUrl */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _kit_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9897);
/**
 * What the site, hub site, home site and app catalog commands share: the tenant's SharePoint root and admin site, and a
 * minimal CSOM client for the tenant-admin operations that SharePoint offers only through CSOM
 * (`/_vti_bin/client.svc/ProcessQuery`: site collection app catalogs, site properties, listing sites). Everything
 * with a documented REST API uses that instead.
 */


/** The tenant's SharePoint root (`https://contoso.sharepoint.com`), which the plan decided (spo-url, discovery). */
function tenantRoot(context) {
    if (context.sharePointUrl === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ('The SharePoint root URL is unknown, so the tenant cannot be addressed.', {
            hint: "Set the spo-url input (or 'spo set --url' before this command).",
        });
    }
    return (0,_kit_index_js__WEBPACK_IMPORTED_MODULE_1__/* .trimSlashes */ .uT)(new URL(context.sharePointUrl).origin);
}
/** The tenant admin site: `https://contoso.sharepoint.com` → `https://contoso-admin.sharepoint.com` (any cloud). */
function adminUrl(context) {
    const root = new URL(tenantRoot(context));
    const [tenant, ...rest] = root.hostname.split('.');
    return `https://${tenant.replace(/-(admin|my)$/, '')}-admin.${rest.join('.')}`;
}
/** `https://host/x` or a server-relative `/x` as an absolute URL without trailing slash, on the tenant's host. */
function absoluteUrl(context, url) {
    return (0,_kit_index_js__WEBPACK_IMPORTED_MODULE_1__/* .trimSlashes */ .uT)(/^https:\/\//i.test(url) ? url : `${tenantRoot(context)}/${url.replace(/^\/+/, '')}`);
}
/** The site URL without trailing slash, compared case-insensitively like SharePoint does. */
function sameUrl(a, b) {
    return (0,_kit_index_js__WEBPACK_IMPORTED_MODULE_1__/* .trimSlashes */ .uT)(a).toLowerCase() === (0,_kit_index_js__WEBPACK_IMPORTED_MODULE_1__/* .trimSlashes */ .uT)(b).toLowerCase();
}
const XML_ESCAPES = { '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;', '\n': '&#xA;', '\r': '&#xD;', '\t': '&#x9;' };
/**
 * Text for an XML element or attribute value. Line breaks and tabs are written as character references: inside an
 * attribute an XML parser would turn them into spaces (and CSOM identities contain line feeds).
 */
function escapeXml(value) {
    return value.replace(/[<>&'"\n\r\t]/g, (c) => XML_ESCAPES[c] ?? c);
}
/** CSOM type IDs: `Microsoft.Online.SharePoint.TenantAdministration.Tenant` and `SP.RequestContext`. */
const CSOM_TENANT = '{268004ae-ef6b-4e9b-8425-127220d84719}';
const CSOM_REQUEST_CONTEXT = '{3747adcd-a3c3-41b9-bfab-4a64dd2f1e0a}';
/**
 * Sends one CSOM request (its `<Actions>` and `<ObjectPaths>`) to `<url>/_vti_bin/client.svc/ProcessQuery` and returns
 * the response array. CSOM answers errors with status 200 and `ErrorInfo` in the first element: that becomes the error.
 */
async function processQuery(context, url, actions, objectPaths) {
    const xml = '<Request AddExpandoFieldTypeSuffix="true" SchemaVersion="15.0.0.0" LibraryVersion="16.0.0.0" ApplicationName="m365-action" ' +
        `xmlns="http://schemas.microsoft.com/sharepoint/clientquery/2009"><Actions>${actions}</Actions><ObjectPaths>${objectPaths}</ObjectPaths></Request>`;
    const response = await context.http.request({
        method: 'POST',
        url: `${(0,_kit_index_js__WEBPACK_IMPORTED_MODULE_1__/* .trimSlashes */ .uT)(url)}/_vti_bin/client.svc/ProcessQuery`,
        headers: { 'content-type': 'text/xml' },
        body: xml,
    });
    const answer = Array.isArray(response.body) ? response.body : [];
    const info = answer[0]?.ErrorInfo;
    if (info) {
        const denied = info.ErrorTypeName === 'System.UnauthorizedAccessException';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(info.ErrorMessage ?? 'SharePoint refused the request.', {
            code: info.ErrorTypeName,
            hint: denied ? 'Tenant administration needs the application permission Sites.FullControl.All on SharePoint, with admin consent.' : undefined,
        });
    }
    if (answer.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`SharePoint answered the CSOM request to ${url} with no result.`);
    return answer;
}
/** The last result of a CSOM response (what the request queried last). */
function lastResult(answer) {
    return answer[answer.length - 1];
}
/** Adds (or removes) the site collection app catalog of a site, through the tenant admin site (CSOM only). */
async function setSiteAppCatalog(context, siteUrl, add) {
    const url = escapeXml(siteUrl);
    const method = `<Method Id="7" ParentId="6" Name="${add ? 'Add' : 'Remove'}"><Parameters><Parameter Type="String">${url}</Parameter></Parameters></Method>`;
    await processQuery(context, adminUrl(context), '<ObjectPath Id="8" ObjectPathId="7" />', `<Constructor Id="1" TypeId="${CSOM_TENANT}" />` +
        `<Method Id="2" ParentId="1" Name="GetSiteByUrl"><Parameters><Parameter Type="String">${url}</Parameter></Parameters></Method>` +
        '<Property Id="3" ParentId="2" Name="RootWeb" /><Property Id="4" ParentId="3" Name="TenantAppCatalog" />' +
        `<Property Id="6" ParentId="4" Name="SiteCollectionAppCatalogsSites" />${method}`);
}
/** The admin center's record of the site at `url`, active or deleted; undefined when the tenant has none. */
async function siteDetails(context, url) {
    const list = `${adminUrl(context)}/_api/web/lists/GetByTitle('DO_NOT_DELETE_SPLIST_TENANTADMIN_AGGREGATED_SITECOLLECTIONS')/items`;
    const sites = await context.http.getAll(`${list}${(0,_kit_index_js__WEBPACK_IMPORTED_MODULE_1__/* .query */ .P)({ $filter: `SiteUrl eq ${(0,_kit_index_js__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .eu)((0,_kit_index_js__WEBPACK_IMPORTED_MODULE_1__/* .trimSlashes */ .uT)(url))}`, $select: 'GroupId,TimeDeleted,SiteId' })}`, { ..._kit_index_js__WEBPACK_IMPORTED_MODULE_1__/* .ACCEPT */ .FA.sharepoint });
    return sites[0];
}
/** Removes a deleted site from the tenant recycle bin for good. */
async function removeDeletedSite(context, url) {
    await context.http.request({
        method: 'POST',
        url: `${adminUrl(context)}/_api/Microsoft.Online.SharePoint.TenantAdministration.Tenant/RemoveDeletedSite`,
        headers: { ..._kit_index_js__WEBPACK_IMPORTED_MODULE_1__/* .ACCEPT */ .FA.sharepoint },
        body: { siteUrl: (0,_kit_index_js__WEBPACK_IMPORTED_MODULE_1__/* .trimSlashes */ .uT)(url) },
    });
}
/** Polls at most this often, and this many times (about 20 minutes at SharePoint's usual 15 s interval). */
const MIN_POLL_MS = 10;
const MAX_POLL_MS = 30_000;
const MAX_POLLS = 80;
/** Waits until a tenant operation (site creation, property update) completes, polling as often as SharePoint says. */
async function waitForOperation(context, admin, operation) {
    let current = operation;
    for (let poll = 0; !current.IsComplete; poll++) {
        if (poll >= MAX_POLLS || current._ObjectIdentity_ === undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ('SharePoint did not complete the operation in time.', { hint: 'Run the command again later without --wait, or check the site in the SharePoint admin center.' });
        }
        const delay = Math.min(Math.max(current.PollingInterval ?? MAX_POLL_MS, MIN_POLL_MS), MAX_POLL_MS);
        context.log.debug(`Waiting ${delay} ms for SharePoint to complete the operation…`);
        await new Promise((done) => setTimeout(done, delay));
        const answer = await processQuery(context, admin, '<Query Id="2" ObjectPathId="1"><Query SelectAllProperties="false"><Properties><Property Name="IsComplete" ScalarProperty="true" /><Property Name="PollingInterval" ScalarProperty="true" /></Properties></Query></Query>', `<Identity Id="1" Name="${escapeXml(current._ObjectIdentity_)}" />`);
        current = { ...lastResult(answer), _ObjectIdentity_: lastResult(answer)._ObjectIdentity_ ?? current._ObjectIdentity_ };
    }
}
/** Every hub site of the tenant as the admin site lists it, with the ETags an update needs. */
async function hubSitesWithEtags(context) {
    const url = `${adminUrl(context)}/_api/HubSites${(0,_kit_index_js__WEBPACK_IMPORTED_MODULE_1__/* .query */ .P)({ $select: 'ID,Title,SiteUrl', $top: 5000 })}`;
    const response = await context.http.request({ url, headers: { accept: 'application/json;odata=minimalmetadata' } });
    return response.body?.value ?? [];
}
/** The one hub the reference names; the CLI's errors when there is none or more than one. */
function pickHub(context, hubs, hub) {
    const found = hubs.filter((h) => hub.id !== undefined ? h.ID.toLowerCase() === hub.id.toLowerCase() : hub.title !== undefined ? h.Title.toLowerCase() === hub.title.toLowerCase() : sameUrl(h.SiteUrl, absoluteUrl(context, hub.url ?? '')));
    const name = hub.id ?? hub.title ?? hub.url;
    if (found.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`The specified hub site '${name}' does not exist.`, { hint: "List the hub sites with 'spo hubsite list'." });
    if (found.length > 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`Multiple hub sites with name '${name}' found. Found: ${found.map((h) => h.ID).join(', ')}.`, { hint: 'Name the hub site by --id.' });
    return found[0];
}
/** Sets (or clears, with the empty GUID) the parent of a hub site: a PATCH that must carry the hub's ETag. */
async function setParentHub(context, hub, parentId) {
    await context.http.request({
        method: 'PATCH',
        url: `${adminUrl(context)}/_api/HubSites/GetById(${(0,_kit_index_js__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .eu)(hub.ID)})`,
        headers: { ..._kit_index_js__WEBPACK_IMPORTED_MODULE_1__/* .ACCEPT */ .FA.sharepoint, 'content-type': 'application/json;odata=nometadata', 'if-match': hub['odata.etag'] ?? '*' },
        body: { ParentHubSiteId: parentId },
    });
}
/** The Graph ID (`host,siteId,webId`) of the site at a SharePoint URL. */
async function graphSiteId(context, siteUrl) {
    const url = new URL(siteUrl);
    const path = url.pathname.split('/').filter((p) => p !== '').map((p) => (0,_kit_index_js__WEBPACK_IMPORTED_MODULE_1__/* .segment */ .mX)(decodeURIComponent(p))).join('/');
    const response = await context.http.request({ url: `${context.cloud.graph}/v1.0/sites/${url.hostname}:/${path}${(0,_kit_index_js__WEBPACK_IMPORTED_MODULE_1__/* .query */ .P)({ $select: 'id' })}`, headers: { ..._kit_index_js__WEBPACK_IMPORTED_MODULE_1__/* .ACCEPT */ .FA.graph } });
    return response.body.id;
}
/** Every application permission of a site (by its Graph ID). */
async function sitePermissions(context, siteId) {
    return context.http.getAll(`${context.cloud.graph}/v1.0/sites/${(0,_kit_index_js__WEBPACK_IMPORTED_MODULE_1__/* .segment */ .mX)(siteId)}/permissions`, { ..._kit_index_js__WEBPACK_IMPORTED_MODULE_1__/* .ACCEPT */ .FA.graph });
}
/** Whether a permission is granted to the app named by ID (compared as is, like the CLI) or else by display name. */
function grantedTo(permission, app) {
    return (permission.grantedToIdentities ?? []).some(({ application }) => app.appId !== undefined ? application?.id === app.appId : application?.displayName === app.appDisplayName);
}


/***/ })

};
