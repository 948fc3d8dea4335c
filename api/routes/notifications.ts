/**
 * 通知 — the caller's bell: yellow and red cards on steps they answer for, tasks arriving in
 * their organisation's inbox, corrections asked of their unit; each read by each person apart.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { taskScopes } from '../../auth/access';
import type { Database } from '../../db/client';
import { listNotifications, markAllNotificationsRead, markNotificationRead, type NotificationReader } from '../../db/notifications';
import { notificationPage } from '../../schemas/notification';
import { paging } from '../../schemas/paging';
import type { Principal } from '../../schemas/principal';
import { callerOf, deny } from '../auth';
import { errorBody } from '../errors';

const listQuery = paging.extend({
  unread: z.enum(['true', 'false']).optional().describe('true: 只列未读 / unread ones only'),
});

const notificationParams = z.object({ id: z.uuid('通知编号无效 / not a notification id').describe('通知编号 / notification id') });

/** A person reads what is addressed to their login or to a role they hold in an organisation. */
const readerOf = (caller: Principal): NotificationReader => ({ login: caller.sub, scopes: taskScopes(caller) });

export const notificationRoutes: FastifyPluginAsyncZod<{ db: Database }> = async (app, { db }) => {
  app.get(
    '/api/v1/notifications',
    {
      schema: {
        tags: ['notifications'],
        summary: '我的通知 / the caller’s notifications, newest first, with the unread count',
        querystring: listQuery,
        response: { 200: notificationPage, 400: errorBody, 401: errorBody },
      },
    },
    async (request) => {
      const { page, pageSize, unread } = request.query;
      const listed = await listNotifications(db, readerOf(callerOf(request)), { page, pageSize, unread: unread === 'true' });
      return { ...listed, page, pageSize };
    },
  );

  app.post(
    '/api/v1/notifications/:id/read',
    {
      schema: {
        tags: ['notifications'],
        summary: '标为已读 / mark one notification read, for the caller only',
        params: notificationParams,
        response: { 204: z.null(), 400: errorBody, 401: errorBody, 404: errorBody },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      if (!(await markNotificationRead(db, readerOf(callerOf(request)), id))) {
        throw await deny(db, request, { status: 404, reason: 'notification of another person or organisation', notFoundMessage: `没有该通知 / no notification ${id}` });
      }
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/v1/notifications/read-all',
    {
      schema: {
        tags: ['notifications'],
        summary: '全部标为已读 / mark every notification of the caller read',
        response: { 200: z.object({ marked: z.number().int().describe('本次标为已读的条数 / how many were unread') }), 401: errorBody },
      },
    },
    async (request) => ({ marked: await markAllNotificationsRead(db, readerOf(callerOf(request))) }),
  );
};
