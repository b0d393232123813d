/**
 * The tenant's SharePoint settings as the tenant object of CSOM holds them (`new Tenant()` on the admin site): a query
 * returns every setting, `SetProperty` changes one (then `Update` commits the changes, which the emulator applies at
 * once). Values are CSOM's: enums as numbers, lists as arrays. `tenant-csom.ts` gives the tenant object these members.
 */
import type { TenantState } from '../../types.js';
import { CsomError, type CsomObject } from './csom.js';

/** The settings a new tenant has (those `spo tenant settings set` can change, and the compatibility range). */
const DEFAULTS: Readonly<Record<string, unknown>> = {
  ExternalServicesEnabled: true,
  NoAccessRedirectUrl: null,
  SharingCapability: 0,
  DisplayStartASiteOption: true,
  StartASiteFormUrl: null,
  ShowEveryoneClaim: false,
  ShowAllUsersClaim: false,
  ShowEveryoneExceptExternalUsersClaim: true,
  SearchResolveExactEmailOrUPN: false,
  OfficeClientADALDisabled: false,
  LegacyAuthProtocolsEnabled: true,
  RequireAcceptingAccountMatchInvitedAccount: false,
  ProvisionSharedWithEveryoneFolder: false,
  SignInAccelerationDomain: '',
  EnableGuestSignInAcceleration: false,
  UsePersistentCookiesForExplorerView: false,
  BccExternalSharingInvitations: false,
  BccExternalSharingInvitationsList: null,
  UserVoiceForFeedbackEnabled: true,
  PublicCdnEnabled: false,
  PublicCdnAllowedFileTypes: 'CSS,EOT,GIF,ICO,JPEG,JPG,JS,MAP,PNG,SVG,TTF,WOFF',
  RequireAnonymousLinksExpireInDays: -1,
  SharingAllowedDomainList: null,
  SharingBlockedDomainList: null,
  SharingDomainRestrictionMode: 0,
  OneDriveStorageQuota: 1048576,
  OneDriveForGuestsEnabled: false,
  IPAddressEnforcement: false,
  IPAddressAllowList: '',
  IPAddressWACTokenLifetime: 15,
  UseFindPeopleInPeoplePicker: false,
  DefaultSharingLinkType: 2,
  ODBMembersCanShare: 0,
  ODBAccessRequests: 0,
  PreventExternalUsersFromResharing: false,
  ShowPeoplePickerSuggestionsForGuestUsers: false,
  FileAnonymousLinkType: 2,
  FolderAnonymousLinkType: 2,
  NotifyOwnersWhenItemsReshared: true,
  NotifyOwnersWhenInvitationsAccepted: true,
  NotificationsInOneDriveForBusinessEnabled: true,
  NotificationsInSharePointEnabled: true,
  OwnerAnonymousNotification: true,
  CommentsOnSitePagesDisabled: false,
  SocialBarOnSitePagesDisabled: false,
  OrphanedPersonalSitesRetentionPeriod: 30,
  DisallowInfectedFileDownload: false,
  DefaultLinkPermission: 2,
  ConditionalAccessPolicy: 0,
  AllowDownloadingNonWebViewableFiles: true,
  AllowEditing: true,
  ApplyAppEnforcedRestrictionsToAdHocRecipients: true,
  FilePickerExternalImageSearchEnabled: true,
  EmailAttestationRequired: false,
  EmailAttestationReAuthDays: 30,
  HideDefaultThemes: false,
  BlockAccessOnUnmanagedDevices: false,
  AllowLimitedAccessOnUnmanagedDevices: false,
  BlockDownloadOfAllFilesForGuests: false,
  BlockDownloadOfAllFilesOnUnmanagedDevices: false,
  BlockDownloadOfViewableFilesForGuests: false,
  BlockDownloadOfViewableFilesOnUnmanagedDevices: false,
  BlockMacSync: false,
  DisableReportProblemDialog: false,
  DisplayNamesOfFileViewers: true,
  EnableMinimumVersionRequirement: true,
  HideSyncButtonOnODB: false,
  IsUnmanagedSyncClientForTenantRestricted: false,
  LimitedAccessFileType: 1,
  OptOutOfGrooveBlock: false,
  OptOutOfGrooveSoftBlock: false,
  OrgNewsSiteUrl: null,
  PermissiveBrowserFileHandlingOverride: false,
  ShowNGSCDialogForSyncOnODB: true,
  SpecialCharactersStateInFileFolderNames: 1,
  SyncPrivacyProfileProperties: true,
  ExcludedFileExtensionsForSyncClient: [''],
  AllowedDomainListForSyncClient: [],
  DisabledWebPartIds: null,
  DisableCustomAppAuthentication: false,
  CommentsOnListItemsDisabled: false,
  EnableAzureADB2BIntegration: false,
  SyncAadB2BManagementPolicy: false,
  AllowWebPropertyBagUpdateWhenDenyAddAndCustomizePagesIsEnabled: false,
  CompatibilityRange: '15,15',
};

