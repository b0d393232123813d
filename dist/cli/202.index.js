export const id = 202;
export const ids = [202];
export const modules = {

/***/ 8821:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  commands: () => (/* binding */ commands)
});

// EXTERNAL MODULE: ./src/commands/kit/index.ts + 2 modules
var kit = __webpack_require__(9897);
// EXTERNAL MODULE: ./src/commands/spo/shared-sites.ts
var shared_sites = __webpack_require__(1637);
;// CONCATENATED MODULE: ./src/commands/spo/shared-config-b.ts


/** `<root>/_api/Microsoft.Sharepoint.Utilities.WebTemplateExtensions.SiteScriptUtility.<operation>`. */
function siteScriptUtility(context, operation) {
    return `${(0,shared_sites/* tenantRoot */.jj)(context)}/_api/Microsoft.Sharepoint.Utilities.WebTemplateExtensions.SiteScriptUtility.${operation}`;
}
/** The `value` of a SharePoint collection body (the CLI prints the array). */
function shared_config_b_valueOf(body) {
    return typeof body === 'object' && body !== null && 'value' in body ? body.value : body;
}
/** The tenant's custom themes (`thememanager/GetTenantThemingOptions` on the admin site, a read asked with POST). */
async function tenantThemes(context) {
    const response = await context.http.request({
        method: 'POST',
        url: `${(0,shared_sites/* adminUrl */.nN)(context)}/_api/thememanager/GetTenantThemingOptions`,
        idempotent: true,
        headers: { ...kit/* ACCEPT */.FA.sharepoint },
    });
    return response.body.themePreviews ?? [];
}
/** The CDN types of the CDN commands: the public CDN is SharePoint's type 0, the private one type 1. */
const CDN_TYPES = ['Public', 'Private'];
/** `<Method Name="…" Id="…" ObjectPathId="1">` on the tenant object, with an enum and optional further parameters. */
function tenantMethod(id, name, ...parameters) {
    return `<Method Name="${name}" Id="${id}" ObjectPathId="1"><Parameters>${parameters.join('')}</Parameters></Method>`;
}
/** Runs methods of `new Tenant()` on the admin site (CSOM, as the CDN settings exist only there); the answer array. */
function onTenant(context, actions) {
    return (0,shared_sites/* processQuery */.ON)(context, (0,shared_sites/* adminUrl */.nN)(context), actions, `<Constructor Id="1" TypeId="${shared_sites/* CSOM_TENANT */.W_}" />`);
}
/** `<Parameter Type="Enum">n</Parameter>` of a CDN type (0 public, 1 private). */
function cdnTypeParameter(type) {
    return `<Parameter Type="Enum">${type === 'Private' ? 1 : 0}</Parameter>`;
}

;// CONCATENATED MODULE: ./src/commands/spo/cdn-get.ts



/** `spo cdn get`: whether the tenant's public (default) or private CDN is enabled: true or false (spo/cdn/cdn-get). */
const spoCdnGet = (0,kit/* command */.G5)({
    name: 'spo cdn get',
    description: 'View current status of the specified Microsoft 365 CDN',
    resource: 'sharepoint',
    readOnly: true,
    permissions: { sharepoint: ['Sites.FullControl.All'] },
    options: { type: kit/* opt */.m7.enum(CDN_TYPES, 'The CDN: Public (default) or Private.', { short: 't' }) },
    async run(context, { type }) {
        return (0,shared_sites/* lastResult */.gl)(await onTenant(context, tenantMethod(2, 'GetTenantCdnEnabled', cdnTypeParameter(type))));
    },
});

;// CONCATENATED MODULE: ./src/commands/spo/cdn-origin-add.ts



/** `spo cdn origin add`: adds an origin to the tenant's public (default) or private CDN (spo/cdn/cdn-origin-add). */
const spoCdnOriginAdd = (0,kit/* command */.G5)({
    name: 'spo cdn origin add',
    description: 'Adds CDN origin to the current SharePoint Online tenant',
    resource: 'sharepoint',
    readOnly: false,
    permissions: { sharepoint: ['Sites.FullControl.All'] },
    options: {
        type: kit/* opt */.m7.enum(CDN_TYPES, 'The CDN: Public (default) or Private.', { short: 't' }),
        origin: kit/* opt */.m7.string('The origin: a library or folder URL, or */<library> for that library of every site.', { short: 'r', required: true }),
    },
    async run(context, { type, origin }) {
        await onTenant(context, tenantMethod(2, 'AddTenantCdnOrigin', cdnTypeParameter(type), `<Parameter Type="String">${(0,shared_sites/* escapeXml */.X)(origin)}</Parameter>`));
        return undefined;
    },
});

;// CONCATENATED MODULE: ./src/commands/spo/cdn-origin-list.ts



/** `spo cdn origin list`: the origins of the tenant's public (default) or private CDN (spo/cdn/cdn-origin-list). */
const spoCdnOriginList = (0,kit/* command */.G5)({
    name: 'spo cdn origin list',
    description: 'List Microsoft 365 CDN origins',
    resource: 'sharepoint',
    readOnly: true,
    permissions: { sharepoint: ['Sites.FullControl.All'] },
    options: { type: kit/* opt */.m7.enum(CDN_TYPES, 'The CDN: Public (default) or Private.', { short: 't' }) },
    async run(context, { type }) {
        return (0,shared_sites/* lastResult */.gl)(await onTenant(context, tenantMethod(2, 'GetTenantCdnOrigins', cdnTypeParameter(type))));
    },
});

