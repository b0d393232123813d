/**
 * `for-each` run by the executor against the emulator: one command per element, results in element order, failed
 * elements kept for a rerun, the first failure stopping new iterations unless continue-on-error.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildResultsDocument } from '../src/report/outputs.js';
import { buildSummary } from '../src/report/summary.js';
import { ROOT, startHarness, type Harness } from './helpers/harness.js';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness.close());

const SITES = [`${ROOT}/sites/ops`, `${ROOT}/sites/marketing`, `${ROOT}/sites/appcatalog`];

describe('for-each', () => {
  it('runs the command once per element of an earlier result, and the result is the per-element results in order', async () => {
    const run = await harness.run([
      { id: 'webs', run: `spo web list --url ${ROOT}/sites/ops` },
      { id: 'titles', command: 'spo web get', options: { url: '{{ item.Url }}' }, 'for-each': '{{ webs }}', query: 'Title' },
    ]);
    expect(run.planningError).toBeUndefined();
    const [webs, titles] = run.outcomes;
    expect(titles).toMatchObject({ status: 'succeeded', forEach: { total: (webs.result as unknown[]).length, succeeded: (webs.result as unknown[]).length, failed: [], notStarted: 0 } });
    expect(titles.result).toEqual((webs.result as { Title: string }[]).map((w) => w.Title));
    // One web get per element, each to its own site.
    const gets = run.requests.filter((r) => r.method === 'GET' && r.path.endsWith('/_api/web') && r.path !== '/sites/ops/_api/web');
    expect(gets.map((r) => r.path).sort()).toEqual((webs.result as { Url: string }[]).map((w) => `${new URL(w.Url).pathname}/_api/web`).sort());
  });

  it('takes a literal list; with continue-on-error every element is tried and the failed ones are kept', async () => {
    // Only the ops site has a Releases list: the other elements fail.
    const items = [SITES[0], SITES[1], SITES[0], SITES[2]];
    const run = await harness.run([
      { id: 'lists', run: 'spo list get --webUrl "{{ item }}" --title Releases --properties "Title,Id"', 'for-each': items, query: 'Title', 'continue-on-error': true },
      { id: 'retry', run: 'spo list get --webUrl "{{ item }}" --title Releases', 'for-each': '{{ lists-failed }}', 'continue-on-error': true },
    ]);
    expect(run.planningError).toBeUndefined();
    const [lists, retry] = run.outcomes;
    expect(lists.status).toBe('failed');
    expect(lists.result).toEqual(['Releases', null, 'Releases', null]);
    expect(lists.forEach).toMatchObject({ total: 4, succeeded: 2, notStarted: 0 });
    expect(lists.forEach?.failed.map((f) => [f.index, f.item])).toEqual([[1, SITES[1]], [3, SITES[2]]]);
    expect(lists.error).toMatch(/^2 of 4 item\(s\) failed, 2 done, 0 not started; first: item 1 \(https:\/\/contoso\.sharepoint\.com\/sites\/marketing\): /);
    // The retry took exactly the failed elements.
    expect(retry.forEach).toMatchObject({ total: 2 });
    expect(retry.forEach?.failed.map((f) => f.item)).toEqual([SITES[1], SITES[2]]);
    // The output file has every failed element with its error; the summary lists them.
    const document = buildResultsDocument(run.outcomes);
    expect(document.commands[0].forEach?.failed).toHaveLength(2);
    const summary = buildSummary(run.outcomes);
    expect(summary).toContain('for each of 4: 2 done, 2 failed, 0 not started');
    expect(summary).toContain('| 1 | `https://contoso.sharepoint.com/sites/marketing` |');
  });

  it('stops launching new iterations at the first failure without continue-on-error', async () => {
    const items = [SITES[1], ...Array.from({ length: 12 }, () => SITES[0])];
    const run = await harness.run([{ run: 'spo list get --webUrl "{{ item }}" --title Releases', 'for-each': items }]);
    const [only] = run.outcomes;
    expect(only.status).toBe('failed');
    // At most max-parallel (4) were in flight when the first one failed.
    expect(only.forEach!.notStarted).toBeGreaterThanOrEqual(items.length - 4);
    expect(only.forEach!.succeeded + only.forEach!.failed.length + only.forEach!.notStarted).toBe(items.length);
  });
});

describe('large results', () => {
  it('are kept on disk once logged when no later command uses them, and in memory when one does', async () => {
    const list = `spo listitem list --webUrl ${ROOT} --listTitle Inventory`;
    const run = await harness.run([{ id: 'all', run: list }, { id: 'used', run: list }, { run: 'status', id: 'count' }, `spo web get --url "{{ used[0].FileRef }}"`]);
    const [all, used] = run.outcomes;
    expect(all).toMatchObject({ status: 'succeeded', result: undefined, items: 5200 });
    expect(all.spooled?.bytes).toBeGreaterThan(256 * 1024);
    expect(used.spooled).toBeUndefined();
    expect(used.result).toHaveLength(5200);
  });
});
