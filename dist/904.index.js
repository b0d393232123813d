export const id = 904;
export const ids = [904];
export const modules = {

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

/***/ 9904:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  commands: () => (/* binding */ commands)
});

// EXTERNAL MODULE: ./src/commands/kit/index.ts + 2 modules
var kit = __webpack_require__(9897);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/commands/entra/shared.ts
var shared = __webpack_require__(5064);
;// CONCATENATED MODULE: ./src/commands/entra/api-permissions.ts
/**
 * API permissions of app registrations, shared by `entra app add` and `entra app permission add`: resolving names
 * such as `https://graph.microsoft.com/Group.Read.All` to the ids an app registration stores
 * (`requiredResourceAccess`), merging them into what the app already asks for, and granting admin consent
 * (application permissions as app role assignments, delegated ones as one tenant-wide grant per API).
 */



const PRINCIPAL_FIELDS = ['appId', 'appRoles', 'id', 'oauth2PermissionScopes', 'servicePrincipalNames', 'displayName'];
/** The service principal whose names include `name` (or `name/`), asked once per run. */
async function principalNamed(context, name) {
    const find = async (candidate) => {
        const url = (0,shared/* graphUrl */.Ud)(context, `servicePrincipals${(0,kit/* query */.P)({ $filter: `servicePrincipalNames/any(c:c eq ${(0,kit/* literal */.eu)(candidate)})`, $select: PRINCIPAL_FIELDS })}`);
        return (await context.http.getAll(url, { ...shared/* GRAPH_JSON */.wu }))[0];
    };
    const principal = await context.once(`servicePrincipal:${name.toLowerCase()}`, async () => (await find(name)) ?? (await find(`${name}/`)));
    if (!principal)
        throw new errors/* ActionError */.lZ(`Service principal ${name} not found`, { hint: 'Name the API by its identifier URI, e.g. https://graph.microsoft.com/User.Read.All.' });
    return principal;
}
/** The service principal of an API by its appId (for listing what an app asks for), or undefined. */
async function principalOfApp(context, appId, fields = PRINCIPAL_FIELDS) {
    const url = (0,shared/* graphUrl */.Ud)(context, `servicePrincipals${(0,kit/* query */.P)({ $filter: `appId eq ${(0,kit/* literal */.eu)(appId)}`, $select: fields })}`);
    return (await context.http.getAll(url, { ...shared/* GRAPH_JSON */.wu }))[0];
}
/**
 * Resolves fully qualified permission names (`<API identifier>/<permission>`) of one type, adding them to `required`
 * (grouped per API) and to `consent` (what admin consent would grant).
 */
async function resolvePermissions(context, names, type, required, consent) {
    for (const qualified of names) {
        const slash = qualified.lastIndexOf('/');
        const [api, value] = [qualified.slice(0, slash), qualified.slice(slash + 1)];
        if (slash <= 0 || value === '')
            throw new errors/* ActionError */.lZ(`'${qualified}' is not a fully qualified permission; write it as <API>/<permission>, e.g. https://graph.microsoft.com/User.Read.All.`);
        const principal = await principalNamed(context, api);
        const exposed = (type === 'Scope' ? principal.oauth2PermissionScopes : principal.appRoles) ?? [];
        const permission = exposed.find((p) => p.value === value);
        if (!permission)
            throw new errors/* ActionError */.lZ(`Permission ${value} for service principal ${api} not found`);
        addAccess(required, principal.appId, { id: permission.id, type });
        addConsent(consent, principal.id, type, permission);
    }
}
function addAccess(required, resourceAppId, access) {
    let entry = required.find((r) => r.resourceAppId === resourceAppId);
    if (!entry) {
        entry = { resourceAppId, resourceAccess: [] };
        required.push(entry);
    }
    if (!entry.resourceAccess.some((a) => a.id === access.id))
        entry.resourceAccess.push(access);
}
function addConsent(consent, resourceId, type, permission) {
    let entry = consent.find((c) => c.resourceId === resourceId);
    if (!entry) {
        entry = { resourceId, scopes: [], roleIds: [] };
        consent.push(entry);
    }
    const list = type === 'Scope' ? entry.scopes : entry.roleIds;
    const value = type === 'Scope' ? permission.value : permission.id;
    if (!list.includes(value))
        list.push(value);
}
/** `resolved` merged into `existing`: a permission the app already asks for is not added twice. */
function mergeRequiredAccess(existing, resolved) {
    const merged = existing.map((r) => ({ resourceAppId: r.resourceAppId, resourceAccess: [...r.resourceAccess] }));
    for (const entry of resolved)
        for (const access of entry.resourceAccess)
            addAccess(merged, entry.resourceAppId, access);
    return merged;
}
/** The app's service principal: the existing one, or a new one (admin consent is granted to a service principal). */
async function ensurePrincipal(context, appId) {
    const existing = await principalOfApp(context, appId, ['id']);
    if (existing)
        return existing.id;
    const created = await context.http.request({ method: 'POST', url: (0,shared/* graphUrl */.Ud)(context, 'servicePrincipals'), headers: { ...shared/* GRAPH_JSON */.wu }, body: { appId } });
    return created.body.id;
}
/** Grants admin consent for the resolved permissions to the app's service principal. */
async function grantAdminConsent(context, principalId, consent) {
    for (const { resourceId, scopes, roleIds } of consent) {
        if (scopes.length > 0) {
            const body = { clientId: principalId, consentType: 'AllPrincipals', principalId: null, resourceId, scope: scopes.join(' ') };
            await context.http.request({ method: 'POST', url: (0,shared/* graphUrl */.Ud)(context, 'oauth2PermissionGrants'), headers: { ...shared/* GRAPH_JSON */.wu }, body });
        }
        for (const appRoleId of roleIds) {
            const url = (0,shared/* graphUrl */.Ud)(context, `servicePrincipals/${(0,kit/* segment */.mX)(principalId)}/appRoleAssignments`);
            await context.http.request({ method: 'POST', url, headers: { ...shared/* GRAPH_JSON */.wu }, body: { appRoleId, principalId, resourceId } });
        }
    }
}
/** Application permissions needed to grant admin consent, beside writing the app (least privileged first). */
const CONSENT_PERMISSIONS = ['AppRoleAssignment.ReadWrite.All', 'DelegatedPermissionGrant.ReadWrite.All'];