;// CONCATENATED MODULE: ./src/commands/spo/cdn-set.ts


const TYPES = ['Public', 'Private', 'Both'];
/**
 * `spo cdn set`: enables or disables the tenant's public (default), private or both CDNs; enabling one also creates
 * its default origins unless `--noDefaultOrigins` (spo/cdn/cdn-set).
 */
const spoCdnSet = (0,kit/* command */.G5)({
    name: 'spo cdn set',
    description: 'Enable or disable the specified Microsoft 365 CDN',
    resource: 'sharepoint',
    readOnly: false,
    permissions: { sharepoint: ['Sites.FullControl.All'] },
    options: {
        enabled: kit/* opt */.m7.enum(['true', 'false'], 'Enable (true) or disable (false) the CDN.', { short: 'e', required: true }),
        type: kit/* opt */.m7.enum(TYPES, 'The CDN: Public (default), Private or Both.', { short: 't' }),
        noDefaultOrigins: kit/* opt */.m7.boolean('Do not create the default origins when enabling the CDN.'),
    },
    async run(context, { enabled, type, noDefaultOrigins }) {
        const types = type === 'Both' ? ['Private', 'Public'] : [type ?? 'Public'];
        let id = 2;
        const actions = types.map((t) => tenantMethod(id++, 'SetTenantCdnEnabled', cdnTypeParameter(t), `<Parameter Type="Boolean">${enabled}</Parameter>`));
        if (enabled === 'true' && !noDefaultOrigins)
            actions.push(...types.map((t) => tenantMethod(id++, 'CreateTenantCdnDefaultOrigins', cdnTypeParameter(t))));
        await onTenant(context, actions.join(''));
        return undefined;
    },
});

;// CONCATENATED MODULE: ./src/commands/spo/contenttype-add.ts

/**
 * `spo contenttype add`: adds a content type to a site (`POST web/contenttypes`); the result is the new content type
 * (spo/contenttype/contenttype-add). List content types (`--listTitle`, `--listId`, `--listUrl`) are not supported
 * yet: they are refused at planning.
 */
const spoContentTypeAdd = (0,kit/* endpoint */.sR)({
    name: 'spo contenttype add',
    description: 'Adds a new list or site content type',
    resource: 'sharepoint',
    method: 'POST',
    permissions: { sharepoint: ['Sites.Manage.All', 'Sites.FullControl.All'] },
    options: {
        webUrl: kit/* opt */.m7.site('URL of the site where the content type should be created.', { short: 'u', required: true }),
        listTitle: kit/* opt */.m7.string('Not supported yet: title of the list for a list content type.', { short: 'l' }),
        listId: kit/* opt */.m7.guid('Not supported yet: ID of the list for a list content type.'),
        listUrl: kit/* opt */.m7.string('Not supported yet: URL of the list for a list content type.'),
        id: kit/* opt */.m7.string('ID of the content type: the ID of its parent followed by its own part (0x0100…).', { short: 'i', required: true }),
        name: kit/* opt */.m7.string('Name of the content type.', { short: 'n', required: true }),
        description: kit/* opt */.m7.string('Description of the content type.', { short: 'd' }),
        group: kit/* opt */.m7.string('Group of the content type.', { short: 'g' }),
    },
    rules: [kit/* rules */.aO.atMostOne('listTitle', 'listId', 'listUrl')],
    validate(o) {
        if (o.listTitle !== undefined || o.listId !== undefined || o.listUrl !== undefined) {
            return 'List content types (--listTitle, --listId, --listUrl) are not supported yet. Add the content type to the site (leave the list option out), then add it to the list.';
        }
        return /^0x[0-9a-f]{2,}$/i.test(o.id) ? undefined : `'${o.id}' is not a content type ID: it starts with 0x and the ID of its parent (0x0100… for an item).`;
    },
    url: ({ webUrl }) => `${(0,kit/* trimSlashes */.uT)(webUrl)}/_api/web/contenttypes`,
    headers: kit/* SHAREPOINT_JSON_BODY */._P,
    body: (o) => ({ Id: { StringValue: o.id }, Name: o.name, ...(o.description === undefined ? {} : { Description: o.description }), ...(o.group === undefined ? {} : { Group: o.group }) }),
});

;// CONCATENATED MODULE: ./src/commands/spo/contenttype-list.ts

/** `spo contenttype list`: the content types of a site with their parents, optionally of one group (spo/contenttype/contenttype-list). */
const spoContentTypeList = (0,kit/* endpoint */.sR)({
    name: 'spo contenttype list',
    description: 'Lists content types from specified site',
    resource: 'sharepoint',
    permissions: { sharepoint: ['Sites.Read.All', 'Sites.FullControl.All'] },
    options: {
        webUrl: kit/* opt */.m7.site('URL of the site.', { short: 'u', required: true }),
        category: kit/* opt */.m7.string('Group of the content types to list.', { short: 'c' }),
    },
    paged: true,
    url: ({ webUrl, category }) => `${(0,kit/* trimSlashes */.uT)(webUrl)}/_api/web/ContentTypes${(0,kit/* query */.P)({ $expand: 'Parent', $filter: category === undefined ? undefined : `Group eq ${(0,kit/* literal */.eu)(category)}` })}`,
});

