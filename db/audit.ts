/**
 * Appending to the audit trail — the only write the application makes to `audit_events`.
 * An event whose key is already on record is skipped, so a retried recording adds nothing.
 */
import type { Database } from './client';
import { auditEvents } from './schema';

export type AuditEventInput = Omit<typeof auditEvents.$inferInsert, 'id' | 'recordedAt'>;

/**
 * One statement however many events; those already recorded (same key) are left as they were.
 * Answers the keys this call actually added, i.e. what happened for the first time.
 */
export async function appendAuditEvents(db: Database, events: readonly AuditEventInput[]): Promise<string[]> {
  if (events.length === 0) return [];
  const added = await db
    .insert(auditEvents)
    .values([...events])
    .onConflictDoNothing({ target: auditEvents.eventKey })
    .returning({ eventKey: auditEvents.eventKey });
  return added.map((row) => row.eventKey);
}
