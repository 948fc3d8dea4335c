/**
 * Subscriptions and deliveries in PostgreSQL. A subscription belongs to an organisation (or
 * `*`, every matter) and is deactivated, never deleted; a delivery is one status change for one
 * subscription, and its id is what receivers deduplicate by.
 */
import { and, desc, eq, inArray, ne, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../db/client';
import { pagedQuery, type Paged } from '../db/paging';
import { webhookDeliveries, webhookSubscriptions, type WebhookPayload } from '../db/schema';
import type { Paging } from '../schemas/paging';

/** The organisations whose subscriptions a caller manages, or `all` for an administrator. */
export type Manageable = readonly string[] | 'all';

export type DeliveryStatus = 'pending' | 'delivered' | 'failed';

export interface Subscription {
  id: string;
  organisation: string;
  url: string;
  active: boolean;
  createdAt: Date;
}

export type Delivery = Omit<typeof webhookDeliveries.$inferSelect, 'eventKey'>;

const ofManageable = (scope: Manageable) => (scope === 'all' ? [] : [inArray(webhookSubscriptions.organisation, [...scope])]);

export async function createSubscription(db: Database, subscription: { organisation: string; url: string; secret: string }) {
  const [created] = await db
    .insert(webhookSubscriptions)
    .values(subscription)
    .returning({ id: webhookSubscriptions.id, organisation: webhookSubscriptions.organisation, url: webhookSubscriptions.url });
  return created!;
}

export function listSubscriptions(db: Database, scope: Manageable, filter: { organisation?: string; active?: boolean }): Promise<Subscription[]> {
  const conditions: SQL[] = [...ofManageable(scope)];
  if (filter.organisation) conditions.push(eq(webhookSubscriptions.organisation, filter.organisation));
  if (filter.active !== undefined) conditions.push(eq(webhookSubscriptions.active, filter.active));
  return db
    .select({
      id: webhookSubscriptions.id,
      organisation: webhookSubscriptions.organisation,
      url: webhookSubscriptions.url,
      active: webhookSubscriptions.active,
      createdAt: webhookSubscriptions.createdAt,
    })
    .from(webhookSubscriptions)
    .where(and(...conditions))
    .orderBy(desc(webhookSubscriptions.createdAt));
}

/** Deactivates a subscription the caller manages: `deactivated`, `hidden` (another organisation's) or `missing`. */
export async function deactivateSubscription(db: Database, scope: Manageable, id: string): Promise<'deactivated' | 'hidden' | 'missing'> {
  const updated = await db
    .update(webhookSubscriptions)
    .set({ active: false })
    .where(and(eq(webhookSubscriptions.id, id), ...ofManageable(scope)))
    .returning({ id: webhookSubscriptions.id });
  if (updated.length > 0) return 'deactivated';
  const [existing] = await db.select({ id: webhookSubscriptions.id }).from(webhookSubscriptions).where(eq(webhookSubscriptions.id, id));
  return existing ? 'hidden' : 'missing';
}

export function listDeliveries(db: Database, scope: Manageable, filter: Paging & { status?: DeliveryStatus; matterId?: string; subscriptionId?: string }): Promise<Paged<Delivery>> {
  const conditions: SQL[] =
    scope === 'all'
      ? []
      : [inArray(webhookDeliveries.subscriptionId, db.select({ id: webhookSubscriptions.id }).from(webhookSubscriptions).where(inArray(webhookSubscriptions.organisation, [...scope])))];
  if (filter.status) conditions.push(eq(webhookDeliveries.status, filter.status));
  if (filter.matterId) conditions.push(eq(webhookDeliveries.matterId, filter.matterId));
  if (filter.subscriptionId) conditions.push(eq(webhookDeliveries.subscriptionId, filter.subscriptionId));
  const where = and(...conditions);
  return pagedQuery(db, {
    table: webhookDeliveries,
    where,
    paging: filter,
    rows: ({ limit, offset }) =>
      db
        .select({
          id: webhookDeliveries.id,
          subscriptionId: webhookDeliveries.subscriptionId,
          matterId: webhookDeliveries.matterId,
          event: webhookDeliveries.event,
          payload: webhookDeliveries.payload,
          status: webhookDeliveries.status,
          attempts: webhookDeliveries.attempts,
          lastError: webhookDeliveries.lastError,
          createdAt: webhookDeliveries.createdAt,
          deliveredAt: webhookDeliveries.deliveredAt,
        })
        .from(webhookDeliveries)
        .where(where)
        .orderBy(desc(webhookDeliveries.createdAt), desc(webhookDeliveries.id))
        .limit(limit)
        .offset(offset),
  });
}

/** The organisation a delivery's subscription belongs to; undefined for no such delivery. */
export async function deliveryOwner(db: Database, id: string): Promise<string | undefined> {
  const [owner] = await db
    .select({ organisation: webhookSubscriptions.organisation })
    .from(webhookDeliveries)
    .innerJoin(webhookSubscriptions, eq(webhookSubscriptions.id, webhookDeliveries.subscriptionId))
    .where(eq(webhookDeliveries.id, id));
  return owner?.organisation;
}

/**
 * Sets a delivery that is not pending back to pending, in one statement, so of two replays (or a
 * replay beside the first run still retrying) one wins; answers what the new run needs, or undefined.
 */
export async function reopenDelivery(db: Database, id: string): Promise<{ event: string; url: string } | undefined> {
  const [reopened] = await db
    .update(webhookDeliveries)
    .set({ status: 'pending', lastError: null, deliveredAt: null })
    .where(and(eq(webhookDeliveries.id, id), ne(webhookDeliveries.status, 'pending')))
    .returning({ event: webhookDeliveries.event, subscriptionId: webhookDeliveries.subscriptionId });
  if (!reopened) return undefined;
  const [target] = await db.select({ url: webhookSubscriptions.url }).from(webhookSubscriptions).where(eq(webhookSubscriptions.id, reopened.subscriptionId));
  return { event: reopened.event, url: target!.url };
}

/** Active subscriptions that hear of a matter party to these organisations (or of every matter). */
export function subscribersOf(db: Database, organisations: readonly string[]): Promise<{ id: string; url: string }[]> {
  return db
    .select({ id: webhookSubscriptions.id, url: webhookSubscriptions.url })
    .from(webhookSubscriptions)
    .where(and(eq(webhookSubscriptions.active, true), inArray(webhookSubscriptions.organisation, [...organisations])));
}

/** Inserts one delivery per subscription under the event key (skipping those already enqueued); answers those still pending. */
export async function enqueueDeliveries(
  db: Database,
  subscriptions: readonly { id: string }[],
  event: { matterId: string; eventKey: string; event: string; payload: WebhookPayload },
): Promise<{ id: string; subscriptionId: string }[]> {
  await db
    .insert(webhookDeliveries)
    .values(subscriptions.map((subscription) => ({ subscriptionId: subscription.id, ...event })))
    .onConflictDoNothing({ target: [webhookDeliveries.subscriptionId, webhookDeliveries.eventKey] });
  return db
    .select({ id: webhookDeliveries.id, subscriptionId: webhookDeliveries.subscriptionId })
    .from(webhookDeliveries)
    .where(
      and(
        eq(webhookDeliveries.eventKey, event.eventKey),
        eq(webhookDeliveries.status, 'pending'),
        inArray(
          webhookDeliveries.subscriptionId,
          subscriptions.map((subscription) => subscription.id),
        ),
      ),
    );
}

/** What sending a delivery needs: its payload and status, and its subscription's URL and secret. */
export async function deliveryToSend(db: Database, id: string) {
  const [delivery] = await db
    .select({ payload: webhookDeliveries.payload, status: webhookDeliveries.status, url: webhookSubscriptions.url, secret: webhookSubscriptions.secret })
    .from(webhookDeliveries)
    .innerJoin(webhookSubscriptions, eq(webhookSubscriptions.id, webhookDeliveries.subscriptionId))
    .where(eq(webhookDeliveries.id, id));
  return delivery;
}

/** Counts an attempt on the delivery row: delivered, or the error it failed with. */
export async function recordAttempt(db: Database, id: string, outcome: { delivered: true } | { error: string }): Promise<void> {
  await db
    .update(webhookDeliveries)
    .set(
      'delivered' in outcome
        ? { status: 'delivered', attempts: sql`${webhookDeliveries.attempts} + 1`, deliveredAt: new Date(), lastError: null }
        : { attempts: sql`${webhookDeliveries.attempts} + 1`, lastError: outcome.error.slice(0, 1000) },
    )
    .where(eq(webhookDeliveries.id, id));
}

export async function markDeliveryFailed(db: Database, id: string, error: string): Promise<void> {
  await db.update(webhookDeliveries).set({ status: 'failed', lastError: error.slice(0, 1000) }).where(eq(webhookDeliveries.id, id));
}