;// CONCATENATED MODULE: ./src/commands/spo/group-list.ts

const ASSOCIATED = ['AssociatedOwnerGroup', 'AssociatedMemberGroup', 'AssociatedVisitorGroup'];
/**
 * `spo group list`: the SharePoint groups of a site, or with `--associatedGroupsOnly` the web's owner, member and
 * visitor groups as `{ AssociatedOwnerGroup, AssociatedMemberGroup, AssociatedVisitorGroup }` (spo/group/group-list).
 */
const spoGroupList = (0,kit/* command */.G5)({
    name: 'spo group list',
    description: 'Lists all the groups within specific web',
    resource: 'sharepoint',
    readOnly: true,
    permissions: { sharepoint: ['Sites.Read.All', 'Sites.FullControl.All'] },
    options: {
        webUrl: kit/* opt */.m7.site('URL of the site.', { short: 'u', required: true }),
        associatedGroupsOnly: kit/* opt */.m7.boolean("Only the web's associated owner, member and visitor groups."),
    },
    async run(context, { webUrl, associatedGroupsOnly }) {
        const web = `${(0,kit/* trimSlashes */.uT)(webUrl)}/_api/web`;
        if (!associatedGroupsOnly)
            return context.http.getAll(`${web}/sitegroups`, { ...kit/* ACCEPT */.FA.sharepoint });
        const groups = await Promise.all(ASSOCIATED.map(async (name) => [name, (await context.http.request({ method: 'GET', url: `${web}/${name}`, headers: { ...kit/* ACCEPT */.FA.sharepoint } })).body]));
        return Object.fromEntries(groups);
    },
});

;// CONCATENATED MODULE: ./src/commands/spo/sitedesign-add.ts


const WEB_TEMPLATES = ['TeamSite', 'CommunicationSite'];
/** `spo sitedesign add`: creates a site design from site scripts (spo/sitedesign/sitedesign-add). */
const spoSiteDesignAdd = (0,kit/* endpoint */.sR)({
    name: 'spo sitedesign add',
    description: 'Adds site design for creating modern sites',
    resource: 'sharepoint',
    method: 'POST',
    permissions: { sharepoint: ['Sites.FullControl.All'] },
    options: {
        title: kit/* opt */.m7.string('Title of the site design.', { short: 't', required: true }),
        webTemplate: kit/* opt */.m7.enum(WEB_TEMPLATES, 'The kind of site the design is for: TeamSite or CommunicationSite.', { short: 'w', required: true }),
        siteScripts: kit/* opt */.m7.string('Comma-separated IDs of the site scripts the design applies.', { short: 's', required: true }),
        description: kit/* opt */.m7.string('Description of the site design.', { short: 'd' }),
        previewImageUrl: kit/* opt */.m7.string('URL of the preview image.', { short: 'm' }),
        previewImageAltText: kit/* opt */.m7.string('Alt text of the preview image.', { short: 'a' }),
        thumbnailUrl: kit/* opt */.m7.string('URL of the thumbnail image.'),
        isDefault: kit/* opt */.m7.boolean('Make it the default design of its kind of site.'),
    },
    validate({ siteScripts }) {
        const bad = (0,kit/* splitList */.ry)(siteScripts).find((id) => !/^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$/i.test(id));
        return bad === undefined ? undefined : `${bad} is not a valid GUID (--siteScripts takes comma-separated site script IDs).`;
    },
    url: (_options, context) => siteScriptUtility(context, 'CreateSiteDesign'),
    headers: kit/* SHAREPOINT_JSON_BODY */._P,
    body: (o) => ({
        info: {
            Title: o.title,
            WebTemplate: o.webTemplate === 'TeamSite' ? '64' : '68',
            SiteScriptIds: (0,kit/* splitList */.ry)(o.siteScripts),
            ...(o.description ? { Description: o.description } : {}),
            ...(o.previewImageUrl ? { PreviewImageUrl: o.previewImageUrl } : {}),
            ...(o.previewImageAltText ? { PreviewImageAltText: o.previewImageAltText } : {}),
            ...(o.thumbnailUrl ? { ThumbnailUrl: o.thumbnailUrl } : {}),
            ...(o.isDefault ? { IsDefault: true } : {}),
        },
    }),
});

;// CONCATENATED MODULE: ./src/commands/spo/sitedesign-apply.ts


/**
 * `spo sitedesign apply`: applies a site design to a site now (the outcome of each action) or, with `--asTask`, queues
 * it (the task) (spo/sitedesign/sitedesign-apply).
 */
