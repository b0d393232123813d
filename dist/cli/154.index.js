export const id = 154;
export const ids = [154];
export const modules = {

/***/ 2154:
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
// EXTERNAL MODULE: ./src/commands/spo/shared-sites.ts
var shared_sites = __webpack_require__(1637);
;// CONCATENATED MODULE: ./src/commands/spo/homesite-get.ts



/** `spo homesite get`: one home site of the tenant (its audiences, draft mode, Viva Connections settings) by URL. */
const spoHomeSiteGet = (0,kit/* command */.G5)({
    name: 'spo homesite get',
    description: 'Gets information about a home site',
    resource: 'sharepoint',
    readOnly: true,
    permissions: { sharepoint: ['Sites.FullControl.All'] },
    options: { url: kit/* opt */.m7.site('URL of the home site.', { short: 'u', required: true }) },
    async run(context, { url }) {
        const homeSites = await context.http.getAll(`${(0,shared_sites/* adminUrl */.nN)(context)}/_api/SPO.Tenant/GetTargetedSitesDetails`, { ...kit/* ACCEPT */.FA.sharepoint });
        const home = homeSites.find((h) => (0,shared_sites/* sameUrl */.cl)(h.Url, url));
        if (home === undefined)
            throw new errors/* ActionError */.lZ(`Home site with URL '${url}' not found.`, { hint: `The tenant's home sites: ${homeSites.map((h) => h.Url).join(', ') || 'none'}.` });
        return home;
    },
});

;// CONCATENATED MODULE: ./src/commands/spo/homesite-set.ts


const LICENSE_TYPES = ['everyone', 'frontLineWorkers', 'informationWorkers'];
/**
 * `spo homesite set`: changes the settings of a home site (`SPO.Tenant/UpdateTargetedSite`); the result is the home
 * site as SharePoint reports it after the change. `--audienceNames` other than '' would need Microsoft Graph to turn
 * group names into IDs: it is refused at planning with the way to get the IDs.
 */
const spoHomeSiteSet = (0,kit/* command */.G5)({
    name: 'spo homesite set',
    description: 'Updates an existing SharePoint home site',
    resource: 'sharepoint',
    readOnly: false,
    permissions: { sharepoint: ['Sites.FullControl.All'] },
    options: {
        url: kit/* opt */.m7.site('URL of the home site.', { short: 'u', required: true }),
        draftMode: kit/* opt */.m7.boolean('Draft mode of the home site: true or false.'),
        audienceIds: kit/* opt */.m7.string('Comma-separated IDs of the groups to target. Specify audienceIds or audienceNames.'),
        audienceNames: kit/* opt */.m7.string("Comma-separated names of the groups to target ('' clears the audience)."),
        targetedLicenseType: kit/* opt */.m7.enum(LICENSE_TYPES, 'Audience by license: everyone, frontLineWorkers or informationWorkers.'),
        vivaConnectionsDefaultStart: kit/* opt */.m7.boolean('Whether the home site is the default start of Viva Connections: true or false.'),
        order: kit/* opt */.m7.number('Order of the home site among the home sites.'),
    },
    rules: [kit/* rules */.aO.atMostOne('audienceIds', 'audienceNames')],
    validate(o) {
        const { url: _url, ...settings } = o;
        if (Object.values(settings).every((v) => v === undefined))
            return 'You must specify at least one option to configure.';
        if (o.audienceNames !== undefined && o.audienceNames.trim() !== '') {
            return "--audienceNames needs Microsoft Graph to find the groups' IDs, which this SharePoint command cannot call. List the groups first ('- id: groups' / 'run: entra group list --displayName Marketing') and pass --audienceIds \"{{ groups[0].id }}\".";
        }
        return undefined;
    },
    async run(context, o) {
        const configuration = {};
        if (o.vivaConnectionsDefaultStart !== undefined)
            Object.assign(configuration, { IsVivaConnectionsDefaultStartPresent: true, vivaConnectionsDefaultStart: o.vivaConnectionsDefaultStart });
        if (o.draftMode !== undefined)
            Object.assign(configuration, { IsInDraftModePresent: true, isInDraftMode: o.draftMode });
        if (o.audienceIds !== undefined)
            Object.assign(configuration, { IsAudiencesPresent: true, Audiences: (0,kit/* splitList */.ry)(o.audienceIds) });
        if (o.audienceNames !== undefined)
            Object.assign(configuration, { IsAudiencesPresent: true, Audiences: [] });
        if (o.targetedLicenseType !== undefined)
            Object.assign(configuration, { IsTargetedLicenseTypePresent: true, TargetedLicenseType: LICENSE_TYPES.indexOf(o.targetedLicenseType) });
        if (o.order !== undefined)
            Object.assign(configuration, { IsOrderPresent: true, Order: o.order });
        const response = await context.http.request({
            method: 'POST',
            url: `${(0,shared_sites/* adminUrl */.nN)(context)}/_api/SPO.Tenant/UpdateTargetedSite`,
            headers: { ...kit/* ACCEPT */.FA.sharepoint, ...kit/* SHAREPOINT_JSON_BODY */._P },
            body: { siteUrl: o.url, configurationParam: configuration },
        });
        return response.body;
    },
});

;// CONCATENATED MODULE: ./src/commands/spo/hubsite-connect.ts


/**
 * `spo hubsite connect`: makes a hub site the child of a parent hub site (to connect a regular site to a hub, the CLI
 * has `spo site hubsite connect`). Like the CLI, it prints nothing: the result is empty.
 */
const spoHubSiteConnect = (0,kit/* command */.G5)({
    name: 'spo hubsite connect',
    description: 'Connect a hub site to a parent hub site',
    resource: 'sharepoint',
    readOnly: false,
    permissions: { sharepoint: ['Sites.FullControl.All'] },
    options: {
        id: kit/* opt */.m7.guid('ID of the hub site. Specify id, title or url.', { short: 'i' }),
        title: kit/* opt */.m7.string('Title of the hub site.', { short: 't' }),
        url: kit/* opt */.m7.string('Absolute or server-relative URL of the hub site.', { short: 'u' }),
        parentId: kit/* opt */.m7.guid('ID of the parent hub site. Specify parentId, parentTitle or parentUrl.'),
        parentTitle: kit/* opt */.m7.string('Title of the parent hub site.'),
        parentUrl: kit/* opt */.m7.string('Absolute or server-relative URL of the parent hub site.'),
    },
    rules: [kit/* rules */.aO.exactlyOne('id', 'title', 'url'), kit/* rules */.aO.exactlyOne('parentId', 'parentTitle', 'parentUrl')],
    async run(context, o) {
        const hubs = await (0,shared_sites/* hubSitesWithEtags */.si)(context);
        const hub = (0,shared_sites/* pickHub */.Nf)(context, hubs, o);
        const parent = (0,shared_sites/* pickHub */.Nf)(context, hubs, { id: o.parentId, title: o.parentTitle, url: o.parentUrl });
        await (0,shared_sites/* setParentHub */.qX)(context, hub, parent.ID);
        return undefined;
    },
});

;// CONCATENATED MODULE: ./src/commands/spo/hubsite-disconnect.ts


const NO_PARENT = '00000000-0000-0000-0000-000000000000';
/**
 * `spo hubsite disconnect`: detaches a hub site from its parent hub site. `--force` is accepted for pasted lines. Like
 * the CLI, it prints nothing: the result is empty.
 */
const spoHubSiteDisconnect = (0,kit/* command */.G5)({
    name: 'spo hubsite disconnect',
    description: 'Disconnect a hub site from its parent hub site',
    resource: 'sharepoint',
    readOnly: false,
    permissions: { sharepoint: ['Sites.FullControl.All'] },
    options: {
        id: kit/* opt */.m7.guid('ID of the hub site. Specify id, title or url.', { short: 'i' }),
        title: kit/* opt */.m7.string('Title of the hub site.', { short: 't' }),
        url: kit/* opt */.m7.string('Absolute or server-relative URL of the hub site.', { short: 'u' }),
        force: kit/* opt */.m7.boolean("Don't prompt for confirmation (there is never a prompt here).", { short: 'f' }),
    },
    rules: [kit/* rules */.aO.exactlyOne('id', 'title', 'url')],
    async run(context, o) {
        const hub = o.id !== undefined
            ? (await context.http.request({ url: `${(0,shared_sites/* adminUrl */.nN)(context)}/_api/HubSites/GetById(${(0,kit/* literal */.eu)(o.id)})${(0,kit/* query */.P)({ $select: 'ID' })}`, headers: { accept: 'application/json;odata=minimalmetadata' } })).body
            : (0,shared_sites/* pickHub */.Nf)(context, await (0,shared_sites/* hubSitesWithEtags */.si)(context), o);
        await (0,shared_sites/* setParentHub */.qX)(context, hub, NO_PARENT);
        return undefined;
    },
});

;// CONCATENATED MODULE: ./src/commands/spo/hubsite-get.ts



/**
 * `spo hubsite get`: one hub site by ID, title or URL; `--withAssociatedSites` adds the sites associated with it, from
 * the admin center's list of site collections.
 */
const spoHubSiteGet = (0,kit/* command */.G5)({
    name: 'spo hubsite get',
    description: 'Gets information about the specified hub site',
    resource: 'sharepoint',
    readOnly: true,
    permissions: { sharepoint: ['Sites.Read.All', 'Sites.FullControl.All'] },
    options: {
        id: kit/* opt */.m7.guid('ID of the hub site. Specify id, title or url.', { short: 'i' }),
        title: kit/* opt */.m7.string('Title of the hub site.', { short: 't' }),
        url: kit/* opt */.m7.site('URL of the hub site.', { short: 'u' }),
        withAssociatedSites: kit/* opt */.m7.boolean('Include the associated sites in the result.'),
    },
    rules: [kit/* rules */.aO.exactlyOne('id', 'title', 'url')],
    async run(context, o) {
        const root = (0,shared_sites/* tenantRoot */.jj)(context);
        const hub = o.id !== undefined
            ? (await context.http.request({ url: `${root}/_api/hubsites/getbyid(${(0,kit/* literal */.eu)(o.id)})`, headers: { ...kit/* ACCEPT */.FA.sharepoint } })).body
            : await hubByName(context, root, o);
        if (o.withAssociatedSites)
            hub.AssociatedSites = (await associatedSites(context, hub.SiteId)).filter((s) => s.SiteId !== hub.SiteId);
        return hub;
    },
});
async function hubByName(context, root, o) {
    const hubs = (await context.http.request({ url: `${root}/_api/hubsites`, headers: { ...kit/* ACCEPT */.FA.sharepoint } })).body.value ?? [];
    const found = hubs.filter((h) => (o.title !== undefined ? h.Title.toLowerCase() === o.title.toLowerCase() : (0,shared_sites/* sameUrl */.cl)(h.SiteUrl, o.url ?? '')));
    const name = o.title ?? o.url;
    if (found.length === 0)
        throw new errors/* ActionError */.lZ(`The specified hub site ${name} does not exist`, { hint: "List the hub sites with 'spo hubsite list'." });
    if (found.length > 1)
        throw new errors/* ActionError */.lZ(`Multiple hub sites with ${name} found. Found: ${found.map((h) => h.ID).join(', ')}.`, { hint: 'Name the hub site by --id.' });
    return found[0];
}
async function associatedSites(context, hubSiteId) {
    const list = `${(0,shared_sites/* adminUrl */.nN)(context)}/_api/web/lists/GetByTitle('DO_NOT_DELETE_SPLIST_TENANTADMIN_AGGREGATED_SITECOLLECTIONS')/items`;
    const items = await context.http.getAll(`${list}${(0,kit/* query */.P)({ $filter: `HubSiteId eq ${(0,kit/* literal */.eu)(hubSiteId)}`, $select: 'Title,SiteUrl,SiteId', $top: 5000 })}`, { ...kit/* ACCEPT */.FA.sharepoint });
    return items.map(({ Title, SiteId, SiteUrl }) => ({ Title, SiteId, SiteUrl }));
}

;// CONCATENATED MODULE: ./src/commands/spo/hubsite-list.ts



const BATCH = 30;
const MAX_BATCHES = 10_000;
/** The admin center's active sites associated with a hub, by title (CAML of the CLI's request). */
const VIEW = '<View><Query><Where><And><And><IsNull><FieldRef Name="TimeDeleted"/></IsNull><Neq><FieldRef Name="State"/><Value Type=\'Integer\'>0</Value></Neq></And>' +
    "<Neq><FieldRef Name=\"HubSiteId\"/><Value Type='Text'>{00000000-0000-0000-0000-000000000000}</Value></Neq></And></Where><OrderBy><FieldRef Name='Title' Ascending='true' /></OrderBy></Query>" +
    `<ViewFields><FieldRef Name="Title"/><FieldRef Name="SiteUrl"/><FieldRef Name="SiteId"/><FieldRef Name="HubSiteId"/></ViewFields><RowLimit Paged="TRUE">${BATCH}</RowLimit></View>`;
/**
 * `spo hubsite list`: the hub sites of the tenant; `--withAssociatedSites` adds each hub's associated sites (title and
 * URL) from the admin center's list of site collections, read in batches.
 */
const spoHubSiteList = (0,kit/* command */.G5)({
    name: 'spo hubsite list',
    description: 'Lists hub sites in the current tenant',
    resource: 'sharepoint',
    readOnly: true,
    permissions: { sharepoint: ['Sites.Read.All', 'Sites.FullControl.All'] },
    options: { withAssociatedSites: kit/* opt */.m7.boolean('Include the associated sites in the result.') },
    async run(context, { withAssociatedSites }) {
        const hubs = await context.http.getAll(`${(0,shared_sites/* adminUrl */.nN)(context)}/_api/hubsites`, { ...kit/* ACCEPT */.FA.sharepoint });
        if (!withAssociatedSites)
            return hubs;
        const rows = await associatedRows(context);
        for (const hub of hubs) {
            const id = `{${hub.ID.toUpperCase()}}`;
            hub.AssociatedSites = rows.filter((r) => r.SiteId !== r.HubSiteId && r.HubSiteId.toUpperCase() === id).map((r) => ({ Title: r.Title, SiteUrl: r.SiteUrl }));
        }
        return hubs;
    },
});
async function associatedRows(context) {
    const list = `${(0,shared_sites/* adminUrl */.nN)(context)}/_api/web/lists/GetByTitle('DO_NOT_DELETE_SPLIST_TENANTADMIN_AGGREGATED_SITECOLLECTIONS')/RenderListDataAsStream`;
    const rows = [];
    let next = '';
    for (let batch = 0; next !== undefined && batch < MAX_BATCHES; batch++) {
        const response = await context.http.request({
            method: 'POST',
            url: `${list}${next}`,
            idempotent: true,
            headers: { ...kit/* ACCEPT */.FA.sharepoint, ...kit/* SHAREPOINT_JSON_BODY */._P },
            body: { parameters: { ViewXml: VIEW, DatesInUtc: true } },
        });
        rows.push(...(response.body.Row ?? []));
        next = response.body.NextHref;
        // The next batch is a query on the same list: anything else is not followed.
        if (next !== undefined && !next.startsWith('?'))
            throw new errors/* ActionError */.lZ(`SharePoint answered an unexpected next page '${next}'.`);
    }
    return rows;
}

;// CONCATENATED MODULE: ./src/commands/spo/hubsite-register.ts

/** `spo hubsite register`: makes a site collection a hub site (`_api/site/RegisterHubSite`); the result is the hub. */
const spoHubSiteRegister = (0,kit/* endpoint */.sR)({
    name: 'spo hubsite register',
    description: 'Registers the specified site collection as a hub site',
    resource: 'sharepoint',
    permissions: { sharepoint: ['Sites.FullControl.All'] },
    options: { siteUrl: kit/* opt */.m7.site('URL of the site collection to register as a hub site.', { short: 'u', required: true }) },
    method: 'POST',
    url: ({ siteUrl }) => `${(0,kit/* trimSlashes */.uT)(siteUrl)}/_api/site/RegisterHubSite`,
});

;// CONCATENATED MODULE: ./src/commands/spo/site-apppermission-add.ts



const ROLES = ['read', 'write', 'manage', 'fullcontrol'];
/**
 * `spo site apppermission add`: grants an Entra app a permission on a site (Graph `sites/{id}/permissions`, the
 * Sites.Selected model). Graph grants only read or write at first: manage and full control are set by an update right
 * after, as the CLI does. The result is the permission.
 */
const spoSiteAppPermissionAdd = (0,kit/* command */.G5)({
    name: 'spo site apppermission add',
    description: 'Adds an application permissions to the site',
    resource: 'graph',
    readOnly: false,
    permissions: { graph: [['Sites.FullControl.All', 'Application.Read.All']] },
    permissionsWhen: (o) => ({ graph: o.appId !== undefined && o.appDisplayName !== undefined ? ['Sites.FullControl.All'] : [['Sites.FullControl.All', 'Application.Read.All']] }),
    options: {
        siteUrl: kit/* opt */.m7.url('URL of the site collection to add the permission to.', { short: 'u', required: true }),
        permission: kit/* opt */.m7.enum(ROLES, 'Permission to the site: read, write, manage or fullcontrol.', { short: 'p', required: true }),
        appId: kit/* opt */.m7.guid('Client ID of the Entra app to grant the permission to.', { short: 'i' }),
        appDisplayName: kit/* opt */.m7.string('Display name of the Entra app to grant the permission to.', { short: 'n' }),
    },
    validate: (o) => (o.appId === undefined && o.appDisplayName === undefined ? 'Specify appId or appDisplayName (or both, which saves a lookup).' : undefined),
    async run(context, o) {
        const siteId = await (0,shared_sites/* graphSiteId */.xI)(context, o.siteUrl);
        const app = await appInfo(context, o);
        const permissions = `${context.cloud.graph}/v1.0/sites/${(0,kit/* segment */.mX)(siteId)}/permissions`;
        const elevate = o.permission === 'manage' || o.permission === 'fullcontrol';
        const created = await context.http.request({
            method: 'POST',
            url: permissions,
            headers: { ...kit/* ACCEPT */.FA.graph },
            body: { roles: [elevate ? 'write' : o.permission], grantedToIdentities: [{ application: { id: app.appId, displayName: app.displayName } }] },
        });
        if (!elevate)
            return created.body;
        const updated = await context.http.request({ method: 'PATCH', url: `${permissions}/${(0,kit/* segment */.mX)(created.body.id)}`, headers: { ...kit/* ACCEPT */.FA.graph }, body: { roles: [o.permission] } });
        return updated.body;
    },
});
/** The app's ID and name: as given when both are, else from its service principal. */
async function appInfo(context, o) {
    if (o.appId !== undefined && o.appDisplayName !== undefined)
        return { appId: o.appId, displayName: o.appDisplayName };
    const filter = o.appId !== undefined ? `appId eq ${(0,kit/* literal */.eu)(o.appId)}` : `displayName eq ${(0,kit/* literal */.eu)(o.appDisplayName ?? '')}`;
    const url = `${context.cloud.graph}/v1.0/servicePrincipals${(0,kit/* query */.P)({ $select: 'appId,displayName', $filter: filter })}`;
    const found = (await context.http.request({ url, headers: { ...kit/* ACCEPT */.FA.graph } })).body.value ?? [];
    if (found.length === 0)
        throw new errors/* ActionError */.lZ('The specified Microsoft Entra app does not exist', { hint: `No service principal has ${o.appId !== undefined ? `appId ${o.appId}` : `the name '${o.appDisplayName}'`} in this tenant.` });
    if (found.length > 1)
        throw new errors/* ActionError */.lZ(`Multiple Microsoft Entra apps with displayName ${o.appDisplayName} found: ${found.map((a) => a.appId).join(',')}`, { hint: 'Use --appId.' });
    return found[0];
}

;// CONCATENATED MODULE: ./src/commands/spo/site-apppermission-list.ts


/**
 * `spo site apppermission list`: the application permissions of a site, optionally of one app, one row per app and
 * permission (`appDisplayName`, `appId`, `permissionId`, `roles`), as the CLI prints them.
 */
const spoSiteAppPermissionList = (0,kit/* command */.G5)({
    name: 'spo site apppermission list',
    description: 'Lists application permissions for a site',
    resource: 'graph',
    readOnly: true,
    permissions: { graph: ['Sites.FullControl.All'] },
    options: {
        siteUrl: kit/* opt */.m7.url('URL of the site collection.', { short: 'u', required: true }),
        appId: kit/* opt */.m7.string('ID of the application to filter by.', { short: 'i' }),
        appDisplayName: kit/* opt */.m7.string('Display name of the application to filter by.', { short: 'n' }),
    },
    rules: [kit/* rules */.aO.atMostOne('appId', 'appDisplayName')],
    async run(context, o) {
        const siteId = await (0,shared_sites/* graphSiteId */.xI)(context, o.siteUrl);
        const all = await (0,shared_sites/* sitePermissions */.qJ)(context, siteId);
        const wanted = o.appId !== undefined || o.appDisplayName !== undefined ? all.filter((p) => (0,shared_sites/* grantedTo */.$J)(p, o)) : all;
        // The list does not carry the roles: each permission is read on its own, as the CLI does.
        const permissions = await Promise.all(wanted.map(async (p) => (await context.http.request({ url: `${context.cloud.graph}/v1.0/sites/${(0,kit/* segment */.mX)(siteId)}/permissions/${(0,kit/* segment */.mX)(p.id)}`, headers: { ...kit/* ACCEPT */.FA.graph } })).body));
        return permissions.flatMap((p) => (p.grantedToIdentities ?? []).map(({ application }) => ({ appDisplayName: application?.displayName, appId: application?.id, permissionId: p.id, roles: p.roles })));
    },
});

;// CONCATENATED MODULE: ./src/commands/spo/site-apppermission-remove.ts


/**
 * `spo site apppermission remove`: revokes the application permission with the ID, or every permission of the app.
 * `--force` is accepted for pasted lines. Like the CLI, it prints nothing: the result is empty.
 */
const spoSiteAppPermissionRemove = (0,kit/* command */.G5)({
    name: 'spo site apppermission remove',
    description: 'Removes a specific application permission from a site',
    resource: 'graph',
    readOnly: false,
    permissions: { graph: ['Sites.FullControl.All'] },
    options: {
        siteUrl: kit/* opt */.m7.url('URL of the site collection where the permission is.', { short: 'u', required: true }),
        appId: kit/* opt */.m7.guid('App ID whose permissions to remove.'),
        appDisplayName: kit/* opt */.m7.string('App display name whose permissions to remove.', { short: 'n' }),
        id: kit/* opt */.m7.string('ID of the permission to remove.', { short: 'i' }),
        force: kit/* opt */.m7.boolean("Don't prompt for confirmation (there is never a prompt here).", { short: 'f' }),
    },
    rules: [kit/* rules */.aO.exactlyOne('appId', 'appDisplayName', 'id')],
    async run(context, o) {
        const siteId = await (0,shared_sites/* graphSiteId */.xI)(context, o.siteUrl);
        const ids = o.id !== undefined ? [o.id] : (await (0,shared_sites/* sitePermissions */.qJ)(context, siteId)).filter((p) => (0,shared_sites/* grantedTo */.$J)(p, o)).map((p) => p.id);
        for (const id of ids) {
            await context.http.request({ method: 'DELETE', url: `${context.cloud.graph}/v1.0/sites/${(0,kit/* segment */.mX)(siteId)}/permissions/${(0,kit/* segment */.mX)(id)}`, headers: { ...kit/* ACCEPT */.FA.graph } });
        }
        return undefined;
    },
});

;// CONCATENATED MODULE: ./src/commands/spo/site-apppermission-set.ts



/** `spo site apppermission set`: changes the role of an application permission of a site; the result is the permission. */
const spoSiteAppPermissionSet = (0,kit/* command */.G5)({
    name: 'spo site apppermission set',
    description: 'Updates a specific application permission for a site',
    resource: 'graph',
    readOnly: false,
    permissions: { graph: ['Sites.FullControl.All'] },
    options: {
        siteUrl: kit/* opt */.m7.url('URL of the site collection where the permission is.', { short: 'u', required: true }),
        id: kit/* opt */.m7.string('ID of the permission to update. Specify id, appId or appDisplayName.', { short: 'i' }),
        appId: kit/* opt */.m7.guid('Client ID of the Entra app whose permission to update.'),
        appDisplayName: kit/* opt */.m7.string('Display name of the Entra app whose permission to update.', { short: 'n' }),
        permission: kit/* opt */.m7.enum(['read', 'write', 'manage', 'fullcontrol'], 'Permission to the site: read, write, manage or fullcontrol.', { short: 'p', required: true }),
    },
    rules: [kit/* rules */.aO.exactlyOne('id', 'appId', 'appDisplayName')],
    async run(context, o) {
        const siteId = await (0,shared_sites/* graphSiteId */.xI)(context, o.siteUrl);
        const id = o.id ?? (await permissionOf(await (0,shared_sites/* sitePermissions */.qJ)(context, siteId), o));
        const url = `${context.cloud.graph}/v1.0/sites/${(0,kit/* segment */.mX)(siteId)}/permissions/${(0,kit/* segment */.mX)(id)}`;
        return (await context.http.request({ method: 'PATCH', url, headers: { ...kit/* ACCEPT */.FA.graph }, body: { roles: [o.permission] } })).body;
    },
});
function permissionOf(permissions, app) {
    const found = permissions.filter((p) => (0,shared_sites/* grantedTo */.$J)(p, app));
    if (found.length === 0)
        throw new errors/* ActionError */.lZ('The specified app permission does not exist', { hint: "List the site's app permissions with 'spo site apppermission list'." });
    if (found.length > 1)
        throw new errors/* ActionError */.lZ(`Multiple app permissions with displayName ${app.appDisplayName} found: ${found.map((p) => p.id).join(',')}`, { hint: 'Use --id.' });
    return found[0].id;
}

;// CONCATENATED MODULE: ./src/commands/sections/spo-hubs.ts











/** Hub sites, the home site, and the site permissions of apps (Sites.Selected). */
const commands = [
    spoSiteAppPermissionAdd,
    spoSiteAppPermissionList,
    spoSiteAppPermissionSet,
    spoSiteAppPermissionRemove,
    spoHubSiteList,
    spoHubSiteGet,
    spoHubSiteRegister,
    spoHubSiteConnect,
    spoHubSiteDisconnect,
    spoHomeSiteGet,
    spoHomeSiteSet,
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
