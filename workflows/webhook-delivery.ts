/**
 * The old design, one workflow per delivery, kept registered only so that executions started
 * before the per-endpoint queues (./webhook-queue.ts) finish: the activity retries with backoff
 * while the receiver is down; when the retries run out the delivery is marked failed, where its
 * owner sees it and can replay it (through its endpoint's queue). Nothing starts it any more.
 */
import { ActivityFailure, proxyActivities } from '@temporalio/workflow';
import { activityOptions } from '../temporal.config';
import type { WebhookActivities } from '../webhooks/deliver';

const { deliverWebhook } = proxyActivities<Pick<WebhookActivities, 'deliverWebhook'>>(activityOptions.legacyWebhook);
const { markWebhookFailed } = proxyActivities<Pick<WebhookActivities, 'markWebhookFailed'>>(activityOptions.legacyWebhookBookkeeping);

export interface WebhookDeliveryInput {
  deliveryId: string;
  /** For the summaries in Temporal UI only. */
  event: string;
  host: string;
}

export async function webhookDelivery({ deliveryId, event, host }: WebhookDeliveryInput): Promise<'delivered' | 'failed'> {
  try {
    await deliverWebhook.executeWithOptions({ ...activityOptions.legacyWebhook, summary: `Webhook · ${event} · ${host}` }, [{ deliveryId }]);
    return 'delivered';
  } catch (error) {
    if (!(error instanceof ActivityFailure)) throw error;
    await markWebhookFailed({ deliveryId, error: (error.cause ?? error).message });
    return 'failed';
  }
}
