export const id = 240;
export const ids = [240];
export const modules = {

/***/ 9240:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  commands: () => (/* binding */ commands)
});

// EXTERNAL MODULE: ./src/commands/kit/index.ts + 2 modules
var kit = __webpack_require__(9897);
;// CONCATENATED MODULE: ./src/commands/spo/applicationcustomizer-add.ts

/**
 * `spo applicationcustomizer add`: registers an SPFx Application Customizer as a user custom action of the site
 * collection (default) or the web. Prints nothing, like the CLI.
 */
const spoApplicationCustomizerAdd = (0,kit/* command */.G5)({
    name: 'spo applicationcustomizer add',
    description: 'Add an application customizer to a site',
    resource: 'sharepoint',
    readOnly: false,
    permissions: { sharepoint: ['Sites.FullControl.All'] },
    permissionsWhen: (o) => (o.scope === 'Web' ? { sharepoint: ['Sites.Manage.All', 'Sites.FullControl.All'] } : { sharepoint: ['Sites.FullControl.All'] }),
    options: {
        title: kit/* opt */.m7.string('Title of the Application Customizer.', { short: 't', required: true }),
        webUrl: kit/* opt */.m7.site('URL of the site.', { short: 'u', required: true }),
        clientSideComponentId: kit/* opt */.m7.guid('Client-side component ID of the Application Customizer.', { short: 'i', required: true }),
        description: kit/* opt */.m7.string('Description of the Application Customizer.'),
        clientSideComponentProperties: kit/* opt */.m7.string('Properties of the Application Customizer, as JSON text.'),
        hostProperties: kit/* opt */.m7.string('Host properties of the Application Customizer.'),
        scope: kit/* opt */.m7.enum(['Site', 'Web'], 'Scope of the Application Customizer: Site (default) or Web.', { short: 's' }),
    },
    async run(context, o) {
        const body = {
            Title: o.title,
            Name: o.title,
            Description: o.description,
            Location: 'ClientSideExtension.ApplicationCustomizer',
            ClientSideComponentId: o.clientSideComponentId,
            HostProperties: o.hostProperties ?? '',
        };
        if (o.clientSideComponentProperties)
            body.ClientSideComponentProperties = o.clientSideComponentProperties;
        const url = `${(0,kit/* trimSlashes */.uT)(o.webUrl)}/_api/${o.scope ?? 'Site'}/UserCustomActions`;
        await context.http.request({ method: 'POST', url, headers: { ...kit/* ACCEPT */.FA.sharepoint, ...kit/* SHAREPOINT_JSON_BODY */._P }, body });
        return undefined;
    },
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/commands/spo/shared-sites.ts
var shared_sites = __webpack_require__(1637);
;// CONCATENATED MODULE: ./src/commands/spo/shared-config-a.ts
/**
 * What the configuration commands share: the web property bag, which SharePoint reads and writes only through CSOM
 * (`/_vti_bin/client.svc/ProcessQuery`), as the CLI for Microsoft 365 does.
 */



const CSOM_HEADERS = { 'content-type': 'text/xml', accept: 'application/json' };
const CSOM_REQUEST = 'AddExpandoFieldTypeSuffix="true" SchemaVersion="15.0.0.0" LibraryVersion="16.0.0.0" ApplicationName="m365-action" xmlns="http://schemas.microsoft.com/sharepoint/clientquery/2009"';
/** The hint the CLI gives when SharePoint denies a property bag write. */
const NO_SCRIPT_TIP = 'If the site has NoScript enabled (custom script not allowed), setting the property bag value fails: allow custom script first (`spo site set --url <site> --noScriptSite false`).';
/** Posts a CSOM request; the first `ErrorInfo` of its answer becomes the error. */
async function processQuery(context, webUrl, body) {
    const url = `${(0,kit/* trimSlashes */.uT)(webUrl)}/_vti_bin/client.svc/ProcessQuery`;
    const response = await context.http.request({ method: 'POST', url, headers: { ...CSOM_HEADERS }, body: `<Request ${CSOM_REQUEST}>${body}</Request>` });
    const answers = Array.isArray(response.body) ? response.body.filter((a) => a !== null && typeof a === 'object') : [];
    const error = answers.find((a) => a.ErrorInfo)?.ErrorInfo;
    if (error) {
        const message = error.ErrorMessage ?? 'ClientSvc unknown error';
        throw new errors/* ActionError */.lZ(error.ErrorTypeName === 'System.UnauthorizedAccessException' ? `${message} ${NO_SCRIPT_TIP}` : message);
    }
    return answers;
}
/** The object identity of the web at `webUrl` (`…:site:<id>:web:<id>`). */
async function webIdentity(context, webUrl) {
    const body = '<Actions><Query Id="1" ObjectPathId="5"><Query SelectAllProperties="false"><Properties><Property Name="ServerRelativeUrl" ScalarProperty="true" /></Properties></Query></Query></Actions>' +
        `<ObjectPaths><Property Id="5" ParentId="3" Name="Web" /><StaticProperty Id="3" TypeId="${shared_sites/* CSOM_REQUEST_CONTEXT */.t8}" Name="Current" /></ObjectPaths>`;
    const identity = (await processQuery(context, webUrl, body)).map((a) => a._ObjectIdentity_).find((i) => typeof i === 'string');
    if (typeof identity !== 'string')
        throw new errors/* ActionError */.lZ('SharePoint did not answer the web object identity that the property bag needs.');
    return identity;
}
function formatProperty(key, value) {
    if (key.includes('$  Int32'))
        return { key: key.replace('$  Int32', ''), value: parseInt(String(value), 10) };
    if (value === 'true' || value === 'false')
        return { key, value: value === 'true' };
    return { key, value };
}
/** A JSON object of a CSOM answer, if the value is one. */
function asRecord(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value)) : undefined;
}
/** The folder's identity and property bag (`Properties`), by its path relative to the web or the server. */
async function folderBag(context, webUrl, folder) {
    const identity = await webIdentity(context, webUrl);
    const body = '<Actions><ObjectPath Id="10" ObjectPathId="9" /><ObjectIdentityQuery Id="11" ObjectPathId="9" /><Query Id="12" ObjectPathId="9"><Query SelectAllProperties="false"><Properties><Property Name="Properties" SelectAll="true"><Query SelectAllProperties="false"><Properties /></Query></Property></Properties></Query></Query></Actions>' +
        `<ObjectPaths><Method Id="9" ParentId="5" Name="GetFolderByServerRelativeUrl"><Parameters><Parameter Type="String">${(0,shared_sites/* escapeXml */.X)((0,kit/* serverRelativePath */.nb)(webUrl, folder))}</Parameter></Parameters></Method><Identity Id="5" Name="${(0,shared_sites/* escapeXml */.X)(identity)}" /></ObjectPaths>`;
    const answers = await processQuery(context, webUrl, body);
    const folderIdentity = answers.map((a) => a._ObjectIdentity_).find((i) => typeof i === 'string');
    const bag = answers.map((a) => asRecord(a.Properties)).find((p) => p !== undefined);
    if (typeof folderIdentity !== 'string' || bag === undefined)
        throw new errors/* ActionError */.lZ(`SharePoint did not answer the property bag of the folder '${folder}'.`);
    return { identity: folderIdentity, bag };
}
async function webBag(context, webUrl) {
    const identity = await webIdentity(context, webUrl);
    const body = '<Actions><Query Id="97" ObjectPathId="5"><Query SelectAllProperties="false"><Properties><Property Name="ServerRelativeUrl" ScalarProperty="true" /><Property Name="AllProperties" SelectAll="true"><Query SelectAllProperties="false"><Properties /></Query></Property></Properties></Query></Query></Actions>' +
        `<ObjectPaths><Identity Id="5" Name="${(0,shared_sites/* escapeXml */.X)(identity)}" /></ObjectPaths>`;
    const bag = (await processQuery(context, webUrl, body)).map((a) => asRecord(a.AllProperties)).find((p) => p !== undefined);
    if (bag === undefined)
        throw new errors/* ActionError */.lZ('SharePoint did not answer the property bag of the web.');
    return bag;
}
/** Every property of the web's property bag (`AllProperties`) or of a folder's, formatted as the CLI does. */
async function webProperties(context, webUrl, folder) {
    const bag = folder === undefined ? await webBag(context, webUrl) : (await folderBag(context, webUrl, folder)).bag;
    return Object.entries(bag)
        .filter(([key]) => key !== '_ObjectType_')
        .map(([key, value]) => formatProperty(key, value));
}
/** Sets (or, with `null`, removes) one property of the web's (or a folder's) property bag and saves it. */
async function setWebProperty(context, webUrl, key, value, folder) {
    const identity = folder === undefined ? await webIdentity(context, webUrl) : (await folderBag(context, webUrl, folder)).identity;
    const parameter = value === null ? '<Parameter Type="Null" />' : `<Parameter Type="String">${(0,shared_sites/* escapeXml */.X)(value)}</Parameter>`;
    const body = `<Actions><Method Name="SetFieldValue" Id="206" ObjectPathId="205"><Parameters><Parameter Type="String">${(0,shared_sites/* escapeXml */.X)(key)}</Parameter>${parameter}</Parameters></Method><Method Name="Update" Id="207" ObjectPathId="198" /></Actions>` +
        `<ObjectPaths><Property Id="205" ParentId="198" Name="${folder === undefined ? 'AllProperties' : 'Properties'}" /><Identity Id="198" Name="${(0,shared_sites/* escapeXml */.X)(identity)}" /></ObjectPaths>`;
    await processQuery(context, webUrl, body);
}
/** Where custom actions live: a site collection, a web, or (reading) both. */
const CUSTOM_ACTION_SCOPES = ['Site', 'Web', 'All'];
/** The custom actions of one scope, or of both (site collection first, as the CLI lists them), every page. */
async function customActions(context, webUrl, scope, filter) {
    const search = filter === undefined ? '' : (0,kit/* query */.P)({ $filter: filter });
    const scopes = scope === undefined || scope === 'All' ? ['Site', 'Web'] : [scope];
    const found = [];
    for (const s of scopes)
        found.push(...(await context.http.getAll(`${(0,kit/* trimSlashes */.uT)(webUrl)}/_api/${s}/UserCustomActions${search}`, { ...kit/* ACCEPT */.FA.sharepoint })));
    return found;
}
/** The custom action with this ID in one scope, or in the web's and then the site collection's; undefined if none. */
async function customActionById(context, webUrl, id, scope) {
    const scopes = scope === undefined || scope === 'All' ? ['Web', 'Site'] : [scope];
    for (const s of scopes) {
        const { body } = await context.http.request({ url: `${(0,kit/* trimSlashes */.uT)(webUrl)}/_api/${s}/UserCustomActions(${(0,kit/* guidLiteral */.FN)(id)})`, headers: { ...kit/* ACCEPT */.FA.sharepoint } });
        if (body['odata.null'] !== true && typeof body.Id === 'string')
            return { ...body, Id: body.Id };
    }
    return undefined;
}
/** The one custom action found by a name: none or several is an error naming what was looked for. */
function onlyCustomAction(found, what) {
    if (found.length === 0)
        throw new errors/* ActionError */.lZ(`No user custom action with ${what} found`);
    if (found.length > 1)
        throw new errors/* ActionError */.lZ(`Multiple user custom actions with ${what} found. Found: ${found.map((a) => a.Id).join(', ')}.`, { hint: 'Name the custom action by --id.' });
    return found[0];
}
/** `Site` and `Web` for SharePoint's scope numbers (2, 3), as the CLI prints them. */
function scopeName(scope) {
    return scope === 2 ? 'Site' : scope === 3 ? 'Web' : String(scope);
}
/** The location of SPFx Application Customizers among custom actions. */
const APPLICATION_CUSTOMIZER = 'ClientSideExtension.ApplicationCustomizer';
/** The location (prefix) of SPFx ListView Command Sets. */
const LIST_VIEW_COMMAND_SET = 'ClientSideExtension.ListViewCommandSet';

