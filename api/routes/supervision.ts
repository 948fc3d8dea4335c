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
import { lateMatters, lateStates, mattersOfPerson, slaStatistics } from '../../db/supervision';
import { openTaskHolders } from '../../db/tasks';
import { maskIdentityNumber } from '../../certificates/mask';
import { identityNumber } from '../../schemas/identity-number';
import type { PersonalDataVault } from '../../vault/vault';
import { matterKind, role, sla, waitingFor } from '../../schemas/matter';
import { pageOf, paging } from '../../schemas/paging';
import { regionCode } from '../../schemas/region';
import { callerOf, requireSupervision } from '../auth';
import { errorBody } from '../errors';

const lateQuery = z.object({
  kind: matterKind.optional(),
  region: regionCode.optional(),
  slaState: z.enum(lateStates).optional().describe('只看超时、预警或无法排期的 / only overdue, warned or unscheduled matters'),
}).extend(paging.shape);

const holder = z.object({
  step: z.string(),
  organisation: z.string().describe('待办所在机构 / the organisation the task waits for'),
  role,
  claimedBy: z.string().nullable().describe('认领人，未认领为空 / the officer who claimed it; null while the organisation holds it unclaimed'),
  since: z.iso.datetime().describe('认领时间，未认领为到达待办时间 / when it was claimed, or when it reached the inbox'),
  due: z.iso.datetime().nullable(),
});

export const lateMatter = z.object({
  id: z.string(),
  kind: matterKind,
  unitCode: z.string(),
  region: z.string(),
  status: z.string(),
  stage: z.string(),
  waitingFor: waitingFor.nullable().describe('等待的环节、角色和机构 / the step, role and organisations it waits for'),
  holders: z.array(holder).describe('在办待办及其经办人 / who holds each open task of the matter, and since when (none while the departments handle it)'),
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
      const holders = await openTaskHolders(db, items.map((item) => item.id));
      return { items: items.map((item) => ({ ...item, holders: holders.get(item.id) ?? [] })), total, page: request.query.page, pageSize: request.query.pageSize };
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
