/**
 * Enqueueing from the projection. Rule: every status a matter takes is reported once per form
 * version — key `<matter>/<status>/v<formVersion>`. The workflow never re-enters a status
 * within one form version (review → countersigning → handling move forward; a return or an
 * exception goes through a correction, which raises the version), so a key names exactly one
 * status change, and the many snapshots of one status (approvals at the competent step,
 * departments finishing one by one) and the projection's retries map onto the same key.
 */
import type { Client } from '@temporalio/client';
import type { Database } from '../db/client';
import type { WebhookPayload } from '../db/schema';
import type { MatterState } from '../schemas/matter';
import { hostOf, startDelivery } from './start';
import { enqueueDeliveries, subscribersOf } from './store';

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
  // A unit's subscription, its competent department's (which reviews its matters), a transfer's releasing side's, or one to every matter.
  const subscriptions = await subscribersOf(db, [...state.parties, everyOrganisation]);
  if (subscriptions.length === 0) return;
  const pending = await enqueueDeliveries(db, subscriptions, { matterId: state.id, eventKey: webhookEventKey(state), event: state.status, payload: webhookPayload(state) });
  // The record-histories script runs without a client: deliveries stay pending, nothing is sent.
  if (!client) return;
  const urls = new Map(subscriptions.map((subscription) => [subscription.id, subscription.url]));
  await Promise.all(pending.map((delivery) => startDelivery(client, { deliveryId: delivery.id, event: state.status, host: hostOf(urls.get(delivery.subscriptionId)!) })));
}
