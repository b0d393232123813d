/**
 * The site configuration commands (property bag, custom actions), table-driven like commands.test.ts: each row a
 * command line as a user would paste it (several lines run as one plan, the last one's outcome checked), planned and
 * run in-process against the emulator over real sockets, naming the CLI documentation page whose `--output json` shape
 * it follows.
 */
import { afterAll, beforeAll, expect } from 'vitest';
import { ROOT, startHarness, type Harness } from './helpers/harness.js';
import { describeRows, type Row } from './helpers/table.js';

const OPS = `${ROOT}/sites/ops`;
/** Allows custom script on the site first: SharePoint denies property bag writes on NoScript sites. */
const SCRIPTABLE = `spo site set --url ${OPS} --noScriptSite false`;

type Json = Record<string, unknown>;
const items = (result: unknown): Json[] => result as Json[];

let harness: Harness;

const ROWS: Record<string, readonly Row[]> = {
  'spo propertybag list': [
    {
      run: `spo propertybag list --webUrl ${OPS}`,
      doc: 'spo/propertybag/propertybag-list',
      check: (bag) => {
        expect(items(bag)).toContainEqual({ key: 'vti_folderitemcount', value: 0 });
        expect(items(bag)).toContainEqual({ key: 'vti_defaultlanguage', value: 'en-us' });
        expect(items(bag).map((p) => p.key)).not.toContain('_ObjectType_');
      },
    },
    { run: 'spo propertybag list', error: 'webUrl' },
  ],
  'spo propertybag set': [
    {
      run: [SCRIPTABLE, `spo propertybag set -u ${OPS} -k "pipeline:stage" -v "prod & <test>"`, `spo propertybag get -u ${OPS} -k "pipeline:stage"`],
      doc: 'spo/propertybag/propertybag-set',
      result: 'prod & <test>',
    },
    { run: `spo propertybag set -u ${ROOT}/sites/marketing -k a -v b`, error: 'Access denied. You do not have permission to perform this action or access this resource. If the site has NoScript enabled' },
    { run: `spo propertybag set -u ${OPS} -k a`, error: 'value' },
  ],
  'spo propertybag get': [
    { run: [SCRIPTABLE, `spo propertybag set -u ${OPS} -k enabled -v true`, `spo propertybag get -u ${OPS} -k enabled`], doc: 'spo/propertybag/propertybag-get', check: (value) => expect(value).toBe(true) },
    { run: `spo propertybag get -u ${OPS} -k missing`, result: undefined },
    { run: `spo propertybag get -u ${OPS}`, error: 'key' },
  ],
  'spo propertybag remove': [
    {
      run: [SCRIPTABLE, `spo propertybag set -u ${OPS} -k temp -v 1`, `spo propertybag remove -u ${OPS} -k temp -f`, `spo propertybag list -u ${OPS}`],
      doc: 'spo/propertybag/propertybag-remove',
      check: (bag) => expect(items(bag).map((p) => p.key)).not.toContain('temp'),
    },
    { run: `spo propertybag remove -u ${ROOT}/sites/marketing -k vti_defaultlanguage -f`, error: 'Access denied.' },
  ],
};

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(() => harness.close());

describeRows(ROWS, () => harness);
