/**
 * Enqueueing from the projection. Rule: every status a matter takes is reported once per form
 * version — key `<matter>/<status>/v<formVersion>`. The workflow never re-enters a status
 * within one form version (review → countersigning → handling move forward; a return or an
 * exception goes through a correction, which raises the version), so a key names exactly one
 * status change, and the many snapshots of one status (approvals at the competent step,
 * departments finishing one by one) and the projection's retries map onto the same key.
 */
import type { Client } from '@temporalio/client';
import { and, eq, inArray } from 'drizzle-orm';
import type { Database } from '../db/client';
import { webhookDeliveries, webhookSubscriptions, type WebhookPayload } from '../db/schema';
import type { MatterState } from '../schemas/matter';
import { hostOf, startDelivery } from './start';

export const everyOrganisation = '*';

export const webhookEventKey = (state: Pick<MatterState, 'id' | 'status' | 'formVersion'>) => `${state.id}/${state.status}/v${state.formVersion}`;

export function webhookPayload(state: MatterState): WebhookPayload {
  return { id: state.id, kind: state.kind, unitCode: state.unitCode, status: state.status, stage: state.stage, at: state.completedAt ?? state.updatedAt };
}

/**
 * Inserts the delivery of this snapshot's status for every matching subscription (skipping those
 * already enqueued) and starts the workflow of each still pending. Starting is idempotent, so a
 * retry after a crash between the insert and the start still starts it.
 */
export async function enqueueWebhooks(db: Database, client: Client | undefined, state: MatterState): Promise<void> {
  const subscriptions = await db
    .select({ id: webhookSubscriptions.id, url: webhookSubscriptions.url })
    .from(webhookSubscriptions)
    // A unit's subscription, its competent department's (which reviews its matters), a transfer's releasing side's, or one to every matter.
    .where(and(eq(webhookSubscriptions.active, true), inArray(webhookSubscriptions.organisation, [...state.parties, everyOrganisation])));
  if (subscriptions.length === 0) return;
  const eventKey = webhookEventKey(state);
  const payload = webhookPayload(state);
  await db
    .insert(webhookDeliveries)
    .values(subscriptions.map((subscription) => ({ subscriptionId: subscription.id, matterId: state.id, eventKey, event: state.status, payload })))
    .onConflictDoNothing({ target: [webhookDeliveries.subscriptionId, webhookDeliveries.eventKey] });
  // The record-histories script runs without a client: deliveries stay pending, nothing is sent.
  if (!client) return;
  const pending = await db
    .select({ id: webhookDeliveries.id, subscriptionId: webhookDeliveries.subscriptionId })
    .from(webhookDeliveries)
    .where(
      and(
        eq(webhookDeliveries.eventKey, eventKey),
        eq(webhookDeliveries.status, 'pending'),
        inArray(
          webhookDeliveries.subscriptionId,
          subscriptions.map((subscription) => subscription.id),
        ),
      ),
    );
  const urls = new Map(subscriptions.map((subscription) => [subscription.id, subscription.url]));
  await Promise.all(pending.map((delivery) => startDelivery(client, { deliveryId: delivery.id, event: state.status, host: hostOf(urls.get(delivery.subscriptionId)!) })));
}
