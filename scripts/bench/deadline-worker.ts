/**
 * P4's worker: the bench's deadline workflows on a task queue of their own, in a process of their
 * own as the matters' SLA clocks run in `npm run worker`, so a timer wakes in a process that does
 * nothing else, not in the one that drives the bench and waits for every answer. Stops on SIGTERM.
 */
import { NativeConnection } from '@temporalio/worker';
import { loadEnv } from '../../config/env';
import { createBareWorker } from './bare-worker';
import { deadlineTaskQueue } from './drive';

const env = loadEnv();
const connection = await NativeConnection.connect({ address: env.TEMPORAL_ADDRESS });
const worker = await createBareWorker(connection, env, deadlineTaskQueue);
process.once('SIGTERM', () => worker.shutdown());
await worker.run();
await connection.close();