;// CONCATENATED MODULE: ./src/commands/spo/applicationcustomizer-list.ts


/** `spo applicationcustomizer list`: the Application Customizers of a site (spo/applicationcustomizer/applicationcustomizer-list). */
const spoApplicationCustomizerList = (0,kit/* command */.G5)({
    name: 'spo applicationcustomizer list',
    description: 'Get a list of application customizers that are added to a site',
    resource: 'sharepoint',
    readOnly: true,
    permissions: { sharepoint: ['Sites.Read.All', 'Sites.FullControl.All'] },
    options: {
        webUrl: kit/* opt */.m7.site('URL of the site.', { short: 'u', required: true }),
        scope: kit/* opt */.m7.enum(CUSTOM_ACTION_SCOPES, 'Scope of the application customizers: Site, Web or All (default).', { short: 's' }),
    },
    run: (context, { webUrl, scope }) => customActions(context, webUrl, scope, `Location eq '${APPLICATION_CUSTOMIZER}'`),
});

;// CONCATENATED MODULE: ./src/commands/spo/applicationcustomizer-remove.ts



/**
 * `spo applicationcustomizer remove`: removes an Application Customizer by title, ID or client-side component ID, from
 * the scope where it is. Prints nothing, like the CLI.
 */
const spoApplicationCustomizerRemove = (0,kit/* command */.G5)({
    name: 'spo applicationcustomizer remove',
    description: 'Removes an application customizer that is added to a site',
    resource: 'sharepoint',
    readOnly: false,
    permissions: { sharepoint: ['Sites.FullControl.All'] },
    options: {
        webUrl: kit/* opt */.m7.site('URL of the site.', { short: 'u', required: true }),
        title: kit/* opt */.m7.string('Title of the Application Customizer.', { short: 't' }),
        id: kit/* opt */.m7.guid('ID of the Application Customizer (its custom action).', { short: 'i' }),
        clientSideComponentId: kit/* opt */.m7.guid('Client-side component ID of the Application Customizer.', { short: 'c' }),
        scope: kit/* opt */.m7.enum(CUSTOM_ACTION_SCOPES, 'Scope of the Application Customizer: Site, Web or All (default).', { short: 's' }),
        force: kit/* opt */.m7.boolean("Don't prompt for confirmation (there is never a prompt here).", { short: 'f' }),
    },
    rules: [kit/* rules */.aO.exactlyOne('title', 'id', 'clientSideComponentId')],
    async run(context, { webUrl, title, id, clientSideComponentId, scope }) {
        let found;
        let what;
        if (id !== undefined) {
            const action = await customActionById(context, webUrl, id, scope);
            found = action ? [action] : [];
            what = `id '${id}'`;
        }
        else if (title !== undefined) {
            found = await customActions(context, webUrl, scope, `Title eq ${(0,kit/* literal */.eu)(title)} and startswith(Location,'${APPLICATION_CUSTOMIZER}')`);
            what = `title '${title}'`;
        }
        else {
            found = await customActions(context, webUrl, scope, `ClientSideComponentId eq guid${(0,kit/* literal */.eu)(clientSideComponentId ?? '')} and startswith(Location,'${APPLICATION_CUSTOMIZER}')`);
            what = `ClientSideComponentId '${clientSideComponentId ?? ''}'`;
        }
        if (found.length === 0)
            throw new errors/* ActionError */.lZ(`No application customizer with ${what} found`);
        if (found.length > 1)
            throw new errors/* ActionError */.lZ(`Multiple application customizer with ${what} found. Found: ${found.map((a) => a.Id).join(', ')}.`, { hint: 'Name it by --id.' });
        const url = `${(0,kit/* trimSlashes */.uT)(webUrl)}/_api/${found[0].Scope === 2 ? 'Site' : 'Web'}/UserCustomActions(${(0,kit/* guidLiteral */.FN)(found[0].Id)})`;
        await context.http.request({ method: 'DELETE', url, headers: { ...kit/* ACCEPT */.FA.sharepoint } });
        return undefined;
    },
});

