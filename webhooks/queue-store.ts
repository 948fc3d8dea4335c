/**
 * What the endpoint queues read and write: the next batch of an endpoint's deliveries in order,
 * each attempt's outcome, verification, the circuit, disabling — and which queues an enqueueing
 * must wake. PostgreSQL holds the queue; the workflow holds only where it is in it.
 *
 * Waking without losing a wake-up: a queue that finds nothing marks itself idle in the same
 * transaction in which it looked, holding its subscription's row locked from before the look;
 * an enqueuer, after inserting, reads the flag under a share lock. An insert the queue's look
 * missed was committed after that look began, so the enqueuer's read waits for the queue's
 * transaction and sees it idle — and wakes it. A queue busy sending is never signalled at all,
 * which is what keeps a dead endpoint's queue from costing a workflow task per event.
 */
import { and, asc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { webhookDeliveries, webhookSubscriptions } from '../db/schema';
import type { CircuitStateName, SubscriptionState, WebhookEventType, WebhookPayload } from '../schemas/webhook';
import { recordSubscriptionDisabled } from './notices';

/** A queue silent this long is woken whatever its flag says (its workflow was terminated by hand, say). */
const silentQueueMs = 2 * 3_600_000;

export interface Batch {
  state: SubscriptionState | 'missing';
  deliveries: { id: string; type: WebhookEventType; event: string }[];
}

export async function takeBatch(db: Database, subscriptionId: string, limit: number): Promise<Batch> {
  return db.transaction(async (tx) => {
    const [subscription] = await tx.select({ state: webhookSubscriptions.state }).from(webhookSubscriptions).where(eq(webhookSubscriptions.id, subscriptionId)).for('update');
    if (!subscription) return { state: 'missing', deliveries: [] };
    if (subscription.state !== 'active') return { state: subscription.state, deliveries: [] };
    const deliveries = await tx
      .select({ id: webhookDeliveries.id, type: webhookDeliveries.type, event: webhookDeliveries.event })
      .from(webhookDeliveries)
      .where(and(eq(webhookDeliveries.subscriptionId, subscriptionId), eq(webhookDeliveries.status, 'pending'), eq(webhookDeliveries.legacyWorkflow, false)))
      .orderBy(asc(webhookDeliveries.seq))
      .limit(limit);
    await tx.update(webhookSubscriptions).set({ queueIdle: deliveries.length === 0, queueSeenAt: new Date() }).where(eq(webhookSubscriptions.id, subscriptionId));
    return { state: 'active', deliveries };
  });
}

/** Of these subscriptions, the active ones whose queue waits to be woken (see the module's comment). */
export async function queuesToWake(db: Database, subscriptionIds: readonly string[]): Promise<{ id: string; url: string }[]> {
  if (subscriptionIds.length === 0) return [];
  // Every row locked (in id order, so two enqueuers never deadlock), whatever its flag: a row
  // filtered out before locking would not wait for the queue that is about to mark it idle.
  const rows = await db
    .select({ id: webhookSubscriptions.id, url: webhookSubscriptions.url, state: webhookSubscriptions.state, idle: webhookSubscriptions.queueIdle, seenAt: webhookSubscriptions.queueSeenAt })
    .from(webhookSubscriptions)
    .where(inArray(webhookSubscriptions.id, [...subscriptionIds]))
    .orderBy(asc(webhookSubscriptions.id))
    .for('share');
  const silentSince = Date.now() - silentQueueMs;
  return rows.filter((row) => row.state === 'active' && (row.idle || !row.seenAt || row.seenAt.getTime() < silentSince)).map(({ id, url }) => ({ id, url }));
}

/** What sending a delivery needs: its event, its status, and its subscription's endpoint, secret and state. */
export async function deliveryToSend(db: Database, id: string) {
  const [delivery] = await db
    .select({
      subscriptionId: webhookDeliveries.subscriptionId,
      type: webhookDeliveries.type,
      payload: webhookDeliveries.payload,
      status: webhookDeliveries.status,
      url: webhookSubscriptions.url,
      secret: webhookSubscriptions.secret,
      state: webhookSubscriptions.state,
    })
    .from(webhookDeliveries)
    .innerJoin(webhookSubscriptions, eq(webhookSubscriptions.id, webhookDeliveries.subscriptionId))
    .where(eq(webhookDeliveries.id, id));
  return delivery as (Omit<NonNullable<typeof delivery>, 'payload'> & { payload: WebhookPayload }) | undefined;
}

/** What verifying needs: the endpoint, the secret to sign with, and whether verification is still asked for. */
export async function subscriptionToVerify(db: Database, id: string) {
  const [subscription] = await db
    .select({ url: webhookSubscriptions.url, secret: webhookSubscriptions.secret, state: webhookSubscriptions.state })
    .from(webhookSubscriptions)
    .where(eq(webhookSubscriptions.id, id));
  return subscription;
}

/** Counts an attempt on the delivery row and notes it on the subscription: delivered, or the error it failed with. */
export async function recordAttempt(db: Database, delivery: { id: string; subscriptionId: string }, outcome: { delivered: true } | { error: string }): Promise<void> {
  const now = new Date();
  const error = 'error' in outcome ? outcome.error.slice(0, 1000) : undefined;
  await db.transaction(async (tx) => {
    await tx
      .update(webhookDeliveries)
      .set(
        error === undefined
          ? { status: 'delivered', attempts: sql`${webhookDeliveries.attempts} + 1`, deliveredAt: now, lastError: null }
          : { attempts: sql`${webhookDeliveries.attempts} + 1`, lastError: error },
      )
      .where(eq(webhookDeliveries.id, delivery.id));
    await tx
      .update(webhookSubscriptions)
      .set(error === undefined ? { lastDeliveredAt: now, queueSeenAt: now } : { lastError: error, lastErrorAt: now, queueSeenAt: now })
      .where(eq(webhookSubscriptions.id, delivery.subscriptionId));
  });
}

/** The old per-delivery workflow gave up on a delivery. */
export async function markDeliveryFailed(db: Database, id: string, error: string): Promise<void> {
  await db.update(webhookDeliveries).set({ status: 'failed', lastError: error.slice(0, 1000) }).where(eq(webhookDeliveries.id, id));
}

/**
 * The endpoint echoed the challenge: the subscription becomes active, and whatever it has not
 * received (the backlog of a disabled one) goes back in its queue, in its old order. Answers
 * false when verification was no longer asked for (the owner deactivated it meanwhile).
 */
export async function markVerified(db: Database, id: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const verified = await tx
      .update(webhookSubscriptions)
      .set({ state: 'active', verifiedAt: new Date(), circuit: 'closed', failingSince: null, lastError: null, lastErrorAt: null, queueIdle: false })
      .where(and(eq(webhookSubscriptions.id, id), eq(webhookSubscriptions.state, 'pending')))
      .returning({ id: webhookSubscriptions.id });
    if (verified.length === 0) return false;
    await tx
      .update(webhookDeliveries)
      .set({ status: 'pending', legacyWorkflow: false, lastError: null })
      .where(and(eq(webhookDeliveries.subscriptionId, id), eq(webhookDeliveries.status, 'failed')));
    return true;
  });
}

