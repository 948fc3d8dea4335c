/**
 * Webhooks as the queue workflow, the API and the receivers all see them: the event types and
 * their payloads (codes and moments, never personal data), the states of a subscription, the
 * circuit breaker's policy, and the per-endpoint queue's workflow and wake-up signal — each
 * defined once for both sides.
 */
import { defineSignal } from '@temporalio/workflow';

/** What a delivery reports; also sent as the `x-yijianshi-event` header. */
export const webhookEventTypes = ['matter.status', 'sla.card'] as const;
export type WebhookEventType = (typeof webhookEventTypes)[number];

/** A matter took a status (once per status and form version). */
export interface MatterStatusPayload {
  type: 'matter.status';
  id: string;
  kind: string;
  unitCode: string;
  status: string;
  stage: string;
  at: string;
}

/** 黄牌 / 红牌: a yellow card before a time limit runs out, a red one when it has. */
export interface SlaCardPayload {
  type: 'sla.card';
  id: string;
  kind: string;
  unitCode: string;
  card: 'yellow' | 'red';
  /** The matter's committed limit, or the step's budget. */
  scope: 'matter' | 'step';
  step: string;
  due: string;
  at: string;
}

export type WebhookPayload = MatterStatusPayload | SlaCardPayload;

/**
 * `pending` until the endpoint answers the verification challenge, then `active`; `unverified`
 * when it did not (the owner may try again), `disabled` after failing for the circuit's window
 * (the owner re-enables it, which verifies it again), `deactivated` when its owner ended it.
 */
export const subscriptionStates = ['pending', 'active', 'unverified', 'disabled', 'deactivated'] as const;
export type SubscriptionState = (typeof subscriptionStates)[number];

/** Closed: deliveries flow. Open: the endpoint failed repeatedly and only a probe is sent, at growing intervals. */
export const circuitStates = ['closed', 'open'] as const;
export type CircuitStateName = (typeof circuitStates)[number];

/** How an endpoint's failures are met (times in milliseconds, so workflow code does plain arithmetic). */
export interface CircuitPolicy {
  /** Consecutive failures after which the circuit opens. */
  failuresToOpen: number;
  /** The first quick retry while the circuit is still closed; each next one waits twice as long. */
  retryDelayMs: number;
  /** The first probe after the circuit opened; each next one waits twice as long, up to `maxProbeMs`. */
  firstProbeMs: number;
  maxProbeMs: number;
  /** Failing this long (since the first failure of the streak) disables the subscription. */
  disableAfterMs: number;
  /** Waits between verification attempts when the endpoint could not be reached; a wrong answer is final at once. */
  verificationRetryDelaysMs: readonly number[];
}

export const defaultCircuitPolicy: CircuitPolicy = {
  failuresToOpen: 5,
  retryDelayMs: 1_000,
  firstProbeMs: 60_000,
  maxProbeMs: 3_600_000,
  disableAfterMs: 24 * 3_600_000,
  verificationRetryDelaysMs: [10_000, 60_000],
};

/** What a queue carries into its next run when it continues as new: the failure streak it is in. */
export interface CircuitState {
  failures: number;
  /** Epoch milliseconds of the streak's first failure. */
  failingSince?: number;
}

/** The long-lived workflow of one subscription's endpoint (workflows/webhook-queue.ts). */
export const webhookQueueWorkflow = 'webhookQueue';

export const webhookQueueId = (subscriptionId: string) => `webhook-queue-${subscriptionId}`;

export interface WebhookQueueInput {
  subscriptionId: string;
  /** For the summaries in Temporal UI only. */
  host: string;
  circuit?: CircuitState;
}

/**
 * Deliveries were enqueued, or the subscription changed (verified again, deactivated): look at
 * the database again. It carries nothing — PostgreSQL holds the queue — so a lost or doubled
 * signal costs nothing but a look.
 */
export const queueWakeUp = defineSignal('webhookQueueWakeUp');