;// CONCATENATED MODULE: ./src/commands/spo/commandset-add.ts


const LIST_TYPES = { List: '100', Library: '101', SitePages: '119' };
const LOCATIONS = { Both: LIST_VIEW_COMMAND_SET, ContextMenu: `${LIST_VIEW_COMMAND_SET}.ContextMenu`, CommandBar: `${LIST_VIEW_COMMAND_SET}.CommandBar` };
/**
 * `spo commandset add`: registers an SPFx ListView Command Set for a list type as a user custom action of the web
 * (default) or the site collection, and prints the custom action SharePoint made (spo/commandset/commandset-add).
 */
const spoCommandSetAdd = (0,kit/* command */.G5)({
    name: 'spo commandset add',
    description: 'Add a ListView Command Set to a site',
    resource: 'sharepoint',
    readOnly: false,
    permissions: { sharepoint: ['Sites.FullControl.All'] },
    options: {
        title: kit/* opt */.m7.string('Title of the ListView Command Set.', { short: 't', required: true }),
        webUrl: kit/* opt */.m7.site('The site to add the ListView Command Set to.', { short: 'u', required: true }),
        listType: kit/* opt */.m7.enum(['List', 'Library', 'SitePages'], 'List type to register the Command Set on: List, Library or SitePages.', { short: 'l', required: true }),
        clientSideComponentId: kit/* opt */.m7.guid('Client-side component ID of the ListView Command Set.', { short: 'i', required: true }),
        description: kit/* opt */.m7.string('Description of the ListView Command Set.'),
        clientSideComponentProperties: kit/* opt */.m7.string('Properties of the ListView Command Set, as JSON text.'),
        scope: kit/* opt */.m7.enum(['Site', 'Web'], 'Scope of the ListView Command Set: Site or Web (default).', { short: 's' }),
        location: kit/* opt */.m7.enum(['ContextMenu', 'CommandBar', 'Both'], 'Where the commands show: ContextMenu, CommandBar (default) or Both.'),
    },
    async run(context, o) {
        const body = {
            Title: o.title,
            Description: o.description,
            Location: LOCATIONS[o.location ?? 'CommandBar'],
            ClientSideComponentId: o.clientSideComponentId,
            RegistrationId: LIST_TYPES[o.listType],
            RegistrationType: 1,
        };
        if (o.clientSideComponentProperties)
            body.ClientSideComponentProperties = o.clientSideComponentProperties;
        const url = `${(0,kit/* trimSlashes */.uT)(o.webUrl)}/_api/${o.scope ?? 'Web'}/UserCustomActions`;
        return (await context.http.request({ method: 'POST', url, headers: { ...kit/* ACCEPT */.FA.sharepoint, ...kit/* SHAREPOINT_JSON_BODY */._P }, body })).body;
    },
});

;// CONCATENATED MODULE: ./src/commands/spo/commandset-list.ts


/** `spo commandset list`: the ListView Command Sets of a site (spo/commandset/commandset-list). */
const spoCommandSetList = (0,kit/* command */.G5)({
    name: 'spo commandset list',
    description: 'Get a list of ListView Command Sets that are added to a site',
    resource: 'sharepoint',
    readOnly: true,
    permissions: { sharepoint: ['Sites.Read.All', 'Sites.FullControl.All'] },
    options: {
        webUrl: kit/* opt */.m7.site('URL of the site.', { short: 'u', required: true }),
        scope: kit/* opt */.m7.enum(CUSTOM_ACTION_SCOPES, 'Scope of the ListView Command Sets: Site, Web or All (default).', { short: 's' }),
    },
    run: (context, { webUrl, scope }) => customActions(context, webUrl, scope, `startswith(Location,'${LIST_VIEW_COMMAND_SET}')`),
});

