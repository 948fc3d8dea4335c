/**
 * Sending one signed message to an endpoint: the endpoint check (resolved now, refused
 * addresses never contacted), then the POST to the checked address. Every outcome is an
 * answer, never a throw, so the queue decides what a failure means.
 */
import { checkEndpoint } from './endpoint';
import type { WebhookSettings } from './settings';
import { signWebhook, webhookHeaders } from './signature';

export type SendResult =
  | { ok: true; status: number; body: string }
  /** `refused`: the endpoint check said no, and nothing was sent. */
  | { ok: false; error: string; refused: boolean; status?: number; body?: string };

export interface Message {
  /** The delivery id (or the verification's), which receivers deduplicate by. */
  id: string;
  type: string;
  body: string;
}

export async function sendSigned(settings: WebhookSettings, endpoint: { url: string; secret: string }, message: Message): Promise<SendResult> {
  const checked = await checkEndpoint(endpoint.url, settings);
  if (!checked.ok) return { ok: false, error: `refused: ${checked.reason}`, refused: true };
  const timestamp = Math.floor(Date.now() / 1000);
  try {
    const answer = await settings.transport({
      endpoint: checked,
      headers: {
        'content-type': 'application/json',
        'user-agent': 'yijianshi-webhooks',
        [webhookHeaders.event]: message.type,
        [webhookHeaders.delivery]: message.id,
        [webhookHeaders.timestamp]: String(timestamp),
        [webhookHeaders.signature]: signWebhook(endpoint.secret, timestamp, message.body),
      },
      body: message.body,
      timeoutMs: settings.requestTimeoutMs,
    });
    if (answer.status >= 200 && answer.status < 300) return { ok: true, ...answer };
    return { ok: false, error: `HTTP ${answer.status}`, refused: false, ...answer };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error), refused: false };
  }
}
