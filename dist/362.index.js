export const id = 362;
export const ids = [362];
export const modules = {

/***/ 8969:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ allOf)
/* harmony export */ });
/**
 * Permissions of commands that make several kinds of Graph request: each request kind accepts its own alternatives
 * (least privileged first, from Graph's permission tables), and the command needs one of each. `allOf` combines them
 * tier by tier (the least privileged of every kind, then the next…), dropping a permission that another in the same
 * set already includes, so that the README shows a few readable alternatives rather than every combination.
 */
/** Permissions that include others (Graph lists the broader ones as "higher privileged" on the same APIs). */
const INCLUDES = {
    'Directory.ReadWrite.All': [
        'Directory.Read.All', 'User.ReadWrite.All', 'User.Read.All', 'User.ReadBasic.All', 'Group.ReadWrite.All', 'Group.Read.All', 'Group.Create',
        'GroupMember.ReadWrite.All', 'GroupMember.Read.All',
    ],
    'Directory.Read.All': ['User.Read.All', 'User.ReadBasic.All', 'Group.Read.All', 'GroupMember.Read.All'],
    'Group.ReadWrite.All': ['Group.Read.All', 'Group.Create', 'GroupMember.ReadWrite.All', 'GroupMember.Read.All'],
    'Group.Read.All': ['GroupMember.Read.All'],
    'GroupMember.ReadWrite.All': ['GroupMember.Read.All'],
    'User.ReadWrite.All': ['User.Read.All', 'User.ReadBasic.All'],
    'User.Read.All': ['User.ReadBasic.All'],
    'Application.ReadWrite.All': ['Application.ReadWrite.OwnedBy', 'Application.Read.All'],
    'Application.ReadWrite.OwnedBy': ['Application.Read.All'],
    'TeamSettings.ReadWrite.All': ['TeamSettings.Read.All', 'Team.ReadBasic.All'],
    'TeamSettings.Read.All': ['Team.ReadBasic.All'],
    'ChannelSettings.ReadWrite.All': ['ChannelSettings.Read.All', 'Channel.ReadBasic.All'],
    'ChannelSettings.Read.All': ['Channel.ReadBasic.All'],
    'Sites.FullControl.All': ['Sites.Manage.All', 'Sites.ReadWrite.All', 'Sites.Read.All'],
    'Sites.Manage.All': ['Sites.ReadWrite.All', 'Sites.Read.All'],
    'Sites.ReadWrite.All': ['Sites.Read.All'],
    'Files.ReadWrite.All': ['Files.Read.All'],
    'AppCatalog.ReadWrite.All': ['AppCatalog.Read.All'],
};
/** The set without permissions that another member includes, in first-seen order. */
function simplify(set) {
    const unique = [...new Set(set)];
    return unique.filter((p) => !unique.some((other) => other !== p && (INCLUDES[other] ?? []).includes(p)));
}
/**
 * One of each requirement: `allOf(['Group.Create', 'Group.ReadWrite.All'], ['User.Read.All', 'Directory.Read.All'])`
 * → `[['Group.Create', 'User.Read.All'], ['Group.ReadWrite.All', 'Directory.Read.All']]`. Empty requirements are
 * skipped (an option that adds nothing).
 */
function allOf(...requirements) {
    const present = requirements.filter((r) => r.length > 0);
    const tiers = Math.max(0, ...present.map((r) => r.length));
    const sets = [];
    for (let tier = 0; tier < tiers; tier++) {
        const set = simplify(present.map((r) => r[Math.min(tier, r.length - 1)]));
        if (!sets.some((s) => s.length === set.length && s.every((p) => set.includes(p))))
            sets.push(set);
    }
    return sets;
}


/***/ }),

/***/ 5064:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KF: () => (/* binding */ invalidGuids),
/* harmony export */   Mg: () => (/* binding */ assertUnifiedGroup),
/* harmony export */   Sx: () => (/* binding */ getApp),
/* harmony export */   Ud: () => (/* binding */ graphUrl),
/* harmony export */   V_: () => (/* binding */ groupId),
/* harmony export */   _3: () => (/* binding */ selectAndExpand),
/* harmony export */   ad: () => (/* binding */ assertSecretOutput),
/* harmony export */   bR: () => (/* binding */ invalidUserNames),
/* harmony export */   g8: () => (/* binding */ bindToGroup),
/* harmony export */   jC: () => (/* binding */ listGroupMembers),
/* harmony export */   k8: () => (/* binding */ appObjectId),
/* harmony export */   tC: () => (/* binding */ splitValues),
/* harmony export */   vt: () => (/* binding */ groupIdsByNames),
/* harmony export */   vy: () => (/* binding */ saveAppInfo),
/* harmony export */   wu: () => (/* binding */ GRAPH_JSON),
/* harmony export */   x3: () => (/* binding */ userIdsByNames),
/* harmony export */   yE: () => (/* binding */ getGroupByName)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _kit_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9897);
/**
 * What the `entra` commands share: Graph URLs, lookups of apps, groups and users by name (each an error naming the
 * value when nothing or more than one matches), member lists and member writes, the `.m365rc.json` file of `--save`,
 * and the hand-over of created secrets to masked outputs (`secretOutput`).
 */


/** `https://graph.microsoft.com/v1.0/<path>` of the run's cloud. */
function graphUrl(context, path) {
    return `${context.cloud.graph}/v1.0/${path}`;
}
/** Graph's JSON without OData annotations, as the CLI asks for it. */
const GRAPH_JSON = _kit_index_js__WEBPACK_IMPORTED_MODULE_1__/* .ACCEPT */ .FA.graph;
/** Comma-separated values (ids, user names), trimmed, empty ones dropped. */
const splitValues = _kit_index_js__WEBPACK_IMPORTED_MODULE_1__/* .splitList */ .ry;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** The CLI's message for a comma-separated option holding something that is not a GUID. */
function invalidGuids(option, value) {
    const invalid = (0,_kit_index_js__WEBPACK_IMPORTED_MODULE_1__/* .splitList */ .ry)(value).filter((id) => !GUID.test(id));
    return invalid.length > 0 ? `The following GUIDs are invalid for the option '${option}': ${invalid.join(', ')}.` : undefined;
}
/** The CLI's message for a comma-separated option holding something that is not a user principal name. */
function invalidUserNames(option, value) {
    const invalid = (0,_kit_index_js__WEBPACK_IMPORTED_MODULE_1__/* .splitList */ .ry)(value).filter((upn) => !/^[^@\s]+@[^@\s]+$/.test(upn));
    return invalid.length > 0 ? `The following user principal names are invalid for the option '${option}': ${invalid.join(', ')}.` : undefined;
}
/**
 * `--properties a,b,manager/displayName` as OData: plain names go to `$select`, `x/y` become `$expand=x($select=y)`
 * (what the CLI does for member and user lists).
 */
