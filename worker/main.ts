/**
 * Production worker entry (`npm run worker`): the matter, department and webhook workers against the
 * configured Temporal cluster and PostgreSQL. Scale it out by running more of these.
 */
import { loadEnv } from '../config/env';
import { createLogger } from '../config/logger';
import { connectDatabase } from '../db/client';
import { serveMetrics } from '../observability/serve';
import { certificateIssuingFor } from '../startup/certificates';
import { tracingFromEnv } from '../observability/tracing';
import { connectClient, connectWorkerConnection, dataConverterFor } from '../startup/temporal';
import { assembleWorkers, promoteVersion, workerSettingsFrom } from '../startup/workers';
import { webhookSettingsFrom } from '../webhooks/settings';
import { personalDataVault } from '../vault/keys';
import { installRuntimeLogging, runWorkers } from './create-workers';

const env = loadEnv();
const logger = createLogger(env.LOG_LEVEL);
const tracing = tracingFromEnv(env);
if (!env.DATABASE_URL) throw new Error('DATABASE_URL is required for a standalone worker');
// Every worker must sign with the key the API replicas publish, and print the address the public reaches.
if (!env.CERTIFICATE_SIGNING_KEYS || !env.PUBLIC_BASE_URL) throw new Error('CERTIFICATE_SIGNING_KEYS and PUBLIC_BASE_URL are required for a standalone worker');

installRuntimeLogging(logger, env.WORKER_METRICS_ADDRESS === 'off' ? undefined : env.WORKER_METRICS_ADDRESS);
// Counters live per process: a standalone worker serves its own (departments, cards, closures).
if (env.WORKER_APP_METRICS_ADDRESS !== 'off') await serveMetrics(env.WORKER_APP_METRICS_ADDRESS);
const vault = personalDataVault(env);
const database = connectDatabase(env.DATABASE_URL, logger);
const connection = await connectWorkerConnection(env);
const dataConverter = dataConverterFor(env);
// The projection and the cards wake webhook queues as they enqueue deliveries.
const client = await connectClient(env, dataConverter);
const { workers, version } = await assembleWorkers({
  ...workerSettingsFrom(env),
  connection,
  dataConverter,
  db: database.db,
  vault,
  client,
  versioned: true,
  webhooks: webhookSettingsFrom(env, false),
  certificateIssuing: certificateIssuingFor(env),
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => workers.forEach((worker) => worker.shutdown()));
const running = runWorkers(workers);
// A rollout promotes the new version once its workers poll; WORKER_PROMOTE=false leaves that to the operator (`temporal worker deployment set-current-version`).
if (env.WORKER_PROMOTE) await promoteVersion(client, env.TEMPORAL_NAMESPACE, version!);
logger.info({ deployment: version!.deploymentName, buildId: version!.buildId }, 'workers running');
await running;
await connection.close();
await client.connection.close();
await database.close();
await tracing?.shutdown();
