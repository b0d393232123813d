import { describe, expect, it } from 'vitest';
import { escapeMarkdown, renderCsv, renderForLog, renderMarkdown, renderOutput, renderText, RESULT_LOG_CHARS } from '../src/report/render.js';

const groups = [
  { id: '1', displayName: 'Finance', mail: 'finance@contoso.com' },
  { id: '22', displayName: 'Sales', mail: null },
];

describe('renderText', () => {
  it('renders scalars as they are', () => {
    expect(renderText('plain\ntext')).toBe('plain\ntext');
    expect(renderText(42)).toBe('42');
    expect(renderText(true)).toBe('true');
    expect(renderText(null)).toBe('');
    expect(renderText(undefined)).toBe('');
  });

  it('renders a list of objects as a table, columns from the first object', () => {
    expect(renderText(groups)).toBe(
      ['id  displayName  mail', '--  -----------  -------------------', '1   Finance      finance@contoso.com', '22  Sales'].join('\n'),
    );
  });

  it('shows at most five columns, leaves out @odata properties and flattens nested values and line breaks', () => {
    const row = { '@odata.etag': 'W/1', a: 1, b: { c: 2 }, d: 'x\r\ny', e: [1], f: false, g: 'hidden' };
    expect(renderText([row])).toBe(['a  b        d    e    f', '-  -------  ---  ---  -----', '1  {"c":2}  x y  [1]  false'].join('\n'));
  });

  it('renders a list of scalars one per line and an object as key: value lines', () => {
    expect(renderText(['a', 2, null])).toBe('a\n2\n');
    expect(renderText({ Title: 'Site', Id: 7, Owners: ['a', 'b'] })).toBe('Title: Site\nId: 7\nOwners: ["a","b"]');
    expect(renderText([])).toBe('');
  });
});

describe('renderCsv', () => {
  it('writes a header of every property in order of appearance and quotes what needs it', () => {
    const rows = [{ id: '1', title: 'a, "b"' }, { id: '2', note: 'line1\nline2', nested: { x: 1 } }];
    expect(renderCsv(rows)).toBe(
      ['id,title,note,nested', '1,"a, ""b""",,', '2,,"line1\nline2","{""x"":1}"'].join('\n'),
    );
  });

  it('renders an object as one row and scalars as a value column', () => {
    expect(renderCsv({ a: 1, b: true })).toBe('a,b\n1,true');
    expect(renderCsv(['x', 'y'])).toBe('value\nx\ny');
    expect(renderCsv('one')).toBe('value\none');
  });
});

describe('renderMarkdown', () => {
  it('renders a list as a table with escaped cells', () => {
    expect(renderMarkdown(groups)).toBe(
      ['| id | displayName | mail |', '| --- | --- | --- |', '| 1 | Finance | finance@contoso.com |', '| 22 | Sales |  |'].join('\n'),
    );
  });

  it('renders an object as a Property | Value table', () => {
    expect(renderMarkdown({ Title: 'a|b', Url: '<script>x</script>' })).toBe(
      ['| Property | Value |', '| --- | --- |', '| Title | a&#124;b |', '| Url | &#60;script&#62;x&#60;/script&#62; |'].join('\n'),
    );
  });
});

describe('escapeMarkdown', () => {
  it('turns every Markdown and HTML character of the data into a character reference', () => {
    expect(escapeMarkdown('a|b `c` <img src=x onerror=y> & [link](http://e) *b* _i_ ~s~ #h !x \\ $m$ "q\'')).toBe(
      'a&#124;b &#96;c&#96; &#60;img src=x onerror=y&#62; &#38; &#91;link&#93;&#40;http://e&#41; &#42;b&#42; ' +
        '&#95;i&#95; &#126;s&#126; &#35;h &#33;x &#92; &#36;m&#36; &#34;q&#39;',
    );
  });

  it('turns line breaks into <br> and breaks workflow-command prefixes', () => {
    expect(escapeMarkdown('a\r\nb\rc\nd')).toBe('a<br>b<br>c<br>d');
    expect(escapeMarkdown('x ::add-mask::y ##[error]z ##vso[task.complete]w')).toBe(
      'x :\u200B:add-mask:\u200B:y &#35;\u200B&#35;&#91;error&#93;z &#35;\u200B&#35;vso&#91;task.complete&#93;w',
    );
  });
});


