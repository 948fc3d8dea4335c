/**
 * The whole production shape for one suite: a throw-away PostgreSQL (durable, so a fault test
 * can stop and start it again), Temporal's server as four services on it with mutual TLS, two
 * worker processes and two API replicas (the helper `npm run cluster` uses), a directory filled
 * as administrators would, webhooks allowed to loopback receivers, and an HTTP client whose
 * requests alternate between the replicas as a load balancer's would.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Client } from '@temporalio/client';
import { inject } from 'vitest';
import { signToken, type TokenSettings } from '../../../auth/tokens';
import { generateCodecKeySpec } from '../../../codec/keys';
import { loadEnv } from '../../../config/env';
import { createLogger } from '../../../config/logger';
import { connectDatabase, type DatabaseHandle } from '../../../db/client';
import { seedPrincipal } from '../../../directory/seed';
import { ensureDirectorySeeded } from '../../../directory/store';
import { startClusterStack, type ClusterStack } from '../../../scripts/lib/cluster-stack';
import { freePort } from '../../../scripts/lib/ports';
import { startEmbeddedPostgres, tempPostgresDataDir } from '../../../scripts/lib/postgres';
import { connectClient, dataConverterFor } from '../../../startup/temporal';
import { defaultNamespace } from '../../../temporal.config';

export interface Answer {
  status: number;
  body: any;
  headers: Headers;
  /** The replica that answered. */
  replica: number;
}

export interface TestClusterStack {
  stack: ClusterStack;
  database: DatabaseHandle;
  /** Stops PostgreSQL (Temporal's persistence and the project's database alike), keeping its data. */
  stopPostgres(): Promise<void>;
  /** Starts it again on the same data and port. */
  startPostgres(): Promise<void>;
  /** A Temporal client with the replicas' data converter, for histories. */
  client: Client;
  /** The next replica in turn answers (round robin over the live ones' URLs). */
  call(method: string, path: string, body?: unknown, token?: string, headers?: Record<string, string>): Promise<Answer>;
  /** A call to one replica. */
  callReplica(replica: number, method: string, path: string, body?: unknown, token?: string, headers?: Record<string, string>): Promise<Answer>;
  /** A token for a seeded login, signed with the replicas' secret. */
  tokenFor(login: string): Promise<string>;
  stop(): Promise<void>;
}

export async function startTestClusterStack(): Promise<TestClusterStack> {
  const quiet = () => {};
  const [postgresDir, postgresPort] = await Promise.all([tempPostgresDataDir(), freePort()]);
  const startPostgres = () => startEmbeddedPostgres({ dataDir: postgresDir, port: postgresPort, database: 'yijianshi', log: quiet, persistent: true });
  let postgres = await startPostgres();
  const dataDir = await mkdtemp(join(tmpdir(), 'yijianshi-cluster-stack-'));
  const authSecret = randomBytes(32).toString('base64url');
  const codecKeys = generateCodecKeySpec('cluster');
  const cleanUp: (() => Promise<unknown>)[] = [
    () => rm(postgresDir, { recursive: true, force: true }),
    () => rm(dataDir, { recursive: true, force: true }),
    () => postgres.stop(),
  ];
  const stop = async () => {
    for (const step of cleanUp.reverse()) await step().catch(() => undefined);
    cleanUp.length = 0;
  };
  try {
    const stack = await startClusterStack({
      build: inject('temporalServerBuild'),
      cli: inject('temporalCliPath'),
      postgresAdminUrl: postgres.url,
      databaseUrl: postgres.url,
      namespace: defaultNamespace,
      dataDir,
      tls: true,
      workers: 2,
      apiPorts: [await freePort(), await freePort()],
      // Info: a worker says at that level that it polls.
      appEnv: { AUTH_SECRET: authSecret, CODEC_KEYS: codecKeys, LOG_LEVEL: 'info', WEBHOOK_ALLOWED_HOSTS: '127.0.0.1' },
      log: quiet,
    });
    cleanUp.push(stack.stop);

    const database = connectDatabase(postgres.url, createLogger('silent'));
    cleanUp.push(database.close);
    // The replicas never seed the pilot's directory (production administrators fill it); the suite fills it as they would.
    await ensureDirectorySeeded(database.db);

    const env = loadEnv({ ...stack.clientEnv, CODEC_KEYS: codecKeys, AUTH_SECRET: authSecret });
    const client = await connectClient(env, dataConverterFor(env));
    cleanUp.push(() => client.connection.close());

    const tokenSettings: TokenSettings = { secret: authSecret, issuer: env.AUTH_ISSUER, audience: env.AUTH_AUDIENCE };
    const callReplica = async (replica: number, method: string, path: string, body?: unknown, token?: string, headers: Record<string, string> = {}): Promise<Answer> => {
      const response = await fetch(`${stack.apis[replica]!.url}${path}`, {
        method,
        headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(60_000),
      });
      const raw = await response.text();
      const json = response.headers.get('content-type')?.includes('json') && raw.length > 0;
      return { status: response.status, body: json ? JSON.parse(raw) : raw, headers: response.headers, replica };
    };
    let turn = 0;
    return {
      stack,
      database,
      stopPostgres: () => postgres.stop(),
      startPostgres: async () => {
        postgres = await startPostgres();
      },
      client,
      call: (...args) => callReplica(turn++ % stack.apis.length, ...args),
      callReplica,
      tokenFor: async (login) => {
        const claims = seedPrincipal(login);
        if (!claims) throw new Error(`no seeded login ${login}`);
        return signToken(claims, tokenSettings, 3600);
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** The identities of the workers that completed the history's workflow and activity tasks. */
export function workerIdentities(history: { events?: { workflowTaskCompletedEventAttributes?: { identity?: string | null } | null; activityTaskStartedEventAttributes?: { identity?: string | null } | null }[] | null }): Set<string> {
  const identities = new Set<string>();
  for (const event of history.events ?? []) {
    const identity = event.workflowTaskCompletedEventAttributes?.identity ?? event.activityTaskStartedEventAttributes?.identity;
    if (identity) identities.add(identity);
  }
  return identities;
}

