import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signWebhook, verifyWebhook } from '../../webhooks/signature';

describe('webhook signature', () => {
  const secret = 'a'.repeat(64);
  const body = JSON.stringify({ id: 'm-1', status: 'completed' });

  it('is the hex HMAC-SHA256 of "<timestamp>.<body>" with the secret, prefixed sha256=', () => {
    const expected = createHmac('sha256', secret).update(`1700000000.${body}`).digest('hex');
    expect(signWebhook(secret, 1700000000, body)).toBe(`sha256=${expected}`);
  });

  it('verifies only the same secret, timestamp and body', () => {
    const signature = signWebhook(secret, 1700000000, body);
    expect(verifyWebhook(secret, '1700000000', body, signature)).toBe(true);
    expect(verifyWebhook('b'.repeat(64), '1700000000', body, signature)).toBe(false);
    expect(verifyWebhook(secret, '1700000001', body, signature)).toBe(false);
    expect(verifyWebhook(secret, '1700000000', `${body} `, signature)).toBe(false);
    expect(verifyWebhook(secret, '1700000000', body, 'sha256=00')).toBe(false);
  });
});
