export const id = 833;
export const ids = [833];
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

/***/ 7833:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  commands: () => (/* binding */ commands)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/commands/kit/index.ts + 2 modules
var kit = __webpack_require__(9897);
// EXTERNAL MODULE: ./src/commands/entra/permissions.ts
var permissions = __webpack_require__(8969);
// EXTERNAL MODULE: ./src/commands/entra/shared.ts
var shared = __webpack_require__(5064);
;// CONCATENATED MODULE: ./src/commands/teams/shared.ts
/**
 * What the `teams` commands share: Graph URLs, the team id of a team name (Graph's `teams` list), the channel of a
 * channel name, Teams channel id checks, and the permissions of reading teams and channels.
 */




/** Reading teams (the `teams` list and one team), least privileged first; RSC permissions never reach an app's token. */
const READ_TEAMS = ['Team.ReadBasic.All', 'TeamSettings.Read.All', 'TeamSettings.ReadWrite.All'];
/** Reading channels, least privileged first. */
const READ_CHANNELS = ['Channel.ReadBasic.All', 'ChannelSettings.Read.All', 'ChannelSettings.ReadWrite.All', 'Group.Read.All', 'Group.ReadWrite.All', 'Directory.Read.All'];
const CHANNEL_ID = /^19:[0-9a-zA-Z-_]+@thread\.(skype|tacv2)$/i;
/** The CLI's message for a value that is not a Teams channel id (`19:…@thread.tacv2`). */
function invalidChannelId(value, message = `${value ?? ''} is not a valid Teams channel id`) {
    return value !== undefined && !CHANNEL_ID.test(value) ? message : undefined;
}
/** The id of the team with this display name, or the CLI's errors. */
async function teamIdByName(context, name) {
    const url = (0,shared/* graphUrl */.Ud)(context, `teams${(0,kit/* query */.P)({ $filter: `displayName eq ${(0,kit/* literal */.eu)(name)}`, $select: 'id' })}`);
    const teams = await context.http.getAll(url, { ...shared/* GRAPH_JSON */.wu });
    if (teams.length === 0)
        throw new errors/* ActionError */.lZ(`The specified team '${name}' does not exist.`);
    if (teams.length > 1)
        throw new errors/* ActionError */.lZ(`Multiple teams with name '${name}' found. Found: ${teams.map((t) => t.id).join(', ')}.`, { hint: 'Use the team id instead of its name.' });
    return teams[0].id;
}
/** The team's id: as given, or looked up by display name. */
function teamId(context, team) {
    return team.id !== undefined ? Promise.resolve(team.id) : teamIdByName(context, team.name ?? '');
}
/** The channel of the team with this display name (names are unique within a team). */
async function channelByName(context, team, name) {
    const url = (0,shared/* graphUrl */.Ud)(context, `teams/${(0,kit/* segment */.mX)(team)}/channels${(0,kit/* query */.P)({ $filter: `displayName eq ${(0,kit/* literal */.eu)(name)}` })}`);
    const channels = await context.http.getAll(url, { ...shared/* GRAPH_JSON */.wu });
    if (channels.length === 0)
        throw new errors/* ActionError */.lZ(`The channel '${name}' does not exist in the Microsoft Teams team with ID '${team}'.`);
    return channels[0];
}
/** One team with every property (settings included). */
async function getTeam(context, id) {
    return (await context.http.request({ url: (0,shared/* graphUrl */.Ud)(context, `teams/${(0,kit/* segment */.mX)(id)}`), headers: { ...shared/* GRAPH_JSON */.wu } })).body;
}

;// CONCATENATED MODULE: ./src/commands/teams/app-install.ts




