/**
 * Webhooks on the real stack: a subscription is pending until its endpoint echoes the
 * verification challenge, then active; a receiver that is down for its first requests still gets
 * every status change of a hire matter, in order, once per delivery id, signed; the deliveries
 * list shows the retries, and a replay sends the same delivery again. An endpoint that does not
 * echo never becomes active until its owner has it verified again. A unit's members manage its
 * own subscriptions and see its own deliveries only.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { hireFormFor } from '../../samples/forms';
import type { MatterState } from '../../schemas/matter';
import { deciderToken, memberToken, tokenFor, unitClerkToken } from '../support/auth';
import { startTestStack, type TestStack } from '../support/stack';
import { Receiver } from '../support/webhooks';

let running: TestStack;
const receiver = new Receiver();
const form = hireFormFor({ applicationNo: 'E2E-HOOK-1', identitySuffix: '431' });
const otherUnit = hireFormFor({ unitSerial: '9' }).unit.code;
/** Clerks of the matter's unit and of another unit. */
let clerk: string;
let otherClerk: string;

beforeAll(async () => {
  await receiver.start();
  running = await startTestStack();
  [clerk, otherClerk] = await Promise.all([unitClerkToken(form.unit.code), unitClerkToken(otherUnit)]);
});

afterAll(async () => {
  await running?.stop();
  await receiver.stop();
});

const call: TestStack['call'] = (...args) => running.call(...args);

async function subscriptionState(id: string, token: string): Promise<Record<string, any>> {
  const listed = await call('GET', '/api/v1/webhooks/subscriptions', undefined, token);
  return listed.body.items.find((item: { id: string }) => item.id === id);
}

async function waitForState(id: string, token: string, state: string): Promise<Record<string, any>> {
  return vi.waitFor(
    async () => {
      const subscription = await subscriptionState(id, token);
      expect(subscription?.state).toBe(state);
      return subscription;
    },
    { timeout: 20_000, interval: 200 },
  );
}

/** A subscription answered 201 pending, and active once the receiver echoed the challenge. */
async function subscribe(organisation: string, path: string, token: string): Promise<string> {
  const created = await call('POST', '/api/v1/webhooks/subscriptions', { organisation, url: `${receiver.url}${path}` }, token);
  expect(created.status).toBe(201);
  expect(created.body).toMatchObject({ state: 'pending', secret: expect.stringMatching(/^[0-9a-f]{64}$/) });
  receiver.secrets.set(path, created.body.secret);
  await waitForState(created.body.id, token, 'active');
  return created.body.id;
}

