/**
 * Endpoint queues in virtual time (time-skipping server), with a scripted receiver behind the
 * loopback guard — nothing here opens a socket. A subscription is active only once its endpoint
 * echoed the challenge; an active one receives its events in order, each once; a hire's cards
 * reach its unit's subscriber as `sla.card`; a dead endpoint is tried a few times, then probed at
 * growing intervals on one delivery while the rest wait, and disabled after 24 h with its owners
 * and the administrators told; re-enabled, it receives what it missed, in order, once each. The
 * old one-workflow-per-delivery design still finishes its executions, through the same checks.
 */
import { and, asc, eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { auditEvents, webhookDeliveries, webhookNotices, webhookSubscriptions } from '../../db/schema';
import { hireFormFor } from '../../samples/forms';
import type { MatterState } from '../../schemas/matter';
import { webhookQueueId, type SubscriptionState } from '../../schemas/webhook';
import { taskQueues } from '../../temporal.config';
import { enqueueWebhooks } from '../../webhooks/enqueue';
import { wakeQueue } from '../../webhooks/queue';
import { changeSubscriptionState, createSubscription } from '../../webhooks/store';
import type { Transport } from '../../webhooks/transport';
import { workflowSuite } from '../support/harness';
import { withdrawAs } from '../support/matters';
import { loopbackOnly } from '../support/webhooks';

type Mode = 'accept' | 'fail' | 'no-echo';

/** How the receiver at each path answers, and what it received (deliveries only). */
const modes = new Map<string, Mode>();
const received: { path: string; type: string; deliveryId: string; body: Record<string, any> }[] = [];

const scripted: Transport = async ({ endpoint, headers, body }) => {
  const path = endpoint.url.pathname;
  const mode = modes.get(path) ?? 'accept';
  const parsed = JSON.parse(body);
  if (headers['x-yijianshi-event'] === 'endpoint.verification') {
    return { status: 200, body: mode === 'no-echo' ? 'hello' : parsed.challenge };
  }
  received.push({ path, type: headers['x-yijianshi-event']!, deliveryId: headers['x-yijianshi-delivery']!, body: parsed });
  return { status: mode === 'fail' ? 503 : 200, body: '' };
};

const suite = workflowSuite({
  // The matter's projection and the queues wake each other; a small cache keeps those tasks quick.
  worker: { maxCachedWorkflows: 20 },
  webhooks: { transport: loopbackOnly(scripted) },
});

const receiverAt = (path: string) => `http://127.0.0.1:9${path}`;

async function subscribe(organisation: string, path: string): Promise<string> {
  const created = await createSubscription(suite.db.db, { organisation, url: receiverAt(path), secret: 'test-secret' });
  if (created === 'limit') throw new Error('limit');
  await wakeQueue(suite.env.client, created);
  return created.id;
}

async function stateOf(id: string): Promise<typeof webhookSubscriptions.$inferSelect> {
  const [row] = await suite.db.db.select().from(webhookSubscriptions).where(eq(webhookSubscriptions.id, id));
  return row!;
}

const until = { timeout: 30_000, interval: 100 };

async function waitForState(id: string, state: SubscriptionState): Promise<void> {
  await vi.waitFor(async () => expect((await stateOf(id)).state).toBe(state), until);
}

/** A status of a made-up matter of `organisation`, as the projection would report it. */
function statusOf(organisation: string, matter: string, status: string, formVersion = 1): MatterState {
  const at = new Date().toISOString();
  return { id: matter, kind: 'hire', unitCode: organisation, status, stage: status, formVersion, parties: [organisation], updatedAt: at, completedAt: null } as unknown as MatterState;
}

function deliveriesOf(subscriptionId: string) {
  return suite.db.db.select().from(webhookDeliveries).where(eq(webhookDeliveries.subscriptionId, subscriptionId)).orderBy(asc(webhookDeliveries.seq));
}

describe('an endpoint queue', () => {
  it('activates a subscription only once its endpoint echoed the challenge, then delivers in order, once each', async () => {
    const id = await subscribe('ORG-ORDER', '/order');
    await waitForState(id, 'active');
    const statuses = ['reviewing', 'countersigning', 'handling', 'completed'];
    for (const status of statuses) await enqueueWebhooks(suite.db.db, suite.env.client, statusOf('ORG-ORDER', 'M-ORDER', status));
    // The same status again (a retried projection) adds nothing.
    await enqueueWebhooks(suite.db.db, suite.env.client, statusOf('ORG-ORDER', 'M-ORDER', 'completed'));

    await vi.waitFor(() => expect(received.filter((r) => r.path === '/order')).toHaveLength(4), until);
    const got = received.filter((r) => r.path === '/order');
    expect(got.map((r) => r.body.status)).toEqual(statuses);
    expect(got.every((r) => r.type === 'matter.status' && r.body.type === 'matter.status')).toBe(true);
    // The queue records a delivery once the endpoint has answered it: the last one may be heard but not yet recorded.
    await vi.waitFor(async () => expect((await deliveriesOf(id)).map((d) => [d.id, d.status])).toEqual(got.map((r) => [r.deliveryId, 'delivered'])), until);
    expect((await suite.env.client.workflow.getHandle(webhookQueueId(id)).describe()).status.name).toBe('RUNNING');
  });

  it('leaves an endpoint that does not echo the challenge unverified, hearing nothing, until its owner has it verified again', async () => {
    modes.set('/silent', 'no-echo');
    const id = await subscribe('ORG-SILENT', '/silent');
    await waitForState(id, 'unverified');
    expect((await stateOf(id)).lastError).toContain('without the challenge echoed');
    // The queue records the state, then ends: wait for the end rather than catch it in between (its result
    // is not awaited, as that would let the test server skip time for the tests after this one).
    const queue = suite.env.client.workflow.getHandle(webhookQueueId(id));
    await vi.waitFor(async () => expect((await queue.describe()).status.name).toBe('COMPLETED'), until);
    await enqueueWebhooks(suite.db.db, suite.env.client, statusOf('ORG-SILENT', 'M-SILENT', 'reviewing'));
    expect(await deliveriesOf(id)).toEqual([]);
    expect((await queue.describe()).status.name).toBe('COMPLETED');

    modes.set('/silent', 'accept');
    const again = await changeSubscriptionState(suite.db.db, 'all', id, ['unverified'], 'pending');
    expect(again.outcome).toBe('changed');
    await wakeQueue(suite.env.client, { id, url: receiverAt('/silent') });
    await waitForState(id, 'active');
  });

  it("sends a hire's yellow and red cards to its unit's subscriber as sla.card, with codes and moments only", async () => {
    const form = hireFormFor({ applicationNo: 'T-HOOK-CARD', unitSerial: '61', identitySuffix: '611' });
    const id = await subscribe(form.unit.code, '/cards');
    await waitForState(id, 'active');
    const handle = await suite.env.client.workflow.start('hire', { workflowId: `${form.unit.code}-${form.applicationNo}`, taskQueue: taskQueues.matters, args: [{ form }] });
    // Past the competent step's budget and the matter's two working days.
    await suite.env.sleep('5 days');
    const cards = await vi.waitFor(() => {
      const found = received.filter((r) => r.path === '/cards' && r.type === 'sla.card');
      expect(found.map((r) => `${r.body.scope}/${r.body.card}`).sort()).toEqual(['matter/red', 'matter/yellow', 'step/red', 'step/yellow']);
      return found;
    }, until);
    for (const card of cards) {
      expect(Object.keys(card.body).sort()).toEqual(['at', 'card', 'due', 'id', 'kind', 'scope', 'step', 'type', 'unitCode']);
      expect(card.body).toMatchObject({ type: 'sla.card', id: handle.workflowId, kind: 'hire', unitCode: form.unit.code, step: expect.any(String) });
    }
    expect(JSON.stringify(received)).not.toContain(form.person.identityNumber);
    expect(received.find((r) => r.path === '/cards' && r.type === 'matter.status')?.body.status).toBe('reviewing');
    await withdrawAs(handle);
  });

  it('opens the circuit of a dead endpoint, probes one delivery at growing intervals, disables it after 24 h and delivers its backlog in order once re-enabled', async () => {
    const id = await subscribe('ORG-DEAD', '/dead');
    await waitForState(id, 'active');
    modes.set('/dead', 'fail');
    for (const status of ['reviewing', 'handling', 'completed']) await enqueueWebhooks(suite.db.db, suite.env.client, statusOf('ORG-DEAD', 'M-DEAD', status));

    await suite.env.sleep('1 hour');
    const open = await stateOf(id);
    expect(open).toMatchObject({ state: 'active', circuit: 'open', lastError: 'HTTP 503' });
    expect(open.failingSince).not.toBeNull();
    // One delivery carries every attempt; the ones behind it wait their turn.
    const [head, ...behind] = await deliveriesOf(id);
    expect(head!.attempts).toBeGreaterThanOrEqual(5 + 4);
    expect(behind.map((d) => d.attempts)).toEqual([0, 0]);

    await suite.env.sleep('22 hours');
    expect((await stateOf(id)).state).toBe('active');
    await suite.env.sleep('2 hours');
    await waitForState(id, 'disabled');

    const attempts = (await deliveriesOf(id))[0]!.attempts;
    // 5 quick tries, probes after 1, 2, 4 … 32 minutes, then hourly until the 24th hour: some 35, not thousands.
    expect(attempts).toBeGreaterThan(25);
    expect(attempts).toBeLessThan(45);
    expect((await deliveriesOf(id)).map((d) => d.status)).toEqual(['failed', 'failed', 'failed']);
    const notices = await suite.db.db.select().from(webhookNotices).where(eq(webhookNotices.subscriptionId, id));
    expect(notices.map((n) => [n.audience, n.organisation, n.kind]).sort()).toEqual([
      ['administrators', 'platform', 'subscription-disabled'],
      ['owners', 'ORG-DEAD', 'subscription-disabled'],
    ]);
    expect(notices[0]!.details).toMatchObject({ host: '127.0.0.1:9', lastError: 'HTTP 503', undelivered: 3 });
    const audit = await suite.db.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'webhook-subscription-disabled'), eq(auditEvents.organisation, 'ORG-DEAD')));
    expect(audit).toHaveLength(1);

    // Disabled, it hears of nothing new.
    await enqueueWebhooks(suite.db.db, suite.env.client, statusOf('ORG-DEAD', 'M-DEAD-2', 'reviewing'));
    expect(await deliveriesOf(id)).toHaveLength(3);

    const before = received.filter((r) => r.path === '/dead').length;
    modes.set('/dead', 'accept');
    expect((await changeSubscriptionState(suite.db.db, ['ORG-DEAD'], id, ['disabled'], 'pending')).outcome).toBe('changed');
    await wakeQueue(suite.env.client, { id, url: receiverAt('/dead') });
    await waitForState(id, 'active');
    await vi.waitFor(async () => expect((await deliveriesOf(id)).map((d) => d.status)).toEqual(['delivered', 'delivered', 'delivered']), until);

    const backlog = received.filter((r) => r.path === '/dead').slice(before);
    const rows = await deliveriesOf(id);
    expect(backlog.map((r) => r.deliveryId)).toEqual(rows.map((d) => d.id));
    expect(backlog.map((r) => r.body.status)).toEqual(['reviewing', 'handling', 'completed']);
    expect(await stateOf(id)).toMatchObject({ circuit: 'closed', failingSince: null });
  });

  it("lets the old per-delivery workflow finish its executions, through the same address checks", async () => {
    const [subscription] = await suite.db.db.insert(webhookSubscriptions).values({ organisation: 'ORG-LEGACY', url: 'http://10.0.0.1/hook', secret: 's', state: 'active' }).returning();
    const [delivery] = await suite.db.db
      .insert(webhookDeliveries)
      .values({ subscriptionId: subscription!.id, matterId: 'M-LEGACY', eventKey: 'M-LEGACY/reviewing/v1', type: 'matter.status', event: 'reviewing', payload: statusOfPayload(), legacyWorkflow: true })
      .returning();
    const outcome = await suite.env.client.workflow.execute('webhookDelivery', {
      workflowId: `webhook-${delivery!.id}`,
      taskQueue: taskQueues.matters,
      args: [{ deliveryId: delivery!.id, event: 'reviewing', host: '10.0.0.1' }],
    });
    expect(outcome).toBe('failed');
    const [row] = await suite.db.db.select().from(webhookDeliveries).where(eq(webhookDeliveries.id, delivery!.id));
    expect(row).toMatchObject({ status: 'failed' });
    expect(row!.lastError).toContain('10.0.0.1 is a private address');
  });
});

function statusOfPayload() {
  return { type: 'matter.status' as const, id: 'M-LEGACY', kind: 'hire', unitCode: 'ORG-LEGACY', status: 'reviewing', stage: 'competent', at: new Date().toISOString() };
}