/** Installing any catalog app (the `…Self…` permissions install only the calling app itself). */
const FOR_TEAM = ['TeamsAppInstallation.ReadWriteForTeam.All', 'Group.ReadWrite.All', 'Directory.ReadWrite.All'];
const FOR_USER = ['TeamsAppInstallation.ReadWriteForUser.All'];
function permissionsFor(o) {
    const lookups = [o.name !== undefined ? ['AppCatalog.Read.All', 'AppCatalog.ReadWrite.All', 'Directory.Read.All'] : [], o.userId !== undefined ? ['User.Read.All', 'Directory.Read.All'] : []];
    return { graph: (0,permissions/* allOf */.b)(o.teamId !== undefined ? FOR_TEAM : FOR_USER, ...lookups) };
}
/**
 * `teams app install`: installs an app of the Teams app catalog (by catalog id or name) in a team, or in a user's
 * personal scope. Prints nothing.
 */
const teamsAppInstall = (0,kit/* command */.G5)({
    name: 'teams app install',
    description: 'Installs a Microsoft Teams team app from the catalog in a Microsoft Teams team or for a user',
    resource: 'graph',
    readOnly: false,
    permissions: { graph: FOR_TEAM },
    permissionsWhen: permissionsFor,
    options: {
        id: kit/* opt */.m7.guid('Catalog id of the app (from teams app list, not the manifest id). Specify id or name.', { short: 'i' }),
        name: kit/* opt */.m7.string('Display name of the app.', { short: 'n' }),
        teamId: kit/* opt */.m7.guid('Id of the team to install the app in.'),
        userId: kit/* opt */.m7.guid('Id of the user to install a personal app for.'),
        userName: kit/* opt */.m7.string('User principal name of the user to install a personal app for.'),
    },
    rules: [kit/* rules */.aO.exactlyOne('id', 'name'), kit/* rules */.aO.exactlyOne('teamId', 'userId', 'userName')],
    async run(context, o) {
        // Graph takes an installation for an unknown user id without complaint: check that the user exists first.
        if (o.userId !== undefined)
            await assertUser(context, o.userId);
        const appId = o.id ?? (await catalogAppId(context, o.name ?? ''));
        const target = o.teamId !== undefined ? `teams/${(0,kit/* segment */.mX)(o.teamId)}` : `users/${(0,kit/* segment */.mX)(o.userId ?? o.userName ?? '')}/teamwork`;
        const body = { 'teamsApp@odata.bind': (0,shared/* graphUrl */.Ud)(context, `appCatalogs/teamsApps/${(0,kit/* segment */.mX)(appId)}`) };
        await context.http.request({ method: 'POST', url: (0,shared/* graphUrl */.Ud)(context, `${target}/installedApps`), headers: { ...shared/* GRAPH_JSON */.wu }, body });
        return undefined;
    },
});
async function assertUser(context, id) {
    try {
        await context.http.request({ url: (0,shared/* graphUrl */.Ud)(context, `users/${(0,kit/* segment */.mX)(id)}?$select=userPrincipalName`), headers: { ...shared/* GRAPH_JSON */.wu } });
    }
    catch (error) {
        if (!(0,kit/* isHttpStatus */.Bd)(error, 404))
            throw error;
        throw new errors/* ActionError */.lZ(`User with ID ${id} not found. Original error: ${error.message}`, { cause: error });
    }
}
async function catalogAppId(context, name) {
    const url = (0,shared/* graphUrl */.Ud)(context, `appCatalogs/teamsApps${(0,kit/* query */.P)({ $filter: `displayName eq ${(0,kit/* literal */.eu)(name)}` })}`);
    const apps = await context.http.getAll(url, { ...shared/* GRAPH_JSON */.wu });
    if (apps.length === 0)
        throw new errors/* ActionError */.lZ('The specified Teams app does not exist', { hint: "List the catalog with 'teams app list'." });
    if (apps.length > 1)
        throw new errors/* ActionError */.lZ(`Multiple Teams apps with name ${name} found. Found: ${apps.map((a) => a.id).join(', ')}.`, { hint: 'Use --id to pick one.' });
    return apps[0].id;
}

;// CONCATENATED MODULE: ./src/commands/teams/app-list.ts