/** A verification attempt failed; `final` leaves the subscription unverified (its owner may ask again). */
export async function markVerificationFailed(db: Database, id: string, error: string, final: boolean): Promise<void> {
  await db
    .update(webhookSubscriptions)
    .set({ lastError: error.slice(0, 1000), lastErrorAt: new Date(), ...(final ? { state: 'unverified' as const } : {}) })
    .where(and(eq(webhookSubscriptions.id, id), eq(webhookSubscriptions.state, 'pending')));
}

export async function recordCircuit(db: Database, id: string, circuit: { state: CircuitStateName; failingSince?: string }): Promise<void> {
  await db
    .update(webhookSubscriptions)
    .set({ circuit: circuit.state, failingSince: circuit.failingSince ? new Date(circuit.failingSince) : null })
    .where(eq(webhookSubscriptions.id, id));
}

/**
 * The endpoint failed for the whole window: the subscription is disabled, what it has not
 * received is marked failed (kept for when it is re-enabled) and its owners and the
 * administrators are told — once, however often this is retried. Answers the undelivered count,
 * or undefined when it was no longer active.
 */
export async function disableSubscription(db: Database, id: string, failure: { failingSince: string; lastError: string }): Promise<number | undefined> {
  return db.transaction(async (tx) => {
    const [disabled] = await tx
      .update(webhookSubscriptions)
      .set({ state: 'disabled', circuit: 'open', disabledAt: new Date(), failingSince: new Date(failure.failingSince), queueIdle: true })
      .where(and(eq(webhookSubscriptions.id, id), eq(webhookSubscriptions.state, 'active')))
      .returning({ organisation: webhookSubscriptions.organisation, url: webhookSubscriptions.url, disabledAt: webhookSubscriptions.disabledAt });
    if (!disabled) return undefined;
    const undelivered = await tx
      .update(webhookDeliveries)
      .set({ status: 'failed', lastError: `subscription disabled: ${failure.lastError}`.slice(0, 1000) })
      .where(and(eq(webhookDeliveries.subscriptionId, id), eq(webhookDeliveries.status, 'pending'), eq(webhookDeliveries.legacyWorkflow, false)))
      .returning({ id: webhookDeliveries.id });
    await recordSubscriptionDisabled(tx, {
      subscriptionId: id,
      organisation: disabled.organisation,
      host: new URL(disabled.url).host,
      failingSince: failure.failingSince,
      disabledAt: disabled.disabledAt!.toISOString(),
      lastError: failure.lastError,
      undelivered: undelivered.length,
    });
    return undelivered.length;
  });
}

/** Live subscriptions by state and circuit, for `/metrics`. */
export function endpointCounts(db: Database): Promise<{ state: SubscriptionState; circuit: CircuitStateName; endpoints: number }[]> {
  return db
    .select({ state: webhookSubscriptions.state, circuit: webhookSubscriptions.circuit, endpoints: sql<number>`count(*)::int` })
    .from(webhookSubscriptions)
    .where(ne(webhookSubscriptions.state, 'deactivated'))
    .groupBy(webhookSubscriptions.state, webhookSubscriptions.circuit);
}

/** Deliveries waiting, per live subscription (at most five per organisation, so the series stay few). */
export function queueDepths(db: Database): Promise<{ subscriptionId: string; depth: number }[]> {
  return db
    .select({
      subscriptionId: webhookSubscriptions.id,
      depth: sql<number>`(select count(*)::int from ${webhookDeliveries} where ${webhookDeliveries.subscriptionId} = ${webhookSubscriptions.id} and ${webhookDeliveries.status} = 'pending')`,
    })
    .from(webhookSubscriptions)
    .where(ne(webhookSubscriptions.state, 'deactivated'));
}
