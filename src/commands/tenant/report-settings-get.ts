import { endpoint } from '../kit/index.js';

/** `tenant report settings get`: whether usage reports conceal user, group and site names (Graph `admin/reportSettings`). */
export const tenantReportSettingsGet = endpoint({
  name: 'tenant report settings get',
  description: 'Gets the tenant-level settings for Microsoft 365 reports',
  resource: 'graph',
  permissions: { graph: ['ReportSettings.Read.All', 'ReportSettings.ReadWrite.All'] },
  options: {},
  url: (_options, { cloud }) => `${cloud.graph}/v1.0/admin/reportSettings`,
});