/** `teams app list`: the apps of the Teams app catalog (all pages), optionally of one distribution method. */
const teamsAppList = (0,kit/* endpoint */.sR)({
    name: 'teams app list',
    description: 'Lists apps from the Microsoft Teams app catalog',
    resource: 'graph',
    permissions: { graph: ['AppCatalog.Read.All', 'AppCatalog.ReadWrite.All', 'Directory.Read.All'] },
    options: { distributionMethod: kit/* opt */.m7.enum(['store', 'organization', 'sideloaded'], 'Only apps of this distribution method.') },
    paged: true,
    url: ({ distributionMethod }, { cloud }) => `${cloud.graph}/v1.0/appCatalogs/teamsApps${(0,kit/* query */.P)({ $filter: distributionMethod === undefined ? undefined : `distributionMethod eq ${(0,kit/* literal */.eu)(distributionMethod)}` })}`,
});

;// CONCATENATED MODULE: ./src/commands/teams/channel-add.ts



const CREATE_CHANNELS = ['Channel.Create', 'Group.ReadWrite.All', 'Directory.ReadWrite.All'];
/**
 * `teams channel add`: adds a standard, private or shared channel to a team (a private or shared one with its owner,
 * by id or user principal name). The result is the new channel.
 */
const teamsChannelAdd = (0,kit/* command */.G5)({
    name: 'teams channel add',
    description: 'Adds a channel to the specified Microsoft Teams team',
    resource: 'graph',
    readOnly: false,
    permissions: { graph: CREATE_CHANNELS },
    permissionsWhen: ({ teamName }) => ({ graph: (0,permissions/* allOf */.b)(CREATE_CHANNELS, teamName !== undefined ? READ_TEAMS : []) }),
    options: {
        teamId: kit/* opt */.m7.guid('Id of the team. Specify teamId or teamName.', { short: 'i' }),
        teamName: kit/* opt */.m7.string('Display name of the team.'),
        name: kit/* opt */.m7.string('Name of the channel.', { short: 'n', required: true }),
        description: kit/* opt */.m7.string('Description of the channel.', { short: 'd' }),
        type: kit/* opt */.m7.enum(['standard', 'private', 'shared'], 'Type of the channel (default standard).'),
        owner: kit/* opt */.m7.string('Id or user principal name of the owner of a private or shared channel.'),
    },
    rules: [kit/* rules */.aO.exactlyOne('teamId', 'teamName')],
    validate: ({ type, owner }) => {
        if ((type === 'private' || type === 'shared') && owner === undefined)
            return `Specify owner when creating a ${type} channel.`;
        if (type !== 'private' && type !== 'shared' && owner !== undefined)
            return 'Specify owner only when creating a private or shared channel.';
        return undefined;
    },
    async run(context, o) {
        const team = await teamId(context, { id: o.teamId, name: o.teamName });
        const body = { membershipType: o.type ?? 'standard', displayName: o.name, description: o.description };
        if (o.owner !== undefined) {
            // An app creating a private or shared channel must name its one owner.
            body.members = [{ '@odata.type': '#microsoft.graph.aadUserConversationMember', 'user@odata.bind': (0,shared/* graphUrl */.Ud)(context, `users(${(0,kit/* literal */.eu)(o.owner)})`), roles: ['owner'] }];
        }
        return (await context.http.request({ method: 'POST', url: (0,shared/* graphUrl */.Ud)(context, `teams/${(0,kit/* segment */.mX)(team)}/channels`), headers: { ...shared/* GRAPH_JSON */.wu }, body })).body;
    },
});

;// CONCATENATED MODULE: ./src/commands/teams/channel-get.ts



