/**
 * `/metrics` against a real PostgreSQL: the business counters, request latency by route
 * pattern, and open matters counted from the `matters` table at scrape time.
 */
import { Client } from '@temporalio/client';
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApi } from '../../api/server';
import { createLogger } from '../../config/logger';
import { connectDatabase } from '../../db/client';
import { matters } from '../../db/schema';
import { departmentFailed, matterClosed, matterStarted, slaCardRaised } from '../../observability/metrics';
import { serveMetrics } from '../../observability/serve';
import { freePort } from '../../scripts/lib/ports';
import type { MatterKind, MatterStatus } from '../../schemas/matter';
import { bearer, testAuth, tokenFor } from '../support/auth';
import { freshDatabase, type TestDatabase, testVault } from '../support/harness';

let db: TestDatabase;
let api: FastifyInstance;

beforeAll(async () => {
  db = await freshDatabase();
  api = await buildApi({ client: new Client(), database: db, logger: createLogger('silent'), auth: testAuth, vault: testVault });
});

afterAll(async () => {
  await api?.close();
  await db?.drop();
});

const scrape = async () => {
  const response = await api.inject({ method: 'GET', url: '/metrics' });
  expect(response.statusCode).toBe(200);
  return response.body;
};

/** The value of one series, or undefined when the series is absent. */
const sample = (text: string, series: string) => {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
};

let seq = 0;
const matterRow = (kind: MatterKind, status: MatterStatus, stage: string) => {
  seq += 1;
  const now = new Date();
  return {
    id: `M-${seq}`,
    kind,
    unitCode: '12640300MB00012348',
    applicationNo: `METRICS-${seq}`,
    region: '640300',
    status,
    stage,
    waitingFor: null,
    departments: [],
    decisions: [],
    problems: [],
    form: {},
    formVersion: 1,
    submittedAt: now,
    updatedAt: now,
    version: 1,
  };
};

describe('/metrics', () => {
  it('answers Prometheus text with the business, latency and process metrics', async () => {
    const response = await api.inject({ method: 'GET', url: '/metrics' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    for (const name of [
      'yijianshi_matters_started_total',
      'yijianshi_matters_closed_total',
      'yijianshi_matters_open',
      'yijianshi_sla_cards_total',
      'yijianshi_department_failures_total',
      'http_request_duration_seconds',
      'process_cpu_user_seconds_total',
      'nodejs_eventloop_lag_seconds',
    ]) {
      expect(response.body).toContain(`# TYPE ${name} `);
    }
    expect(sample(response.body, 'yijianshi_matters_started_total{kind="transfer"}')).toBe(0);
  });

  it('counts what the helpers record', async () => {
    matterStarted('hire');
    matterStarted('hire');
    matterClosed('hire', 'rejected');
    slaCardRaised('post-change', 'yellow');
    departmentFailed('pension');
    const text = await scrape();
    expect(sample(text, 'yijianshi_matters_started_total{kind="hire"}')).toBe(2);
    expect(sample(text, 'yijianshi_matters_closed_total{kind="hire",status="rejected"}')).toBe(1);
    expect(sample(text, 'yijianshi_matters_closed_total{kind="hire",status="completed"}')).toBe(0);
    expect(sample(text, 'yijianshi_sla_cards_total{kind="post-change",card="yellow"}')).toBe(1);
    expect(sample(text, 'yijianshi_department_failures_total{department="pension"}')).toBe(1);
  });

  it('reflects the open matters in PostgreSQL by kind and stage, at every scrape', async () => {
    await db.db.insert(matters).values([
      matterRow('hire', 'reviewing', 'hall'),
      matterRow('hire', 'reviewing', 'hall'),
      matterRow('hire', 'handling', 'departments'),
      matterRow('transfer', 'reviewing', 'competent'),
      matterRow('hire', 'completed', 'completed'),
      matterRow('post-change', 'withdrawn', 'withdrawn'),
    ]);
    let text = await scrape();
    expect(sample(text, 'yijianshi_matters_open_query_up')).toBe(1);
    expect(sample(text, 'yijianshi_matters_open{kind="hire",stage="hall"}')).toBe(2);
    expect(sample(text, 'yijianshi_matters_open{kind="hire",stage="departments"}')).toBe(1);
    expect(sample(text, 'yijianshi_matters_open{kind="transfer",stage="competent"}')).toBe(1);
    expect(sample(text, 'yijianshi_matters_open{kind="hire",stage="completed"}')).toBeUndefined();
    expect(sample(text, 'yijianshi_matters_open{kind="post-change",stage="withdrawn"}')).toBeUndefined();

    await db.db.update(matters).set({ status: 'completed', stage: 'completed' }).where(eq(matters.id, 'M-3'));
    text = await scrape();
    expect(sample(text, 'yijianshi_matters_open{kind="hire",stage="departments"}')).toBeUndefined();
    expect(sample(text, 'yijianshi_matters_open{kind="hire",stage="hall"}')).toBe(2);
  });

  it('measures request latency by route pattern, never by raw URL', async () => {
    const token = await tokenFor('wz.hall.officer');
    await api.inject({ method: 'GET', url: '/healthz' });
    await api.inject({ method: 'GET', url: '/api/v1/matters/NO-SUCH-MATTER/certificates', headers: bearer(token) });
    await api.inject({ method: 'GET', url: '/api/v1/matters/NO-SUCH-MATTER/certificates' });
    await api.inject({ method: 'GET', url: '/no/such/route/640302199603150518' });
    const text = await scrape();
    expect(sample(text, 'http_request_duration_seconds_count{method="GET",route="/healthz",status="200"}')).toBe(1);
    expect(sample(text, 'http_request_duration_seconds_count{method="GET",route="/api/v1/matters/:id/certificates",status="404"}')).toBe(1);
    // Refused at the door, still counted under its route.
    expect(sample(text, 'http_request_duration_seconds_count{method="GET",route="/api/v1/matters/:id/certificates",status="401"}')).toBe(1);
    expect(sample(text, 'http_request_duration_seconds_count{method="GET",route="unmatched",status="404"}')).toBe(1);
    expect(text).not.toContain('NO-SUCH-MATTER');
    expect(text).not.toContain('640302199603150518');
    expect(text).not.toContain(token);
  });

  it('still answers when PostgreSQL cannot be read, saying so', async () => {
    const gone = connectDatabase(db.url.replace(/\/[^/?]+(\?|$)/, '/no_such_database$1'), { warn: () => {} }, 1);
    const broken = await buildApi({ client: new Client(), database: gone, logger: createLogger('silent'), auth: testAuth, vault: testVault });
    try {
      const response = await broken.inject({ method: 'GET', url: '/metrics' });
      expect(response.statusCode).toBe(200);
      expect(sample(response.body, 'yijianshi_matters_open_query_up')).toBe(0);
      expect(response.body).toContain('http_request_duration_seconds');
    } finally {
      await broken.close();
      await gone.close();
    }
  });

  it('serves the same counters on their own port for a process without the API (a production worker)', async () => {
    const address = `127.0.0.1:${await freePort()}`;
    const server = await serveMetrics(address);
    try {
      departmentFailed('archive');
      const response = await fetch(`http://${address}/metrics`);
      expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
      expect(sample(await response.text(), 'yijianshi_department_failures_total{department="archive"}')).toBe(1);
      expect((await fetch(`http://${address}/elsewhere`)).status).toBe(404);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
