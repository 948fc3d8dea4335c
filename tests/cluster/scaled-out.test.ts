/**
 * The production shape end to end: hire matters submitted and decided over HTTP through two
 * API replicas in turn, run by two worker processes on Temporal's own server (four services,
 * PostgreSQL, mutual TLS) — every matter completes, with its ledger, audit trail and an empty
 * inbox, and the histories show that both workers did the work.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { quietRuntime } from '../support/harness';
import { driveHires, integrityOf } from './support/hire-driver';
import { startTestClusterStack, workerIdentities, type TestClusterStack } from './support/stack';

let test: TestClusterStack;

beforeAll(async () => {
  quietRuntime();
  test = await startTestClusterStack();
});

afterAll(async () => {
  await test?.stop();
});

describe('two workers and two API replicas on a Temporal cluster', () => {
  it('answers readiness on both replicas', async () => {
    for (const replica of [0, 1]) {
      const ready = await test.callReplica(replica, 'GET', '/readyz');
      expect(ready).toMatchObject({ status: 200, body: { ready: true, checks: { temporal: 'ok', postgres: 'ok' } } });
    }
  });

  it('completes hire matters through both replicas, worked by both workers', async () => {
    const figures = await driveHires(test, { matters: 8, concurrency: 4, run: 'SCALE' });
    expect(figures).toMatchObject({ completed: 8, serverErrors: 0 });

    const integrity = await integrityOf(test, figures.ids);
    expect(integrity).toEqual({ duplicateLedgerRows: 0, mattersMissingLedgerRows: 0, missingAuditEvents: 0, openTasksOfFinishedMatters: 0 });

    // The default identity of a Temporal worker is `<pid>@<host>`: each worker process's pid must appear in some history.
    const identities = new Set<string>();
    for (const id of figures.ids) for (const identity of workerIdentities(await test.client.workflow.getHandle(id).fetchHistory())) identities.add(identity);
    const pids = test.stack.workers.map((worker) => worker.pid());
    for (const pid of pids) expect([...identities].some((identity) => identity.startsWith(`${pid}@`)), `worker pid ${pid} among ${[...identities].join(', ')}`).toBe(true);
    console.log(`[scaled-out] ${figures.completed} matters completed through 2 replicas; worker identities in histories: ${[...identities].join(', ')}`);
  });
});
