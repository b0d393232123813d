import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { noTokenSource } from '../src/host/federation.js';
import { createFileAccess } from '../src/files.js';
import { createGitHubHost } from '../src/host/github.js';
import type { Host, OutputLimits } from '../src/host/host.js';
import type { ResultsDocument } from '../src/report/outputs.js';
import { buildResultsDocument, formatOutputValue, publishOutputs, type CommandOutcome } from '../src/report/outputs.js';

/** A Host that records outputs, warnings and the published document, with the limits given. */
function fakeHost(limits: Partial<OutputLimits> = {}, tempDirectory = tmpdir()) {
  const outputs = new Map<string, string>();
  const warnings: string[] = [];
  const published: ResultsDocument[] = [];
  const host: Host = {
    env: {},
    inputDefaults: () => [],
    federatedSources: () => [],
    noFederatedSource: () => noTokenSource(),
    federatedHint: '',
    outputLimits: { maxOutputBytes: 1_000_000, outputOverheadBytes: 0, ...limits },
    tempDirectory,
    fileRoots: (cwd) => [cwd],
    protectedPaths: [],
    publishResults: (document) => void published.push(document),
    getInput: () => '',
    setOutput: (name, value) => void outputs.set(name, value),
    setSecret: () => undefined,
    debug: () => undefined,
    info: () => undefined,
    warning: (message) => void warnings.push(message),
    error: () => undefined,
    startGroup: () => undefined,
    endGroup: () => undefined,
    logUntrusted: () => undefined,
    appendSummary: async () => undefined,
    setFailed: () => undefined,
  };
  return { host, outputs, warnings, published };
}

const base = { hasDeclaredId: false, resource: 'Microsoft Graph', durationMs: 5 } as const;
const outcomes: CommandOutcome[] = [
  { ...base, index: 0, id: 'app', hasDeclaredId: true, display: 'spo app get --name a.sppkg', status: 'succeeded', result: { ID: 'x-1' } },
  { ...base, index: 1, id: '1', display: 'spo app deploy --id x-1', status: 'succeeded' },
  { ...base, index: 2, id: 'count', hasDeclaredId: true, display: 'entra group list --query length(@)', status: 'succeeded', result: 3 },
  { ...base, index: 3, id: 'name', hasDeclaredId: true, display: 'spo web get --query Title', status: 'succeeded', result: 'Ops' },
  { ...base, index: 4, id: 'bad', hasDeclaredId: true, display: 'spo list get --title x', status: 'failed', error: 'List not found' },
  { ...base, index: 5, id: '5', display: 'spo list get --title y', status: 'skipped', error: 'Not run' },
];

describe('formatOutputValue', () => {
  it('keeps strings, stringifies numbers and booleans, JSON for the rest, nothing for undefined', () => {
    expect(formatOutputValue('a "b"')).toBe('a "b"');
    expect(formatOutputValue(3.5)).toBe('3.5');
    expect(formatOutputValue(false)).toBe('false');
    expect(formatOutputValue(null)).toBe('null');
    expect(formatOutputValue({ a: [1] })).toBe('{"a":[1]}');
    expect(formatOutputValue(undefined)).toBe('');
  });
});

