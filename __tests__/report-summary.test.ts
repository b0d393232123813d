import { describe, expect, it } from 'vitest';
import type { CommandOutcome } from '../src/report/outputs.js';
import { buildSummary, formatDuration, SUMMARY_ERROR_CHARS, SUMMARY_MAX_BYTES, textSummary } from '../src/report/summary.js';

const base = { hasDeclaredId: false, resource: 'Microsoft Graph', durationMs: 0 } as const;

const outcomes: CommandOutcome[] = [
  { ...base, index: 0, id: 'app', hasDeclaredId: true, display: 'spo app get --name app.sppkg', resource: 'SharePoint Online', status: 'succeeded', durationMs: 1530, result: { ID: 'x' } },
  { ...base, index: 1, id: '1', display: 'entra group list --displayName "a|b"', status: 'succeeded', durationMs: 312, result: [1, 2, 3], items: 3 },
  { ...base, index: 2, id: 'bad', hasDeclaredId: true, display: 'spo list get --title `x`', status: 'failed', durationMs: 65_400, error: 'List <b>x</b> not found\n::error::pwned' },
  { ...base, index: 3, id: '3', display: 'spo app deploy --id {{ app.ID }}', status: 'skipped', error: 'Not run: command 3 (bad) failed.' },
];

describe('buildSummary', () => {
  it('renders the heading, the counts, the table and the details of failures and skips', () => {
    expect(buildSummary(outcomes)).toBe(
      [
        '## Microsoft 365 commands',
        '',
        '4 commands: 2 succeeded, 1 failed, 1 skipped.',
        '',
        '| # | id | command | resource | status | duration | items |',
        '| ---: | --- | --- | --- | --- | ---: | ---: |',
        '| 1 | app | `spo app get --name app.sppkg` | SharePoint Online | ✅ succeeded | 1.5 s |  |',
        '| 2 |  | `entra group list --displayName "a\\|b"` | Microsoft Graph | ✅ succeeded | 312 ms | 3 |',
        '| 3 | bad | `` spo list get --title `x` `` | Microsoft Graph | ❌ failed | 1m 05s |  |',
        '| 4 |  | `spo app deploy --id {{ app.ID }}` | Microsoft Graph | ⏭ skipped |  |  |',
        '',
        '<details><summary>❌ Command 3 (bad) failed</summary>',
        '',
        '```text',
        'List <b>x</b> not found',
        '::error::pwned',
        '```',
        '</details>',
        '',
        '<details><summary>⏭ Command 4 was skipped</summary>',
        '',
        '```text',
        'Not run: command 3 (bad) failed.',
        '```',
        '</details>',
        '',
      ].join('\n'),
    );
  });

  it('marks a dry run and escapes a given title', () => {
    expect(buildSummary([], { title: 'Deploy <app>', dryRun: true })).toBe(
      [
        '## Deploy &#60;app&#62; (dry run)',
        '',
        'Dry run: the commands were planned, nothing was requested.',
        '',
        '0 commands: 0 succeeded, 0 failed, 0 skipped.',
        '',
      ].join('\n'),
    );
  });

  it('lets no raw HTML or table cell break from data through: command lines and errors are code', () => {
    const hostile: CommandOutcome = {
      ...base,
      index: 0,
      id: 'x',
      hasDeclaredId: true,
      display: 'request --url "https://graph.microsoft.com/v1.0/x" <img src=x onerror=alert(1)> | ##[add-mask]y',
      resource: '<script>',
      status: 'failed',
      error: '</pre><script>alert(1)</script>\r\n##vso[task.complete result=Succeeded]',
    };
    const summary = buildSummary([hostile]);
    // Outside code, nothing of the data is left; inside code, Markdown and HTML are shown as text.
    const outsideCode = summary.replace(/```text\n[\s\S]*?\n```/g, '').replace(/`[^`]*`/g, '');
    expect(outsideCode).not.toMatch(/<(img|script)|<\/pre>|##\[|##vso|onerror/);
    expect(outsideCode).toContain('&#60;script&#62;');
    const row = summary.split('\n').find((line) => line.startsWith('| 1 |')) ?? '';
    expect(row.split(' | ')).toHaveLength(7);
    expect(row).toContain('`request --url "https://graph.microsoft.com/v1.0/x" <img src=x onerror=alert(1)> \\| ##[add-mask]y`');
  });

  it('shortens a very long error at a space, never inside a word (a masked secret cut in two would show), and says so', () => {
    const error = `${'word '.repeat(SUMMARY_ERROR_CHARS / 5)}sEcReTtOkEn1234567890`;
    const long: CommandOutcome = { ...base, index: 0, id: '0', display: 'status', status: 'failed', error };
    const summary = buildSummary([long]);
    expect(summary).toContain(`\`\`\`text\n${'word '.repeat(SUMMARY_ERROR_CHARS / 5 - 1)}word\n\`\`\`\n\n… 22 more characters in the log.`);
    expect(summary).not.toContain('sEcReT');
  });
});

