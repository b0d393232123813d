import { execFileSync } from 'node:child_process';
import { linkSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFileAccess, splitPathList, type FileAccess } from '../src/files.js';

const posix = process.platform !== 'win32';
const OUTSIDE = 'is outside the directories commands may use';
const OWN_FILE = 'is a file the action or the runner uses itself';

let base: string;
let workspace: string;
let temp: string;
let outside: string;
let certificate: string;
let runnerFiles: string;
let files: FileAccess;

beforeAll(() => {
  base = realpathSync(mkdtempSync(join(tmpdir(), 'files-test-')));
  workspace = join(base, 'workspace');
  temp = join(base, 'runner-temp');
  outside = join(base, 'outside');
  runnerFiles = join(temp, '_runner_file_commands');
  for (const dir of [workspace, temp, outside, runnerFiles, join(workspace, 'sub')]) mkdirSync(dir, { recursive: true });
  certificate = join(workspace, 'cert.pfx');
  writeFileSync(certificate, 'PFX');
  writeFileSync(join(workspace, 'app.sppkg'), 'PK package');
  writeFileSync(join(outside, 'secret.txt'), 'secret');
  writeFileSync(join(runnerFiles, 'set_output_1'), '');
  files = createFileAccess({ cwd: workspace, roots: [workspace, temp], forbidden: [certificate, runnerFiles] });
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('assertReadable', () => {
  it('resolves a path in a root against the working directory, to its real path', () => {
    expect(files.assertReadable('app.sppkg')).toBe(join(workspace, 'app.sppkg'));
    expect(files.assertReadable('./sub/../app.sppkg')).toBe(join(workspace, 'app.sppkg'));
    expect(files.roots).toEqual([workspace, temp]);
  });

  it('refuses a path outside the roots, naming them and the fix', () => {
    const passwd = relative(workspace, '/etc/passwd');
    expect(() => files.assertReadable(join(outside, 'secret.txt'))).toThrow(
      expect.objectContaining({
        message: `The path '${join(outside, 'secret.txt')}' ${OUTSIDE}: ${workspace}, ${temp}.`,
        hint: "Move the file under one of them, or add its directory to the input 'allow-paths' (newline- or comma-separated).",
      }),
    );
    if (posix) expect(() => files.assertReadable(passwd)).toThrow(`The path '${passwd}' (/etc/passwd) ${OUTSIDE}`);
  });

  it('follows symbolic links: a link in the workspace to a file outside is outside', () => {
    symlinkSync(join(outside, 'secret.txt'), join(workspace, 'link-out'));
    symlinkSync(outside, join(workspace, 'dir-link'));
    expect(() => files.assertReadable('link-out')).toThrow(`The path 'link-out' (${join(outside, 'secret.txt')}) ${OUTSIDE}`);
    expect(() => files.assertReadable('dir-link/secret.txt')).toThrow(OUTSIDE);
    symlinkSync(join(workspace, 'app.sppkg'), join(workspace, 'link-in'));
    expect(files.assertReadable('link-in')).toBe(join(workspace, 'app.sppkg'));
  });

  it.runIf(posix)('refuses /proc, /sys and /dev whatever the roots, also through a link', () => {
    const everything = createFileAccess({ cwd: workspace, roots: ['/'], forbidden: [] });
    expect(() => everything.assertReadable('/proc/self/environ')).toThrow(/^The path '\/proc\/self\/environ' \(\/proc\/\d+\/environ\) is under \/proc/);
    expect(() => everything.assertReadable('/proc/self/environ')).toThrow(expect.objectContaining({ hint: expect.stringContaining("'allow-paths' does not change this") }));
    expect(() => everything.assertReadable('/dev/zero')).toThrow("The path '/dev/zero' is under /dev, the system's view of processes and devices");
    symlinkSync('/proc/self/environ', join(workspace, 'environ'));
    expect(() => files.assertReadable('environ')).toThrow('is under /proc');
    expect(() => everything.assertReadable('/etc/passwd')).not.toThrow();
  });

  it('refuses the forbidden files, by path, through a link and through a hard link', () => {
    expect(() => files.assertReadable('cert.pfx')).toThrow(`The path 'cert.pfx' (${certificate}) ${OWN_FILE}`);
    symlinkSync(certificate, join(workspace, 'cert-link'));
    expect(() => files.assertReadable('cert-link')).toThrow(OWN_FILE);
    linkSync(certificate, join(workspace, 'cert-hard'));
    expect(() => files.assertReadable('cert-hard')).toThrow(OWN_FILE);
    expect(() => files.assertReadable(join(runnerFiles, 'set_output_1'))).toThrow(OWN_FILE);
  });

  it('refuses what is not a regular file, without opening it', () => {
    expect(() => files.assertReadable('sub')).toThrow("The path 'sub' is a directory, not a regular file: commands read and write regular files only.");
    expect(() => files.assertReadable('missing.sppkg')).toThrow(
      expect.objectContaining({ message: `The file 'missing.sppkg' does not exist (looked for ${join(workspace, 'missing.sppkg')}).`, code: 'ENOENT' }),
    );
    if (posix) {
      execFileSync('mkfifo', [join(workspace, 'pipe')]);
      expect(() => files.assertReadable('pipe')).toThrow("The path 'pipe' is a named pipe, not a regular file");
    }
  });
});

describe('readFile', () => {
  it('reads a file within the limit and refuses a larger one without reading it', async () => {
    expect((await files.readFile('app.sppkg', 100)).toString()).toBe('PK package');
    await expect(files.readFile('app.sppkg', 5)).rejects.toThrow("The file 'app.sppkg' has 10 bytes, more than the 5 bytes allowed here; it was not read.");
    await expect(files.readFile(join(outside, 'secret.txt'), 100)).rejects.toThrow(OUTSIDE);
  });
});

describe('assertWritable and writeFile', () => {
  it('allows a new or an ordinary existing file in a root, and writes it', async () => {
    expect(files.assertWritable('out.json')).toBe(join(workspace, 'out.json'));
    expect(await files.writeFile('out.json', '{"a":1}')).toBe(join(workspace, 'out.json'));
    expect(await files.writeFile('out.json', '{}')).toBe(join(workspace, 'out.json'));
    expect(readFileSync(join(workspace, 'out.json'), 'utf8')).toBe('{}');
    expect(await files.writeFile(join(temp, 'r.json'), Buffer.from('x'))).toBe(join(temp, 'r.json'));
  });

  it('needs the directory to exist, unless told the missing ones will be created', () => {
    expect(() => files.assertWritable('new/dir/out.json')).toThrow(`Cannot write 'new/dir/out.json': its directory ${join(workspace, 'new', 'dir')} does not exist.`);
    expect(files.assertWritable('new/dir/out.json', { missingParents: true })).toBe(join(workspace, 'new', 'dir', 'out.json'));
    expect(() => files.assertWritable(join(outside, 'new', 'out.json'), { missingParents: true })).toThrow(OUTSIDE);
  });

  it('refuses outside the roots, through a linked directory, over a link to outside, and over the forbidden files', async () => {
    expect(() => files.assertWritable(join(outside, 'x.json'))).toThrow(OUTSIDE);
    symlinkSync(outside, join(workspace, 'out-dir'));
    expect(() => files.assertWritable('out-dir/x.json')).toThrow(`The path 'out-dir/x.json' (${join(outside, 'x.json')}) ${OUTSIDE}`);
    symlinkSync(join(outside, 'secret.txt'), join(workspace, 'over-secret'));
    await expect(files.writeFile('over-secret', 'pwned')).rejects.toThrow(OUTSIDE);
    expect(readFileSync(join(outside, 'secret.txt'), 'utf8')).toBe('secret');
    await expect(files.writeFile('cert.pfx', 'pwned')).rejects.toThrow(OWN_FILE);
    await expect(files.writeFile(join(runnerFiles, 'set_output_1'), 'pwned')).rejects.toThrow(OWN_FILE);
    await expect(files.writeFile(join(runnerFiles, 'new_file'), 'pwned')).rejects.toThrow(OWN_FILE);
    expect(() => files.assertWritable('../outside/x.json')).toThrow(OUTSIDE);
    expect(readFileSync(certificate, 'utf8')).toBe('PFX');
  });

  it('refuses a directory and a dangling link', () => {
    expect(() => files.assertWritable('sub')).toThrow("The path 'sub' is a directory, not a regular file");
    symlinkSync(join(outside, 'not-there'), join(workspace, 'dangling'));
    expect(() => files.assertWritable('dangling')).toThrow("The file 'dangling' does not exist");
  });
});

describe('splitPathList', () => {
  it('splits on line breaks and commas and drops blanks', () => {
    expect(splitPathList(' a ,b\n\n c,')).toEqual(['a', 'b', 'c']);
    expect(splitPathList('')).toEqual([]);
  });
});

describe('openRead', () => {
  it('reads a contained file in pieces, and refuses what assertReadable refuses before opening anything', async () => {
    writeFileSync(join(workspace, 'big.bin'), Buffer.from('0123456789'));
    const file = await files.openRead('big.bin');
    expect(file.size).toBe(10);
    expect((await file.read(0, 4)).toString()).toBe('0123');
    expect((await file.read(8, 4)).toString()).toBe('89');
    await file.close();
    await expect(files.openRead(certificate)).rejects.toThrow(OWN_FILE);
    await expect(files.openRead(join(outside, 'x'))).rejects.toThrow(/outside|does not exist/);
    if (posix) await expect(files.openRead('/proc/self/environ')).rejects.toThrow();
  });
});
