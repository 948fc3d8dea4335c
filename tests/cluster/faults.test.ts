/**
 * Faults on the production shape, each in the middle of a run of hire matters driven over
 * HTTP through both API replicas: a worker process SIGKILLed, Temporal's history service and
 * then the whole server restarted, an API replica killed. After each, every matter completes,
 * with one ledger row per department, its whole audit trail and no open inbox task. The run's
 * size is CLUSTER_FAULT_MATTERS (default 60; the 200 take proportionally longer).
 */
import { count, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matters } from '../../db/schema';
import { hireFormForPerson } from '../../samples/forms';
import { quietRuntime } from '../support/harness';
import { driveHires, integrityOf, type DriveFigures } from './support/hire-driver';
import { startTestClusterStack, type TestClusterStack } from './support/stack';

const matterCount = Number(process.env.CLUSTER_FAULT_MATTERS ?? 60);
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