;// CONCATENATED MODULE: ./src/commands/entra/app-manifest.ts
/**
 * `entra app add --manifest`: the app manifest the Entra admin center shows (the older, Azure AD Graph shaped one)
 * translated to a Microsoft Graph `application` update, as the CLI does. Pure functions over the parsed JSON.
 */
/** Manifest properties Graph has no equivalent for (the CLI drops them too). */
const UNSUPPORTED = ['accessTokenAcceptedVersion', 'disabledByMicrosoftStatus', 'errorUrl', 'oauth2RequirePostResponse', 'oauth2AllowUrlPathMatching', 'orgRestrictions', 'samlMetadataUrl'];
/** Properties of the app the manifest came from, which a new app cannot take. */
const IDENTITY = ['id', 'appId', 'publisherDomain'];
function record(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? { ...value } : {};
}
function records(value) {
    return Array.isArray(value) ? value.map(record) : [];
}
function without(value, names) {
    return Object.fromEntries(Object.entries(value).filter(([k]) => !names.includes(k)));
}
/** The manifest's display name (`name`), if any. */
function manifestName(manifest) {
    return typeof manifest.name === 'string' && manifest.name.trim() !== '' ? manifest.name : undefined;
}
function manifestSecrets(manifest, now = new Date()) {
    return records(manifest.passwordCredentials).map((c) => {
        const lifetime = Date.parse(String(c.endDate ?? c.endDateTime)) - Date.parse(String(c.startDate ?? c.startDateTime));
        const end = new Date(now.getTime() + (Number.isFinite(lifetime) && lifetime > 0 ? lifetime : 365 * 86_400_000));
        return { displayName: typeof c.displayName === 'string' ? c.displayName : 'Default', endDateTime: end.toISOString() };
    });
}
/** The pre-authorized applications of the manifest in Graph's shape (set in a second update, as Graph requires). */
function manifestPreAuthorized(manifest) {
    return records(manifest.preAuthorizedApplications).map(({ permissionIds, ...rest }) => ({ ...rest, delegatedPermissionIds: permissionIds }));
}
/** Applies the options that override the manifest (the CLI's rules), before translation. */
function overridden(manifest, overrides) {
    const result = without(manifest, [...IDENTITY, 'passwordCredentials']);
    if (overrides.requiredResourceAccess !== undefined)
        result.requiredResourceAccess = overrides.requiredResourceAccess;
    if (overrides.redirectUris)
        result.replyUrlsWithType = overrides.redirectUris.uris.map((url) => ({ url, type: overrides.redirectUris?.type }));
    if (overrides.multitenant)
        result.signInAudience = 'AzureADMultipleOrgs';
    if (overrides.implicitFlow) {
        delete result.oauth2AllowIdTokenImplicitFlow;
        delete result.oauth2AllowImplicitFlow;
    }
    if (overrides.scopeName)
        delete result.oauth2Permissions;
    if (overrides.certificate)
        delete result.keyCredentials;
    return result;
}
/** The Graph `application` update of a manifest (without its secrets and pre-authorized applications). */
function graphUpdateOf(manifest, overrides) {
    const m = overridden(manifest, overrides);
    const info = record(m.informationalUrls);
    const uris = (value) => (Array.isArray(value) ? value.map(String) : []);
    const webRedirectUris = uris(record(m.web).redirectUris);
    const spaRedirectUris = uris(record(m.spa).redirectUris);
    for (const reply of records(m.replyUrlsWithType)) {
        if (reply.type === 'Web')
            webRedirectUris.push(String(reply.url));
        if (reply.type === 'Spa')
            spaRedirectUris.push(String(reply.url));
    }
    const web = {
        ...record(m.web),
        redirectUris: webRedirectUris,
        logoutUrl: m.logoutUrl,
        homePageUrl: m.signInUrl,
        implicitGrantSettings: { enableAccessTokenIssuance: m.oauth2AllowImplicitFlow, enableIdTokenIssuance: m.oauth2AllowIdTokenImplicitFlow },
    };
    const spa = { ...record(m.spa), redirectUris: spaRedirectUris };
    const scopes = m.oauth2Permissions === undefined ? undefined : records(m.oauth2Permissions).map((s) => without(s, ['lang', 'origin']));
    const update = {
        ...without(m, [
            ...UNSUPPORTED, 'acceptMappedClaims', 'allowPublicClient', 'informationalUrls', 'knownClientApplications', 'logoUrl', 'logoutUrl', 'name',
            'oauth2AllowImplicitFlow', 'oauth2AllowIdTokenImplicitFlow', 'oauth2Permissions', 'oauth2RequiredPostResponse', 'preAuthorizedApplications',
            'replyUrlsWithType', 'signInUrl', 'web', 'spa',
        ]),
        api: { ...record(m.api), acceptMappedClaims: m.acceptMappedClaims, knownClientApplications: m.knownClientApplications, oauth2PermissionScopes: scopes },
        info: { ...record(m.info), termsOfServiceUrl: info.termsOfService, supportUrl: info.support, privacyStatementUrl: info.privacy, marketingUrl: info.marketing, logoUrl: m.logoUrl },
        isFallbackPublicClient: m.allowPublicClient,
        displayName: m.name,
        web,
        spa,
    };
    if (Array.isArray(m.appRoles))
        update.appRoles = records(m.appRoles).map((r) => without(r, ['lang']));
    return update;
}

