import { usageReport } from './shared.js';

/** `tenant report office365activationcounts`: Gets the count of Microsoft 365 activations on desktops and devices (Graph `reports/getOffice365ActivationCounts`; CLI page tenant/report/report-office365activationcounts). */
export const tenantReportOffice365ActivationCounts = usageReport({
  name: 'tenant report office365activationcounts',
  description: 'Gets the count of Microsoft 365 activations on desktops and devices',
  report: 'getOffice365ActivationCounts',
  parameter: 'none',
  values: 'typed',
});
