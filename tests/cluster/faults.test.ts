/**
 * Faults on the production shape, each in the middle of a run of hire matters driven over
 * HTTP through both API replicas: a worker process SIGKILLed, Temporal's history service and
 * then the whole server restarted, PostgreSQL stopped for 30 s, an API replica killed. After
 * each, every matter completes, with one ledger row per department, its whole audit trail and
 * no open inbox task. The run's size is CLUSTER_FAULT_MATTERS (default 60; the 200 take
 * proportionally longer).
 */
import { count, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { matterIdOf } from '../../api/matter-service';
import { matters, webhookDeliveries, webhookSubscriptions } from '../../db/schema';
import { hireFormForPerson } from '../../samples/forms';
import { answerWithin } from '../support/answer-within';
import { quietRuntime } from '../support/harness';
import { Receiver } from '../support/webhooks';
import { driveHires, integrityOf, type DriveFigures } from './support/hire-driver';
import { startTestClusterStack, type TestClusterStack } from './support/stack';

const matterCount = Number(process.env.CLUSTER_FAULT_MATTERS ?? 60);
const outageMs = 30_000;
const concurrency = 10;
const runBoundMs = 1_500_000;
let test: TestClusterStack;

beforeAll(async () => {
  quietRuntime();
  test = await startTestClusterStack();
});

afterAll(async () => {
  await test?.stop();
});

/** Runs the matters, doing `fault` once as many have been submitted as `at` says; answers the figures once all are done. */
async function runWith(run: string, faults: { at: number; fault: () => Promise<void> }[]): Promise<DriveFigures> {
  const pending: Promise<void>[] = [];
  const figures = await driveHires(test, {
    matters: matterCount,
    concurrency,
    run,
    onSubmitted: (submitted) => {
      for (const { at, fault } of faults) if (submitted === Math.max(1, Math.floor(matterCount * at))) pending.push(fault());
    },
  });
  await Promise.all(pending);
  return figures;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let probes = 0;
/** One replica's answer within 5 s, or the test fails: a hang is never an answer. */
const probe = (method: string, path: string, body?: unknown, token?: string) => answerWithin(5_000, `${test.stack.apis[probes++ % test.stack.apis.length]!.url}${path}`, method, body, token);

/** While PostgreSQL is away: a read, a submission and `/readyz` each answer 503 at once, with the envelope, both languages and Retry-After. */
async function expectUnavailable(open: string, clerk: string): Promise<void> {
  const read = await probe('GET', `/api/v1/matters/${encodeURIComponent(open)}`, undefined, clerk);
  const submission = await probe('POST', '/api/v1/matters/hire', hireFormForPerson('PGSTOP-REFUSED', 999), clerk);
  for (const answer of [read, submission]) {
    expect(answer.status).toBe(503);
    expect(answer.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(answer.body).toMatchObject({ error: expect.stringMatching(/_unavailable$/), requestId: expect.any(String) });
    expect(answer.body.message).toMatch(/[\u4e00-\u9fff].* \/ [a-z]/);
  }
  const ready = await probe('GET', '/readyz');
  expect(ready.status).toBe(503);
  expect(ready.body.checks.postgres).not.toBe('ok');
}

async function expectIntact(label: string, figures: DriveFigures): Promise<void> {
  const integrity = await integrityOf(test, figures.ids);
  console.log(
    `[faults] ${label}: ${figures.completed}/${matterCount} matters completed; duplicate ledger rows ${integrity.duplicateLedgerRows}; ` +
      `missing audit events ${integrity.missingAuditEvents}; open tasks of finished matters ${integrity.openTasksOfFinishedMatters}; ` +
      `retries ${figures.retries} ${JSON.stringify(figures.retriedStatuses)}`,
  );
  expect(figures.completed).toBe(matterCount);
  expect(new Set(figures.ids).size).toBe(matterCount);
  expect(figures.serverErrors).toBe(0);
  expect(integrity).toEqual({ duplicateLedgerRows: 0, mattersMissingLedgerRows: 0, missingAuditEvents: 0, openTasksOfFinishedMatters: 0 });
}

describe(`faults in the middle of ${matterCount} hire matters`, () => {
  it(
    'a worker process SIGKILLed: the other finishes every matter, nothing registered twice',
    async () => {
      const [victim, survivor] = test.stack.workers;
      const figures = await runWith('KILLW', [{ at: 0.4, fault: () => victim!.kill() }]);
      expect(victim!.running()).toBe(false);
      expect(survivor!.running()).toBe(true);
      await expectIntact('worker SIGKILL', figures);
      // Back to two workers for the faults that follow.
      await victim!.start();
    },
    runBoundMs,
  );

  it(
    "Temporal's history service restarted, then the whole server: every matter completes",
    async () => {
      const figures = await runWith('RESTART', [
        { at: 0.3, fault: () => test.stack.cluster.restartService('history') },
        { at: 0.7, fault: () => test.stack.cluster.restart() },
      ]);
      await expectIntact('history restart + server restart', figures);
    },
    runBoundMs,
  );

  it(
    'PostgreSQL stopped for 30 s: 503s with Retry-After and the reason, never a hang or a 500; then every matter completes, its webhooks delivered',
    async () => {
      const receiver = await new Receiver().start();
      try {
        const clerk = await test.tokenFor('wz.hospital.clerk');
        const unit = hireFormForPerson('PGSTOP-0', 0).unit.code;
        const subscribed = await test.call('POST', '/api/v1/webhooks/subscriptions', { organisation: unit, url: `${receiver.url}/pgstop` }, clerk);
        expect(subscribed.status).toBe(201);
        const subscription = eq(webhookSubscriptions.id, subscribed.body.id);
        await vi.waitFor(async () => expect((await test.database.db.select().from(webhookSubscriptions).where(subscription))[0]?.state).toBe('active'), { timeout: 60_000, interval: 500 });

        const outage = { rounds: 0, unavailableSeconds: 0 };
        const figures = await runWith('PGSTOP', [
          {
            at: 0.4,
            fault: async () => {
              const stoppedAt = Date.now();
              await test.stopPostgres();
              const open = matterIdOf({ unitCode: unit, applicationNo: 'PGSTOP-0' });
              while (Date.now() - stoppedAt < outageMs) {
                const round = Date.now();
                await expectUnavailable(open, clerk);
                outage.rounds++;
                await pause(Math.max(0, 5_000 - (Date.now() - round)));
              }
              await test.startPostgres();
              await vi.waitFor(async () => expect((await probe('GET', '/readyz')).status).toBe(200), { timeout: 120_000, interval: 500 });
              outage.unavailableSeconds = Math.round((Date.now() - stoppedAt) / 1000);
            },
          },
        ]);
        console.log(`[faults] PostgreSQL stopped ${outageMs / 1000} s: ${outage.rounds} rounds of requests answered 503; /readyz ready again ${outage.unavailableSeconds} s after the stop`);
        expect(outage.rounds).toBeGreaterThanOrEqual(outageMs / 5_000 - 1);
        await expectIntact('PostgreSQL stopped', figures);

        // Every matter's webhooks, queued before, during and after the outage, delivered — at least once: one whose
        // receipt could not be recorded while the database was away goes again, under the same delivery id.
        const deliveries = await vi.waitFor(
          async () => {
            const rows = await test.database.db.select().from(webhookDeliveries).where(eq(webhookDeliveries.subscriptionId, subscribed.body.id));
            expect(rows.filter((row) => row.status !== 'delivered')).toEqual([]);
            return rows;
          },
          { timeout: 120_000, interval: 1_000 },
        );
        const completedHeard = new Set(receiver.accepted('/pgstop').filter((r) => r.body.status === 'completed').map((r) => r.body.id));
        expect([...completedHeard].sort()).toEqual([...figures.ids].sort());
        const heard = receiver.accepted('/pgstop').map((r) => r.deliveryId);
        expect([...new Set(heard)].sort()).toEqual(deliveries.map((row) => row.id).sort());
        console.log(`[faults] PostgreSQL stopped: ${deliveries.length} webhook deliveries, all delivered; ${heard.length - deliveries.length} sent again under their id`);
      } finally {
        await receiver.stop();
      }
    },
    runBoundMs,
  );

  it(
    'an API replica killed: retries of the same business key reach the other and get the same matter',
    async () => {
      const [victim] = test.stack.apis;
      const figures = await runWith('KILLAPI', [{ at: 0.4, fault: () => victim!.kill() }]);
      expect(victim!.running()).toBe(false);
      await expectIntact('API replica kill', figures);
      expect(figures.retriedStatuses['no answer'] ?? 0).toBeGreaterThan(0);

      // Nothing started twice: one matter per business key, and submitting a key again answers that matter.
      const [rows] = await test.database.db.select({ rows: count() }).from(matters).where(inArray(matters.id, figures.ids));
      expect(rows?.rows).toBe(matterCount);
      const clerk = await test.tokenFor('wz.hospital.clerk');
      for (const index of [0, Math.floor(matterCount / 2), matterCount - 1]) {
        const again = await test.callReplica(1, 'POST', '/api/v1/matters/hire', hireFormForPerson(`KILLAPI-${index}`, index), clerk);
        expect(again.status).toBe(200);
        expect(figures.ids).toContain(again.body.id);
      }
    },
    runBoundMs,
  );
});
