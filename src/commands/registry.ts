import { entraAdministrativeUnitList } from './entra/administrativeunit-list.js';
import { entraAppAdd } from './entra/app-add.js';
import { entraAppGet } from './entra/app-get.js';
import { entraAppList } from './entra/app-list.js';
import { entraAppPermissionAdd } from './entra/app-permission-add.js';
import { entraAppPermissionList } from './entra/app-permission-list.js';
import { entraAppRemove } from './entra/app-remove.js';
import { entraAppRoleList } from './entra/app-role-list.js';
import { entraAppSet } from './entra/app-set.js';
import { entraEnterpriseAppGet } from './entra/enterpriseapp-get.js';
import { entraEnterpriseAppList } from './entra/enterpriseapp-list.js';
import { entraGroupAdd } from './entra/group-add.js';
import { entraGroupGet } from './entra/group-get.js';
import { entraGroupList } from './entra/group-list.js';
import { externalConnectionList } from './external/connection-list.js';
import { onedriveList } from './onedrive/list.js';
import { outlookMailSend } from './outlook/mail-send.js';
import { plannerBucketList } from './planner/bucket-list.js';
import { plannerPlanGet } from './planner/plan-get.js';
import { plannerPlanList } from './planner/plan-list.js';
import { plannerTaskAdd } from './planner/task-add.js';
import { plannerTaskList } from './planner/task-list.js';
import { purviewAuditLogList } from './purview/auditlog-list.js';
import { entraGroupMemberAdd } from './entra/group-member-add.js';
import { entraGroupMemberList } from './entra/group-member-list.js';
import { entraM365GroupAdd } from './entra/m365group-add.js';
import { entraM365GroupGet } from './entra/m365group-get.js';
import { entraM365GroupList } from './entra/m365group-list.js';
import { entraM365GroupUserAdd } from './entra/m365group-user-add.js';
import { entraM365GroupUserList } from './entra/m365group-user-list.js';
import { entraRoleDefinitionList } from './entra/roledefinition-list.js';
import { entraUserAdd } from './entra/user-add.js';
import { entraUserGet } from './entra/user-get.js';
import { entraUserList } from './entra/user-list.js';
import { request } from './request.js';
import { spoAppAdd } from './spo/app-add.js';
import { spoAppDeploy } from './spo/app-deploy.js';
import { spoAppGet } from './spo/app-get.js';
import { spoAppInstall } from './spo/app-install.js';
import { spoAppInstanceList } from './spo/app-instance-list.js';
import { spoAppList } from './spo/app-list.js';
import { spoAppRemove } from './spo/app-remove.js';
import { spoAppRetract } from './spo/app-retract.js';
import { spoAppUninstall } from './spo/app-uninstall.js';
import { spoAppUpgrade } from './spo/app-upgrade.js';
import { spoGroupList } from './spo/group-list.js';
import { spoHomeSiteGet } from './spo/homesite-get.js';
import { spoHomeSiteSet } from './spo/homesite-set.js';
import { spoHubSiteConnect } from './spo/hubsite-connect.js';
import { spoHubSiteDisconnect } from './spo/hubsite-disconnect.js';
import { spoHubSiteGet } from './spo/hubsite-get.js';
import { spoHubSiteList } from './spo/hubsite-list.js';
import { spoHubSiteRegister } from './spo/hubsite-register.js';
import { spoApplicationCustomizerAdd } from './spo/applicationcustomizer-add.js';
import { spoApplicationCustomizerList } from './spo/applicationcustomizer-list.js';
import { spoApplicationCustomizerRemove } from './spo/applicationcustomizer-remove.js';
import { spoCommandSetAdd } from './spo/commandset-add.js';
import { spoCommandSetList } from './spo/commandset-list.js';
import { spoCustomActionAdd } from './spo/customaction-add.js';
import { spoCustomActionGet } from './spo/customaction-get.js';
import { spoCustomActionList } from './spo/customaction-list.js';
import { spoCustomActionRemove } from './spo/customaction-remove.js';
import { spoCdnGet } from './spo/cdn-get.js';
import { spoCdnOriginAdd } from './spo/cdn-origin-add.js';
import { spoCdnOriginList } from './spo/cdn-origin-list.js';
import { spoCdnSet } from './spo/cdn-set.js';
import { spoContentTypeAdd } from './spo/contenttype-add.js';
import { spoContentTypeList } from './spo/contenttype-list.js';
import { spoFieldAdd } from './spo/field-add.js';
import { spoFieldGet } from './spo/field-get.js';
import { spoFieldList } from './spo/field-list.js';
import { spoFileAdd } from './spo/file-add.js';
import { spoFileCopy } from './spo/file-copy.js';
import { spoFileGet } from './spo/file-get.js';
import { spoFileList } from './spo/file-list.js';
import { spoFileMove } from './spo/file-move.js';
import { spoFileRemove } from './spo/file-remove.js';
import { spoFolderAdd } from './spo/folder-add.js';
import { spoFolderGet } from './spo/folder-get.js';
import { spoFolderList } from './spo/folder-list.js';
import { spoListAdd } from './spo/list-add.js';
import { spoListGet } from './spo/list-get.js';
import { spoListList } from './spo/list-list.js';
import { spoListRemove } from './spo/list-remove.js';
import { spoListSet } from './spo/list-set.js';
import { spoListItemAdd } from './spo/listitem-add.js';
import { spoListItemGet } from './spo/listitem-get.js';
import { spoListItemList } from './spo/listitem-list.js';
import { spoListItemRemove } from './spo/listitem-remove.js';
import { spoListItemSet } from './spo/listitem-set.js';
import { spoNavigationNodeAdd } from './spo/navigation-node-add.js';
import { spoNavigationNodeList } from './spo/navigation-node-list.js';
import { spoPageAdd } from './spo/page-add.js';
import { spoPageClientSideWebPartAdd } from './spo/page-clientsidewebpart-add.js';
import { spoPageGet } from './spo/page-get.js';
import { spoPageList } from './spo/page-list.js';
import { spoPagePublish } from './spo/page-publish.js';
import { spoPageRemove } from './spo/page-remove.js';
import { spoPageSectionAdd } from './spo/page-section-add.js';
import { spoPageSet } from './spo/page-set.js';
import { spoPageTextAdd } from './spo/page-text-add.js';
import { spoPropertyBagGet } from './spo/propertybag-get.js';
import { spoPropertyBagList } from './spo/propertybag-list.js';
import { spoPropertyBagRemove } from './spo/propertybag-remove.js';
import { spoPropertyBagSet } from './spo/propertybag-set.js';
import { spoSet } from './spo/set.js';
import { spoSiteAdd } from './spo/site-add.js';
import { spoSiteAppCatalogAdd } from './spo/site-appcatalog-add.js';
import { spoSiteAppCatalogList } from './spo/site-appcatalog-list.js';
import { spoSiteAppCatalogRemove } from './spo/site-appcatalog-remove.js';
import { spoSiteAppPermissionAdd } from './spo/site-apppermission-add.js';
import { spoSiteAppPermissionList } from './spo/site-apppermission-list.js';
import { spoSiteAppPermissionRemove } from './spo/site-apppermission-remove.js';
import { spoSiteAppPermissionSet } from './spo/site-apppermission-set.js';
import { spoSiteGet } from './spo/site-get.js';
import { spoSiteList } from './spo/site-list.js';
import { spoSiteRemove } from './spo/site-remove.js';
import { spoSiteSet } from './spo/site-set.js';
import { spoStorageEntityGet } from './spo/storageentity-get.js';
import { spoStorageEntityList } from './spo/storageentity-list.js';
import { spoStorageEntityRemove } from './spo/storageentity-remove.js';
import { spoStorageEntitySet } from './spo/storageentity-set.js';
import { spoThemeApply } from './spo/theme-apply.js';
import { spoThemeList } from './spo/theme-list.js';
import { spoThemeSet } from './spo/theme-set.js';
import { spoTenantSettingsList } from './spo/tenant-settings-list.js';
import { spoTenantSettingsSet } from './spo/tenant-settings-set.js';
import { spoTenantAppCatalogUrlGet } from './spo/tenant-appcatalogurl-get.js';
import { spoSiteDesignAdd } from './spo/sitedesign-add.js';
import { spoSiteDesignApply } from './spo/sitedesign-apply.js';
import { spoSiteDesignList } from './spo/sitedesign-list.js';
import { spoSiteScriptAdd } from './spo/sitescript-add.js';
import { spoSiteScriptList } from './spo/sitescript-list.js';
import { spoUserList } from './spo/user-list.js';
import { spoWebAdd } from './spo/web-add.js';
import { spoWebGet } from './spo/web-get.js';
import { spoWebList } from './spo/web-list.js';
import { spoWebSet } from './spo/web-set.js';
import { status } from './status.js';
import { tenantIdGet } from './tenant/id-get.js';
import { tenantReportActiveUserCounts } from './tenant/report-activeusercounts.js';
import { tenantReportActiveUserDetail } from './tenant/report-activeuserdetail.js';
import { tenantReportOffice365ActivationCounts } from './tenant/report-office365activationcounts.js';
import { tenantReportOffice365ActivationsUserCounts } from './tenant/report-office365activationsusercounts.js';
import { tenantReportOffice365ActivationsUserDetail } from './tenant/report-office365activationsuserdetail.js';
import { tenantReportServicesUserCounts } from './tenant/report-servicesusercounts.js';
import { tenantReportSettingsGet } from './tenant/report-settings-get.js';
import { tenantServiceAnnouncementHealthList } from './tenant/serviceannouncement-health-list.js';
import { tenantServiceAnnouncementHealthIssueList } from './tenant/serviceannouncement-healthissue-list.js';
import { tenantServiceAnnouncementMessageList } from './tenant/serviceannouncement-message-list.js';
import { teamsAppInstall } from './teams/app-install.js';
import { teamsAppList } from './teams/app-list.js';
import { teamsChannelAdd } from './teams/channel-add.js';
import { teamsChannelGet } from './teams/channel-get.js';
import { teamsChannelList } from './teams/channel-list.js';
import { teamsTabList } from './teams/tab-list.js';
import { teamsTeamGet } from './teams/team-get.js';
import { teamsTeamList } from './teams/team-list.js';
import type { CommandDefinition } from './types.js';