;// CONCATENATED MODULE: ./src/commands/spo/customaction-add.ts

/** SharePoint's permission kinds (`SP.PermissionKind`), by name, as `--rights` takes them (case-sensitive). */
const PERMISSION_KINDS = {
    EmptyMask: 0, ViewListItems: 1, AddListItems: 2, EditListItems: 3, DeleteListItems: 4, ApproveItems: 5, OpenItems: 6, ViewVersions: 7,
    DeleteVersions: 8, CancelCheckout: 9, ManagePersonalViews: 10, ManageLists: 12, ViewFormPages: 13, AnonymousSearchAccessList: 14, Open: 17,
    ViewPages: 18, AddAndCustomizePages: 19, ApplyThemeAndBorder: 20, ApplyStyleSheets: 21, ViewUsageData: 22, CreateSSCSite: 23, ManageSubwebs: 24,
    CreateGroups: 25, ManagePermissions: 26, BrowseDirectories: 27, BrowseUserInfo: 28, AddDelPrivateWebParts: 29, UpdatePersonalWebParts: 30,
    ManageWeb: 31, AnonymousSearchAccessWebLists: 32, UseClientIntegration: 37, UseRemoteAPIs: 38, ManageAlerts: 39, CreateAlerts: 40,
    EditMyUserInfo: 41, EnumeratePermissions: 63, FullMask: 65,
};
/** `SP.BasePermissions` of the named kinds: kind n is bit n-1 of the 64-bit mask (Low the lower 32 bits). */
function basePermissions(names) {
    let low = 0;
    let high = 0;
    for (const name of names) {
        const kind = PERMISSION_KINDS[name];
        if (kind === 65)
            [low, high] = [65535, 32767];
        else if (kind === 0)
            [low, high] = [0, 0];
        else if (kind - 1 < 32)
            low = (low | (1 << (kind - 1))) >>> 0;
        else
            high = (high | (1 << (kind - 33))) >>> 0;
    }
    return { High: String(high), Low: String(low) };
}
const REGISTRATION_TYPES = ['None', 'List', 'ContentType', 'ProgId', 'FileType'];
/** Locations whose actions SharePoint shows only within a group. */
const NEEDS_GROUP = ['microsoft.sharepoint.standardmenu', 'microsoft.sharepoint.contenttypesettings', 'microsoft.sharepoint.contenttypetemplatesettings', 'microsoft.sharepoint.create', 'microsoft.sharepoint.groupspage', 'microsoft.sharepoint.listedit', 'microsoft.sharepoint.listedit.documentlibrary', 'microsoft.sharepoint.peoplepage', 'microsoft.sharepoint.sitesettings'];
const options = {
    webUrl: kit/* opt */.m7.site('URL of the site or site collection to add the custom action to.', { short: 'u', required: true }),
    name: kit/* opt */.m7.string('Name of the custom action.', { short: 'n', required: true }),
    title: kit/* opt */.m7.string('Title of the custom action.', { short: 't', required: true }),
    location: kit/* opt */.m7.string('Where the custom action goes, e.g. ClientSideExtension.ApplicationCustomizer or ScriptLink.', { short: 'l', required: true }),
    group: kit/* opt */.m7.string('Group of the custom action, e.g. SiteActions.', { short: 'g' }),
    description: kit/* opt */.m7.string('Description of the custom action.', { short: 'd' }),
    sequence: kit/* opt */.m7.number('Order of the custom action among others at its location (0 to 65536).'),
    actionUrl: kit/* opt */.m7.string('URL, URI or JavaScript of the action, e.g. ~site/_layouts/sampleurl.aspx.'),
    imageUrl: kit/* opt */.m7.string('URL of the image of the custom action.'),
    commandUIExtension: kit/* opt */.m7.string('XML fragment of the user interface of the custom action.', { short: 'e' }),
    registrationId: kit/* opt */.m7.string('List, content type, file type or ProgID the action is associated with.'),
    registrationType: kit/* opt */.m7.enum(REGISTRATION_TYPES, 'Type of object the action is associated with: None (default), List, ContentType, ProgId, FileType.'),
    rights: kit/* opt */.m7.string('Comma-separated permission kinds the action needs (case-sensitive), e.g. AddListItems,DeleteListItems.'),
    scope: kit/* opt */.m7.enum(['Site', 'Web'], 'Scope of the custom action: Site or Web (default).', { short: 's' }),
    scriptBlock: kit/* opt */.m7.string('Script to run (Location ScriptLink only).'),
    scriptSrc: kit/* opt */.m7.string('File of the script to run (Location ScriptLink only).'),
    clientSideComponentId: kit/* opt */.m7.guid('Client-side component ID of the custom action.', { short: 'c' }),
    clientSideComponentProperties: kit/* opt */.m7.string('Properties of the client-side component, as JSON text.', { short: 'p' }),
};
/** The CLI's checks, with its messages. */
function problem(o) {
    const location = o.location.toLowerCase();
    const unknownRight = (0,kit/* splitList */.ry)(o.rights).find((r) => !Object.hasOwn(PERMISSION_KINDS, r));
    if (NEEDS_GROUP.includes(location) && o.group === undefined)
        return 'The location specified requires the group option to be specified as well';
    if (location === 'scriptlink' && o.scriptSrc === undefined && o.scriptBlock === undefined)
        return 'Option scriptSrc or scriptBlock is required when the location is set to ScriptLink';
    if ((o.scriptSrc !== undefined || o.scriptBlock !== undefined) && location !== 'scriptlink')
        return 'Option scriptSrc or scriptBlock is specified, but the location option is different than ScriptLink. Please use --actionUrl, if the location should be different than ScriptLink';
    if (o.scriptSrc !== undefined && o.scriptBlock !== undefined)
        return 'Either option scriptSrc or scriptBlock can be specified, but not both';
    if (o.sequence !== undefined && (o.sequence < 0 || o.sequence > 65536))
        return 'Invalid option sequence. Expected value in range from 0 to 65536';
    if (o.clientSideComponentProperties !== undefined && o.clientSideComponentId === undefined)
        return 'Option clientSideComponentProperties is specified, but the clientSideComponentId option is missing';
    if (unknownRight !== undefined)
        return `Rights option '${unknownRight}' is not recognized as valid PermissionKind choice. Please note it is case sensitive`;
    return undefined;
}
/**
 * `spo customaction add`: adds a user custom action to a web (default) or its site collection. A site collection's
 * custom actions need its admin rights; like the CLI, it prints nothing.
 */
