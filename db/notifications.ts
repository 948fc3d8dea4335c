/**
 * 通知 as stored: one row per notification and audience (a person, or everyone holding a role in
 * an organisation), recorded once per key, announced on the event stream in the same
 * transaction; read state kept per person, so each of a hall's officers reads a hall's
 * notification for themselves.
 */
import { and, count, desc, eq, isNull, notExists, or, sql, type SQL } from 'drizzle-orm';
import type { Notification, NotificationKind } from '../schemas/notification';
import type { Role } from '../schemas/matter';
import type { Paging } from '../schemas/paging';
import type { Database } from './client';
import { appendEvents, notificationEvent, type EventInput, type Transaction } from './events';
import { notificationReads, notifications } from './schema';

/** Whom a notification is for: one person, or everyone holding the role in the organisation. */
export type Audience = { login: string } | { organisation: string; role: Role };

export interface NotificationInput {
  /** Says what the notification is about (the card, the task) and for whom; the same key again adds nothing. */
  key: string;
  kind: NotificationKind;
  matterId: string;
  title: string;
  body: string;
  audience: Audience;
}

/** The person reading: their login and the (organisation, role) pairs they hold. */
export interface NotificationReader {
  login: string;
  scopes: readonly { organisation: string; role: Role }[];
}

/**
 * Records the notifications whose keys are not on record yet, in the caller's transaction, and
 * answers the stream events of those it added (for the caller to append with its own).
 */
export async function recordNotifications(tx: Transaction, inputs: readonly NotificationInput[]): Promise<EventInput[]> {
  if (inputs.length === 0) return [];
  const added = await tx
    .insert(notifications)
    .values(inputs.map(({ audience, ...input }) => ({ ...input, login: null, organisation: null, role: null, ...audience })))
    .onConflictDoNothing({ target: notifications.key })
    .returning();
  return added.map((row) =>
    notificationEvent(
      { id: row.id, kind: row.kind as NotificationKind, matterId: row.matterId, title: row.title, createdAt: row.createdAt.toISOString() },
      row.login !== null ? { login: row.login } : { organisation: row.organisation!, role: row.role as Role },
    ),
  );
}

/** Records notifications and announces the new ones, in a transaction of their own; answers how many were new. */
export async function notify(db: Database, inputs: readonly NotificationInput[]): Promise<number> {
  return db.transaction(async (tx) => {
    const announced = await recordNotifications(tx, inputs);
    await appendEvents(tx, announced);
    return announced.length;
  });
}

function addressedTo(reader: NotificationReader): SQL {
  return or(eq(notifications.login, reader.login), ...reader.scopes.map((scope) => and(eq(notifications.organisation, scope.organisation), eq(notifications.role, scope.role))))!;
}

function unreadBy(db: Database, login: string): SQL {
  return notExists(
    db
      .select({ one: sql`1` })
      .from(notificationReads)
      .where(and(eq(notificationReads.notificationId, notifications.id), eq(notificationReads.login, login))),
  );
}

/** The reader's notifications, newest first (unread ones only, if asked), with how many they have not read. */
export async function listNotifications(db: Database, reader: NotificationReader, filter: Paging & { unread?: boolean }): Promise<{ items: Notification[]; total: number; unread: number }> {
  const mine = addressedTo(reader);
  const unread = and(mine, unreadBy(db, reader.login));
  const where = filter.unread ? unread : mine;
  const [rows, [totals], [unreadTotals]] = await Promise.all([
    db
      .select({
        id: notifications.id,
        kind: notifications.kind,
        matterId: notifications.matterId,
        title: notifications.title,
        body: notifications.body,
        createdAt: notifications.createdAt,
        readAt: notificationReads.readAt,
      })
      .from(notifications)
      .leftJoin(notificationReads, and(eq(notificationReads.notificationId, notifications.id), eq(notificationReads.login, reader.login)))
      .where(filter.unread ? and(mine, isNull(notificationReads.login)) : mine)
      .orderBy(desc(notifications.createdAt), desc(notifications.id))
      .limit(filter.pageSize)
      .offset((filter.page - 1) * filter.pageSize),
    db.select({ total: count() }).from(notifications).where(where),
    db.select({ total: count() }).from(notifications).where(unread),
  ]);
  const items = rows.map((row) => ({ ...row, kind: row.kind as NotificationKind, createdAt: row.createdAt.toISOString(), readAt: row.readAt?.toISOString() ?? null }));
  return { items, total: totals?.total ?? 0, unread: unreadTotals?.total ?? 0 };
}

/** Marks one of the reader's notifications read (again: harmless); false when it is not theirs or does not exist. */
export async function markNotificationRead(db: Database, reader: NotificationReader, id: string): Promise<boolean> {
  const [found] = await db.select({ id: notifications.id }).from(notifications).where(and(eq(notifications.id, id), addressedTo(reader)));
  if (!found) return false;
  await db.insert(notificationReads).values({ notificationId: id, login: reader.login }).onConflictDoNothing();
  return true;
}

/** Marks every notification of the reader read; answers how many were unread. */
export async function markAllNotificationsRead(db: Database, reader: NotificationReader): Promise<number> {
  const marked = await db
    .insert(notificationReads)
    .select(
      db
        .select({ notificationId: notifications.id, login: sql<string>`${reader.login}`.as('login'), readAt: sql<Date>`now()`.as('read_at') })
        .from(notifications)
        .where(and(addressedTo(reader), unreadBy(db, reader.login))),
    )
    .onConflictDoNothing()
    .returning({ id: notificationReads.notificationId });
  return marked.length;
}
