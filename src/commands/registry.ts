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
import { spoAppList } from './spo/app-list.js';
import { spoListList } from './spo/list-list.js';
import { spoListItemAdd } from './spo/listitem-add.js';
import { spoSet } from './spo/set.js';
import { spoSiteGet } from './spo/site-get.js';
import { spoWebGet } from './spo/web-get.js';
import { spoWebList } from './spo/web-list.js';
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
  spoSiteGet,
  spoWebGet,
  spoWebList,
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
