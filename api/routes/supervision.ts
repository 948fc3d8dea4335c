/**
 * 业务监测: what supervisors watch — matters running late (or that cannot be scheduled
 * because a year's holidays are not loaded), and how often each kind of matter, region and
 * step keeps its time limit.
 */
import { and, asc, count, eq, gte, inArray, lt, notInArray, sql, type SQL } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../db/client';
import { matters, slaCards } from '../../db/schema';
import { regionCode } from '../../schemas/domain';
import { matterKind, sla, terminalStatuses } from '../../schemas/matter';
import { offsetOf, pageOf, paging } from '../paging';
import { requireSupervision } from '../auth';
import { errorBody } from '../errors';

const lateQuery = z.object({
  kind: matterKind.optional(),
  region: regionCode.optional(),
}).extend(paging.shape);

const lateMatter = z.object({
  id: z.string(),
  kind: matterKind,
  unitCode: z.string(),
  region: z.string(),
  status: z.string(),
  stage: z.string(),
  sla,
});

const period = z.object({
  from: z.iso.date().describe('提交日期起 (含) / submitted on or after, Asia/Shanghai'),
  to: z.iso.date().describe('提交日期止 (含) / submitted on or before, Asia/Shanghai'),
});

const rate = z.object({ closed: z.number().int(), onTime: z.number().int(), overdue: z.number().int(), onTimeRate: z.number().nullable() });

const statistics = z.object({
  period,
  byKind: z.array(rate.extend({ kind: z.string() })),
  byRegion: z.array(rate.extend({ region: z.string() })),
  byStep: z.array(z.object({ step: z.string(), yellow: z.number().int(), red: z.number().int() })),
});

/** Late: overdue, warned, or with a deadline that could not be scheduled. */
const lateStates = ['overdue', 'warned', 'unscheduled'];

const inRegions = (regions: string[] | 'all') => (regions === 'all' ? [] : [inArray(matters.region, regions)]);

export const supervisionRoutes: FastifyPluginAsyncZod<{ db: Database }> = async (app, { db }) => {
  app.get(
    '/api/v1/supervision/overdue',
    {
      schema: {
        tags: ['supervision'],
        summary: '超时、预警和无法排期的在办事项 / open matters overdue, warned or unscheduled',
        description: "A supervisor's own regions; every region for an administrator.",
        querystring: lateQuery,
        response: { 200: pageOf(lateMatter), 400: errorBody, 401: errorBody, 403: errorBody },
      },
    },
    async (request) => {
      const { kind, region, page, pageSize } = request.query;
      const regions = await requireSupervision(db, request);
      const where = and(
        ...inRegions(regions),
        inArray(matters.slaState, lateStates),
        notInArray(matters.status, [...terminalStatuses]),
        ...(kind ? [eq(matters.kind, kind)] : []),
        ...(region ? [eq(matters.region, region)] : []),
      );
      const [rows, [totals]] = await Promise.all([
        db
          .select({ id: matters.id, kind: matters.kind, unitCode: matters.unitCode, region: matters.region, status: matters.status, stage: matters.stage, sla: matters.sla })
          .from(matters)
          .where(where)
          .orderBy(asc(matters.slaDue))
          .limit(pageSize)
          .offset(offsetOf({ page, pageSize })),
        db.select({ total: count() }).from(matters).where(where),
      ]);
      return { items: rows.map((row) => ({ ...row, kind: matterKind.parse(row.kind), sla: row.sla! })), total: totals?.total ?? 0, page, pageSize };
    },
  );

  app.get(
    '/api/v1/supervision/sla-statistics',
    {
      schema: {
        tags: ['supervision'],
        summary: '按时办结率 / on-time rate by matter kind, region and step over a period',
        description: 'A completed matter is on time unless its matter-level red card was shown. Steps count the cards shown at them.',
        querystring: period,
        response: { 200: statistics, 400: errorBody, 401: errorBody, 403: errorBody },
      },
    },
    async (request) => {
      const { from, to } = request.query;
      const regions = await requireSupervision(db, request);
      const submitted: SQL[] = [
        ...inRegions(regions),
        gte(matters.submittedAt, new Date(`${from}T00:00:00+08:00`)),
        lt(matters.submittedAt, new Date(Date.parse(`${to}T00:00:00+08:00`) + 86_400_000)),
      ];
      const overdue = sql<number>`count(*) filter (where exists (select 1 from ${slaCards} where ${slaCards.matterId} = ${matters.id} and ${slaCards.scope} = 'matter' and ${slaCards.card} = 'red'))`.mapWith(Number);
      const closedIn = and(eq(matters.status, 'completed'), ...submitted);
      const rateOf = (closed: number, late: number) => ({ closed, onTime: closed - late, overdue: late, onTimeRate: closed === 0 ? null : (closed - late) / closed });

      const [byKind, byRegion, byStep] = await Promise.all([
        db.select({ kind: matters.kind, closed: count(), overdue }).from(matters).where(closedIn).groupBy(matters.kind),
        db.select({ region: matters.region, closed: count(), overdue }).from(matters).where(closedIn).groupBy(matters.region),
        db
          .select({
            step: slaCards.step,
            yellow: sql<number>`count(*) filter (where ${slaCards.card} = 'yellow')`.mapWith(Number),
            red: sql<number>`count(*) filter (where ${slaCards.card} = 'red')`.mapWith(Number),
          })
          .from(slaCards)
          .innerJoin(matters, eq(matters.id, slaCards.matterId))
          .where(and(eq(slaCards.scope, 'step'), ...submitted))
          .groupBy(slaCards.step),
      ]);
      return {
        period: { from, to },
        byKind: byKind.map((row) => ({ kind: row.kind, ...rateOf(row.closed, row.overdue) })),
        byRegion: byRegion.map((row) => ({ region: row.region, ...rateOf(row.closed, row.overdue) })),
        byStep,
      };
    },
  );
};
