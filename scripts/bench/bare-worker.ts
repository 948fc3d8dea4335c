/**
 * P4's worker: the bench's deadline workflows (`./bare-workflow`) on a task queue of their own, in
 * a process of their own as the matters' SLA clocks run in `npm run worker`, so a timer wakes in a
 * process that does nothing else, not in the one that drives the bench and waits for every
 * answer. Stops on SIGTERM.
 */
import { fileURLToPath } from 'node:url';
import { NativeConnection, Worker } from '@temporalio/worker';
import { loadEnv } from '../../config/env';
import { dataConverterFor } from '../../startup/temporal';
import type { BareActivities } from './bare-workflow';
import { deadlineTaskQueue } from './drive';

const env = loadEnv();
const connection = await NativeConnection.connect({ address: env.TEMPORAL_ADDRESS });
const noop: BareActivities = { departmentNoop: async () => {} };
const worker = await Worker.create({
  connection,
  namespace: env.TEMPORAL_NAMESPACE,
  taskQueue: deadlineTaskQueue,
  workflowsPath: fileURLToPath(new URL('./bare-workflow.ts', import.meta.url)),
  activities: noop,
  dataConverter: dataConverterFor(env),
});
process.once('SIGTERM', () => worker.shutdown());
await worker.run();
await connection.close();
