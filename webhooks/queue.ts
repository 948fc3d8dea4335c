/**
 * Waking an endpoint's queue, starting it if it is not running: one long-lived workflow per
 * subscription (`webhook-queue-<subscription>` in Temporal UI), on the webhooks task queue.
 */
import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import { queueWakeUp, webhookQueueId, webhookQueueWorkflow, type WebhookQueueInput } from '../schemas/webhook';
import { taskQueues } from '../temporal.config';

export async function wakeQueue(client: Client, subscription: { id: string; url: string }): Promise<void> {
  const host = new URL(subscription.url).host;
  const input: WebhookQueueInput = { subscriptionId: subscription.id, host };
  await client.workflow.signalWithStart(webhookQueueWorkflow, {
    workflowId: webhookQueueId(subscription.id),
    taskQueue: taskQueues.webhooks,
    args: [input],
    signal: queueWakeUp,
    signalArgs: [],
    staticSummary: `Webhook queue · ${host}`,
  });
}

/** Wakes the queue if it runs (it looks at its subscription again and, deactivated, ends); starts none. */
export async function nudgeQueue(client: Client, subscriptionId: string): Promise<void> {
  try {
    await client.workflow.getHandle(webhookQueueId(subscriptionId)).signal(queueWakeUp);
  } catch (error) {
    if (!(error instanceof WorkflowNotFoundError)) throw error;
  }
}
