import { usageReport } from './shared.js';

/** `tenant report office365activationsusercounts`: Gets the count of users that are enabled and those that have activated the Office subscription (Graph `reports/getOffice365ActivationsUserCounts`; CLI page tenant/report/report-office365activationsusercounts). */
export const tenantReportOffice365ActivationsUserCounts = usageReport({
  name: 'tenant report office365activationsusercounts',
  description: 'Gets the count of users that are enabled and those that have activated the Office subscription',
  report: 'getOffice365ActivationsUserCounts',
  parameter: 'none',
  values: 'typed',
});
