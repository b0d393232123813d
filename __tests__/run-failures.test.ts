/**
 * run(host) when something other than a command fails: the step still gets its outputs and summary. No network is
 * needed: a certificate with a wrong password fails sign-in before any request; an output file outside the roots is
 * refused before anything runs.
 */
import { mkdtempSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from '../src/main.js';
import { FakeHost } from './helpers/fake-host.js';

const APP = '3f2b8c1d-6e4a-4b9f-8c7d-2a1e5f9b0c34';
const PFX = fileURLToPath(new URL('./fixtures/certs/openssl3.pfx', import.meta.url));
const cwd = mkdtempSync(join(tmpdir(), 'run-failures-'));
const inputs = {
  'app-id': APP,
  tenant: 'contoso.onmicrosoft.com',
  'certificate-file': PFX,
  'certificate-password': 'not-the-password',
  commands: '- id: me\n  run: status\n- spo app list --appCatalogScope tenant',
};

describe('run when sign-in fails', () => {
  it('sets failed (every command, none could run), results and the summary, and fails the step', async () => {
    const host = new FakeHost(inputs);
    expect(await run(host, { cwd })).toBe('failed');
    expect(host.outputs).toEqual({ results: '{}', failed: '["me","1"]' });
    expect(host.failed).toMatch(/password/i);
    expect(host.summary).toContain('| 1 | me | `status` | — | ❌ failed |');
    expect(host.summary).toContain('not run: sign-in failed');
    expect(host.summary).toContain('❌ The step failed.');
    expect(host.allText()).not.toContain('not-the-password');
  });
});

describe('run when an input is invalid', () => {
  it('refuses an output-file outside the roots before signing in, and returns invalid', async () => {
    const elsewhere = realpathSync(mkdtempSync(join(tmpdir(), 'run-failures-elsewhere-')));
    const host = new FakeHost({ ...inputs, 'output-file': join(elsewhere, 'results.json') });
    expect(await run(host, { cwd })).toBe('invalid');
    expect(host.failed).toContain(`Invalid output-file '${join(elsewhere, 'results.json')}': The path`);
    expect(host.outputs).toEqual({});
  });
});
