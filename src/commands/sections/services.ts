import { externalConnectionList } from '../external/connection-list.js';
import { onedriveList } from '../onedrive/list.js';
import { outlookMailSend } from '../outlook/mail-send.js';
import { plannerBucketList } from '../planner/bucket-list.js';
import { plannerPlanGet } from '../planner/plan-get.js';
import { plannerPlanList } from '../planner/plan-list.js';
import { plannerTaskAdd } from '../planner/task-add.js';
import { plannerTaskList } from '../planner/task-list.js';
import { purviewAuditLogList } from '../purview/auditlog-list.js';
import { tenantIdGet } from '../tenant/id-get.js';
import { tenantReportActiveUserCounts } from '../tenant/report-activeusercounts.js';
import { tenantReportActiveUserDetail } from '../tenant/report-activeuserdetail.js';
import { tenantReportOffice365ActivationCounts } from '../tenant/report-office365activationcounts.js';
import { tenantReportOffice365ActivationsUserCounts } from '../tenant/report-office365activationsusercounts.js';
import { tenantReportOffice365ActivationsUserDetail } from '../tenant/report-office365activationsuserdetail.js';
import { tenantReportServicesUserCounts } from '../tenant/report-servicesusercounts.js';
import { tenantReportSettingsGet } from '../tenant/report-settings-get.js';
import { tenantServiceAnnouncementHealthList } from '../tenant/serviceannouncement-health-list.js';
import { tenantServiceAnnouncementHealthIssueList } from '../tenant/serviceannouncement-healthissue-list.js';
import { tenantServiceAnnouncementMessageList } from '../tenant/serviceannouncement-message-list.js';
import type { CommandDefinition } from '../types.js';

/** Outlook, tenant reports and service health, OneDrive, Planner, external connections and Purview. */
export const commands: readonly CommandDefinition[] = [
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
];