const spoCustomActionAdd = (0,kit/* command */.G5)({
    name: 'spo customaction add',
    description: 'Adds a user custom action for site or site collection',
    resource: 'sharepoint',
    readOnly: false,
    permissions: { sharepoint: ['Sites.Manage.All', 'Sites.FullControl.All'] },
    permissionsWhen: (o) => (o.scope === 'Site' ? { sharepoint: ['Sites.FullControl.All'] } : { sharepoint: ['Sites.Manage.All', 'Sites.FullControl.All'] }),
    options,
    validate: (o) => problem(o),
    async run(context, o) {
        const body = { Title: o.title, Name: o.name, Location: o.location };
        if (o.group)
            body.Group = o.group;
        if (o.description)
            body.Description = o.description;
        if (o.sequence)
            body.Sequence = o.sequence;
        if (o.registrationType)
            body.RegistrationType = REGISTRATION_TYPES.indexOf(o.registrationType);
        if (o.registrationId)
            body.RegistrationId = o.registrationId;
        if (o.actionUrl)
            body.Url = o.actionUrl;
        if (o.imageUrl)
            body.ImageUrl = o.imageUrl;
        if (o.clientSideComponentId)
            body.ClientSideComponentId = o.clientSideComponentId;
        if (o.clientSideComponentProperties)
            body.ClientSideComponentProperties = o.clientSideComponentProperties;
        if (o.scriptBlock)
            body.ScriptBlock = o.scriptBlock;
        if (o.scriptSrc)
            body.ScriptSrc = o.scriptSrc;
        if (o.commandUIExtension)
            body.CommandUIExtension = o.commandUIExtension;
        if (o.rights)
            body.Rights = basePermissions((0,kit/* splitList */.ry)(o.rights));
        const url = `${(0,kit/* trimSlashes */.uT)(o.webUrl)}/_api/${o.scope ?? 'Web'}/UserCustomActions`;
        await context.http.request({ method: 'POST', url, headers: { ...kit/* ACCEPT */.FA.sharepoint, ...kit/* SHAREPOINT_JSON_BODY */._P }, body });
        return undefined;
    },
});

;// CONCATENATED MODULE: ./src/commands/spo/customaction-get.ts



/** The properties the CLI prints, `Rights` as JSON text and `Scope` as its name (spo/customaction/customaction-get). */
function asPrinted(action) {
    const keys = ['ClientSideComponentId', 'ClientSideComponentProperties', 'CommandUIExtension', 'Description', 'Group', 'Id', 'ImageUrl', 'Location', 'Name', 'RegistrationId', 'RegistrationType'];
    const printed = Object.fromEntries(keys.map((k) => [k, action[k]]));
    printed.Rights = JSON.stringify(action.Rights);
    printed.Scope = scopeName(action.Scope);
    for (const k of ['ScriptBlock', 'ScriptSrc', 'Sequence', 'Title', 'Url', 'VersionOfUserCustomAction'])
        printed[k] = action[k];
    return printed;
}
/** `spo customaction get`: one user custom action by ID, title or client-side component ID. */
const spoCustomActionGet = (0,kit/* command */.G5)({
    name: 'spo customaction get',
    description: 'Gets details for the specified custom action',
    resource: 'sharepoint',
    readOnly: true,
    permissions: { sharepoint: ['Sites.Read.All', 'Sites.FullControl.All'] },
    options: {
        id: kit/* opt */.m7.guid('ID of the user custom action.', { short: 'i' }),
        title: kit/* opt */.m7.string('Title of the user custom action.', { short: 't' }),
        clientSideComponentId: kit/* opt */.m7.guid('Client-side component ID of the user custom action.', { short: 'c' }),
        webUrl: kit/* opt */.m7.site('URL of the site or site collection to retrieve the custom action from.', { short: 'u', required: true }),
        scope: kit/* opt */.m7.enum(CUSTOM_ACTION_SCOPES, 'Scope of the custom action: Site, Web or All (default).', { short: 's' }),
    },
    rules: [kit/* rules */.aO.exactlyOne('id', 'title', 'clientSideComponentId')],
    async run(context, { id, title, clientSideComponentId, webUrl, scope }) {
        if (id !== undefined) {
            const action = await customActionById(context, webUrl, id, scope);
            if (!action)
                throw new errors/* ActionError */.lZ(`No user custom action with id '${id}' found`);
            return asPrinted(action);
        }
        if (title !== undefined)
            return asPrinted(onlyCustomAction(await customActions(context, webUrl, scope, `Title eq ${(0,kit/* literal */.eu)(title)}`), `title '${title}'`));
        const componentId = clientSideComponentId ?? '';
        return asPrinted(onlyCustomAction(await customActions(context, webUrl, scope, `ClientSideComponentId eq guid${(0,kit/* literal */.eu)(componentId)}`), `ClientSideComponentId '${componentId}'`));
    },
});

;// CONCATENATED MODULE: ./src/commands/spo/customaction-list.ts


/** `spo customaction list`: the user custom actions of a web, its site collection, or both (spo/customaction/customaction-list). */
const spoCustomActionList = (0,kit/* command */.G5)({
    name: 'spo customaction list',
    description: 'Lists all user custom actions at the given scope',
    resource: 'sharepoint',
    readOnly: true,
    permissions: { sharepoint: ['Sites.Read.All', 'Sites.FullControl.All'] },
    options: {
        webUrl: kit/* opt */.m7.site('URL of the site or site collection to retrieve the custom actions from.', { short: 'u', required: true }),
        scope: kit/* opt */.m7.enum(CUSTOM_ACTION_SCOPES, 'Scope of the custom actions: Site, Web or All (default).', { short: 's' }),
    },
    run: (context, { webUrl, scope }) => customActions(context, webUrl, scope),
});

;// CONCATENATED MODULE: ./src/commands/spo/customaction-remove.ts


/** Deletes a custom action of one scope; true when SharePoint had it (it answers `odata.null` otherwise). */
async function removeIn(context, webUrl, scope, id) {
    const url = `${(0,kit/* trimSlashes */.uT)(webUrl)}/_api/${scope}/UserCustomActions(${(0,kit/* guidLiteral */.FN)(id)})`;
    const { body } = await context.http.request({ method: 'POST', url, headers: { ...kit/* ACCEPT */.FA.sharepoint, 'x-http-method': 'DELETE' } });
    return !(body !== null && typeof body === 'object' && 'odata.null' in body);
}
/**
 * `spo customaction remove`: removes a user custom action by ID or title, from the web and then (when the web has
 * none with that ID) the site collection, or from the scope given. Like the CLI, it prints nothing, also when no
 * custom action has the ID.
 */
