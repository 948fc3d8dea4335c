/**
 * Once per `npm run test:cluster`: the Temporal server built from the Go module proxy (minutes
 * on a fresh machine, from the cache afterwards) and the Temporal CLI; each suite starts its
 * own PostgreSQL and cluster from them, so a suite's faults never reach another's.
 */
import type { TestProject } from 'vitest/node';
import { temporalCli } from '../../scripts/lib/temporal-binaries';
import { temporalServerBuild, type TemporalServerBuild } from '../../scripts/lib/temporal-server-build';

declare module 'vitest' {
  export interface ProvidedContext {
    temporalCliPath: string;
    temporalServerBuild: TemporalServerBuild;
  }
}

export default async function setup(project: TestProject) {
  const log = (message: string) => console.log(`[cluster setup] ${message}`);
  const [cli, build] = await Promise.all([temporalCli(log), temporalServerBuild(log)]);
  project.provide('temporalCliPath', cli);
  project.provide('temporalServerBuild', build);
}