;// CONCATENATED MODULE: ./src/commands/entra/app-add.ts




const PLATFORMS = ['spa', 'web', 'publicClient', 'apple', 'android'];
const WRITE = ['Application.ReadWrite.OwnedBy', 'Application.ReadWrite.All'];
const options = {
    name: kit/* opt */.m7.string('Name of the app. Specify either name or manifest.', { short: 'n' }),
    multitenant: kit/* opt */.m7.boolean('Make the app available to other tenants.'),
    redirectUris: kit/* opt */.m7.string('Comma-separated redirect URIs (needs --platform).', { short: 'r' }),
    platform: kit/* opt */.m7.enum(PLATFORMS, 'Platform of the redirect URIs.', { short: 'p' }),
    implicitFlow: kit/* opt */.m7.boolean('The authorization endpoint returns ID and access tokens.'),
    withSecret: kit/* opt */.m7.boolean('Create a client secret named Default, valid for a year: it goes to the masked output <id>-secret only.', { short: 's' }),
    apisDelegated: kit/* opt */.m7.string('Comma-separated delegated permissions, e.g. https://graph.microsoft.com/User.Read.'),
    apisApplication: kit/* opt */.m7.string('Comma-separated application permissions, e.g. https://graph.microsoft.com/Group.Read.All.'),
    uri: kit/* opt */.m7.string('Application ID URI (_appId_ is replaced with the new appId).', { short: 'u' }),
    scopeName: kit/* opt */.m7.string('Name of the scope to add (needs --uri).'),
    scopeConsentBy: kit/* opt */.m7.enum(['admins', 'adminsAndUsers'], 'Who can consent to the scope. Default admins.'),
    scopeAdminConsentDisplayName: kit/* opt */.m7.string('Scope admin consent display name.'),
    scopeAdminConsentDescription: kit/* opt */.m7.string('Scope admin consent description.'),
    certificateFile: kit/* opt */.m7.file('Path to a file with the certificate (public key).'),
    certificateBase64Encoded: kit/* opt */.m7.string('Base64 of the certificate (public key).'),
    certificateDisplayName: kit/* opt */.m7.string('Display name of the certificate.'),
    grantAdminConsent: kit/* opt */.m7.boolean('Grant admin consent for the permissions (creates the enterprise application).'),
    manifest: kit/* opt */.m7.json('App manifest (as the Entra admin center shows it) to create the app from. Specify either name or manifest.'),
    bundleId: kit/* opt */.m7.string('Bundle id of the apple or android platform.'),
    signatureHash: kit/* opt */.m7.string('Signature hash of the android platform.'),
    save: kit/* opt */.m7.boolean('Record the app (appId and name) in .m365rc.json in the working directory.'),
    allowPublicClientFlows: kit/* opt */.m7.boolean('Enable public client flows.'),
};
/** The CLI's checks across options, in its words. */
function validate(o) {
    const manifest = o.manifest === undefined ? undefined : asManifest(o.manifest);
    if (o.manifest !== undefined && manifest === undefined)
        return 'The manifest must be a JSON object.';
    if (manifest && o.name === undefined && manifestName(manifest) === undefined)
        return "Specify the name of the app to create either through the 'name' option or the 'name' property in the manifest";
    if (o.redirectUris !== undefined && o.platform === undefined)
        return 'When you specify redirectUris you also need to specify platform';
    if (o.platform !== undefined && ['spa', 'web', 'publicClient'].includes(o.platform) && o.redirectUris === undefined)
        return "When you use platform spa, web or publicClient, you'll need to specify redirectUris";
    if (o.certificateDisplayName !== undefined && o.certificateFile === undefined && o.certificateBase64Encoded === undefined)
        return 'When you specify certificateDisplayName you also need to specify certificateFile or certificateBase64Encoded';
    if (o.scopeName !== undefined) {
        for (const needed of ['uri', 'scopeAdminConsentDescription', 'scopeAdminConsentDisplayName'])
            if (o[needed] === undefined)
                return `When you specify scopeName you also need to specify ${needed}`;
    }
    if (o.platform === 'apple' && o.bundleId === undefined)
        return "When you use platform apple, you'll need to specify bundleId";
    if (o.platform === 'android' && (o.bundleId === undefined || o.signatureHash === undefined))
        return "When you use platform android, you'll need to specify bundleId and signatureHash";
    return undefined;
}
function asManifest(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? { ...value } : undefined;
}
/**
 * `entra app add`: creates an app registration (redirect URIs, permissions and admin consent, certificate, Application
 * ID URI and scope, from options or a manifest). The result is `{ appId, objectId, tenantId }`; with `--withSecret`
 * the secret goes only to the masked output `<id>-secret` and `secrets` names that output instead of the value.
 */
