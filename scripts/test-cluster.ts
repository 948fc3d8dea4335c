/**
 * `npm run test:cluster`: the suites that run on a real Temporal cluster (tests/cluster), apart
 * from `npm test` because the first run builds the server from source (minutes; cached after).
 * Extra arguments go to vitest.
 */
import { spawnSync } from 'node:child_process';
import { projectRoot } from '../config/env';

const result = spawnSync('npx', ['vitest', 'run', '--config', 'vitest.cluster.config.ts', ...process.argv.slice(2)], { cwd: projectRoot, stdio: 'inherit' });
process.exit(result.status ?? 1);
