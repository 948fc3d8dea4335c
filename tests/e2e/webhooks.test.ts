/**
 * Webhooks on the real stack: a receiver that is down for its first requests still gets every
 * status change of a hire matter, once per delivery id, signed; the deliveries list shows the
 * retries, and a replay sends the same delivery again. A unit's members manage its own
 * subscriptions and see its own deliveries only.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { hireFormFor } from '../../samples/forms';
import type { MatterState } from '../../schemas/matter';
import { verifyWebhook } from '../../webhooks/signature';
import { deciderToken, memberToken, tokenFor, unitClerkToken } from '../support/auth';
import { startTestStack, type TestStack } from '../support/stack';

interface Received {
  path: string;
  deliveryId: string;
  signed: boolean;
  answered: number;
  body: { id: string; kind: string; unitCode: string; status: string; stage: string; at: string };
}

let running: TestStack;
let receiver: Server;
let receiverUrl: string;
const received: Received[] = [];
const secrets = new Map<string, string>();
const form = hireFormFor({ applicationNo: 'E2E-HOOK-1', identitySuffix: '431' });
const otherUnit = hireFormFor({ unitSerial: '9' }).unit.code;
/** Clerks of the matter's unit and of another unit. */
let clerk: string;
let otherClerk: string;
/** Down for a while: the first requests find the receiver unavailable. */
let outageLeft = 2;

beforeAll(async () => {
  receiver = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const raw = Buffer.concat(chunks).toString();
      const answered = outageLeft-- > 0 ? 503 : 200;
      received.push({
        path: request.url ?? '',
        deliveryId: String(request.headers['x-yijianshi-delivery']),
        signed: verifyWebhook(secrets.get(request.url ?? '') ?? '', String(request.headers['x-yijianshi-timestamp']), raw, String(request.headers['x-yijianshi-signature'])),
        answered,
        body: JSON.parse(raw),
      });
      response.writeHead(answered).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
  running = await startTestStack();
  [clerk, otherClerk] = await Promise.all([unitClerkToken(form.unit.code), unitClerkToken(otherUnit)]);
});

afterAll(async () => {
  await running?.stop();
  await new Promise((resolve) => receiver?.close(resolve));
});

const call: TestStack['call'] = (...args) => running.call(...args);

async function subscribe(organisation: string, path: string, token: string): Promise<string> {
  const created = await call('POST', '/api/v1/webhooks/subscriptions', { organisation, url: `${receiverUrl}${path}` }, token);
  expect(created.status).toBe(201);
  expect(created.body.secret).toMatch(/^[0-9a-f]{64}$/);
  secrets.set(path, created.body.secret);
  return created.body.id;
}

