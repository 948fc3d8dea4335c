/**
 * One webhook delivery: the activity retries with backoff while the receiver is down; when the
 * retries run out the delivery is marked failed, where an operator sees it and can replay it.
 */
import { ActivityFailure, proxyActivities } from '@temporalio/workflow';
import type { WebhookActivities } from '../activities/types';
import { activityOptions } from '../temporal.config';

export interface WebhookDeliveryInput {
  deliveryId: string;
  /** For the summaries in Temporal UI only. */
  event: string;
  host: string;
}

const { deliverWebhook } = proxyActivities<Pick<WebhookActivities, 'deliverWebhook'>>(activityOptions.webhook);
const { markWebhookFailed } = proxyActivities<Pick<WebhookActivities, 'markWebhookFailed'>>(activityOptions.webhookBookkeeping);

export async function webhookDelivery({ deliveryId, event, host }: WebhookDeliveryInput): Promise<'delivered' | 'failed'> {
  try {
    await deliverWebhook.executeWithOptions({ ...activityOptions.webhook, summary: `Webhook · ${event} · ${host}` }, [{ deliveryId }]);
    return 'delivered';
  } catch (error) {
    if (!(error instanceof ActivityFailure)) throw error;
    await markWebhookFailed({ deliveryId, error: (error.cause ?? error).message });
    return 'failed';
  }
}