const entraAppAdd = (0,kit/* command */.G5)({
    name: 'entra app add',
    aliases: ['entra appregistration add'],
    description: 'Creates new Entra app registration',
    resource: 'graph',
    readOnly: false,
    permissions: { graph: WRITE },
    permissionsWhen: ({ grantAdminConsent }) => ({ graph: grantAdminConsent ? WRITE.map((w) => [w, ...CONSENT_PERMISSIONS]) : WRITE }),
    options,
    rules: [kit/* rules */.aO.exactlyOne('name', 'manifest'), kit/* rules */.aO.atMostOne('certificateFile', 'certificateBase64Encoded')],
    allowUnknownOptions: true,
    validate,
    async run(context, o, extra) {
        const manifest = o.manifest === undefined ? undefined : asManifest(o.manifest);
        // Before anything is created: a secret no one could read must not exist.
        const secretOutput = o.withSecret || (manifest && manifestSecrets(manifest).length > 0) ? (0,shared/* assertSecretOutput */.ad)(context, 'client secret', 'secret') : undefined;
        const secrets = [];
        const hand = (displayName, value) => {
            const give = secretOutput ?? (0,shared/* assertSecretOutput */.ad)(context, 'client secret', 'secret');
            const output = give(secrets.length === 0 ? 'secret' : `secret-${secrets.length + 1}`, value);
            secrets.push({ displayName, output });
            return { displayName, output };
        };
        const consent = [];
        const apis = await requestedApis(context, o, manifest, consent);
        const app = await createApp(context, o, apis, extra, manifest);
        if (manifest)
            await applyManifest(context, app.id, manifest, o, apis, hand);
        if (o.grantAdminConsent && consent.length > 0)
            await grantAdminConsent(context, await ensurePrincipal(context, app.appId), consent);
        if (o.uri !== undefined)
            await configureUri(context, app, o);
        if (o.withSecret && secrets.length === 0)
            await addSecret(context, app.id, 'Default', hand);
        if (o.save)
            await (0,shared/* saveAppInfo */.vy)(context, { appId: app.appId, name: o.name ?? (manifest && manifestName(manifest)) ?? '' });
        const result = { appId: app.appId, objectId: app.id, tenantId: context.session.tenant };
        if (secrets.length > 0)
            result.secrets = secrets;
        return result;
    },
});
/** The permissions the app asks for: from the options (resolved by name), else as the manifest lists them. */
async function requestedApis(context, o, manifest, consent) {
    const required = [];
    if (o.apisDelegated !== undefined || o.apisApplication !== undefined) {
        await resolvePermissions(context, (0,kit/* splitList */.ry)(o.apisDelegated), 'Scope', required, consent);
        await resolvePermissions(context, (0,kit/* splitList */.ry)(o.apisApplication), 'Role', required, consent);
    }
    else if (manifest && Array.isArray(manifest.requiredResourceAccess)) {
        required.push(...manifest.requiredResourceAccess.filter(isRequiredAccess));
    }
    return required;
}
function isRequiredAccess(value) {
    return value !== null && typeof value === 'object' && 'resourceAppId' in value && typeof value.resourceAppId === 'string' && 'resourceAccess' in value && Array.isArray(value.resourceAccess);
}
/** The redirect URIs of the mobile platforms, which the CLI derives from the bundle id. */
function mobileRedirects(o) {
    if (o.platform === 'android')
        return [`msauth://${o.bundleId ?? ''}/${encodeURIComponent(o.signatureHash ?? '')}`];
    if (o.platform === 'apple')
        return [`msauth://code/msauth.${o.bundleId ?? ''}%3A%2F%2Fauth`, `msauth.${o.bundleId ?? ''}://auth`];
    return [];
}
async function createApp(context, o, apis, extra, manifest) {
    const body = { ...extra, displayName: o.name ?? (manifest && manifestName(manifest)), signInAudience: o.multitenant ? 'AzureADMultipleOrgs' : 'AzureADMyOrg' };
    if (apis.length > 0)
        body.requiredResourceAccess = apis;
    if (o.redirectUris !== undefined && o.platform !== undefined)
        body[o.platform] = { redirectUris: (0,kit/* splitList */.ry)(o.redirectUris) };
    if (o.platform === 'android' || o.platform === 'apple')
        body.publicClient = { redirectUris: mobileRedirects(o) };
    if (o.implicitFlow)
        body.web = { ...(body.web ?? {}), implicitGrantSettings: { enableAccessTokenIssuance: true, enableIdTokenIssuance: true } };
    const certificate = await certificateOf(context, o);
    if (certificate !== undefined)
        body.keyCredentials = [{ type: 'AsymmetricX509Cert', usage: 'Verify', displayName: o.certificateDisplayName, key: certificate }];
    if (o.allowPublicClientFlows)
        body.isFallbackPublicClient = true;
    const created = await context.http.request({ method: 'POST', url: (0,shared/* graphUrl */.Ud)(context, 'applications'), headers: { ...shared/* GRAPH_JSON */.wu }, body });
    return created.body;
}
/** Base64 of the certificate file, or the base64 given. */
async function certificateOf(context, o) {
    if (o.certificateBase64Encoded !== undefined)
        return o.certificateBase64Encoded;
    if (o.certificateFile === undefined)
        return undefined;
    return (await context.files.readFile(o.certificateFile, 1_000_000)).toString('base64');
}
const PLATFORM_TYPES = { spa: 'Spa', web: 'Web', publicClient: 'InstalledClient', apple: 'Apple', android: 'Android' };
/** Updates the new app from the manifest; recreates the manifest's client secrets, each handed to its output. */
async function applyManifest(context, id, manifest, o, apis, hand) {
    const url = (0,shared/* graphUrl */.Ud)(context, `applications/${(0,kit/* segment */.mX)(id)}`);
    const update = graphUpdateOf(manifest, {
        requiredResourceAccess: o.apisApplication !== undefined || o.apisDelegated !== undefined ? apis : undefined,
        redirectUris: o.redirectUris !== undefined && o.platform !== undefined ? { uris: (0,kit/* splitList */.ry)(o.redirectUris), type: PLATFORM_TYPES[o.platform] } : undefined,
        multitenant: o.multitenant,
        implicitFlow: o.implicitFlow,
        scopeName: o.scopeName !== undefined,
        certificate: o.certificateFile !== undefined || o.certificateBase64Encoded !== undefined,
    });
    await context.http.request({ method: 'PATCH', url, headers: { ...shared/* GRAPH_JSON */.wu }, body: update });
    const preAuthorized = manifestPreAuthorized(manifest);
    if (preAuthorized.length > 0)
        await context.http.request({ method: 'PATCH', url, headers: { ...shared/* GRAPH_JSON */.wu }, body: { api: { preAuthorizedApplications: preAuthorized } } });
    for (const secret of manifestSecrets(manifest))
        await addSecret(context, id, secret.displayName, hand, secret.endDateTime);
}
/** The Application ID URI (`_appId_` replaced) and the optional scope, in one update. */
async function configureUri(context, app, o) {
    const body = { identifierUris: [(o.uri ?? '').replace(/_appId_/g, app.appId)] };
    if (o.scopeName !== undefined) {
        const scope = {
            adminConsentDescription: o.scopeAdminConsentDescription,
            adminConsentDisplayName: o.scopeAdminConsentDisplayName,
            id: crypto.randomUUID(),
            type: o.scopeConsentBy === 'adminsAndUsers' ? 'User' : 'Admin',
            value: o.scopeName,
        };
        body.api = { oauth2PermissionScopes: [scope] };
    }
    await context.http.request({ method: 'PATCH', url: (0,shared/* graphUrl */.Ud)(context, `applications/${(0,kit/* segment */.mX)(app.id)}`), headers: { ...shared/* GRAPH_JSON */.wu }, body });
}
/**
 * A new client secret (default: valid for a year). Graph returns its text only in this response: it goes straight to
 * its masked output and nowhere else.
 */