/** `teams channel get`: a channel of a team, by id, name, or the primary (General) channel. */
const teamsChannelGet = (0,kit/* command */.G5)({
    name: 'teams channel get',
    description: 'Gets information about the specific Microsoft Teams team channel',
    resource: 'graph',
    readOnly: true,
    permissions: { graph: READ_CHANNELS },
    permissionsWhen: ({ teamName }) => ({ graph: (0,permissions/* allOf */.b)(READ_CHANNELS, teamName !== undefined ? READ_TEAMS : []) }),
    options: {
        teamId: kit/* opt */.m7.guid('Id of the team. Specify teamId or teamName.'),
        teamName: kit/* opt */.m7.string('Display name of the team.'),
        id: kit/* opt */.m7.string('Id of the channel (19:…@thread.tacv2). Specify id, name or primary.', { short: 'i' }),
        name: kit/* opt */.m7.string('Display name of the channel.'),
        primary: kit/* opt */.m7.boolean('The default channel (General) of the team.'),
    },
    rules: [kit/* rules */.aO.exactlyOne('teamId', 'teamName'), kit/* rules */.aO.exactlyOne('id', 'name', 'primary')],
    validate: (o) => invalidChannelId(o.id),
    async run(context, o) {
        const team = await teamId(context, { id: o.teamId, name: o.teamName });
        if (o.name !== undefined)
            return channelByName(context, team, o.name);
        const path = o.primary ? 'primaryChannel' : `channels/${(0,kit/* segment */.mX)(o.id ?? '')}`;
        return (await context.http.request({ url: (0,shared/* graphUrl */.Ud)(context, `teams/${(0,kit/* segment */.mX)(team)}/${path}`), headers: { ...shared/* GRAPH_JSON */.wu } })).body;
    },
});

;// CONCATENATED MODULE: ./src/commands/teams/channel-list.ts



/** `teams channel list`: the channels of a team (all pages), optionally of one membership type. */
const teamsChannelList = (0,kit/* command */.G5)({
    name: 'teams channel list',
    description: 'Lists channels in the specified Microsoft Teams team',
    resource: 'graph',
    readOnly: true,
    permissions: { graph: READ_CHANNELS },
    permissionsWhen: ({ teamName }) => ({ graph: (0,permissions/* allOf */.b)(READ_CHANNELS, teamName !== undefined ? READ_TEAMS : []) }),
    options: {
        teamId: kit/* opt */.m7.guid('Id of the team. Specify teamId or teamName.', { short: 'i' }),
        teamName: kit/* opt */.m7.string('Display name of the team.'),
        type: kit/* opt */.m7.enum(['standard', 'private', 'shared'], 'Only channels of this type.'),
    },
    rules: [kit/* rules */.aO.exactlyOne('teamId', 'teamName')],
    async run(context, o) {
        const team = await teamId(context, { id: o.teamId, name: o.teamName });
        const filter = o.type === undefined ? undefined : `membershipType eq ${(0,kit/* literal */.eu)(o.type)}`;
        return context.http.getAll((0,shared/* graphUrl */.Ud)(context, `teams/${(0,kit/* segment */.mX)(team)}/channels${(0,kit/* query */.P)({ $filter: filter })}`), { ...shared/* GRAPH_JSON */.wu });
    },
});

;// CONCATENATED MODULE: ./src/commands/teams/tab-list.ts


/** `teams tab list`: the tabs of a channel, each with its Teams app (Conversations and Files are not tabs). */
const teamsTabList = (0,kit/* endpoint */.sR)({
    name: 'teams tab list',
    description: 'Lists tabs in the specified Microsoft Teams channel',
    resource: 'graph',
    permissions: { graph: ['TeamsTab.Read.All', 'TeamsTab.ReadWrite.All', 'Group.Read.All', 'Directory.Read.All'] },
    options: {
        teamId: kit/* opt */.m7.guid('Id of the team.', { short: 'i', required: true }),
        channelId: kit/* opt */.m7.string('Id of the channel (19:…@thread.tacv2).', { short: 'c', required: true }),
    },
    validate: ({ channelId }) => invalidChannelId(channelId, `${channelId} is not a valid Teams ChannelId`),
    paged: true,
    url: ({ teamId, channelId }, { cloud }) => `${cloud.graph}/v1.0/teams/${(0,kit/* segment */.mX)(teamId)}/channels/${(0,kit/* segment */.mX)(channelId)}/tabs?$expand=teamsApp`,
});

;// CONCATENATED MODULE: ./src/commands/teams/team-get.ts


