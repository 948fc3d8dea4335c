/**
 * 审计 — a matter's timeline, the supervisors' query across matters, and the check of the
 * trail's hash chain. Read-only: the audit trail is appended by the matter projection and by the
 * routes that record what they serve, and no route updates or deletes it (the database refuses
 * both as well, and the chain shows it if someone who can bypass that did).
 */
import rateLimit from '@fastify/rate-limit';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { matterTimeline, searchAudit, type AuditEvent } from '../../db/audit';
import { verifyAuditChain } from '../../db/audit-chain';
import type { Database } from '../../db/client';
import { isValidIdentityNumber } from '../../schemas/identity-number';
import { pageOf, paging } from '../../schemas/paging';
import { callerOf, requireSupervision } from '../auth';
import { errorBody, HttpError } from '../errors';
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

export const toItem = (row: AuditEvent) => ({ ...row, at: row.at.toISOString() });

const matterParams = z.object({ id: z.string().min(1).max(120).describe('事项编号 / matter id') });

const moment = z
  .union([z.iso.datetime({ offset: true }), z.iso.date()])
  .describe('a moment (ISO 8601 with offset) or a day (Asia/Shanghai, the whole day)');

/** What the audit is searched by; the paged list and the CSV export take the same. */
export const auditFilter = z.object({
  matterId: z.string().min(1).max(120).optional(),
  actor: z
    .string()
    .min(1)
    .max(64)
    // A person is searched by the login they acted under: an identity number has no place in a URL, its logs or the trail.
    .refine((value) => !isValidIdentityNumber(value.trim().toUpperCase()), '经办人应为登录名，不能是公民身份号码 / the person is a login, never an identity number')
    .optional()
    .describe('经办人登录名 / the login that acted'),
  action: z.string().min(1).max(64).optional(),
  from: moment.optional().describe('起 (含) / at or after'),
  to: moment.optional().describe('止 (含) / at or before'),
});

const auditQuery = auditFilter.extend(paging.shape);

const chainBreak = z.object({
  kind: z
    .enum(['altered', 'missing', 'relinked', 'unchained', 'anchor-mismatch'])
    .describe('altered: the row no longer matches its hash (edited) · missing: positions gone (deleted) · relinked: the row does not link to the one before · unchained: a row written around the trigger · anchor-mismatch: a daily anchor no longer matches'),
  seq: z.number().int().nullable().describe('链上位置 / position on the chain (for missing: the first position gone)'),
  id: z.number().int().nullable().describe('事件编号 / the event row (for missing: the row after the gap)'),
  count: z.number().int().optional().describe('缺失条数 / for missing: how many positions are gone'),
  message: z.string(),
});

const chainReport = z.object({
  verified: z.boolean().describe('整条链完好 / the whole chain verifies'),
  events: z.number().int().describe('链上事件数 / events on the chain'),
  head: z.object({ seq: z.number().int(), hash: z.string() }).nullable().describe('链头 / the head of the chain'),
  anchorsChecked: z.number().int().describe('核对的每日锚点数 / daily anchors checked'),
  firstBroken: chainBreak.nullable().describe('第一个断点 / the first broken link'),
  breaks: z.array(chainBreak).describe('所有断点（至多 100 个） / every break found, at most 100'),
});

/** Recomputing the chain reads every event: a few per minute per person is plenty. */
const verificationsPerMinute = 6;

export const auditRoutes: FastifyPluginAsyncZod<{ db: Database; access: MatterAccess }> = async (app, { db, access }) => {
  await app.register(rateLimit, { global: false });

  app.get(
    '/api/v1/supervision/audit/verify',
    {
      config: {
        rateLimit: {
          max: verificationsPerMinute,
          timeWindow: '1 minute',
          keyGenerator: (request) => request.principal?.sub ?? request.ip,
          errorResponseBuilder: (_request, context) =>
            new HttpError(429, 'too_many_requests', `核验过于频繁，请 ${Math.ceil(context.ttl / 1000)} 秒后再试 / too many verifications, retry in ${Math.ceil(context.ttl / 1000)} s`),
        },
      },
      schema: {
        tags: ['supervision', 'audit'],
        summary: '核验审计链 / recompute the audit trail’s hash chain and report the first broken link',
        description: `One chain over every event in the order written (administrators and supervisors alike: breaks are named by position and row, never by content). Each event's SHA-256 covers its content and the previous event's hash, so an edited row no longer matches its hash, a deleted one leaves a gap, and a rewritten tail no longer matches the daily anchor. At most ${verificationsPerMinute} per minute per person.`,
        response: { 200: chainReport, 401: errorBody, 403: errorBody, 429: errorBody },
      },
    },
    async (request) => {
      await requireSupervision(db, request);
      const report = await verifyAuditChain(db);
      if (!report.verified) request.log.error({ caller: callerOf(request).sub, firstBroken: report.firstBroken, breaks: report.breaks.length }, 'audit chain broken');
      return report;
    },
  );

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
      return { items: (await matterTimeline(db, id)).map(toItem) };
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
      const regions = await requireSupervision(db, request);
      const { items, total } = await searchAudit(db, regions, request.query);
      return { items: items.map(toItem), total, page: request.query.page, pageSize: request.query.pageSize };
    },
  );
};