const spoCustomActionRemove = (0,kit/* command */.G5)({
    name: 'spo customaction remove',
    description: 'Removes the specified custom action',
    resource: 'sharepoint',
    readOnly: false,
    permissions: { sharepoint: ['Sites.FullControl.All'] },
    options: {
        id: kit/* opt */.m7.guid('ID of the custom action to remove.', { short: 'i' }),
        title: kit/* opt */.m7.string('Title of the custom action to remove.', { short: 't' }),
        webUrl: kit/* opt */.m7.site('URL of the site or site collection to remove the custom action from.', { short: 'u', required: true }),
        scope: kit/* opt */.m7.enum(CUSTOM_ACTION_SCOPES, 'Scope of the custom action: Site, Web or All (default).', { short: 's' }),
        force: kit/* opt */.m7.boolean("Don't prompt for confirmation (there is never a prompt here).", { short: 'f' }),
    },
    rules: [kit/* rules */.aO.exactlyOne('id', 'title')],
    async run(context, { id, title, webUrl, scope }) {
        if (title !== undefined) {
            // One search over the scope(s), so that a title finds a site collection's custom action too.
            const action = onlyCustomAction(await customActions(context, webUrl, scope, `Title eq ${(0,kit/* literal */.eu)(title)}`), `title '${title}'`);
            await removeIn(context, webUrl, action.Scope === 2 ? 'Site' : 'Web', action.Id);
            return undefined;
        }
        for (const s of scope === undefined || scope === 'All' ? ['Web', 'Site'] : [scope]) {
            if (await removeIn(context, webUrl, s, id ?? ''))
                break;
        }
        return undefined;
    },
});

;// CONCATENATED MODULE: ./src/commands/spo/navigation-node-add.ts


const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
function findMenuNode(nodes, key) {
    for (const node of nodes ?? []) {
        const found = node.Key === key ? node : findMenuNode(node.Nodes, key);
        if (found)
            return found;
    }
    return undefined;
}
/** The menu state of quick launch (no key) or of the top navigation bar (key 1002). */
async function menuState(context, webUrl, top) {
    const body = { customProperties: null, depth: 10, mapProviderName: null, menuNodeKey: top ? '1002' : null };
    const url = `${webUrl}/_api/navigation/MenuState`;
    return (await context.http.request({ method: 'POST', url, headers: { ...kit/* ACCEPT */.FA.sharepoint, ...kit/* SHAREPOINT_JSON_BODY */._P }, body })).body;
}
/** SharePoint sets "open in new window" only through the menu state: read it, flag the node, save it. */
async function openInNewWindow(context, webUrl, id, location) {
    let state = await menuState(context, webUrl, location === 'TopNavigationBar');
    let node = findMenuNode(state.Nodes, id);
    if (!node && location === undefined) {
        state = await menuState(context, webUrl, true);
        node = findMenuNode(state.Nodes, id);
    }
    if (!node)
        throw new errors/* ActionError */.lZ(`The navigation node ${id} was added, but SharePoint's menu state does not list it, so it could not be set to open in a new window.`);
    node.OpenInNewWindow = true;
    await context.http.request({ method: 'POST', url: `${webUrl}/_api/navigation/SaveMenuState`, headers: { ...kit/* ACCEPT */.FA.sharepoint, ...kit/* SHAREPOINT_JSON_BODY */._P }, body: { menuState: state } });
}
/**
 * `spo navigation node add`: adds a link (or, without --url, a label) to the quick launch, the top navigation bar, or
 * below another node, and prints the node SharePoint made (spo/navigation/navigation-node-add).
 */
const spoNavigationNodeAdd = (0,kit/* command */.G5)({
    name: 'spo navigation node add',
    description: 'Adds a navigation node to the specified site navigation',
    resource: 'sharepoint',
    readOnly: false,
    permissions: { sharepoint: ['Sites.Manage.All', 'Sites.FullControl.All'] },
    options: {
        webUrl: kit/* opt */.m7.site('Absolute URL of the site whose navigation changes.', { short: 'u', required: true }),
        location: kit/* opt */.m7.enum(['QuickLaunch', 'TopNavigationBar'], 'Navigation to add the node to: QuickLaunch or TopNavigationBar.', { short: 'l' }),
        title: kit/* opt */.m7.string('Title of the navigation node.', { short: 't', required: true }),
        url: kit/* opt */.m7.string('URL of the node; without it the node is a label without link.'),
        parentNodeId: kit/* opt */.m7.number('ID of the node to add the node below.'),
        isExternal: kit/* opt */.m7.boolean('Set if the node points to an external URL.'),
        audienceIds: kit/* opt */.m7.string('Comma-separated IDs of the groups the node is shown to (at most 10).'),
        openInNewWindow: kit/* opt */.m7.boolean('Set if the link opens in a new window.'),
    },
    rules: [kit/* rules */.aO.exactlyOne('location', 'parentNodeId')],
    validate: (o) => {
        const audiences = (0,kit/* splitList */.ry)(o.audienceIds);
        if (o.parentNodeId !== undefined && !Number.isInteger(o.parentNodeId))
            return `${o.parentNodeId} is not a number`;
        if (audiences.length > 10)
            return 'The maximum amount of audienceIds per navigation node exceeded. The maximum amount of auciendeIds is 10.';
        const invalid = audiences.filter((a) => !GUID.test(a));
        return invalid.length > 0 ? `The following GUIDs are invalid for the option 'audienceIds': ${invalid.join(', ')}.` : undefined;
    },
    async run(context, o) {
        const webUrl = (0,kit/* trimSlashes */.uT)(o.webUrl);
        const nodes = o.parentNodeId !== undefined ? `GetNodeById(${o.parentNodeId})/Children` : (o.location ?? 'QuickLaunch').toLowerCase();
        const body = { AudienceIds: o.audienceIds === undefined ? undefined : (0,kit/* splitList */.ry)(o.audienceIds), Title: o.title, Url: o.url ?? 'http://linkless.header/', IsExternal: o.isExternal === true };
        const { body: node } = await context.http.request({ method: 'POST', url: `${webUrl}/_api/web/navigation/${nodes}`, headers: { ...kit/* ACCEPT */.FA.sharepoint, ...kit/* SHAREPOINT_JSON_BODY */._P }, body });
        if (o.openInNewWindow && node.Id !== undefined)
            await openInNewWindow(context, webUrl, String(node.Id), o.location);
        return node;
    },
});

