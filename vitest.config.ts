import { configDefaults, defineConfig } from 'vitest/config';

// Workflow and end-to-end tests start real servers; each file runs in its own fork, two at a
// time on a 2-core machine, sharing one PostgreSQL (a database per file) and one workflow bundle.
export default defineConfig({
  test: {
    pool: 'forks',
    maxWorkers: 2,
    globalSetup: ['tests/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    include: ['tests/**/*.test.ts'],
    // On a real Temporal cluster built from source: `npm run test:cluster` (vitest.cluster.config.ts).
    exclude: [...configDefaults.exclude, 'tests/cluster/**'],
  },
});
