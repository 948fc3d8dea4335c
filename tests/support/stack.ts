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
import { startStack, type Stack } from '../../scripts/lib/stack';
import { freshDatabase, quietRuntime, testCodecKeys, testDataKeys, workflowBundle, type TestDatabase } from './harness';

export interface TestStack {
  stack: Stack;
  db: TestDatabase;
  /** An HTTP call to the API, as the holder of `token` when one is given. */
  call(method: string, path: string, body?: unknown, token?: string): Promise<{ status: number; body: any; headers: Headers; raw: Buffer }>;
  stop(): Promise<void>;
}

/** `logs`, when given, receives every line the stack's logger writes, for tests that read them. */
export async function startTestStack({ logs }: { logs?: NodeJS.WritableStream } = {}): Promise<TestStack> {
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
  });
  const stack = await startStack({ env, logger: logs ? createLogger('info', logs) : createLogger('warn'), workflowBundle: workflowBundle() });
  return {
    stack,
    db,
    async call(method, path, body, token) {
      const response = await fetch(`${stack.apiUrl}${path}`, {
        method,
        headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...(token ? { authorization: `Bearer ${token}` } : {}) },
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