;// CONCATENATED MODULE: ./src/commands/spo/navigation-node-list.ts

/** `spo navigation node list`: the quick launch or top navigation bar of a site, three levels of children (spo/navigation/navigation-node-list). */
const spoNavigationNodeList = (0,kit/* endpoint */.sR)({
    name: 'spo navigation node list',
    description: 'Lists nodes from the specified site navigation',
    resource: 'sharepoint',
    permissions: { sharepoint: ['Sites.Read.All', 'Sites.FullControl.All'] },
    options: {
        webUrl: kit/* opt */.m7.site('Absolute URL of the site for which to retrieve navigation.', { short: 'u', required: true }),
        location: kit/* opt */.m7.enum(['QuickLaunch', 'TopNavigationBar'], 'Navigation to retrieve: QuickLaunch or TopNavigationBar.', { short: 'l', required: true }),
    },
    paged: true,
    url: ({ webUrl, location }) => `${(0,kit/* trimSlashes */.uT)(webUrl)}/_api/web/navigation/${location.toLowerCase()}?$expand=Children,Children/Children,Children/Children/Children`,
});

;// CONCATENATED MODULE: ./src/commands/spo/propertybag-get.ts


/**
 * `spo propertybag get`: the value of one property of the web's property bag, as the CLI prints it (a number or a
 * boolean where the value is one); a key that is not there gives an empty result, as in the CLI.
 */
const spoPropertyBagGet = (0,kit/* command */.G5)({
    name: 'spo propertybag get',
    description: 'Gets the value of the specified property from the property bag',
    resource: 'sharepoint',
    readOnly: true,
    permissions: { sharepoint: ['Sites.Read.All', 'Sites.FullControl.All'] },
    options: {
        webUrl: kit/* opt */.m7.site('URL of the site from which the property bag value should be retrieved.', { short: 'u', required: true }),
        key: kit/* opt */.m7.string('Key of the property for which the value should be retrieved. Case-sensitive.', { short: 'k', required: true }),
        folder: kit/* opt */.m7.string('Site-relative URL of the folder whose property bag to read.'),
    },
    async run(context, { webUrl, key, folder }) {
        return (await webProperties(context, webUrl, folder)).find((p) => p.key === key)?.value;
    },
});

;// CONCATENATED MODULE: ./src/commands/spo/propertybag-list.ts


/** `spo propertybag list`: the web's property bag as `{ key, value }` pairs (spo/propertybag/propertybag-list). */
const spoPropertyBagList = (0,kit/* command */.G5)({
    name: 'spo propertybag list',
    description: 'Gets property bag values',
    resource: 'sharepoint',
    readOnly: true,
    permissions: { sharepoint: ['Sites.Read.All', 'Sites.FullControl.All'] },
    options: {
        webUrl: kit/* opt */.m7.site('URL of the site from which the property bag values should be retrieved.', { short: 'u', required: true }),
        folder: kit/* opt */.m7.string('Site-relative URL of the folder whose property bag to list.'),
    },
    run: (context, { webUrl, folder }) => webProperties(context, webUrl, folder),
});

;// CONCATENATED MODULE: ./src/commands/spo/propertybag-remove.ts


/** `spo propertybag remove`: removes a property from the web's property bag (prints nothing, like the CLI). */
const spoPropertyBagRemove = (0,kit/* command */.G5)({
    name: 'spo propertybag remove',
    description: 'Removes specified property from the property bag',
    resource: 'sharepoint',
    readOnly: false,
    permissions: { sharepoint: ['Sites.FullControl.All'] },
    options: {
        webUrl: kit/* opt */.m7.site('URL of the site from which the property should be removed.', { short: 'u', required: true }),
        key: kit/* opt */.m7.string('Key of the property to be removed. Case-sensitive.', { short: 'k', required: true }),
        force: kit/* opt */.m7.boolean("Don't prompt for confirmation (there is never a prompt here).", { short: 'f' }),
        folder: kit/* opt */.m7.string('Site-relative URL of the folder from which to remove the property.'),
    },
    async run(context, { webUrl, key, folder }) {
        await setWebProperty(context, webUrl, key, null, folder);
        return undefined;
    },
});

;// CONCATENATED MODULE: ./src/commands/spo/propertybag-set.ts


/**
 * `spo propertybag set`: sets a property of the web's property bag. SharePoint refuses it on a site where custom
 * script is not allowed (NoScript), whatever the permission: the error then says how to allow it, like the CLI's tip.
 * Like the CLI, it prints nothing.
 */
const spoPropertyBagSet = (0,kit/* command */.G5)({
    name: 'spo propertybag set',
    description: 'Sets the value of the specified property from the property bag. Adds the property if it does not exist',
    resource: 'sharepoint',
    readOnly: false,
    permissions: { sharepoint: ['Sites.FullControl.All'] },
    options: {
        webUrl: kit/* opt */.m7.site('URL of the site in which the property should be set.', { short: 'u', required: true }),
        key: kit/* opt */.m7.string('Key of the property to be set. Case-sensitive.', { short: 'k', required: true }),
        value: kit/* opt */.m7.string('Value of the property to be set.', { short: 'v', required: true }),
        folder: kit/* opt */.m7.string('Site-relative URL of the folder on which to set the property.'),
    },
    async run(context, { webUrl, key, value, folder }) {
        await setWebProperty(context, webUrl, key, value, folder);
        return undefined;
    },
});

;// CONCATENATED MODULE: ./src/commands/spo/storageentity-get.ts


/**
 * `spo storageentity get`: one tenant property of the app catalogs, `{ Key, Value, Description, Comment }`; a key
 * that is not there gives an empty result, as the CLI prints nothing then (spo/storageentity/storageentity-get).
 */
const spoStorageEntityGet = (0,kit/* command */.G5)({
    name: 'spo storageentity get',
    description: 'Get details for the specified tenant property',
    resource: 'sharepoint',
    readOnly: true,
    permissions: { sharepoint: ['Sites.Read.All', 'Sites.FullControl.All'] },
    options: { key: kit/* opt */.m7.string('Name of the tenant property to retrieve.', { short: 'k', required: true }) },
    async run(context, { key }) {
        const url = `${(0,shared_sites/* tenantRoot */.jj)(context)}/_api/web/GetStorageEntity(${(0,kit/* literal */.eu)(key)})`;
        const { body } = await context.http.request({ url, headers: { ...kit/* ACCEPT */.FA.sharepoint } });
        if (body['odata.null'] === true) {
            context.log.info(`Property with key ${key} not found`);
            return undefined;
        }
        return { Key: key, Value: body.Value, Description: body.Description, Comment: body.Comment };
    },
});

