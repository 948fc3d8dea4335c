import { defineConfig } from 'vitest/config';

// The suites on a real Temporal cluster (npm run test:cluster): kept out of `npm test` because
// the first run builds the server from source. Each file starts its own cluster of four
// services, so files run one at a time on a 2-core machine.
export default defineConfig({
  test: {
    pool: 'forks',
    maxWorkers: 1,
    globalSetup: ['tests/cluster/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    include: ['tests/cluster/**/*.test.ts'],
  },
});