/** `teams team get`: one team with its settings, by id or display name. */
const teamsTeamGet = (0,kit/* command */.G5)({
    name: 'teams team get',
    description: 'Retrieve information about the specified Microsoft Team',
    resource: 'graph',
    readOnly: true,
    permissions: { graph: READ_TEAMS },
    options: {
        id: kit/* opt */.m7.guid('Id of the team. Specify id or name.', { short: 'i' }),
        name: kit/* opt */.m7.string('Display name of the team.', { short: 'n' }),
    },
    rules: [kit/* rules */.aO.exactlyOne('id', 'name')],
    async run(context, team) {
        return getTeam(context, await teamId(context, team));
    },
});

;// CONCATENATED MODULE: ./src/commands/teams/team-list.ts




/** One request per team: a few at a time. */
const CONCURRENCY = 4;
/**
 * `teams team list`: every team of the tenant, or the teams a given user is in (`--joined`) or associated with
 * (`--associated`), each with its settings, sorted by name. Without `--userId`/`--userName` the CLI lists the
 * signed-in user's teams; an app has no such user, so that form is refused at planning.
 */
const teamsTeamList = (0,kit/* command */.G5)({
    name: 'teams team list',
    description: 'Lists Microsoft Teams in the current tenant',
    resource: 'graph',
    readOnly: true,
    permissions: { graph: READ_TEAMS },
    options: {
        joined: kit/* opt */.m7.boolean("Only the teams the user (--userId or --userName) is a direct member of.", { short: 'j' }),
        associated: kit/* opt */.m7.boolean('Only the teams the user is associated with (direct membership and shared channels).', { short: 'a' }),
        userId: kit/* opt */.m7.guid('Id of the user whose teams to list (with --joined or --associated).'),
        userName: kit/* opt */.m7.string('User principal name of the user whose teams to list (with --joined or --associated).'),
    },
    rules: [kit/* rules */.aO.atMostOne('joined', 'associated'), kit/* rules */.aO.atMostOne('userId', 'userName')],
    validate: problemOf,
    async run(context, o) {
        // Planning checks this too, unless a value comes from an earlier command's result.
        const problem = problemOf(o);
        if (problem !== undefined)
            throw new errors/* ActionError */.lZ(problem);
        const user = o.userId ?? o.userName;
        const path = user === undefined ? 'teams' : `users/${(0,kit/* segment */.mX)(user)}/${o.associated ? 'teamwork/associatedTeams' : 'joinedTeams'}`;
        const ids = (await context.http.getAll((0,shared/* graphUrl */.Ud)(context, `${path}${(0,kit/* query */.P)({ $select: 'id' })}`), { ...shared/* GRAPH_JSON */.wu })).map((t) => t.id);
        const teams = [];
        for (let i = 0; i < ids.length; i += CONCURRENCY)
            teams.push(...(await Promise.all(ids.slice(i, i + CONCURRENCY).map((id) => getTeam(context, id)))));
        return teams.sort((a, b) => String(a.displayName ?? '').localeCompare(String(b.displayName ?? '')));
    },
});
function problemOf(o) {
    if (o.userName !== undefined && (0,shared/* invalidUserNames */.bR)('userName', o.userName) !== undefined)
        return `${o.userName} is not a valid UPN for userName.`;
    const user = o.userId !== undefined || o.userName !== undefined;
    const scoped = (o.joined ?? false) || (o.associated ?? false);
    if (user && !scoped)
        return 'You must specify either joined or associated when specifying userId or userName.';
    if (scoped && !user) {
        return `--${o.joined ? 'joined' : 'associated'} without a user lists the signed-in user's teams, and an app signs in as no user. Add --userId or --userName to list that user's teams.`;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/commands/sections/teams.ts








/** Teams, channels, tabs and apps. */
const commands = [
    teamsTeamGet,
    teamsTeamList,
    teamsChannelGet,
    teamsChannelList,
    teamsChannelAdd,
    teamsTabList,
    teamsAppList,
    teamsAppInstall,
];


/***/ })

};
