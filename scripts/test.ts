/**
 * `npm test`: type-check the whole project, check its imports against the layers
 * (.dependency-cruiser.cjs), then run every suite (vitest's global setup fetches the Temporal
 * binaries if missing and starts a throw-away PostgreSQL). Extra arguments go to vitest, e.g.
 * `npm test -- tests/unit`.
 */
import { spawnSync } from 'node:child_process';
import { projectRoot } from '../config/env';

function run(label: string, command: string, args: string[]): void {
  console.log(`[test] ${label}`);
  const result = spawnSync(command, args, { cwd: projectRoot, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`[test] ${label} failed`);
    process.exit(result.status ?? 1);
  }
}

run('type-checking (tsc --noEmit)', 'npx', ['tsc', '--noEmit']);
run('checking the layers (dependency-cruiser)', 'npx', ['depcruise', '--config', '.dependency-cruiser.cjs', '--output-type', 'err', '.']);
run('type-checking the console (tsc --noEmit -p console)', 'npx', ['tsc', '--noEmit', '-p', 'console']);
run('running the suites (vitest)', 'npx', ['vitest', 'run', ...process.argv.slice(2)]);
