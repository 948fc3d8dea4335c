/**
 * 业务监测: what supervisors watch — matters running late (or that cannot be scheduled
 * because a year's holidays are not loaded), and how often each kind of matter, region and
 * step keeps its time limit.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { randomUUID } from 'node:crypto';
import { appendAuditEvents } from '../../db/audit';
import type { Database } from '../../db/client';
import { lateMatters, mattersOfPerson, slaStatistics } from '../../db/supervision';
import { maskIdentityNumber } from '../../certificates/mask';
import { identityNumber } from '../../schemas/identity-number';
import type { PersonalDataVault } from '../../vault/vault';
import { matterKind, sla } from '../../schemas/matter';
import { pageOf, paging } from '../../schemas/paging';
import { regionCode } from '../../schemas/region';
import { callerOf, requireSupervision } from '../auth';
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

const personMatter = z.object({
  id: z.string(),
  kind: matterKind,
  unitCode: z.string(),
  region: z.string(),
  status: z.string(),
  stage: z.string(),
  submittedAt: z.iso.datetime(),
});

export const supervisionRoutes: FastifyPluginAsyncZod<{ db: Database; vault: PersonalDataVault }> = async (app, { db, vault }) => {
  app.post(
    '/api/v1/supervision/people/matters',
    {
      schema: {
        tags: ['supervision'],
        summary: '按人员查询事项 / every matter of one person',
        description:
          "By the person's identity number, in the body so that it stays out of URLs and access logs. Found by its blind index (the number is stored encrypted); a supervisor's own regions, every region for an administrator. Each search is recorded in the audit trail (`person-searched`, the number masked).",
        querystring: paging,
        body: z.object({ identityNumber: identityNumber.describe('公民身份号码 / citizen identity number (GB 11643)') }),
        response: { 200: pageOf(personMatter), 400: errorBody, 401: errorBody, 403: errorBody },
      },
    },
    async (request) => {
      const regions = await requireSupervision(db, request);
      const caller = callerOf(request);
      const { items, total } = await mattersOfPerson(db, regions, vault.personIndex(request.body.identityNumber), request.query);
      await appendAuditEvents(db, [
        {
          eventKey: `person-searched/${request.id}/${randomUUID()}`,
          at: new Date(),
          actor: caller.sub,
          organisation: caller.memberships[0]?.organisation ?? null,
          action: 'person-searched',
          outcome: String(total),
          details: { identityNumber: maskIdentityNumber(request.body.identityNumber), found: total, requestId: request.id },
        },
      ]);
      return { items: items.map((item) => ({ ...item, submittedAt: item.submittedAt.toISOString() })), total, page: request.query.page, pageSize: request.query.pageSize };
    },
  );


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
