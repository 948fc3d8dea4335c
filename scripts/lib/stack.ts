/**
 * The whole system in one process tree: Temporal (a dev server, or an existing cluster),
 * PostgreSQL (embedded, or an existing server), the workers and the API. `npm start`, the
 * benchmark and the end-to-end tests all assemble it here, so they test what users run.
 */
import { resolve } from 'node:path';
import type { Client } from '@temporalio/client';
import type { Worker, WorkerOptions } from '@temporalio/worker';
import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import type { Activities } from '../../activities/types';
import { codecAdminTokens, localUiCodecEndpoint } from '../../codec/server';
import { localAuthSecret, type Env } from '../../config/env';
import { connectDatabase, type DatabaseHandle } from '../../db/client';
import { assembleApi } from '../../startup/api';
import { certificateIssuingFor, publicBaseUrlOf, urlHost } from '../../startup/certificates';
import { prepareDatabase } from '../../startup/database';
import { connectClient, connectWorkerConnection, dataConverterFor, ensureSearchAttributes } from '../../startup/temporal';
import { assembleWorkers, promoteVersion, workerSettingsFrom } from '../../startup/workers';
import { webhookSettingsFrom, type WebhookSettings } from '../../webhooks/settings';
import { personalDataVault } from '../../vault/keys';
import { installRuntimeLogging, runWorkers } from '../../worker/create-workers';
import { freePort } from './ports';
import { startEmbeddedPostgres } from './postgres';
import { temporalCli } from './temporal-binaries';
import { startDevServer, type RunningDevServer } from './temporal-dev-server';

export interface StackOptions {
  env: Env;
  logger: Logger;
  /** Where a started dev server keeps its SQLite file; undefined keeps it in memory. */
  temporalDbFile?: string;
  /** Embedded PostgreSQL, required when env.DATABASE_URL is unset. */
  embeddedPostgres?: { dataDir: string; persistent: boolean };
  workflowBundle?: WorkerOptions['workflowBundle'];
  /** Wraps the activities, e.g. a test that makes one fail once. */
  activities?: (real: Activities) => Activities;
  /** Replaces parts of the webhook settings the environment gives (tests: a resolver and a transport that stay on loopback). */
  webhooks?: Partial<WebhookSettings>;
  /** Run the workers in this process (default); without them another process runs them (`npm run worker`, the benchmark's). */
  workers?: boolean;
}

export interface Stack {
  apiUrl: string;
  temporalAddress: string;
  temporalUiUrl?: string;
  /** The codec server, and the administrator token when it was generated locally (for the banner). */
  codec: { url: string; generatedAdminToken?: string };
  databaseUrl: string;
  client: Client;
  database: DatabaseHandle;
  api: FastifyInstance;
  /** Settles when a part of the stack fails on its own (the dev server dies, a worker crashes). */
  failed: Promise<Error>;
  stop(): Promise<void>;
}

