/**
 * Subscribing in production mode, over HTTP on a real PostgreSQL: endpoints that would reach
 * our own machine, the networks behind it or a metadata service are refused with a 400 naming
 * `body.url` — literal addresses in any spelling and names that resolve to them (the resolver is
 * the test's, so no DNS is asked) — as is plain http; an organisation holds at most five live
 * subscriptions; creating them is rate-limited per caller; `/metrics` shows endpoints by state and
 * circuit, and each one's queue depth.
 */
import type { Client } from '@temporalio/client';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApi } from '../../api/server';
import { createLogger } from '../../config/logger';
import { webhookSubscriptions } from '../../db/schema';
import { unitCode } from '../../samples/forms';
import { bearer, memberToken, testAuth, tokenFor, unitClerkToken } from '../support/auth';
import { freshDatabase, testVault, type TestDatabase } from '../support/harness';
import { fakeResolver, loopbackOnly, testWebhookSettings } from '../support/webhooks';

let db: TestDatabase;
let api: FastifyInstance;
/** Queues the API woke (it only signals; these tests have no Temporal). */
const woken: string[] = [];
const client = {
  options: { namespace: 'default' },
  workflow: {
    signalWithStart: async (_workflow: string, options: { workflowId: string }) => void woken.push(options.workflowId),
    getHandle: () => ({ signal: async () => {} }),
  },
} as unknown as Client;

const production = testWebhookSettings({
  requireHttps: true,
  allowedHosts: [],
  resolve: fakeResolver({ 'loopback.example.org': ['127.0.0.1'], 'inside.example.org': ['10.1.2.3', '93.184.215.14'], 'hooks.example.org': ['93.184.215.14'] }),
  transport: loopbackOnly(),
});

beforeAll(async () => {
  db = await freshDatabase();
  api = await buildApi({ client, database: db, logger: createLogger('silent'), auth: testAuth, vault: testVault, webhooks: production });
});

afterAll(async () => {
  await api?.close();
  await db?.drop();
});

const unit = (serial: string) => unitCode(`12640300MB0007${serial.padStart(3, '0')}`);
const subscribe = async (organisation: string, url: string, token: string) =>
  api.inject({ method: 'POST', url: '/api/v1/webhooks/subscriptions', headers: bearer(token), payload: { organisation, url } });

describe('subscribing in production mode', () => {
  it.each([
    'https://127.0.0.1/hook',
    'https://10.0.0.1/hook',
    'https://169.254.169.254/latest/meta-data/',
    'https://[::1]/hook',
    'https://[::ffff:169.254.169.254]/hook',
    'https://loopback.example.org/hook',
    'https://inside.example.org/hook',
    'https://nowhere.example.org/hook',
    'https://localhost/hook',
    `https://${'a'.repeat(1900)}.org/hook`,
    'http://hooks.example.org/hook',
  ])('refuses %s with a 400 naming body.url', async (url) => {
    // An administrator of its own per case: creation is rate-limited per caller.
    const admin = await memberToken('admin', 'platform', 'platform', '640000', `admin-${url.length}-${url.slice(8, 20)}`);
    const refused = await subscribe('*', url, admin);
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({ error: 'invalid_input', problems: [{ field: 'body.url', message: expect.any(String) }] });
  });

  it('created none of them', async () => {
    expect(await db.db.select().from(webhookSubscriptions)).toEqual([]);
  });

  it('takes a public https endpoint as pending and wakes its queue to verify it', async () => {
    const created = await subscribe(unit('1'), 'https://hooks.example.org/yijianshi', await unitClerkToken(unit('1')));
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ state: 'pending', secret: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(woken).toContain(`webhook-queue-${created.json().id}`);
  });

  it('holds an organisation to five live subscriptions', async () => {
    const clerk = await unitClerkToken(unit('2'));
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const created = await subscribe(unit('2'), `https://hooks.example.org/${i}`, clerk);
      expect(created.statusCode).toBe(201);
      ids.push(created.json().id);
    }
    const sixth = await subscribe(unit('2'), 'https://hooks.example.org/6', clerk);
    expect(sixth.statusCode).toBe(409);
    expect(sixth.json().error).toBe('subscription_limit');

    expect((await api.inject({ method: 'DELETE', url: `/api/v1/webhooks/subscriptions/${ids[0]}`, headers: bearer(clerk) })).statusCode).toBe(204);
    expect((await subscribe(unit('2'), 'https://hooks.example.org/6', clerk)).statusCode).toBe(201);
  });

  it('limits how many subscriptions one caller creates in an hour, refused attempts included', async () => {
    const clerk = await unitClerkToken(unit('3'));
    for (let i = 0; i < 10; i++) expect((await subscribe(unit('3'), 'https://10.0.0.1/hook', clerk)).statusCode).toBe(400);
    const limited = await subscribe(unit('3'), 'https://hooks.example.org/hook', clerk);
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error).toBe('too_many_requests');
    // Another caller is not held back by it.
    expect((await subscribe(unit('4'), 'https://hooks.example.org/hook', await unitClerkToken(unit('4')))).statusCode).toBe(201);
  });

  it('lists endpoints with their state for the administrator, and shows them on /metrics', async () => {
    const listed = await api.inject({ url: '/api/v1/webhooks/subscriptions?state=pending', headers: bearer(await tokenFor('admin')) });
    expect(listed.statusCode).toBe(200);
    expect(listed.json().items).toHaveLength(7);
    expect(listed.json().items[0]).toMatchObject({ state: 'pending', active: false, circuit: 'closed', lastError: null, queued: 0 });

    const metrics = (await api.inject({ url: '/metrics' })).body;
    expect(metrics).toContain('yijianshi_webhook_endpoints{state="pending",circuit="closed"} 7');
    expect(metrics).not.toContain('state="deactivated"');
    expect(metrics).toMatch(/yijianshi_webhook_queue_depth\{subscription="[0-9a-f-]{36}"\} 0/);
    expect(metrics).toContain('yijianshi_webhook_deliveries_total{outcome="refused"}');
  });
});