const spoSiteDesignApply = (0,kit/* endpoint */.sR)({
    name: 'spo sitedesign apply',
    description: 'Applies a site design to an existing site collection',
    resource: 'sharepoint',
    method: 'POST',
    permissions: { sharepoint: ['Sites.FullControl.All'] },
    options: {
        id: kit/* opt */.m7.guid('ID of the site design to apply.', { short: 'i', required: true }),
        webUrl: kit/* opt */.m7.site('URL of the site to apply the design to.', { short: 'u', required: true }),
        asTask: kit/* opt */.m7.boolean('Queue the design as a task instead of applying it now (needed for more than 30 actions).'),
    },
    url: ({ asTask }, context) => siteScriptUtility(context, asTask ? 'AddSiteDesignTask' : 'ApplySiteDesign'),
    headers: kit/* SHAREPOINT_JSON_BODY */._P,
    body: ({ id, webUrl }) => ({ siteDesignId: id, webUrl }),
    result: shared_config_b_valueOf,
});

;// CONCATENATED MODULE: ./src/commands/spo/sitedesign-list.ts


/** `spo sitedesign list`: the site designs of the tenant (spo/sitedesign/sitedesign-list). */
const spoSiteDesignList = (0,kit/* endpoint */.sR)({
    name: 'spo sitedesign list',
    description: 'Lists available site designs for creating modern sites',
    resource: 'sharepoint',
    method: 'POST',
    // A read, though SharePoint asks for it with POST.
    readOnlyWhen: () => true,
    permissions: { sharepoint: ['Sites.Read.All', 'Sites.FullControl.All'] },
    options: {},
    url: (_options, context) => siteScriptUtility(context, 'GetSiteDesigns'),
    result: shared_config_b_valueOf,
});

;// CONCATENATED MODULE: ./src/commands/spo/sitescript-add.ts


/** `spo sitescript add`: creates a site script from its JSON (spo/sitescript/sitescript-add). */
const spoSiteScriptAdd = (0,kit/* endpoint */.sR)({
    name: 'spo sitescript add',
    description: 'Adds site script for use with site designs',
    resource: 'sharepoint',
    method: 'POST',
    permissions: { sharepoint: ['Sites.FullControl.All'] },
    options: {
        title: kit/* opt */.m7.string('Title of the site script.', { short: 't', required: true }),
        content: kit/* opt */.m7.json('JSON of the site script (its $schema, actions and version).', { short: 'c', required: true }),
        description: kit/* opt */.m7.string('Description of the site script.', { short: 'd' }),
    },
    url: ({ title, description }, context) => `${siteScriptUtility(context, 'CreateSiteScript(Title=@title,Description=@description)')}?@title=${(0,kit/* literal */.eu)(title)}&@description=${(0,kit/* literal */.eu)(description ?? '')}`,
    headers: kit/* SHAREPOINT_JSON_BODY */._P,
    body: ({ content }) => content,
});

;// CONCATENATED MODULE: ./src/commands/spo/sitescript-list.ts


/** `spo sitescript list`: the site scripts of the tenant (spo/sitescript/sitescript-list). */
const spoSiteScriptList = (0,kit/* endpoint */.sR)({
    name: 'spo sitescript list',
    description: 'Lists site script available for use with site designs',
    resource: 'sharepoint',
    method: 'POST',
    // A read, though SharePoint asks for it with POST.
    readOnlyWhen: () => true,
    permissions: { sharepoint: ['Sites.Read.All', 'Sites.FullControl.All'] },
    options: {},
    url: (_options, context) => siteScriptUtility(context, 'GetSiteScripts'),
    result: shared_config_b_valueOf,
});

;// CONCATENATED MODULE: ./src/commands/spo/tenant-settings-schema.ts
/**
 * The tenant settings `spo tenant settings set` can change and `spo tenant settings list` reports, by type: the CSOM
 * properties of the tenant object with the CLI's option names (which are the property names).
 */