describe('publishOutputs', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'report-outputs-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('sets results, one output per declared id, result and failed', async () => {
    const { host, outputs, warnings, published } = fakeHost();
    await publishOutputs(host, [...outcomes].reverse(), {});
    expect(Object.fromEntries(outputs)).toEqual({
      results: '{"1":null,"app":{"ID":"x-1"},"count":3,"name":"Ops"}',
      app: '{"ID":"x-1"}',
      count: '3',
      name: 'Ops',
      result: 'Ops',
      failed: '["bad"]',
    });
    expect([...outputs.keys()]).toEqual(['results', 'app', 'count', 'name', 'result', 'failed']);
    expect(warnings).toEqual([]);
    // The host gets the whole document too (the command line prints it).
    expect(published).toEqual([buildResultsDocument(outcomes)]);
  });

  it('after a cancellation or the deadline, sets cancelled, which is never left out for size', async () => {
    const { host, outputs } = fakeHost({ maxOutputBytes: 10 }, dir);
    await publishOutputs(host, outcomes, { cancelled: true });
    expect(outputs.get('cancelled')).toBe('true');
    expect(outputs.get('failed')).toBe('["bad"]');
  });

  it('sets failed to [] and no result when nothing succeeded', async () => {
    const { host, outputs } = fakeHost();
    await publishOutputs(host, [], {});
    expect(Object.fromEntries(outputs)).toEqual({ results: '{}', failed: '[]' });
  });

  it('always writes output-file, creating its directory', async () => {
    const { host, outputs } = fakeHost();
    const file = join(dir, 'deep', 'er', 'results.json');
    await publishOutputs(host, outcomes, { outputFile: file });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({
      results: { app: { ID: 'x-1' }, 1: null, count: 3, name: 'Ops' },
      failed: ['bad'],
      commands: [
        { id: 'app', command: 'spo app get --name a.sppkg', status: 'succeeded', durationMs: 5 },
        { id: '1', command: 'spo app deploy --id x-1', status: 'succeeded', durationMs: 5 },
        { id: 'count', command: 'entra group list --query length(@)', status: 'succeeded', durationMs: 5 },
        { id: 'name', command: 'spo web get --query Title', status: 'succeeded', durationMs: 5 },
        { id: 'bad', command: 'spo list get --title x', status: 'failed', durationMs: 5, error: 'List not found' },
        { id: '5', command: 'spo list get --title y', status: 'skipped', durationMs: 5, error: 'Not run' },
      ],
    });
    expect(outputs.has('results-file')).toBe(false);
  });

  it('skips outputs over the limit, largest first, writes everything to a temp file and says so', async () => {
    const runnerTemp = join(dir, 'runner-temp');
    const { host, outputs, warnings } = fakeHost({ maxOutputBytes: 700 }, runnerTemp);
    const big = 'x'.repeat(600);
    const list: CommandOutcome[] = [
      { ...base, index: 0, id: 'big', hasDeclaredId: true, display: 'a', status: 'succeeded', result: big },
      { ...base, index: 1, id: 'small', hasDeclaredId: true, display: 'b', status: 'succeeded', result: 'ok' },
    ];
    // Name + value bytes: results 630, big 603, small 7, result 8, failed 8 = 1256; 700 allowed. Without results
    // 626 remain, plus results-file (~100 bytes of temp path) still too many: big goes too.
    await publishOutputs(host, list);

    const file = outputs.get('results-file') ?? '';
    expect(readdirSync(runnerTemp)).toHaveLength(1);
    expect(file).toMatch(/[/\\]runner-temp[/\\]m365-action-results-[0-9a-f-]{36}\.json$/);
    expect(Object.fromEntries(outputs)).toEqual({ small: 'ok', result: 'ok', failed: '[]', 'results-file': file });
    expect(JSON.parse(readFileSync(file, 'utf8')).results).toEqual({ big, small: 'ok' });
    expect(warnings).toEqual([
      `Outputs over the 700-byte limit for step outputs were not set: results (623 bytes), big (600 bytes). Nothing was truncated: all results are in ${file} (output results-file).`,
    ]);
    expect([...outputs.values()].filter((value) => value.includes('xxx'))).toEqual([]);
  });

  it('with a limit per output (Azure DevOps), leaves out each value over it, even when the total would fit', async () => {
    const runnerTemp = join(dir, 'agent-temp');
    const { host, outputs, warnings } = fakeHost({ maxOutputValueBytes: 100 }, runnerTemp);
    const list: CommandOutcome[] = [
      { ...base, index: 0, id: 'big', hasDeclaredId: true, display: 'a', status: 'succeeded', result: 'x'.repeat(300) },
      { ...base, index: 1, id: 'small', hasDeclaredId: true, display: 'b', status: 'succeeded', result: 'ok' },
    ];
    await publishOutputs(host, list);
    const file = outputs.get('results-file') ?? '';
    expect(Object.fromEntries(outputs)).toEqual({ small: 'ok', result: 'ok', failed: '[]', 'results-file': file });
    expect(JSON.parse(readFileSync(file, 'utf8')).results.big).toHaveLength(300);
    expect(warnings).toEqual([
      `Outputs over the 1000000-byte limit for step outputs (or the 100-byte limit per output) were not set: results (323 bytes), big (300 bytes). Nothing was truncated: all results are in ${file} (output results-file).`,
    ]);
  });

  it('puts the overflow in output-file when one is given', async () => {
    const { host, outputs, warnings } = fakeHost({ maxOutputBytes: 250 });
    const file = join(dir, 'given.json');
    await publishOutputs(host, [{ ...base, index: 0, id: 'a', hasDeclaredId: true, display: 'a', status: 'succeeded', result: 'y'.repeat(100) }], {
      outputFile: file,
    });
    expect(outputs.get('results-file')).toBe(file);
    expect(outputs.has('results')).toBe(false);
    expect(outputs.get('a')).toBe('y'.repeat(100));
    expect(warnings[0]).toContain(`were not set: results (108 bytes), result (100 bytes). Nothing was truncated: all results are in ${file}`);
  });

  it('does not let an id shadow one of the action outputs', async () => {
    const { host, outputs, warnings } = fakeHost();
    await publishOutputs(host, [{ ...base, index: 0, id: 'failed', hasDeclaredId: true, display: 'a', status: 'succeeded', result: 1 }], {});
    expect(outputs.get('failed')).toBe('[]');
    expect(warnings).toEqual([
      "Command 1 has the id 'failed', the name of one of the action's outputs: its own output is not set; read it from 'results'.",
    ]);
  });

  it('counts what the platform stores around each output (GitHub: the delimiter lines)', async () => {
    const list: CommandOutcome[] = [{ ...base, index: 0, id: 'a', hasDeclaredId: true, display: 'a', status: 'succeeded', result: 'v' }];
    // results {"a":"v"} 7+9, a 1+1, result 6+1, failed 6+2 = 33 bytes: fits 40 without overhead, not with 10 per output.
    const plain = fakeHost({ maxOutputBytes: 40 }, dir);
    await publishOutputs(plain.host, list);
    expect(plain.outputs.has('results-file')).toBe(false);
    const counted = fakeHost({ maxOutputBytes: 40, outputOverheadBytes: 10 }, dir);
    await publishOutputs(counted.host, list);
    expect(counted.outputs.has('results-file')).toBe(true);
  });

  it('keeps the real GITHUB_OUTPUT file within the 1,000,000 bytes, delimiter lines included', async () => {
    const runner = mkdtempSync(join(dir, 'runner-'));
    const outputFile = join(runner, 'output');
    writeFileSync(outputFile, '');
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      const host = createGitHubHost({ GITHUB_OUTPUT: outputFile, RUNNER_TEMP: runner });
      // Twelve outputs that fit in 1,000,000 bytes by name and value alone (results, with everything, is left out),
      // but not with the ~100 bytes of delimiter lines the file holds around each.
      const list: CommandOutcome[] = Array.from({ length: 12 }, (_, i) => ({
        ...base,
        index: i,
        id: `r${String(i).padStart(2, '0')}`,
        hasDeclaredId: true,
        display: 'x',
        status: 'succeeded' as const,
        result: String(i % 10).repeat(83_300),
      }));
      list.push({ ...base, index: 12, id: '12', display: 'x', status: 'succeeded', result: 'ok' });
      const byNameAndValue = 12 * (3 + 83_300) + 'resultok'.length + 'failed[]'.length;
      expect(byNameAndValue).toBeLessThan(1_000_000 - 200);
      await publishOutputs(host, list);
      expect(statSync(outputFile).size).toBeLessThanOrEqual(1_000_000);
    } finally {
      vi.restoreAllMocks();
    }
  });

  it('writes output-file through the file rules: not outside the roots', async () => {
    const { host } = fakeHost();
    const files = createFileAccess({ cwd: dir, roots: [join(dir, 'runner-temp')], forbidden: [] });
    await expect(publishOutputs(host, outcomes, { outputFile: join(dir, 'outside.json'), files })).rejects.toThrow(
      `Could not write the results file '${join(dir, 'outside.json')}': The path '${join(dir, 'outside.json')}' is outside the directories commands may use`,
    );
  });

  it('fails with the path when output-file cannot be written', async () => {
    const { host } = fakeHost();
    const blocked = join(dir, 'given.json', 'below.json');
    await expect(publishOutputs(host, outcomes, { outputFile: blocked })).rejects.toThrow(`Could not write the results file '${blocked}'`);
  });
});

