/**
 * The workers of one process: the matter workflows (with the projection as local activities),
 * the department activities, and the webhook queues with their deliveries, each on its own task
 * queue so they scale apart — and so matters never wait behind a hanging receiver. The matter
 * workflows run as a version of the `yijianshi-matters` Worker Deployment named by the bundle's
 * hash, pinned: a matter finishes on the code (and the definitions, forms and rules bundled with
 * it) it started on. The webhook queues, long-lived and continuing as new, run unversioned.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { DataConverter } from '@temporalio/common';
import { bundleWorkflowCode, DefaultLogger, IllegalStateError, Runtime, Worker, type LogEntry, type NativeConnection, type WorkerOptions } from '@temporalio/worker';
import type { Logger } from 'pino';
import type { Activities } from '../activities/types';
import { defaultCachedMatters } from '../config/env';
import { tracingWorkerOptions } from '../observability/tracing';
import { taskQueues } from '../temporal.config';

export const workflowsPath = fileURLToPath(new URL('../workflows/index.ts', import.meta.url));

/**
 * What every bundle of the matter workflows is built from: the workflows and the tracing
 * interceptors (always in, so a replica with tracing on runs the same build as one without).
 */
export const workflowBundleSources = {
  workflowsPath,
  workflowInterceptorModules: [fileURLToPath(new URL('./workflow-tracing.ts', import.meta.url))],
};

/** `npm run build` writes the workflow bundle here, at the top of dist/; the compiled worker finds it one level up. */
export const prebuiltWorkflowBundleName = 'workflow-bundle.js';
const prebuiltWorkflowBundle = fileURLToPath(new URL(`../${prebuiltWorkflowBundleName}`, import.meta.url));

export interface WorkerSetup {
  connection: NativeConnection;
  namespace: string;
  dataConverter: DataConverter;
  activities: Activities;
  /** A prebuilt bundle (tests build it once per suite); otherwise dist/'s when compiled, or the workflows are bundled here. */
  workflowBundle?: WorkerOptions['workflowBundle'];
  /** Run the matter workflows as a pinned Worker Deployment version; off where the server has no deployments (the time-skipping test server). */
  versioned: boolean;
  /** Matter workflows kept in memory between their steps (WORKER_CACHED_MATTERS); the others replay from their history when they next move. */
  cachedMatters?: number;
  /** Extra options, e.g. a tiny workflow cache so every step replays. */
  options?: Partial<WorkerOptions>;
}

/** The Worker Deployment version a matter worker runs: the deployment, and the build its bundle's code names. */
export interface DeploymentVersion {
  deploymentName: string;
  buildId: string;
}

export const mattersDeployment = 'yijianshi-matters';

export interface Workers {
  workers: Worker[];
  /** The version the matter workflows run as, when versioned. */
  version?: DeploymentVersion;
}

export async function createWorkers({ connection, namespace, dataConverter, activities, workflowBundle, versioned, cachedMatters = defaultCachedMatters, options }: WorkerSetup): Promise<Workers> {
  const tracing = tracingWorkerOptions();
  const common = { connection, namespace, dataConverter, ...tracing, ...options };
  const code = await workflowCode(workflowBundle);
  const version = versioned ? { deploymentName: mattersDeployment, buildId: buildIdOf(code) } : undefined;
  const matters = await Worker.create({
    maxCachedWorkflows: cachedMatters,
    ...common,
    taskQueue: taskQueues.matters,
    workflowBundle: { code },
    ...(version ? { workerDeploymentOptions: { version, useWorkerVersioning: true, defaultVersioningBehavior: 'PINNED' as const } } : {}),
    activities,
  });
  const departments = await Worker.create({ ...common, taskQueue: taskQueues.departments, activities });
  const webhooks = await Worker.create({
    ...common,
    taskQueue: taskQueues.webhooks,
    workflowBundle: { code },
    activities,
    ...webhookWorkerLimits,
    ...options,
  });
  return { workers: [matters, departments, webhooks], version };
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


/** The bundle's code: the one given, dist/'s when compiled, or the workflows bundled now. */
async function workflowCode(bundle: WorkerOptions['workflowBundle']): Promise<string> {
  if (bundle) return 'code' in bundle ? bundle.code : readFileSync(bundle.codePath, 'utf8');
  if (existsSync(prebuiltWorkflowBundle)) return readFileSync(prebuiltWorkflowBundle, 'utf8');
  return (await bundleWorkflowCode({ ...workflowBundleSources, logger: bundlerLogger })).code;
}

/** Derived from the code, so a change to the workflows or to anything bundled with them is a new version, and the same code is the same version on every replica. */
export function buildIdOf(code: string): string {
  return `b${createHash('sha256').update(code).digest('hex').slice(0, 16)}`;
}

const quiet = () => {};
const bundlerLogger = { log: quiet, trace: quiet, debug: quiet, info: quiet, warn: console.warn, error: console.error };

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