/** Every command the action knows, listed explicitly: adding a command is one file and one line here. */
export const catalogue: readonly CommandDefinition[] = [
  spoAppAdd,
  spoAppGet,
  spoAppList,
  spoAppDeploy,
  spoAppInstall,
  spoAppUpgrade,
  spoAppUninstall,
  spoAppRetract,
  spoAppRemove,
  spoAppInstanceList,
  spoTenantAppCatalogUrlGet,
  spoSiteAppCatalogAdd,
  spoSiteAppCatalogList,
  spoSiteAppCatalogRemove,
  spoSiteGet,
  spoSiteList,
  spoSiteAdd,
  spoSiteSet,
  spoSiteRemove,
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
  spoWebGet,
  spoWebList,
  spoWebAdd,
  spoWebSet,
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
  spoFileGet,
  spoFileList,
  spoFileAdd,
  spoFileRemove,
  spoFileCopy,
  spoFileMove,
  spoFolderAdd,
  spoFolderGet,
  spoFolderList,
  spoPageAdd,
  spoPageGet,
  spoPageList,
  spoPageSet,
  spoPagePublish,
  spoPageRemove,
  spoPageSectionAdd,
  spoPageClientSideWebPartAdd,
  spoPageTextAdd,
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
  entraGroupList,
  entraGroupGet,
  entraGroupAdd,
  entraGroupMemberList,
  entraGroupMemberAdd,
  entraAppGet,
  outlookMailSend,
  tenantIdGet,
  tenantServiceAnnouncementHealthList,
  tenantServiceAnnouncementHealthIssueList,
  tenantServiceAnnouncementMessageList,
  tenantReportActiveUserCounts,
  tenantReportActiveUserDetail,
  tenantReportServicesUserCounts,
  tenantReportOffice365ActivationCounts,
  tenantReportOffice365ActivationsUserCounts,
  tenantReportOffice365ActivationsUserDetail,
  tenantReportSettingsGet,
  onedriveList,
  plannerPlanList,
  plannerPlanGet,
  plannerBucketList,
  plannerTaskList,
  plannerTaskAdd,
  externalConnectionList,
  purviewAuditLogList,
  entraAppList,
  entraAppAdd,
  entraAppSet,
  entraAppRemove,
  entraAppPermissionList,
  entraAppPermissionAdd,
  entraAppRoleList,
  entraEnterpriseAppGet,
  entraEnterpriseAppList,
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
  teamsTeamGet,
  teamsTeamList,
  teamsChannelGet,
  teamsChannelList,
  teamsChannelAdd,
  teamsTabList,
  teamsAppList,
  teamsAppInstall,
  spoSet,
  request,
  status,
];
