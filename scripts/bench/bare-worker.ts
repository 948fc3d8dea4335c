/**
 * A worker of the bench's own workflows (`./bare-workflow`) on a task queue: P1's bare shape in the
 * bench's process, P4's deadlines in a process of their own (`./deadline-worker`). Same codec as
 * the stack, so the bare shape pays for encryption as the matters do.
 */
import { fileURLToPath } from 'node:url';
import { Worker, type NativeConnection } from '@temporalio/worker';
import type { Env } from '../../config/env';
import { dataConverterFor } from '../../startup/temporal';
import type { BareActivities } from './bare-workflow';

const noop: BareActivities = { departmentNoop: async () => {} };

export function createBareWorker(connection: NativeConnection, env: Env, taskQueue: string): Promise<Worker> {
  return Worker.create({
    connection,
    namespace: env.TEMPORAL_NAMESPACE,
    taskQueue,
    workflowsPath: fileURLToPath(new URL('./bare-workflow.ts', import.meta.url)),
    activities: noop,
    dataConverter: dataConverterFor(env),
  });
}
