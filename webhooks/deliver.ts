/**
 * The activities of an endpoint's queue (workflows/webhook-queue.ts): take the next batch, send
 * one delivery, verify the endpoint, record the circuit, disable the subscription. Sending
 * answers its outcome instead of throwing, so the queue's circuit breaker — not Temporal's
 * retries — decides what happens next; only our own troubles (the database) throw and retry.
 * Also the two activities of the old one-workflow-per-delivery design, kept until its last
 * executions have finished.
 */
import { ApplicationFailure, log } from '@temporalio/activity';
import { ApplicationFailureCategory } from '@temporalio/common';
import type { Database } from '../db/client';
import type { CircuitPolicy, CircuitStateName } from '../schemas/webhook';
import { deliveryAttempted } from './metrics';
import {
  deliveryToSend,
  disableSubscription,
  markDeliveryFailed,
  markVerificationFailed,
  markVerified,
  recordAttempt,
  recordCircuit,
  subscriptionToVerify,
  takeBatch,
  type Batch,
} from './queue-store';
import { sendSigned } from './send';
import type { WebhookSettings } from './settings';
import { verifyEndpoint } from './verification';

/** The batch, with the policy the queue applies to it (the worker's configuration, recorded in the history). */
export type WebhookBatch = Batch & { policy: CircuitPolicy };

/** `skipped`: delivered already (a retry after the answer) or no longer pending; `stopped`: the subscription is no longer active. */
export type SendOutcome = { outcome: 'delivered' } | { outcome: 'skipped' } | { outcome: 'stopped' } | { outcome: 'failed'; error: string };

export type VerifyOutcome = { outcome: 'verified' } | { outcome: 'stopped' } | { outcome: 'failed'; error: string; final: boolean };

export interface WebhookActivities {
  takeWebhookBatch(request: { subscriptionId: string; limit: number }): Promise<WebhookBatch>;
  sendWebhookDelivery(request: { subscriptionId: string; deliveryId: string }): Promise<SendOutcome>;
  /** `final` (the last attempt) leaves a failed endpoint unverified; a wrong answer does so at once. */
  verifyWebhookEndpoint(request: { subscriptionId: string; final: boolean }): Promise<VerifyOutcome>;
  recordWebhookCircuit(request: { subscriptionId: string; state: CircuitStateName; failingSince?: string }): Promise<void>;
  disableWebhookSubscription(request: { subscriptionId: string; failingSince: string; lastError: string }): Promise<void>;
  /** Old design: POSTs one delivery, throwing (to be retried) unless the receiver answers 2xx. */
  deliverWebhook(request: { deliveryId: string }): Promise<void>;
  /** Old design: marks a delivery whose retries ran out as failed. */
  markWebhookFailed(request: { deliveryId: string; error: string }): Promise<void>;
}

export function webhookActivities(db: Database, settings: WebhookSettings): WebhookActivities {
  /** One attempt at a pending delivery, counted on its row, its subscription and the metrics. */
  const attempt = async (deliveryId: string, delivery: NonNullable<Awaited<ReturnType<typeof deliveryToSend>>>) => {
    const sent = await sendSigned(settings, delivery, { id: deliveryId, type: delivery.type, body: JSON.stringify(delivery.payload) });
    deliveryAttempted(sent.ok ? 'delivered' : sent.refused ? 'refused' : 'failed');
    await recordAttempt(db, { id: deliveryId, subscriptionId: delivery.subscriptionId }, sent.ok ? { delivered: true } : { error: sent.error });
    return sent;
  };

  return {
    async takeWebhookBatch({ subscriptionId, limit }) {
      return { ...(await takeBatch(db, subscriptionId, limit)), policy: settings.circuit };
    },

    async sendWebhookDelivery({ deliveryId }) {
      const delivery = await deliveryToSend(db, deliveryId);
      // Delivered already: a retry after the receiver answered but before the queue heard of it sends nothing again.
      if (!delivery || delivery.status !== 'pending') return { outcome: 'skipped' };
      if (delivery.state !== 'active') return { outcome: 'stopped' };
      const sent = await attempt(deliveryId, delivery);
      return sent.ok ? { outcome: 'delivered' } : { outcome: 'failed', error: sent.error };
    },

    async verifyWebhookEndpoint({ subscriptionId, final }) {
      const subscription = await subscriptionToVerify(db, subscriptionId);
      if (subscription?.state !== 'pending') return { outcome: 'stopped' };
      const verification = await verifyEndpoint(settings, { id: subscriptionId, ...subscription });
      if (verification.verified) return (await markVerified(db, subscriptionId)) ? { outcome: 'verified' } : { outcome: 'stopped' };
      const last = final || verification.definitive;
      await markVerificationFailed(db, subscriptionId, `verification failed: ${verification.error}`, last);
      return { outcome: 'failed', error: verification.error, final: last };
    },

    async recordWebhookCircuit({ subscriptionId, state, failingSince }) {
      await recordCircuit(db, subscriptionId, { state, failingSince });
    },

    async disableWebhookSubscription({ subscriptionId, failingSince, lastError }) {
      const undelivered = await disableSubscription(db, subscriptionId, { failingSince, lastError });
      if (undelivered !== undefined) log.warn('webhook subscription disabled after failing', { subscriptionId, failingSince, undelivered });
    },

    async deliverWebhook({ deliveryId }) {
      const delivery = await deliveryToSend(db, deliveryId);
      if (!delivery) throw ApplicationFailure.nonRetryable(`webhook delivery ${deliveryId} not found`, 'WebhookDeliveryMissing');
      if (delivery.status === 'delivered') return;
      const sent = await attempt(deliveryId, delivery);
      if (sent.ok) return;
      // Benign: a receiver being down is its own affair and shows on the delivery row, not as a worker warning per attempt.
      throw ApplicationFailure.create({ message: `webhook delivery failed: ${sent.error}`, type: 'WebhookDeliveryFailed', category: ApplicationFailureCategory.BENIGN });
    },

    async markWebhookFailed({ deliveryId, error }) {
      await markDeliveryFailed(db, deliveryId, error);
    },
  };
}