describe('summary size limits', () => {
  const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

  it('bounds a 10 MB command line in its table row', () => {
    const display = `spo web get --url ${'x'.repeat(10_000_000)}`;
    const summary = buildSummary([{ ...base, index: 0, id: '0', display, status: 'succeeded' }]);
    expect(summary.length).toBeLessThan(1_000);
    expect(summary).toContain('`spo web get --url… (10000001 more characters)`');
  });

  it('stays within 512 KiB for 2,000 failed commands with long errors (multi-byte text included), and says what it left out', () => {
    const error = `${'Fehler € '.repeat(SUMMARY_ERROR_CHARS / 9)}`;
    const many: CommandOutcome[] = Array.from({ length: 2_000 }, (_, index) => ({ ...base, index, id: String(index), display: `entra group get --id ${index}`, status: 'failed', error }));
    const summary = buildSummary(many);
    expect(bytes(summary)).toBeLessThanOrEqual(SUMMARY_MAX_BYTES);
    expect(summary).toContain('| 2000 |  | `entra group get --id 1999` |');
    const shownDetails = summary.split('<details>').length - 1;
    expect(shownDetails).toBeGreaterThan(10);
    expect(summary.trimEnd().split('\n').at(-1)).toBe(
      `… The summary stops here to stay within 512 KiB: ${2_000 - shownDetails} more error details are in the step log and the outputs.`,
    );
  });

  it('leaves out table rows too when there are more commands than fit', () => {
    const many: CommandOutcome[] = Array.from({ length: 20_000 }, (_, index) => ({ ...base, index, id: String(index), display: `status ${'y'.repeat(250)}`, status: 'succeeded' }));
    const summary = buildSummary(many);
    expect(bytes(summary)).toBeLessThanOrEqual(SUMMARY_MAX_BYTES);
    expect(summary).toMatch(/… The summary stops here to stay within 512 KiB: \d+ more commands are in the step log and the outputs\.\n$/);
  });

  it('textSummary bounds the text shown as code and says how much is in the log', () => {
    const message = `Planning failed: ${'bad value '.repeat(1_000_000)}`;
    const summary = textSummary('## Microsoft 365 commands', '❌ The step failed.', message);
    expect(bytes(summary)).toBeLessThanOrEqual(SUMMARY_MAX_BYTES);
    expect(summary.startsWith('## Microsoft 365 commands\n\n❌ The step failed.\n\n```text\nPlanning failed: bad value')).toBe(true);
    expect(summary).toMatch(/\n```\n\n… \d+ more characters in the step log\.\n$/);
    expect(textSummary('### dry run', '', 'plan')).toBe('### dry run\n\n```text\nplan\n```\n');
  });
});

describe('formatDuration', () => {
  it('uses ms, seconds, then minutes', () => {
    expect(formatDuration(0)).toBe('0 ms');
    expect(formatDuration(999.4)).toBe('999 ms');
    expect(formatDuration(1000)).toBe('1.0 s');
    expect(formatDuration(59_940)).toBe('59.9 s');
    expect(formatDuration(60_000)).toBe('1m 00s');
    expect(formatDuration(3_725_000)).toBe('62m 05s');
  });
});
