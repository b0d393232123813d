import { usageReport } from './shared.js';

/** `tenant report activeuserdetail`: Gets details about Microsoft 365 active users (Graph `reports/getOffice365ActiveUserDetail`; CLI page tenant/report/report-activeuserdetail). */
export const tenantReportActiveUserDetail = usageReport({
  name: 'tenant report activeuserdetail',
  description: 'Gets details about Microsoft 365 active users',
  report: 'getOffice365ActiveUserDetail',
  parameter: 'dateOrPeriod',
  values: 'text',
});
