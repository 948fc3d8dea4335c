/**
 * The matter projection: what lists, searches and closed matters are read from, and the
 * audit events each snapshot attests (`./audit`).
 * Written only by the workflow (as a local activity, so it costs no extra round trip).
 * Status changes are known here too, so the webhook deliveries are enqueued here (`../webhooks`),
 * and so is what the matter waits for, so the inbox's tasks are kept in step here (`../db/tasks`).
 */
import type { Client } from '@temporalio/client';
import { eq, sql } from 'drizzle-orm';
import { appendAuditEvents } from '../db/audit';
import type { Database } from '../db/client';
import { matters } from '../db/schema';
import { syncMatterTasks } from '../db/tasks';
import { matterClosed, type ClosedStatus } from '../observability/metrics';
import { terminalStatuses, type MatterStatus } from '../schemas/matter';
import { enqueueWebhooks } from '../webhooks/enqueue';
import { auditEventsOf } from './audit';
import type { RecordActivities } from './types';

const isClosed = (status: MatterStatus): status is ClosedStatus => terminalStatuses.includes(status);

/** Without a client (recording histories) webhook deliveries are enqueued but not started. */
export function recordActivities(db: Database, client?: Client): RecordActivities {
  return {
    async recordMatter(state, form) {
      const row = {
        kind: state.kind,
        unitCode: state.unitCode,
        applicationNo: state.applicationNo,
        region: state.region,
        status: state.status,
        stage: state.stage,
        waitingFor: state.waitingFor,
        specialCase: state.specialCase,
        departments: state.departments,
        decisions: state.decisions,
        problems: state.problems,
        parties: state.parties,
        refusedMessages: state.refusedMessages,
        formBy: state.formBy ?? null,
        withdrawnBy: state.withdrawnBy ?? null,
        sla: state.sla,
        slaState: state.sla.state,
        slaDue: state.sla.matter ? new Date(state.sla.matter.due) : null,
        formVersion: state.formVersion,
        outcome: state.outcome ?? null,
        submittedAt: new Date(state.submittedAt),
        updatedAt: new Date(state.updatedAt),
        completedAt: state.completedAt ? new Date(state.completedAt) : null,
        version: state.version,
      };
      const written = await db.transaction(async (tx) => {
        // The upsert locks the matter's row even when it writes nothing, so two recordings of one
        // matter (a timed-out attempt still running beside its retry) sync its tasks one after the other.
        const upserted = await tx
          .insert(matters)
          .values({ id: state.id, ...row, form: form ?? {} })
          .onConflictDoUpdate({
            target: matters.id,
            set: form === undefined ? row : { ...row, form },
            setWhere: sql`${matters.version} < ${state.version}`,
          })
          .returning({ id: matters.id });
        // Nothing written: a retry of this version (its tasks must still be synced) or a late, older one (they must not).
        const [stored] = upserted.length > 0 ? [state] : await tx.select({ version: matters.version }).from(matters).where(eq(matters.id, state.id));
        if (stored?.version === state.version) await syncMatterTasks(tx, state);
        return upserted;
      });
      // The closing state is written once (a retry of the same version writes nothing), so the closure counts once.
      if (written.length > 0 && isClosed(state.status)) matterClosed(state.kind, state.status);
      // Every event the snapshot attests, in one statement; those already recorded are skipped by key.
      // Written whether or not the projection was (a retry after a failure here must still add them).
      await appendAuditEvents(db, auditEventsOf(state));
      await enqueueWebhooks(db, client, state);
    },
  };
}
