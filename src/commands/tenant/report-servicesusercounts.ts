import { usageReport } from './shared.js';

/** `tenant report servicesusercounts`: Gets the count of users by activity type and service (Graph `reports/getOffice365ServicesUserCounts`; CLI page tenant/report/report-servicesusercounts). */
export const tenantReportServicesUserCounts = usageReport({
  name: 'tenant report servicesusercounts',
  description: 'Gets the count of users by activity type and service',
  report: 'getOffice365ServicesUserCounts',
  parameter: 'period',
  values: 'text',
});