export async function startStack(options: StackOptions): Promise<Stack> {
  const { env, logger } = options;
  const announce = (message: string) => logger.info(message);
  const stoppers: (() => Promise<unknown>)[] = [];
  const stop = async () => {
    for (const stopPart of stoppers.reverse()) {
      await stopPart().catch((error: unknown) => logger.error({ err: error }, 'stopping a part of the stack failed'));
    }
    stoppers.length = 0;
  };

  try {
    // The dev server's UI is told where the codec server is, and certificates where they are verified, before the API listens, so the port is fixed first.
    const apiPort = env.PORT || (await freePort());
    const apiBaseUrl = `http://${urlHost(env.HOST)}:${apiPort}`;
    const publicBaseUrl = publicBaseUrlOf(env, apiPort);
    let devServer: RunningDevServer | undefined;
    if (!env.TEMPORAL_ADDRESS) {
      const cli = await temporalCli(announce);
      announce(`starting Temporal dev server on 127.0.0.1:${env.TEMPORAL_PORT} (UI ${env.TEMPORAL_UI_PORT})`);
      devServer = await startDevServer({
        cli,
        port: env.TEMPORAL_PORT,
        uiPort: env.TEMPORAL_UI_PORT,
        namespace: env.TEMPORAL_NAMESPACE,
        dbFile: options.temporalDbFile,
        logFile: resolve(env.DATA_DIR, 'temporal.log'),
        uiCodecEndpoint: localUiCodecEndpoint(apiBaseUrl, codecAdminTokens(env)[0]!),
      });
      stoppers.push(devServer.stop);
    }

    let databaseUrl = env.DATABASE_URL;
    if (!databaseUrl) {
      if (!options.embeddedPostgres) throw new Error('set DATABASE_URL or give an embedded PostgreSQL data directory');
      announce(`starting PostgreSQL on 127.0.0.1:${env.PG_PORT} (data in ${options.embeddedPostgres.dataDir})`);
      const postgres = await startEmbeddedPostgres({ ...options.embeddedPostgres, port: env.PG_PORT, database: 'yijianshi', log: announce });
      stoppers.push(postgres.stop);
      databaseUrl = postgres.url;
    }
    const vault = personalDataVault(env);
    const database = connectDatabase(databaseUrl, logger);
    stoppers.push(database.close);
    await prepareDatabase(database, { pilotDirectory: true, vault });

    // Loopback receivers are let through on the local default, where the stack runs its own dev server.
    const webhooks = { ...webhookSettingsFrom(env, Boolean(devServer)), ...options.webhooks };

    installRuntimeLogging(logger, env.WORKER_METRICS_ADDRESS === 'off' ? undefined : env.WORKER_METRICS_ADDRESS);
    const dataConverter = dataConverterFor(env);
    const client = await connectClient(env, dataConverter);
    stoppers.push(() => client.connection.close());
    // A file database kept from an earlier version may lack an attribute added since.
    if (devServer) await ensureSearchAttributes(client.connection, env.TEMPORAL_NAMESPACE);
    // Without workers here, nothing fails on its own in this process but the dev server.
    let running = new Promise<void>(() => {});
    if (options.workers !== false) {
      const workerConnection = await connectWorkerConnection(env);
      stoppers.push(() => workerConnection.close());

      const { workers, version } = await assembleWorkers({
        ...workerSettingsFrom(env),
        connection: workerConnection,
        dataConverter,
        db: database.db,
        vault,
        client,
        versioned: true,
        webhooks,
        certificateIssuing: certificateIssuingFor(env, apiPort),
        activities: options.activities,
        workflowBundle: options.workflowBundle,
      });
      running = runWorkers(workers);
      stoppers.push(() => shutdownWorkers(workers, running));
      // This process's workflows become the current version: new matters start on them, correcting ones move over.
      await promoteVersion(client, env.TEMPORAL_NAMESPACE, version!);
    }

    // Only on the secret everyone can read anyway: signing in by name gives nothing a clone of the code does not.
    const localSignIn = env.AUTH_SECRET === localAuthSecret && env.NODE_ENV !== 'production';
    // The workers share this process: their start-up (bundling) blocks the loop for seconds, which is not load to shed.
    const api = await assembleApi({ env: { ...env, SHED_LOAD_EVENT_LOOP_DELAY_MS: env.SHED_LOAD_EVENT_LOOP_DELAY_MS ?? 'off' }, client, database, logger, dataConverter, vault, webhooks, localUi: devServer ? { port: env.TEMPORAL_UI_PORT } : undefined, localSignIn, temporalUiUrl: devServer?.uiUrl, publicBaseUrl });
    const apiUrl = await api.listen({ host: env.HOST, port: apiPort });
    stoppers.push(() => api.close());

    const failed = Promise.race([
      running.then(() => new Error('the workers stopped')).catch((error: Error) => error),
      devServer ? devServer.exited.then((code) => new Error(`the Temporal dev server exited (code ${code})`)) : new Promise<never>(() => {}),
    ]);

    return {
      apiUrl,
      temporalAddress: devServer?.address ?? env.TEMPORAL_ADDRESS!,
      temporalUiUrl: devServer?.uiUrl,
      codec: { url: `${apiUrl}/codec`, generatedAdminToken: env.CODEC_ADMIN_TOKENS ? undefined : codecAdminTokens(env)[0] },
      databaseUrl,
      client,
      database,
      api,
      failed,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function shutdownWorkers(workers: Worker[], running: Promise<void>): Promise<void> {
  for (const worker of workers) {
    if (worker.getState() === 'RUNNING') worker.shutdown();
  }
  await running.catch(() => undefined);
}