describe('renderOutput', () => {
  it('dispatches on the --output format; json is indented by two spaces', () => {
    expect(renderOutput({ a: [1] }, 'json')).toBe('{\n  "a": [\n    1\n  ]\n}');
    expect(renderOutput(groups, 'text')).toBe(renderText(groups));
    expect(renderOutput(groups, 'csv')).toBe(renderCsv(groups));
    expect(renderOutput(groups, 'md')).toBe(renderMarkdown(groups));
  });
});

describe('renderForLog', () => {
  const shapes: [string, unknown][] = [
    ['a list of objects', groups],
    ['nested values, empties and nulls', { a: [], b: {}, c: null, d: [1, [2, [3]], { e: 'f' }], g: 'x"y\\z\n', h: 1.5e-7 }],
    ['values JSON leaves out or turns into null', { a: undefined, b: [undefined, Number.NaN, Infinity], c: () => 1 }],
    ['a date', { at: new Date(Date.UTC(2025, 0, 2)) }],
    ['a scalar', 'plain'],
    ['a number', 42],
    ['nothing', undefined],
    ['unicode', { name: 'Zürich € 日本 🚀' }],
  ];
  it.each(shapes)('renders %s exactly as renderOutput when it fits', (_name, value) => {
    for (const format of ['json', 'text', 'csv', 'md'] as const) expect(renderForLog(value, format)).toBe(renderOutput(value, format));
  });

  it('shows whole lines of a large JSON result up to the limit, then says where the whole result is', () => {
    const value = Array.from({ length: 20_000 }, (_, i) => ({ id: i, displayName: `Group ${i}`, secret: 'sEcReT-value-never-split' }));
    const text = renderForLog(value, 'json', { where: 'the output `groups`' });
    const lines = text.split('\n');
    expect(text.length).toBeLessThan(RESULT_LOG_CHARS + 200);
    expect(lines.at(-1)).toBe('… the log shows the first 64 KB of this result; the whole result is in the output `groups`.');
    expect(renderOutput(value, 'json').startsWith(lines.slice(0, -1).join('\n'))).toBe(true);
    for (const line of lines.slice(0, -1)) if (line.includes('sEcReT')) expect(line).toContain('sEcReT-value-never-split');
  });

  it('never builds the whole text of a huge JSON result: a 200 MB string costs the limit, not 200 MB', () => {
    const huge = { content: 'a'.repeat(200 * 1024 * 1024) };
    // A result parsed from JSON is a flat string; repeat() makes a rope that the first slice would flatten.
    expect(huge.content.indexOf('b')).toBe(-1);
    const before = process.memoryUsage().heapUsed;
    const text = renderForLog(huge, 'json', { maxChars: 1024 });
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(50 * 1024 * 1024);
    expect(text.split('\n')).toEqual(['{', '… the log shows the first 1 KB of this result; the whole result is in the step outputs and the output file.']);
  });

  it('bounds text, CSV and Markdown renderings of long lists the same way', () => {
    const value = Array.from({ length: 50_000 }, (_, i) => ({ id: i, title: `Item ${i}` }));
    for (const format of ['text', 'csv', 'md'] as const) {
      const text = renderForLog(value, format, { maxChars: 4096 });
      expect(text.length).toBeLessThan(4096 + 200);
      expect(text.split('\n').at(-1)).toMatch(/^… the log shows the first 4 KB of this result/);
    }
  });

  it('shortens a single line longer than the limit at a space instead of dropping it', () => {
    const text = renderForLog(`${'word '.repeat(100)}tail`, 'text', { maxChars: 50 });
    expect(text.split('\n')).toEqual([`${'word '.repeat(9)}word`, '… the log shows the first 50 characters of this result; the whole result is in the step outputs and the output file.']);
  });
});
