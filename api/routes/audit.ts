/**
 * 审计 — a matter's timeline and the supervisors' query across matters. Read-only: the audit
 * trail is appended by the matter projection and by the routes that record what they serve,
 * and no route updates or deletes it (the database refuses both as well).
 */
import { and, asc, count, desc, eq, gte, inArray, lte, lt, type SQL } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../db/client';
import { auditEvents, matters } from '../../db/schema';
import { offsetOf, pageOf, paging } from '../paging';
import { requireSupervision } from '../auth';
import { errorBody } from '../errors';
import type { MatterAccess } from '../matter-access';

export const auditEvent = z.object({
  id: z.number().int(),
  matterId: z.string().nullable(),
  at: z.iso.datetime().describe('发生时间 / when it happened'),
  actor: z.string().describe('经办人或系统 / who: the account, `unit`, a department office, or `system`'),
  organisation: z.string().nullable(),
  role: z.string().nullable(),
  action: z
    .string()
    .describe(
      'submitted · decided · countersign-requested · returned-for-correction · corrected · department-registered · department-refused · department-revoked · sla-card · completed · rejected · withdrawn · certificate-downloaded · message-refused · access-denied',
    ),
  step: z.string().nullable().describe('审核环节、部门或时限环节 / the review step, department or step the card was shown at'),
  outcome: z.string().nullable().describe('approved / rejected for a decision, yellow / red for a card, the status for a department or the closure'),
  details: z.record(z.string(), z.unknown()),
});

const columns = {
  id: auditEvents.id,
  matterId: auditEvents.matterId,
  at: auditEvents.at,
  actor: auditEvents.actor,
  organisation: auditEvents.organisation,
  role: auditEvents.role,
  action: auditEvents.action,
  step: auditEvents.step,
  outcome: auditEvents.outcome,
  details: auditEvents.details,
};
const toItem = (row: { at: Date } & Omit<z.infer<typeof auditEvent>, 'at'>) => ({ ...row, at: row.at.toISOString() });

const matterParams = z.object({ id: z.string().min(1).max(120).describe('事项编号 / matter id') });

const moment = z
  .union([z.iso.datetime({ offset: true }), z.iso.date()])
  .describe('a moment (ISO 8601 with offset) or a day (Asia/Shanghai, the whole day)');

const auditQuery = z.object({
  matterId: z.string().min(1).max(120).optional(),
  actor: z.string().min(1).max(64).optional(),
  action: z.string().min(1).max(64).optional(),
  from: moment.optional().describe('起 (含) / at or after'),
  to: moment.optional().describe('止 (含) / at or before'),
}).extend(paging.shape);

const isDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);
const dayStart = (day: string) => new Date(`${day}T00:00:00+08:00`);

export const auditRoutes: FastifyPluginAsyncZod<{ db: Database; access: MatterAccess }> = async (app, { db, access }) => {
  app.get(
    '/api/v1/matters/:id/timeline',
    {
      schema: {
        tags: ['audit'],
        summary: '办理记录 / the audit trail of a matter, oldest first',
        params: matterParams,
        response: { 200: z.object({ items: z.array(auditEvent) }), 401: errorBody, 404: errorBody },
      },
    },
    async (request) => {
      const { id } = await access.recorded(request, request.params.id);
      const rows = await db.select(columns).from(auditEvents).where(eq(auditEvents.matterId, id)).orderBy(asc(auditEvents.at), asc(auditEvents.id));
      return { items: rows.map(toItem) };
    },
  );

  app.get(
    '/api/v1/supervision/audit',
    {
      schema: {
        tags: ['supervision', 'audit'],
        summary: '审计查询 / audit events across matters, newest first',
        description: "Supervisors see the events of their region's matters; administrators every event, those of no matter (denials, calendar) included.",
        querystring: auditQuery,
        response: {
          200: pageOf(auditEvent),
          400: errorBody,
          401: errorBody,
          403: errorBody,
        },
      },
    },
    async (request) => {
      const { matterId, actor, action, from, to, page, pageSize } = request.query;
      const regions = await requireSupervision(db, request);
      const conditions: SQL[] = [];
      if (regions !== 'all') conditions.push(inArray(auditEvents.matterId, db.select({ id: matters.id }).from(matters).where(inArray(matters.region, regions))));
      if (matterId) conditions.push(eq(auditEvents.matterId, matterId));
      if (actor) conditions.push(eq(auditEvents.actor, actor));
      if (action) conditions.push(eq(auditEvents.action, action));
      if (from) conditions.push(gte(auditEvents.at, isDay(from) ? dayStart(from) : new Date(from)));
      if (to) conditions.push(isDay(to) ? lt(auditEvents.at, new Date(dayStart(to).getTime() + 86_400_000)) : lte(auditEvents.at, new Date(to)));
      const where = and(...conditions);
      const [rows, [totals]] = await Promise.all([
        db
          .select(columns)
          .from(auditEvents)
          .where(where)
          .orderBy(desc(auditEvents.at), desc(auditEvents.id))
          .limit(pageSize)
          .offset(offsetOf({ page, pageSize })),
        db.select({ total: count() }).from(auditEvents).where(where),
      ]);
      return { items: rows.map(toItem), total: totals?.total ?? 0, page, pageSize };
    },
  );
};
