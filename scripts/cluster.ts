/**
 * `npm run cluster`: the production shape on one machine — PostgreSQL, Temporal's own server
 * as four services (frontend, history, matching, worker) on it with mutual TLS, Temporal UI
 * against it, two worker processes (`npm run worker`) and two API replicas (`npm run api`) —
 * until Ctrl-C or SIGTERM, which stop everything in reverse order. It prints where each part
 * is and what a further worker or API replica needs in its environment to join.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import { loadEnv, localAuthSecret, projectRoot } from '../config/env';
import { createLogger } from '../config/logger';
import { startClusterStack, type ClusterStack } from './lib/cluster-stack';
import { defaultPostgresDataDir, startEmbeddedPostgres } from './lib/postgres';
import { temporalCli } from './lib/temporal-binaries';
import { temporalServerBuild } from './lib/temporal-server-build';
import { temporalUiBuild } from './lib/temporal-ui';

const env = loadEnv();
const logger = createLogger(env.LOG_LEVEL);
const announce = (message: string) => logger.info(message);

// Ports of their own, so the cluster runs beside `npm start` (3000, 7233, 8233, 54329).
const clusterEnv = z
  .object({
    CLUSTER_TEMPORAL_PORT: z.coerce.number().int().min(1024).max(32_755).default(17233).describe("the frontend's gRPC port; the services take the 12 ports after it (all below 32768, which Temporal's membership table holds)"),
    CLUSTER_UI_PORT: z.coerce.number().int().min(1).max(65_535).default(18233).describe('Temporal UI'),
    CLUSTER_PG_PORT: z.coerce.number().int().min(1).max(65_535).default(54339).describe('embedded PostgreSQL, when DATABASE_URL is unset'),
    CLUSTER_API_PORT: z.coerce.number().int().min(1).max(65_534).default(13001).describe('the first API replica; the second listens on the next port'),
  })
  .parse(process.env);

const dataDir = resolve(env.DATA_DIR, 'cluster');
const stoppers: (() => Promise<void>)[] = [];
async function stopAll(): Promise<void> {
  for (const stopPart of stoppers.reverse()) {
    await stopPart().catch((error: unknown) => logger.error({ err: error }, 'stopping a part failed'));
  }
  stoppers.length = 0;
}

/** The replicas refuse the local default secret; the cluster keeps one of its own beside its certificates. */
function clusterAuthSecret(): string {
  if (env.AUTH_SECRET !== localAuthSecret) return env.AUTH_SECRET;
  const file = join(dataDir, 'auth-secret');
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 });
  }
  return readFileSync(file, 'utf8').trim();
}

let databaseUrl = env.DATABASE_URL;
let stack: ClusterStack;
const authSecret = clusterAuthSecret();
try {
  // The slow steps first (a fresh machine builds the server for minutes), before anything runs that Ctrl-C would have to stop.
  const [build, uiBuild, cli] = await Promise.all([temporalServerBuild(announce), temporalUiBuild(announce), temporalCli(announce)]);

  if (!databaseUrl) {
    const pgDataDir = join(dirname(env.PG_DATA_DIR ?? defaultPostgresDataDir(projectRoot)), 'postgres-cluster');
    announce(`starting PostgreSQL on 127.0.0.1:${clusterEnv.CLUSTER_PG_PORT} (data in ${pgDataDir})`);
    const postgres = await startEmbeddedPostgres({ dataDir: pgDataDir, port: clusterEnv.CLUSTER_PG_PORT, database: 'yijianshi', log: announce, persistent: true });
    stoppers.push(postgres.stop);
    databaseUrl = postgres.url;
  }

  stack = await startClusterStack({
    build,
    cli,
    postgresAdminUrl: databaseUrl,
    databaseUrl,
    namespace: env.TEMPORAL_NAMESPACE,
    dataDir,
    basePort: clusterEnv.CLUSTER_TEMPORAL_PORT,
    tls: true,
    ui: { build: uiBuild, port: clusterEnv.CLUSTER_UI_PORT },
    workers: 2,
    apiPorts: [clusterEnv.CLUSTER_API_PORT, clusterEnv.CLUSTER_API_PORT + 1],
    appEnv: { AUTH_SECRET: authSecret, LOG_LEVEL: env.LOG_LEVEL, ...(env.CODEC_KEYS ? { CODEC_KEYS: env.CODEC_KEYS } : {}) },
    log: announce,
  });
  stoppers.push(stack.stop);
} catch (error) {
  logger.fatal({ err: error }, 'could not start the cluster');
  await stopAll();
  process.exit(1);
}

const { cluster } = stack;
const tls = cluster.tls!;
console.log(
  [
    '',
    'Yijianshi 一件事 — the production shape is up:',
    `  Temporal frontend  ${cluster.address}   (mutual TLS; services: ${Object.entries(cluster.ports).map(([service, ports]) => `${service} ${ports.grpc}`).join(', ')})`,
    `  Temporal UI        ${stack.uiUrl}`,
    `  PostgreSQL         ${databaseUrl!.replace(/:[^:@/]+@/, ':***@')}   (Temporal's databases: temporal, temporal_visibility)`,
    ...stack.workers.map((worker) => `  ${worker.name.padEnd(18)} pid ${worker.pid()}   (log ${worker.logFile})`),
    ...stack.apis.map((api) => `  ${api.name.padEnd(18)} ${api.url}   (console ${api.url}/, codec ${api.url}/codec, docs ${api.url}/docs; log ${api.logFile})`),
    `  CA certificate     ${tls.caFile}`,
    `  Client certificate ${tls.clientCertFile}   (key ${tls.clientKeyFile})`,
    `  Logs               ${stack.logDir}`,
    '',
    'A further worker or API replica joins with this environment (the temporal CLI reads the same variables):',
    ...Object.entries(stack.clientEnv).map(([name, value]) => `  export ${name}='${value}'`),
    `  export AUTH_SECRET="$(cat ${join(dataDir, 'auth-secret')})"   # when AUTH_SECRET was not set; npm run token signs with it`,
    '  e.g. temporal operator cluster health; npm run worker; PORT=3001 npm run api',
    'Ctrl-C stops everything (APIs, workers, UI, Temporal, PostgreSQL); data and certificates stay for the next start.',
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
void stack.failed.then((error) => {
  if (stopping) return;
  logger.fatal({ err: error }, 'a part of the cluster failed');
  void shutdown(error.message, 1);
});
