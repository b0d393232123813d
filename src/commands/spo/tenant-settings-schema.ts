/**
 * The tenant settings `spo tenant settings set` can change and `spo tenant settings list` reports, by type: the CSOM
 * properties of the tenant object with the CLI's option names (which are the property names).
 */

/** Settings that are true or false. */
export const BOOLEAN_SETTINGS = [
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
] as const;

/** Settings that are whole numbers. */
export const NUMBER_SETTINGS = [
  'MinCompatibilityLevel',
  'MaxCompatibilityLevel',
  'RequireAnonymousLinksExpireInDays',
  'OneDriveStorageQuota',
  'IPAddressWACTokenLifetime',
  'OrphanedPersonalSitesRetentionPeriod',
  'EmailAttestationReAuthDays',
] as const;

/** Settings that are text. */
export const STRING_SETTINGS = [
  'NoAccessRedirectUrl',
  'StartASiteFormUrl',
  'SignInAccelerationDomain',
  'BccExternalSharingInvitationsList',
  'PublicCdnAllowedFileTypes',
  'SharingAllowedDomainList',
  'SharingBlockedDomainList',
  'IPAddressAllowList',
  'OrgNewsSiteUrl',
] as const;

/** Settings that are lists, given comma-separated: of text, or of GUIDs. */
export const TEXT_LIST_SETTINGS = ['ExcludedFileExtensionsForSyncClient'] as const;
export const GUID_LIST_SETTINGS = ['AllowedDomainListForSyncClient', 'DisabledWebPartIds'] as const;

/** Settings that are enums: their names, in the order of their numbers. */
export const ENUM_SETTINGS = {
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
} as const satisfies Readonly<Record<string, readonly string[]>>;
