import { usageReport } from './shared.js';

/** `tenant report activeusercounts`: Gets the count of daily active users in the reporting period by product (Graph `reports/getOffice365ActiveUserCounts`; CLI page tenant/report/report-activeusercounts). */
export const tenantReportActiveUserCounts = usageReport({
  name: 'tenant report activeusercounts',
  description: 'Gets the count of daily active users in the reporting period by product',
  report: 'getOffice365ActiveUserCounts',
  parameter: 'period',
  values: 'text',
});
