export const id = 420;
export const ids = [420];
export const modules = {

/***/ 6420:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  commands: () => (/* binding */ commands)
});

// EXTERNAL MODULE: ./src/commands/kit/index.ts + 2 modules
var kit = __webpack_require__(9897);
;// CONCATENATED MODULE: ./src/commands/spo/set.ts

/**
 * `spo set`: the SharePoint root of the commands after it, as pasted scripts set it (multi-geo tenants pick their
 * geography this way). Planning applies it; running it does nothing and, like the CLI, prints nothing.
 */
const spoSet = (0,kit/* command */.G5)({
    name: 'spo set',
    description: 'Sets the URL of the root SharePoint site collection for use in SPO commands',
    resource: 'none',
    readOnly: true,
    permissions: {},
    options: { url: kit/* opt */.m7.site('The URL of the root SharePoint site collection to use in SPO commands', { short: 'u', required: true }) },
    setsSharePointRoot: true,
    run: () => Promise.resolve(undefined),
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/commands/spo/shared-sites.ts
var shared_sites = __webpack_require__(1637);
;// CONCATENATED MODULE: ./src/commands/spo/site-add.ts



/** The site designs of communication sites, as `SPSiteManager/create` takes them. */
const SITE_DESIGNS = { Topic: '00000000-0000-0000-0000-000000000000', Showcase: '6142d2a0-63a5-4ba0-aede-d9fefca2c767', Blank: 'f6cc5403-0d63-442e-96c0-285923709ffc' };
/** The feature that makes a communication site the tenant's brand center. */
const BRAND_CENTER_FEATURE = '99cd6e8b-189b-4611-ae89-f89105876e43';
const options = {
    type: kit/* opt */.m7.enum(['TeamSite', 'CommunicationSite', 'ClassicSite', 'BrandCenter'], 'Type of site to add (default TeamSite, which needs a signed-in user).'),
    title: kit/* opt */.m7.string('Site title.', { short: 't', required: true }),
    alias: kit/* opt */.m7.string('Site alias (TeamSite).', { short: 'a' }),
    url: kit/* opt */.m7.site('Site URL (CommunicationSite, ClassicSite, BrandCenter).', { short: 'u' }),
    timeZone: kit/* opt */.m7.number('Time zone ID of the site (ClassicSite).', { short: 'z' }),
    description: kit/* opt */.m7.string('Site description.', { short: 'd' }),
    lcid: kit/* opt */.m7.number('Site language as an LCID, e.g. 1033.', { short: 'l' }),
    owners: kit/* opt */.m7.string('Owner of the site: required app-only (one for CommunicationSite, BrandCenter and ClassicSite).'),
    isPublic: kit/* opt */.m7.boolean('Public group (TeamSite).'),
    classification: kit/* opt */.m7.string('Site classification.', { short: 'c' }),
    siteDesign: kit/* opt */.m7.enum(['Topic', 'Showcase', 'Blank'], 'Design of the communication site (default Topic).'),
    siteDesignId: kit/* opt */.m7.guid('ID of the custom site design to create the communication site with.'),
    shareByEmailEnabled: kit/* opt */.m7.boolean('Allow sharing files with guests (CommunicationSite, BrandCenter).'),
    webTemplate: kit/* opt */.m7.string('Template of the classic site (default STS#0).', { short: 'w' }),
    resourceQuota: kit/* opt */.m7.number('Sandboxed solutions quota (ClassicSite).'),
    resourceQuotaWarningLevel: kit/* opt */.m7.number('Warning level of the resource quota (ClassicSite).'),
    storageQuota: kit/* opt */.m7.number('Storage quota in MB (ClassicSite, default 100).'),
    storageQuotaWarningLevel: kit/* opt */.m7.number('Warning level of the storage quota in MB (ClassicSite, default 100).'),
    removeDeletedSite: kit/* opt */.m7.boolean('Remove a deleted site of the same URL from the recycle bin first (ClassicSite).'),
    withAppCatalog: kit/* opt */.m7.boolean('Also create a site collection app catalog in the new site.'),
    wait: kit/* opt */.m7.boolean('Wait until the site is provisioned (ClassicSite).'),
    force: kit/* opt */.m7.boolean('Do not prompt before creating the brand center (there is never a prompt here).', { short: 'f' }),
};
/** Options that each type does not take (the CLI's rules). */
const NOT_FOR = {
    CommunicationSite: ['timeZone', 'isPublic', 'removeDeletedSite', 'wait', 'alias', 'resourceQuota', 'resourceQuotaWarningLevel', 'storageQuota', 'storageQuotaWarningLevel', 'webTemplate'],
    ClassicSite: ['classification', 'shareByEmailEnabled', 'siteDesign', 'siteDesignId', 'alias', 'isPublic', 'force'],
};
/** Why a team site cannot be made here, and what to run instead. */
const TEAM_SITE_REFUSAL = "spo site add --type TeamSite (the default type) cannot run app-only: SharePoint creates group-connected team sites only for a signed-in user (app-only it answers 'Insufficient privileges to complete the operation.'). " +
    "Create the Microsoft 365 group with 'entra m365group add' instead: SharePoint provisions the group's team site, which 'spo site set' can then configure. For a site without a group, use --type CommunicationSite.";
function validate(o) {
    const type = o.type ?? 'TeamSite';
    if (type === 'TeamSite')
        return TEAM_SITE_REFUSAL;
    const values = o;
    const given = (names) => names.filter((n) => values[n] !== undefined);
    if (o.url === undefined)
        return 'Required option url missing';
    if (o.owners === undefined)
        return `The --owners option is required to create a ${type} app-only (the site needs a user as its owner).`;
    if (o.owners.includes(','))
        return `The ${type} supports only one owner in the owners option`;
    if (type === 'ClassicSite') {
        const wrong = given(NOT_FOR.ClassicSite);
        if (wrong.length > 0)
            return `Type ClassicSite does not take --${wrong.join(', --')}.`;
        if (o.timeZone === undefined)
            return 'Required option timeZone missing';
        if (o.resourceQuotaWarningLevel !== undefined && o.resourceQuota === undefined)
            return 'You cannot specify resourceQuotaWarningLevel without specifying resourceQuota';
        if (o.storageQuotaWarningLevel !== undefined && o.storageQuota === undefined)
            return 'You cannot specify storageQuotaWarningLevel without specifying storageQuota';
        if (Number(o.resourceQuotaWarningLevel ?? 0) > Number(o.resourceQuota ?? 0))
            return 'resourceQuotaWarningLevel cannot exceed resourceQuota';
        if (Number(o.storageQuotaWarningLevel ?? 0) > Number(o.storageQuota ?? 0))
            return 'storageQuotaWarningLevel cannot exceed storageQuota';
        return undefined;
    }
    const wrong = given(NOT_FOR.CommunicationSite);
    if (wrong.length > 0)
        return `Type ${type} does not take --${wrong.join(', --')}.`;
    if (o.siteDesign !== undefined && o.siteDesignId !== undefined)
        return 'Specify siteDesign or siteDesignId but not both';
    return undefined;
}
/**
 * `spo site add`: creates a communication site or brand center (`SPSiteManager/create`, the documented REST API) or a
 * classic site (CSOM `CreateSite`, which has no REST equivalent), optionally with a site collection app catalog. The
 * result is the new site's URL, as the CLI prints it. Team sites are refused at planning (see TEAM_SITE_REFUSAL).
 */
const spoSiteAdd = (0,kit/* command */.G5)({
    name: 'spo site add',
    description: 'Creates new SharePoint Online site',
    resource: 'sharepoint',
    readOnly: false,
    permissions: { sharepoint: ['Sites.FullControl.All'] },
    options,
    validate,
    async run(context, o) {
        const url = o.type === 'ClassicSite' ? await createClassicSite(context, o) : await createModernSite(context, o);
        if (o.withAppCatalog)
            await (0,shared_sites/* setSiteAppCatalog */.wM)(context, url, true);
        return url;
    },
});
async function createModernSite(context, o) {
    const request = {
        Title: o.title,
        Url: o.url,
        ShareByEmailEnabled: o.shareByEmailEnabled,
        Description: o.description ?? '',
        Classification: o.classification ?? '',
        WebTemplate: 'SITEPAGEPUBLISHING#0',
        SiteDesignId: o.siteDesignId ?? SITE_DESIGNS[o.siteDesign ?? 'Topic'],
        Owner: o.owners,
    };
    if (o.lcid !== undefined)
        request.Lcid = o.lcid;
    if (o.type === 'BrandCenter')
        request.AdditionalSiteFeatureIds = await brandCenterFeatures(context);
    const response = await context.http.request({
        method: 'POST',
        url: `${(0,shared_sites/* tenantRoot */.jj)(context)}/_api/SPSiteManager/create`,
        headers: { ...kit/* ACCEPT */.FA.sharepoint, ...kit/* SHAREPOINT_JSON_BODY */._P },
        body: { request },
    });
    // 2 is "ready"; the service reports a URL already in use (and other failures) as 3.
    if (response.body?.SiteStatus !== 2 || !response.body.SiteUrl) {
        throw new errors/* ActionError */.lZ('An error has occurred while creating the site', { hint: `Check that no site (active or deleted) uses ${String(o.url)} already: 'spo site list --filter "Url -like '...'"'.` });
    }
    return response.body.SiteUrl;
}
/** The brand center feature, unless the tenant has a brand center already (there can be one). */
async function brandCenterFeatures(context) {
    const url = `${(0,shared_sites/* adminUrl */.nN)(context)}/_api/SPO.Tenant/GetBrandCenterConfiguration`;
    const config = await context.http.request({ url, headers: { ...kit/* ACCEPT */.FA.sharepoint } });
    if (config.body?.IsBrandCenterSiteFeatureEnabled)
        throw new errors/* ActionError */.lZ('Brand center site is already created in the tenant.');
    context.log.warning('Creating the brand center: its files are stored in a public content delivery network, and the site cannot be deleted afterwards.');
    return [BRAND_CENTER_FEATURE];
}
async function createClassicSite(context, o) {
    const url = String(o.url);
    const admin = (0,shared_sites/* adminUrl */.nN)(context);
    if (o.removeDeletedSite && (await (0,shared_sites/* siteDetails */.S)(context, url))?.TimeDeleted)
        await (0,shared_sites/* removeDeletedSite */.dq)(context, url);
    const property = (name, type, value) => `<Property Name="${name}" Type="${type}">${(0,shared_sites/* escapeXml */.X)(String(value))}</Property>`;
    const properties = [
        property('CompatibilityLevel', 'Int32', 0),
        property('Lcid', 'UInt32', o.lcid ?? 1033),
        property('Owner', 'String', (0,kit/* splitList */.ry)(o.owners)[0] ?? ''),
        property('StorageMaximumLevel', 'Int64', o.storageQuota ?? 100),
        property('StorageWarningLevel', 'Int64', o.storageQuotaWarningLevel ?? 100),
        property('Template', 'String', o.webTemplate ?? 'STS#0'),
        property('TimeZoneId', 'Int32', o.timeZone),
        property('Title', 'String', o.title),
        property('Url', 'String', url),
        property('UserCodeMaximumLevel', 'Double', o.resourceQuota ?? 0),
        property('UserCodeWarningLevel', 'Double', o.resourceQuotaWarningLevel ?? 0),
    ].join('');
    const answer = await (0,shared_sites/* processQuery */.ON)(context, admin, '<ObjectPath Id="4" ObjectPathId="3" /><ObjectPath Id="6" ObjectPathId="5" /><Query Id="8" ObjectPathId="5"><Query SelectAllProperties="false"><Properties><Property Name="IsComplete" ScalarProperty="true" /><Property Name="PollingInterval" ScalarProperty="true" /></Properties></Query></Query>', `<Constructor Id="3" TypeId="${shared_sites/* CSOM_TENANT */.W_}" /><Method Id="5" ParentId="3" Name="CreateSite"><Parameters><Parameter TypeId="{11f84fff-b8cf-47b6-8b50-34e692656606}">${properties}</Parameter></Parameters></Method>`);
    const operation = (0,shared_sites/* lastResult */.gl)(answer);
    // The app catalog can only be added to a provisioned site.
    if (!operation.IsComplete && (o.wait || o.withAppCatalog))
        await (0,shared_sites/* waitForOperation */.o5)(context, admin, operation);
    return url;
}

;// CONCATENATED MODULE: ./src/commands/spo/site-get.ts

/** `spo site get`: the site collection's properties (`/_api/site`). */
const spoSiteGet = (0,kit/* endpoint */.sR)({
    name: 'spo site get',
    description: 'Gets information about the specific site collection',
    resource: 'sharepoint',
    permissions: { sharepoint: ['Sites.Read.All', 'Sites.FullControl.All'] },
    options: { url: kit/* opt */.m7.site('URL of the site collection.', { short: 'u', required: true }) },
    url: ({ url }) => `${(0,kit/* trimSlashes */.uT)(url)}/_api/site`,
});

;// CONCATENATED MODULE: ./src/commands/spo/site-list.ts


/** The CLI's convenience types and the templates they stand for. */
const TEMPLATES = { TeamSite: 'GROUP#0', CommunicationSite: 'SITEPAGEPUBLISHING#0' };
/** Pages followed at most (SharePoint gives a few hundred sites per page). */
const MAX_PAGES = 1000;
/**
 * `spo site list`: the site collections of the tenant as the admin center knows them (`SiteProperties`, the CLI's JSON),
 * every page. SharePoint lists sites by filters only through CSOM on the tenant admin site.
 */
const spoSiteList = (0,kit/* command */.G5)({
    name: 'spo site list',
    description: 'Lists modern sites of the given type',
    resource: 'sharepoint',
    readOnly: true,
    permissions: { sharepoint: ['Sites.FullControl.All'] },
    options: {
        type: kit/* opt */.m7.enum(['TeamSite', 'CommunicationSite'], 'Type of sites to list: TeamSite or CommunicationSite.', { short: 't' }),
        webTemplate: kit/* opt */.m7.string('Template of the sites to list, e.g. GROUP#0 or SITEPAGEPUBLISHING#0. Specify type or webTemplate, not both.'),
        filter: kit/* opt */.m7.string("Filter on the sites, e.g. \"Url -like 'project'\"."),
        withOneDriveSites: kit/* opt */.m7.boolean('Include OneDrive sites (without type or webTemplate).'),
    },
    rules: [kit/* rules */.aO.atMostOne('type', 'webTemplate')],
    validate: (o) => o.withOneDriveSites && (o.type !== undefined || o.webTemplate !== undefined) ? "When using withOneDriveSites, don't specify the type or webTemplate options" : undefined,
    async run(context, options) {
        const template = options.webTemplate ?? (options.type ? TEMPLATES[options.type] : '');
        const sites = [];
        let start = '0';
        for (let page = 0; start && page < MAX_PAGES; page++) {
            const result = await sitesPage(context, { filter: options.filter ?? '', template, personal: options.withOneDriveSites ?? false, start });
            sites.push(...(result._Child_Items_ ?? []));
            start = result.NextStartIndexFromSharePoint;
        }
        return sites;
    },
});
async function sitesPage(context, page) {
    const filters = `<Property Name="Filter" Type="String">${(0,shared_sites/* escapeXml */.X)(page.filter)}</Property><Property Name="IncludeDetail" Type="Boolean">false</Property>` +
        `<Property Name="IncludePersonalSite" Type="Enum">${page.personal ? 1 : 0}</Property><Property Name="StartIndex" Type="String">${(0,shared_sites/* escapeXml */.X)(page.start)}</Property>` +
        `<Property Name="Template" Type="String">${(0,shared_sites/* escapeXml */.X)(page.template)}</Property>`;
    const answer = await (0,shared_sites/* processQuery */.ON)(context, (0,shared_sites/* adminUrl */.nN)(context), '<ObjectPath Id="2" ObjectPathId="1" /><ObjectPath Id="4" ObjectPathId="3" /><Query Id="5" ObjectPathId="3"><Query SelectAllProperties="true"><Properties /></Query><ChildItemQuery SelectAllProperties="true"><Properties /></ChildItemQuery></Query>', `<Constructor Id="1" TypeId="${shared_sites/* CSOM_TENANT */.W_}" /><Method Id="3" ParentId="1" Name="GetSitePropertiesFromSharePointByFilters"><Parameters>` +
        `<Parameter TypeId="{b92aeee2-c92c-4b67-abcc-024e471bc140}">${filters}</Parameter></Parameters></Method>`);
    return (0,shared_sites/* lastResult */.gl)(answer);
}

;// CONCATENATED MODULE: ./src/commands/spo/site-remove.ts



const NO_GROUP = '00000000-0000-0000-0000-000000000000';
/**
 * `spo site remove`: deletes a site collection. A site without group goes to the tenant recycle bin through
 * `SPSiteManager/delete` (the documented REST API); a group-connected site through `GroupSiteManager/Delete`, which
 * deletes its Microsoft 365 group too. `--skipRecycleBin` then removes it for good; `--fromRecycleBin` removes an
 * already deleted site for good. Like the CLI, it prints nothing: the result is empty.
 */
const spoSiteRemove = (0,kit/* command */.G5)({
    name: 'spo site remove',
    description: 'Removes the specified site',
    resource: 'sharepoint',
    readOnly: false,
    permissions: { sharepoint: ['Sites.FullControl.All'] },
    options: {
        url: kit/* opt */.m7.site('URL of the site.', { short: 'u', required: true }),
        skipRecycleBin: kit/* opt */.m7.boolean('Remove the site for good instead of moving it to the recycle bin.'),
        fromRecycleBin: kit/* opt */.m7.boolean('Remove a deleted site from the recycle bin for good.'),
        force: kit/* opt */.m7.boolean("Don't prompt for confirmation (there is never a prompt here).", { short: 'f' }),
    },
    rules: [kit/* rules */.aO.atMostOne('fromRecycleBin', 'skipRecycleBin')],
    validate: ({ url }) => (new URL(url).pathname.replace(/\/+$/, '') === '' ? 'The root site cannot be deleted.' : undefined),
    async run(context, options) {
        const url = (0,kit/* trimSlashes */.uT)(options.url);
        const site = await (0,shared_sites/* siteDetails */.S)(context, url);
        if (site === undefined)
            throw new errors/* ActionError */.lZ('Site not found in the tenant.', { hint: `No active or deleted site collection has the URL ${url}.` });
        const groupId = site.GroupId && site.GroupId !== NO_GROUP ? site.GroupId : undefined;
        if (options.fromRecycleBin) {
            if (!site.TimeDeleted)
                throw new errors/* ActionError */.lZ('Site is currently not in the recycle bin. Remove --fromRecycleBin if you want to remove it as active site.');
        }
        else {
            if (site.TimeDeleted)
                throw new errors/* ActionError */.lZ('Site is already in the recycle bin. Use --fromRecycleBin to permanently delete it.');
            await deleteSite(context, url, site, groupId);
        }
        if (options.fromRecycleBin || options.skipRecycleBin) {
            await (0,shared_sites/* removeDeletedSite */.dq)(context, url);
            if (groupId)
                warnAboutGroup(context, groupId);
        }
        return undefined;
    },
});
async function deleteSite(context, url, site, groupId) {
    if (groupId) {
        await context.http.request({ method: 'POST', url: `${(0,shared_sites/* adminUrl */.nN)(context)}/_api/GroupSiteManager/Delete?siteUrl=${(0,kit/* literal */.eu)(url)}`, headers: { ...kit/* ACCEPT */.FA.sharepoint } });
        return;
    }
    await context.http.request({
        method: 'POST',
        url: `${(0,shared_sites/* tenantRoot */.jj)(context)}/_api/SPSiteManager/delete`,
        headers: { ...kit/* ACCEPT */.FA.sharepoint, ...kit/* SHAREPOINT_JSON_BODY */._P },
        body: { siteId: site.SiteId },
    });
}
/**
 * The CLI also purges the deleted Microsoft 365 group from Entra ID's recycle bin, through Microsoft Graph. A SharePoint
 * command here holds a SharePoint token only, so it says what is left and how to remove it.
 */
function warnAboutGroup(context, groupId) {
    context.log.warning(`The site is removed for good; its Microsoft 365 group ${groupId} stays in the Entra ID recycle bin (30 days). ` +
        `To remove it now: 'entra m365group recyclebinitem remove --id ${groupId} --force'.`);
}

;// CONCATENATED MODULE: ./src/commands/spo/site-set.ts



const SHARING = ['Disabled', 'ExternalUserSharingOnly', 'ExternalUserAndGuestSharing', 'ExistingExternalUserSharingOnly'];
const site_set_NO_GROUP = '00000000-0000-0000-0000-000000000000';
const site_set_options = {
    url: kit/* opt */.m7.site('URL of the site collection to update.', { short: 'u', required: true }),
    title: kit/* opt */.m7.string('New title of the site collection.', { short: 't' }),
    description: kit/* opt */.m7.string('Site description.', { short: 'd' }),
    classification: kit/* opt */.m7.string('New classification of the site collection.'),
    disableFlows: kit/* opt */.m7.boolean('true to disable Power Automate flows in the site collection.'),
    socialBarOnSitePagesDisabled: kit/* opt */.m7.boolean('true to disable the social bar on site pages.'),
    isPublic: kit/* opt */.m7.boolean('Make the group of the site public (true) or private (false).'),
    owners: kit/* opt */.m7.string('Comma-separated users to add as site collection administrators.'),
    shareByEmailEnabled: kit/* opt */.m7.boolean('Allow (true) or disallow sharing files with guests.'),
    siteDesignId: kit/* opt */.m7.guid('ID of the custom site design to apply.'),
    sharingCapability: kit/* opt */.m7.enum(SHARING, 'Sharing capability of the site.'),
    siteLogoUrl: kit/* opt */.m7.string('Logo of the site (absolute or relative URL of a file of the site; "" resets it).'),
    siteThumbnailUrl: kit/* opt */.m7.string('Thumbnail of the site (absolute or relative URL of a file of the site; "" resets it).'),
    resourceQuota: kit/* opt */.m7.number('Sandboxed solutions quota.'),
    resourceQuotaWarningLevel: kit/* opt */.m7.number('Warning level of the resource quota.'),
    storageQuota: kit/* opt */.m7.number('Storage quota in MB.'),
    storageQuotaWarningLevel: kit/* opt */.m7.number('Warning level of the storage quota in MB.'),
    allowSelfServiceUpgrade: kit/* opt */.m7.boolean('Allow tenant administrators to upgrade the site collection.'),
    lockState: kit/* opt */.m7.enum(['Unlock', 'NoAdditions', 'ReadOnly', 'NoAccess'], 'Lock state of the site.'),
    noScriptSite: kit/* opt */.m7.boolean('true to disallow custom script in the site.'),
    wait: kit/* opt */.m7.boolean('Wait until the settings are applied.'),
};
function site_set_validate(o) {
    const { url: _url, wait: _wait, ...changes } = o;
    if (Object.values(changes).every((v) => v === undefined))
        return 'Specify at least one property to update';
    if (o.resourceQuota !== undefined && o.resourceQuotaWarningLevel !== undefined && o.resourceQuotaWarningLevel > o.resourceQuota)
        return 'resourceQuotaWarningLevel must not exceed the resourceQuota';
    if (o.storageQuota !== undefined && o.storageQuotaWarningLevel !== undefined && o.storageQuotaWarningLevel > o.storageQuota)
        return 'storageQuotaWarningLevel must not exceed the storageQuota';
    return undefined;
}
/**
 * `spo site set`: updates a site collection. The tenant-level properties (title, quotas, sharing, flows, lock state,
 * custom script) and site administrators have no REST API: they go through CSOM on the tenant admin site, like the
 * CLI; description, logo and the title of a group-connected site through REST. Prints nothing: the result is empty.
 */
const spoSiteSet = (0,kit/* command */.G5)({
    name: 'spo site set',
    description: 'Updates properties of the specified site',
    resource: 'sharepoint',
    readOnly: false,
    permissions: { sharepoint: ['Sites.FullControl.All'] },
    options: site_set_options,
    validate: site_set_validate,
    async run(context, o) {
        const url = (0,kit/* trimSlashes */.uT)(o.url);
        const ids = (await context.http.request({ url: `${url}/_api/site${(0,kit/* query */.P)({ $select: 'GroupId,Id' })}`, headers: { ...kit/* ACCEPT */.FA.sharepoint } })).body;
        const groupId = ids.GroupId && ids.GroupId !== site_set_NO_GROUP ? ids.GroupId : undefined;
        if (groupId)
            await updateGroupSite(context, o, groupId, ids.Id ?? '');
        else
            await updateSite(context, o, url);
        await updateSiteLevel(context, o, url);
        await wait(context, o, await updateTenantProperties(context, o, url, groupId === undefined));
        if (o.siteDesignId !== undefined) {
            await post(context, `${url}/_api/Microsoft.Sharepoint.Utilities.WebTemplateExtensions.SiteScriptUtility.ApplySiteDesign`, { siteDesignId: o.siteDesignId, webUrl: url });
        }
        if (o.siteLogoUrl !== undefined)
            await post(context, `${url}/_api/siteiconmanager/setsitelogo`, { aspect: 1, relativeLogoUrl: relativePath(o.siteLogoUrl), type: 0 });
        if (o.siteThumbnailUrl !== undefined)
            await post(context, `${url}/_api/siteiconmanager/setsitelogo`, { aspect: 0, relativeLogoUrl: relativePath(o.siteThumbnailUrl), type: 0 });
        // Last: a locked site refuses the other changes.
        if (o.lockState !== undefined)
            await wait(context, o, await setSiteProperties(context, url, [['LockState', 'String', o.lockState]]));
        return undefined;
    },
});
async function post(context, url, body, headers = {}) {
    await context.http.request({ method: 'POST', url, headers: { ...kit/* ACCEPT */.FA.sharepoint, ...kit/* SHAREPOINT_JSON_BODY */._P, ...headers }, body });
}
/** `https://x/sites/a/logo.png` → `/sites/a/logo.png`; a relative URL as given. */
function relativePath(url) {
    return /^https:\/\//i.test(url) ? new URL(url).pathname : url;
}
/**
 * A group-connected site: its title is the group's name (SharePoint renames both). Its description, privacy and owners
 * belong to the Microsoft 365 group, which only Microsoft Graph changes: this SharePoint command names that command.
 */
async function updateGroupSite(context, o, groupId, siteId) {
    const graphOnly = ['description', 'isPublic', 'owners'].filter((name) => o[name] !== undefined);
    if (graphOnly.length > 0) {
        throw new errors/* ActionError */.lZ(`The site is connected to the Microsoft 365 group ${groupId}: --${graphOnly.join(', --')} of its group change through Microsoft Graph.`, {
            hint: `Use 'entra m365group set --id ${groupId}' (--description, --isPrivate, --ownerUserNames) for them, and this command for the other settings.`,
        });
    }
    if (o.title !== undefined)
        await post(context, `${(0,shared_sites/* adminUrl */.nN)(context)}/_api/SPOGroup/UpdateGroupPropertiesBySiteId`, { groupId, siteId, displayName: o.title });
}
/** A site without group: `isPublic` has no meaning; the description is the root web's; owners become site admins. */
async function updateSite(context, o, url) {
    if (o.isPublic !== undefined)
        throw new errors/* ActionError */.lZ("The isPublic option can't be set on a site that is not groupified");
    if (o.description !== undefined)
        await post(context, `${url}/_api/web`, { Description: o.description }, { 'if-match': '*', 'x-http-method': 'MERGE' });
    for (const owner of (0,kit/* splitList */.ry)(o.owners)) {
        await (0,shared_sites/* processQuery */.ON)(context, (0,shared_sites/* adminUrl */.nN)(context), '<ObjectPath Id="2" ObjectPathId="1" />', `<Constructor Id="0" TypeId="${shared_sites/* CSOM_TENANT */.W_}" /><Method Id="1" ParentId="0" Name="SetSiteAdmin"><Parameters><Parameter Type="String">${(0,shared_sites/* escapeXml */.X)(url)}</Parameter>` +
            `<Parameter Type="String">${(0,shared_sites/* escapeXml */.X)(owner)}</Parameter><Parameter Type="Boolean">true</Parameter></Parameters></Method>`);
    }
}
/** Classification and sharing by e-mail are properties of the site itself (CSOM `RequestContext.Current.Site`). */
async function updateSiteLevel(context, o, url) {
    const sets = [];
    if (o.classification !== undefined)
        sets.push(`<SetProperty Id="10" ObjectPathId="5" Name="Classification"><Parameter Type="String">${(0,shared_sites/* escapeXml */.X)(o.classification)}</Parameter></SetProperty>`);
    if (o.shareByEmailEnabled !== undefined)
        sets.push(`<SetProperty Id="11" ObjectPathId="5" Name="ShareByEmailEnabled"><Parameter Type="Boolean">${o.shareByEmailEnabled}</Parameter></SetProperty>`);
    if (sets.length === 0)
        return;
    await (0,shared_sites/* processQuery */.ON)(context, url, sets.join(''), `<StaticProperty Id="1" TypeId="${shared_sites/* CSOM_REQUEST_CONTEXT */.t8}" Name="Current" /><Property Id="5" ParentId="1" Name="Site" />`);
}
/** The tenant-level properties; title, quotas and self-service upgrade only of sites without group (as the CLI). */
function tenantProperties(o, withoutGroup) {
    const properties = [];
    if (withoutGroup) {
        if (o.title !== undefined)
            properties.push(['Title', 'String', o.title]);
        if (o.resourceQuota !== undefined)
            properties.push(['UserCodeMaximumLevel', 'Double', o.resourceQuota]);
        if (o.resourceQuotaWarningLevel !== undefined)
            properties.push(['UserCodeWarningLevel', 'Double', o.resourceQuotaWarningLevel]);
        if (o.storageQuota !== undefined)
            properties.push(['StorageMaximumLevel', 'Int64', o.storageQuota]);
        if (o.storageQuotaWarningLevel !== undefined)
            properties.push(['StorageWarningLevel', 'Int64', o.storageQuotaWarningLevel]);
        if (o.allowSelfServiceUpgrade !== undefined)
            properties.push(['AllowSelfServiceUpgrade', 'Boolean', o.allowSelfServiceUpgrade]);
    }
    // FlowsPolicy: 1 disabled, 2 enabled; DenyAddAndCustomizePages: 2 no script, 1 script allowed.
    if (o.disableFlows !== undefined)
        properties.push(['DisableFlows', 'Enum', o.disableFlows ? 1 : 2]);
    if (o.socialBarOnSitePagesDisabled !== undefined)
        properties.push(['SocialBarOnSitePagesDisabled', 'Boolean', o.socialBarOnSitePagesDisabled]);
    if (o.sharingCapability !== undefined)
        properties.push(['SharingCapability', 'Enum', SHARING.indexOf(o.sharingCapability)]);
    if (o.noScriptSite !== undefined)
        properties.push(['DenyAddAndCustomizePages', 'Enum', o.noScriptSite ? 2 : 1]);
    return properties;
}
async function updateTenantProperties(context, o, url, withoutGroup) {
    const properties = tenantProperties(o, withoutGroup);
    return properties.length > 0 ? setSiteProperties(context, url, properties) : undefined;
}
/** Sets SiteProperties of the site through the tenant (`GetSitePropertiesByUrl(…)`, then `Update()`); its operation. */
async function setSiteProperties(context, url, properties) {
    const sets = properties.map(([name, type, value], i) => `<SetProperty Id="${20 + i}" ObjectPathId="5" Name="${name}"><Parameter Type="${type}">${(0,shared_sites/* escapeXml */.X)(String(value))}</Parameter></SetProperty>`);
    const answer = await (0,shared_sites/* processQuery */.ON)(context, (0,shared_sites/* adminUrl */.nN)(context), `${sets.join('')}<ObjectPath Id="14" ObjectPathId="13" /><Query Id="16" ObjectPathId="13"><Query SelectAllProperties="false"><Properties><Property Name="IsComplete" ScalarProperty="true" /><Property Name="PollingInterval" ScalarProperty="true" /></Properties></Query></Query>`, `<Constructor Id="3" TypeId="${shared_sites/* CSOM_TENANT */.W_}" /><Method Id="5" ParentId="3" Name="GetSitePropertiesByUrl"><Parameters><Parameter Type="String">${(0,shared_sites/* escapeXml */.X)(url)}</Parameter>` +
        '<Parameter Type="Boolean">false</Parameter></Parameters></Method><Method Id="13" ParentId="5" Name="Update" />');
    return (0,shared_sites/* lastResult */.gl)(answer);
}
async function wait(context, o, operation) {
    if (o.wait && operation && !operation.IsComplete)
        await (0,shared_sites/* waitForOperation */.o5)(context, (0,shared_sites/* adminUrl */.nN)(context), operation);
}

;// CONCATENATED MODULE: ./src/commands/spo/web-add.ts


/** `SP.PermissionKind.AddAndCustomizePages`: missing when the site forbids custom script ("NoScript"). */
const ADD_AND_CUSTOMIZE_PAGES = 10;
/**
 * `spo web add`: creates a subsite (`web/webinfos/add`); the result is its `SP.WebInformation`, as the CLI prints it.
 * `--inheritNavigation` makes the subsite use its parent's navigation, which only CSOM can set (and only where custom
 * script is allowed, as the CLI checks).
 */
const spoWebAdd = (0,kit/* command */.G5)({
    name: 'spo web add',
    description: 'Create new subsite',
    resource: 'sharepoint',
    readOnly: false,
    permissions: { sharepoint: ['Sites.FullControl.All'] },
    options: {
        title: kit/* opt */.m7.string('Subsite title.', { short: 't', required: true }),
        description: kit/* opt */.m7.string('Subsite description.', { short: 'd' }),
        url: kit/* opt */.m7.string('Subsite relative URL (its leaf name, e.g. subsite).', { short: 'u', required: true }),
        webTemplate: kit/* opt */.m7.string('Subsite template, e.g. STS#0 (classic team site).', { short: 'w', required: true }),
        parentWebUrl: kit/* opt */.m7.site('URL of the parent site under which to create the subsite.', { short: 'p', required: true }),
        locale: kit/* opt */.m7.number('Subsite locale LCID, e.g. 1033 for en-US (default 1033).', { short: 'l' }),
        breakInheritance: kit/* opt */.m7.boolean('Do not inherit permissions from the parent site.'),
        inheritNavigation: kit/* opt */.m7.boolean('Inherit the navigation of the parent site.'),
    },
    async run(context, o) {
        const parent = (0,kit/* trimSlashes */.uT)(o.parentWebUrl);
        const response = await context.http.request({
            method: 'POST',
            url: `${parent}/_api/web/webinfos/add`,
            headers: { ...kit/* ACCEPT */.FA.sharepoint, ...kit/* SHAREPOINT_JSON_BODY */._P },
            body: { parameters: { Url: o.url, Title: o.title, Description: o.description, Language: o.locale, WebTemplate: o.webTemplate, UseUniquePermissions: o.breakInheritance } },
        });
        if (o.inheritNavigation)
            await inheritNavigation(context, `${parent}/${(0,kit/* segment */.mX)(o.url)}`);
        return response.body;
    },
});
async function inheritNavigation(context, webUrl) {
    const permissions = await context.http.request({ url: `${webUrl}/_api/web/effectivebasepermissions`, headers: { ...kit/* ACCEPT */.FA.sharepoint } });
    const low = BigInt(permissions.body.Low ?? 0);
    if ((low & (1n << BigInt(ADD_AND_CUSTOMIZE_PAGES - 1))) === 0n) {
        context.log.info('No script is enabled. Skipping the InheritParentNavigation settings.');
        return;
    }
    await (0,shared_sites/* processQuery */.ON)(context, webUrl, '<SetProperty Id="6" ObjectPathId="4" Name="UseShared"><Parameter Type="Boolean">true</Parameter></SetProperty>', `<StaticProperty Id="0" TypeId="${shared_sites/* CSOM_REQUEST_CONTEXT */.t8}" Name="Current" /><Property Id="2" ParentId="0" Name="Web" /><Property Id="4" ParentId="2" Name="Navigation" />`);
}

;// CONCATENATED MODULE: ./src/commands/spo/web-get.ts

/**
 * `spo web get`: the web's properties (`/_api/web`), with its associated owner/member/visitor groups on `--withGroups`.
 * (The CLI's `--withPermissions` is not offered: its friendly-permission decoding is not reproduced yet.)
 */
const spoWebGet = (0,kit/* endpoint */.sR)({
    name: 'spo web get',
    description: 'Retrieves information about the specified site',
    resource: 'sharepoint',
    permissions: { sharepoint: ['Sites.Read.All', 'Sites.FullControl.All'] },
    options: {
        url: kit/* opt */.m7.site('URL of the site.', { short: 'u', required: true }),
        withGroups: kit/* opt */.m7.boolean('Also return the associated owner, member and visitor groups.'),
    },
    url: ({ url, withGroups }) => `${(0,kit/* trimSlashes */.uT)(url)}/_api/web${(0,kit/* query */.P)({ $expand: withGroups ? 'AssociatedMemberGroup,AssociatedOwnerGroup,AssociatedVisitorGroup' : undefined })}`,
});

;// CONCATENATED MODULE: ./src/commands/spo/web-list.ts

/** `spo web list`: the subsites of a site, every page (spo/web/web-list). */
const spoWebList = (0,kit/* endpoint */.sR)({
    name: 'spo web list',
    description: 'Lists subsites of the specified site',
    resource: 'sharepoint',
    permissions: { sharepoint: ['Sites.Read.All', 'Sites.FullControl.All'] },
    options: { url: kit/* opt */.m7.site('URL of the parent site.', { short: 'u', required: true }) },
    paged: true,
    url: ({ url }) => `${(0,kit/* trimSlashes */.uT)(url)}/_api/web/webs`,
});

;// CONCATENATED MODULE: ./src/commands/spo/web-set.ts

const SEARCH_SCOPES = ['DefaultScope', 'Tenant', 'Hub', 'Site'];
/** An extra option's text as the web property value it stands for (the CLI takes Boolean, String and Int32 ones). */
function propertyValue(text) {
    if (/^(true|false)$/i.test(text))
        return text.toLowerCase() === 'true';
    return /^-?\d+$/.test(text) && Number.isSafeInteger(Number(text)) ? Number(text) : text;
}
/**
 * `spo web set`: updates a web's properties (one PATCH of `_api/web`); any other web property can be given by its
 * name, e.g. `--AllowAutomaticASPXPageIndexing false`. `--welcomePage` sets the root folder's welcome page. Like the
 * CLI, it prints nothing: the result is empty.
 */
const spoWebSet = (0,kit/* command */.G5)({
    name: 'spo web set',
    description: 'Updates subsite properties',
    resource: 'sharepoint',
    readOnly: false,
    permissions: { sharepoint: ['Sites.FullControl.All'] },
    options: {
        url: kit/* opt */.m7.site('URL of the subsite to update.', { short: 'u', required: true }),
        title: kit/* opt */.m7.string('New title of the subsite.', { short: 't' }),
        description: kit/* opt */.m7.string('New description of the subsite.', { short: 'd' }),
        siteLogoUrl: kit/* opt */.m7.string('New site logo URL ("" resets it to the default).'),
        quickLaunchEnabled: kit/* opt */.m7.boolean('true to enable quick launch, false to disable it.'),
        headerLayout: kit/* opt */.m7.enum(['standard', 'compact'], 'Site header: standard or compact.'),
        headerEmphasis: kit/* opt */.m7.number('Site header background: 0, 1, 2 or 3.'),
        megaMenuEnabled: kit/* opt */.m7.boolean('true for the mega menu, false for the cascading menu.'),
        footerEnabled: kit/* opt */.m7.boolean('true to enable the footer, false to disable it.'),
        navAudienceTargetingEnabled: kit/* opt */.m7.boolean('Enable or disable audience targeting of the site navigation.'),
        searchScope: kit/* opt */.m7.enum(SEARCH_SCOPES, 'Search scope of the site: DefaultScope, Tenant, Hub or Site.'),
        welcomePage: kit/* opt */.m7.string('Site-relative URL of the welcome page, e.g. SitePages/new-home.aspx.'),
    },
    allowUnknownOptions: true,
    validate: (o) => o.headerEmphasis !== undefined && ![0, 1, 2, 3].includes(o.headerEmphasis)
        ? `${o.headerEmphasis} is not a valid value for headerEmphasis. Allowed values are 0|1|2|3`
        : undefined,
    async run(context, o, extra) {
        const url = (0,kit/* trimSlashes */.uT)(o.url);
        const payload = Object.fromEntries(Object.entries(extra).map(([name, text]) => [name, propertyValue(text)]));
        if (o.title)
            payload.Title = o.title;
        if (o.description)
            payload.Description = o.description;
        if (o.siteLogoUrl !== undefined)
            payload.SiteLogoUrl = o.siteLogoUrl;
        if (o.quickLaunchEnabled !== undefined)
            payload.QuickLaunchEnabled = o.quickLaunchEnabled;
        if (o.headerEmphasis !== undefined)
            payload.HeaderEmphasis = o.headerEmphasis;
        if (o.headerLayout !== undefined)
            payload.HeaderLayout = o.headerLayout === 'standard' ? 1 : 2;
        if (o.megaMenuEnabled !== undefined)
            payload.MegaMenuEnabled = o.megaMenuEnabled;
        if (o.footerEnabled !== undefined)
            payload.FooterEnabled = o.footerEnabled;
        if (o.navAudienceTargetingEnabled !== undefined)
            payload.NavAudienceTargetingEnabled = o.navAudienceTargetingEnabled;
        if (o.searchScope !== undefined)
            payload.SearchScope = SEARCH_SCOPES.indexOf(o.searchScope);
        const headers = { ...kit/* ACCEPT */.FA.sharepoint, ...kit/* SHAREPOINT_JSON_BODY */._P };
        await context.http.request({ method: 'PATCH', url: `${url}/_api/web`, headers, body: payload });
        if (o.welcomePage !== undefined)
            await context.http.request({ method: 'PATCH', url: `${url}/_api/web/RootFolder`, headers, body: { WelcomePage: o.welcomePage } });
        return undefined;
    },
});

;// CONCATENATED MODULE: ./src/commands/sections/spo-sites.ts










/** Sites and webs, and `spo set`. */
const commands = [
    spoSiteGet,
    spoSiteList,
    spoSiteAdd,
    spoSiteSet,
    spoSiteRemove,
    spoWebGet,
    spoWebList,
    spoWebAdd,
    spoWebSet,
    spoSet,
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