async function addSecret(context, id, displayName, hand, endDateTime) {
    const end = endDateTime ?? new Date(Date.now() + 365 * 86_400_000).toISOString();
    const url = (0,shared/* graphUrl */.Ud)(context, `applications/${(0,kit/* segment */.mX)(id)}/addPassword`);
    const response = await context.http.request({ method: 'POST', url, headers: { ...shared/* GRAPH_JSON */.wu }, body: { passwordCredential: { displayName, endDateTime: end } } });
    hand(displayName, response.body.secretText);
}

;// CONCATENATED MODULE: ./src/commands/entra/app-get.ts


/** `entra app get`: one app registration (Graph `application`), by appId, object ID or display name. */
const entraAppGet = (0,kit/* command */.G5)({
    name: 'entra app get',
    aliases: ['aad app get', 'entra appregistration get'],
    description: 'Gets an Entra app registration',
    resource: 'graph',
    readOnly: true,
    permissions: { graph: ['Application.Read.All', 'Application.ReadWrite.OwnedBy', 'Application.ReadWrite.All'] },
    options: {
        appId: kit/* opt */.m7.guid('Application (client) ID. Specify appId, objectId or name.'),
        objectId: kit/* opt */.m7.guid('Object ID of the application.'),
        name: kit/* opt */.m7.string('Display name of the application.'),
        save: kit/* opt */.m7.boolean('Record the app (appId and name) in .m365rc.json in the working directory.'),
        properties: kit/* opt */.m7.string('Comma-separated properties to retrieve.', { short: 'p' }),
    },
    rules: [kit/* rules */.aO.exactlyOne('appId', 'objectId', 'name')],
    // --save writes a file in the working directory: the run must not treat the command as a pure read.
    readOnlyWhen: ({ save }) => save !== true,
    async run(context, options) {
        const properties = options.properties === undefined ? undefined : (0,kit/* splitList */.ry)(options.properties);
        const app = await (0,shared/* getApp */.Sx)(context, options, properties);
        if (options.save && app.appId !== undefined)
            await (0,shared/* saveAppInfo */.vy)(context, { appId: app.appId, name: app.displayName ?? '' });
        return app;
    },
});

;// CONCATENATED MODULE: ./src/commands/entra/app-list.ts

/** `entra app list`: every app registration (all pages), optionally only some properties. */
const entraAppList = (0,kit/* endpoint */.sR)({
    name: 'entra app list',
    aliases: ['entra appregistration list'],
    description: 'Retrieves a list of Entra app registrations',
    resource: 'graph',
    permissions: { graph: ['Application.Read.All', 'Application.ReadWrite.OwnedBy', 'Application.ReadWrite.All', 'Directory.Read.All'] },
    options: { properties: kit/* opt */.m7.string('Comma-separated properties to retrieve.', { short: 'p' }) },
    paged: true,
    url: ({ properties }, { cloud }) => `${cloud.graph}/v1.0/applications${(0,kit/* query */.P)({ $select: (0,kit/* splitList */.ry)(properties).filter((p) => !p.includes('/')) })}`,
});

;// CONCATENATED MODULE: ./src/commands/entra/app-permission-add.ts



const app_permission_add_WRITE = ['Application.ReadWrite.OwnedBy', 'Application.ReadWrite.All'];
/** Space-separated, as the CLI takes them. */
function words(value) {
    return (value ?? '').split(' ').map((w) => w.trim()).filter((w) => w !== '');
}
/**
 * `entra app permission add`: adds fully qualified application and/or delegated permissions
 * (`https://graph.microsoft.com/Sites.Read.All`) to an app registration, optionally granting admin consent.
 * Prints nothing.
 */
