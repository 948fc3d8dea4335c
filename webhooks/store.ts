/**
 * Subscriptions and deliveries in PostgreSQL, as their owners manage and read them. A
 * subscription belongs to an organisation (or `*`, every matter) and is deactivated, never
 * deleted; a delivery is one event for one subscription, and its id is what receivers
 * deduplicate by. What the queues do with them is in `queue-store.ts`.
 */
import { and, count, desc, eq, inArray, ne, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../db/client';
import { pagedQuery, type Paged } from '../db/paging';
import { matters, webhookDeliveries, webhookSubscriptions } from '../db/schema';
import type { Paging } from '../schemas/paging';
import type { SubscriptionState, WebhookEventType, WebhookPayload } from '../schemas/webhook';

/** The organisations whose subscriptions a caller manages, or `all` for an administrator. */
export type Manageable = readonly string[] | 'all';

export type DeliveryStatus = 'pending' | 'delivered' | 'failed';

/** Live subscriptions an organisation may hold: each is a queue and an endpoint we keep calling. */
export const subscriptionsPerOrganisation = 5;

export interface Subscription {
  id: string;
  organisation: string;
  url: string;
  state: SubscriptionState;
  circuit: 'closed' | 'open';
  failingSince: Date | null;
  lastError: string | null;
  lastErrorAt: Date | null;
  lastDeliveredAt: Date | null;
  verifiedAt: Date | null;
  disabledAt: Date | null;
  /** Deliveries waiting for this endpoint. */
  queued: number;
  createdAt: Date;
}

export type Delivery = Omit<typeof webhookDeliveries.$inferSelect, 'eventKey' | 'seq' | 'legacyWorkflow'>;

const ofManageable = (scope: Manageable) => (scope === 'all' ? [] : [inArray(webhookSubscriptions.organisation, [...scope])]);

/**
 * Adds a pending subscription unless the organisation holds its limit of live ones already; the
 * count and the insert run under a lock on the organisation, so two requests cannot both slip in.
 */
export async function createSubscription(
  db: Database,
  subscription: { organisation: string; url: string; secret: string },
): Promise<{ id: string; organisation: string; url: string; state: SubscriptionState } | 'limit'> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('webhook-subscriptions'), hashtext(${subscription.organisation}))`);
    const [live] = await tx
      .select({ live: count() })
      .from(webhookSubscriptions)
      .where(and(eq(webhookSubscriptions.organisation, subscription.organisation), ne(webhookSubscriptions.state, 'deactivated')));
    if ((live?.live ?? 0) >= subscriptionsPerOrganisation) return 'limit';
    const [created] = await tx
      .insert(webhookSubscriptions)
      .values({ ...subscription, state: 'pending' })
      .returning({ id: webhookSubscriptions.id, organisation: webhookSubscriptions.organisation, url: webhookSubscriptions.url, state: webhookSubscriptions.state });
    return created!;
  });
}

export function listSubscriptions(db: Database, scope: Manageable, filter: { organisation?: string; state?: SubscriptionState; active?: boolean }): Promise<Subscription[]> {
  const conditions: SQL[] = [...ofManageable(scope)];
  if (filter.organisation) conditions.push(eq(webhookSubscriptions.organisation, filter.organisation));
  if (filter.state) conditions.push(eq(webhookSubscriptions.state, filter.state));
  if (filter.active !== undefined) conditions.push(filter.active ? eq(webhookSubscriptions.state, 'active') : ne(webhookSubscriptions.state, 'active'));
  return db
    .select({
      id: webhookSubscriptions.id,
      organisation: webhookSubscriptions.organisation,
      url: webhookSubscriptions.url,
      state: webhookSubscriptions.state,
      circuit: webhookSubscriptions.circuit,
      failingSince: webhookSubscriptions.failingSince,
      lastError: webhookSubscriptions.lastError,
      lastErrorAt: webhookSubscriptions.lastErrorAt,
      lastDeliveredAt: webhookSubscriptions.lastDeliveredAt,
      verifiedAt: webhookSubscriptions.verifiedAt,
      disabledAt: webhookSubscriptions.disabledAt,
      queued: sql<number>`(select count(*)::int from ${webhookDeliveries} where ${webhookDeliveries.subscriptionId} = ${webhookSubscriptions.id} and ${webhookDeliveries.status} = 'pending')`,
      createdAt: webhookSubscriptions.createdAt,
    })
    .from(webhookSubscriptions)
    .where(and(...conditions))
    .orderBy(desc(webhookSubscriptions.createdAt));
}

export type Changed = { outcome: 'changed'; url: string } | { outcome: 'hidden' } | { outcome: 'missing' } | { outcome: 'conflict'; state: SubscriptionState };

/**
 * Moves a subscription the caller manages from one of `from` to `to`: `changed`, `conflict`
 * (in another state), `hidden` (another organisation's) or `missing`.
 */
export async function changeSubscriptionState(db: Database, scope: Manageable, id: string, from: readonly SubscriptionState[], to: SubscriptionState): Promise<Changed> {
  const [updated] = await db
    .update(webhookSubscriptions)
    .set({ state: to, ...(to === 'pending' ? { disabledAt: null } : {}) })
    .where(and(eq(webhookSubscriptions.id, id), inArray(webhookSubscriptions.state, [...from]), ...ofManageable(scope)))
    .returning({ url: webhookSubscriptions.url });
  if (updated) return { outcome: 'changed', url: updated.url };
  const [existing] = await db.select({ state: webhookSubscriptions.state, organisation: webhookSubscriptions.organisation }).from(webhookSubscriptions).where(eq(webhookSubscriptions.id, id));
  if (!existing) return { outcome: 'missing' };
  return scope === 'all' || scope.includes(existing.organisation) ? { outcome: 'conflict', state: existing.state } : { outcome: 'hidden' };
}

export function listDeliveries(
  db: Database,
  scope: Manageable,
  filter: Paging & { status?: DeliveryStatus; type?: WebhookEventType; matterId?: string; subscriptionId?: string },
): Promise<Paged<Delivery>> {
  const conditions: SQL[] =
    scope === 'all'
      ? []
      : [inArray(webhookDeliveries.subscriptionId, db.select({ id: webhookSubscriptions.id }).from(webhookSubscriptions).where(inArray(webhookSubscriptions.organisation, [...scope])))];
  if (filter.status) conditions.push(eq(webhookDeliveries.status, filter.status));
  if (filter.type) conditions.push(eq(webhookDeliveries.type, filter.type));
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
          type: webhookDeliveries.type,
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
        .orderBy(desc(webhookDeliveries.seq))
        .limit(limit)
        .offset(offset),
  });
}

/** The subscription a delivery belongs to, with its owner and state; undefined for no such delivery. */
export async function deliverySubscription(db: Database, id: string): Promise<{ id: string; organisation: string; state: SubscriptionState; url: string } | undefined> {
  const [owner] = await db
    .select({ id: webhookSubscriptions.id, organisation: webhookSubscriptions.organisation, state: webhookSubscriptions.state, url: webhookSubscriptions.url })
    .from(webhookDeliveries)
    .innerJoin(webhookSubscriptions, eq(webhookSubscriptions.id, webhookDeliveries.subscriptionId))
    .where(eq(webhookDeliveries.id, id));
  return owner;
}

/**
 * Puts a delivery that is not pending back in its endpoint's queue, in one statement, so of two
 * replays one wins; it keeps its place (`seq`), so it goes before what was enqueued after it.
 */
export async function reopenDelivery(db: Database, id: string): Promise<boolean> {
  const reopened = await db
    .update(webhookDeliveries)
    .set({ status: 'pending', legacyWorkflow: false, lastError: null, deliveredAt: null })
    .where(and(eq(webhookDeliveries.id, id), ne(webhookDeliveries.status, 'pending')))
    .returning({ id: webhookDeliveries.id });
  return reopened.length > 0;
}

/** Active subscriptions that hear of a matter party to these organisations (or of every matter). */
export function subscribersOf(db: Database, organisations: readonly string[]): Promise<{ id: string }[]> {
  return db
    .select({ id: webhookSubscriptions.id })
    .from(webhookSubscriptions)
    .where(and(eq(webhookSubscriptions.state, 'active'), inArray(webhookSubscriptions.organisation, [...organisations])));
}

/** One delivery per subscription under the event key; those already enqueued are skipped. Answers the subscriptions that got one now. */
export async function enqueueDeliveries(
  db: Database,
  subscriptionIds: readonly string[],
  event: { matterId: string; eventKey: string; type: WebhookEventType; event: string; payload: WebhookPayload },
): Promise<string[]> {
  const inserted = await db
    .insert(webhookDeliveries)
    .values(subscriptionIds.map((subscriptionId) => ({ subscriptionId, ...event })))
    .onConflictDoNothing({ target: [webhookDeliveries.subscriptionId, webhookDeliveries.eventKey] })
    .returning({ subscriptionId: webhookDeliveries.subscriptionId });
  return inserted.map((row) => row.subscriptionId);
}

/** Whose matter a card is shown on: its unit, and the organisations whose subscriptions hear of it. */
export async function matterOfCard(db: Database, matterId: string): Promise<{ unitCode: string; parties: string[] } | undefined> {
  const [matter] = await db.select({ unitCode: matters.unitCode, parties: matters.parties }).from(matters).where(eq(matters.id, matterId));
  return matter;
}
