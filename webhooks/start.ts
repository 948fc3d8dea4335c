/**
 * Starting a delivery's workflow. The first run is named by the delivery alone and refuses a
 * duplicate id even after it closed, so re-enqueueing (a retried projection) never sends a
 * delivered event again; a replay runs under a name of its own.
 */
import { WorkflowExecutionAlreadyStartedError, type Client } from '@temporalio/client';
import { WorkflowIdReusePolicy } from '@temporalio/common';
import { taskQueues } from '../temporal.config';
import type { WebhookDeliveryInput } from '../workflows/webhook-delivery';

export const deliveryWorkflowId = (deliveryId: string, replay?: number) => (replay ? `webhook-${deliveryId}-replay-${replay}` : `webhook-${deliveryId}`);

/** True when this call started it, false when a run under that id exists or existed. */
export async function startDelivery(client: Client, input: WebhookDeliveryInput, replay?: number): Promise<boolean> {
  try {
    await client.workflow.start('webhookDelivery', {
      workflowId: deliveryWorkflowId(input.deliveryId, replay),
      taskQueue: taskQueues.matters,
      args: [input],
      workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
      staticSummary: `Webhook · ${input.event} · ${input.host}`,
    });
    return true;
  } catch (error) {
    if (error instanceof WorkflowExecutionAlreadyStartedError) return false;
    throw error;
  }
}

export const hostOf = (url: string) => new URL(url).host;