const entraAppPermissionAdd = (0,kit/* command */.G5)({
    name: 'entra app permission add',
    aliases: ['entra appregistration permission add'],
    description: 'Adds the specified application and/or delegated permissions to a specified Entra app registration',
    resource: 'graph',
    readOnly: false,
    permissions: { graph: app_permission_add_WRITE },
    permissionsWhen: ({ grantAdminConsent }) => ({ graph: grantAdminConsent ? app_permission_add_WRITE.map((w) => [w, ...CONSENT_PERMISSIONS]) : app_permission_add_WRITE }),
    options: {
        appId: kit/* opt */.m7.guid('Application (client) ID. Specify appId, appName or appObjectId.', { short: 'i' }),
        appName: kit/* opt */.m7.string('Display name of the application.', { short: 'n' }),
        appObjectId: kit/* opt */.m7.guid('Object ID of the application.'),
        applicationPermissions: kit/* opt */.m7.string('Space-separated application permissions, e.g. "https://graph.microsoft.com/Group.Read.All".', { short: 'a' }),
        delegatedPermissions: kit/* opt */.m7.string('Space-separated delegated permissions, e.g. "https://graph.microsoft.com/User.Read".', { short: 'd' }),
        grantAdminConsent: kit/* opt */.m7.boolean('Grant admin consent for the added permissions.'),
    },
    rules: [kit/* rules */.aO.exactlyOne('appId', 'appName', 'appObjectId')],
    validate: (o) => (o.applicationPermissions === undefined && o.delegatedPermissions === undefined ? 'Specify at least applicationPermissions or delegatedPermissions.' : undefined),
    async run(context, o) {
        const app = await (0,shared/* getApp */.Sx)(context, { appId: o.appId, name: o.appName, objectId: o.appObjectId }, ['id', 'appId', 'requiredResourceAccess']);
        const resolved = [];
        const consent = [];
        await resolvePermissions(context, words(o.delegatedPermissions), 'Scope', resolved, consent);
        await resolvePermissions(context, words(o.applicationPermissions), 'Role', resolved, consent);
        const requiredResourceAccess = mergeRequiredAccess(app.requiredResourceAccess ?? [], resolved);
        await context.http.request({ method: 'PATCH', url: (0,shared/* graphUrl */.Ud)(context, `applications/${(0,kit/* segment */.mX)(app.id)}`), headers: { ...shared/* GRAPH_JSON */.wu }, body: { requiredResourceAccess } });
        if (o.grantAdminConsent)
            await grantAdminConsent(context, await ensurePrincipal(context, app.appId), consent);
        return undefined;
    },
});

;// CONCATENATED MODULE: ./src/commands/entra/app-permission-list.ts



const TYPES = ['delegated', 'application', 'all'];
/**
 * `entra app permission list`: the API permissions an app registration asks for, each named by its API's service
 * principal (display name and permission value; the raw ids where the API has no service principal in the tenant).
 */
const entraAppPermissionList = (0,kit/* command */.G5)({
    name: 'entra app permission list',
    description: 'Lists the application and delegated permissions for a specified Entra Application Registration',
    resource: 'graph',
    readOnly: true,
    permissions: { graph: ['Application.Read.All', 'Application.ReadWrite.OwnedBy', 'Application.ReadWrite.All'] },
    options: {
        appId: kit/* opt */.m7.guid('Application (client) ID. Specify appId, appName or appObjectId.', { short: 'i' }),
        appName: kit/* opt */.m7.string('Display name of the application.', { short: 'n' }),
        appObjectId: kit/* opt */.m7.guid('Object ID of the application.'),
        type: kit/* opt */.m7.enum(TYPES, 'Which permissions: delegated, application or all (default).'),
    },
    rules: [kit/* rules */.aO.exactlyOne('appId', 'appName', 'appObjectId')],
    async run(context, { appId, appName, appObjectId, type = 'all' }) {
        const app = await (0,shared/* getApp */.Sx)(context, { appId, name: appName, objectId: appObjectId }, ['id', 'requiredResourceAccess']);
        const listed = [];
        for (const api of app.requiredResourceAccess ?? []) {
            const wanted = api.resourceAccess.filter((a) => type === 'all' || (type === 'application') === (a.type === 'Role'));
            if (wanted.length === 0)
                continue;
            const principal = await apiPrincipal(context, api.resourceAppId);
            for (const access of wanted) {
                const exposed = (access.type === 'Role' ? principal?.appRoles : principal?.oauth2PermissionScopes) ?? [];
                listed.push({
                    resource: principal?.displayName ?? api.resourceAppId,
                    resourceId: api.resourceAppId,
                    permission: exposed.find((p) => p.id === access.id)?.value ?? access.id,
                    type: access.type === 'Role' ? 'Application' : 'Delegated',
                });
            }
        }
        return listed;
    },
});
/** The API's service principal with its roles and scopes, asked once per run for each API. */
function apiPrincipal(context, appId) {
    return context.once(`apiPrincipal:${appId}`, () => principalOfApp(context, appId));
}

;// CONCATENATED MODULE: ./src/commands/entra/app-remove.ts


/**
 * `entra app remove`: deletes an app registration. The CLI asks for confirmation unless `--force`; a declared step is
 * its own confirmation, so `--force` is accepted and changes nothing.
 */
