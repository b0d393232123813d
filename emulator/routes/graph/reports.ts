/**
 * Graph usage reports (`reports/getOffice365…`) as the real service serves them: the report request answers 302 with
 * a pre-authorised, short-lived download URL on another host (`reportsncu.office.com`), which serves the CSV (UTF-8
 * with a byte order mark) to whoever holds the URL, without a token. The emulator serves that download host too; it
 * refuses a download that carries an Authorization header, so tests prove the token never followed the redirect.
 * `$format=application/json` answers the rows as JSON instead.
 */
import { randomUUID } from 'node:crypto';
import type { EmulatorRequest, EmulatorResponse, Route, TenantState } from '../../types.js';
import { graphError, ok } from './graph-odata.js';
import { mailboxUsers, servicesOf } from '../../seed-services.js';

/** The host of the pre-authorised report downloads. */
export const REPORT_DOWNLOAD_HOST = 'reportsncu.office.com';
/** How long a download URL works. */
const DOWNLOAD_LIFETIME_MS = 5 * 60 * 1000;
const REFRESH_DATE = '2024-01-15';
const PERIODS: Record<string, number> = { D7: 7, D30: 30, D90: 90, D180: 180 };

export interface ReportsState {
  /** `admin/reportSettings`: whether reports show pseudonyms instead of user, group and site names. */
  displayConcealedNames: boolean;
  /** Pending downloads by token: the CSV and when its URL expires. */
  downloads: Map<string, { csv: string; expires: number }>;
}

type Rows = (string | number)[][];
/** The people the reports count: users with a mailbox. */
type Person = { userPrincipalName: string; displayName: string };
interface Report {
  /** `period`: needs `(period='D7')`; `dateOrPeriod`: either; `none`: no parameter. */
  parameter: 'period' | 'dateOrPeriod' | 'none';
  header: string[];
  rows: (users: Person[], days: number) => Rows;
}

