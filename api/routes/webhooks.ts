/**
 * Webhooks for backend teams: subscribe to an organisation's (or every) matter's events, see
 * each endpoint's state and every delivery with its outcome, re-enable an endpoint that was
 * disabled, replay one delivery. A unit's members (its clerks, its service account) manage its
 * own subscriptions; administrators every one, `*` included. The payloads carry no personal data:
 * a receiver learns ids, codes and moments, and reads the rest through the API with its own token.
 */
import { randomBytes } from 'node:crypto';
import rateLimit from '@fastify/rate-limit';
import type { Client } from '@temporalio/client';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isAdmin } from '../../auth/access';
import type { Database } from '../../db/client';
import { pageOf, paging } from '../../schemas/paging';
import { circuitStates, subscriptionStates, webhookEventTypes } from '../../schemas/webhook';
import { checkEndpoint } from '../../webhooks/endpoint';
import { nudgeQueue, wakeQueue } from '../../webhooks/queue';
import type { WebhookSettings } from '../../webhooks/settings';
import {
  changeSubscriptionState,
  createSubscription,
  deliverySubscription,
  listDeliveries,
  listSubscriptions,
  reopenDelivery,
  subscriptionsPerOrganisation,
  type Changed,
  type Manageable,
} from '../../webhooks/store';
import { callerOf, deny } from '../auth';
import { errorBody, HttpError, invalidInput } from '../errors';

/** Subscriptions a caller may create in an hour: enough to set up and fix a few endpoints, too few to flood the queues. */
const subscriptionsPerHour = 10;

const organisation = z
  .string()
  .regex(/^(\*|[0-9A-HJ-NPQRTUWXY]{18})$/, 'a unit or competent department code (统一社会信用代码) or *')
  .describe('单位或主管部门代码，或 * 订阅全部 / the unit (or competent department) whose matters to report, or * for every matter');

const webhookUrl = z
  .url({ protocol: /^https?$/, error: 'an http or https URL' })
  .max(2000)
  .describe('接收地址 / where deliveries are POSTed: https in production; a public host name or address');

const moment = z.iso.datetime().nullable();

const subscription = z.object({
  id: z.uuid(),
  organisation: z.string(),
  url: z.string(),
  state: z.enum(subscriptionStates).describe('pending (待验证) · active · unverified (验证未通过) · disabled (连续失败已停用) · deactivated'),
  active: z.boolean().describe('state = active'),
  circuit: z.enum(circuitStates).describe('closed: deliveries flow; open: the endpoint keeps failing and only a probe is sent'),
  failingSince: moment,
  lastError: z.string().nullable(),
  lastErrorAt: moment,
  lastDeliveredAt: moment,
  verifiedAt: moment,
  disabledAt: moment,
  queued: z.number().int().describe('投递队列长度 / deliveries waiting for this endpoint'),
  createdAt: z.iso.datetime(),
});

const deliveryStatus = z.enum(['pending', 'delivered', 'failed']);

export const delivery = z.object({
  id: z.uuid().describe('投递编号，接收方据此去重 / the delivery id receivers deduplicate by'),
  subscriptionId: z.uuid(),
  matterId: z.string(),
  type: z.enum(webhookEventTypes),
  event: z.string().describe('matter.status: the status taken; sla.card: yellow or red'),
  payload: z.record(z.string(), z.unknown()),
  status: deliveryStatus.describe('pending (queued) · delivered · failed (not delivered and not queued: replay it, or re-enable its subscription)'),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  createdAt: z.iso.datetime(),
  deliveredAt: z.iso.datetime().nullable(),
});

const idParams = z.object({ id: z.uuid() });

const notFound = (what: string, id: string) => new HttpError(404, 'not_found', `未找到 ${what} ${id} / no ${what} ${id}`);

/** The organisations whose subscriptions the caller manages, or `all` for an administrator. */
function manageable(request: FastifyRequest): Manageable {
  const caller = callerOf(request);
  return isAdmin(caller) ? 'all' : caller.memberships.map((m) => m.organisation);
}

