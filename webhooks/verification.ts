/**
 * 接收地址验证: before a subscription receives anything, its endpoint must prove it wants our
 * events (as Slack's url_verification and Microsoft Graph's validationToken do), so nobody can
 * point our deliveries at a system that never asked for them. The request:
 *
 *   POST <url>   content-type: application/json
 *   x-yijianshi-event: endpoint.verification, x-yijianshi-delivery: <a fresh id>,
 *   x-yijianshi-timestamp and x-yijianshi-signature as for every delivery
 *   {"type":"endpoint.verification","subscriptionId":"<id>","challenge":"<43 random characters>"}
 *
 * The expected answer, within 10 s: a 2xx whose body is the challenge itself (text/plain) or
 * `{"challenge":"<the same>"}` (JSON). A 2xx with anything else is a definite "no"; an
 * unreachable endpoint or another status may be tried again a little later.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { sendSigned } from './send';
import type { WebhookSettings } from './settings';

export const verificationEvent = 'endpoint.verification';

export type Verification = { verified: true } | { verified: false; error: string; definitive: boolean };

export async function verifyEndpoint(settings: WebhookSettings, subscription: { id: string; url: string; secret: string }): Promise<Verification> {
  const challenge = randomBytes(32).toString('base64url');
  const body = JSON.stringify({ type: verificationEvent, subscriptionId: subscription.id, challenge });
  const sent = await sendSigned(settings, subscription, { id: randomUUID(), type: verificationEvent, body });
  if (!sent.ok) return { verified: false, error: sent.error, definitive: sent.refused };
  if (echoes(sent.body, challenge)) return { verified: true };
  return { verified: false, error: `HTTP ${sent.status} without the challenge echoed`, definitive: true };
}

function echoes(answer: string, challenge: string): boolean {
  if (answer.trim() === challenge) return true;
  try {
    const parsed: unknown = JSON.parse(answer);
    return typeof parsed === 'object' && parsed !== null && (parsed as { challenge?: unknown }).challenge === challenge;
  } catch {
    return false;
  }
}