const entraAppRemove = (0,kit/* command */.G5)({
    name: 'entra app remove',
    aliases: ['entra appregistration remove'],
    description: 'Removes an Entra app registration',
    resource: 'graph',
    readOnly: false,
    permissions: { graph: ['Application.ReadWrite.OwnedBy', 'Application.ReadWrite.All'] },
    options: {
        appId: kit/* opt */.m7.guid('Application (client) ID. Specify appId, objectId or name.'),
        objectId: kit/* opt */.m7.guid('Object ID of the application.'),
        name: kit/* opt */.m7.string('Display name of the application.'),
        force: kit/* opt */.m7.boolean("Don't prompt for confirmation (a declared step never prompts).", { short: 'f' }),
    },
    rules: [kit/* rules */.aO.exactlyOne('appId', 'objectId', 'name')],
    async run(context, options) {
        const id = await (0,shared/* appObjectId */.k8)(context, options);
        await context.http.request({ method: 'DELETE', url: (0,shared/* graphUrl */.Ud)(context, `applications/${(0,kit/* segment */.mX)(id)}`), headers: { ...shared/* GRAPH_JSON */.wu } });
        return undefined;
    },
});

;// CONCATENATED MODULE: ./src/commands/entra/app-role-list.ts


/** `entra app role list`: the app roles an app registration defines. */
const entraAppRoleList = (0,kit/* command */.G5)({
    name: 'entra app role list',
    aliases: ['entra appregistration role list'],
    description: 'Gets Entra app registration roles',
    resource: 'graph',
    readOnly: true,
    permissions: { graph: ['Application.Read.All', 'Application.ReadWrite.OwnedBy', 'Application.ReadWrite.All'] },
    options: {
        appId: kit/* opt */.m7.guid('Application (client) ID. Specify appId, appObjectId or appName.'),
        appObjectId: kit/* opt */.m7.guid('Object ID of the application.'),
        appName: kit/* opt */.m7.string('Display name of the application.'),
    },
    rules: [kit/* rules */.aO.exactlyOne('appId', 'appObjectId', 'appName')],
    async run(context, { appId, appObjectId: objectId, appName }) {
        const id = await (0,shared/* appObjectId */.k8)(context, { appId, objectId, name: appName });
        return context.http.getAll((0,shared/* graphUrl */.Ud)(context, `applications/${(0,kit/* segment */.mX)(id)}/appRoles`), { ...shared/* GRAPH_JSON */.wu });
    },
});

;// CONCATENATED MODULE: ./src/commands/entra/app-set.ts


const app_set_PLATFORMS = ['spa', 'web', 'publicClient'];
const app_set_options = {
    appId: kit/* opt */.m7.guid('Application (client) ID. Specify appId, objectId or name.'),
    objectId: kit/* opt */.m7.guid('Object ID of the application.'),
    name: kit/* opt */.m7.string('Display name of the application.'),
    uris: kit/* opt */.m7.string('Comma-separated Application ID URIs.', { short: 'u' }),
    redirectUris: kit/* opt */.m7.string('Comma-separated redirect URIs to add (needs --platform).', { short: 'r' }),
    platform: kit/* opt */.m7.enum(app_set_PLATFORMS, 'Platform of the redirect URIs.', { short: 'p' }),
    redirectUrisToRemove: kit/* opt */.m7.string('Comma-separated redirect URIs to remove (from every platform).'),
    certificateFile: kit/* opt */.m7.file('Path to a file with a certificate (public key) to add.'),
    certificateBase64Encoded: kit/* opt */.m7.string('Base64 of a certificate (public key) to add.'),
    certificateDisplayName: kit/* opt */.m7.string('Display name of the certificate.'),
    allowPublicClientFlows: kit/* opt */.m7.boolean('true or false: allow public client flows.'),
};
/**
 * `entra app set`: updates an app registration: Application ID URIs, redirect URIs (added per platform, removed from
 * all), a certificate (added beside the existing ones), public client flows, and any other property given as an
 * option of its own (`--description "…"`), like the CLI. Prints nothing.
 */
const entraAppSet = (0,kit/* command */.G5)({
    name: 'entra app set',
    aliases: ['entra appregistration set'],
    description: 'Updates Entra app registration',
    resource: 'graph',
    readOnly: false,
    permissions: { graph: ['Application.ReadWrite.OwnedBy', 'Application.ReadWrite.All'] },
    options: app_set_options,
    rules: [kit/* rules */.aO.exactlyOne('appId', 'objectId', 'name'), kit/* rules */.aO.atMostOne('certificateFile', 'certificateBase64Encoded')],
    allowUnknownOptions: true,
    validate: (o) => {
        if (o.redirectUris !== undefined && o.platform === undefined)
            return 'When you specify redirectUris you also need to specify platform';
        if (o.certificateDisplayName !== undefined && o.certificateFile === undefined && o.certificateBase64Encoded === undefined)
            return 'When you specify certificateDisplayName you also need to specify certificateFile or certificateBase64Encoded';
        return undefined;
    },
    async run(context, o, extra) {
        const id = await (0,shared/* appObjectId */.k8)(context, o);
        const patch = (body) => context.http.request({ method: 'PATCH', url: (0,shared/* graphUrl */.Ud)(context, `applications/${(0,kit/* segment */.mX)(id)}`), headers: { ...shared/* GRAPH_JSON */.wu }, body });
        if (Object.keys(extra).length > 0)
            await patch({ ...extra });
        if (o.uris !== undefined)
            await patch({ identifierUris: (0,kit/* splitList */.ry)(o.uris) });
        if (o.redirectUris !== undefined || o.redirectUrisToRemove !== undefined)
            await patch(await redirectUpdate(context, id, o));
        if (o.allowPublicClientFlows !== undefined)
            await patch({ isFallbackPublicClient: o.allowPublicClientFlows });
        if (o.certificateFile !== undefined || o.certificateBase64Encoded !== undefined)
            await patch(await certificateUpdate(context, id, o));
        return undefined;
    },
});
/** The redirect URIs of every platform after removing and adding (each platform's list is replaced as a whole). */
async function redirectUpdate(context, id, o) {
    const url = (0,shared/* graphUrl */.Ud)(context, `applications/${(0,kit/* segment */.mX)(id)}?$select=publicClient,spa,web`);
    const app = (await context.http.request({ url, headers: { ...shared/* GRAPH_JSON */.wu } })).body;
    const remove = (0,kit/* splitList */.ry)(o.redirectUrisToRemove);
    const add = (0,kit/* splitList */.ry)(o.redirectUris);
    const update = {};
    for (const platform of app_set_PLATFORMS) {
        const current = (app[platform]?.redirectUris ?? []).filter((u) => !remove.includes(u));
        const added = platform === o.platform ? add.filter((u) => !current.includes(u)) : [];
        update[platform] = { redirectUris: [...current, ...added] };
    }
    return update;
}
/** The app's key credentials with the new certificate (Graph replaces the whole list; the same key is not doubled). */
async function certificateUpdate(context, id, o) {
    const key = o.certificateBase64Encoded ?? (await context.files.readFile(o.certificateFile ?? '', 1_000_000)).toString('base64');
    const url = (0,shared/* graphUrl */.Ud)(context, `applications/${(0,kit/* segment */.mX)(id)}?$select=keyCredentials`);
    const current = (await context.http.request({ url, headers: { ...shared/* GRAPH_JSON */.wu } })).body.keyCredentials ?? [];
    const kept = current.filter((k) => k.key !== key);
    return { keyCredentials: [...kept, { type: 'AsymmetricX509Cert', usage: 'Verify', displayName: o.certificateDisplayName, key }] };
}

