import { usageReport } from './shared.js';

/** `tenant report office365activationsuserdetail`: Gets details about users who have activated Microsoft 365 (Graph `reports/getOffice365ActivationsUserDetail`; CLI page tenant/report/report-office365activationsuserdetail). */
export const tenantReportOffice365ActivationsUserDetail = usageReport({
  name: 'tenant report office365activationsuserdetail',
  description: 'Gets details about users who have activated Microsoft 365',
  report: 'getOffice365ActivationsUserDetail',
  parameter: 'none',
  values: 'typed',
});
