/**
 * The stack `npm start` runs — a Temporal dev server, the workers, the API — on free ports,
 * against a fresh database on the test PostgreSQL, spoken to over real HTTP.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadEnv } from '../../config/env';
import { createLogger } from '../../config/logger';
import { freePort } from '../../scripts/lib/ports';
import { startStack, type Stack, type StackOptions } from '../../scripts/lib/stack';
import type { WebhookSettings } from '../../webhooks/settings';
import { freshDatabase, quietRuntime, testCodecKeys, testDataKeys, workflowBundle, type TestDatabase } from './harness';
import { testWebhookSettings } from './webhooks';

export interface TestStack {
  stack: Stack;
  db: TestDatabase;
  /** An HTTP call to the API, as the holder of `token` when one is given, with any further `headers`. */
  call(method: string, path: string, body?: unknown, token?: string, headers?: Record<string, string>): Promise<{ status: number; body: any; headers: Headers; raw: Buffer }>;
  stop(): Promise<void>;
}

/**
 * `logs`, when given, receives every line the stack's logger writes, for tests that read them;
 * `webhooks` replaces parts of the test's webhook settings (which never leave loopback);
 * `activities` wraps the real activities (e.g. to hold one in flight); `env` sets more of the
 * environment (an identity provider, a fixed port, DATA_KEYS for a suite that rotates them).
 */
export async function startTestStack({
  logs,
  webhooks,
  activities,
  env: extra = {},
}: { logs?: NodeJS.WritableStream; webhooks?: Partial<WebhookSettings>; activities?: StackOptions['activities']; env?: Record<string, string> } = {}): Promise<TestStack> {
  quietRuntime();
  const db = await freshDatabase();
  const env = loadEnv({
    ...process.env,
    HOST: '127.0.0.1',
    PORT: '0',
    TEMPORAL_PORT: String(await freePort()),
    TEMPORAL_UI_PORT: String(await freePort()),
    DATABASE_URL: db.url,
    DATA_DIR: await mkdtemp(join(tmpdir(), 'yijianshi-e2e-')),
    CODEC_KEYS: testCodecKeys,
    ...testDataKeys,
    LOG_LEVEL: logs ? 'info' : 'warn',
    WORKER_METRICS_ADDRESS: 'off',
    // The suites share two cores with the Temporal server, PostgreSQL and each other, so the event
    // loop is often seconds late, at times blocked for a whole sample (which under-pressure counts as
    // infinitely late): shedding load there would fail what each suite tests (load shedding itself is
    // tested with a low limit, tests/integration/http-hardening.test.ts).
    SHED_LOAD_EVENT_LOOP_DELAY_MS: 'off',
    ...extra,
  });
  const stack = await startStack({
    env,
    logger: logs ? createLogger('info', logs) : createLogger('warn'),
    workflowBundle: workflowBundle(),
    webhooks: testWebhookSettings(webhooks),
    activities,
  });
  return {
    stack,
    db,
    async call(method, path, body, token, headers = {}) {
      const response = await fetch(`${stack.apiUrl}${path}`, {
        method,
        headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const raw = Buffer.from(await response.arrayBuffer());
      const json = response.headers.get('content-type')?.includes('json') && raw.length > 0;
      return { status: response.status, body: json ? JSON.parse(raw.toString()) : undefined, headers: response.headers, raw };
    },
    async stop() {
      await stack.stop();
      await db.drop();
    },
  };
}
