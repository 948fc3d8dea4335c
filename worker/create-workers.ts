/**
 * The workers of one process: the matter workflows (with the projection as local activities),
 * the department activities, and the webhook queues with their deliveries, each on its own task
 * queue so they scale apart — and so matters never wait behind a hanging receiver.
 */
import { fileURLToPath } from 'node:url';
import type { DataConverter } from '@temporalio/common';
import { DefaultLogger, IllegalStateError, Runtime, Worker, type LogEntry, type NativeConnection, type WorkerOptions } from '@temporalio/worker';
import type { Logger } from 'pino';
import type { Activities } from '../activities/types';
import { taskQueues } from '../temporal.config';

export const workflowsPath = fileURLToPath(new URL('../workflows/index.ts', import.meta.url));

export interface WorkerSetup {
  connection: NativeConnection;
  namespace: string;
  dataConverter: DataConverter;
  activities: Activities;
  /** A prebuilt bundle (tests build it once per suite); otherwise the workflows are bundled here. */
  workflowBundle?: WorkerOptions['workflowBundle'];
  /** Extra options, e.g. a tiny workflow cache so every step replays. */
  options?: Partial<WorkerOptions>;
}

export async function createWorkers({ connection, namespace, dataConverter, activities, workflowBundle, options }: WorkerSetup): Promise<Worker[]> {
  const common = { connection, namespace, dataConverter, ...options };
  const matters = await Worker.create({
    ...common,
    taskQueue: taskQueues.matters,
    ...(workflowBundle ? { workflowBundle } : { workflowsPath }),
    activities,
  });
  const departments = await Worker.create({ ...common, taskQueue: taskQueues.departments, activities });
  const webhooks = await Worker.create({
    ...common,
    taskQueue: taskQueues.webhooks,
    ...(workflowBundle ? { workflowBundle } : { workflowsPath }),
    activities,
    ...webhookWorkerLimits,
    ...options,
  });
  return [matters, departments, webhooks];
}

/**
 * What webhook work may take of a process, however many endpoints hang: at most 10 requests in
 * flight (each endpoint sends one at a time, so the queues of 10 dead endpoints fill them and
 * the rest wait their turn on the server, costing nothing here), and few workflow slots and
 * cached queues — a queue's state is a failure streak and at most one batch of ids.
 */
export const webhookWorkerLimits = {
  maxConcurrentActivityTaskExecutions: 10,
  maxConcurrentLocalActivityExecutions: 10,
  maxConcurrentWorkflowTaskExecutions: 2,
  maxCachedWorkflows: 100,
} satisfies Partial<WorkerOptions>;

/** Runs the workers until shutdown() is called on them (or they fail). */
export async function runWorkers(workers: Worker[]): Promise<void> {
  await Promise.all(workers.map((worker) => worker.run()));
}

/**
 * Sends the SDK's own log lines (bundler output, worker state changes, workflow `log` calls)
 * to our logger, warnings and above only: the rest is noise on a developer's terminal.
 * The runtime can be set once per process; a host that set it already (a test) keeps its own.
 */
export function installRuntimeLogging(logger: Logger, metricsAddress?: string): void {
  const write = (entry: LogEntry) => {
    const method = entry.level === 'ERROR' ? 'error' : 'warn';
    logger[method]({ sdk: entry.meta }, entry.message);
  };
  const install = (withMetrics: boolean) =>
    Runtime.install({
      logger: new DefaultLogger('WARN', write),
      // The worker's own metrics (task latencies, slots, polls) on a Prometheus port of their own.
      ...(withMetrics && metricsAddress
        ? { telemetryOptions: { metrics: { prometheus: { bindAddress: metricsAddress, countersTotalSuffix: true, useSecondsForDurations: true } } } }
        : {}),
    });
  try {
    install(true);
  } catch (error) {
    if (error instanceof IllegalStateError) return void logger.debug('Temporal runtime already installed; keeping its logger');
    logger.warn({ err: error }, `Temporal worker metrics not served on ${metricsAddress}`);
    install(false);
  }
}