export const webhookRoutes: FastifyPluginAsyncZod<{ db: Database; client: Client; settings: WebhookSettings }> = async (app, { db, client, settings }) => {
  // After authentication, so the limit is per caller.
  await app.register(rateLimit, { global: false, hook: 'preHandler' });

  /** A subscription the caller does not manage is as good as missing to it; the attempt is audited. */
  const hidden = (request: FastifyRequest, what: string, id: string) =>
    deny(db, request, { status: 404, reason: `${what} of another organisation`, notFoundMessage: notFound(what, id).message });

  /** The answer to a state change, or the error that says why there was none. */
  const changed = async (request: FastifyRequest, id: string, result: Changed) => {
    if (result.outcome === 'hidden') throw await hidden(request, 'subscription', id);
    if (result.outcome === 'missing') throw notFound('subscription', id);
    if (result.outcome === 'conflict') throw new HttpError(409, 'subscription_state', `订阅处于 ${result.state} 状态 / the subscription is ${result.state}`);
    return result;
  };

  app.post(
    '/api/v1/webhooks/subscriptions',
    {
      config: {
        rateLimit: {
          max: subscriptionsPerHour,
          timeWindow: '1 hour',
          keyGenerator: (request) => `webhook-subscriptions/${request.principal?.sub ?? request.ip}`,
          errorResponseBuilder: (_request, context) =>
            new HttpError(429, 'too_many_requests', `创建订阅过于频繁，请 ${Math.ceil(context.ttl / 1000)} 秒后再试 / too many subscriptions created, retry in ${Math.ceil(context.ttl / 1000)} s`),
        },
      },
      schema: {
        tags: ['webhooks'],
        summary: '订阅事项事件 / subscribe to matter events; the signing secret is shown this once',
        description: [
          'The subscription is `pending` until its endpoint answers a verification request: a signed POST with',
          '`x-yijianshi-event: endpoint.verification` and the body `{"type":"endpoint.verification","subscriptionId":"…","challenge":"…"}`,',
          'which the endpoint answers within 10 s with a 2xx whose body is the challenge (text/plain) or `{"challenge":"…"}` (JSON).',
          'Only then is it `active` and hears of events; an endpoint that answers otherwise is `unverified` (ask again with `…/enable`).',
          `An organisation holds at most ${subscriptionsPerOrganisation} subscriptions that are not deactivated; a caller creates at most ${subscriptionsPerHour} an hour.`,
          'Refused (400 naming `body.url`): in production anything but https, host names that are not fully qualified public names, and any name',
          'or address that is loopback, private, link-local, shared (CGNAT), multicast, reserved or a cloud metadata service.',
        ].join(' '),
        body: z.object({ organisation, url: webhookUrl }),
        response: {
          201: z.object({ id: z.uuid(), organisation: z.string(), url: z.string(), state: z.enum(subscriptionStates), secret: z.string() }),
          400: errorBody,
          401: errorBody,
          403: errorBody,
          409: errorBody,
          429: errorBody,
        },
      },
    },
    async (request, reply) => {
      const scope = manageable(request);
      if (scope !== 'all' && !scope.includes(request.body.organisation)) {
        throw await deny(db, request, { status: 403, reason: `只能订阅本单位的事项 / only ${request.body.organisation}'s members may subscribe to its matters` });
      }
      const checked = await checkEndpoint(request.body.url, settings);
      if (!checked.ok) throw invalidInput([{ field: 'body.url', message: `不能接收推送的地址 / not an endpoint webhooks may reach: ${checked.reason}` }]);
      const secret = randomBytes(32).toString('hex');
      const created = await createSubscription(db, { ...request.body, secret });
      if (created === 'limit') {
        throw new HttpError(
          409,
          'subscription_limit',
          `每个单位最多 ${subscriptionsPerOrganisation} 个订阅，请先停用不用的 / ${request.body.organisation} holds ${subscriptionsPerOrganisation} subscriptions already; deactivate one first`,
        );
      }
      await wakeQueue(client, created);
      return reply.code(201).send({ ...created, secret });
    },
  );

  app.get(
    '/api/v1/webhooks/subscriptions',
    {
      schema: {
        tags: ['webhooks'],
        summary: '订阅及接收地址状态 / subscriptions with their endpoint’s state, circuit and last error, newest first (without their secrets)',
        querystring: z.object({
          organisation: z.string().optional(),
          state: z.enum(subscriptionStates).optional(),
          // Two spellings only, so the document can list them (z.stringbool takes a dozen, in any case).
          active: z.enum(['true', 'false']).transform((value) => value === 'true').optional(),
        }),
        response: { 200: z.object({ items: z.array(subscription) }), 400: errorBody, 401: errorBody },
      },
    },
    async (request) => {
      const rows = await listSubscriptions(db, manageable(request), request.query);
      const iso = (at: Date | null) => at?.toISOString() ?? null;
      return {
        items: rows.map((row) => ({
          ...row,
          active: row.state === 'active',
          failingSince: iso(row.failingSince),
          lastErrorAt: iso(row.lastErrorAt),
          lastDeliveredAt: iso(row.lastDeliveredAt),
          verifiedAt: iso(row.verifiedAt),
          disabledAt: iso(row.disabledAt),
          createdAt: row.createdAt.toISOString(),
        })),
      };
    },
  );

  app.delete(
    '/api/v1/webhooks/subscriptions/:id',
    {
      schema: {
        tags: ['webhooks'],
        summary: '停用订阅 / deactivate a subscription: its queue stops, nothing more is sent',
        params: idParams,
        response: { 204: z.null(), 400: errorBody, 401: errorBody, 404: errorBody },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      // Every state may be deactivated (again), so there is no conflict.
      await changed(request, id, await changeSubscriptionState(db, manageable(request), id, subscriptionStates, 'deactivated'));
      // Its queue, if it waits for work, looks again and ends.
      await nudgeQueue(client, id);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/v1/webhooks/subscriptions/:id/enable',
    {
      schema: {
        tags: ['webhooks'],
        summary: '重新启用 / verify the endpoint again: an unverified or disabled subscription (or a pending one) becomes pending, and active once it answers',
        description:
          'A disabled subscription’s undelivered events (failed deliveries) go back in its queue when it is active again, and arrive in their original order, each once.',
        params: idParams,
        response: { 202: z.object({ id: z.uuid(), state: z.enum(subscriptionStates) }), 400: errorBody, 401: errorBody, 404: errorBody, 409: errorBody },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const result = await changeSubscriptionState(db, manageable(request), id, ['pending', 'unverified', 'disabled'], 'pending');
      const { url } = await changed(request, id, result);
      await wakeQueue(client, { id, url });
      return reply.code(202).send({ id, state: 'pending' as const });
    },
  );

  app.get(
    '/api/v1/webhooks/deliveries',
    {
      schema: {
        tags: ['webhooks'],
        summary: '投递记录 / deliveries with their outcome, newest first',
        querystring: z
          .object({
            status: deliveryStatus.optional(),
            type: z.enum(webhookEventTypes).optional(),
            matterId: z.string().min(1).max(120).optional(),
            subscriptionId: z.uuid().optional(),
          })
          .extend(paging.shape),
        response: {
          200: pageOf(delivery),
          400: errorBody,
          401: errorBody,
        },
      },
    },
    async (request) => {
      const { items: rows, total } = await listDeliveries(db, manageable(request), request.query);
      const items = rows.map((row) => ({
        ...row,
        status: row.status as z.infer<typeof deliveryStatus>,
        payload: { ...row.payload },
        createdAt: row.createdAt.toISOString(),
        deliveredAt: row.deliveredAt?.toISOString() ?? null,
      }));
      return { items, total, page: request.query.page, pageSize: request.query.pageSize };
    },
  );

  app.post(
    '/api/v1/webhooks/deliveries/:id/replay',
    {
      schema: {
        tags: ['webhooks'],
        summary: '重新投递 / send a delivery again, under the same delivery id (a failed one, or a delivered one the receiver lost)',
        description: 'It goes back in its endpoint’s queue at its original place. 409 while it is still queued, or while its subscription is not active.',
        params: idParams,
        response: { 202: z.object({ id: z.uuid(), status: deliveryStatus }), 400: errorBody, 401: errorBody, 404: errorBody, 409: errorBody },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const target = await deliverySubscription(db, id);
      if (!target) throw notFound('delivery', id);
      const scope = manageable(request);
      if (scope !== 'all' && !scope.includes(target.organisation)) throw await hidden(request, 'delivery', id);
      if (target.state !== 'active') {
        throw new HttpError(409, 'subscription_not_active', `订阅处于 ${target.state} 状态，请先重新启用 / the subscription is ${target.state}: enable it first, which sends what it missed`);
      }
      if (!(await reopenDelivery(db, id))) throw new HttpError(409, 'delivery_pending', '该投递已在队列中 / the delivery is queued already');
      await wakeQueue(client, target);
      return reply.code(202).send({ id, status: 'pending' as const });
    },
  );
};
