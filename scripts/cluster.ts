/**
 * `npm run cluster`: the production shape on one machine — PostgreSQL, and Temporal's own server
 * as four services (frontend, history, matching, worker) on it with mutual TLS, plus Temporal
 * UI against it — until Ctrl-C or SIGTERM. It prints what a worker or an API replica needs in
 * its environment to join.
 *
 * The cluster is assembled from parts started in order and stopped in reverse; the workers and
 * API replicas of the production shape are further parts, appended once start-up is one module
 * the worker and API entries share.
 */
import { dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import { loadEnv, projectRoot } from '../config/env';
import { createLogger } from '../config/logger';
import { defaultPostgresDataDir, startEmbeddedPostgres } from './lib/postgres';
import { temporalCli } from './lib/temporal-binaries';
import { startTemporalCluster, type RunningTemporalCluster } from './lib/temporal-cluster';
import { temporalServerBuild } from './lib/temporal-server-build';
import { startTemporalUi, temporalUiBuild } from './lib/temporal-ui';

const env = loadEnv();
const logger = createLogger(env.LOG_LEVEL);
const announce = (message: string) => logger.info(message);

// Ports of their own, so the cluster runs beside `npm start` (3000, 7233, 8233, 54329).
const clusterEnv = z
  .object({
    CLUSTER_TEMPORAL_PORT: z.coerce.number().int().min(1024).max(32_755).default(17233).describe("the frontend's gRPC port; the services take the 12 ports after it (all below 32768, which Temporal's membership table holds)"),
    CLUSTER_UI_PORT: z.coerce.number().int().min(1).max(65_535).default(18233).describe('Temporal UI'),
    CLUSTER_PG_PORT: z.coerce.number().int().min(1).max(65_535).default(54339).describe('embedded PostgreSQL, when DATABASE_URL is unset'),
  })
  .parse(process.env);

interface Part {
  name: string;
  stop(): Promise<void>;
  /** Settles when the part fails by itself. */
  failed?: Promise<Error>;
}
const parts: Part[] = [];

async function stopAll(): Promise<void> {
  for (const part of parts.reverse()) {
    await part.stop().catch((error: unknown) => logger.error({ err: error }, `stopping ${part.name} failed`));
  }
  parts.length = 0;
}

let databaseUrl = env.DATABASE_URL;
let cluster: RunningTemporalCluster;
let uiUrl: string;
try {
  // The slow steps first (a fresh machine builds the server for minutes), before anything runs that Ctrl-C would have to stop.
  const [build, uiBuild, cli] = await Promise.all([temporalServerBuild(announce), temporalUiBuild(announce), temporalCli(announce)]);

  if (!databaseUrl) {
    const dataDir = join(dirname(env.PG_DATA_DIR ?? defaultPostgresDataDir(projectRoot)), 'postgres-cluster');
    announce(`starting PostgreSQL on 127.0.0.1:${clusterEnv.CLUSTER_PG_PORT} (data in ${dataDir})`);
    const postgres = await startEmbeddedPostgres({ dataDir, port: clusterEnv.CLUSTER_PG_PORT, database: 'yijianshi', log: announce, persistent: true });
    parts.push({ name: 'PostgreSQL', stop: postgres.stop });
    databaseUrl = postgres.url;
  }

  cluster = await startTemporalCluster({
    build,
    cli,
    postgresUrl: databaseUrl,
    namespace: env.TEMPORAL_NAMESPACE,
    dataDir: resolve(env.DATA_DIR, 'cluster'),
    basePort: clusterEnv.CLUSTER_TEMPORAL_PORT,
    tls: true,
    log: announce,
  });
  parts.push({ name: 'the Temporal cluster', stop: cluster.stop, failed: cluster.failed });

  const ui = await startTemporalUi({
    build: uiBuild,
    dataDir: resolve(env.DATA_DIR, 'cluster', 'ui'),
    port: clusterEnv.CLUSTER_UI_PORT,
    temporalAddress: cluster.address,
    namespace: env.TEMPORAL_NAMESPACE,
    tls: cluster.tls,
    log: announce,
  });
  parts.push({ name: 'Temporal UI', stop: ui.stop, failed: ui.failed });
  uiUrl = ui.url;
} catch (error) {
  logger.fatal({ err: error }, 'could not start the cluster');
  await stopAll();
  process.exit(1);
}

const tls = cluster.tls!;
const clientEnv = { ...cluster.clientEnv, DATABASE_URL: databaseUrl };
console.log(
  [
    '',
    'Yijianshi 一件事 — Temporal cluster (production shape) is up:',
    `  Temporal frontend  ${cluster.address}   (mutual TLS; services: ${Object.entries(cluster.ports).map(([service, ports]) => `${service} ${ports.grpc}`).join(', ')})`,
    `  Temporal UI        ${uiUrl}`,
    `  PostgreSQL         ${databaseUrl.replace(/:[^:@/]+@/, ':***@')}   (Temporal's databases: temporal, temporal_visibility)`,
    `  CA certificate     ${tls.caFile}`,
    `  Client certificate ${tls.clientCertFile}   (key ${tls.clientKeyFile})`,
    `  Service logs       ${dirname(cluster.logFile('frontend'))}`,
    '',
    'A worker or API replica joins with this environment (the temporal CLI reads the same variables):',
    ...Object.entries(clientEnv).map(([name, value]) => `  export ${name}='${value}'`),
    '  e.g. temporal operator cluster health; npm run worker; PORT=3001 AUTH_SECRET=… npm run api',
    'Ctrl-C stops everything; data and certificates stay for the next start.',
    '',
  ].join('\n'),
);

let stopping = false;
async function shutdown(reason: string, code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  logger.info(`stopping (${reason})`);
  await stopAll();
  logger.info('stopped');
  process.exit(code);
}
process.on('SIGINT', () => void shutdown('SIGINT', 0));
process.on('SIGTERM', () => void shutdown('SIGTERM', 0));
void Promise.race(parts.flatMap((part) => (part.failed ? [part.failed] : []))).then((error) => {
  if (stopping) return;
  logger.fatal({ err: error }, 'a part of the cluster failed');
  void shutdown(error.message, 1);
});