;// CONCATENATED MODULE: ./src/commands/spo/storageentity-list.ts

/**
 * `spo storageentity list`: the tenant properties of an app catalog, read from its root web's `storageentitiesindex`
 * property as the CLI does; none gives an empty result (spo/storageentity/storageentity-list).
 */
const spoStorageEntityList = (0,kit/* command */.G5)({
    name: 'spo storageentity list',
    description: 'Lists tenant properties stored on the specified SharePoint Online app catalog',
    resource: 'sharepoint',
    readOnly: true,
    permissions: { sharepoint: ['Sites.Read.All', 'Sites.FullControl.All'] },
    options: { appCatalogUrl: kit/* opt */.m7.site('URL of the app catalog site.', { short: 'u', required: true }) },
    async run(context, { appCatalogUrl }) {
        const url = `${(0,kit/* trimSlashes */.uT)(appCatalogUrl)}/_api/web/AllProperties?$select=storageentitiesindex`;
        const { body } = await context.http.request({ url, headers: { ...kit/* ACCEPT */.FA.sharepoint } });
        const index = body.storageentitiesindex?.trim() ?? '';
        const entities = index === '' ? {} : JSON.parse(index);
        const keys = Object.keys(entities);
        if (keys.length === 0) {
            context.log.info('No tenant properties found');
            return undefined;
        }
        return keys.map((Key) => ({ Key, Value: entities[Key].Value, Description: entities[Key].Description, Comment: entities[Key].Comment }));
    },
});

;// CONCATENATED MODULE: ./src/commands/spo/storageentity-set.ts


/** The CSOM object paths of an app catalog's root web, through the tenant admin site. */
function appCatalogRootWeb(appCatalogUrl) {
    return (`<Constructor Id="23" TypeId="${shared_sites/* CSOM_TENANT */.W_}" />` +
        `<Method Id="25" ParentId="23" Name="GetSiteByUrl"><Parameters><Parameter Type="String">${(0,shared_sites/* escapeXml */.X)(appCatalogUrl)}</Parameter></Parameters></Method>` +
        '<Property Id="27" ParentId="25" Name="RootWeb" />');
}
/**
 * `spo storageentity set`: sets a tenant property on an app catalog (CSOM `SetStorageEntity` on its root web, through
 * the tenant admin site). SharePoint denies it on a site that is no app catalog. Prints nothing, like the CLI.
 */
const spoStorageEntitySet = (0,kit/* command */.G5)({
    name: 'spo storageentity set',
    description: 'Sets tenant property on the specified SharePoint Online app catalog',
    resource: 'sharepoint',
    readOnly: false,
    permissions: { sharepoint: ['Sites.FullControl.All'] },
    options: {
        appCatalogUrl: kit/* opt */.m7.site('URL of the app catalog site.', { short: 'u', required: true }),
        key: kit/* opt */.m7.string('Name of the tenant property to set.', { short: 'k', required: true }),
        value: kit/* opt */.m7.string('Value to set for the property.', { short: 'v', required: true }),
        description: kit/* opt */.m7.string('Description to set for the property.', { short: 'd' }),
        comment: kit/* opt */.m7.string('Comment to set for the property.', { short: 'c' }),
    },
    async run(context, o) {
        const parameters = [o.key, o.value, o.description ?? '', o.comment ?? ''].map((p) => `<Parameter Type="String">${(0,shared_sites/* escapeXml */.X)(p)}</Parameter>`).join('');
        await (0,shared_sites/* processQuery */.ON)(context, (0,shared_sites/* adminUrl */.nN)(context), `<ObjectPath Id="24" ObjectPathId="23" /><ObjectPath Id="26" ObjectPathId="25" /><ObjectPath Id="28" ObjectPathId="27" /><Method Name="SetStorageEntity" Id="29" ObjectPathId="27"><Parameters>${parameters}</Parameters></Method>`, appCatalogRootWeb(o.appCatalogUrl));
        return undefined;
    },
});

;// CONCATENATED MODULE: ./src/commands/spo/storageentity-remove.ts



/** `spo storageentity remove`: removes a tenant property from an app catalog (CSOM `RemoveStorageEntity`); prints nothing. */
const spoStorageEntityRemove = (0,kit/* command */.G5)({
    name: 'spo storageentity remove',
    description: 'Removes tenant property stored on the specified SharePoint Online app catalog',
    resource: 'sharepoint',
    readOnly: false,
    permissions: { sharepoint: ['Sites.FullControl.All'] },
    options: {
        appCatalogUrl: kit/* opt */.m7.site('URL of the app catalog site.', { short: 'u', required: true }),
        key: kit/* opt */.m7.string('Name of the tenant property to remove.', { short: 'k', required: true }),
        force: kit/* opt */.m7.boolean("Don't prompt for confirmation (there is never a prompt here).", { short: 'f' }),
    },
    async run(context, { appCatalogUrl, key }) {
        await (0,shared_sites/* processQuery */.ON)(context, (0,shared_sites/* adminUrl */.nN)(context), `<ObjectPath Id="31" ObjectPathId="23" /><ObjectPath Id="33" ObjectPathId="25" /><ObjectPath Id="35" ObjectPathId="27" /><Method Name="RemoveStorageEntity" Id="36" ObjectPathId="27"><Parameters><Parameter Type="String">${(0,shared_sites/* escapeXml */.X)(key)}</Parameter></Parameters></Method>`, appCatalogRootWeb(appCatalogUrl));
        return undefined;
    },
});

;// CONCATENATED MODULE: ./src/commands/sections/spo-site-config.ts



















/** Site configuration: property bags, tenant properties, custom actions, extensions and navigation. */
const commands = [
    spoPropertyBagGet,
    spoPropertyBagList,
    spoPropertyBagSet,
    spoPropertyBagRemove,
    spoCustomActionAdd,
    spoCustomActionGet,
    spoCustomActionList,
    spoCustomActionRemove,
    spoStorageEntityGet,
    spoStorageEntityList,
    spoStorageEntitySet,
    spoStorageEntityRemove,
    spoApplicationCustomizerAdd,
    spoApplicationCustomizerList,
    spoApplicationCustomizerRemove,
    spoCommandSetAdd,
    spoCommandSetList,
    spoNavigationNodeAdd,
    spoNavigationNodeList,
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