/** Settings that are true or false. */
const BOOLEAN_SETTINGS = [
    'ExternalServicesEnabled',
    'DisplayStartASiteOption',
    'ShowEveryoneClaim',
    'ShowAllUsersClaim',
    'ShowEveryoneExceptExternalUsersClaim',
    'SearchResolveExactEmailOrUPN',
    'OfficeClientADALDisabled',
    'LegacyAuthProtocolsEnabled',
    'RequireAcceptingAccountMatchInvitedAccount',
    'ProvisionSharedWithEveryoneFolder',
    'EnableGuestSignInAcceleration',
    'UsePersistentCookiesForExplorerView',
    'BccExternalSharingInvitations',
    'UserVoiceForFeedbackEnabled',
    'PublicCdnEnabled',
    'OneDriveForGuestsEnabled',
    'IPAddressEnforcement',
    'UseFindPeopleInPeoplePicker',
    'PreventExternalUsersFromResharing',
    'ShowPeoplePickerSuggestionsForGuestUsers',
    'NotifyOwnersWhenItemsReshared',
    'NotifyOwnersWhenInvitationsAccepted',
    'NotificationsInOneDriveForBusinessEnabled',
    'NotificationsInSharePointEnabled',
    'OwnerAnonymousNotification',
    'CommentsOnSitePagesDisabled',
    'SocialBarOnSitePagesDisabled',
    'DisallowInfectedFileDownload',
    'AllowDownloadingNonWebViewableFiles',
    'AllowEditing',
    'ApplyAppEnforcedRestrictionsToAdHocRecipients',
    'FilePickerExternalImageSearchEnabled',
    'EmailAttestationRequired',
    'HideDefaultThemes',
    'BlockAccessOnUnmanagedDevices',
    'AllowLimitedAccessOnUnmanagedDevices',
    'BlockDownloadOfAllFilesForGuests',
    'BlockDownloadOfAllFilesOnUnmanagedDevices',
    'BlockDownloadOfViewableFilesForGuests',
    'BlockDownloadOfViewableFilesOnUnmanagedDevices',
    'BlockMacSync',
    'DisableReportProblemDialog',
    'DisplayNamesOfFileViewers',
    'EnableMinimumVersionRequirement',
    'HideSyncButtonOnODB',
    'IsUnmanagedSyncClientForTenantRestricted',
    'OptOutOfGrooveBlock',
    'OptOutOfGrooveSoftBlock',
    'PermissiveBrowserFileHandlingOverride',
    'ShowNGSCDialogForSyncOnODB',
    'SyncPrivacyProfileProperties',
    'DisableCustomAppAuthentication',
    'CommentsOnListItemsDisabled',
    'EnableAzureADB2BIntegration',
    'SyncAadB2BManagementPolicy',
    'AllowWebPropertyBagUpdateWhenDenyAddAndCustomizePagesIsEnabled',
];
/** Settings that are whole numbers. */
const NUMBER_SETTINGS = [
    'MinCompatibilityLevel',
    'MaxCompatibilityLevel',
    'RequireAnonymousLinksExpireInDays',
    'OneDriveStorageQuota',
    'IPAddressWACTokenLifetime',
    'OrphanedPersonalSitesRetentionPeriod',
    'EmailAttestationReAuthDays',
];
/** Settings that are text. */
const STRING_SETTINGS = [
    'NoAccessRedirectUrl',
    'StartASiteFormUrl',
    'SignInAccelerationDomain',
    'BccExternalSharingInvitationsList',
    'PublicCdnAllowedFileTypes',
    'SharingAllowedDomainList',
    'SharingBlockedDomainList',
    'IPAddressAllowList',
    'OrgNewsSiteUrl',
];
/** Settings that are lists, given comma-separated: of text, or of GUIDs. */
const TEXT_LIST_SETTINGS = ['ExcludedFileExtensionsForSyncClient'];
const GUID_LIST_SETTINGS = ['AllowedDomainListForSyncClient', 'DisabledWebPartIds'];
/** Settings that are enums: their names, in the order of their numbers. */
const ENUM_SETTINGS = {
    SharingCapability: ['Disabled', 'ExternalUserSharingOnly', 'ExternalUserAndGuestSharing', 'ExistingExternalUserSharingOnly'],
    SharingDomainRestrictionMode: ['None', 'AllowList', 'BlockList'],
    DefaultSharingLinkType: ['None', 'Direct', 'Internal', 'AnonymousAccess'],
    ODBMembersCanShare: ['Unspecified', 'On', 'Off'],
    ODBAccessRequests: ['Unspecified', 'On', 'Off'],
    FileAnonymousLinkType: ['None', 'View', 'Edit'],
    FolderAnonymousLinkType: ['None', 'View', 'Edit'],
    DefaultLinkPermission: ['None', 'View', 'Edit'],
    ConditionalAccessPolicy: ['AllowFullAccess', 'AllowLimitedAccess', 'BlockAccess'],
    LimitedAccessFileType: ['OfficeOnlineFilesOnly', 'WebPreviewableFiles', 'OtherFiles'],
    SpecialCharactersStateInFileFolderNames: ['NoPreference', 'Allowed', 'Disallowed'],
};

;// CONCATENATED MODULE: ./src/commands/spo/tenant-settings-list.ts




/**
 * `spo tenant settings list`: every setting of the tenant's SharePoint (a query of the tenant object, CSOM on the admin
 * site), enums by name (spo/tenant/tenant-settings-list).
 */
const spoTenantSettingsList = (0,kit/* command */.G5)({
    name: 'spo tenant settings list',
    description: 'Lists the global tenant settings',
    resource: 'sharepoint',
    readOnly: true,
    permissions: { sharepoint: ['Sites.FullControl.All'] },
    options: {},
    async run(context) {
        const answer = await onTenant(context, '<ObjectPath Id="2" ObjectPathId="1" /><Query Id="3" ObjectPathId="1"><Query SelectAllProperties="true"><Properties /></Query></Query>');
        const { _ObjectType_: _type, _ObjectIdentity_: _identity, ...settings } = (0,shared_sites/* lastResult */.gl)(answer);
        for (const [name, values] of Object.entries(ENUM_SETTINGS)) {
            const value = settings[name];
            if (typeof value === 'number')
                settings[name] = values[value];
        }
        return settings;
    },
});

;// CONCATENATED MODULE: ./src/commands/spo/tenant-settings-set.ts