function selectAndExpand(properties) {
    const expand = new Map();
    for (const path of properties.filter((p) => p.includes('/'))) {
        const [navigation, property] = path.split('/', 2);
        expand.set(navigation, [...(expand.get(navigation) ?? []), property]);
    }
    return { $select: properties.filter((p) => !p.includes('/')), $expand: [...expand].map(([nav, props]) => `${nav}($select=${props.join(',')})`) };
}
/** The one item of a lookup by name, or the CLI's errors for none and for several (where it would prompt). */
function single(items, notFound, several, hint) {
    if (items.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(notFound);
    if (items.length > 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`${several} Found: ${items.map((i) => i.id).join(', ')}.`, { hint });
    return items[0];
}
/** The app registration, by object id (one request) or by appId / display name (a filtered list). */
async function getApp(context, app, properties) {
    const applications = graphUrl(context, 'applications');
    if (app.objectId !== undefined) {
        try {
            const url = `${applications}/${(0,_kit_index_js__WEBPACK_IMPORTED_MODULE_1__/* .segment */ .mX)(app.objectId)}${(0,_kit_index_js__WEBPACK_IMPORTED_MODULE_1__/* .query */ .P)({ $select: properties ?? [] })}`;
            return (await context.http.request({ url, headers: { ...GRAPH_JSON } })).body;
        }
        catch (error) {
            // The CLI turns Graph's 404 into this message.
            if ((0,_kit_index_js__WEBPACK_IMPORTED_MODULE_1__/* .isHttpStatus */ .Bd)(error, 404))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`App with objectId '${app.objectId}' not found in Microsoft Entra ID.`, { cause: error });
            throw error;
        }
    }
    const [field, value, filter] = app.appId !== undefined ? ['appId', app.appId, `appId eq ${(0,_kit_index_js__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .eu)(app.appId)}`] : ['name', app.name ?? '', `displayName eq ${(0,_kit_index_js__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .eu)(app.name ?? '')}`];
    const apps = await context.http.getAll(`${applications}${(0,_kit_index_js__WEBPACK_IMPORTED_MODULE_1__/* .query */ .P)({ $filter: filter, $select: properties ?? [] })}`, { ...GRAPH_JSON });
    return single(apps, `App with ${field} '${value}' not found in Microsoft Entra ID.`, `Multiple apps with name '${value}' found in Microsoft Entra ID.`, 'Use --appId or --objectId to pick one.');
}
/** The object id of the app registration (no request when it is given). */
async function appObjectId(context, app) {
    if (app.objectId !== undefined)
        return app.objectId;
    const found = await getApp(context, app, ['id']);
    return found.id;
}
/** The group with this display name, or the CLI's errors. */
async function getGroupByName(context, displayName, properties = []) {
    const url = graphUrl(context, `groups${(0,_kit_index_js__WEBPACK_IMPORTED_MODULE_1__/* .query */ .P)({ $filter: `displayName eq ${(0,_kit_index_js__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .eu)(displayName)}`, $select: properties })}`);
    const groups = await context.http.getAll(url, { ...GRAPH_JSON });
    return single(groups, `The specified group '${displayName}' does not exist.`, `Multiple groups with name '${displayName}' found.`, 'Use the group id instead of its name.');
}
/** The group's id: as given, or looked up by display name. */
async function groupId(context, group) {
    if (group.id !== undefined)
        return group.id;
    return (await getGroupByName(context, group.name ?? '', ['id'])).id;
}
/** Fails unless the group is a Microsoft 365 group (`groupTypes` holds `Unified`). */
async function assertUnifiedGroup(context, id, message) {
    const url = graphUrl(context, `groups/${(0,_kit_index_js__WEBPACK_IMPORTED_MODULE_1__/* .segment */ .mX)(id)}?$select=groupTypes`);
    const group = (await context.http.request({ url, headers: { ...GRAPH_JSON } })).body;
    if (!(group.groupTypes ?? []).includes('Unified'))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(message, { hint: "List Microsoft 365 groups with 'entra m365group list'." });
}
/** The ids of users given by user principal name; an unknown name fails with that name. */
async function userIdsByNames(context, names) {
    const ids = [];
    for (const name of names) {
        try {
            const url = graphUrl(context, `users/${(0,_kit_index_js__WEBPACK_IMPORTED_MODULE_1__/* .segment */ .mX)(name)}?$select=id`);
            ids.push((await context.http.request({ url, headers: { ...GRAPH_JSON } })).body.id);
        }
        catch (error) {
            if ((0,_kit_index_js__WEBPACK_IMPORTED_MODULE_1__/* .isHttpStatus */ .Bd)(error, 404))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`The specified user with user name '${name}' does not exist.`, { cause: error });
            throw error;
        }
    }
    return ids;
}
/** The ids of groups given by display name (each must name exactly one group). */
async function groupIdsByNames(context, names) {
    const ids = [];
    for (const name of names)
        ids.push(await groupId(context, { name }));
    return ids;
}
/** Graph binds at most 20 directory objects per request. */
const BIND_CHUNK = 20;
/** Adds directory objects to a group's members or owners, 20 per `PATCH` (`members@odata.bind`), like the CLI. */
async function bindToGroup(context, id, kind, objectIds) {
    for (let i = 0; i < objectIds.length; i += BIND_CHUNK) {
        const references = objectIds.slice(i, i + BIND_CHUNK).map((objectId) => graphUrl(context, `directoryObjects/${(0,_kit_index_js__WEBPACK_IMPORTED_MODULE_1__/* .segment */ .mX)(objectId)}`));
        await context.http.request({ method: 'PATCH', url: graphUrl(context, `groups/${(0,_kit_index_js__WEBPACK_IMPORTED_MODULE_1__/* .segment */ .mX)(id)}`), headers: { ...GRAPH_JSON }, body: { [`${kind}@odata.bind`]: references } });
    }
}
/**
 * The owners and members of a group, merged into one list with each one's roles (owners first), like the CLI's
 * `group member list` and `m365group user list`. `path` is `owners`/`members` optionally followed by a cast.
 */
async function listGroupMembers(context, id, options, cast, defaults) {
    const properties = options.properties === undefined ? (0,_kit_index_js__WEBPACK_IMPORTED_MODULE_1__/* .splitList */ .ry)(defaults) : [...(0,_kit_index_js__WEBPACK_IMPORTED_MODULE_1__/* .splitList */ .ry)(options.properties).filter((p) => p.toLowerCase() !== 'id'), 'id'];
    const select = selectAndExpand(properties);
    const fetch = async (kind) => {
        const url = graphUrl(context, `groups/${(0,_kit_index_js__WEBPACK_IMPORTED_MODULE_1__/* .segment */ .mX)(id)}/${kind}${cast}${(0,_kit_index_js__WEBPACK_IMPORTED_MODULE_1__/* .query */ .P)(select)}`);
        if (options.filter === undefined)
            return context.http.getAll(url, { ...GRAPH_JSON });
        // Graph filters directory-object relationships only as an advanced query.
        const filtered = `${url}&$filter=${encodeURIComponent(options.filter)}&$count=true`;
        return context.http.getAll(filtered, { ...GRAPH_JSON, ConsistencyLevel: 'eventual' });
    };
    const members = [];
    if (options.role !== 'Member')
        for (const owner of await fetch('owners'))
            members.push({ ...owner, id: String(owner.id), roles: ['Owner'] });
    if (options.role !== 'Owner') {
        for (const member of await fetch('members')) {
            const known = members.find((m) => m.id === member.id);
            if (known)
                known.roles.push('Member');
            else
                members.push({ ...member, id: String(member.id), roles: ['Member'] });
        }
    }
    return members;
}
/** Fails before anything is created when the host cannot take a secret the command would create (output `<id>-<name>`). */
function assertSecretOutput(context, what, name) {
    if (context.secretOutput === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`This run cannot hand out the ${what} the command would create, so nothing was created.`, {
            hint: `Run the command in the GitHub Action or the Azure DevOps task, with an id, to receive it as the masked output <id>-${name}.`,
        });
    }
    return context.secretOutput;
}
function isMissingFile(error) {
    return error instanceof Error && 'code' in error && error.code === 'ENOENT';
}
/** The content of `.m365rc.json`: an object, else undefined (the file is then left alone). */
function parseM365rc(text) {
    const parsed = JSON.parse(text.trim() === '' ? '{}' : text);
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
        return undefined;
    const apps = 'apps' in parsed ? parsed.apps : undefined;
    return apps === undefined || Array.isArray(apps) ? { ...parsed } : undefined;
}
/** `.m365rc.json` of `--save`: records the app (appId and name) once, as the CLI does; a failure is a warning. */
async function saveAppInfo(context, app) {
    const file = '.m365rc.json';
    const giveUp = (problem) => context.log.warning(`Could not update ${file} (${problem}); add the app ${app.appId} to it yourself.`);
    let m365rc = {};
    try {
        m365rc = parseM365rc((await context.files.readFile(file, 1_000_000)).toString('utf8'));
    }
    catch (error) {
        if (!isMissingFile(error))
            return giveUp(error instanceof Error ? error.message : String(error));
    }
    if (m365rc === undefined)
        return giveUp('it is not a JSON object with an apps list');
    const apps = m365rc.apps ?? [];
    if (apps.some((a) => a.appId === app.appId))
        return;
    try {
        await context.files.writeFile(file, JSON.stringify({ ...m365rc, apps: [...apps, app] }, null, 2));
    }
    catch (error) {
        giveUp(error instanceof Error ? error.message : String(error));
    }
}