describe('buildResultsDocument', () => {
  it('keeps failed and skipped commands out of results', () => {
    expect(buildResultsDocument(outcomes).results).toEqual({ app: { ID: 'x-1' }, 1: null, count: 3, name: 'Ops' });
  });
});

describe('spooled results', () => {
  it('a large result kept on disk gives the same outputs and results file as one kept in memory, and its file is removed', async () => {
    const { spoolResult, SPOOL_BYTES } = await import('../src/report/spool.js');
    const dir = mkdtempSync(join(tmpdir(), 'spool-'));
    const big = Array.from({ length: 4000 }, (_, i) => ({ id: i, title: `item ${i} ${'x'.repeat(80)}` }));
    expect(await spoolResult(dir, { small: true })).toBeUndefined();
    const spooled = (await spoolResult(dir, big))!;
    expect(spooled.bytes).toBeGreaterThanOrEqual(SPOOL_BYTES);
    expect(readdirSync(dir)).toHaveLength(1);
    const base = { index: 0, id: 'big', hasDeclaredId: true, display: 'x', resource: 'SharePoint Online', durationMs: 1, items: big.length } as const;
    const inMemory: CommandOutcome[] = [{ ...base, status: 'succeeded', result: big }, { index: 1, id: 'small', hasDeclaredId: true, display: 'y', resource: '—', status: 'succeeded', durationMs: 1, result: 'ok' }];
    const onDisk: CommandOutcome[] = [{ ...base, status: 'succeeded', spooled }, inMemory[1]];
    const run = async (outcomes: CommandOutcome[], name: string) => {
      const { host, outputs } = fakeHost({ maxOutputBytes: 10_000_000 });
      let printed = '';
      // As the command line prints it: while publishing, before the spool files are removed.
      const printing = { ...host, publishResults: (document: ResultsDocument) => void (printed = JSON.stringify(document)) };
      const outputFile = join(dir, name);
      await publishOutputs(printing, outcomes, { outputFile });
      return { outputs: Object.fromEntries(outputs), file: readFileSync(outputFile, 'utf8'), printed };
    };
    const memory = await run(inMemory, 'memory.json');
    const disk = await run(onDisk, 'disk.json');
    expect(disk.outputs).toEqual(memory.outputs);
    expect(disk.file).toBe(memory.file);
    expect(disk.printed).toBe(memory.printed);
    expect(JSON.parse(disk.file).results.big).toHaveLength(4000);
    expect(readdirSync(dir).sort()).toEqual(['disk.json', 'memory.json']);
  });
});
