/**
 * Starting a delivery's workflow. The first run is named by the delivery alone and refuses a
 * duplicate id even after it closed, so re-enqueueing (a retried projection) never sends a
 * delivered event again; a replay runs under a name of its own.
 */
import { WorkflowExecutionAlreadyStartedError, type Client } from '@temporalio/client';
import { WorkflowIdReusePolicy } from '@temporalio/common';
import { taskQueues } from '../temporal.config';

/** The workflow (workflows/webhook-delivery.ts) that sends one delivery, and what it is started with. */
export const webhookDeliveryWorkflow = 'webhookDelivery';

export interface WebhookDeliveryInput {
  deliveryId: string;
  /** For the summaries in Temporal UI only. */
  event: string;
  host: string;
}

export const deliveryWorkflowId = (deliveryId: string, replay?: number) => (replay ? `webhook-${deliveryId}-replay-${replay}` : `webhook-${deliveryId}`);

/** True when this call started it, false when a run under that id exists or existed. */
export async function startDelivery(client: Client, input: WebhookDeliveryInput, replay?: number): Promise<boolean> {
  try {
    await client.workflow.start(webhookDeliveryWorkflow, {
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