/***/ }),

/***/ 5362:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  commands: () => (/* binding */ commands)
});

// EXTERNAL MODULE: ./src/commands/kit/index.ts + 2 modules
var kit = __webpack_require__(9897);
;// CONCATENATED MODULE: ./src/commands/entra/administrativeunit-list.ts

/** `entra administrativeunit list`: every administrative unit (all pages), optionally only some properties. */
const entraAdministrativeUnitList = (0,kit/* endpoint */.sR)({
    name: 'entra administrativeunit list',
    description: 'Retrieves a list of administrative units',
    resource: 'graph',
    permissions: { graph: ['AdministrativeUnit.Read.All', 'AdministrativeUnit.ReadWrite.All', 'Directory.Read.All'] },
    options: { properties: kit/* opt */.m7.string('Comma-separated properties to retrieve.', { short: 'p' }) },
    paged: true,
    url: ({ properties }, { cloud }) => `${cloud.graph}/v1.0/directory/administrativeUnits${(0,kit/* query */.P)({ $select: (0,kit/* splitList */.ry)(properties).filter((p) => !p.includes('/')) })}`,
});

// EXTERNAL MODULE: ./src/lazy-builtins.ts
var lazy_builtins = __webpack_require__(2334);
// EXTERNAL MODULE: ./src/commands/entra/permissions.ts
var permissions = __webpack_require__(8969);
// EXTERNAL MODULE: ./src/commands/entra/shared.ts
var shared = __webpack_require__(5064);
;// CONCATENATED MODULE: ./src/commands/entra/group-add.ts




/** What Exchange accepts in a mail alias (ASCII without @ ( ) \ [ ] " ; : < > , and space). */
const MAIL_NICKNAME = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]*$/;
const options = {
    displayName: kit/* opt */.m7.string('Name of the group (at most 256 characters).', { short: 'n', required: true }),
    description: kit/* opt */.m7.string('Description of the group.', { short: 'd' }),
    type: kit/* opt */.m7.enum(['microsoft365', 'security'], 'Group type: microsoft365 or security.', { short: 't', required: true }),
    mailNickname: kit/* opt */.m7.string('Mail alias of the group (the part before the @, at most 64 characters).', { short: 'm' }),
    ownerIds: kit/* opt */.m7.string('Comma-separated ids of users to make owners.'),
    ownerUserNames: kit/* opt */.m7.string('Comma-separated user principal names of users to make owners.'),
    memberIds: kit/* opt */.m7.string('Comma-separated ids of users to make members.'),
    memberUserNames: kit/* opt */.m7.string('Comma-separated user principal names of users to make members.'),
    visibility: kit/* opt */.m7.enum(['Private', 'Public', 'HiddenMembership'], 'Visibility of a Microsoft 365 group (required for microsoft365).'),
};
/** The CLI's value checks, in its words. */
function validate(o) {
    if (o.displayName.length > 256)
        return "The maximum amount of characters for 'displayName' is 256.";
    if (o.mailNickname !== undefined && !MAIL_NICKNAME.test(o.mailNickname)) {
        return `Value for option 'mailNickname' must contain only characters in the ASCII character set 0-127 except the following: @ () \\ [] " ; : <> , SPACE.`;
    }
    if (o.mailNickname !== undefined && o.mailNickname.length > 64)
        return "The maximum amount of characters for 'mailNickname' is 64.";
    const invalid = (0,shared/* invalidGuids */.KF)('ownerIds', o.ownerIds) ?? (0,shared/* invalidGuids */.KF)('memberIds', o.memberIds) ?? (0,shared/* invalidUserNames */.bR)('ownerUserNames', o.ownerUserNames) ?? (0,shared/* invalidUserNames */.bR)('memberUserNames', o.memberUserNames);
    if (invalid !== undefined)
        return invalid;
    if (o.type === 'microsoft365' && o.visibility === undefined)
        return "Option 'visibility' must be specified if the option 'type' is set to microsoft365";
    return undefined;
}
const CREATE = ['Group.Create', 'Group.ReadWrite.All', 'Directory.ReadWrite.All'];
/** Adding owners takes Group.ReadWrite.All, adding members GroupMember.ReadWrite.All (Graph's tables). */
const OWNERS = ['Group.ReadWrite.All', 'Directory.ReadWrite.All'];
const MEMBERS = ['GroupMember.ReadWrite.All', 'Group.ReadWrite.All', 'Directory.ReadWrite.All'];
const READ_USERS = ['User.Read.All', 'Directory.Read.All'];
function permissionsFor(o) {
    const owners = o.ownerIds !== undefined || o.ownerUserNames !== undefined;
    const members = o.memberIds !== undefined || o.memberUserNames !== undefined;
    const names = o.ownerUserNames !== undefined || o.memberUserNames !== undefined;
    return { graph: (0,permissions/* allOf */.b)(CREATE, owners ? OWNERS : [], members ? MEMBERS : [], names ? READ_USERS : []) };
}
/**
 * `entra group add`: creates a Microsoft 365 or security group, then adds its owners and members. Other options are
 * passed on as group properties, like the CLI. The result is the new group.
 */
const entraGroupAdd = (0,kit/* command */.G5)({
    name: 'entra group add',
    description: 'Creates a Microsoft Entra group',
    resource: 'graph',
    readOnly: false,
    permissions: { graph: CREATE },
    permissionsWhen: permissionsFor,
    options,
    rules: [kit/* rules */.aO.atMostOne('ownerIds', 'ownerUserNames'), kit/* rules */.aO.atMostOne('memberIds', 'memberUserNames')],
    allowUnknownOptions: true,
    validate,
    async run(context, o, extra) {
        // Users are resolved first: an unknown name fails before anything is created.
        const owners = await userIds(context, o.ownerIds, o.ownerUserNames);
        const members = await userIds(context, o.memberIds, o.memberUserNames);
        const body = {
            displayName: o.displayName,
            description: o.description,
            mailNickname: o.mailNickname ?? `Group${(0,lazy_builtins/* nodeCrypto */.S)().randomInt(1_000_000)}`,
            visibility: o.visibility ?? 'Public',
            groupTypes: o.type === 'microsoft365' ? ['Unified'] : [],
            mailEnabled: o.type !== 'security',
            securityEnabled: true,
            ...extra,
        };
        const group = (await context.http.request({ method: 'POST', url: (0,shared/* graphUrl */.Ud)(context, 'groups'), headers: { ...shared/* GRAPH_JSON */.wu }, body })).body;
        await (0,shared/* bindToGroup */.g8)(context, group.id, 'owners', owners);
        await (0,shared/* bindToGroup */.g8)(context, group.id, 'members', members);
        return group;
    },
});
function userIds(context, ids, names) {
    return ids !== undefined ? Promise.resolve((0,shared/* splitValues */.tC)(ids)) : (0,shared/* userIdsByNames */.x3)(context, (0,shared/* splitValues */.tC)(names));
}

