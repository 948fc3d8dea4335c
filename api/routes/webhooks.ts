/**
 * Webhooks for backend teams: subscribe an organisation's (or every) matter's status changes,
 * see every delivery with its outcome, replay one that failed. A unit's members (its clerks,
 * its service account) manage its own subscriptions; administrators every one, `*` included.
 * The payloads carry no personal data: a receiver learns ids and statuses, and reads the rest
 * through the API with its own token.
 */
import { randomBytes } from 'node:crypto';
import type { Client } from '@temporalio/client';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isAdmin } from '../../auth/access';
import type { Database } from '../../db/client';
import { matterStatus } from '../../schemas/matter';
import { pageOf, paging } from '../../schemas/paging';
import { hostOf, startDelivery } from '../../webhooks/start';
import { createSubscription, deactivateSubscription, deliveryOwner, listDeliveries, listSubscriptions, reopenDelivery, type Manageable } from '../../webhooks/store';
import { callerOf, deny } from '../auth';
import { errorBody, HttpError } from '../errors';

const organisation = z
  .string()
  .regex(/^(\*|[0-9A-HJ-NPQRTUWXY]{18})$/, 'a unit or competent department code (统一社会信用代码) or *')
  .describe('单位或主管部门代码，或 * 订阅全部 / the unit (or competent department) whose matters to report, or * for every matter');

const webhookUrl = z
  .url({ protocol: /^https?$/, error: 'an http or https URL' })
  .max(2000)
  .describe('接收地址 / where deliveries are POSTed (http or https)');

const subscription = z.object({
  id: z.uuid(),
  organisation: z.string(),
  url: z.string(),
  active: z.boolean(),
  createdAt: z.iso.datetime(),
});

const deliveryStatus = z.enum(['pending', 'delivered', 'failed']);

const delivery = z.object({
  id: z.uuid().describe('投递编号，接收方据此去重 / the delivery id receivers deduplicate by'),
  subscriptionId: z.uuid(),
  matterId: z.string(),
  event: matterStatus,
  payload: z.record(z.string(), z.unknown()),
  status: deliveryStatus,
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

export const webhookRoutes: FastifyPluginAsyncZod<{ db: Database; client: Client }> = async (app, { db, client }) => {
  /** A subscription the caller does not manage is as good as missing to it; the attempt is audited. */
  const hidden = (request: FastifyRequest, what: string, id: string) =>
    deny(db, request, { status: 404, reason: `${what} of another organisation`, notFoundMessage: notFound(what, id).message });

  app.post(
    '/api/v1/webhooks/subscriptions',
    {
      schema: {
        tags: ['webhooks'],
        summary: '订阅状态变更 / subscribe to status changes; the signing secret is shown this once',
        body: z.object({ organisation, url: webhookUrl }),
        response: { 201: z.object({ id: z.uuid(), organisation: z.string(), url: z.string(), secret: z.string() }), 400: errorBody, 401: errorBody, 403: errorBody },
      },
    },
    async (request, reply) => {
      const scope = manageable(request);
      if (scope !== 'all' && !scope.includes(request.body.organisation)) {
        throw await deny(db, request, { status: 403, reason: `只能订阅本单位的事项 / only ${request.body.organisation}'s members may subscribe to its matters` });
      }
      const secret = randomBytes(32).toString('hex');
      const created = await createSubscription(db, { ...request.body, secret });
      return reply.code(201).send({ ...created, secret });
    },
  );

  app.get(
    '/api/v1/webhooks/subscriptions',
    {
      schema: {
        tags: ['webhooks'],
        summary: '订阅列表 / subscriptions, newest first (without their secrets)',
        querystring: z.object({
          organisation: z.string().optional(),
          // Two spellings only, so the document can list them (z.stringbool takes a dozen, in any case).
          active: z.enum(['true', 'false']).transform((value) => value === 'true').optional(),
        }),
        response: { 200: z.object({ items: z.array(subscription) }), 400: errorBody, 401: errorBody },
      },
    },
    async (request) => {
      const rows = await listSubscriptions(db, manageable(request), request.query);
      return { items: rows.map((row) => ({ ...row, createdAt: row.createdAt.toISOString() })) };
    },
  );

  app.delete(
    '/api/v1/webhooks/subscriptions/:id',
    {
      schema: {
        tags: ['webhooks'],
        summary: '停用订阅 / deactivate a subscription; deliveries already queued still go out',
        params: idParams,
        response: { 204: z.null(), 400: errorBody, 401: errorBody, 404: errorBody },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const outcome = await deactivateSubscription(db, manageable(request), id);
      if (outcome === 'hidden') throw await hidden(request, 'subscription', id);
      if (outcome === 'missing') throw notFound('subscription', id);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/v1/webhooks/deliveries',
    {
      schema: {
        tags: ['webhooks'],
        summary: '投递记录 / deliveries with their outcome, newest first',
        querystring: z.object({
          status: deliveryStatus.optional(),
          matterId: z.string().min(1).max(120).optional(),
          subscriptionId: z.uuid().optional(),
        }).extend(paging.shape),
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
        event: row.event as z.infer<typeof matterStatus>,
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
        summary: '重新投递 / send a delivery again (a failed one, or a delivered one the receiver lost)',
        params: idParams,
        response: { 202: z.object({ id: z.uuid(), status: deliveryStatus }), 400: errorBody, 401: errorBody, 404: errorBody, 409: errorBody },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const owner = await deliveryOwner(db, id);
      if (!owner) throw notFound('delivery', id);
      const scope = manageable(request);
      if (scope !== 'all' && !scope.includes(owner)) throw await hidden(request, 'delivery', id);
      const reopened = await reopenDelivery(db, id);
      if (!reopened) throw new HttpError(409, 'delivery_pending', '该投递正在进行中 / the delivery is pending or being retried already');
      await startDelivery(client, { deliveryId: id, event: reopened.event, host: hostOf(reopened.url) }, Date.now());
      return reply.code(202).send({ id, status: 'pending' as const });
    },
  );
};
