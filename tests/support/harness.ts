/**
 * What the workflow and API suites share: a fresh database per suite on the one test
 * PostgreSQL, a throw-away codec key, the Temporal servers from the cache, and workers
 * running the prebuilt bundle with the real activities.
 */
import { randomBytes } from 'node:crypto';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { DefaultLogger, Runtime, type WorkerOptions } from '@temporalio/worker';
import pg from 'pg';
import { afterAll, beforeAll, inject } from 'vitest';
import type { Activities } from '../../activities/types';
import { ensureCalendarSeeded } from '../../calendar/store';
import { generateCertificateKeySpec, parseCertificateKeys } from '../../certificates/keys';
import type { CertificateIssuing } from '../../certificates/seal';
import { encryptedDataConverter, generateCodecKeySpec, parseCodecKeys } from '../../codec/keys';
import { connectDatabase, migrateDatabase, type DatabaseHandle } from '../../db/client';
import { ensureDirectorySeeded } from '../../directory/store';
import { generateKeySpec } from '../../config/key-spec';
import { ensureSearchAttributes } from '../../startup/temporal';
import { generateBlindIndexKey, vaultOf } from '../../vault/keys';
import { assembleWorkers } from '../../startup/workers';
import { allSearchAttributes } from '../../temporal.config';
import type { WebhookSettings } from '../../webhooks/settings';
import { runWorkers } from '../../worker/create-workers';
import { testAuth } from './auth';
import { testWebhookSettings } from './webhooks';

let runtimeQuiet = false;
/** Worker start-up chatter hides test output; warnings and errors still show. */
export function quietRuntime(): void {
  if (runtimeQuiet) return;
  Runtime.install({ logger: new DefaultLogger('WARN') });
  runtimeQuiet = true;
}

export const testCodecKeys = generateCodecKeySpec('test');
export const dataConverter = encryptedDataConverter(parseCodecKeys(testCodecKeys));

/** A throw-away certificate signing key, published by the keys below. */
export const testCertificateKeys = parseCertificateKeys({ signing: generateCertificateKeySpec('test') });
export const testCertificateIssuing: CertificateIssuing = { signing: testCertificateKeys.signing!, publicBaseUrl: 'http://127.0.0.1:3000' };
/** Throw-away keys of personal data at rest, for the workers, the stack and the tests that read what they stored. */
export const testDataKeys = { DATA_KEYS: generateKeySpec('testdata'), BLIND_INDEX_KEY: generateBlindIndexKey() };
export const testVault = vaultOf(testDataKeys.DATA_KEYS, testDataKeys.BLIND_INDEX_KEY);

export type TestDatabase = DatabaseHandle & { url: string; drop(): Promise<void> };

/** A new, migrated database for one suite, dropped at the end; with the 2024–2026 calendar unless a suite tests the seeding itself. */
export async function freshDatabase({ calendar = true } = {}): Promise<TestDatabase> {
  const admin = inject('postgresAdminUrl');
  const name = `t_${randomBytes(6).toString('hex')}`;
  await adminQuery(admin, `create database ${name}`);
  const url = admin.replace(/\/[^/?]*(\?|$)/, `/${name}$1`);
  const handle = connectDatabase(url, { warn: () => {} });
  await migrateDatabase(handle);
  if (calendar) await ensureCalendarSeeded(handle.db);
  await ensureDirectorySeeded(handle.db);
  return {
    ...handle,
    url,
    drop: async () => {
      await handle.close();
      await adminQuery(admin, `drop database if exists ${name} with (force)`);
    },
  };
}

async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function timeSkippingEnvironment(): Promise<TestWorkflowEnvironment> {
  quietRuntime();
  const env = await TestWorkflowEnvironment.createTimeSkipping({
    server: { executable: { type: 'existing-path', path: inject('temporalTestServerPath') } },
    client: { dataConverter },
  });
  await ensureSearchAttributes(env.connection, env.namespace ?? 'default');
  return env;
}

export function devServerEnvironment(): Promise<TestWorkflowEnvironment> {
  quietRuntime();
  return TestWorkflowEnvironment.createLocal({
    server: { executable: { type: 'existing-path', path: inject('temporalCliPath') }, searchAttributes: allSearchAttributes },
    client: { dataConverter },
  });
}

export const workflowBundle = () => ({ codePath: inject('workflowBundlePath') });

export interface RunningWorkers {
  stop(): Promise<void>;
}

/** Starts the matter, department and webhook workers with the real activities (optionally wrapped); webhooks stay on loopback. */
export async function startWorkers(
  env: TestWorkflowEnvironment,
  db: DatabaseHandle,
  options: { activities?: (real: Activities) => Activities; worker?: Partial<WorkerOptions>; webhooks?: Partial<WebhookSettings> } = {},
): Promise<RunningWorkers> {
  // The time-skipping server knows no Worker Deployments: its workers run unversioned.
  const { workers } = await assembleWorkers({
    connection: env.nativeConnection,
    namespace: env.namespace ?? 'default',
    dataConverter,
    db: db.db,
    vault: testVault,
    client: env.client,
    verifyToken: testAuth.verify,
    versioned: false,
    webhooks: testWebhookSettings(options.webhooks),
    certificateIssuing: testCertificateIssuing,
    activities: options.activities,
    workflowBundle: workflowBundle(),
    // No workflow cache: every workflow task replays the whole history, so any nondeterminism shows in every test.
    options: { maxCachedWorkflows: 0, ...options.worker },
  });
  const running = runWorkers(workers);
  return {
    stop: async () => {
      for (const worker of workers) if (worker.getState() === 'RUNNING') worker.shutdown();
      await running;
    },
  };
}


/**
 * A workflow suite's world, set up before its tests and torn down after: the time-skipping
 * server (or the dev server, where a test needs the real server's behaviour), a fresh database and the workers with the real activities (optionally wrapped).
 */
export function workflowSuite({ devServer = false, ...options }: Parameters<typeof startWorkers>[2] & { devServer?: boolean } = {}): {
  readonly env: TestWorkflowEnvironment;
  readonly db: TestDatabase;
} {
  const suite = {} as { env: TestWorkflowEnvironment; db: TestDatabase; workers?: RunningWorkers };
  beforeAll(async () => {
    [suite.env, suite.db] = await Promise.all([devServer ? devServerEnvironment() : timeSkippingEnvironment(), freshDatabase()]);
    suite.workers = await startWorkers(suite.env, suite.db, options);
  });
  afterAll(async () => {
    await suite.workers?.stop();
    await suite.env?.teardown();
    await suite.db?.drop();
  });
  return suite;
}
