import { ActionError } from '../../errors.js';
import { ACCEPT, command, literal, opt, rules } from '../kit/index.js';
import type { CommandContext, CommandDefinition } from '../types.js';

/** The reporting periods Graph's usage reports accept. */
const PERIODS = ['D7', 'D30', 'D90', 'D180'] as const;

/**
 * How the CLI turns the report's CSV into `--output json`: 'text' keeps every value a string (its period reports),
 * 'typed' makes numbers numbers (its activation reports).
 */
type Values = 'text' | 'typed';

interface ReportSpec {
  readonly name: string;
  readonly description: string;
  /** The Graph report function, e.g. `getOffice365ActiveUserCounts`. */
  readonly report: string;
  /** `period`: `--period` required; `dateOrPeriod`: `--period` or `--date`; `none`: no parameter. */
  readonly parameter: 'period' | 'dateOrPeriod' | 'none';
  readonly values: Values;
}

const PERIOD_HELP = 'The length of time over which the report is aggregated: D7, D30, D90 or D180.';

/**
 * A Graph usage report command. Graph answers a report request with a redirect to a pre-authorised download URL on
 * another host; the request is declared a download, so the client follows it without the token. The CSV it gets is
 * parsed into the CLI's JSON: one object per row, keyed by the header row.
 */
export function usageReport(spec: ReportSpec): CommandDefinition {
  const common = { name: spec.name, description: spec.description, resource: 'graph', readOnly: true, permissions: { graph: ['Reports.Read.All'] } } as const;
  if (spec.parameter === 'none') return command({ ...common, options: {}, run: (context) => readReport(context, spec, '') });
  if (spec.parameter === 'period') {
    return command({
      ...common,
      options: { period: opt.enum(PERIODS, PERIOD_HELP, { short: 'p', required: true }) },
      run: (context, { period }) => readReport(context, spec, `(period=${literal(period)})`),
    });
  }
  return command({
    ...common,
    options: {
      period: opt.enum(PERIODS, PERIOD_HELP, { short: 'p' }),
      date: opt.string('The date (YYYY-MM-DD) of the activity to report, instead of a period.', { short: 'd' }),
    },
    rules: [rules.exactlyOne('period', 'date')],
    validate: ({ date }) => (date === undefined || DATE.test(date) ? undefined : `Option '--date' is '${date}': the supported date format is YYYY-MM-DD.`),
    run: (context, { period, date }) => {
      // A date from a {{ }} reference was not validated at planning: it goes into the URL only in its checked form.
      if (date !== undefined && !DATE.test(date)) throw new ActionError(`Option '--date' is '${date}': the supported date format is YYYY-MM-DD.`);
      return readReport(context, spec, period !== undefined ? `(period=${literal(period)})` : `(date=${date ?? ''})`);
    },
  });
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

async function readReport(context: CommandContext, spec: ReportSpec, argument: string): Promise<Record<string, string | number>[]> {
  const url = `${context.cloud.graph}/v1.0/reports/${spec.report}${argument}`;
  const response = await context.http.request<string>({ url, headers: { ...ACCEPT.graph }, responseType: 'text', download: true });
  return csvToObjects(response.body, spec.values);
}

/**
 * Rows of a CSV text (RFC 4180: quoted fields may hold commas, quotes and line breaks) as objects keyed by the header
 * row. A byte order mark and empty lines are dropped; values are trimmed, as the CLI trims them.
 */
export function csvToObjects(text: string, values: Values): Record<string, string | number>[] {
  const [header, ...rows] = parseCsv(text.replace(/^\uFEFF/, ''));
  if (header === undefined) return [];
  const keys = header.map((key) => key.trim());
  return rows.map((row) => Object.fromEntries(keys.map((key, i) => [key, valueOf((row[i] ?? '').trim(), values)])));
}

function valueOf(text: string, values: Values): string | number {
  return values === 'typed' && /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text;
}

/** The records of a CSV text, without empty lines. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  const endRecord = (): void => {
    record.push(field);
    if (record.length > 1 || record[0] !== '') records.push(record);
    record = [];
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') field += text[++i];
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\n') endRecord();
    else if (c !== '\r') field += c;
  }
  endRecord();
  return records;
}