const enumEntries = Object.entries(ENUM_SETTINGS);
const ENUMS = new Map(enumEntries);
/** One option per setting, named like the setting (as the CLI names them). */
const SETTING_OPTIONS = Object.fromEntries([
    ...BOOLEAN_SETTINGS.map((name) => [name, kit/* opt */.m7.boolean(`Tenant setting ${name}: true or false.`)]),
    ...NUMBER_SETTINGS.map((name) => [name, kit/* opt */.m7.number(`Tenant setting ${name}: a whole number.`)]),
    ...STRING_SETTINGS.map((name) => [name, kit/* opt */.m7.string(`Tenant setting ${name}.`)]),
    ...TEXT_LIST_SETTINGS.map((name) => [name, kit/* opt */.m7.string(`Tenant setting ${name}: comma-separated values.`)]),
    ...GUID_LIST_SETTINGS.map((name) => [name, kit/* opt */.m7.string(`Tenant setting ${name}: comma-separated GUIDs.`)]),
    ...enumEntries.map(([name, values]) => [name, kit/* opt */.m7.enum(values, `Tenant setting ${name}: ${values.join(', ')}.`)]),
]);
const GUID = /^\{?[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}\}?$/i;
const isIn = (list, name) => list.includes(name);
const items = (value) => value.split(',').map((v) => v.trim()).filter((v) => v !== '');
/** The CSOM parameter of a setting's value, typed like the setting. */
function parameter(name, value) {
    const text = String(value);
    if (typeof value === 'boolean')
        return `<Parameter Type="Boolean">${text}</Parameter>`;
    if (typeof value === 'number')
        return `<Parameter Type="Int64">${text}</Parameter>`;
    const values = ENUMS.get(name);
    if (values)
        return `<Parameter Type="Enum">${values.indexOf(text)}</Parameter>`;
    if (isIn(GUID_LIST_SETTINGS, name))
        return `<Parameter Type="Array">${items(text).map((g) => `<Object Type="Guid">{${(0,shared_sites/* escapeXml */.X)(g.replace(/[{}]/g, ''))}}</Object>`).join('')}</Parameter>`;
    if (isIn(TEXT_LIST_SETTINGS, name))
        return `<Parameter Type="Array">${items(text).map((v) => `<Object Type="String">${(0,shared_sites/* escapeXml */.X)(v)}</Object>`).join('')}</Parameter>`;
    return `<Parameter Type="String">${(0,shared_sites/* escapeXml */.X)(text)}</Parameter>`;
}
/** The settings given, by name (the options of the schema that have a value). */
function givenSettings(options) {
    return Object.entries(options).filter(([name, value]) => Object.hasOwn(SETTING_OPTIONS, name) && value !== undefined);
}
/**
 * `spo tenant settings set`: changes settings of the tenant's SharePoint, each option one setting of the tenant
 * object (CSOM on the admin site); lists are committed with `Update` (spo/tenant/tenant-settings-set).
 */