describe('webhooks', () => {
  it('refuses a subscription to a URL that is not http or https, or an organisation that is no unit code', async () => {
    const refused = await call('POST', '/api/v1/webhooks/subscriptions', { organisation: 'nobody', url: 'ftp://example.org/hook' }, await tokenFor('admin'));
    expect(refused.status).toBe(400);
    expect(refused.body.problems.map((p: { field: string }) => p.field)).toEqual(expect.arrayContaining(['body.organisation', 'body.url']));
  });

  it("refuses a subscription to another organisation's matters (403), and one without a token (401)", async () => {
    const body = { organisation: otherUnit, url: `${receiver.url}/stolen` };
    expect((await call('POST', '/api/v1/webhooks/subscriptions', body, clerk)).status).toBe(403);
    expect((await call('POST', '/api/v1/webhooks/subscriptions', body)).status).toBe(401);
  });

  it('delivers every status change of a matter in order, once, signed, after the receiver was down', async () => {
    const subscriptionId = await subscribe(form.unit.code, '/unit', clerk);
    const otherId = await subscribe(otherUnit, '/other', otherClerk);

    const listed = await call('GET', '/api/v1/webhooks/subscriptions', undefined, clerk);
    const listedIds = listed.body.items.map((item: { id: string }) => item.id);
    expect(listedIds).toContain(subscriptionId);
    expect(listedIds).not.toContain(otherId);
    expect(JSON.stringify(listed.body)).not.toContain(receiver.secrets.get('/unit'));
    expect(listed.body.items.find((item: { id: string }) => item.id === subscriptionId)).toMatchObject({ state: 'active', active: true, circuit: 'closed', verifiedAt: expect.any(String) });

    // Down for its first two requests.
    receiver.answers.push(503, 503);
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

    // One queue per endpoint: the outage holds the first delivery back, and the others behind it.
    await vi.waitFor(() => expect(receiver.accepted('/unit').map((request) => request.body.status)).toEqual(['reviewing', 'handling', 'completed']), {
      timeout: 30_000,
      interval: 200,
    });
    const accepted = receiver.accepted('/unit');
    expect(new Set(accepted.map((request) => request.deliveryId)).size).toBe(3);
    expect(receiver.received.every((request) => request.signed)).toBe(true);
    const outage = receiver.received.filter((request) => request.answered === 503);
    expect(outage).toHaveLength(2);
    // A retry carries the delivery id of the first attempt, so the receiver can deduplicate.
    expect(outage.every((request) => request.deliveryId === accepted[0]!.deliveryId)).toBe(true);
    expect(receiver.received.filter((request) => request.path === '/other')).toEqual([]);
    // Codes and moments only: no name, no identity number; the event type in the body and the header.
    expect(Object.keys(accepted[0]!.body).sort()).toEqual(['at', 'id', 'kind', 'stage', 'status', 'type', 'unitCode']);
    expect(accepted.every((request) => request.body.type === 'matter.status' && request.event === 'matter.status')).toBe(true);
    expect(accepted.every((request) => request.body.id === id && request.body.unitCode === form.unit.code)).toBe(true);
    expect(JSON.stringify(receiver.received)).not.toContain(form.person.identityNumber);

    const deliveries = await vi.waitFor(
      async () => {
        const list = await call('GET', `/api/v1/webhooks/deliveries?matterId=${encodeURIComponent(id)}`, undefined, clerk);
        expect(list.body.items.map((item: { status: string }) => item.status)).toEqual(['delivered', 'delivered', 'delivered']);
        return list.body;
      },
      { timeout: 10_000, interval: 200 },
    );
    expect(deliveries.total).toBe(3);
    for (const item of deliveries.items as { id: string; type: string; event: string; attempts: number; lastError: string | null }[]) {
      const failedAttempts = outage.filter((request) => request.deliveryId === item.id).length;
      expect(item.attempts).toBe(failedAttempts + 1);
      expect(item.lastError).toBeNull();
      expect(item.type).toBe('matter.status');
      expect(accepted.find((request) => request.deliveryId === item.id)?.body.status).toBe(item.event);
    }
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
    await vi.waitFor(() => expect(receiver.accepted('/competent').map((request) => request.body)).toMatchObject([{ id: submitted.body.id, status: 'reviewing' }]), {
      timeout: 15_000,
      interval: 200,
    });
    expect(receiver.received.filter((request) => request.path === '/competent').every((request) => request.signed)).toBe(true);
    expect((await call('POST', `/api/v1/matters/${submitted.body.id}/withdraw`, { reason: '测试结束' }, clerk)).status).toBe(200);
  });

  it('replays a delivery under the same delivery id', async () => {
    const { body } = await call('GET', '/api/v1/webhooks/deliveries?status=delivered&pageSize=1', undefined, clerk);
    const [delivery] = body.items;
    const before = receiver.received.filter((request) => request.deliveryId === delivery.id && request.answered === 200).length;

    // Another unit's member cannot tell the delivery exists.
    expect((await call('POST', `/api/v1/webhooks/deliveries/${delivery.id}/replay`, undefined, otherClerk)).status).toBe(404);
    const replayed = await call('POST', `/api/v1/webhooks/deliveries/${delivery.id}/replay`, undefined, clerk);
    expect(replayed.status).toBe(202);
    await vi.waitFor(() => expect(receiver.received.filter((request) => request.deliveryId === delivery.id && request.answered === 200)).toHaveLength(before + 1), {
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

  it('never activates an endpoint that does not echo the challenge, until its owner has it verified again', async () => {
    receiver.modes.set('/mute', 'no-echo');
    const created = await call('POST', '/api/v1/webhooks/subscriptions', { organisation: form.unit.code, url: `${receiver.url}/mute` }, clerk);
    expect(created.status).toBe(201);
    const unverified = await waitForState(created.body.id, clerk, 'unverified');
    expect(unverified).toMatchObject({ active: false, lastError: expect.stringContaining('without the challenge echoed') });

    const matter = await call('POST', '/api/v1/matters/hire', hireFormFor({ applicationNo: 'E2E-HOOK-3', identitySuffix: '435' }), clerk);
    expect(matter.status).toBe(202);
    await vi.waitFor(() => expect(receiver.accepted('/unit').map((request) => request.body.id)).toContain(matter.body.id), { timeout: 15_000, interval: 200 });
    expect(receiver.received.filter((request) => request.path === '/mute')).toEqual([]);
    expect((await call('GET', `/api/v1/webhooks/deliveries?subscriptionId=${created.body.id}`, undefined, clerk)).body.total).toBe(0);

    // Another unit's member cannot enable it; an active one needs no enabling.
    expect((await call('POST', `/api/v1/webhooks/subscriptions/${created.body.id}/enable`, undefined, otherClerk)).status).toBe(404);
    receiver.modes.set('/mute', 'accept');
    expect((await call('POST', `/api/v1/webhooks/subscriptions/${created.body.id}/enable`, undefined, clerk)).status).toBe(202);
    await waitForState(created.body.id, clerk, 'active');
    expect((await call('POST', `/api/v1/webhooks/subscriptions/${created.body.id}/enable`, undefined, clerk)).status).toBe(409);

    expect((await call('DELETE', `/api/v1/webhooks/subscriptions/${created.body.id}`, undefined, clerk)).status).toBe(204);
    await waitForState(created.body.id, clerk, 'deactivated');
    await call('POST', `/api/v1/matters/${matter.body.id}/withdraw`, { reason: '测试结束' }, clerk);
  });
});