;// CONCATENATED MODULE: ./src/commands/entra/group-get.ts


/** `entra group get`: one group, by id or display name, optionally only some properties. */
const entraGroupGet = (0,kit/* command */.G5)({
    name: 'entra group get',
    description: 'Gets information about the specified Entra group',
    resource: 'graph',
    readOnly: true,
    permissions: { graph: ['GroupMember.Read.All', 'Group.Read.All', 'Group.ReadWrite.All', 'Directory.Read.All'] },
    options: {
        id: kit/* opt */.m7.guid('Object id of the group. Specify either id or displayName.', { short: 'i' }),
        displayName: kit/* opt */.m7.string('Display name of the group.', { short: 'n' }),
        properties: kit/* opt */.m7.string('Comma-separated properties to retrieve.', { short: 'p' }),
    },
    rules: [kit/* rules */.aO.exactlyOne('id', 'displayName')],
    async run(context, { id, displayName, properties }) {
        const select = (0,kit/* splitList */.ry)(properties).filter((p) => !p.includes('/'));
        if (id === undefined)
            return (0,shared/* getGroupByName */.yE)(context, displayName ?? '', select);
        return (await context.http.request({ url: (0,shared/* graphUrl */.Ud)(context, `groups/${(0,kit/* segment */.mX)(id)}${(0,kit/* query */.P)({ $select: select })}`), headers: { ...shared/* GRAPH_JSON */.wu } })).body;
    },
});

;// CONCATENATED MODULE: ./src/commands/entra/group-list.ts

/** Graph filters of the CLI's `--type` values (the last two need an advanced query: `not()` and `$count`). */
const TYPE_FILTERS = {
    microsoft365: { filter: "groupTypes/any(c:c eq 'Unified')", advanced: false },
    security: { filter: 'securityEnabled eq true and mailEnabled eq false', advanced: false },
    distribution: { filter: "securityEnabled eq false and mailEnabled eq true and not(groupTypes/any(t:t eq 'Unified'))", advanced: true },
    mailEnabledSecurity: { filter: "securityEnabled eq true and mailEnabled eq true and not(groupTypes/any(t:t eq 'Unified'))", advanced: true },
};
const TYPES = ['microsoft365', 'security', 'distribution', 'mailEnabledSecurity'];
/**
 * `entra group list`: every group (all pages), optionally by type and display-name prefix. The JSON output is Graph's
 * group objects, like the CLI's `--output json` (which adds `groupType` only to text output).
 */
const entraGroupList = (0,kit/* endpoint */.sR)({
    name: 'entra group list',
    aliases: ['aad group list'],
    description: 'Lists all groups defined in Entra ID.',
    resource: 'graph',
    permissions: { graph: ['GroupMember.Read.All', 'Group.Read.All', 'Directory.Read.All'] },
    options: {
        displayName: kit/* opt */.m7.string('Only groups whose display name starts with this text.'),
        type: kit/* opt */.m7.enum(TYPES, 'Only groups of this type.'),
        properties: kit/* opt */.m7.string('Comma-separated group properties to retrieve.', { short: 'p' }),
    },
    paged: true,
    // Graph refuses not() and $count on directory objects without this header.
    headers: ({ type }) => (type !== undefined && TYPE_FILTERS[type].advanced ? { ConsistencyLevel: 'eventual' } : {}),
    url: ({ type, displayName, properties }, { cloud }) => `${cloud.graph}/v1.0/groups${(0,kit/* query */.P)({
        $filter: [type === undefined ? '' : TYPE_FILTERS[type].filter, displayName === undefined ? '' : `startswith(displayName,${(0,kit/* literal */.eu)(displayName)})`],
        $count: type !== undefined && TYPE_FILTERS[type].advanced,
        $select: (0,kit/* splitList */.ry)(properties).filter((p) => !p.includes('/')),
    })}`,
});

;// CONCATENATED MODULE: ./src/commands/entra/group-member-add.ts



const group_member_add_OWNERS = ['Group.ReadWrite.All', 'Directory.ReadWrite.All'];
const group_member_add_MEMBERS = ['GroupMember.ReadWrite.All', 'Group.ReadWrite.All', 'Directory.ReadWrite.All'];
/** Owners take Group.ReadWrite.All, members GroupMember.ReadWrite.All; names add reading users or groups. */
function group_member_add_permissionsFor(o) {
    const readUsers = o.userNames !== undefined ? ['User.Read.All', 'Directory.Read.All'] : [];
    const readGroups = o.groupName !== undefined || o.subgroupNames !== undefined ? ['GroupMember.Read.All', 'Group.Read.All', 'Directory.Read.All'] : [];
    return { graph: (0,permissions/* allOf */.b)(o.role === 'Owner' ? group_member_add_OWNERS : group_member_add_MEMBERS, readUsers, readGroups) };
}
/** `entra group member add`: adds users or groups (by id or name) to a group's members or owners. Prints nothing. */
const entraGroupMemberAdd = (0,kit/* command */.G5)({
    name: 'entra group member add',
    description: 'Adds members to a Microsoft Entra group',
    resource: 'graph',
    readOnly: false,
    permissions: { graph: group_member_add_MEMBERS },
    permissionsWhen: group_member_add_permissionsFor,
    options: {
        groupId: kit/* opt */.m7.guid('Id of the group. Specify groupId or groupName.', { short: 'i' }),
        groupName: kit/* opt */.m7.string('Display name of the group.', { short: 'n' }),
        userIds: kit/* opt */.m7.string('Comma-separated ids of users.'),
        userNames: kit/* opt */.m7.string('Comma-separated user principal names of users.'),
        subgroupIds: kit/* opt */.m7.string('Comma-separated ids of groups.'),
        subgroupNames: kit/* opt */.m7.string('Comma-separated display names of groups.'),
        role: kit/* opt */.m7.enum(['Owner', 'Member'], 'Role of the new members: Owner or Member.', { short: 'r', required: true }),
    },
    rules: [kit/* rules */.aO.exactlyOne('groupId', 'groupName'), kit/* rules */.aO.exactlyOne('userIds', 'userNames', 'subgroupIds', 'subgroupNames')],
    validate: (o) => {
        const invalid = (0,shared/* invalidGuids */.KF)('userIds', o.userIds) ?? (0,shared/* invalidGuids */.KF)('subgroupIds', o.subgroupIds) ?? (0,shared/* invalidUserNames */.bR)('userNames', o.userNames);
        if (invalid !== undefined)
            return invalid;
        if ((o.subgroupIds !== undefined || o.subgroupNames !== undefined) && o.role === 'Owner')
            return 'Subgroups cannot be set as owners.';
        return undefined;
    },
    async run(context, o) {
        const id = await (0,shared/* groupId */.V_)(context, { id: o.groupId, name: o.groupName });
        const objectIds = o.userIds !== undefined ? (0,shared/* splitValues */.tC)(o.userIds)
            : o.userNames !== undefined ? await (0,shared/* userIdsByNames */.x3)(context, (0,shared/* splitValues */.tC)(o.userNames))
                : o.subgroupIds !== undefined ? (0,shared/* splitValues */.tC)(o.subgroupIds)
                    : await (0,shared/* groupIdsByNames */.vt)(context, (0,shared/* splitValues */.tC)(o.subgroupNames));
        await (0,shared/* bindToGroup */.g8)(context, id, o.role === 'Owner' ? 'owners' : 'members', objectIds);
        return undefined;
    },
});

;// CONCATENATED MODULE: ./src/commands/entra/group-member-list.ts


