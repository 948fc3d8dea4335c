/**
 * Sending one webhook delivery and recording its outcome. Every attempt is counted on the
 * delivery row, so the list shows a receiver that was down, and how long.
 */
import { ApplicationFailure, ApplicationFailureCategory } from '@temporalio/common';
import { eq, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { webhookDeliveries, webhookSubscriptions } from '../db/schema';
import { signWebhook, webhookHeaders } from '../webhooks/signature';
import type { WebhookActivities } from './types';

const requestTimeoutMs = 10_000;

export function webhookActivities(db: Database): WebhookActivities {
  const attempted = (deliveryId: string, outcome: { delivered: true } | { error: string }) =>
    db
      .update(webhookDeliveries)
      .set(
        'delivered' in outcome
          ? { status: 'delivered', attempts: sql`${webhookDeliveries.attempts} + 1`, deliveredAt: new Date(), lastError: null }
          : { attempts: sql`${webhookDeliveries.attempts} + 1`, lastError: outcome.error.slice(0, 1000) },
      )
      .where(eq(webhookDeliveries.id, deliveryId));

  return {
    async deliverWebhook({ deliveryId }) {
      const [delivery] = await db
        .select({ payload: webhookDeliveries.payload, status: webhookDeliveries.status, url: webhookSubscriptions.url, secret: webhookSubscriptions.secret })
        .from(webhookDeliveries)
        .innerJoin(webhookSubscriptions, eq(webhookSubscriptions.id, webhookDeliveries.subscriptionId))
        .where(eq(webhookDeliveries.id, deliveryId));
      if (!delivery) throw ApplicationFailure.nonRetryable(`webhook delivery ${deliveryId} not found`, 'WebhookDeliveryMissing');
      // A retry after the receiver answered but before the workflow heard of it sends nothing again.
      if (delivery.status === 'delivered') return;
      const body = JSON.stringify(delivery.payload);
      const timestamp = Math.floor(Date.now() / 1000);
      let failure: string;
      try {
        const response = await fetch(delivery.url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            [webhookHeaders.delivery]: deliveryId,
            [webhookHeaders.timestamp]: String(timestamp),
            [webhookHeaders.signature]: signWebhook(delivery.secret, timestamp, body),
          },
          body,
          redirect: 'manual',
          signal: AbortSignal.timeout(requestTimeoutMs),
        });
        await response.body?.cancel();
        if (response.ok) return void (await attempted(deliveryId, { delivered: true }));
        failure = `HTTP ${response.status}`;
      } catch (error) {
        failure = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      }
      await attempted(deliveryId, { error: failure });
      // Benign: a receiver being down is its own affair and shows on the delivery row, not as a worker warning per attempt.
      throw ApplicationFailure.create({ message: `webhook delivery failed: ${failure}`, type: 'WebhookDeliveryFailed', category: ApplicationFailureCategory.BENIGN });
    },

    async markWebhookFailed({ deliveryId, error }) {
      await db.update(webhookDeliveries).set({ status: 'failed', lastError: error.slice(0, 1000) }).where(eq(webhookDeliveries.id, deliveryId));
    },
  };
}