const spoTenantSettingsSet = (0,kit/* command */.G5)({
    name: 'spo tenant settings set',
    description: 'Sets tenant global settings',
    resource: 'sharepoint',
    readOnly: false,
    permissions: { sharepoint: ['Sites.FullControl.All'] },
    options: SETTING_OPTIONS,
    validate(options) {
        const given = givenSettings(options);
        if (given.length === 0)
            return 'needs one of its setting options (e.g. --SharingCapability ExternalUserSharingOnly); none was given.';
        const badGuid = given.filter(([name]) => isIn(GUID_LIST_SETTINGS, name)).flatMap(([, v]) => items(String(v))).find((g) => !GUID.test(g));
        if (badGuid !== undefined)
            return `'${badGuid}' is not a GUID (AllowedDomainListForSyncClient and DisabledWebPartIds take comma-separated GUIDs).`;
        const notWhole = given.find(([name, v]) => isIn(NUMBER_SETTINGS, name) && !Number.isInteger(v));
        return notWhole ? `${notWhole[0]} must be a whole number.` : undefined;
    },
    async run(context, options) {
        let id = 2;
        const actions = givenSettings(options).map(([name, value]) => {
            const set = `<SetProperty Id="${id++}" ObjectPathId="1" Name="${name}">${parameter(name, value)}</SetProperty>`;
            const isList = isIn(GUID_LIST_SETTINGS, name) || isIn(TEXT_LIST_SETTINGS, name);
            return isList ? `${set}<Method Name="Update" Id="${id++}" ObjectPathId="1" />` : set;
        });
        await onTenant(context, actions.join(''));
        return undefined;
    },
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/commands/spo/theme-palettes.ts
/**
 * The standard SharePoint themes `spo theme apply --sharePointTheme` applies: each one's palette, one colour per slot
 * (in `SLOTS` order, as RGB hex), every colour opaque.
 */
const SLOTS = ['themePrimary', 'themeLighterAlt', 'themeLighter', 'themeLight', 'themeTertiary', 'themeSecondary', 'themeDarkAlt', 'themeDark', 'themeDarker', 'accent', 'neutralLighterAlt', 'neutralLighter', 'neutralLight', 'neutralQuaternaryAlt', 'neutralQuaternary', 'neutralTertiaryAlt', 'neutralTertiary', 'neutralSecondary', 'neutralPrimaryAlt', 'neutralPrimary', 'neutralDark', 'black', 'white', 'primaryBackground', 'primaryText'];
const SHAREPOINT_THEMES = {
    'Blue': '0078d4 eff6fc deecf9 c7e0f4 71afe5 2b88d8 106ebe 005a9e 004578 8764b8 f8f8f8 f4f4f4 eaeaea dadada d0d0d0 c8c8c8 a6a6a6 666666 3c3c3c 333333 212121 000000 ffffff ffffff 333333',
    'Orange': 'ca5010 fdf7f4 f6dfd2 efc4ad df8f64 d06228 b5490f 993e0c 712d09 986f0b f8f8f8 f4f4f4 eaeaea dadada d0d0d0 c8c8c8 a6a6a6 666666 3c3c3c 333333 212121 000000 ffffff ffffff 333333',
    'Red': 'a4262c fbf4f4 f0d3d4 e3afb2 c86c70 ae383e 932227 7c1d21 5b1519 ca5010 f8f8f8 f4f4f4 eaeaea dadada d0d0d0 c8c8c8 a6a6a6 666666 3c3c3c 333333 212121 000000 ffffff ffffff 333333',
    'Purple': '8764b8 f9f8fc e9e2f4 d7c9ea b29ad4 9372c0 7959a5 664b8c 4b3867 038387 f8f8f8 f4f4f4 eaeaea dadada d0d0d0 c8c8c8 a6a6a6 666666 3c3c3c 333333 212121 000000 ffffff ffffff 333333',
    'Green': '498205 f6faf0 dbebc7 bdda9b 85b44c 5a9117 427505 386304 294903 038387 f8f8f8 f4f4f4 eaeaea dadada d0d0d0 c8c8c8 a6a6a6 666666 3c3c3c 333333 212121 000000 ffffff ffffff 333333',
    'Gray': '69797e f8f9fa e4e9ea cdd5d8 9fadb1 78888d 5d6c70 4f5b5f 3a4346 0078d4 f8f8f8 f4f4f4 eaeaea dadada d0d0d0 c8c8c8 a6a6a6 666666 3c3c3c 333333 212121 000000 ffffff ffffff 333333',
    'Dark Yellow': 'ffc83d 0a0802 29200a 4d3c12 997825 e0b036 ffce51 ffd56c ffe092 ffc83d 282828 313131 3f3f3f 484848 4f4f4f 6d6d6d c8c8c8 d0d0d0 dadada ffffff f4f4f4 f8f8f8 1f1f1f 1f1f1f ffffff',
    'Dark Blue': '3a96dd 020609 091823 112d43 235a85 3385c3 4ba0e1 65aee6 8ac2ec 3a96dd 1d2b3c 223244 2b3d51 324459 374a5f 4f637a c8c8c8 d0d0d0 dadada ffffff f4f4f4 f8f8f8 182534 182534 ffffff',
};
/** The theme JSON of a standard theme, as the site theming API takes it: `{"palette":{"themePrimary":{"R":…},…}}`. */
function sharePointThemeJson(name) {
    const colours = SHAREPOINT_THEMES[name]?.split(' ');
    if (colours === undefined)
        return undefined;
    const rgba = (hex) => ({
        R: parseInt(hex.slice(0, 2), 16),
        G: parseInt(hex.slice(2, 4), 16),
        B: parseInt(hex.slice(4, 6), 16),
        A: 255,
    });
    return JSON.stringify({ palette: Object.fromEntries(SLOTS.map((slot, i) => [slot, rgba(colours[i])])) });
}

;// CONCATENATED MODULE: ./src/commands/spo/theme-apply.ts




/**
 * `spo theme apply`: applies a custom theme of the tenant, or with `--sharePointTheme` a standard one, to a site
 * (`thememanager/ApplyTheme` of the site), and prints what SharePoint answers (spo/theme/theme-apply).
 */
const spoThemeApply = (0,kit/* command */.G5)({
    name: 'spo theme apply',
    description: 'Applies theme to the specified site',
    resource: 'sharepoint',
    readOnly: false,
    permissions: { sharepoint: ['Sites.FullControl.All'] },
    permissionsWhen: ({ sharePointTheme }) => ({ sharepoint: sharePointTheme ? ['Sites.Manage.All', 'Sites.FullControl.All'] : ['Sites.FullControl.All'] }),
    options: {
        name: kit/* opt */.m7.string('Name of the theme to apply.', { short: 'n', required: true }),
        webUrl: kit/* opt */.m7.site('URL of the site to apply the theme to.', { short: 'u', required: true }),
        sharePointTheme: kit/* opt */.m7.boolean('The name is one of the standard SharePoint themes.'),
    },
    validate({ name, sharePointTheme }) {
        if (!sharePointTheme || Object.hasOwn(SHAREPOINT_THEMES, name))
            return undefined;
        return `${name} is not a valid SharePoint theme. Allowed values: ${Object.keys(SHAREPOINT_THEMES).join(', ')}.`;
    },
    async run(context, { name, webUrl, sharePointTheme }) {
        const themeJson = sharePointTheme ? sharePointThemeJson(name) : (await tenantThemes(context)).find((t) => t.name.toLowerCase() === name.toLowerCase())?.themeJson;
        if (themeJson === undefined)
            throw new errors/* ActionError */.lZ(`The theme '${name}' is not a theme of the tenant.`, { hint: "List the tenant's themes with 'spo theme list', or add --sharePointTheme for a standard theme." });
        const response = await context.http.request({
            method: 'POST',
            url: `${(0,kit/* trimSlashes */.uT)(webUrl)}/_api/thememanager/ApplyTheme`,
            headers: { ...kit/* ACCEPT */.FA.sharepoint, ...kit/* SHAREPOINT_JSON_BODY */._P },
            body: { name, themeJson },
        });
        return shared_config_b_valueOf(response.body);
    },
});

;// CONCATENATED MODULE: ./src/commands/spo/theme-list.ts


/** `spo theme list`: the custom themes of the tenant (spo/theme/theme-list). */
const spoThemeList = (0,kit/* command */.G5)({
    name: 'spo theme list',
    description: 'Retrieves the list of custom themes',
    resource: 'sharepoint',
    readOnly: true,
    permissions: { sharepoint: ['Sites.FullControl.All'] },
    options: {},
    run: (context) => tenantThemes(context),
});

;// CONCATENATED MODULE: ./src/commands/spo/theme-set.ts



/** The palette slots a theme must give, each a `#rgb` or `#rrggbb` colour. */
const REQUIRED_SLOTS = [
    'themePrimary', 'themeLighterAlt', 'themeLighter', 'themeLight', 'themeTertiary', 'themeSecondary', 'themeDarkAlt', 'themeDark', 'themeDarker',
    'neutralLighterAlt', 'neutralLighter', 'neutralLight', 'neutralQuaternaryAlt', 'neutralQuaternary', 'neutralTertiaryAlt', 'neutralTertiary',
    'neutralSecondary', 'neutralPrimaryAlt', 'neutralPrimary', 'neutralDark', 'black', 'white',
];
/** What is wrong with a palette, if anything. */
function paletteProblem(theme) {
    if (typeof theme !== 'object' || theme === null || Array.isArray(theme))
        return 'The specified theme is not valid: --theme must be a JSON object of palette colours.';
    const palette = new Map(Object.entries(theme));
    const missing = REQUIRED_SLOTS.filter((slot) => !palette.has(slot));
    if (missing.length > 0)
        return `The specified theme is not valid: it lacks ${missing.join(', ')}.`;
    const bad = REQUIRED_SLOTS.find((slot) => !/^#([0-9a-f]{6}|[0-9a-f]{3})$/i.test(String(palette.get(slot))));
    return bad === undefined ? undefined : `The specified theme is not valid: ${bad} must be a colour like #0078d4.`;
}
/**
 * `spo theme set`: adds a custom theme to the tenant, or updates the theme of that name (spo/theme/theme-set). The
 * site theming REST API adds and updates separately, so the store is read first to choose.
 */
const spoThemeSet = (0,kit/* command */.G5)({
    name: 'spo theme set',
    description: 'Add or update a theme',
    resource: 'sharepoint',
    readOnly: false,
    permissions: { sharepoint: ['Sites.FullControl.All'] },
    options: {
        name: kit/* opt */.m7.string('Name of the theme to add or update.', { short: 'n', required: true }),
        theme: kit/* opt */.m7.json('The palette of the theme: a JSON object of colours (themePrimary, …, white).', { short: 't', required: true }),
        isInverted: kit/* opt */.m7.boolean('The theme is inverted (light text on a dark background).'),
    },
    validate: ({ theme }) => paletteProblem(theme),
    async run(context, { name, theme, isInverted }) {
        const exists = (await tenantThemes(context)).some((t) => t.name.toLowerCase() === name.toLowerCase());
        await context.http.request({
            method: 'POST',
            url: `${(0,shared_sites/* adminUrl */.nN)(context)}/_api/thememanager/${exists ? 'UpdateTenantTheme' : 'AddTenantTheme'}`,
            headers: { ...kit/* ACCEPT */.FA.sharepoint, ...kit/* SHAREPOINT_JSON_BODY */._P },
            body: { name, themeJson: JSON.stringify({ isInverted: isInverted === true, name, palette: theme }) },
        });
        return undefined;
    },
});

;// CONCATENATED MODULE: ./src/commands/spo/user-list.ts


/** `spo user list`: the users of a site (spo/user/user-list). */
const spoUserList = (0,kit/* endpoint */.sR)({
    name: 'spo user list',
    description: 'Lists all the users within specific web',
    resource: 'sharepoint',
    permissions: { sharepoint: ['Sites.Read.All', 'Sites.FullControl.All'] },
    options: { webUrl: kit/* opt */.m7.site('URL of the site.', { short: 'u', required: true }) },
    url: ({ webUrl }) => `${(0,kit/* trimSlashes */.uT)(webUrl)}/_api/web/siteusers`,
    result: shared_config_b_valueOf,
});

;// CONCATENATED MODULE: ./src/commands/sections/spo-tenant-config.ts


















/** Tenant configuration: site scripts and designs, themes, content types, groups, users, the CDN and tenant settings. */
const commands = [
    spoSiteScriptAdd,
    spoSiteScriptList,
    spoSiteDesignAdd,
    spoSiteDesignList,
    spoSiteDesignApply,
    spoThemeList,
    spoThemeSet,
    spoThemeApply,
    spoContentTypeAdd,
    spoContentTypeList,
    spoGroupList,
    spoUserList,
    spoCdnGet,
    spoCdnSet,
    spoCdnOriginList,
    spoCdnOriginAdd,
    spoTenantSettingsList,
    spoTenantSettingsSet,
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