/** `entra group member list`: owners and members of a group, each with its roles (`Owner`, `Member`). */
const entraGroupMemberList = (0,kit/* command */.G5)({
    name: 'entra group member list',
    description: 'Lists members of a specific Entra group',
    resource: 'graph',
    readOnly: true,
    permissions: { graph: ['GroupMember.Read.All', 'Group.Read.All', 'Group.ReadWrite.All', 'Directory.Read.All'] },
    options: {
        groupId: kit/* opt */.m7.guid('Id of the group. Specify groupId or groupName.', { short: 'i' }),
        groupName: kit/* opt */.m7.string('Display name of the group.', { short: 'n' }),
        role: kit/* opt */.m7.enum(['Owner', 'Member'], 'Only owners or only members.', { short: 'r' }),
        properties: kit/* opt */.m7.string('Comma-separated properties to retrieve (x/y expands x).', { short: 'p' }),
        filter: kit/* opt */.m7.string('OData filter on the members.', { short: 'f' }),
    },
    rules: [kit/* rules */.aO.exactlyOne('groupId', 'groupName')],
    async run(context, o) {
        const id = await (0,shared/* groupId */.V_)(context, { id: o.groupId, name: o.groupName });
        return (0,shared/* listGroupMembers */.jC)(context, id, o, '', 'id,displayName,userPrincipalName,givenName,surname');
    },
});

// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/commands/entra/m365group-add.ts






const m365group_add_options = {
    displayName: kit/* opt */.m7.string('Display name of the group.', { short: 'n', required: true }),
    mailNickname: kit/* opt */.m7.string('Mail alias of the group (the part before the @).', { short: 'm', required: true }),
    description: kit/* opt */.m7.string('Description of the group.', { short: 'd' }),
    owners: kit/* opt */.m7.string('Comma-separated user principal names of the owners.'),
    members: kit/* opt */.m7.string('Comma-separated user principal names of the members.'),
    visibility: kit/* opt */.m7.enum(['Private', 'Public', 'HiddenMembership'], 'Visibility (default Public).'),
    allowMembersToPost: kit/* opt */.m7.boolean('Only members may post conversations.'),
    hideGroupInOutlook: kit/* opt */.m7.boolean('Hide the group in Outlook.'),
    subscribeNewGroupMembers: kit/* opt */.m7.boolean('Subscribe new members to group conversation emails.'),
    welcomeEmailDisabled: kit/* opt */.m7.boolean('Send no welcome email to new members.'),
    logoPath: kit/* opt */.m7.file('Image file (PNG, GIF or JPEG) to use as the group logo.', { short: 'l' }),
};
const BEHAVIOURS = [
    ['allowMembersToPost', 'AllowOnlyMembersToPost'],
    ['hideGroupInOutlook', 'HideGroupInOutlook'],
    ['subscribeNewGroupMembers', 'SubscribeNewGroupMembers'],
    ['welcomeEmailDisabled', 'WelcomeEmailDisabled'],
];
/** A new group's mailbox takes a while: the logo upload is tried again on 404, waiting a little longer each time. */
const LOGO_ATTEMPTS = { count: 15, delayMs: 500 };
const MAX_LOGO_BYTES = 4 * 1024 * 1024;
function m365group_add_permissionsFor(o) {
    return {
        graph: (0,permissions/* allOf */.b)(['Group.Create', 'Group.ReadWrite.All', 'Directory.ReadWrite.All'], o.owners !== undefined ? ['Group.ReadWrite.All', 'Directory.ReadWrite.All'] : [], o.members !== undefined ? ['GroupMember.ReadWrite.All', 'Group.ReadWrite.All', 'Directory.ReadWrite.All'] : [], o.owners !== undefined || o.members !== undefined ? ['User.Read.All', 'Directory.Read.All'] : [], o.logoPath !== undefined ? ['ProfilePhoto.ReadWrite.All', 'Group.ReadWrite.All'] : []),
    };
}
/** `entra m365group add`: creates a Microsoft 365 group with its owners, members and logo. The result is the new group. */
const entraM365GroupAdd = (0,kit/* command */.G5)({
    name: 'entra m365group add',
    description: 'Creates a Microsoft 365 Group',
    resource: 'graph',
    readOnly: false,
    permissions: { graph: ['Group.Create', 'Group.ReadWrite.All', 'Directory.ReadWrite.All'] },
    permissionsWhen: m365group_add_permissionsFor,
    options: m365group_add_options,
    validate: (o) => {
        for (const upn of [...(0,shared/* splitValues */.tC)(o.owners), ...(0,shared/* splitValues */.tC)(o.members)])
            if (!upn.includes('@'))
                return `${upn} is not a valid userPrincipalName`;
        if (o.mailNickname.includes(' '))
            return 'The option mailNickname cannot contain spaces.';
        return undefined;
    },
    async run(context, o) {
        // Every user is checked first: one unknown name and the group is not created (as the CLI documents).
        const owners = await m365group_add_userIds(context, (0,shared/* splitValues */.tC)(o.owners));
        const members = await m365group_add_userIds(context, (0,shared/* splitValues */.tC)(o.members));
        const logo = o.logoPath === undefined ? undefined : await context.files.readFile(o.logoPath, MAX_LOGO_BYTES);
        const body = {
            description: o.description,
            displayName: o.displayName,
            groupTypes: ['Unified'],
            mailEnabled: true,
            mailNickname: o.mailNickname,
            resourceBehaviorOptions: BEHAVIOURS.filter(([option]) => o[option]).map(([, behaviour]) => behaviour),
            securityEnabled: false,
            visibility: o.visibility ?? 'Public',
        };
        const group = (await context.http.request({ method: 'POST', url: (0,shared/* graphUrl */.Ud)(context, 'groups'), headers: { ...shared/* GRAPH_JSON */.wu }, body })).body;
        if (logo !== undefined)
            await uploadLogo(context, group.id, logo, imageType(o.logoPath ?? ''));
        for (const [kind, ids] of [['owners', owners], ['members', members]]) {
            for (const id of ids) {
                const url = (0,shared/* graphUrl */.Ud)(context, `groups/${(0,kit/* segment */.mX)(group.id)}/${kind}/$ref`);
                await context.http.request({ method: 'POST', url, headers: { ...shared/* GRAPH_JSON */.wu }, body: { '@odata.id': (0,shared/* graphUrl */.Ud)(context, `users/${(0,kit/* segment */.mX)(id)}`) } });
            }
        }
        return group;
    },
});
/** The ids of the users; every name that matches no user is listed in one error. */
async function m365group_add_userIds(context, names) {
    const found = [];
    for (const name of names) {
        const url = (0,shared/* graphUrl */.Ud)(context, `users${(0,kit/* query */.P)({ $filter: `userPrincipalName eq ${(0,kit/* literal */.eu)(name)}`, $select: ['id', 'userPrincipalName'] })}`);
        const users = await context.http.getAll(url, { ...shared/* GRAPH_JSON */.wu });
        found.push({ name, id: users[0]?.id });
    }
    const invalid = found.filter((f) => f.id === undefined).map((f) => f.name);
    if (invalid.length > 0)
        throw new errors/* ActionError */.lZ(`Cannot proceed with group creation. The following users provided are invalid : ${invalid.join(',')}`);
    return found.map((f) => f.id ?? '');
}
function imageType(path) {
    const extension = (0,external_node_path_.extname)(path).toLowerCase();
    return extension === '.png' ? 'image/png' : extension === '.gif' ? 'image/gif' : 'image/jpeg';
}
async function uploadLogo(context, id, logo, contentType) {
    const url = (0,shared/* graphUrl */.Ud)(context, `groups/${(0,kit/* segment */.mX)(id)}/photo/$value`);
    for (let attempt = 1;; attempt++) {
        try {
            await context.http.request({ method: 'PUT', url, headers: { 'content-type': contentType }, body: logo });
            return;
        }
        catch (error) {
            // Only a mailbox that does not exist yet is worth waiting for; a bad image or a refusal is final.
            if (attempt >= LOGO_ATTEMPTS.count || !(0,kit/* isHttpStatus */.Bd)(error, 404))
                throw error;
            context.log.debug(`Setting the logo of group ${id} failed (attempt ${attempt}); trying again.`);
            await (0,promises_.setTimeout)(LOGO_ATTEMPTS.delayMs * attempt);
        }
    }
}