const dayBefore = (days: number): string => new Date(Date.parse(`${REFRESH_DATE}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
const PRODUCTS = ['MICROSOFT 365 APPS FOR ENTERPRISE', 'MICROSOFT 365 APPS FOR BUSINESS'];

const REPORTS: Record<string, Report> = {
  getoffice365activeusercounts: {
    parameter: 'period',
    header: ['Report Refresh Date', 'Office 365', 'Exchange', 'OneDrive', 'SharePoint', 'Skype For Business', 'Yammer', 'Teams', 'Report Date', 'Report Period'],
    rows: (users, days) => Array.from({ length: days }, (_, i) => [REFRESH_DATE, users.length, users.length - 1, i % 3, (i + 1) % 4, 0, 0, users.length - (i % 2), dayBefore(i + 1), days]),
  },
  getoffice365activeuserdetail: {
    parameter: 'dateOrPeriod',
    header: ['Report Refresh Date', 'User Principal Name', 'Display Name', 'Is Deleted', 'Deleted Date', 'Has Exchange License', 'Has OneDrive License', 'Has SharePoint License', 'Exchange Last Activity Date', 'OneDrive Last Activity Date', 'SharePoint Last Activity Date', 'Teams Last Activity Date', 'Assigned Products'],
    rows: (users) => users.map((u, i) => [REFRESH_DATE, u.userPrincipalName, u.displayName, 'False', '', 'True', 'True', 'True', dayBefore(i + 1), dayBefore(i + 2), dayBefore(i + 3), dayBefore(i), 'MICROSOFT 365 E5 DEVELOPER (WITHOUT WINDOWS AND AUDIO CONFERENCING)']),
  },
  getoffice365servicesusercounts: {
    parameter: 'period',
    header: ['Report Refresh Date', 'Exchange Active', 'Exchange Inactive', 'OneDrive Active', 'OneDrive Inactive', 'SharePoint Active', 'SharePoint Inactive', 'Teams Active', 'Teams Inactive', 'Office 365 Active', 'Office 365 Inactive', 'Report Period'],
    rows: (users, days) => [[REFRESH_DATE, users.length - 1, 1, 2, users.length - 2, 3, users.length - 3, users.length, 0, users.length, 0, days]],
  },
  getoffice365activationcounts: {
    parameter: 'none',
    header: ['Report Refresh Date', 'Product Type', 'Windows', 'Mac', 'Android', 'iOS', 'Windows 10 Mobile'],
    rows: (users) => PRODUCTS.map((p, i) => [REFRESH_DATE, p, users.length - i, i, 0, 1, 0]),
  },
  getoffice365activationsusercounts: {
    parameter: 'none',
    header: ['Report Refresh Date', 'Product Type', 'Assigned', 'Activated', 'Shared Computer Activation'],
    rows: (users) => PRODUCTS.map((p, i) => [REFRESH_DATE, p, users.length, users.length - 1 - i, 0]),
  },
  getoffice365activationsuserdetail: {
    parameter: 'none',
    header: ['Report Refresh Date', 'User Principal Name', 'Display Name', 'Product Type', 'Last Activated Date', 'Windows', 'Mac', 'Windows 10 Mobile', 'iOS', 'Android', 'Activated On Shared Computer'],
    rows: (users) => users.map((u, i) => [REFRESH_DATE, u.userPrincipalName, u.displayName, PRODUCTS[0], dayBefore(i + 10), 1, 0, 0, i % 2, 0, 'False']),
  },
};

/** One CSV field: quoted when it holds a comma, a quote or a line break (RFC 4180). */
function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvOf(header: string[], rows: Rows): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** `(period='D7')`, `(date=2024-01-10)` or nothing: the days covered, or Graph's error for a bad argument. */
function daysOf(report: Report, name: string, argument: string | undefined): number | EmulatorResponse {
  const period = /^\(period='(\w+)'\)$/i.exec(argument ?? '');
  const date = /^\(date=(\d{4}-\d{2}-\d{2})\)$/i.exec(argument ?? '');
  if (report.parameter === 'none') return argument ? graphError(400, 'BadRequest', `Resource not found for the segment '${name}${argument}'.`) : 1;
  if (date && report.parameter === 'dateOrPeriod') return 1;
  if (period && PERIODS[period[1].toUpperCase()] !== undefined) return PERIODS[period[1].toUpperCase()];
  if (period) return graphError(400, 'BadRequest', `Invalid value for period: '${period[1]}'. Supported values are D7, D30, D90 and D180.`);
  return graphError(400, 'BadRequest', `The report ${name} needs a period${report.parameter === 'dateOrPeriod' ? ' or a date' : ''} parameter.`);
}

function getReport(request: EmulatorRequest, params: Record<string, string>, state: TenantState): EmulatorResponse {
  const report = REPORTS[params.name.toLowerCase()];
  if (!report) return graphError(400, 'BadRequest', `Resource not found for the segment '${params.name}'.`);
  const days = daysOf(report, params.name, params.argument);
  if (typeof days !== 'number') return days;
  const rows = report.rows(mailboxUsers(state), days);
  if ((request.query.get('$format') ?? '').toLowerCase() === 'application/json') {
    return ok({ value: rows.map((row) => Object.fromEntries(report.header.map((h, i) => [h, row[i]]))) });
  }
  const token = randomUUID().replace(/-/g, '');
  servicesOf(state).reports.downloads.set(token, { csv: csvOf(report.header, rows), expires: Date.now() + DOWNLOAD_LIFETIME_MS });
  return { status: 302, headers: { location: `https://${REPORT_DOWNLOAD_HOST}/data/download/${token}` } };
}

function download(request: EmulatorRequest, params: Record<string, string>, state: TenantState): EmulatorResponse {
  if (request.headers.authorization !== undefined) {
    return { status: 400, headers: { 'content-type': 'text/plain' }, body: 'A pre-authorised download URL takes no Authorization header.' };
  }
  const entry = servicesOf(state).reports.downloads.get(params.token);
  if (!entry || entry.expires < Date.now()) return { status: 404, headers: { 'content-type': 'text/plain' }, body: 'The download link has expired or does not exist.' };
  return { status: 200, headers: { 'content-type': 'application/octet-stream', 'content-disposition': 'attachment; filename="report.csv"' }, body: entry.csv };
}

function getReportSettings(_request: EmulatorRequest, _params: Record<string, string>, state: TenantState): EmulatorResponse {
  return ok({ '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#admin/reportSettings/$entity', displayConcealedNames: servicesOf(state).reports.displayConcealedNames });
}

export function seedReports(): ReportsState {
  return { displayConcealedNames: true, downloads: new Map() };
}

export const reportRoutes: Route[] = [
  { method: 'GET', host: 'graph', path: /^\/v1\.0\/admin\/reportSettings\/?$/i, roles: ['ReportSettings.Read.All', 'ReportSettings.ReadWrite.All'], handler: getReportSettings },
  { method: 'GET', host: 'graph', path: /^\/(v1\.0|beta)\/reports\/(?<name>get\w+)(?<argument>\([^)]*\))?$/i, roles: ['Reports.Read.All'], handler: getReport },
  { method: 'GET', host: REPORT_DOWNLOAD_HOST, path: /^\/data\/download\/(?<token>[0-9a-f]{32})$/i, requiresToken: false, handler: download },
];
