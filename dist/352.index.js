export const id = 352;
export const ids = [352];
export const modules = {

/***/ 3352:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  commands: () => (/* binding */ commands)
});

// EXTERNAL MODULE: ./src/commands/kit/index.ts + 2 modules
var kit = __webpack_require__(9897);
// EXTERNAL MODULE: ./src/commands/spo/shared-content.ts
var shared_content = __webpack_require__(3992);
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
        const url = `${(0,shared_content/* webOrListApi */.cD)(o.webUrl, o)}/fields/CreateFieldAsXml`;
        const response = await context.http.request({ method: 'POST', url, headers: { ...shared_content/* POST_HEADERS */.gu }, body: { parameters: { SchemaXml: o.xml, Options: flags } } });
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
        return (await context.http.request({ url: `${(0,shared_content/* webOrListApi */.cD)(o.webUrl, o)}/fields/${field}`, headers: { ...kit/* ACCEPT */.FA.sharepoint } })).body;
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
    url: (o) => `${(0,shared_content/* webOrListApi */.cD)(o.webUrl, o)}/fields`,
});

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
        ...shared_content/* listSettingOptions */.n6,
    },
    validate: (o) => {
        if (o.majorVersionLimit !== undefined && o.enableVersioning !== true)
            return 'majorVersionLimit option is only valid in combination with enableVersioning.';
        return (0,shared_content/* validateListSettings */.sK)(o);
    },
    async run(context, options) {
        const body = { Title: options.title, BaseTemplate: TEMPLATES[options.baseTemplate ?? 'GenericList'], ...(0,shared_content/* listSettingsBody */.Iz)(options) };
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
        withPermissions: shared_content/* withPermissionsOption */.g0,
    },
    rules: [kit/* rules */.aO.exactlyOne('id', 'title', 'url', 'default')],
    validate: (options) => (0,shared_content/* refuseWithPermissions */.fu)(options, `${options.webUrl}/_api/web/lists/getByTitle('…')`),
    async run(context, options) {
        const web = `${(0,kit/* trimSlashes */.uT)(options.webUrl)}/_api/web`;
        const listUrl = options.id !== undefined ? `${web}/lists(${(0,kit/* guidLiteral */.FN)(options.id)})`
            : options.title !== undefined ? `${web}/lists/GetByTitle(${(0,kit/* literal */.eu)(options.title)})`
                : options.url !== undefined ? `${web}/GetList(${(0,kit/* literal */.eu)((0,kit/* serverRelativePath */.nb)(options.webUrl, options.url))})`
                    : `${web}/DefaultDocumentLibrary`;
        const headers = { ...kit/* ACCEPT */.FA.sharepoint };
        const list = (await context.http.request({ url: `${listUrl}${(0,kit/* query */.P)((0,shared_content/* selection */.r1)(options.properties))}`, headers })).body;
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
    url: ({ webUrl, properties, filter }) => `${(0,kit/* trimSlashes */.uT)(webUrl)}/_api/web/lists${(0,kit/* query */.P)({ ...selection(properties), $filter: filter })}`,
});
/** `$select`/`$expand` for the asked properties; a `Parent/Child` property needs `Parent` expanded. */
function selection(properties) {
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
        force: shared_content/* forceOption */.P9,
    },
    rules: [kit/* rules */.aO.exactlyOne('id', 'title')],
    async run(context, options) {
        const web = `${(0,kit/* trimSlashes */.uT)(options.webUrl)}/_api/web`;
        const list = options.id !== undefined ? `${web}/lists(${(0,kit/* guidLiteral */.FN)(options.id)})` : `${web}/lists/GetByTitle(${(0,kit/* literal */.eu)(options.title ?? '')})`;
        await context.http.request({ method: 'POST', url: options.recycle ? `${list}/recycle` : list, headers: { ...shared_content/* DELETE_HEADERS */.zU } });
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
        ...shared_content/* listSettingOptions */.n6,
        versionAutoExpireTrim: kit/* opt */.m7.boolean('Not supported yet (set through CSOM by the CLI).'),
        versionExpireAfterDays: kit/* opt */.m7.number('Not supported yet (set through CSOM by the CLI).'),
    },
    rules: [kit/* rules */.aO.exactlyOne('id', 'title', 'url')],
    validate: (o) => {
        if (o.versionAutoExpireTrim !== undefined || o.versionExpireAfterDays !== undefined) {
            return "Options --versionAutoExpireTrim and --versionExpireAfterDays are not supported yet: SharePoint sets a library's version trimming only through CSOM. Set it in the library settings.";
        }
        if (o.newTitle === undefined && Object.keys((0,shared_content/* listSettingsBody */.Iz)(o)).length === 0)
            return 'Specify at least one option to update.';
        return (0,shared_content/* validateListSettings */.sK)(o);
    },
    async run(context, options) {
        const web = `${(0,kit/* trimSlashes */.uT)(options.webUrl)}/_api/web`;
        const url = options.id !== undefined ? `${web}/lists(${(0,kit/* guidLiteral */.FN)(options.id)})`
            : options.title !== undefined ? `${web}/lists/getByTitle(${(0,kit/* literal */.eu)(options.title)})`
                : `${web}/GetList(${(0,kit/* literal */.eu)((0,kit/* serverRelativePath */.nb)(options.webUrl, options.url ?? ''))})`;
        const body = { ...(options.newTitle !== undefined ? { Title: options.newTitle } : {}), ...(0,shared_content/* listSettingsBody */.Iz)(options) };
        await context.http.request({ method: 'POST', url, headers: { ...shared_content/* MERGE_HEADERS */.EW }, body });
        return undefined;
    },
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/commands/kit/lookups.ts
var lookups = __webpack_require__(6662);
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
        const values = (0,shared_content/* formValues */.Rc)(fields);
        // The CLI reads the content types first, whether or not one is asked for.
        const contentType = await contentTypeOrNothing(context, listApi, options.contentType);
        if (contentType !== undefined)
            values.push({ FieldName: 'ContentType', FieldValue: contentType });
        const body = { formValues: values };
        if (options.folder !== undefined) {
            const root = await context.http.request({ url: `${listApi}/rootFolder`, headers: { ...kit/* ACCEPT */.FA.sharepoint } });
            const folder = (0,kit/* serverRelativePath */.nb)(root.body.ServerRelativeUrl, options.folder);
            await (0,shared_content/* ensureFolder */.f2)(context, options.webUrl, folder, root.body.ServerRelativeUrl);
            body.listItemCreateInfo = { FolderPath: { DecodedUrl: folder } };
        }
        const added = await context.http.request({ method: 'POST', url: `${listApi}/AddValidateUpdateItemUsingPath()`, headers: { ...shared_content/* POST_HEADERS */.gu }, body });
        (0,shared_content/* assertValuesAccepted */._i)(added.body.value, 'Creating the item failed with the following errors:');
        const item = await context.http.request({ url: `${listApi}/items(${createdId(added.body.value)})`, headers: { ...kit/* ACCEPT */.FA.sharepoint } });
        return (0,shared_content/* withoutId */.Gh)(item.body);
    },
});
async function contentTypeOrNothing(context, listApi, wanted) {
    if (wanted !== undefined)
        return (0,shared_content/* contentTypeName */.xU)(context, listApi, wanted);
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
        withPermissions: shared_content/* withPermissionsOption */.g0,
    },
    rules: [kit/* rules */.aO.exactlyOne('listId', 'listTitle', 'listUrl'), kit/* rules */.aO.exactlyOne('id', 'uniqueId')],
    validate: (o) => (0,shared_content/* positiveInteger */.Cq)('id', o.id) ?? (0,shared_content/* refuseWithPermissions */.fu)(o, 'item'),
    async run(context, o) {
        const item = o.id !== undefined ? `items(${o.id})` : `GetItemByUniqueId(${(0,kit/* guidLiteral */.FN)(o.uniqueId ?? '')})`;
        const url = `${(0,lookups/* listApiUrl */.gf)(o.webUrl, o)}/${item}${(0,kit/* query */.P)((0,shared_content/* selection */.r1)(o.properties))}`;
        return (0,shared_content/* withoutId */.Gh)((await context.http.request({ url, headers: { ...kit/* ACCEPT */.FA.sharepoint } })).body);
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
        return (0,shared_content/* positiveInteger */.Cq)('pageSize', o.pageSize) ?? (0,shared_content/* positiveInteger */.Cq)('pageNumber', o.pageNumber, 0);
    },
    async run(context, o) {
        const listApi = (0,lookups/* listApiUrl */.gf)(o.webUrl, o);
        const items = o.camlQuery !== undefined ? await itemsByCaml(context, listApi, o.camlQuery) : await itemsByQuery(context, listApi, o);
        return items.map(shared_content/* withoutId */.Gh);
    },
});
async function itemsByQuery(context, listApi, o) {
    const headers = { ...kit/* ACCEPT */.FA.sharepoint };
    const skipToken = await lastIdBeforePage(context, listApi, o);
    if ((o.pageNumber ?? 0) > 0 && skipToken === undefined)
        return [];
    const { $select, $expand } = (0,shared_content/* selection */.r1)(o.fields);
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
        const page = await context.http.request({ method: 'POST', url: `${listApi}/GetItems`, headers: { ...shared_content/* POST_HEADERS */.gu }, body, idempotent: true });
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
        force: shared_content/* forceOption */.P9,
    },
    rules: [kit/* rules */.aO.exactlyOne('listId', 'listTitle', 'listUrl')],
    validate: (o) => (0,shared_content/* positiveInteger */.Cq)('id', o.id),
    async run(context, o) {
        const item = `${(0,lookups/* listApiUrl */.gf)(o.webUrl, o)}/items(${o.id})`;
        await context.http.request({ method: 'POST', url: o.recycle ? `${item}/recycle()` : item, headers: { ...shared_content/* DELETE_HEADERS */.zU } });
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
    validate: (o) => (0,shared_content/* positiveInteger */.Cq)('id', o.id),
    async run(context, o, fields) {
        const listApi = (0,lookups/* listApiUrl */.gf)(o.webUrl, o);
        const contentType = o.contentType === undefined ? undefined : await (0,shared_content/* contentTypeName */.xU)(context, listApi, o.contentType);
        const values = { ...fields, ...(contentType !== undefined ? { ContentType: contentType } : {}) };
        if (o.systemUpdate) {
            await (0,shared_content/* systemUpdateItem */.yB)(context, o.webUrl, listApi, o.id, values);
        }
        else {
            const url = `${listApi}/items(${o.id})/ValidateUpdateListItem()`;
            const updated = await context.http.request({ method: 'POST', url, headers: { ...shared_content/* POST_HEADERS */.gu }, body: { formValues: (0,shared_content/* formValues */.Rc)(values) } });
            (0,shared_content/* assertValuesAccepted */._i)(updated.body.value, 'Updating the items has failed with the following errors:');
        }
        return (0,shared_content/* withoutId */.Gh)((await context.http.request({ url: `${listApi}/items(${o.id})`, headers: { ...kit/* ACCEPT */.FA.sharepoint } })).body);
    },
});

;// CONCATENATED MODULE: ./src/commands/sections/spo-lists.ts













/** Lists, fields and list items. */
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
];


/***/ })

};