;// CONCATENATED MODULE: ./src/commands/entra/enterpriseapp-get.ts



/** `entra enterpriseapp get`: one enterprise application (Graph `servicePrincipal`), by appId, display name or object id. */
const entraEnterpriseAppGet = (0,kit/* command */.G5)({
    name: 'entra enterpriseapp get',
    aliases: ['entra sp get'],
    description: 'Gets information about an Enterprise Application',
    resource: 'graph',
    readOnly: true,
    permissions: { graph: ['Application.Read.All', 'Application.ReadWrite.OwnedBy', 'Application.ReadWrite.All', 'Directory.Read.All'] },
    options: {
        id: kit/* opt */.m7.guid('Application (client) ID of the app whose enterprise application to get.', { short: 'i' }),
        displayName: kit/* opt */.m7.string('Display name of the enterprise application.', { short: 'n' }),
        objectId: kit/* opt */.m7.guid('Object ID of the enterprise application.'),
    },
    rules: [kit/* rules */.aO.exactlyOne('id', 'displayName', 'objectId')],
    async run(context, { id, displayName, objectId }) {
        let spId = objectId;
        if (spId === undefined) {
            const filter = displayName !== undefined ? `displayName eq ${(0,kit/* literal */.eu)(displayName)}` : `appId eq ${(0,kit/* literal */.eu)(id ?? '')}`;
            const found = await context.http.getAll((0,shared/* graphUrl */.Ud)(context, `servicePrincipals${(0,kit/* query */.P)({ $filter: filter })}`), { ...shared/* GRAPH_JSON */.wu });
            if (found.length === 0)
                throw new errors/* ActionError */.lZ('The specified Entra app does not exist');
            if (found.length > 1) {
                throw new errors/* ActionError */.lZ(`Multiple Entra apps with name '${displayName ?? id ?? ''}' found. Found: ${found.map((f) => f.id).join(', ')}.`, { hint: 'Use --objectId to pick one.' });
            }
            spId = found[0].id;
        }
        return (await context.http.request({ url: (0,shared/* graphUrl */.Ud)(context, `servicePrincipals/${(0,kit/* segment */.mX)(spId)}`), headers: { ...shared/* GRAPH_JSON */.wu } })).body;
    },
});

;// CONCATENATED MODULE: ./src/commands/entra/enterpriseapp-list.ts

/** `entra enterpriseapp list`: every enterprise application (service principal), optionally by display name or tag. */
const entraEnterpriseAppList = (0,kit/* endpoint */.sR)({
    name: 'entra enterpriseapp list',
    aliases: ['entra sp list'],
    description: 'Lists the enterprise applications (or service principals) in Entra ID',
    resource: 'graph',
    permissions: { graph: ['Application.Read.All', 'Application.ReadWrite.OwnedBy', 'Application.ReadWrite.All', 'Directory.Read.All'] },
    options: {
        displayName: kit/* opt */.m7.string('Only enterprise applications with this display name.', { short: 'n' }),
        tag: kit/* opt */.m7.string('Only enterprise applications with this tag.'),
    },
    paged: true,
    url: ({ displayName, tag }, { cloud }) => `${cloud.graph}/v1.0/servicePrincipals${(0,kit/* query */.P)({
        $filter: [tag === undefined ? '' : `(tags/any(t:t eq ${(0,kit/* literal */.eu)(tag)}))`, displayName === undefined ? '' : `(displayName eq ${(0,kit/* literal */.eu)(displayName)})`],
    })}`,
});

;// CONCATENATED MODULE: ./src/commands/sections/entra-apps.ts










/** App registrations and enterprise applications (service principals). */
const commands = [
    entraAppGet,
    entraAppList,
    entraAppAdd,
    entraAppSet,
    entraAppRemove,
    entraAppPermissionList,
    entraAppPermissionAdd,
    entraAppRoleList,
    entraEnterpriseAppGet,
    entraEnterpriseAppList,
];


/***/ })

};
