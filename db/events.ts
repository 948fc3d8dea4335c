/**
 * The `events` table: what people watching see change. Appended inside the transaction that
 * makes the change (the projection, a claim, a notification) and announced with `pg_notify`,
 * which PostgreSQL delivers only once that transaction commits, so a listener never reads an
 * event before its row. Each API instance reads the rows in id order and fans them out to its
 * streams; a reconnecting stream is replayed the caller's rows after its last id.
 */
import { and, arrayOverlaps, asc, eq, gt, inArray, lt, lte, max, not, or, sql, type SQL } from 'drizzle-orm';
import type { CertificateIssued, LiveEvent, MatterChange, NotificationNotice, TaskChange } from '../schemas/events';
import type { MatterState, Role } from '../schemas/matter';
import type { Database } from './client';
import { events } from './schema';

/** The channel `pg_notify` wakes listeners on; the payload is the newest id the transaction added. */
export const eventsChannel = 'yijianshi_events';

/** A transaction, which appending needs: its lock and its notification last until the commit. */
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];

export type EventInput = Omit<typeof events.$inferInsert, 'id' | 'at'>;

/** An event as read back, with who may see it. */
export type StoredEvent = LiveEvent & Pick<typeof events.$inferSelect, 'region' | 'parties' | 'organisation' | 'role' | 'login'>;

/** Who is watching: the login, the matters it sees (parties, regions), the inboxes it holds (organisation and role). */
export interface EventViewer {
  login: string;
  regions: readonly string[];
  parties: readonly string[];
  scopes: readonly { organisation: string; role: Role }[];
}

/**
 * Appends the events in the caller's transaction and wakes every listener when it commits. The
 * transaction-scoped lock makes events commit in the order of their ids, so a reader that has
 * seen id N has seen every id below it: the hubs read "after the last id I saw" and resumption
 * replays "after the client's last id" with no gap. Take it last in a transaction: it is held
 * until the commit, and every writer of events queues on it.
 */
export async function appendEvents(tx: Transaction, inputs: readonly EventInput[]): Promise<void> {
  if (inputs.length === 0) return;
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${eventsChannel}))`);
  const added = await tx.insert(events).values([...inputs]).returning({ id: events.id });
  await tx.execute(sql`select pg_notify(${eventsChannel}, ${String(added.at(-1)!.id)})`);
}

export function matterEvent(state: Pick<MatterState, 'id' | 'kind' | 'status' | 'stage' | 'version' | 'updatedAt' | 'region' | 'parties'>): EventInput {
  const data: MatterChange = { id: state.id, kind: state.kind, status: state.status, stage: state.stage, version: state.version, updatedAt: state.updatedAt };
  return { type: 'matter', data, matterId: state.id, region: state.region, parties: state.parties };
}

/** Seen by whoever sees the matter, as its own changes are. */
export function certificateEvent(issued: CertificateIssued, matter: { region: string | null; parties: string[] | null }): EventInput {
  return { type: 'certificate', data: issued, matterId: issued.matterId, region: matter.region, parties: matter.parties };
}

export function taskEvent(task: { id: string; matterId: string; step: string; organisation: string; role: Role }, change: TaskChange['change']): EventInput {
  const data: TaskChange = { taskId: task.id, matterId: task.matterId, step: task.step, organisation: task.organisation, change };
  return { type: 'task', data, matterId: task.matterId, organisation: task.organisation, role: task.role };
}

export function notificationEvent(notice: NotificationNotice, audience: { login: string } | { organisation: string; role: Role }): EventInput {
  return { type: 'notification', data: notice, matterId: notice.matterId, ...audience };
}

/** Whether the viewer may see the event: the same rule as `visibleTo`, for events already read. */
export function canView(viewer: EventViewer, event: StoredEvent): boolean {
  if (event.type === 'matter' || event.type === 'certificate') return (event.region !== null && viewer.regions.includes(event.region)) || (event.parties ?? []).some((party) => viewer.parties.includes(party));
  if (event.login !== null) return event.login === viewer.login;
  return viewer.scopes.some((scope) => scope.organisation === event.organisation && scope.role === event.role);
}

function visibleTo(viewer: EventViewer): SQL {
  const matters = or(
    ...(viewer.regions.length ? [inArray(events.region, [...viewer.regions])] : []),
    ...(viewer.parties.length ? [arrayOverlaps(events.parties, [...viewer.parties])] : []),
  );
  const addressed = or(eq(events.login, viewer.login), ...viewer.scopes.map((scope) => and(eq(events.organisation, scope.organisation), eq(events.role, scope.role))));
  const mattersOwn = inArray(events.type, ['matter', 'certificate']);
  return or(and(mattersOwn, matters ?? sql`false`), and(not(mattersOwn), addressed))!;
}

const storedColumns = {
  id: events.id,
  type: events.type,
  data: events.data,
  region: events.region,
  parties: events.parties,
  organisation: events.organisation,
  role: events.role,
  login: events.login,
};

/** Every event after `after`, oldest first, at most `limit`: what a hub fans out next. */
export async function eventsAfter(db: Database, after: number, limit: number): Promise<StoredEvent[]> {
  const rows = await db.select(storedColumns).from(events).where(gt(events.id, after)).orderBy(asc(events.id)).limit(limit);
  // The type column says which shape the data has; the table cannot tie the two together.
  return rows as StoredEvent[];
}

/** The viewer's events with ids in (after, upTo], oldest first, at most `limit`: a reconnect's replay. */
export async function eventsFor(db: Database, viewer: EventViewer, after: number, upTo: number, limit: number): Promise<StoredEvent[]> {
  const rows = await db
    .select(storedColumns)
    .from(events)
    .where(and(gt(events.id, after), lte(events.id, upTo), visibleTo(viewer)))
    .orderBy(asc(events.id))
    .limit(limit);
  return rows as StoredEvent[];
}

/** The newest event's id; 0 while there is none. */
export async function latestEventId(db: Database): Promise<number> {
  const [row] = await db.select({ id: max(events.id) }).from(events);
  return row?.id ?? 0;
}

/**
 * Whether a stream can resume after event `id`: that event is still on record and was written
 * after `since`. Pruning removes only rows older than the replay window, so every event after a
 * resumable one is still there.
 */
export async function isResumable(db: Database, id: number, since: Date): Promise<boolean> {
  const [row] = await db.select({ at: events.at }).from(events).where(eq(events.id, id));
  return row !== undefined && row.at > since;
}

/** Deletes the events written before `before`; answers how many. */
export async function pruneEvents(db: Database, before: Date): Promise<number> {
  const deleted = await db.delete(events).where(lt(events.at, before));
  return deleted.rowCount ?? 0;
}
