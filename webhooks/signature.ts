/**
 * The signature a receiver checks: HMAC-SHA256 with the subscription's secret over
 * `<timestamp>.<body>`, so a captured body cannot be replayed under another timestamp.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export const webhookHeaders = {
  /** `matter.status`, `sla.card`, or `endpoint.verification`. */
  event: 'x-yijianshi-event',
  delivery: 'x-yijianshi-delivery',
  timestamp: 'x-yijianshi-timestamp',
  signature: 'x-yijianshi-signature',
} as const;

export function signWebhook(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** What a receiver does (and the tests): constant-time comparison, so the check leaks nothing of the expected value. */
export function verifyWebhook(secret: string, timestamp: string | number, body: string, signature: string): boolean {
  const expected = Buffer.from(signWebhook(secret, Number(timestamp), body));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
