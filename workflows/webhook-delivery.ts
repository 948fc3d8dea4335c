/**
 * One webhook delivery: the activity retries with backoff while the receiver is down; when the
 * retries run out the delivery is marked failed, where an operator sees it and can replay it.
 */
import { ActivityFailure, proxyActivities } from '@temporalio/workflow';
import { activityOptions } from '../temporal.config';
import type { WebhookActivities } from '../webhooks/deliver';
import type { WebhookDeliveryInput } from '../webhooks/start';

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
