import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['__tests__/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Creates the emulator's CA and keys once and exports NODE_EXTRA_CA_CERTS to the forked workers.
    globalSetup: ['__tests__/global-setup.ts'],
  },
});