const states = new WeakMap<TenantState, Record<string, unknown>>();

/** The tenant's settings, the defaults until changed. */
export function tenantSettingsOf(state: TenantState): Record<string, unknown> {
  let found = states.get(state);
  if (!found) {
    found = { ...DEFAULTS };
    states.set(state, found);
  }
  return found;
}

function invalid(name: string, value: unknown, what: string): CsomError {
  return new CsomError(`The value '${String(value)}' of ${name} is not valid: it must be ${what}.`, 'System.ArgumentException', -2147024809);
}

/** Settings that are lists (one is null until set). */
const LIST_SETTINGS = new Set(['ExcludedFileExtensionsForSyncClient', 'AllowedDomainListForSyncClient', 'DisabledWebPartIds']);

/** A value as the setting's type takes it (CSOM clients may send any setting as a string). */
function converted(name: string, current: unknown, value: unknown): unknown {
  if (typeof current === 'boolean') {
    if (typeof value === 'boolean') return value;
    if (value === 'true' || value === 'false') return value === 'true';
    return invalid(name, value, 'true or false');
  }
  if (typeof current === 'number') {
    const n = typeof value === 'number' ? value : Number(value);
    return Number.isInteger(n) && String(value).trim() !== '' ? n : invalid(name, value, 'a whole number');
  }
  if (Array.isArray(current) || LIST_SETTINGS.has(name)) {
    if (!Array.isArray(value)) return invalid(name, value, 'a list');
    return value.map((v) => String(v).replace(/^\{(.*)\}$/, '$1'));
  }
  return value === null ? null : String(value);
}

/** Min/MaxCompatibilityLevel can only be set: they change the compatibility range. */
function setCompatibility(settings: Record<string, unknown>, name: string, value: unknown): CsomError | undefined {
  const level = Number(value);
  if (!Number.isInteger(level) || level < 14 || level > 15) return invalid(name, value, '14 or 15');
  const [min, max] = String(settings.CompatibilityRange ?? '15,15').split(',');
  settings.CompatibilityRange = name === 'MinCompatibilityLevel' ? `${level},${max}` : `${min},${level}`;
  return undefined;
}

/** What the tenant object answers a query with, and how it takes `SetProperty`. */
export function tenantSettingsMembers(state: TenantState): Pick<CsomObject, 'json' | 'set'> {
  const settings = tenantSettingsOf(state);
  return {
    json: () => ({ ...settings }),
    set(name, value) {
      if (name === 'MinCompatibilityLevel' || name === 'MaxCompatibilityLevel') return setCompatibility(settings, name, value);
      if (!Object.hasOwn(DEFAULTS, name) || name === 'CompatibilityRange') {
        return new CsomError(`The property '${name}' does not exist on type 'Microsoft.Online.SharePoint.TenantAdministration.Tenant'.`, 'Microsoft.SharePoint.Client.InvalidClientQueryException');
      }
      const next = converted(name, DEFAULTS[name], value);
      if (next instanceof CsomError) return next;
      settings[name] = next;
      return undefined;
    },
  };
}