;// CONCATENATED MODULE: ./src/commands/entra/m365group-get.ts




const READ_GROUPS = ['GroupMember.Read.All', 'Group.Read.All', 'Group.ReadWrite.All', 'Directory.Read.All'];
const READ_DRIVES = ['Files.Read.All', 'Sites.Read.All', 'Files.ReadWrite.All', 'Sites.ReadWrite.All'];
/**
 * Exchange settings of a Microsoft 365 group, returned only when asked for on a single group. The CLI also asks for
 * `isSubscribedByMail`, which is about the signed-in user and has no meaning app-only.
 */
const SETTINGS = 'allowExternalSenders,autoSubscribeNewMembers,hideFromAddressLists,hideFromOutlookClients';
/** The URL of the group's SharePoint site: its document library's webUrl without the library. */
async function groupSiteUrl(context, id) {
    const url = (0,shared/* graphUrl */.Ud)(context, `groups/${(0,kit/* segment */.mX)(id)}/drive?$select=webUrl`);
    const webUrl = (await context.http.request({ url, headers: { ...shared/* GRAPH_JSON */.wu } })).body.webUrl;
    return webUrl ? webUrl.slice(0, webUrl.lastIndexOf('/')) : '';
}
/** `entra m365group get`: a Microsoft 365 group with its Exchange settings, optionally with its site URL. */
const entraM365GroupGet = (0,kit/* command */.G5)({
    name: 'entra m365group get',
    description: 'Gets information about the specified Microsoft 365 Group or Microsoft Teams team',
    resource: 'graph',
    readOnly: true,
    permissions: { graph: READ_GROUPS },
    permissionsWhen: ({ withSiteUrl }) => ({ graph: (0,permissions/* allOf */.b)(READ_GROUPS, withSiteUrl ? READ_DRIVES : []) }),
    options: {
        id: kit/* opt */.m7.guid('Id of the Microsoft 365 group or team. Specify id or displayName.', { short: 'i' }),
        displayName: kit/* opt */.m7.string('Display name of the group.', { short: 'n' }),
        withSiteUrl: kit/* opt */.m7.boolean("Include the URL of the group's SharePoint site."),
    },
    rules: [kit/* rules */.aO.exactlyOne('id', 'displayName')],
    async run(context, { id, displayName, withSiteUrl }) {
        const group = id !== undefined
            ? (await context.http.request({ url: (0,shared/* graphUrl */.Ud)(context, `groups/${(0,kit/* segment */.mX)(id)}`), headers: { ...shared/* GRAPH_JSON */.wu } })).body
            : await (0,shared/* getGroupByName */.yE)(context, displayName ?? '');
        if (!(group.groupTypes ?? []).includes('Unified'))
            throw new errors/* ActionError */.lZ(`Specified group with id '${group.id}' is not a Microsoft 365 group.`);
        const result = { ...group, ...(await settingsOf(context, group.id)) };
        if (withSiteUrl)
            result.siteUrl = await groupSiteUrl(context, group.id);
        return result;
    },
});
/** The Exchange settings, best effort: where Graph refuses them to an app, the group is returned without them. */
async function settingsOf(context, id) {
    try {
        const url = (0,shared/* graphUrl */.Ud)(context, `groups/${(0,kit/* segment */.mX)(id)}?$select=${SETTINGS}`);
        return (await context.http.request({ url, headers: { ...shared/* GRAPH_JSON */.wu } })).body;
    }
    catch (error) {
        context.log.warning(`The Exchange settings of group ${id} (${SETTINGS}) could not be read: ${error instanceof Error ? error.message : String(error)}`);
        return {};
    }
}

;// CONCATENATED MODULE: ./src/commands/entra/m365group-list.ts




const m365group_list_READ_GROUPS = ['GroupMember.Read.All', 'Group.Read.All', 'Group.ReadWrite.All', 'Directory.Read.All'];
/** Site URLs take one request per group: a few at a time, so that a long list is not throttled all at once. */
const SITE_URL_CONCURRENCY = 4;
/** `entra m365group list`: Microsoft 365 groups, by display name or mail nickname prefix, optionally only those without owners. */
const entraM365GroupList = (0,kit/* command */.G5)({
    name: 'entra m365group list',
    description: 'Lists Microsoft 365 Groups in the current tenant',
    resource: 'graph',
    readOnly: true,
    permissions: { graph: m365group_list_READ_GROUPS },
    permissionsWhen: ({ withSiteUrl }) => ({ graph: (0,permissions/* allOf */.b)(m365group_list_READ_GROUPS, withSiteUrl ? READ_DRIVES : []) }),
    options: {
        displayName: kit/* opt */.m7.string('Only groups whose display name starts with this text.', { short: 'd' }),
        mailNickname: kit/* opt */.m7.string('Only groups whose mail nickname starts with this text.', { short: 'm' }),
        withSiteUrl: kit/* opt */.m7.boolean("Include each group's SharePoint site URL (one request per group)."),
        orphaned: kit/* opt */.m7.boolean('Only groups without owners.'),
    },
    async run(context, { displayName, mailNickname, withSiteUrl, orphaned }) {
        const filter = [
            "groupTypes/any(c:c eq 'Unified')",
            displayName === undefined ? '' : `startswith(DisplayName,${(0,kit/* literal */.eu)(displayName)})`,
            mailNickname === undefined ? '' : `startswith(MailNickname,${(0,kit/* literal */.eu)(mailNickname)})`,
        ];
        const url = (0,shared/* graphUrl */.Ud)(context, `groups${(0,kit/* query */.P)({ $filter: filter, $expand: orphaned ? 'owners' : undefined, $top: 100 })}`);
        let groups = await context.http.getAll(url, { ...shared/* GRAPH_JSON */.wu });
        if (orphaned)
            groups = groups.filter((g) => (g.owners ?? []).length === 0);
        if (!withSiteUrl)
            return groups;
        const withUrls = [];
        for (let i = 0; i < groups.length; i += SITE_URL_CONCURRENCY) {
            const batch = groups.slice(i, i + SITE_URL_CONCURRENCY);
            withUrls.push(...(await Promise.all(batch.map(async (g) => ({ ...g, siteUrl: await groupSiteUrl(context, g.id) })))));
        }
        return withUrls;
    },
});

;// CONCATENATED MODULE: ./src/commands/entra/m365group-user-add.ts