describe('webhooks', () => {
  it('refuses a subscription to a URL that is not http or https, or an organisation that is no unit code', async () => {
    const refused = await call('POST', '/api/v1/webhooks/subscriptions', { organisation: 'nobody', url: 'ftp://example.org/hook' }, await tokenFor('admin'));
    expect(refused.status).toBe(400);
    expect(refused.body.problems.map((p: { field: string }) => p.field)).toEqual(expect.arrayContaining(['body.organisation', 'body.url']));
  });

  it("refuses a subscription to another organisation's matters (403), and one without a token (401)", async () => {
    const body = { organisation: otherUnit, url: `${receiverUrl}/stolen` };
    expect((await call('POST', '/api/v1/webhooks/subscriptions', body, clerk)).status).toBe(403);
    expect((await call('POST', '/api/v1/webhooks/subscriptions', body)).status).toBe(401);
  });

  it('delivers every status change of a matter once, signed, after the receiver was down', async () => {
    const subscriptionId = await subscribe(form.unit.code, '/unit', clerk);
    const otherId = await subscribe(otherUnit, '/other', otherClerk);

    const listed = await call('GET', '/api/v1/webhooks/subscriptions', undefined, clerk);
    const listedIds = listed.body.items.map((item: { id: string }) => item.id);
    expect(listedIds).toContain(subscriptionId);
    expect(listedIds).not.toContain(otherId);
    expect(JSON.stringify(listed.body)).not.toContain(secrets.get('/unit'));

    const submitted = await call('POST', '/api/v1/matters/hire', form, clerk);
    expect(submitted.status).toBe(202);
    const id: string = submitted.body.id;
    let matter: MatterState = submitted.body;
    for (const step of ['competent', 'hall']) {
      const decided = await call('POST', `/api/v1/matters/${id}/decisions`, { step, decision: 'approve' }, await deciderToken(matter));
      expect(decided.status).toBe(200);
      matter = decided.body;
    }
    expect((await running.stack.client.workflow.getHandle(id).result()).status).toBe('completed');

    const accepted = () => received.filter((request) => request.answered === 200 && request.path === '/unit');
    // The outage delays whichever deliveries hit it, so they arrive in any order.
    await vi.waitFor(() => expect(accepted().map((request) => request.body.status).sort()).toEqual(['completed', 'handling', 'reviewing']), {
      timeout: 30_000,
      interval: 200,
    });

    expect(new Set(accepted().map((request) => request.deliveryId)).size).toBe(3);
    expect(received.every((request) => request.signed)).toBe(true);
    const outage = received.filter((request) => request.answered === 503);
    expect(outage).toHaveLength(2);
    // A retry carries the delivery id of the first attempt, so the receiver can deduplicate.
    const acceptedIds = accepted().map((request) => request.deliveryId);
    expect(outage.every((request) => acceptedIds.includes(request.deliveryId))).toBe(true);
    expect(received.filter((request) => request.path === '/other')).toEqual([]);
    // Status and stage only: no name, no identity number.
    expect(Object.keys(accepted()[0]!.body).sort()).toEqual(['at', 'id', 'kind', 'stage', 'status', 'unitCode']);
    expect(accepted().every((request) => request.body.id === id && request.body.unitCode === form.unit.code)).toBe(true);
    expect(JSON.stringify(received)).not.toContain(form.person.identityNumber);

    const deliveries = await vi.waitFor(
      async () => {
        const list = await call('GET', `/api/v1/webhooks/deliveries?matterId=${encodeURIComponent(id)}`, undefined, clerk);
        expect(list.body.items.map((item: { status: string }) => item.status)).toEqual(['delivered', 'delivered', 'delivered']);
        return list.body;
      },
      { timeout: 10_000, interval: 200 },
    );
    expect(deliveries.total).toBe(3);
    for (const item of deliveries.items as { id: string; event: string; attempts: number; lastError: string | null }[]) {
      const failedAttempts = outage.filter((request) => request.deliveryId === item.id).length;
      expect(item.attempts).toBe(failedAttempts + 1);
      expect(item.lastError).toBeNull();
      expect(accepted().find((request) => request.deliveryId === item.id)?.body.status).toBe(item.event);
    }
    expect(deliveries.items.some((item: { attempts: number }) => item.attempts > 1)).toBe(true);
    // Another unit's members see none of them.
    expect((await call('GET', `/api/v1/webhooks/deliveries?matterId=${encodeURIComponent(id)}`, undefined, otherClerk)).body.total).toBe(0);
  });

  it("reports a unit's matters to its competent department's subscription too", async () => {
    const department = form.unit.competentDepartment.code;
    const reviewer = await memberToken('competent-reviewer', department, 'competent');
    await subscribe(department, '/competent', reviewer);
    const next = hireFormFor({ applicationNo: 'E2E-HOOK-2', identitySuffix: '433' });
    const submitted = await call('POST', '/api/v1/matters/hire', next, clerk);
    expect(submitted.status).toBe(202);
    await vi.waitFor(
      () => expect(received.filter((request) => request.path === '/competent' && request.answered === 200).map((request) => request.body)).toMatchObject([{ id: submitted.body.id, status: 'reviewing' }]),
      { timeout: 15_000, interval: 200 },
    );
    expect(received.filter((request) => request.path === '/competent').every((request) => request.signed)).toBe(true);
    expect((await call('POST', `/api/v1/matters/${submitted.body.id}/withdraw`, { reason: '测试结束' }, clerk)).status).toBe(200);
  });

  it('replays a delivery under the same delivery id', async () => {
    const { body } = await call('GET', '/api/v1/webhooks/deliveries?status=delivered&pageSize=1', undefined, clerk);
    const [delivery] = body.items;
    const before = received.filter((request) => request.deliveryId === delivery.id && request.answered === 200).length;

    // Another unit's member cannot tell the delivery exists.
    expect((await call('POST', `/api/v1/webhooks/deliveries/${delivery.id}/replay`, undefined, otherClerk)).status).toBe(404);
    const replayed = await call('POST', `/api/v1/webhooks/deliveries/${delivery.id}/replay`, undefined, clerk);
    expect(replayed.status).toBe(202);
    await vi.waitFor(() => expect(received.filter((request) => request.deliveryId === delivery.id && request.answered === 200)).toHaveLength(before + 1), {
      timeout: 15_000,
      interval: 200,
    });
    await vi.waitFor(
      async () => {
        const list = await call('GET', `/api/v1/webhooks/deliveries?matterId=${encodeURIComponent(delivery.matterId)}&status=delivered`, undefined, clerk);
        expect(list.body.items.map((item: { id: string }) => item.id)).toContain(delivery.id);
      },
      { timeout: 10_000, interval: 200 },
    );

    expect((await call('POST', '/api/v1/webhooks/deliveries/00000000-0000-4000-8000-000000000000/replay', undefined, clerk)).status).toBe(404);
  });
});
