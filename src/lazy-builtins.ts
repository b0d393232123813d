import { createRequire } from 'node:module';

/**
 * Node modules that a run needs only on some paths, loaded on first use rather than at start-up: node:http (with net
 * and its streams) for the reason phrase of an error status, node:crypto for a random number. A random UUID needs
 * neither: the global Web Crypto `crypto.randomUUID()` does not load node:crypto.
 */
const load = createRequire(import.meta.url);

export const nodeHttp = (): typeof import('node:http') => load('node:http') as typeof import('node:http');
export const nodeCrypto = (): typeof import('node:crypto') => load('node:crypto') as typeof import('node:crypto');
