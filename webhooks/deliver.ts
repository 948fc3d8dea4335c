/**
 * Sending one webhook delivery (the activity of the `webhookDelivery` workflow) and recording its
 * outcome. Every attempt is counted on the delivery row, so the list shows a receiver that was
 * down, and how long.
 */
import { ApplicationFailure, ApplicationFailureCategory } from '@temporalio/common';
import type { Database } from '../db/client';
import { signWebhook, webhookHeaders } from './signature';
import { deliveryToSend, markDeliveryFailed, recordAttempt } from './store';

const requestTimeoutMs = 10_000;

export interface WebhookActivities {
  /** POSTs the delivery's payload, signed; throws (to be retried) unless the receiver answers 2xx. */
  deliverWebhook(request: { deliveryId: string }): Promise<void>;
  /** Marks a delivery whose retries ran out as failed, with the last error. */
  markWebhookFailed(request: { deliveryId: string; error: string }): Promise<void>;
}

export function webhookActivities(db: Database): WebhookActivities {
  return {
    async deliverWebhook({ deliveryId }) {
      const delivery = await deliveryToSend(db, deliveryId);
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
        if (response.ok) return void (await recordAttempt(db, deliveryId, { delivered: true }));
        failure = `HTTP ${response.status}`;
      } catch (error) {
        failure = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      }
      await recordAttempt(db, deliveryId, { error: failure });
      // Benign: a receiver being down is its own affair and shows on the delivery row, not as a worker warning per attempt.
      throw ApplicationFailure.create({ message: `webhook delivery failed: ${failure}`, type: 'WebhookDeliveryFailed', category: ApplicationFailureCategory.BENIGN });
    },

    async markWebhookFailed({ deliveryId, error }) {
      await markDeliveryFailed(db, deliveryId, error);
    },
  };
}