function m365group_user_add_permissionsFor(o) {
    const write = o.role === 'Owner' ? ['Group.ReadWrite.All', 'Directory.ReadWrite.All'] : ['GroupMember.ReadWrite.All', 'Group.ReadWrite.All', 'Directory.ReadWrite.All'];
    return { graph: (0,permissions/* allOf */.b)(write, ['GroupMember.Read.All', 'Group.Read.All', 'Directory.Read.All'], o.userNames !== undefined ? ['User.Read.All', 'Directory.Read.All'] : []) };
}
/** `entra m365group user add` (also `teams user add`): adds users to a Microsoft 365 group or team as members or owners. */
const entraM365GroupUserAdd = (0,kit/* command */.G5)({
    name: 'entra m365group user add',
    aliases: ['teams user add'],
    description: 'Adds user to specified Microsoft 365 Group or Microsoft Teams team',
    resource: 'graph',
    readOnly: false,
    permissions: m365group_user_add_permissionsFor({}),
    permissionsWhen: m365group_user_add_permissionsFor,
    options: {
        groupId: kit/* opt */.m7.guid('Id of the Microsoft 365 group. Specify groupId, groupName, teamId or teamName.', { short: 'i' }),
        groupName: kit/* opt */.m7.string('Display name of the Microsoft 365 group.'),
        teamId: kit/* opt */.m7.guid('Id of the team.'),
        teamName: kit/* opt */.m7.string('Display name of the team.'),
        ids: kit/* opt */.m7.string('Comma-separated ids of users. Specify ids or userNames.'),
        userNames: kit/* opt */.m7.string('Comma-separated user principal names of users.'),
        role: kit/* opt */.m7.enum(['Owner', 'Member'], 'Role of the users (default Member).', { short: 'r' }),
    },
    rules: [kit/* rules */.aO.exactlyOne('groupId', 'groupName', 'teamId', 'teamName'), kit/* rules */.aO.exactlyOne('ids', 'userNames')],
    validate: (o) => (0,shared/* invalidGuids */.KF)('ids', o.ids) ?? (0,shared/* invalidUserNames */.bR)('userNames', o.userNames),
    async run(context, o) {
        const id = await (0,shared/* groupId */.V_)(context, { id: o.groupId ?? o.teamId, name: o.groupName ?? o.teamName });
        await (0,shared/* assertUnifiedGroup */.Mg)(context, id, `Specified group with id '${id}' is not a Microsoft 365 group.`);
        const users = o.ids !== undefined ? (0,shared/* splitValues */.tC)(o.ids) : await (0,shared/* userIdsByNames */.x3)(context, (0,shared/* splitValues */.tC)(o.userNames));
        await (0,shared/* bindToGroup */.g8)(context, id, o.role === 'Owner' ? 'owners' : 'members', users);
        return undefined;
    },
});

;// CONCATENATED MODULE: ./src/commands/entra/m365group-user-list.ts



/** `entra m365group user list`: the users of a Microsoft 365 group (owners and members), each with its roles. */
const entraM365GroupUserList = (0,kit/* command */.G5)({
    name: 'entra m365group user list',
    description: 'Lists users for the specified Microsoft 365 group',
    resource: 'graph',
    readOnly: true,
    permissions: { graph: (0,permissions/* allOf */.b)(['GroupMember.Read.All', 'Group.Read.All', 'Directory.Read.All'], ['User.Read.All', 'Directory.Read.All']) },
    options: {
        groupId: kit/* opt */.m7.guid('Id of the Microsoft 365 group. Specify groupId or groupDisplayName.', { short: 'i' }),
        groupDisplayName: kit/* opt */.m7.string('Display name of the Microsoft 365 group.', { short: 'n' }),
        role: kit/* opt */.m7.enum(['Owner', 'Member'], 'Only owners or only members.', { short: 'r' }),
        properties: kit/* opt */.m7.string('Comma-separated properties to retrieve (x/y expands x).', { short: 'p' }),
        filter: kit/* opt */.m7.string('OData filter on the users.', { short: 'f' }),
    },
    rules: [kit/* rules */.aO.exactlyOne('groupId', 'groupDisplayName')],
    async run(context, o) {
        const id = await (0,shared/* groupId */.V_)(context, { id: o.groupId, name: o.groupDisplayName });
        await (0,shared/* assertUnifiedGroup */.Mg)(context, id, `Specified group '${o.groupId ?? o.groupDisplayName ?? ''}' is not a Microsoft 365 group.`);
        return (0,shared/* listGroupMembers */.jC)(context, id, o, '/microsoft.graph.user', 'id,displayName,userPrincipalName,givenName,surname,userType');
    },
});

;// CONCATENATED MODULE: ./src/commands/entra/roledefinition-list.ts

/** `entra roledefinition list`: every Entra ID role definition (all pages), optionally filtered and only some properties. */
const entraRoleDefinitionList = (0,kit/* endpoint */.sR)({
    name: 'entra roledefinition list',
    description: 'Lists all Microsoft Entra ID role definitions',
    resource: 'graph',
    permissions: { graph: ['RoleManagement.Read.Directory', 'RoleManagement.Read.All', 'Directory.Read.All'] },
    options: {
        properties: kit/* opt */.m7.string('Comma-separated properties to retrieve.', { short: 'p' }),
        filter: kit/* opt */.m7.string('OData filter on the role definitions.', { short: 'f' }),
    },
    paged: true,
    url: ({ properties, filter }, { cloud }) => `${cloud.graph}/v1.0/roleManagement/directory/roleDefinitions${(0,kit/* query */.P)({ $select: (0,kit/* splitList */.ry)(properties), $filter: filter })}`,
});

;// CONCATENATED MODULE: ./src/commands/entra/user-get.ts



/** `users/{id or upn}`; a name starting with `$` must be quoted (`users('$x@…')`), or OData reads it as a system query. */
function userPath(idOrName) {
    return idOrName.startsWith('$') ? `users(${(0,kit/* literal */.eu)(idOrName)})` : `users/${(0,kit/* segment */.mX)(idOrName)}`;
}
/** `entra user get`: one user, by id, user principal name or email, optionally with the manager. */
const entraUserGet = (0,kit/* command */.G5)({
    name: 'entra user get',
    description: 'Gets information about the specified user',
    resource: 'graph',
    readOnly: true,
    permissions: { graph: ['User.Read.All', 'User.ReadWrite.All', 'Directory.Read.All'] },
    options: {
        id: kit/* opt */.m7.guid('Id of the user. Specify id, userName or email.', { short: 'i' }),
        userName: kit/* opt */.m7.string('User principal name of the user.', { short: 'n' }),
        email: kit/* opt */.m7.string('Email address of the user.'),
        properties: kit/* opt */.m7.string('Comma-separated properties to retrieve.', { short: 'p' }),
        withManager: kit/* opt */.m7.boolean("Include the user's manager."),
    },
    rules: [kit/* rules */.aO.exactlyOne('id', 'userName', 'email')],
    validate: (o) => (o.userName !== undefined && (0,shared/* invalidUserNames */.bR)('userName', o.userName) !== undefined ? `'${o.userName}' is not a valid userName.` : undefined),
    async run(context, { id, userName, email, properties, withManager }) {
        let who = id ?? userName ?? '';
        if (email !== undefined) {
            const url = (0,shared/* graphUrl */.Ud)(context, `users${(0,kit/* query */.P)({ $filter: `mail eq ${(0,kit/* literal */.eu)(email)}`, $select: 'id' })}`);
            const found = await context.http.getAll(url, { ...shared/* GRAPH_JSON */.wu });
            if (found.length === 0)
                throw new errors/* ActionError */.lZ(`The specified user with email ${email} does not exist`);
            who = found[0].id;
        }
        const q = (0,kit/* query */.P)({
            $select: (0,kit/* splitList */.ry)(properties).filter((p) => !p.includes('/')),
            $expand: withManager ? 'manager($select=displayName,userPrincipalName,id,mail)' : undefined,
        });
        return (await context.http.request({ url: (0,shared/* graphUrl */.Ud)(context, `${userPath(who)}${q}`), headers: { ...shared/* GRAPH_JSON */.wu } })).body;
    },
});

;// CONCATENATED MODULE: ./src/commands/entra/user-add.ts




