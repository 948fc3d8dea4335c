/**
 * 业务监测看板: the figures of the supervisors' dashboard in one answer — open matters by stage,
 * on-time rates by kind, step and month, and the cards shown — for the caller's regions (every
 * region for an administrator), over a period and optionally one kind of matter.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../db/client';
import { dashboard } from '../../db/dashboard';
import { isoDate } from '../../schemas/dates';
import { matterKind } from '../../schemas/matter';
import { requireSupervision } from '../auth';
import { errorBody } from '../errors';

const longestPeriodDays = 731;
const dayMs = 86_400_000;

const dashboardQuery = z
  .object({
    from: isoDate.describe('起 (含)，上海时间的日期 / first day, Asia/Shanghai'),
    to: isoDate.describe('止 (含) / last day'),
    kind: matterKind.optional(),
  })
  .superRefine(({ from, to }, context) => {
    const days = (Date.parse(to) - Date.parse(from)) / dayMs;
    if (days < 0) context.addIssue({ code: 'custom', path: ['to'], message: '结束日期不能早于开始日期 / the last day comes before the first' });
    else if (days >= longestPeriodDays) context.addIssue({ code: 'custom', path: ['to'], message: '统计期间至多两年 / at most two years at a time' });
  });

const rate = z.object({
  closed: z.number().int().describe('期间内办结的事项或办结的环节 / matters completed, or steps decided, in the period'),
  onTime: z.number().int(),
  late: z.number().int(),
  onTimeRate: z.number().nullable().describe('按时率，无办结时为空 / on-time share; null when nothing closed'),
});
const cards = z.object({ yellow: z.number().int(), red: z.number().int() });

export const dashboardBody = z.object({
  period: z.object({ from: z.iso.date(), to: z.iso.date() }),
  kind: matterKind.nullable(),
  openByStage: z
    .array(z.object({ stage: z.string(), open: z.number().int(), warned: z.number().int(), overdue: z.number().int() }))
    .describe('当前在办事项按环节 / open matters now, by the stage they are in (not limited to the period)'),
  onTimeByKind: z.array(rate.extend({ kind: z.string() })).describe('按事项的按时办结率：期间内办结的事项，未出现事项红牌即为按时 / matters completed in the period, on time unless their matter-level red card was shown'),
  onTimeByStep: z.array(rate.extend({ step: z.string() })).describe('按环节的按时率：期间内办结的审核环节，在环节时限前办结即为按时 / review steps decided in the period, on time when decided by their deadline'),
  onTimeByMonth: z.array(rate.extend({ month: z.string().describe('YYYY-MM') })).describe('按月的按时办结率（办结月份）/ by the month of completion'),
  cardsByStep: z.array(cards.extend({ step: z.string() })).describe('期间内亮出的黄牌、红牌，按环节 / cards shown in the period, by the step they were shown at'),
  cardsByMonth: z.array(cards.extend({ month: z.string() })).describe('按月 / by month'),
});

export const dashboardRoutes: FastifyPluginAsyncZod<{ db: Database }> = async (app, { db }) => {
  app.get(
    '/api/v1/supervision/dashboard',
    {
      schema: {
        tags: ['supervision'],
        summary: '业务监测看板 / the supervisors’ dashboard: open matters by stage, on-time rates by kind, step and month, cards',
        description: "A supervisor's own regions (a prefecture's with its counties); every region for an administrator. Days are Asia/Shanghai's.",
        querystring: dashboardQuery,
        response: { 200: dashboardBody, 400: errorBody, 401: errorBody, 403: errorBody },
      },
    },
    async (request) => {
      const regions = await requireSupervision(db, request);
      const { from, to, kind } = request.query;
      return { period: { from, to }, kind: kind ?? null, ...(await dashboard(db, regions, request.query)) };
    },
  );
};
