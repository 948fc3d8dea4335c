/**
 * Hire matters driven over HTTP as the sample's clerk, competent department and hall would,
 * through whichever API replica the client's turn gives, retrying what a fault interrupts the
 * way a client behind a load balancer does: the same business key, the same decision with
 * the same Idempotency-Key, until an answer that is not a 5xx or a dropped connection.
 */
import { and, count, eq, inArray, isNull, sql } from 'drizzle-orm';
import { auditEventsOf } from '../../../activities/audit';
import { auditEvents, departmentLedger, tasks } from '../../../db/schema';
import { hireFormForPerson } from '../../../samples/forms';
import type { MatterState } from '../../../schemas/matter';
import type { Answer, TestClusterStack } from './stack';

export interface DriveFigures {
  completed: number;
  /** Requests answered 5xx or not at all, then sent again. */
  retries: number;
  /** Answers by status, e.g. { 503: 12 }, of the retried ones. */
  retriedStatuses: Record<string, number>;
  /** Whether any retried answer was a 500 (a bug: faults must answer 503). */
  serverErrors: number;
  ids: string[];
}

interface DriveOptions {
  matters: number;
  /** How many matters move at once. */
  concurrency: number;
  /** A prefix that keeps this run's application numbers apart from another's. */
  run: string;
  /** Called after each matter is submitted (with how many are), so a fault can be timed to the middle of the run. */
  onSubmitted?: (submitted: number) => void;
  /** How long one matter may take, faults included. */
  matterBoundMs?: number;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function driveHires(test: TestClusterStack, options: DriveOptions): Promise<DriveFigures> {
  const [clerk, reviewer, hall] = (await Promise.all(['wz.hospital.clerk', 'wz.health.reviewer', 'wz.hall.officer'].map((login) => test.tokenFor(login)))) as [string, string, string];
  const figures: DriveFigures = { completed: 0, retries: 0, retriedStatuses: {}, serverErrors: 0, ids: [] };
  const bound = options.matterBoundMs ?? 600_000;

  /** Sends until the answer is neither a 5xx nor a dropped connection; the deadline bounds it. */
  async function persist(deadline: number, send: () => Promise<Answer>): Promise<Answer> {
    for (;;) {
      let status = 'no answer';
      try {
        const answer = await send();
        if (answer.status < 500) return answer;
        status = String(answer.status);
        if (answer.status === 500) figures.serverErrors++;
      } catch {
        // The replica went away or the answer timed out: the next turn goes to the other one.
      }
      figures.retries++;
      figures.retriedStatuses[status] = (figures.retriedStatuses[status] ?? 0) + 1;
      if (Date.now() > deadline) throw new Error(`still ${status} at the deadline`);
      await pause(500);
    }
  }

  async function matterState(deadline: number, id: string): Promise<MatterState> {
    const answer = await persist(deadline, () => test.call('GET', `/api/v1/matters/${id}`, undefined, clerk));
    if (answer.status !== 200) throw new Error(`GET ${id}: ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer.body;
  }

  async function waitUntil(deadline: number, id: string, reached: (state: MatterState) => boolean, what: string): Promise<MatterState> {
    for (;;) {
      const state = await matterState(deadline, id);
      if (reached(state)) return state;
      if (Date.now() > deadline) throw new Error(`matter ${id} never reached ${what}: ${state.status}/${state.stage}`);
      await pause(500);
    }
  }

  async function decide(deadline: number, id: string, token: string, step: string): Promise<void> {
    const answer = await persist(deadline, () => test.call('POST', `/api/v1/matters/${id}/decisions`, { step, decision: 'approve' }, token, { 'idempotency-key': `${id}.${step}` }));
    if (answer.status !== 200 && answer.status !== 202) throw new Error(`deciding ${step} on ${id}: ${answer.status} ${JSON.stringify(answer.body)}`);
  }

  let submitted = 0;
  async function one(index: number): Promise<void> {
    const deadline = Date.now() + bound;
    const form = hireFormForPerson(`${options.run}-${index}`, index);
    const answer = await persist(deadline, () => test.call('POST', '/api/v1/matters/hire', form, clerk));
    if (answer.status !== 202 && answer.status !== 200) throw new Error(`submitting ${form.applicationNo}: ${answer.status} ${JSON.stringify(answer.body)}`);
    const id: string = answer.body.id;
    figures.ids.push(id);
    options.onSubmitted?.(++submitted);
    await decide(deadline, id, reviewer, 'competent');
    await waitUntil(deadline, id, (state) => state.stage === 'hall', 'the hall');
    await decide(deadline, id, hall, 'hall');
    await waitUntil(deadline, id, (state) => state.status === 'completed', 'completion');
    figures.completed++;
  }

  let next = 0;
  const lanes = Array.from({ length: options.concurrency }, async () => {
    while (next < options.matters) await one(next++);
  });
  await Promise.all(lanes);
  return figures;
}

export interface IntegrityFigures {
  /** Ledger rows beyond one per matter and department. */
  duplicateLedgerRows: number;
  /** Matters with fewer than their departments' ledger rows. */
  mattersMissingLedgerRows: number;
  /** Audit events a matter's final state implies that the audit table lacks. */
  missingAuditEvents: number;
  /** Inbox tasks still open on a finished matter. */
  openTasksOfFinishedMatters: number;
}

/** What a finished run must leave behind in PostgreSQL: one ledger row per department, the whole audit trail, an empty inbox. */
export async function integrityOf(test: TestClusterStack, ids: string[]): Promise<IntegrityFigures> {
  const { db } = test.database;
  const clerk = await test.tokenFor('wz.hospital.clerk');
  const duplicates = await db
    .select({ extra: sql<number>`count(*) - 1`.mapWith(Number) })
    .from(departmentLedger)
    .where(inArray(departmentLedger.matterId, ids))
    .groupBy(departmentLedger.matterId, departmentLedger.department)
    .having(sql`count(*) > 1`);
  const ledgerRows = await db.select({ matterId: departmentLedger.matterId, rows: count() }).from(departmentLedger).where(inArray(departmentLedger.matterId, ids)).groupBy(departmentLedger.matterId);
  const rowsOf = new Map(ledgerRows.map((row) => [row.matterId, row.rows]));
  const open = await db.select({ rows: count() }).from(tasks).where(and(inArray(tasks.matterId, ids), isNull(tasks.closedAt)));

  let missingAuditEvents = 0;
  let mattersMissingLedgerRows = 0;
  // Read through a replica that is still up: a fault test may have killed the other.
  const live = test.stack.apis.findIndex((api) => api.running());
  for (const id of ids) {
    const answer = await test.callReplica(live, 'GET', `/api/v1/matters/${id}`, undefined, clerk);
    if (answer.status !== 200) throw new Error(`GET ${id}: ${answer.status}`);
    const state: MatterState = answer.body;
    if ((rowsOf.get(id) ?? 0) < state.departments.length) mattersMissingLedgerRows++;
    const expected = auditEventsOf(state).map((event) => event.eventKey);
    const recorded = await db.select({ key: auditEvents.eventKey }).from(auditEvents).where(eq(auditEvents.matterId, id));
    const keys = new Set(recorded.map((row) => row.key));
    missingAuditEvents += expected.filter((key) => !keys.has(key)).length;
  }
  return {
    duplicateLedgerRows: duplicates.reduce((sum, row) => sum + row.extra, 0),
    mattersMissingLedgerRows,
    missingAuditEvents,
    openTasksOfFinishedMatters: open[0]?.rows ?? 0,
  };
}
