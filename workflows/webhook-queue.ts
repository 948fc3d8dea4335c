/**
 * One endpoint's queue: a long-lived workflow per subscription that first has the endpoint
 * verified, then takes its pending deliveries in order, a batch at a time, and sends each until
 * it is delivered. Failures feed the circuit breaker (./webhook-circuit.ts): a few quick retries,
 * then the circuit opens and only a probe — the same delivery, so the order holds — goes out at
 * growing intervals; an endpoint still failing at the end of the policy's window is disabled,
 * its undelivered events kept for when its owner re-enables it. A dead endpoint thus costs one
 * sleeping workflow and one attempt at a time, whatever the number of events waiting for it.
 * The history stays bounded: the queue continues as new, carrying its failure streak.
 */
import { condition, continueAsNew, proxyActivities, proxyLocalActivities, setHandler, sleep, workflowInfo } from '@temporalio/workflow';
import type { CircuitPolicy, WebhookQueueInput } from '../schemas/webhook';
import { queueWakeUp } from '../schemas/webhook';
import { activityOptions } from '../temporal.config';
import type { WebhookActivities, WebhookBatch } from '../webhooks/deliver';
import { Circuit } from './webhook-circuit';

const bookkeeping = proxyLocalActivities<Pick<WebhookActivities, 'takeWebhookBatch' | 'recordWebhookCircuit' | 'disableWebhookSubscription'>>(
  activityOptions.webhookQueueBookkeeping,
);
const endpoint = proxyActivities<Pick<WebhookActivities, 'sendWebhookDelivery' | 'verifyWebhookEndpoint'>>(activityOptions.webhookSend);

/** Deliveries taken at once: few enough that a batch's ids weigh nothing, enough that a busy endpoint rarely waits for the next look. */
const batchSize = 20;
/** Events after which a run hands over to a fresh one; far below Temporal's limits, and a replay of it stays quick. */
const historyBudget = 2_000;

export type QueueEnd = 'unverified' | 'disabled' | 'stopped';

export async function webhookQueue(input: WebhookQueueInput): Promise<QueueEnd> {
  const { subscriptionId, host } = input;
  let woken = false;
  setHandler(queueWakeUp, () => void (woken = true));
  const circuit = new Circuit(input.circuit);

  for (;;) {
    // Cleared before the look, so a wake-up arriving during it is not lost.
    woken = false;
    const batch = await bookkeeping.takeWebhookBatch({ subscriptionId, limit: batchSize });
    if (batch.state === 'pending') {
      if (!(await verify(batch.policy))) return 'unverified';
      continue;
    }
    if (batch.state !== 'active') return 'stopped';
    if (batch.deliveries.length === 0) await condition(() => woken);
    for (const delivery of batch.deliveries) {
      const end = await deliver(delivery, batch.policy);
      if (end) return end;
    }
    if (workflowInfo().historyLength > historyBudget || workflowInfo().continueAsNewSuggested) {
      await continueAsNew<typeof webhookQueue>({ subscriptionId, host, circuit: circuit.state });
    }
  }

  /** The challenge, tried again after the policy's waits while the endpoint cannot be reached. */
  async function verify(policy: CircuitPolicy): Promise<boolean> {
    const waits = policy.verificationRetryDelaysMs;
    for (let attempt = 0; ; attempt += 1) {
      const result = await endpoint.verifyWebhookEndpoint.executeWithOptions({ ...activityOptions.webhookSend, summary: `Webhook 验证 · ${host}` }, [
        { subscriptionId, final: attempt >= waits.length },
      ]);
      if (result.outcome === 'verified') return true;
      if (result.outcome === 'stopped' || result.final) return false;
      await sleep(waits[attempt]!);
    }
  }

  /** Sends one delivery until it goes through; answers how the queue ends if it must. */
  async function deliver(delivery: WebhookBatch['deliveries'][number], policy: CircuitPolicy): Promise<QueueEnd | undefined> {
    const summary = `Webhook · ${delivery.event} · ${host}`;
    for (;;) {
      const sent = await endpoint.sendWebhookDelivery.executeWithOptions({ ...activityOptions.webhookSend, summary }, [{ subscriptionId, deliveryId: delivery.id }]);
      if (sent.outcome === 'stopped') return 'stopped';
      if (sent.outcome !== 'failed') {
        if (circuit.succeeded(policy)) await bookkeeping.recordWebhookCircuit({ subscriptionId, state: 'closed' });
        return undefined;
      }
      const next = circuit.failed(Date.now(), policy);
      const failingSince = new Date(circuit.since!).toISOString();
      if (next.kind === 'disable') {
        await bookkeeping.disableWebhookSubscription({ subscriptionId, failingSince, lastError: sent.error });
        return 'disabled';
      }
      if (next.opened) await bookkeeping.recordWebhookCircuit({ subscriptionId, state: 'open', failingSince });
      await sleep(next.waitMs);
    }
  }
}