const user_add_options = {
    displayName: kit/* opt */.m7.string('Name to show in the address book.', { required: true }),
    userName: kit/* opt */.m7.string('User principal name (someuser@contoso.com).', { required: true }),
    accountEnabled: kit/* opt */.m7.boolean('Whether the account is enabled (default true).'),
    mailNickname: kit/* opt */.m7.string('Mail alias (default: the part of userName before the @).'),
    password: kit/* opt */.m7.string('Password; when not given, one is generated and goes to the masked output <id>-password only.'),
    firstName: kit/* opt */.m7.string('Given name (at most 64 characters).'),
    lastName: kit/* opt */.m7.string('Surname (at most 64 characters).'),
    forceChangePasswordNextSignIn: kit/* opt */.m7.boolean('Change the password at the next sign-in.'),
    forceChangePasswordNextSignInWithMfa: kit/* opt */.m7.boolean('Change the password at the next sign-in and set up MFA.'),
    usageLocation: kit/* opt */.m7.string('Two-letter country code (needed to assign licenses).'),
    officeLocation: kit/* opt */.m7.string('Office location.'),
    jobTitle: kit/* opt */.m7.string('Job title (at most 128 characters).'),
    companyName: kit/* opt */.m7.string('Company name (at most 64 characters).'),
    department: kit/* opt */.m7.string('Department (at most 64 characters).'),
    preferredLanguage: kit/* opt */.m7.string('Preferred language (ISO 639-1, e.g. en-US).'),
    managerUserId: kit/* opt */.m7.guid("Id of the user's manager."),
    managerUserName: kit/* opt */.m7.string("User principal name of the user's manager."),
};
const LIMITS = [['firstName', 64], ['lastName', 64], ['jobTitle', 128], ['companyName', 64], ['department', 64]];
function user_add_validate(o) {
    if ((0,shared/* invalidUserNames */.bR)('userName', o.userName) !== undefined)
        return `'${o.userName}' is not a valid userName.`;
    for (const [name, max] of LIMITS)
        if ((o[name]?.length ?? 0) > max)
            return `The maximum amount of characters for '${name}' is ${max}.`;
    if (o.usageLocation !== undefined && !/^[a-zA-Z]{2}$/.test(o.usageLocation))
        return `'${o.usageLocation}' is not a valid usageLocation.`;
    if (o.preferredLanguage !== undefined && o.preferredLanguage.length < 2)
        return `'${o.preferredLanguage}' is not a valid preferredLanguage.`;
    if (o.managerUserName !== undefined && (0,shared/* invalidUserNames */.bR)('managerUserName', o.managerUserName) !== undefined)
        return `'${o.managerUserName}' is not a valid user principal name.`;
    return undefined;
}
/**
 * `entra user add`: creates a user (other options become user properties, like the CLI) and sets the manager. The
 * result is the new user. The CLI adds the password to its output; here a generated password goes only to the masked
 * output `<id>-password`, and a given one is never echoed.
 */
const entraUserAdd = (0,kit/* command */.G5)({
    name: 'entra user add',
    description: 'Creates a new user',
    resource: 'graph',
    readOnly: false,
    permissions: { graph: ['User.ReadWrite.All', 'Directory.ReadWrite.All'] },
    options: user_add_options,
    rules: [kit/* rules */.aO.atMostOne('managerUserId', 'managerUserName')],
    allowUnknownOptions: true,
    validate: user_add_validate,
    async run(context, o, extra) {
        // Before the user exists: a generated password that no one could read would lock the account away.
        const secretOutput = o.password === undefined ? (0,shared/* assertSecretOutput */.ad)(context, 'generated password', 'password') : undefined;
        const password = o.password ?? generatePassword();
        const body = {
            accountEnabled: o.accountEnabled ?? true,
            displayName: o.displayName,
            userPrincipalName: o.userName,
            mailNickname: o.mailNickname ?? o.userName.split('@')[0],
            passwordProfile: { forceChangePasswordNextSignIn: o.forceChangePasswordNextSignIn ?? false, forceChangePasswordNextSignInWithMfa: o.forceChangePasswordNextSignInWithMfa ?? false, password },
            givenName: o.firstName,
            surname: o.lastName,
            usageLocation: o.usageLocation,
            officeLocation: o.officeLocation,
            jobTitle: o.jobTitle,
            companyName: o.companyName,
            department: o.department,
            preferredLanguage: o.preferredLanguage,
            ...extra,
        };
        const user = (await context.http.request({ method: 'POST', url: (0,shared/* graphUrl */.Ud)(context, 'users'), headers: { ...shared/* GRAPH_JSON */.wu }, body })).body;
        secretOutput?.('password', password);
        await setManager(context, user.id, o.managerUserId ?? o.managerUserName);
        return user;
    },
});
async function setManager(context, userId, manager) {
    if (manager === undefined)
        return;
    const url = (0,shared/* graphUrl */.Ud)(context, `users/${(0,kit/* segment */.mX)(userId)}/manager/$ref`);
    await context.http.request({ method: 'PUT', url, headers: { ...shared/* GRAPH_JSON */.wu }, body: { '@odata.id': (0,shared/* graphUrl */.Ud)(context, userPath(manager)) } });
}
const CHARSETS = ['0123456789', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz', '-_@%$#*&'];
/** 15 random characters with at least one digit, upper-case and lower-case letter and symbol (what Entra ID requires). */
function generatePassword() {
    const { randomInt } = (0,lazy_builtins/* nodeCrypto */.S)();
    const all = CHARSETS.join('');
    const chars = [...CHARSETS, ...Array(11).fill(all)].map((set) => set[randomInt(set.length)]);
    for (let i = chars.length - 1; i > 0; i--) {
        const j = randomInt(i + 1);
        [chars[i], chars[j]] = [chars[j], chars[i]];
    }
    return chars.join('');
}

;// CONCATENATED MODULE: ./src/commands/entra/user-list.ts


/**
 * `entra user list`: every user (all pages), optionally of one type; any other option filters on the property of that
 * name (`--displayName Patt` → display names starting with Patt), like the CLI.
 */
const entraUserList = (0,kit/* command */.G5)({
    name: 'entra user list',
    description: 'Lists users matching specified criteria',
    resource: 'graph',
    readOnly: true,
    permissions: { graph: ['User.Read.All', 'User.ReadWrite.All', 'Directory.Read.All'] },
    options: {
        type: kit/* opt */.m7.enum(['Member', 'Guest'], 'Only members or only guests.'),
        properties: kit/* opt */.m7.string('Comma-separated properties to retrieve (x/y expands x).', { short: 'p' }),
    },
    allowUnknownOptions: true,
    // The name of an extra option becomes a property name in the filter: only a plain name may.
    validate: (_options, filters) => {
        const bad = Object.keys(filters).find((name) => !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name));
        return bad === undefined ? undefined : `'--${bad}' cannot be a filter: a filter option is the name of a user property, like --displayName.`;
    },
    run(context, { type, properties }, filters) {
        const clauses = [...Object.entries(filters).map(([name, value]) => `startsWith(${name}, ${(0,kit/* literal */.eu)(value)})`), type === undefined ? '' : `userType eq ${(0,kit/* literal */.eu)(type)}`];
        const { $select, $expand } = (0,shared/* selectAndExpand */._3)((0,kit/* splitList */.ry)(properties));
        return context.http.getAll((0,shared/* graphUrl */.Ud)(context, `users${(0,kit/* query */.P)({ $select, $expand, $filter: clauses })}`), { ...shared/* GRAPH_JSON */.wu });
    },
});

;// CONCATENATED MODULE: ./src/commands/sections/entra-directory.ts















/** Groups, Microsoft 365 groups, users, administrative units and role definitions. */
const commands = [
    entraGroupList,
    entraGroupGet,
    entraGroupAdd,
    entraGroupMemberList,
    entraGroupMemberAdd,
    entraUserGet,
    entraUserList,
    entraUserAdd,
    entraM365GroupGet,
    entraM365GroupList,
    entraM365GroupAdd,
    entraM365GroupUserList,
    entraM365GroupUserAdd,
    entraAdministrativeUnitList,
    entraRoleDefinitionList,
];


/***/ })

};
