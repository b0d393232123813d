import { entraAppGet } from './entra/app-get.js';
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
import { spoHomeSiteGet } from './spo/homesite-get.js';
import { spoHomeSiteSet } from './spo/homesite-set.js';
import { spoHubSiteConnect } from './spo/hubsite-connect.js';
import { spoHubSiteDisconnect } from './spo/hubsite-disconnect.js';
import { spoHubSiteGet } from './spo/hubsite-get.js';
import { spoHubSiteList } from './spo/hubsite-list.js';
import { spoHubSiteRegister } from './spo/hubsite-register.js';
import { spoListList } from './spo/list-list.js';
import { spoListItemAdd } from './spo/listitem-add.js';
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
import { spoTenantAppCatalogUrlGet } from './spo/tenant-appcatalogurl-get.js';
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
  spoListItemAdd,
  entraGroupList,
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
  spoSet,
  request,
  status,
];
