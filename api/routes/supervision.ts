/**
 * 业务监测: what supervisors watch — matters running late (or that cannot be scheduled
 * because a year's holidays are not loaded), and how often each kind of matter, region and
 * step keeps its time limit.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../db/client';
import { lateMatters, slaStatistics } from '../../db/supervision';
import { matterKind, sla } from '../../schemas/matter';
import { pageOf, paging } from '../../schemas/paging';
import { regionCode } from '../../schemas/region';
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
      const regions = await requireSupervision(db, request);
      const { items, total } = await lateMatters(db, regions, request.query);
      return { items, total, page: request.query.page, pageSize: request.query.pageSize };
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
      const regions = await requireSupervision(db, request);
      return { period: request.query, ...(await slaStatistics(db, regions, request.query)) };
    },
  );
};
