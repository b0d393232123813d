import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { ActionError } from '../errors.js';
import type { FederatedSource } from './federated.js';

/** An OIDC token is a few kilobytes; anything far larger is not one (and /dev/zero must not fill the memory). */
export const MAX_TOKEN_FILE_BYTES = 64 * 1024;

/**
 * The federated token read from a file: Kubernetes workload identity (AZURE_FEDERATED_TOKEN_FILE), GitLab CI
 * `id_tokens` written by a script, any CI that can write a file. Platform-neutral, so it lives in the core.
 */
export function createTokenFileSource(path: string, cwd: string): FederatedSource {
  const fullPath = resolve(cwd, path);
  const shown = isAbsolute(path) ? path : `${path} (resolved to ${fullPath})`;
  return {
    kind: 'file',
    describe: () => `token file ${fullPath}`,
    // Read on every call: Kubernetes rotates a projected service account token in place.
    getToken: async () => {
      const token = (await readTokenFile(fullPath, shown)).trim();
      if (!token) {
        throw new ActionError(`The federated token file ${shown} is empty.`, {
          hint: 'Whatever writes the token (a projected service account token, GitLab `id_tokens`, a CI step) must write it before this step runs.',
        });
      }
      return token;
    },
  };
}

/** Reads at most MAX_TOKEN_FILE_BYTES of a regular file; a FIFO, a device or a directory is refused. */
async function readTokenFile(fullPath: string, shown: string): Promise<string> {
  let handle;
  try {
    // Non-blocking: opening a FIFO for reading would otherwise wait for a writer forever.
    handle = await open(fullPath, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    throw tokenFileUnreadable(shown, error);
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) {
      throw new ActionError(`The federated token file ${shown} cannot be read (${stats.isDirectory() ? 'EISDIR' : 'not a regular file'}).`, {
        hint: READABLE_HINT,
      });
    }
    if (stats.size > MAX_TOKEN_FILE_BYTES) {
      throw new ActionError(`The federated token file ${shown} holds ${stats.size} bytes: more than an OIDC token (at most ${MAX_TOKEN_FILE_BYTES}).`, {
        hint: 'Point `federated-token-file` at the file holding only the OIDC token (a JWT).',
      });
    }
    const buffer = Buffer.alloc(MAX_TOKEN_FILE_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, MAX_TOKEN_FILE_BYTES, 0);
    return buffer.subarray(0, bytesRead).toString('utf8');
  } finally {
    await handle.close();
  }
}

const READABLE_HINT =
  'Give the path of a readable file holding the OIDC token (input `federated-token-file` or env AZURE_FEDERATED_TOKEN_FILE).';

function tokenFileUnreadable(shown: string, error: unknown): ActionError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') {
    return new ActionError(`The federated token file ${shown} does not exist.`, {
      hint: 'Set the input `federated-token-file` (or env AZURE_FEDERATED_TOKEN_FILE) to the path of a file holding the OIDC token.',
    });
  }
  return new ActionError(`The federated token file ${shown} cannot be read (${code ?? 'unknown error'}).`, { hint: READABLE_HINT });
}
