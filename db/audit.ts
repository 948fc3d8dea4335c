/**
 * The audit trail: appending — the only write the application makes to `audit_events` (an
 * event whose key is already on record is skipped, so a retried recording adds nothing) — and
 * reading a matter's timeline or searching across matters.
 */
import { and, asc, desc, eq, inArray, type SQL } from 'drizzle-orm';
import type { Paging } from '../schemas/paging';
import type { Database } from './client';
import { within } from './day-range';
import { pagedQuery, type Paged } from './paging';
import { auditEvents, matters } from './schema';

/** The chain's columns are the database's to set (trigger `audit_events_chain`), never the caller's. */
export type AuditEventInput = Omit<typeof auditEvents.$inferInsert, 'id' | 'recordedAt' | 'chainSeq' | 'prevHash' | 'hash'>;

/**
 * One statement however many events; those already recorded (same key) are left as they were.
 * Answers the keys this call actually added, i.e. what happened for the first time.
 */
export async function appendAuditEvents(db: Pick<Database, 'insert'>, events: readonly AuditEventInput[]): Promise<string[]> {
  if (events.length === 0) return [];
  const added = await db
    .insert(auditEvents)
    .values([...events])
    .onConflictDoNothing({ target: auditEvents.eventKey })
    .returning({ eventKey: auditEvents.eventKey });
  return added.map((row) => row.eventKey);
}

export type AuditEvent = Omit<typeof auditEvents.$inferSelect, 'eventKey' | 'recordedAt' | 'chainSeq' | 'prevHash' | 'hash'>;

const columns = {
  id: auditEvents.id,
  matterId: auditEvents.matterId,
  at: auditEvents.at,
  actor: auditEvents.actor,
  organisation: auditEvents.organisation,
  role: auditEvents.role,
  action: auditEvents.action,
  step: auditEvents.step,
  outcome: auditEvents.outcome,
  details: auditEvents.details,
};

/** A matter's events, oldest first. */
export function matterTimeline(db: Database, matterId: string): Promise<AuditEvent[]> {
  return db.select(columns).from(auditEvents).where(eq(auditEvents.matterId, matterId)).orderBy(asc(auditEvents.at), asc(auditEvents.id));
}

export interface AuditFilter extends Paging {
  matterId?: string;
  actor?: string;
  action?: string;
  /** A moment, or a day in Asia/Shanghai. */
  from?: string;
  to?: string;
}

/** Events across matters, newest first: those of the regions' matters, or every event (denials and calendar changes included) for `all`. */
export function searchAudit(db: Database, regions: readonly string[] | 'all', filter: AuditFilter): Promise<Paged<AuditEvent>> {
  const conditions: SQL[] = [...within(auditEvents.at, filter)];
  if (regions !== 'all') conditions.push(inArray(auditEvents.matterId, db.select({ id: matters.id }).from(matters).where(inArray(matters.region, [...regions]))));
  if (filter.matterId) conditions.push(eq(auditEvents.matterId, filter.matterId));
  if (filter.actor) conditions.push(eq(auditEvents.actor, filter.actor));
  if (filter.action) conditions.push(eq(auditEvents.action, filter.action));
  const where = and(...conditions);
  return pagedQuery(db, {
    table: auditEvents,
    where,
    paging: filter,
    rows: ({ limit, offset }) => db.select(columns).from(auditEvents).where(where).orderBy(desc(auditEvents.at), desc(auditEvents.id)).limit(limit).offset(offset),
  });
}
